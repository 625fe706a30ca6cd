"""Round 12: a target year a deadline preposition governs lies three years ahead most often."""

from __future__ import annotations

from newstimeline.dct import YEARS_BEFORE_DEADLINE, _evidence, year_mention_likelihood
from newstimeline.timex import find_mentions
from tests.dct_stories import infer_story_year


def test_a_goal_by_a_year_is_likeliest_three_years_ahead() -> None:
    text = ("SINGAPORE, May 12 (Reuters) - The carrier said it hopes to fly to 40 cities in China "
            "by 2015, up from 12 now.")
    _, years = _evidence(text, find_mentions(text))
    assert [(y.year, y.tense, y.deadline) for y in years] == [(2015, "future", True)]
    by_story = {story: year_mention_likelihood(story, years[0], 5) for story in range(2007, 2016)}
    assert max(by_story, key=by_story.__getitem__) == 2012
    # Four or five years ahead is as common as two.
    assert by_story[2011] > by_story[2013]
    assert by_story[2010] >= by_story[2013] * 0.8
    assert infer_story_year(text, 5, 12).year == 2012


def test_far_targets_keep_some_weight() -> None:
    # "by 2030" said in 2023 is no misreading: the table reaches seven years ahead.
    assert YEARS_BEFORE_DEADLINE[7] > 0
    assert sum(YEARS_BEFORE_DEADLINE.values()) <= 1.0
