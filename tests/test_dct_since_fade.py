"""Round 13: a stretch "since" a year fades faster than in proportion once it is over a decade
old, so that of two years that fit alike the nearer one to its start wins over the recency
preference."""

from __future__ import annotations

import pytest

from newstimeline import dct
from newstimeline.dct import _distinct_years, _evidence, year_mention_likelihood
from newstimeline.timex import find_mentions
from tests.dct_stories import infer_story_year

# February 27 is a Friday in 1998, 2004 and 2009, the years of ITAR-Tass's name within reach.
FOUNDRY = ("MOSCOW, Feb. 27 (AP) - The Kirov works said Friday it would close its oldest "
           "foundry, according to an ITAR-Tass report. More than 40 million tons of steel have "
           "been poured there since the foundry opened in March 1946.")


def test_a_stretch_fades_faster_than_in_proportion_past_a_decade() -> None:
    text = "The foundry has poured steel every year since 1946."
    [item] = _distinct_years(_evidence(text, find_mentions(text))[1])
    assert item.started
    fifty, sixty = (year_mention_likelihood(1946 + gap, item, 6) for gap in (50, 60))
    assert fifty / sixty == pytest.approx((60 / 50) ** 1.5)
    # Within the decade it stays flat.
    assert year_mention_likelihood(1950, item, 6) == year_mention_likelihood(1956, item, 6)


def test_the_nearer_friday_to_the_stretchs_start_wins() -> None:
    # 52 years of pouring against 63: the fade (1.33) now outweighs the recency preference (1.25).
    result = infer_story_year(FOUNDRY, 2, 27)
    assert result.year == 1998
    assert {2004, 2009} <= set(result.candidates)


def test_the_switch_restores_the_proportional_fade(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(dct, "SINCE_FADE_POWER", 1.0)
    assert infer_story_year(FOUNDRY, 2, 27).year == 2009
