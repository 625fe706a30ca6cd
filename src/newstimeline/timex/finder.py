"""Step one of tagging: find time expressions and read their parts, without resolving them.

The result is *underspecified* ("weekday Saturday, year unknown"); ``resolver.py`` settles it
against the document creation time. Keeping the steps apart lets the dateline stage use the
findings to infer a missing year before anything is resolved.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from newstimeline.timex import vocabulary as vocab
from newstimeline.timex.first_chars import first_chars
from newstimeline.timex.patterns import expand, trie_pattern
from newstimeline.timex.rules import RULES, Rule


@dataclass(frozen=True, slots=True)
class Mention:
    """A time expression found in text: its span, the rule that matched and the parts it read."""

    start: int
    end: int
    text: str
    rule: Rule
    parts: dict[str, str]
    context_start: int
    """Start of the whole match, including a leading preposition ("on Saturday")."""


_COMPILED: tuple[tuple[Rule, re.Pattern[str]], ...] = tuple(
    (rule, re.compile(r"(?<![\w])(?:" + expand(rule.template) + ")")) for rule in RULES
)


def _locator(template: str) -> re.Pattern[str]:
    """A rule's template after a character that is no word character, consumed, for ASCII text.

    A search for it starts a match only at such a character and skips the others fast, where the
    rule's own pattern starts one at every character and fails at the lookbehind inside a word
    (tagging a quarter of TBAQ: 370.5 -> 345.7 M instructions). It only locates a match: the
    rule's own pattern is matched where it found one. On ASCII text the ASCII flag changes
    nothing but what ``\\s`` matches (not the separators U+001C-U+001F): a template using it
    goes without.
    """
    flags = "" if "\\s" in template or "\\S" in template else "(?a)"
    return re.compile(flags + r"[^0-9A-Za-z_]" + _first_char_test(template) + "(?:" + template
                      + ")")


def _first_char_test(template: str) -> str:
    """A lookahead for the characters a match of ``template`` can begin with ("" if unknown).

    Where the template opens with optional words and alternations ("more than", "the", a
    number), the engine tries them all at every non-word character; the lookahead turns most
    of those starts away at one test (round 15 in docs/tagger.md)."""
    chars = first_chars(template)
    return "(?=[" + "".join(re.escape(c) for c in sorted(chars)) + "])" if chars else ""


_LOCATORS: tuple[re.Pattern[str], ...] = tuple(_locator(expand(rule.template)) for rule in RULES)


def _ascii_matches(pattern: re.Pattern[str], locator: re.Pattern[str], text: str, start: int,
                   end: int) -> Iterator[re.Match[str]]:
    """What ``pattern.finditer(text, start, end)`` finds in an ASCII ``text``, by ``locator``."""
    position = start
    while True:
        if position == 0 or not _is_word_char(text[position - 1]):
            # A match right here has no character of its own before it to consume.
            match = pattern.match(text, position, end)
            if match is not None:
                if match.end() == position:  # an empty match: the plain scan's own stepping
                    yield from pattern.finditer(text, position, end)
                    return
                yield match
                position = match.end()
                continue
        located = locator.search(text, position, end)
        if located is None:
            return
        match = pattern.match(text, located.start() + 1, end)
        assert match is not None  # the same template, with the lookbehind's character read
        if match.end() == match.start():
            yield from pattern.finditer(text, match.start(), end)
            return
        yield match
        position = match.end()


def _is_word_char(char: str) -> bool:
    return char.isalnum() or char == "_"


_NON_TIME = re.compile(
    r"(?<![\w])(?:" + "|".join(re.escape(p) for p in vocab.NON_TIME_PHRASES) + r")(?![\w])",
    re.IGNORECASE,
)


def _gate(needs: tuple[str, ...]) -> re.Pattern[str] | None:
    """One search for any of a rule's needed strings (a string holding another is redundant)."""
    kept = sorted(n for n in set(needs) if not any(o != n and o in n for o in needs))
    return re.compile(trie_pattern(kept)) if kept else None


