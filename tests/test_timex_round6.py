"""News conventions of the sixth round: each rule with a realistic sentence and exact values."""

from __future__ import annotations

import datetime as dt

import pytest

from newstimeline.timex import tag

DCT = dt.date(2007, 10, 25)  # a Thursday


def tagged(text: str, dct: dt.date = DCT) -> list[tuple[str, str, str]]:
    return [(e.span.text, e.type, e.value) for e in tag(text, dct)]


@pytest.mark.parametrize(("text", "expected"), [
    ("Lawyers for the family emerged from their third day-long meeting with officials.",
     [("day-long", "DURATION", "P1D")]),
    ("The boy has become a symbol of the government's decades-long feud with the exiles.",
     [("decades-long", "DURATION", "PXY")]),
    ("Workers ended a weeks-long strike at the port.", [("weeks-long", "DURATION", "PXW")]),
    # With a count the duration rule keeps the number.
    ("Delegates began a two-day-long summit in Lima.", [("two-day-long", "DURATION", "P2D")]),
    # "a" counts one unit only: before a plural it belongs to the noun phrase.
    ("Workers ended a months-long strike at the port.", [("months-long", "DURATION", "PXM")]),
])
def test_a_unit_long_compound_is_a_duration(
        text: str, expected: list[tuple[str, str, str]]) -> None:
    assert tagged(text) == expected


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
    assert tagged(text) == expected


def test_an_early_season_narrows_the_interval_to_its_first_part() -> None:
    [summer] = tag("Sales slowed in the early summer.", DCT)
    assert (summer.interval.earliest, summer.interval.latest) == (
        dt.date(2007, 6, 1), dt.date(2007, 6, 30))
