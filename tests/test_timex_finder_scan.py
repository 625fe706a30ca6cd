"""The finder's faster trigger scan and non-time gate find what the plain ones find.

``_trigger_hits`` consumes the character before a trigger word in ASCII text instead of looking
behind at it; the non-time phrases are searched for only near one of their trigger words. Both
must give the same mentions as the plain scan and the search of every window."""

from __future__ import annotations

import pytest

from newstimeline.timex import find_mentions, vocabulary
from newstimeline.timex.finder import _COMPILED, _LOCATORS, _TRIGGER, _ascii_matches, _trigger_hits

TRICKY = (
    "Friday the talks resumed.",                       # a trigger at the very start
    "Shares closed at 12.5,Monday's low, on 3/4/2024.",  # a number ending on punctuation
    "The 1990,March accord and the 5:30/Friday slot.",  # a trigger right after one
    "He moved to St.Louis in May.",                     # a trigger word ending in a period
    "Café owners met Monday; the Zürich office opens in June.",  # not ASCII: the plain scan
    "",
    "the meeting ended at 10:30",                       # a number at the very end
    "in the 1990s and 80s, twice a year, then-current rates",
)


@pytest.mark.parametrize("text", TRICKY)
def test_trigger_hits_are_what_the_plain_scan_finds(text: str) -> None:
    lowered = text.lower()
    expected = [(hit.group(), hit.start(), hit.end()) for hit in _TRIGGER.finditer(lowered)]
    assert _trigger_hits(lowered) == expected


def test_trigger_hits_on_long_mixed_copy() -> None:
    copy = " ".join(TRICKY) * 3 + " 1998.May 2,Tuesday st.friday 4/july"
    for text in (copy, copy.upper(), "x" + copy):
        lowered = text.lower()
        assert _trigger_hits(lowered) == [
            (hit.group(), hit.start(), hit.end()) for hit in _TRIGGER.finditer(lowered)]


SENTENCES = (
    "Officials said on Monday that the Sunday Times had the story first.",
    "May I say, officials said Friday, that the deal may be done by March 3.",
    "Protesters plan to march on the capital in June, and to march against the war.",
    "The board met on Tuesday with its girl Friday and a man Friday.",
    "Sunday school and Sunday best were on show at Easter; Easter Island was not.",
    "Saturday Night Live returned Saturday, a week after the Christmas tree lighting.",
    "A Monday morning quarterback said the market fell Monday morning in after hours trading.",
    "It was high noon on Christmas Island, and the future of the treaty is unclear.",
    "Friday's child was born on Friday, the after hours session closed at 6 p.m.",
)


@pytest.mark.parametrize("text", SENTENCES)
def test_non_time_phrases_block_as_when_every_window_is_searched(text: str) -> None:
    def spans(gates: bool) -> list[tuple[int, int, str]]:
        return [(m.start, m.end, m.rule.name) for m in find_mentions(text, gates=gates)]

    assert spans(True) == spans(False)


def test_every_non_time_phrase_is_blocked_in_running_copy() -> None:
    for phrase in vocabulary.NON_TIME_PHRASES:
        text = f"Officials said the {phrase} story ran on Wednesday."
        found = [m.text.lower() for m in find_mentions(text)]
        assert not any(m in phrase for m in found if m != "wednesday"), (phrase, found)


RULE_COPY = (
    "WASHINGTON, Feb. 19 (Reuters) - The company said on Thursday it would cut 300 jobs by "
    "March 2021, two weeks after the merger.Net income for the third quarter rose 12%, and "
    "the year-earlier period included a charge. Three days later, at 3 p.m. EST, the board "
    "met again; it meets every Monday and twice a year in the fall.(Talks resume Tuesday), "
    "the day after Labor Day, and half an hour before noon the next morning. In the coming "
    "weeks, officials said, a decision could one day be made; for a while nothing happened "
    "in the nineties or at year-end. The 1988 period, mid-November, last February, the "
    "first half of 1990, fiscal 1998, March eighth, the week of March 6, at 14:30.\"Today\" "
    "on 12/18/2021;1998-2000, Q4 2023, FY2024, 0800 GMT, the 15th.From Monday to Friday."
)


@pytest.mark.parametrize("order", range(len(_COMPILED)), ids=lambda o: _COMPILED[o][0].name)
def test_ascii_matches_are_what_the_rule_pattern_finds(order: int) -> None:
    rule, pattern = _COMPILED[order]
    for text in (RULE_COPY, RULE_COPY.upper(), rule.example, "(" + rule.example + ")."):
        assert text.isascii()
        for start in range(0, len(text), 11):
            for end in (len(text), min(len(text), start + 70)):
                plain = [(m.span(), m.groupdict()) for m in pattern.finditer(text, start, end)]
                located = [(m.span(), m.groupdict()) for m in _ascii_matches(
                    pattern, _LOCATORS[order], text, start, end)]
                assert located == plain, (start, end)