# Searched in the lowercased text, window by window, before the rule itself.
_GATES: tuple[re.Pattern[str] | None, ...] = tuple(_gate(rule.needs) for rule, _ in _COMPILED)
# Characters other than ASCII letters that match an ASCII letter when case is ignored (or
# lowercase to two characters): where one occurs, lowercased text is no exact stand-in for what
# the rules' (?i:...) parts match, so the gates are not used.
_CASE_EXOTIC = re.compile("[\u0130\u0131\u017f\u212a]")
# The non-time phrases as they read lowercased: most texts hold none, and need no blocker search.
# (Factored by prefixes: a plain alternation's search of the whole text cost twice as long.)
_NON_TIME_GATE = re.compile(trie_pattern(vocab.NON_TIME_PHRASES))
_TRIGGER_CLASSES: dict[str, tuple[str, ...]] = {}
for _name, _words in vocab.TRIGGERS.items():
    for _word in _words:
        _TRIGGER_CLASSES[_word] = (*_TRIGGER_CLASSES.get(_word, ()), _name)

# Each non-time phrase holds a trigger word ("[may] i", "girl [friday]", "after [hours] trading")
# whose window holds the whole phrase: a text whose such windows hold none needs no blocker search
# (one search of the whole text cost 5 % of tagging).
NON_TIME_KEY = "non_time"
for _phrase in vocab.NON_TIME_PHRASES:
    _key = next(w for w in re.findall(r"\w+", _phrase) if w in _TRIGGER_CLASSES)
    if NON_TIME_KEY not in _TRIGGER_CLASSES[_key]:
        _TRIGGER_CLASSES[_key] = (*_TRIGGER_CLASSES[_key], NON_TIME_KEY)

# Run over the lowercased text: case-sensitive literals let the regex engine skip fast.
_TRIGGER_BODY = r"\d[\d,.:/]*|" + trie_pattern(_TRIGGER_CLASSES) + r"(?![\w])"
_TRIGGER = re.compile(r"(?<![\w])(?:" + _TRIGGER_BODY + ")")
# The same for ASCII text, with the character before the word consumed instead of looked
# behind at: the engine then starts a match only at a character that is no word character,
# skipping the rest of the text fast, where the lookbehind started one at every character (the
# scan of TBAQ: 48.5 -> 29.0 M instructions).
_TRIGGER_AFTER_NON_WORD = re.compile(r"(?a)[^\w](" + _TRIGGER_BODY + ")")
# Characters other than word characters a trigger can end with ("1990,", "st."): after one, the
# next trigger may start right where the last ended, with no character left to consume.
_OPEN_ENDINGS = frozenset(",.:/") | {w[-1] for w in _TRIGGER_CLASSES if not w[-1].isalnum()}


def _trigger_hits(lowered: str) -> list[tuple[str, int, int]]:
    """What ``_TRIGGER.finditer(lowered)`` finds: each trigger word with its start and end."""
    if not lowered.isascii():
        return [(hit.group(), hit.start(), hit.end()) for hit in _TRIGGER.finditer(lowered)]
    hits: list[tuple[str, int, int]] = []
    position: int | None = 0
    while position is not None:
        resume, position = position, None
        if resume == 0 or lowered[resume - 1] in _OPEN_ENDINGS:
            # A trigger right at the start (or after one ended open) has no character of its own
            # before it to consume.
            at = _TRIGGER.match(lowered, resume)
            if at is not None:
                hits.append((at.group(), resume, at.end()))
                position = at.end()
                continue
        for hit in _TRIGGER_AFTER_NON_WORD.finditer(lowered, resume):
            word = hit.group(1)
            hits.append((word, hit.start(1), hit.end()))
            if word[-1] in _OPEN_ENDINGS:
                position = hit.end()
                break
    return hits


