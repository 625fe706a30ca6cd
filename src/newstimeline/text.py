"""Sentence and word segmentation shared by the tagger and the event stage.

Plain regular expressions over the text as read: offsets always index the original string.
"""

from __future__ import annotations

import re
from itertools import accumulate, repeat
from typing import NamedTuple

# Titles written before a name: their period never ends a sentence ("Mr. Putin", "Gen. J. Smith").
# Matched on the word as written, capitalized (a lowercase "gen." or "rep." is another word).
TITLES: frozenset[str] = frozenset({
    "Mr", "Mrs", "Ms", "Messrs", "Dr", "Prof", "Gen", "Col", "Lt", "Sgt", "Capt", "Cmdr", "Adm",
    "Maj", "Gov", "Sen", "Sens", "Rep", "Reps", "Rev", "Hon", "Pres", "Supt", "Fr", "Mt", "Ft",
})  # fmt: skip
# Abbreviations that also close sentences ("... at 5 p.m. The meeting", "... Apple Inc. It"): a
# period after one ends a sentence only when a sentence opener or an opening quote follows.
# Capitalized entries must be written capitalized (a verb "sat." or "no." ends a sentence).
ABBREVIATIONS: frozenset[str] = frozenset({
    "St", "Jr", "Sr", "Inc", "Corp", "Co", "Cos", "Ltd", "Bros", "Plc", "No", "Nos", "Jan", "Feb",
    "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Mon", "Tue", "Tues",
    "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun", "vs", "etc", "approx", "cf", "Ave", "Blvd",
    "Rd", "Dept", "Univ",
})  # fmt: skip
# Abbreviations of "number": abbreviations only before a number ("team no. 225", "No. 2").
NUMBER_SIGNS: frozenset[str] = frozenset({"No", "no", "Nos", "nos"})
# US state abbreviations, news style. Inside a sentence the state is set off by commas ("of
# Buffalo, N.Y., said"), so "City, State." before a capital ends one ("... in Buffalo, N.Y.
# Slepian provided ..."); elsewhere ("Calif. Gov. Gray Davis") they read as abbreviations.
STATES: frozenset[str] = frozenset({
    "Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Ill", "Ind", "Kan", "Kans",
    "Ky", "La", "Md", "Mass", "Mich", "Minn", "Miss", "Mo", "Mont", "Neb", "Nev", "Okla", "Ore",
    "Pa", "Tenn", "Tex", "Va", "Vt", "Wash", "Wis", "Wyo", "N.Y", "N.J", "N.H", "N.M", "N.C",
    "N.D", "S.C", "S.D", "R.I", "D.C", "W.Va",
})  # fmt: skip
# Capitalized words that open sentences but never names: after an abbreviation or an initial
# ("... in the U.S. The talks", "... Carlucci said he met Gen. C. But"), one marks a new sentence,
# where a name ("Frank C. Carlucci", "U.S. Officials") does not.
SENTENCE_OPENERS: frozenset[str] = frozenset({
    "The", "A", "An", "This", "That", "These", "Those", "It", "Its", "He", "She", "They", "We",
    "I", "You", "His", "Her", "Their", "Our", "My", "But", "And", "Or", "So", "Yet", "However",
    "Meanwhile", "Also", "In", "On", "At", "For", "With", "As", "After", "Before", "When",
    "While", "If", "Although", "Though", "Because", "Since", "There", "Here", "What", "Who",
    "Why", "How", "Where", "Some", "Many", "Most", "All", "Such", "Earlier", "Later", "Still",
    "Then", "Now", "Today", "Yesterday", "Both", "Each", "Another", "Under", "By", "From", "Last",
    "Other", "Others", "Several", "Few", "Not", "Instead", "Despite", "During", "Until",
    "According",
})  # fmt: skip

