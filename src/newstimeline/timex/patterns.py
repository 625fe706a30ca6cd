"""Named sub-patterns compiled from the vocabulary tables, shared by the rules.

Every sub-pattern is a bounded alternation (no nested unbounded repeats), so each rule matches in
time linear in the text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from newstimeline.timex import vocabulary as vocab


def trie_pattern(words: Iterable[str]) -> str:
    """A regex matching any of ``words``, factored by common prefixes: the engine tries one branch
    per next letter instead of every word in turn. Longer words win (the optional tails are
    greedy), as in a longest-first alternation."""
    trie: dict[str, Any] = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def walk(node: dict[str, Any]) -> str:
        branches = [re.escape(char) + walk(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return "(?:" + body + ")?" if "" in node else body

    return "(?:" + walk(trie) + ")"


def _alternation(words: Iterable[object], *, case: str = "any") -> str:
    """Regex alternation of ``words`` (as a prefix trie, so a prefix never wins over the word).

    ``case``: "any" matches case-insensitively; "title" accepts Capitalized and UPPER forms only,
    which keeps lowercase common words ("may", "march", "sat") out.
    """
    names = {str(w) for w in words}
    if case == "any":
        return "(?i:" + trie_pattern(names) + ")"
    forms = {form for name in names for form in (name[:1].upper() + name[1:], name.upper())}
    return trie_pattern(forms)


_UNAMBIGUOUS_MONTHS = [m for m in vocab.MONTHS if m not in vocab.AMBIGUOUS_MONTHS]
_ABBREVIATED_MONTHS = [m for m in vocab.MONTHS if len(m) <= 4 and m not in {"may", "june", "july"}]

# Abbreviated months may carry a period ("Dec."); full names may not swallow the sentence's one.
# An abbreviation joined by a hyphen to a lowercase word is part of a name ("Mar-a-Lago").
MONTH = (
    r"(?P<month>" + _alternation(_ABBREVIATED_MONTHS, case="title") + r"\.?(?![\w])(?!-[a-z])|"
    + _alternation([m for m in vocab.MONTHS if m not in _ABBREVIATED_MONTHS], case="title")
    + r"(?![\w]))"
)
MONTH_UNAMBIGUOUS = (
    r"(?P<month>" + _alternation([m for m in _UNAMBIGUOUS_MONTHS if len(m) > 4], case="title")
    + r"(?![\w]))"
)
# "April 25:" is a date, "10:30" is not.
DAY = (r"(?:(?P<day>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?!\d|:\d)|(?P<day_word>"
       + _alternation(vocab.DAY_ORDINAL_WORDS) + r")(?![\w-]))")
YEAR = r"(?P<year>(?:1[6-9]|20)\d\d)(?![\d%])"
WEEKDAY = (
    r"(?P<weekday>" + _alternation(vocab.WEEKDAYS, case="title") + r"(?![\w])|"
    + "|".join(re.escape(a) for a in vocab.WEEKDAY_ABBREVIATIONS) + ")"
)
# A weekday name alone, for the plural forms ("Mondays", "Tuesday nights").
WEEKDAY_NAME = r"(?P<weekday>" + _alternation(vocab.WEEKDAYS, case="title") + ")"
# The same with no group, for a second weekday in a lookahead ("Monday and Tuesday nights").
WEEKDAY_PLAIN = _alternation(vocab.WEEKDAYS, case="title")
# Just after "every Monday and", "each Friday or": a second weekday that recurs with the first
# (one fixed-width lookbehind per form, so the test costs the same at every position).
AFTER_EVERY_WEEKDAY = "(?:" + "|".join(
    f"(?<=(?i:{every}) {day.capitalize()} {joint} )"
    for every in ("every", "each") for day in vocab.WEEKDAYS for joint in ("and", "or")) + ")"
_TENS = [w for w, n in vocab.NUMBER_WORDS.items() if 20 <= n <= 90 and n % 10 == 0]
_UNITS_1_9 = [w for w, n in vocab.NUMBER_WORDS.items() if 1 <= n <= 9 and w not in {"a", "an"}]
# Any count in words but the article ("a", "an"), which only some rules read as one.
_COUNT_WORD = _alternation([w for w in vocab.NUMBER_WORDS if w not in {"a", "an"}])
# Single words only, for numbers spelled out digit by digit ("nineteen ninety-six").
TENS_WORD = _alternation(_TENS)
UNIT_WORD = _alternation(w for w in _UNITS_1_9 if " " not in w)
NUMBER = (
    # Digits with thousands separators ("2,000 years"); never the tail of a longer number
    # ("2,000" is not "000").
    # A decimal count keeps up to two places ("with 0.1 seconds left", "in 9.58 seconds").
    r"(?P<num>(?<!\d[,.])(?:\d{1,3}(?:,\d{3})+|\d{1,3}(?:\.\d\d?)?)(?![\d,])|"
    # "twenty four", "thirty-six": tens and units in words
    + _alternation(_TENS) + "[ -]" + _alternation(_UNITS_1_9) + "|"
    + _COUNT_WORD
    + "|" + _alternation(vocab.VAGUE_QUANTITIES) + r"|(?i:an?))"
)
# "quarter" is no unit of time before "point" ("a quarter point", "a quarter-point cut").
_QUARTER_UNIT = (r"quarter(?!s?[ -](?:" + "|".join(vocab.QUARTER_OF_A_POINT_AFTER)
                 + r")(?![\w-]))")
UNIT = r"(?P<unit>(?i:" + "|".join(
    _QUARTER_UNIT if unit == "quarter" else unit
    for unit in sorted(vocab.UNITS, key=len, reverse=True)) + r"|centuries))"
# "weeks or months", "days and weeks": vague plural units joined into one stretch, valued by
# the first (TimeBank spans both: 2 of 2).
OR_UNITS = r"(?: (?i:or|and) (?i:hours|days|weeks|months|years|decades)(?![\w-]))?"
# "to" after a unit, except after a part of the day ("the morning to start trading").
TO_AFTER_UNIT = r"to(?<!(?i:morning) to)(?<!(?i:afternoon) to)(?<!(?i:evening) to)"
# "of" after a unit, except before a sum of money ("a high for the year of $42.875").
OF_NOT_AMOUNT = r"of(?! [$£€])"
DAY_UNIT = r"(?P<unit>(?i:second|minute|hour|day|night|week|fortnight|month|quarter|year|decade))"
SHIFT = r"(?P<shift>" + _alternation(vocab.DEICTIC_SHIFTS) + ")"
SEASON = r"(?P<season>" + _alternation(vocab.SEASONS) + ")"
PART_OF_DAY = r"(?P<part>" + _alternation(vocab.PARTS_OF_DAY) + ")"
ORDINAL = r"(?P<ord>" + _alternation(vocab.ORDINALS) + ")"
DATE_PREPOSITION = r"(?P<prep>" + _alternation(vocab.DATE_PREPOSITIONS) + ")"
WEEKDAY_PREPOSITION = r"(?P<prep>" + _alternation(vocab.WEEKDAY_PREPOSITIONS) + ")"
VAGUE = r"(?P<vague>" + _alternation(vocab.VAGUE_REFERENCES) + r")"
VAGUE_DURATION = r"(?P<vague_duration>" + _alternation(vocab.VAGUE_DURATIONS) + r")"
SET_WORD = r"(?P<setword>" + _alternation(vocab.SET_WORDS) + ")"
DECADE_WORD = _alternation(vocab.DECADE_WORDS)
# A count in one word after "every" ("every six weeks").
COUNT_WORD = "(?:" + _alternation(
    w for w, n in vocab.NUMBER_WORDS.items() if n > 1 and " " not in w) + r")(?![\w-])"
RELATIVE_DAY = r"(?P<rel>" + _alternation(vocab.RELATIVE_DAYS) + ")"
# Holiday names are proper nouns: every word capitalized ("Election Day"), or all capitals.
HOLIDAY = r"(?P<holiday>" + "|".join(
    re.escape(form) for name in sorted(vocab.HOLIDAYS, key=lambda n: (-len(n), n))
    for form in (" ".join(w[:1].upper() + w[1:] for w in name.split()), name.upper())
) + r")(?![\w'])"
APPROX = r"(?i:around|approximately)"
# A lowercase word after a month that makes the month an adjective ("a June agreement").
NOUN_AFTER_MONTH = (r"(?= (?!(?:" + "|".join(vocab.NOT_NOUNS_AFTER_MONTH) + r")(?![\w'-]))"
                    r"[a-z][a-z-]+(?![\w]))")
# "-old" after a counted unit, when a lasting state of affairs follows: "an 8-month-old truce".
AGED_EVENT = (r"-(?i:old)(?= (?:" + "|".join(re.escape(n) for n in vocab.AGED_EVENT_NOUNS)
              + r")(?![\w-]))")
# After a shift word: not the verb "last" ("expected to last six weeks", "may last days").
NOT_VERB_LAST = "".join(
    r"(?<!" + (r"\b" if word.isalpha() else "") + "(?i:" + re.escape(word) + r") (?i:last))"
    for word in vocab.VERB_LAST_AUXILIARIES)


def _after_word(words: Iterable[str]) -> str:
    """A position right after one of ``words`` (a whole word) and a space."""
    return "(?:" + "|".join(rf"(?<=(?<![\w-]){re.escape(word)} )" for word in words) + ")"


# Right after a month and a dash, where a second month closes a range ("January-March",
# "Oct.-Dec."): one fixed-width lookbehind per written form of the month.
AFTER_MONTH_DASH = "(?:" + "|".join(
    rf"(?<=(?<![\w.]){re.escape(form)}{dash})"
    for name in vocab.MONTHS
    for form in ({name.capitalize(), name.upper()}
                 | ({name.capitalize() + "."} if len(name) <= 4 else set()))
    for dash in ("-", "–")) + ")"

# Right after a month and "and"/"or", where a second month is coordinated with it ("between
# January and March", "in May or June").
AFTER_MONTH_AND = "(?:" + "|".join(
    rf"(?<=(?<![\w.]){re.escape(form)} {joint} )"
    for name in vocab.MONTHS
    for form in ({name.capitalize()} | ({name.capitalize() + "."} if len(name) <= 4 else set()))
    for joint in ("and", "or")) + ")"

# Right after a phrase that limits a date ("as early as [June]"): one fixed-width lookbehind per
# phrase, each a whole word.
AFTER_LIMIT_PHRASE = "(?:" + "|".join(
    rf"(?<=(?<![\w-])(?i:{re.escape(phrase)}) )" for phrase in vocab.MONTH_LIMIT_PHRASES) + ")"

# A month with no group, for a second month in a lookahead ("[June]-July 2023").
MONTH_PLAIN = MONTH.replace("(?P<month>", "(?:", 1)

# Before a quarter or half code with no year of its own: one of the listed words ("in Q3").
QUARTER_CODE_OPENER = _after_word(vocab.QUARTER_CODE_OPENERS)
HALF_CODE_OPENER = _after_word(vocab.HALF_CODE_OPENERS)
# The count of the second unit of a stretch in two units ("1 hour [20] minutes").
SECOND_NUMBER = r"(?P<num2>\d{1,3}(?![\d,.])|" + _COUNT_WORD + ")"
# An ordinal count of days ("the eighth day", "the 12th day").
NTH = r"(?P<nth>" + _alternation(vocab.DAY_ORDINAL_WORDS) + r"|\d{1,3}(?:st|nd|rd|th))"
POSITION = r"(?P<pos>(?i:early|mid|late|the end of|the beginning of|the start of|the middle of))"
# "[the end of this week]", "[the end of the month]": TimeBank keeps the edge in the span.
EDGE = r"(?P<edge>(?i:the end of|the beginning of|the start of|the middle of))"

SUBPATTERNS: dict[str, str] = {
    "MONTH": MONTH,
    "MONTH_UNAMBIGUOUS": MONTH_UNAMBIGUOUS,
    "DAY": DAY,
    "YEAR": YEAR,
    "WEEKDAY": WEEKDAY,
    "WEEKDAY_NAME": WEEKDAY_NAME,
    "WEEKDAY_PLAIN": WEEKDAY_PLAIN,
    "AFTER_EVERY_WEEKDAY": AFTER_EVERY_WEEKDAY,
    "NUMBER": NUMBER,
    "UNIT": UNIT,
    "DAY_UNIT": DAY_UNIT,
    "TO_AFTER_UNIT": TO_AFTER_UNIT,
    "OF_NOT_AMOUNT": OF_NOT_AMOUNT,
    "OR_UNITS": OR_UNITS,
    "SHIFT": SHIFT,
    "SEASON": SEASON,
    "PART_OF_DAY": PART_OF_DAY,
    "ORDINAL": ORDINAL,
    "DATE_PREPOSITION": DATE_PREPOSITION,
    "WEEKDAY_PREPOSITION": WEEKDAY_PREPOSITION,
    "VAGUE": VAGUE,
    "VAGUE_DURATION": VAGUE_DURATION,
    "SET_WORD": SET_WORD,
    "RELATIVE_DAY": RELATIVE_DAY,
    "DECADE_WORD": DECADE_WORD,
    "COUNT_WORD": COUNT_WORD,
    "TENS_WORD": TENS_WORD,
    "UNIT_WORD": UNIT_WORD,
    "POSITION": POSITION,
    "EDGE": EDGE,
    "APPROX": APPROX,
    "NOUN_AFTER_MONTH": NOUN_AFTER_MONTH,
    "NTH": NTH,
    "AGED_EVENT": AGED_EVENT,
    "NOT_VERB_LAST": NOT_VERB_LAST,
    "SECOND_NUMBER": SECOND_NUMBER,
    "QUARTER_CODE_OPENER": QUARTER_CODE_OPENER,
    "HALF_CODE_OPENER": HALF_CODE_OPENER,
    "HOLIDAY": HOLIDAY,
    "AFTER_MONTH_DASH": AFTER_MONTH_DASH,
    "MONTH_PLAIN": MONTH_PLAIN,
    "AFTER_MONTH_AND": AFTER_MONTH_AND,
    "AFTER_LIMIT_PHRASE": AFTER_LIMIT_PHRASE,
}


def expand(template: str) -> str:
    """Replace each ``{NAME}`` in a rule template with its sub-pattern."""
    return re.sub(r"\{([A-Z_]+)\}", lambda m: SUBPATTERNS[m.group(1)], template)
