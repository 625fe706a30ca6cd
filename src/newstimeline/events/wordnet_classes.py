"""WordNet word classes for the mention model: what kind of thing a word's first sense names.

An event noun ("election", "flight", "genocide") is most often filed by WordNet under acts,
events, processes, phenomena or states; an artifact or a person is not. The model reads, for any
word (seen in training or not): the lexicographer file of its noun lemma's first (most frequent)
sense, how many of that lemma's senses are event-like, its verb lemma's first sense, and whether
it is an adjective.

The table ``wordnet_classes.txt.gz`` ships in the package; it is derived from WordNet 3.0
(Debian package ``wordnet-base``) by ``python -m newstimeline.events.wordnet_classes
/usr/share/wordnet``, the same bytes every time. WordNet 3.0 Copyright 2006 by Princeton
University. All rights reserved (licence: ``WORDNET_NOTICE`` below, also in the table; the
licence as WordNet words it is in the repository's THIRD_PARTY_NOTICES.md).
"""

from __future__ import annotations

import argparse
import bisect
import gzip
import re
import textwrap
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

TABLE_FILE = "wordnet_classes.txt.gz"
WORDNET_NOTICE = (
    "WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved. "
    "Permission to use, copy, modify and distribute this software and database and its "
    "documentation for any purpose and without fee or royalty is hereby granted, provided that "
    "you agree to comply with the following copyright notice and statements, including the "
    "disclaimer, and that the same appear on ALL copies of the software, database and "
    "documentation, including modifications that you make for internal use or for "
    "distribution. THIS SOFTWARE AND DATABASE IS PROVIDED \"AS IS\" AND PRINCETON UNIVERSITY "
    "MAKES NO REPRESENTATIONS OR WARRANTIES, EXPRESS OR IMPLIED. BY WAY OF EXAMPLE, BUT NOT "
    "LIMITATION, PRINCETON UNIVERSITY MAKES NO REPRESENTATIONS OR WARRANTIES OF MERCHANT- "
    "ABILITY OR FITNESS FOR ANY PARTICULAR PURPOSE OR THAT THE USE OF THE LICENSED SOFTWARE, "
    "DATABASE OR DOCUMENTATION WILL NOT INFRINGE ANY THIRD PARTY PATENTS, COPYRIGHTS, "
    "TRADEMARKS OR OTHER RIGHTS. The name of Princeton University or Princeton may not be used "
    "in advertising or publicity pertaining to distribution of the software and/or database. "
    "Title to copyright in this software, database and any associated documentation shall at "
    "all times remain with Princeton University and LICENSEE agrees to preserve same."
)
# Lexicographer files of event-like noun senses: noun.act, noun.event, noun.phenomenon,
# noun.process, noun.state.
EVENT_LIKE_FILES = frozenset({4, 11, 19, 22, 26})
# Inflections back to a lemma (the regular ones, as WordNet's morphy detaches them; irregular
# forms come from WordNet's exception lists).
NOUN_ENDINGS = (("ses", "s"), ("xes", "x"), ("zes", "z"), ("ches", "ch"), ("shes", "sh"),
                ("men", "man"), ("ies", "y"), ("s", ""))
VERB_ENDINGS = (("ies", "y"), ("es", "e"), ("es", ""), ("ed", "e"), ("ed", ""), ("ing", "e"),
                ("ing", ""), ("s", ""))
_LEMMA = re.compile(r"[a-z][a-z-]*")


def _find(lines: list[str], key: str) -> str | None:
    """The rest of the line of a sorted section that starts with ``key`` and a space."""
    k = bisect.bisect_left(lines, key + " ")
    if k < len(lines) and lines[k].startswith(key + " "):
        return lines[k][len(key) + 1:]
    return None


def _lemma(word: str, lemmas: list[str], forms: list[str],
           endings: tuple[tuple[str, str], ...]) -> str | None:
    """The word itself if a lemma, else its listed irregular form's lemma, else the first lemma
    an ending's detachment gives."""
    if _find(lemmas, word) is not None:
        return word
    form = _find(forms, word)
    if form is not None:
        return form
    for ending, replacement in endings:
        if word.endswith(ending):
            lemma = word[:-len(ending)] + replacement
            if _find(lemmas, lemma) is not None:
                return lemma
    return None


