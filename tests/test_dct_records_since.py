"""Round 12: "its lowest since 1985" is a record, not a stretch seldom more than ten years old."""

from __future__ import annotations

import pytest

from newstimeline import dct
from newstimeline.dct import _distinct_years, _evidence, year_mention_likelihood
from newstimeline.timex import find_mentions


@pytest.mark.parametrize("text", [
    "The dollar fell to its lowest level since 1985 on Monday.",
    "It was the biggest increase in military spending since 1991.",
    "The president made the first visit by a U.S. leader since 1928.",
])
def test_a_record_since_a_year_bounds_the_story_without_a_horizon(text: str) -> None:
    years = _distinct_years(_evidence(text, find_mentions(text))[1])
    assert [(y.since, y.started) for y in years] == [(True, False)]
    # Thirty years on is as likely as five: news of a record is news because the gap is long.
    item = years[0]
    assert year_mention_likelihood(item.year + 31, item, 6) == pytest.approx(
        year_mention_likelihood(item.year + 5, item, 6))


def test_a_stretch_since_a_year_keeps_its_horizon() -> None:
    text = "The company has doubled its profits every year since 1985."
    [item] = _distinct_years(_evidence(text, find_mentions(text))[1])
    assert (item.since, item.started) == (True, True)
    assert year_mention_likelihood(2016, item, 6) < year_mention_likelihood(1990, item, 6)


def test_the_switch_restores_the_horizon() -> None:
    text = "The dollar fell to its lowest level since 1985 on Monday."
    saved = dct.RECORDS_SINCE
    dct.RECORDS_SINCE = False
    try:
        [item] = _distinct_years(_evidence(text, find_mentions(text))[1])
        assert item.started
    finally:
        dct.RECORDS_SINCE = saved
