"""Named holidays resolve to their date in the year the text or its tense points to."""

from __future__ import annotations

import datetime as dt

import pytest

from newstimeline.timex import calendar as cal
from newstimeline.timex import tag

DCT = dt.date(2011, 10, 20)


def values(text: str) -> list[tuple[str, str]]:
    return [(e.span.text, e.value) for e in tag(text, DCT)]


@pytest.mark.parametrize(("year", "expected"), [
    (2000, dt.date(2000, 4, 23)), (2011, dt.date(2011, 4, 24)), (2024, dt.date(2024, 3, 31))])
def test_easter_computus(year: int, expected: dt.date) -> None:
    assert cal.easter(year) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Retailers will open early on Thanksgiving Day.", [("Thanksgiving Day", "2011-11-24")]),
    ("Turnout fell on Election Day 2010.", [("Election Day 2010", "2010-11-02")]),
    ("The pair married last Christmas.", [("last Christmas", "2010-12-25")]),
    ("Parliament will sit again after Easter week.", [("Easter week", "2012-W14")]),
    ("Memorial Day, 2009 was rainy.", [("Memorial Day, 2009", "2009-05-25")]),
])
def test_holidays(text: str, expected: list[tuple[str, str]]) -> None:
    assert values(text) == expected


def test_holiday_words_inside_other_names_are_not_holidays() -> None:
    assert values("Eastern Europe's new labor laws and the Christmas Island ferry.") == []


@pytest.mark.parametrize(("text", "expected"), [
    # "weekend" is not "week" and a remainder: the weekend holding the holiday.
    ("Police expect heavy traffic over the Thanksgiving weekend.",
     [("Thanksgiving weekend", "2011-W47-WE")]),
    ("Parliament will sit again after Easter week.", [("Easter week", "2012-W14")]),
])
def test_a_holiday_weekend_is_the_weekend_holding_it(
        text: str, expected: list[tuple[str, str]]) -> None:
    assert values(text) == expected