# A sentence ends at . ! ? (plus closing quotes or brackets) before whitespace and a capital, an
# opening quote (" “ ' ‘ ( [ or the PTB ``) and a capital, a digit, or a word like "iPhone"; or at
# a line break (headlines and paragraphs).
# The pattern opens with the mark itself, so the engine skips other characters at once (a
# leading lookbehind was tried at every character: 2.6x slower over TBAQ); the lookbehind after
# the mark starts a match only at the first mark of a run, so "!!!!..." stays linear.
_BOUNDARY = re.compile(
    r"""[.!?\n](?:(?<=\n)|(?<![.!?].)[.!?]*+["'”’)\]]*+"""
    r"""(?=\s+(?:``?|["“'‘(\[])?(?:[A-Z0-9/]|[a-z][A-Z])))"""
)
# Longer than any real news sentence (those run to a few hundred characters).
MAX_SENTENCE_CHARS = 2000
_WORD = re.compile(r"[^\W_]+(?:['’.-][^\W_]+)*|[^\w\s]", re.UNICODE)
# The same tokens on an ASCII text (where [^\W_] is [A-Za-z0-9] and no "’" occurs), found
# faster: the engine tests a character range instead of a Unicode category per character.
# (re.ASCII, with the separators \x1c-\x1f that Unicode's \s has added back, was tried:
# more instructions over TBAQ, within the noise in CPU time.)
_ASCII_WORD = re.compile(r"[A-Za-z0-9]+(?:['.-][A-Za-z0-9]+)*|[^\w\s]")
# The two as one group, which re.split keeps between the gaps it returns (``tokens``), with
# possessive repeats: nothing follows them in the pattern, so giving a repeat back never makes
# a match, and the engine keeps no backtracking points (splitting TBAQ's sentences 25 -> 21 ms).
_SPLIT = re.compile(r"([^\W_]++(?:['’.-][^\W_]++)*+|[^\w\s])")
# On ASCII, [^\w\s] written out as the characters it leaves (\s there is " \t\n\r\f\v" and the
# separators \x1c-\x1f): one table lookup a character, not two Unicode category tests
# (splitting TBAQ's sentences: 53.1 -> 48.3 M instructions).
_ASCII_SPLIT = re.compile(r"([A-Za-z0-9]++(?:['.-][A-Za-z0-9]++)*+|[^A-Za-z0-9_ \t\n\r\f\v\x1c-\x1f])")
# The word before a period, past opening quotes and brackets ("(Calif.", "``U.S.").
_LAST_WORD = re.compile(r"""[^\s"“'‘`(\[{<]+$""")
# Letters with periods between them: an initial ("C"), or "U.S", "N.Y", "a.m", "e.g".
_DOTTED = re.compile(r"[A-Za-z](?:\.[A-Za-z])*")
# After the boundary's whitespace: an opening quote, or a word, and whether a period follows it.
_OPENING_QUOTE = re.compile(r"""\s*(?:``|["“‘'])""")
_NEXT_DIGIT = re.compile(r"\s*\d")
_NEXT_OPENER = re.compile(r"\s*([A-Za-z]+)(\.?)")
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
        if text[match.start()] == "." and not _ends_at_period(text, max(start, match.start() - 20),
                                                             match.start(), end):
            continue
        _add_trimmed(text, start, end, spans)
        start = end
    _add_trimmed(text, start, len(text), spans)
    return spans


def _ends_at_period(text: str, window: int, period: int, after: int) -> bool:
    """Whether the period at ``period`` ends a sentence, given the word before it (read from
    ``window`` on) and the text from ``after``, past the period and closing quotes."""
    found = _LAST_WORD.search(text, window, period)
    if found is None:
        return True
    word = found.group()
    if word.isupper() and len(word) > 1 and "." not in word:
        word = word.capitalize()  # headline capitals: "MR.", "MASS."
    if word in STATES and text[max(0, found.start() - 2):found.start()] == ", ":
        return True
    if word in TITLES:
        return False
    if word in NUMBER_SIGNS:
        return _NEXT_DIGIT.match(text, after) is None
    if not (word in ABBREVIATIONS or word in STATES
            or (_DOTTED.fullmatch(word) and (len(word) > 1 or word.isupper()))):
        return True
    # An abbreviation or an initial: a sentence ends only when the next one visibly starts.
    if _OPENING_QUOTE.match(text, after):
        return True
    following = _NEXT_OPENER.match(text, after)
    # "A." after an initial is another initial ("J. A. Smith"), not the article.
    return bool(following and following.group(1) in SENTENCE_OPENERS and not following.group(2))


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


class _LowerCache(dict[str, str]):
    """``cache[word]`` is ``word.lower()``, made once per distinct word (news repeats its
    words): each token of that word then holds the same lowercase string, whose hash is
    already computed for the many set and dict lookups the event stage makes by
    ``Token.lower``, instead of a new string per token that is lowercased, hashed on its first
    lookup and freed again. Emptied when full (the values are pure functions of the keys)."""

    __slots__ = ()

    def __missing__(self, word: str) -> str:
        if len(self) >= _LOWER_CACHE_SIZE:
            self.clear()
        lower = self[word] = word.lower()
        return lower


_LOWER_CACHE_SIZE = 100_000
_lower_of = _LowerCache().__getitem__


def tokens(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Words and punctuation marks of ``text[start:end]`` with offsets into ``text``."""
    return words_and_tokens(text, start, end)[1]


def words_and_tokens(text: str, start: int = 0, end: int | None = None
                     ) -> tuple[list[str], list[Token]]:
    """``tokens(text, start, end)`` and the list of their texts (``[t.text for t in ...]``),
    which the split makes anyway: a caller that reads every token's text (the event stage's
    word codes) takes it from there, without a call per token."""
    # As a search between offsets reads them: a negative offset is the text's start.
    start = max(start, 0)
    piece = text[start:end if end is None or end > 0 else 0]
    # The word pattern has no anchors nor lookarounds, so splitting the piece at it finds the
    # matches that searching the text between the offsets finds: [gap, word, gap, word, ...,
    # gap]. The offsets are the running sums of their lengths. Each step is a C-level map,
    # where reading a match object's group, start and end took three calls per token
    # (tokenizing TBAQ's sentences: 75 -> 63 ms).
    parts = (_ASCII_SPLIT if piece.isascii() else _SPLIT).split(piece)
    offsets = list(accumulate(map(len, parts), initial=start))
    words = parts[1::2]
    # Token's own __new__ (text.lower() added, one string per distinct word), without a
    # Python-level call per token.
    return words, list(map(tuple.__new__, repeat(Token),
                           zip(words, offsets[1:-1:2], offsets[2::2], map(_lower_of, words),
                               strict=True)))


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
