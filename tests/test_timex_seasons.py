"""Seasons: a season with a position or an article, the one ahead in a clause that looks
ahead, seasons that recur, and "the fall in" prices, which is no season. Each rule with a
realistic sentence and exact values."""

from __future__ import annotations

import datetime as dt

import pytest

from newstimeline.timex import tag
from tests.timex_helpers import OCTOBER_25_2007, tagged


@pytest.mark.parametrize(("text", "expected"), [
    ("Orders have recovered from the low levels of the early summer, the chairman said.",
     [("the early summer", "DATE", "2007-SU")]),
    ("The plant will reopen in late spring.", [("late spring", "DATE", "2008-SP")]),
    ("Fighting resumed in mid-winter 2005 along the border.",
     [("mid-winter 2005", "DATE", "2005-WI")]),
    # A bare season stays untagged: "fall" and "spring" are too often a verb or a noun.
    ("Prices could fall further in the coming days.", [("the coming days", "DURATION", "PXD")]),
])
def test_a_season_with_a_position_is_the_latest_such_season_or_the_next_one_ahead(
        text: str, expected: list[tuple[str, str, str]]) -> None:
    assert tagged(text, OCTOBER_25_2007) == expected


def test_an_early_season_narrows_the_interval_to_its_first_part() -> None:
    [summer] = tag("Sales slowed in the early summer.", OCTOBER_25_2007)
    assert (summer.interval.earliest, summer.interval.latest) == (
        dt.date(2007, 6, 1), dt.date(2007, 6, 30))


@pytest.mark.parametrize(("text", "expected"), [
    ("The fall in prices hurt farmers.", []),
    ("Analysts blamed the fall in the dollar.", []),
    ("Sales will rise in the fall.", [("the fall", "DATE", "2007-FA")]),
    ("The company cut prices in the spring, the report said.", [("the spring", "DATE", "2007-SP")]),
    # After "in" or "during", "the fall in" / "the spring in" is the season, then a place.
    ("He was elected in the fall in a special election.", [("the fall", "DATE", "2007-FA")]),
    ("During the spring in Geneva, talks stalled.", [("the spring", "DATE", "2007-SP")]),
])
def test_the_fall_in_something_is_a_decline_not_a_season(
        text: str, expected: list[tuple[str, str, str]]) -> None:
    assert tagged(text, OCTOBER_25_2007) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A passive with "get" makes "beat" a participle, not a past tense: the clause looks ahead.
    ("The factories are going to start getting beat up in the spring.",
     [("the spring", "DATE", "2008-SP")]),
    # A season already over by the story's date, in a clause that looks ahead, is next year's.
    ("The company will open the plant in the summer.", [("the summer", "DATE", "2008-SU")]),
    ("Sales fell in the spring.", [("the spring", "DATE", "2007-SP")]),
    ("Heating bills will rise in the winter.", [("the winter", "DATE", "2007-WI")]),
])
def test_a_season_ahead_is_the_next_one(
        text: str, expected: list[tuple[str, str, str]]) -> None:
    assert tagged(text, OCTOBER_25_2007) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The folk festival takes place every summer in the old port.",
     [("every summer", "SET", "XXXX-SU")]),
    ("Each winter the mountain roads close for weeks.",
     [("Each winter", "SET", "XXXX-WI"), ("weeks", "DURATION", "PXW")]),
])
def test_every_season_recurs(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert tagged(text, dt.date(2013, 3, 14)) == expected