_RULES_BY_TRIGGER: dict[str, list[int]] = {}
for _order, (_rule, _) in enumerate(_COMPILED):
    for _class in _rule.triggers:
        _RULES_BY_TRIGGER.setdefault(_class, []).append(_order)
# How far a match may start before its trigger word and end after it ("at least twenty-four
# hours", "the third quarter of fiscal 1990"); numbers stand near the start of their matches.
LEAD_CHARS = 32
TRAIL_CHARS = 32
NUMBER_LEAD_CHARS = 20  # "the beginning of 1990"
NUMBER_TRAIL_CHARS = 24  # "10 p.m. EDT Wednesday"
# A match this close to its window's end is matched again on text reaching this far past it
# (to a word's end), so that a lookahead that blocks it ("third period [of medical leave]")
# reads the words after it instead of a cut-off end.
LOOKAHEAD_CHARS = 24
_WORD_END = re.compile(r"\w*")
_WORD_AFTER = re.compile(r"[ \t]*([A-Za-z']+)")
_WORD_BEFORE = re.compile(r"([\w$%.,]+)[ \t]*$")
# "as soon as", "soon after": "soon" orders two events and names no time.
_SOON_ORDERING_BEFORE = re.compile(r"(?i:as|so|too)[ \t]+$")
_SOON_ORDERING_AFTER = re.compile(r"-|[ \t]+(?i:as|after|afterwards?|thereafter)\b")
# An adjective's continuation: a hyphenated compound or an amount ("earlier-announced", "the
# earlier $20 amount"); an adverb is followed by a word or by punctuation.
_ADJECTIVE_AFTER = re.compile(r"-[A-Za-z]|[ \t]*[$£€\d]")


def _span(match: re.Match[str]) -> tuple[int, int]:
    if "t" in match.re.groupindex and match.start("t") >= 0:
        return match.start("t"), match.end("t")
    return match.start(), match.end()


# A unit written with a capital ("This Week", "60 Minutes") in running prose is a name: a
# programme or a publication, not a time.
_TITLE_UNIT = re.compile(r"\b(?:" + "|".join(
    u[:1].upper() + u[1:] + "s?" for u in sorted(vocab.UNITS, key=len, reverse=True)
) + r"|Centuries)\b")
# "a quarter of the market" is a fraction; "a quarter of a century" is still a stretch of time.
_FRACTION_OF = re.compile(
    r"\s+of\s+(?!(?:an?\s+)?(?:" + "|".join(vocab.UNITS) + r"|centuries)s?\b)", re.IGNORECASE)
# "six months of base pay", "two weeks' salary": money counted in units of time.
_PAY_OF = re.compile(
    r"(?:'?[ \t]+of|')[ \t]+(?:(?:" + "|".join(vocab.PAY_ADJECTIVES) + r")[ \t]+)?(?:"
    + "|".join(vocab.PAY_NOUNS) + r")\b", re.IGNORECASE)
# "today's personal computers": the noun, or the adjective and the noun, after a possessive.
_POSSESSIVE_NOUN = re.compile(r"['’]s\s+([A-Za-z-]+)(?:\s+([A-Za-z-]+))?")
# "the people of tomorrow": a generic noun and "of" just before a relative day.
_GENERIC_NOUN_OF = re.compile(r"([A-Za-z]+)[ \t]+of[ \t]+$")
_LOWER_WORD = re.compile(r"(?<![\w'])[a-z]{4,}\b")
PROSE_CONTEXT_CHARS = 60


def _is_title(rule: Rule, text: str, source: str, start: int, end: int) -> bool:
    """A capitalized unit, not the first word of its sentence, in a match surrounded by prose
    (lowercase words on both sides); a headline in title case has none, so its units count."""
    unit = _TITLE_UNIT.search(text) if rule.family != "holiday" else None
    if unit is None:
        return False
    lead = source[max(0, start + unit.start() - 8):start + unit.start()].rstrip(" \t\"'`“‘(")
    if not lead or lead[-1] in ".!?:\n":  # the first word of a sentence
        return False
    before = _LOWER_WORD.search(source, max(0, start - PROSE_CONTEXT_CHARS), start)
    after = _LOWER_WORD.search(source, end, end + PROSE_CONTEXT_CHARS)
    return before is not None and after is not None


