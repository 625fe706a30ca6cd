"""Round 15: four forms the event-anchoring helper found mis-tagged in written news. Each rule
with realistic sentences of our own and exact values (story dated Thursday 25 October 2007)."""

from __future__ import annotations

import pytest

from tests.timex_helpers import OCTOBER_25_2007, tagged


@pytest.mark.parametrize(("text", "expected"), [
    # A day named before: the week, month or year after it (TimeML's anaphoric reading).
    ("The strike began on March 3. The next week, the dockers walked out too.",
     [("March 3", "DATE", "2007-03-03"), ("The next week", "DATE", "2007-W10")]),
    ("The firm was founded in 2001. The next year it hired forty engineers.",
     [("2001", "DATE", "2001"), ("The next year", "DATE", "2002")]),
    # Only a month or a year in force: a week or day of it, which one unknown (XX), not the
    # story's week.
    ("Complaints about the nurse reached the board in early 2005. The hospital suspended him "
     "the following week.",
     [("early 2005", "DATE", "2005"), ("the following week", "DATE", "2005-WXX")]),
    ("The talks opened in March. The following week, the rebels walked out.",
     [("March", "DATE", "2007-03"), ("The following week", "DATE", "2007-WXX")]),
    ("The dam was breached in April. The following day, the village was evacuated.",
     [("April", "DATE", "2007-04"), ("The following day", "DATE", "2007-04-XX")]),
    ("The talks opened in March. The next week, the rebels walked out.",
     [("March", "DATE", "2007-03"), ("The next week", "DATE", "2007-WXX")]),
])
def test_the_following_or_next_unit_in_a_past_narrative_counts_from_the_date_in_force(
        text: str, expected: list[tuple[str, str, str]]) -> None:
    assert tagged(text, OCTOBER_25_2007) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # Ahead of the story, "the next week" is still the week after the story's date.
    ("The talks resume on Monday, and the next week will be decisive.",
     [("Monday", "DATE", "2007-10-29"), ("the next week", "DATE", "2007-W44")]),
])
def test_the_next_week_outside_a_past_narrative_counts_from_the_story_s_date(
        text: str, expected: list[tuple[str, str, str]]) -> None:
    assert tagged(text, OCTOBER_25_2007) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Within weeks, a day after the vote, the minister resigned.",
     [("weeks", "DURATION", "PXW"), ("a day", "DURATION", "P1D")]),
    ("Within days, a week after the election, the coalition collapsed.",
     [("days", "DURATION", "PXD"), ("a week", "DURATION", "P1W")]),
])
def test_a_unit_after_a_comma_is_a_stretch_of_time_not_a_rate(
        text: str, expected: list[tuple[str, str, str]]) -> None:
    assert tagged(text, OCTOBER_25_2007) == expected


@pytest.mark.parametrize("text", [
    "The airline runs four flights a week to the island.",
    "The ferry makes six crossings a day in summer.",
])
def test_a_unit_right_after_a_plural_noun_is_still_a_rate(text: str) -> None:
    assert tagged(text, OCTOBER_25_2007) == []


@pytest.mark.parametrize(("text", "expected"), [
    # Ahead: the next such month (the phrase points the clause ahead).
    ("The central bank said it could begin cutting rates as early as June.",
     [("June", "DATE", "2008-06")]),
    ("The refinery could restart as soon as March, the company said.",
     [("March", "DATE", "2008-03")]),
    ("A ruling is due no later than May.", [("May", "DATE", "2008-05")]),
    # Told in the past: the last such month.
    ("The mine was still operating as late as June.", [("June", "DATE", "2007-06")]),
    # A capitalized word after the month makes it a name.
    ("Critics ranked him as early as June Carter in the poll.", []),
])
def test_a_month_after_a_phrase_limiting_a_date_is_a_date(
        text: str, expected: list[tuple[str, str, str]]) -> None:
    assert tagged(text, OCTOBER_25_2007) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # (Pinned, not new: the two years of a "between ... and" range are both tagged.)
    ("Strikes at the port doubled between 2020 and 2022, the union said.",
     [("2020", "DATE", "2020"), ("2022", "DATE", "2022")]),
])
def test_both_years_of_a_between_range_are_tagged(
        text: str, expected: list[tuple[str, str, str]]) -> None:
    assert tagged(text, OCTOBER_25_2007) == expected
