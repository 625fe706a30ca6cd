"""Sentence splitter, before/after: what changes on TBAQ, and boundary P/R on TimeLine-trial gold.

    python benchmarks/sentence_split.py [--against main] [--after REV] [--samples 15]
        [--tbaq ../shared/data/tbaq] [--trial ../shared/data/timeline-trial/documents]

``--against`` names a git revision whose ``src/newstimeline/text.py`` is the "before" splitter
(loaded from ``git show``); "after" is the working tree's, or the one at ``--after REV``. TBAQ
has no gold sentences: the boundaries that one splitter makes and the other does not are counted
and sampled, to be checked by eye. The TimeLine-trial documents mark gold ``<s id>`` sentences:
their words are re-joined with news spacing (one space between sentences, not a line break, so
the splitter has to find every boundary) and each splitter's boundaries (sentence starts) are
scored against the gold ones.
"""

from __future__ import annotations

import argparse
import math
import subprocess
import sys
import time
import types
from collections.abc import Callable
from pathlib import Path

from newstimeline.evaluate.timeml import read_corpus, read_timeml
from newstimeline.text import sentence_spans

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared" / "data"
Splitter = Callable[[str], list[tuple[int, int]]]
# Tokens written against the word before them / tokens the next word is written against.
NO_SPACE_BEFORE = {",", ".", ";", ":", "!", "?", ")", "]", "%", "'s", "’s", "n't", "'re", "'ve",
                   "'ll", "'d", "'m", "''"}
NO_SPACE_AFTER = {"(", "[", "$", "``"}


def old_splitter(revision: str, name: str = "text_before") -> Splitter:
    """``sentence_spans`` as ``text.py`` has it at ``revision``."""
    source = subprocess.run(["git", "show", f"{revision}:src/newstimeline/text.py"], cwd=REPO,
                            check=True, capture_output=True, text=True).stdout
    module = types.ModuleType(name)
    sys.modules[module.__name__] = module  # NamedTuple and dataclass look their module up
    exec(compile(source, f"{revision}:text.py", "exec"), module.__dict__)
    splitter: Splitter = module.sentence_spans
    return splitter


def starts(spans: list[tuple[int, int]]) -> set[int]:
    """Boundaries as the start offsets of every sentence but the first."""
    return {s for s, _ in spans[1:]}


def show(text: str, at: int) -> str:
    return (text[max(0, at - 45):at] + " || " + text[at:at + 35]).replace("\n", " ")


def tbaq_changes(folder: Path, before: Splitter, after: Splitter, samples: int) -> None:
    docs = read_corpus(folder)
    added: list[str] = []
    removed: list[str] = []
    total_before = total_after = 0
    for doc in docs:
        old, new = before(doc.text), after(doc.text)
        total_before += len(old)
        total_after += len(new)
        added += [f"{doc.doc_id}: {show(doc.text, s)}" for s in sorted(starts(new) - starts(old))]
        removed += [f"{doc.doc_id}: {show(doc.text, s)}" for s in sorted(starts(old) - starts(new))]
    print(f"TBAQ ({len(docs)} documents): {total_before} sentences before, {total_after} after; "
          f"{len(added)} boundaries added, {len(removed)} removed")
    seconds = {"before": math.inf, "after": math.inf}
    for _ in range(5):  # alternated, best of five: the machine is shared
        for name, split in (("before", before), ("after", after)):
            started = time.perf_counter()
            for doc in docs:
                split(doc.text)
            seconds[name] = min(seconds[name], time.perf_counter() - started)
    print(f"  speed over TBAQ, best of 5: before {seconds['before']:.4f}s, "
          f"after {seconds['after']:.4f}s "
          f"(after/before {seconds['after'] / seconds['before']:.2f})")
    for title, cases in (("added", added), ("removed", removed)):
        step = max(1, len(cases) // samples) if samples else len(cases) + 1
        for line in cases[::step][:samples]:
            print(f"  {title:7} {line}")


def respaced(words: list[str]) -> str:
    """Space-separated tokens re-joined as news text (straight quotes paired open/close)."""
    out: list[str] = []  # the words and spaces written so far
    quote_open = False
    glue_next = True
    for word in words:
        glue = word in NO_SPACE_BEFORE
        if word == '"':
            # A closing quote goes against the word before it; one after , . ? ! always closes
            # (the gold files do not always pair their quotes).
            glue = quote_open or (out[-1] in {",", ".", "?", "!"} if out else False)
            quote_open = not glue
        if out and not glue and not glue_next:
            out.append(" ")
        out.append(word)
        glue_next = word in NO_SPACE_AFTER or (word == '"' and quote_open)
    return "".join(out)


def trial_documents(folder: Path) -> list[tuple[str, str, set[int]]]:
    """(doc id, text, gold boundaries) of every trial document, sentences joined by one space."""
    found = []
    for path in sorted(folder.glob("*.tml")):
        doc = read_timeml(path)
        pieces: list[str] = []
        gold: set[int] = set()
        offset = 0
        for sentence in doc.sentences:
            sentence_text = respaced(doc.text[sentence.start:sentence.end].split())
            if pieces:
                pieces.append(" ")
                offset += 1
                gold.add(offset)
            pieces.append(sentence_text)
            offset += len(sentence_text)
        found.append((doc.doc_id, "".join(pieces), gold))
    return found


def trial_scores(folder: Path, splitters: dict[str, Splitter], samples: int) -> None:
    docs = trial_documents(folder)
    print(f"\nTimeLine-trial ({len(docs)} documents, {sum(len(g) for _, _, g in docs)} gold "
          "boundaries; sentences joined by a space)")
    print(f"  {'splitter':8} {'found':>6} {'right':>6} {'P':>7} {'R':>7} {'F1':>7}")
    misses: dict[str, list[str]] = {}
    for name, split in splitters.items():
        found = right = gold_total = 0
        misses[name] = []
        for doc_id, text, gold in docs:
            system = starts(split(text))
            found += len(system)
            right += len(system & gold)
            gold_total += len(gold)
            misses[name] += [f"{doc_id}: missed   {show(text, s)}" for s in sorted(gold - system)]
            misses[name] += [f"{doc_id}: spurious {show(text, s)}" for s in sorted(system - gold)]
        p, r = right / max(1, found), right / max(1, gold_total)
        f1 = 2 * p * r / max(1e-9, p + r)
        print(f"  {name:8} {found:6} {right:6} {100 * p:7.2f} {100 * r:7.2f} {100 * f1:7.2f}")
    for name, lines in misses.items():
        print(f"  errors of '{name}': {len(lines)}")
        for line in lines[:samples]:
            print(f"    {line}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--against", default="main", help="git revision of the 'before' splitter")
    parser.add_argument("--after", help="git revision of the 'after' splitter (default: this tree)")
    parser.add_argument("--samples", type=int, default=15)
    parser.add_argument("--tbaq", type=Path, default=SHARED / "tbaq")
    parser.add_argument("--trial", type=Path, default=SHARED / "timeline-trial" / "documents")
    args = parser.parse_args()
    before = old_splitter(args.against)
    after = sentence_spans if args.after is None else old_splitter(args.after, "text_after")
    if args.tbaq.is_dir():
        tbaq_changes(args.tbaq, before, after, args.samples)
    else:
        print(f"{args.tbaq} is absent: the TBAQ comparison is skipped")
    if args.trial.is_dir():
        trial_scores(args.trial, {"before": before, "after": after}, args.samples)
    else:
        print(f"{args.trial} is absent: the trial scoring is skipped")
    return 0


if __name__ == "__main__":
    sys.exit(main())