# A capitalized word inside prose (after a lowercase word, so not in a title-case headline)
# just before a year.
_NAME_BEFORE = re.compile(r"(?<![\w'-])[a-z][a-z'-]*,?[ \t]+([A-Z][a-z]+)[ \t]+$")
_NOT_NAME_WORDS = (vocab.WORDS_BEFORE_A_YEAR | vocab.MONTHS.keys() | vocab.WEEKDAYS.keys()
                   | vocab.SEASONS.keys() | {w for name in vocab.HOLIDAYS for w in name.split()})


def _in_name(source: str, start: int) -> bool:
    """A bare year fused to a name in running prose: "a joint venture called Orion 1980"."""
    before = _NAME_BEFORE.search(source, max(0, start - 48), start)
    return before is not None and before.group(1).lower() not in _NOT_NAME_WORDS


# "USA Today", "VOA Today", "NBC's Today show", "the Today show": a capitalized relative day
# after a name, its possessive or "the", itself after a lowercase word (prose, not a title-case
# headline such as "Talks Resume Today").
_NAME_BEFORE_DAY = re.compile(r"(?<![\w'-])[a-z]+[ \t]+(?:[A-Z][\w&-]*(?:['’]s)?|the)[ \t]+$")
_TITLED_DAYS = frozenset(word.capitalize() for word in vocab.RELATIVE_DAYS)


def _is_time(rule: Rule, text: str, source: str, start: int, end: int) -> bool:
    """Reject matches the negative vocabulary rules out."""
    lowered = text.lower()
    if lowered in vocab.NON_TIMES or _is_title(rule, text, source, start, end):
        return False
    if rule.name == "year_bare" and _in_name(source, start):
        return False
    if text in _TITLED_DAYS and _NAME_BEFORE_DAY.search(source, max(0, start - 40), start):
        return False  # "USA Today": a newspaper or a programme, not the story's day
    if lowered == "soon" and (_SOON_ORDERING_BEFORE.search(source, max(0, start - 4), start)
                              or _SOON_ORDERING_AFTER.match(source, end)):
        return False  # "as soon as the talks end", "soon after the vote": an ordering, no time
    if text in vocab.DISCOURSE_OPENERS and source.startswith(",", end):
        return False  # "Now, he says ...": a discourse marker opening a sentence, not the present
    if lowered == "today":
        generic = _POSSESSIVE_NOUN.match(source, end)
        if generic and (generic.group(1).lower() in vocab.GENERIC_PRESENT_NOUNS
                        or (generic.group(2) or "").lower() in vocab.GENERIC_PRESENT_NOUNS):
            return False  # "today's youth": the present age, not the story's day
    if lowered in ("today", "tomorrow"):
        noun = _GENERIC_NOUN_OF.search(source, max(0, start - 24), start)
        if noun and noun.group(1).lower() in vocab.GENERIC_PRESENT_NOUNS:
            return False  # "the people of tomorrow", "the youth of today": an age, no day
    if rule.family == "duration" and _PAY_OF.match(source, end):
        return False  # "a bonus equal to six months of base pay": a sum of money
    if rule.family == "duration" and lowered.endswith("quarter") and _FRACTION_OF.match(source, end):
        return False  # "more than a quarter of the market" is a fraction
    if (rule.family == "duration" and lowered.startswith(("a ", "an "))) or (
            rule.name == "set_word" and lowered in vocab.SET_WORDS_ADVERB_ONLY):
        # "$1.76 a year", "four flights a week", "grow 20% annually", "10,000 units annually":
        # a rate, not a stretch of time or a recurrence.
        before = _WORD_BEFORE.search(source, max(0, start - 24), start)
        # A rate's "a" follows its noun with nothing between; after a comma or a full stop
        # ("Within weeks, a day after the vote") it counts one unit of time.
        word = before.group(1).lower() if before and before.group(1)[-1] not in ".," else ""
        plural = len(word) > 3 and word.endswith("s") and not word.endswith("ss")
        if plural and before and rule.name == "set_word":
            # Before a set adverb a word in -s is as often a verb or its object ("The board
            # meets annually", "pays dividends quarterly"): a rate's noun only after an amount
            # or a determiner ("10,000 units annually", "doubling its profits annually").
            counted = _WORD_BEFORE.search(source, max(0, before.start() - 24), before.start())
            noted = counted.group(1).lower().rstrip(".,") if counted else ""
            plural = noted[-1:].isdigit() or noted in vocab.RATE_WORDS \
                or noted in vocab.NOUN_DETERMINERS
        if word[-1:].isdigit() or word[-1:] == "%" or word in vocab.RATE_WORDS or plural:
            return False
    if rule.name == "set_word" and lowered in vocab.SET_WORDS_ADVERB_ONLY:
        # "quarterly dividend": before a noun a reporting frequency is an adjective, no time
        # (TimeBank tags "the daily tally", "his weekly radio address", but not these).
        after = _WORD_AFTER.match(source, end)
        word = after.group(1) if after else ""
        if word.islower() and word not in vocab.SET_ADVERB_FOLLOWERS:
            return False
    if rule.family == "vague" and lowered in vocab.VAGUE_ADVERBS_NEEDING_CONTEXT:
        # "earlier agreements" is an adjective on a noun, "Putin earlier called" an adverb.
        after = _WORD_AFTER.match(source, end)
        if after:
            word = after.group(1).lower()
            if word not in vocab.VAGUE_ADVERB_FOLLOWERS and not word.endswith("ed"):
                return False
        elif _ADJECTIVE_AFTER.match(source, end):
            return False  # "its earlier-announced goal", "the earlier $20 offer"
    return True


