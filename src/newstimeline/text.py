"""Sentence and word segmentation shared by the tagger and the event stage.

Plain regular expressions over the text as read: offsets always index the original string.
"""

from __future__ import annotations

import re
from typing import NamedTuple

# Abbreviations whose period does not end a sentence ("Mr. Putin", "Dec. 15", "U.S. officials").
ABBREVIATIONS: frozenset[str] = frozenset({
    "mr", "mrs", "ms", "dr", "prof", "gen", "col", "lt", "sgt", "capt", "gov", "sen", "rep",
    "st", "jr", "sr", "inc", "corp", "co", "ltd", "no", "vs", "etc", "jan", "feb", "mar", "apr",
    "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mon", "tue", "tues", "wed", "thu",
    "thur", "thurs", "fri", "sat", "sun", "u.s", "u.n", "u.k", "e.u", "a.m", "p.m", "approx",
})  # fmt: skip

# A sentence ends at . ! ? (plus closing quotes or brackets) before whitespace and a capital,
# a quote or a digit; or at a blank line / line break (headlines and paragraphs).
# The pattern opens with the mark itself, so the engine skips other characters at once (a
# leading lookbehind was tried at every character: 2.6x slower over TBAQ); the lookbehind after
# the mark starts a match only at the first mark of a run, so "!!!!..." stays linear.
_BOUNDARY = re.compile(
    r"""[.!?\n](?:(?<=\n)|(?<![.!?].)[.!?]*+["'”’)\]]*+(?=\s+["“'‘(\[]?[A-Z0-9/]))"""
)
# Longer than any real news sentence (those run to a few hundred characters).
MAX_SENTENCE_CHARS = 2000
_WORD = re.compile(r"[^\W_]+(?:['’.-][^\W_]+)*|[^\w\s]", re.UNICODE)
_LAST_TOKEN = re.compile(r"([A-Za-z.]+)[.!?]*$")
_NEXT_WORD = re.compile(r"\s*(" + _WORD.pattern + ")")


class _TokenFields(NamedTuple):
    text: str
    start: int
    end: int
    lower: str


class Token(_TokenFields):
    """A word or punctuation mark with its offsets; ``lower`` is computed once, at creation
    (the event stage reads it many times per token)."""

    __slots__ = ()

    def __new__(cls, text: str, start: int, end: int) -> Token:
        return tuple.__new__(cls, (text, start, end, text.lower()))

    def __getnewargs__(self) -> tuple[str, int, int]:
        # What pickle and copy pass back to __new__ (the fields but ``lower``).
        return self.text, self.start, self.end


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of the sentences in ``text``, whitespace trimmed, in order."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _BOUNDARY.finditer(text):
        end = match.end()
        if match.group() != "\n":
            word = _LAST_TOKEN.search(text, max(start, match.start() - 12), match.start() + 1)
            if word and word.group(1).lower().rstrip(".") in ABBREVIATIONS:
                continue
        _add_trimmed(text, start, end, spans)
        start = end
    _add_trimmed(text, start, len(text), spans)
    return spans


def _add_trimmed(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    # A run-on "sentence" (a table, a list, a megabyte without a full stop) is cut at spaces into
    # pieces no longer than a long news sentence, so the work per sentence stays bounded.
    while end - start > MAX_SENTENCE_CHARS:
        cut = text.rfind(" ", start + MAX_SENTENCE_CHARS // 2, start + MAX_SENTENCE_CHARS)
        cut = cut if cut > start else start + MAX_SENTENCE_CHARS
        _add_trimmed(text, start, cut, spans)
        start = cut
        while start < end and text[start].isspace():
            start += 1
    if end > start:
        spans.append((start, end))


def tokens(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Words and punctuation marks of ``text[start:end]`` with offsets into ``text``."""
    stop = len(text) if end is None else end
    new = tuple.__new__  # Token's own __new__, without its Python-level call per token
    return [new(Token, (word := m.group(), m.start(), m.end(), word.lower()))
            for m in _WORD.finditer(text, start, stop)]


def next_word(text: str, start: int) -> str | None:
    """The word or mark right after ``start`` (past whitespace), as ``tokens`` reads words."""
    match = _NEXT_WORD.match(text, start)
    return None if match is None else match.group(1)


def sentence_at(spans: list[tuple[int, int]], offset: int) -> tuple[int, int]:
    """The sentence span containing ``offset`` (spans sorted, as from ``sentence_spans``)."""
    lo, hi = 0, len(spans) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        s, e = spans[mid]
        if offset < s:
            hi = mid - 1
        elif offset >= e:
            lo = mid + 1
        else:
            return s, e
    return offset, offset
