"""Round 12: ranges of years the tagger leaves alone ("in 1990-92") count as their two years."""

from __future__ import annotations

import pytest

from newstimeline import dct
from newstimeline.dct import year_ranges
from newstimeline.timex import find_mentions
from tests.dct_stories import infer_story_year


@pytest.mark.parametrize(("text", "expected"), [
    ("The company expects sales to grow 8% a year in 1990-92, it said.",
     [(1990, "future"), (1992, "future")]),
    ("Output rose 40% in 1985-87 as the mines reopened.", [(1985, "past"), (1987, "past")]),
    # The tagger reads two full years itself ("1996-2000": both are year mentions), so no year
    # of such a range is added twice.
    ("The government will spend $3 billion over 1996-2000 on roads.", []),
])
def test_a_range_gives_its_two_years_with_the_clause_s_tense(
        text: str, expected: list[tuple[int, str]]) -> None:
    assert [(y.year, y.tense) for y in year_ranges(text, find_mentions(text))] == expected


@pytest.mark.parametrize("text", [
    "The 1997-98 season opened on Saturday.",  # a season: split_years reads it
    "The filing is dated 1998-08-07.",  # an ISO date
    "The record lists 1998-08 as the month.",  # an ISO month, ten years as a range
    "Scores ranged from 1990-1985 in the final.",  # not a range of years
])
def test_seasons_iso_dates_and_other_numbers_are_no_ranges(text: str) -> None:
    assert year_ranges(text, find_mentions(text)) == []


STORY = ("NEW DELHI, Feb. 28 (PTI) - The government said on Monday it will spend 500 billion "
         "rupees on highways over 2000-05, under a plan the cabinet approved last week.")


def test_a_range_ahead_puts_the_story_just_before_its_first_year(monkeypatch: pytest.MonkeyPatch) -> None:
    # Feb. 28 is a Monday in 2000, 2005, 2011 and 2022: the plan for 2000-05 is news of 2000.
    assert infer_story_year(STORY, 2, 28).year == 2000
    monkeypatch.setattr(dct, "YEAR_RANGES", False)
    assert infer_story_year(STORY, 2, 28).year == 2022