def _counted(match: re.Match[str], text: str) -> bool:
    """"A" counts one unit, so not a plural one: in "a weeks-long strike" it is the article of
    the noun phrase, and the expression is "weeks-long"."""
    if "num" not in match.re.groupindex or "unit" not in match.re.groupindex:
        return True
    number = match.group("num")
    return not (number is not None and number.lower() in ("a", "an")
                and text.startswith(("s", "S"), match.end("unit")))


_YEAR_PREFIXES = ("16", "17", "18", "19", "20")
# The first two letters of the words that make four digits a clock time ("0800 GMT"); the
# trigger scan sees only three characters after a number.
_FOUR_DIGIT_CLOCK_STARTS = frozenset(" " + word[:2] for word in vocab.FOUR_DIGIT_CLOCK_AFTER)


def _number_classes(run: str, after: str) -> tuple[str, ...]:
    """Trigger classes of a run of digits by its shape: a year, a slashed date, a clock time, a
    decade, an ordinal. Plain quantities ("1,500", "12.5") trigger nothing."""
    classes: list[str] = []
    if len(run) == 4 and run.startswith(_YEAR_PREFIXES):
        classes.append("year")
    if "/" in run:
        classes.append("slash_date")
    if (":" in run or after.lstrip(" ")[:1] in ("a", "p", "A", "P")
            or (len(run) == 4 and after in _FOUR_DIGIT_CLOCK_STARTS)):
        classes.append("clock")
    if after[:1] in ("s", "'"):
        classes.append("decade")
    if after[:2].lower() in ("st", "nd", "rd", "th"):
        classes.append("ordinal")
    return tuple(classes)