class WordClasses:
    """The table's five sorted sections, a line per word: nouns "lemma file share" (the first
    sense's file, the event-like share of its senses in halves), verbs "lemma file",
    adjectives, irregular noun and verb forms "form lemma". Looked up by bisection: reading
    the table is then one split, not 100,000 dict entries (a cost every process would pay)."""

    def __init__(self, text: str) -> None:
        _, nouns, verbs, adjectives, noun_forms, verb_forms = text.split("\n\n")
        self.nouns = nouns.splitlines()
        self.verbs = verbs.splitlines()
        self.adjectives = adjectives.splitlines()
        self.noun_forms = noun_forms.splitlines()
        self.verb_forms = verb_forms.splitlines()

    def noun_lemma(self, word: str) -> str | None:
        """The noun lemma of a word ("threats" → "threat"), if WordNet has one."""
        return _lemma(word, self.nouns, self.noun_forms, NOUN_ENDINGS)

    def noun_line(self, lemma: str) -> str | None:
        """A noun lemma's entry: "file share" (its first sense's lexicographer file, the
        event-like share of its senses)."""
        return _find(self.nouns, lemma)

    def verb_lemma(self, word: str) -> str | None:
        """The verb lemma of a word ("strangled" → "strangle", "planned" → "plan")."""
        lemma = _lemma(word, self.verbs, self.verb_forms, VERB_ENDINGS)
        if lemma is not None:
            return lemma
        if len(word) > 5 and word.endswith(("ed", "ing")):
            base = word[:-2] if word.endswith("ed") else word[:-3]
            if len(base) > 2 and base[-1] == base[-2] and _find(self.verbs, base[:-1]) is not None:
                return base[:-1]  # a doubled consonant: "planned", "stopping"
        return None

    def is_adjective(self, word: str) -> bool:
        """Whether WordNet has the word as an adjective."""
        k = bisect.bisect_left(self.adjectives, word)
        return k < len(self.adjectives) and self.adjectives[k] == word

    def features(self, word: str) -> tuple[str, ...]:
        """The model's features of a lowercased word (none of them when WordNet lacks it)."""
        feats: list[str] = []
        noun = self.noun_lemma(word)
        if noun is not None:
            first, share = str(_find(self.nouns, noun)).split(" ")
            feats += [f"wn1={first}", f"wne={share}"]
        verb = self.verb_lemma(word)
        if verb is not None:
            feats.append(f"wv1={_find(self.verbs, verb)}")
        if self.is_adjective(word):
            feats.append("wa")
        if not feats:
            feats.append("wnone")
        return tuple(feats)


@lru_cache(maxsize=1)
def word_classes() -> WordClasses:
    """The shipped table, read once on first use."""
    data = resources.files("newstimeline.events").joinpath(TABLE_FILE).read_bytes()
    return WordClasses(gzip.decompress(data).decode("ascii"))


@lru_cache(maxsize=100_000)
def wordnet_features(word: str) -> tuple[str, ...]:
    """``WordClasses.features`` of the shipped table, cached per word."""
    return word_classes().features(word)


def _index(folder: Path, pos: str) -> dict[str, list[str]]:
    """Single-word lowercase lemmas of an index file → their synset offsets, most frequent first."""
    result: dict[str, list[str]] = {}
    for line in (folder / f"index.{pos}").read_text(encoding="latin-1").splitlines():
        if line.startswith(" "):
            continue  # the licence header
        parts = line.split()
        if not _LEMMA.fullmatch(parts[0]):
            continue
        synsets, pointers = int(parts[2]), int(parts[3])
        result[parts[0]] = parts[6 + pointers:6 + pointers + synsets]
    return result


def _files(folder: Path, pos: str) -> dict[str, int]:
    """Synset offset → lexicographer file number, from a data file."""
    result: dict[str, int] = {}
    for line in (folder / f"data.{pos}").read_text(encoding="latin-1").splitlines():
        if not line.startswith(" "):
            offset, number = line.split()[:2]
            result[offset] = int(number)
    return result


def _forms(folder: Path, pos: str, lemmas: dict[str, Any]) -> dict[str, str]:
    """Irregular forms ("fled" → "flee") whose lemma is in the table."""
    result: dict[str, str] = {}
    for line in (folder / f"{pos}.exc").read_text(encoding="latin-1").splitlines():
        form, *targets = line.split()
        if targets and targets[0] in lemmas and _LEMMA.fullmatch(form):
            result.setdefault(form, targets[0])
    return result


def derive(folder: Path) -> bytes:
    """The table from a WordNet 3.0 dictionary folder, as deterministic gzip bytes."""
    noun_files, verb_files = _files(folder, "noun"), _files(folder, "verb")
    nouns: dict[str, tuple[int, int]] = {}
    for lemma, offsets in _index(folder, "noun").items():
        files = [noun_files[o] for o in offsets]
        share = sum(f in EVENT_LIKE_FILES for f in files) / len(files)
        nouns[lemma] = (files[0], round(share * 2))
    verbs = {lemma: verb_files[offsets[0]] for lemma, offsets in _index(folder, "verb").items()}
    sections = [
        "\n".join(textwrap.wrap(WORDNET_NOTICE, 100)),
        "\n".join(sorted(f"{w} {f} {e}" for w, (f, e) in nouns.items())),
        "\n".join(sorted(f"{w} {f}" for w, f in verbs.items())),
        "\n".join(sorted(_index(folder, "adj"))),
        "\n".join(sorted(f"{w} {lemma}" for w, lemma in _forms(folder, "noun", nouns).items())),
        "\n".join(sorted(f"{w} {lemma}" for w, lemma in _forms(folder, "verb", verbs).items())),
    ]
    return gzip.compress(("\n\n".join(sections) + "\n").encode("ascii"), mtime=0)


def main(argv: list[str] | None = None) -> int:
    """Write the packaged table from a WordNet dictionary folder."""
    parser = argparse.ArgumentParser(prog="python -m newstimeline.events.wordnet_classes")
    parser.add_argument("wordnet_dir", type=Path, nargs="?", default=Path("/usr/share/wordnet"),
                        help="WordNet 3.0 dict folder (Debian wordnet-base: /usr/share/wordnet)")
    parser.add_argument("--out", type=Path, default=Path(__file__).resolve().parent / TABLE_FILE)
    args = parser.parse_args(argv)
    data = derive(args.wordnet_dir)
    args.out.write_bytes(data)
    print(f"{len(data) // 1024} KiB → {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
