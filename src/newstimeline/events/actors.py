"""Who takes part: capitalized names without job titles, surnames and pronouns resolved."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from itertools import compress
from operator import itemgetter

from newstimeline.events import vocabulary as vocab
from newstimeline.events.word_cache import WordCache
from newstimeline.text import Token

# Whether a word (as written) may be part of a name, cached per word: news repeats its words.
_NAME_WORD_CACHE_SIZE = 100_000
# Token.text read as the tuple item it is: a C-level index, where attrgetter("text")
# goes through the generic attribute lookup of a NamedTuple field.
_TEXT = itemgetter(Token._fields.index("text"))


def _name_word(text: str) -> bool:
    return (text[:1].isupper() and any(c.isalpha() for c in text)
            and text.lower() not in vocab.NOT_ACTORS)


is_name_word: Callable[[str], bool] = WordCache(_name_word, _NAME_WORD_CACHE_SIZE).__getitem__
"""Whether a word as written may be part of a name (its lowercase form is ``Token.lower``)."""


def _strip_titles(words: list[str]) -> tuple[str, bool]:
    """("Alexander Grushko", True) from "Russian Deputy Foreign Minister Alexander Grushko".

    The flag says a title was stripped, which marks the rest as a person's name.
    """
    i = 0
    while i < len(words) and words[i].lower() in vocab.TITLE_WORDS:
        i += 1
    rest = words[i:]
    if i > 0 and len(rest) >= 2:
        return " ".join(rest), True
    return " ".join(words), False


def names_in(tokens: list[Token], flags: list[bool] | None = None
             ) -> list[tuple[int, int, str, bool]]:
    """Maximal runs of name words in a sentence: (first, last, name without titles, titled).
    ``flags`` is ``is_name_word`` of each token's text, when the caller has it."""
    found: list[tuple[int, int, str, bool]] = []
    if flags is None:
        flags = list(map(is_name_word, map(_TEXT, tokens)))
    count = len(tokens)
    last = -1  # the last token of the name found last
    for i in compress(range(count), flags):  # only the name words start a name
        if i <= last or (i == 0 and tokens[i].lower in vocab.NOT_ACTORS):
            continue
        j = i
        while j + 1 < count and (
            flags[j + 1]
            or (tokens[j + 1].lower in vocab.NAME_CONNECTORS and j + 2 < count and flags[j + 2])
        ):
            j += 1
        words = list(map(_TEXT, tokens[i:j + 1]))
        if j + 1 < count and tokens[j + 1].text == "." and tokens[j + 1].start == tokens[j].end \
                and ("." in words[-1] or tokens[j].lower in vocab.ABBREVIATED_NAME_ENDINGS):
            # "U.S.", "D.C.", "Acme Corp.": the tokenizer leaves an abbreviation's last period
            # apart.
            words[-1] += "."
        name, is_person = _strip_titles(words)
        if i == j and tokens[i].lower in vocab.MONTH_ABBREVIATIONS and j + 2 < count \
                and tokens[j + 1].text == "." and tokens[j + 2].text[:1].isdigit():
            last = j
            continue  # "by Jan. 15", "on Sept. 4": a date ("Jan Kavan" stays a name)
        if name.lower() not in vocab.NOT_ACTORS and not name.isdigit():
            found.append((i, j, name, is_person))
        last = j
    return found


class ActorResolver:
    """Document-level memory: surnames point to full names, "he"/"she" to the last person."""

    def __init__(self, name_counts: Counter[str]) -> None:
        self.counts = name_counts
        self.by_surname: dict[str, str] = {}
        self.last_person: str | None = None

    def canonical(self, name: str, titled: bool) -> str:
        """The full name a mention denotes; a titled name, or one whose surname the story uses
        alone, is a person and becomes the referent of later "he"/"she"."""
        words = name.split()
        is_person = titled or (1 < len(words) <= 3 and self.counts[words[-1]] > 0)
        if is_person:
            self.by_surname[name.split()[-1]] = name
            self.last_person = name
            return name
        full = self.by_surname.get(name)
        if full:
            self.last_person = full
            return full
        return name

    def pronoun(self, word: str) -> str | None:
        return self.last_person if word in vocab.PERSONAL_PRONOUNS else None

    def pronoun_among(self, words: Iterable[str]) -> str | None:
        """What ``pronoun`` resolves for any of ``words`` (lowercased), if one is a pronoun."""
        if self.last_person is None or vocab.PERSONAL_PRONOUNS.isdisjoint(words):
            return None
        return self.last_person

    def salient(self, name: str) -> bool:
        """Names worth listing as participants: people, and names the story repeats."""
        # (The count first: a dict lookup, where the people are a scan of all the story's.)
        return self.counts[name] >= 2 or name in self.by_surname.values()


def count_found_names(found: list[list[tuple[int, int, str, bool]]]) -> Counter[str]:
    """How often each (title-stripped) name occurs in the document, from each sentence's
    ``names_in``."""
    return Counter(name for names in found for _, _, name, _ in names)