def _windows(text: str, lowered: str) -> dict[str, list[tuple[int, int]]]:
    """Per trigger class, merged spans of text around its trigger words, ending on word ends.
    ``lowered`` is ``text.lower()``."""
    spans: dict[str, list[tuple[int, int]]] = {}
    size = len(text)
    word_end_at = _WORD_END.match
    for word, hit_start, hit_end in _trigger_hits(lowered):
        if word[0].isdigit():
            classes: tuple[str, ...] = _number_classes(word.rstrip(",.:/"),
                                                       text[hit_end:hit_end + 3])
            if not classes:
                continue  # a plain quantity (most numbers): no window to open
            start = hit_start - NUMBER_LEAD_CHARS
            end = hit_end + NUMBER_TRAIL_CHARS
        else:
            classes = _TRIGGER_CLASSES[word]
            start = hit_start - LEAD_CHARS
            end = hit_end + TRAIL_CHARS
        # (Comparisons rather than max() and min(): this runs for every trigger word.)
        if start < 0:
            start = 0
        end = word_end_at(text, end).end() if end < size else size  # type: ignore[union-attr]
        for name in classes:
            merged = spans.setdefault(name, [])
            if merged and merged[-1][1] >= start:
                merged[-1] = (merged[-1][0], max(merged[-1][1], end))
            else:
                merged.append((start, end))
    return spans


def find_mentions(text: str, *, gates: bool = True) -> list[Mention]:
    """All non-overlapping time expressions in ``text``, longest match first, in text order.
    ``gates=False`` runs every rule in every window of its triggers (the same result, slower)."""
    lowered = text.lower()
    windows = _windows(text, lowered)
    is_ascii = text.isascii()  # (reads a flag)
    # (An ASCII text holds none of the exotic characters.)
    gated = gates and (is_ascii or _CASE_EXOTIC.search(text) is None)
    candidates: list[tuple[int, int, int, re.Match[str]]] = []
    seen: set[tuple[int, int, int]] = set()
    size = len(text)
    for trigger_class, spans in windows.items():
        for order in _RULES_BY_TRIGGER.get(trigger_class, ()):
            rule, pattern = _COMPILED[order]
            gate = _GATES[order] if gated else None
            for window_start, window_end in spans:
                if gate is not None and gate.search(lowered, window_start, window_end) is None:
                    continue  # none of the words every match of the rule holds
                for match in (_ascii_matches(pattern, _LOCATORS[order], text, window_start,
                                             window_end) if is_ascii else
                              pattern.finditer(text, window_start, window_end)):
                    if window_end < size and match.end() + LOOKAHEAD_CHARS > window_end:
                        # A lookahead near the window's end read a cut-off text: match again
                        # on the words after it ("third period [of medical leave]").
                        wide = _WORD_END.match(text, min(size, window_end + LOOKAHEAD_CHARS))
                        again = pattern.match(text, match.start(),
                                              wide.end() if wide else window_end)
                        if again is None:
                            continue
                        match = again
                    start, end = _span(match)
                    key = (start, end, order)
                    if end > start and key not in seen and _is_time(rule, text[start:end],
                                                                    text, start, end) and (
                            rule.family != "duration" or _counted(match, text)):
                        seen.add(key)
                        candidates.append((start, end, order, match))
    # Every non-time phrase holds a month, weekday, clock, holiday, vague word ("future"), unit
    # ("after hours trading") or season ("the Summer Games").
    blockers = [(p.start(), p.end())
                for name in ("month", "weekday", "clock", "holiday", "vague", "unit", "season")
                for a, b in windows.get(name, []) for p in _NON_TIME.finditer(text, a, b)
                ] if not gated or any(_NON_TIME_GATE.search(lowered, a, b)
                                      for a, b in windows.get(NON_TIME_KEY, ())) else []
    return _conjoined_days(text, _select(text, candidates, blockers))


