"""Round 12: a target's base year ("below 1990 levels") is history, a bound from below only."""

from __future__ import annotations

import pytest

from newstimeline import dct
from newstimeline.dct import _distinct_years, _evidence
from newstimeline.timex import find_mentions
from tests.dct_stories import infer_story_year


@pytest.mark.parametrize("text", [
    "The accord requires industrial nations to cut emissions 5.2 percent below 1990 levels.",
    "Output will fall back to its 1990 level by 1995, the ministry said.",
    "The country aims to quadruple its 2000 gross domestic product by 2020.",
])
def test_a_target_s_base_year_only_bounds_the_story(text: str) -> None:
    years = _distinct_years(_evidence(text, find_mentions(text))[1])
    base = [y for y in years if y.year in (1990, 2000)]
    assert [(y.tense, y.since) for y in base] == [("past", True)]


def test_a_past_year_s_level_is_no_base() -> None:
    text = "The 1990 level of output was higher than today's."
    [item] = _distinct_years(_evidence(text, find_mentions(text))[1])
    assert not item.since


STORY = ("PARIS, June 5 (AFP) - France will cut its greenhouse gas emissions 40 percent below "
         "1990 levels by 2030, the environment minister said on Monday.")


def test_a_base_year_does_not_pull_the_story_back_to_it() -> None:
    # June 5 is a Monday in 1989, 1995, 2000, 2006, 2017 and 2023: the target "by 2030" puts
    # the story in 2023; read as a year near the story, 1990 pulled it to 1989.
    assert infer_story_year(STORY, 6, 5).year == 2023
    saved = dct.BASE_YEARS
    dct.BASE_YEARS = False
    try:
        assert infer_story_year(STORY, 6, 5).year == 1989
    finally:
        dct.BASE_YEARS = saved