# "April 24 and 25", "March 25-26", "May 3 to 5": a second day number after a month and day
# shares their month (and the year written after it: "March 3 and 4, 1998"). After a word, only
# before punctuation or a preposition: "on April 24 and 25 people died" counts people, "rose
# March 3 to 5.2 percent" is an amount. After a dash the number is a day before any word but a
# measure ("the March 19-20 meeting is key"; not "March 3-5 percent").
_CONJOINED_DAY = re.compile(
    r"(?:[ \t]+(?:and|or|to|through)[ \t]+(?P<worded>)|[-\u2013])"
    r"(3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?"
    r"(?:,?[ \t]+((?:1[6-9]|20)\d\d))?"
    r"(?=[,.;:)](?!\d)|[ \t]+(?:in|at|on|to|for|with|when|and|before|after)\b|$"
    r"|(?(worded)(?!)|[ \t]+(?!(?:percent|per|%|points?|people|of)\b)[a-z]))")
_CONJOINED_RULES = frozenset({"month_day", "month_day_year"})


def _conjoined_days(text: str, chosen: list[Mention]) -> list[Mention]:
    """Add the second day of "April 24 and 25" as a mention of its own (the same rule, the first
    day's month and year), unless a clock time holds its number ("Oct. 5 and 6 p.m.")."""
    if not chosen:
        return chosen
    out: list[Mention] = []
    i = 0
    while i < len(chosen):
        mention = chosen[i]
        i += 1
        match = (_CONJOINED_DAY.match(text, mention.end)
                 if mention.rule.name in _CONJOINED_RULES else None)
        if match is None:
            out.append(mention)
            continue
        start, end = match.start(2), match.end()
        later = [m for m in chosen[i:] if m.start < end]
        if any(m.end > end or m.rule.family != "absolute" for m in later):
            out.append(mention)
            continue  # "Oct. 5 and 6 p.m.": the number is a clock time's
        i += len(later)  # a year after the second day belongs to both ("March 3 and 4, 1998")
        year = {"year": match.group(3)} if match.group(3) and "year" not in mention.parts else {}
        out.append(Mention(mention.start, mention.end, mention.text, mention.rule,
                           {**mention.parts, **year}, mention.context_start))
        parts = {**mention.parts, **year, "day": match.group(2)}
        out.append(Mention(start, end, text[start:end], mention.rule, parts, start))
    return out


def _select(text: str, candidates: list[tuple[int, int, int, re.Match[str]]],
            blockers: list[tuple[int, int]]) -> list[Mention]:
    """Non-overlapping mentions: of overlapping matches the longer wins, then the earlier rule;
    a non-time phrase ("May I") beats any match it overlaps. A match occupies its context words
    too ("earlier" in "earlier this week"), so they cannot be tagged on their own.

    One sweep over the matches sorted by where they begin keeps this linear in their number.
    """
    # (occupied start, end, expression length, rule order, candidate index); order -1: a blocker
    spans = [(min(c[3].start(), c[0]), c[1], c[1] - c[0], c[2], i) for i, c in enumerate(candidates)]
    spans += [(start, end, end - start, -1, -1) for start, end in blockers]
    spans.sort(key=lambda s: (s[0], -s[2], s[3]))
    kept: list[tuple[int, int, int, int, int]] = []
    for span in spans:
        if kept and kept[-1][1] > span[0]:
            last = kept[-1]
            wins = span[3] == -1 or (span[2], -span[3]) > (last[2], -last[3])
            if last[3] != -1 and wins:
                kept[-1] = span
            continue
        kept.append(span)
    chosen: list[Mention] = []
    for _, _, _, order, index in kept:
        if order == -1:
            continue
        start, end, _, match = candidates[index]
        parts = {k: v for k, v in match.groupdict().items() if v is not None and k != "t"}
        if "day_word" in parts:  # "March eighth": the day as a number, as the digits give it
            parts["day"] = str(vocab.DAY_ORDINAL_WORDS[parts.pop("day_word").lower()])
        chosen.append(Mention(start, end, text[start:end], _COMPILED[order][0], parts,
                              min(match.start(), start)))
    chosen.sort(key=lambda m: m.start)
    return chosen
