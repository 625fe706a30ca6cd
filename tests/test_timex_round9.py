"""News conventions of the ninth round: each rule with a realistic sentence and exact values."""

from __future__ import annotations

import datetime as dt

import pytest

from newstimeline.timex import tag

DCT = dt.date(2007, 10, 25)  # a Thursday


def tagged(text: str, dct: dt.date = DCT) -> list[tuple[str, str, str]]:
    return [(e.span.text, e.type, e.value) for e in tag(text, dct)]


@pytest.mark.parametrize(("text", "expected"), [
    ("Hardliners opposed to the rebels' 8-month-old truce set off a car bomb.",
     [("8-month-old", "DURATION", "P8M")]),
    ("Talks to end the 10-day-old strike at the port broke down.",
     [("10-day-old", "DURATION", "P10D")]),
    ("Mediators tried to break a two-week-old standoff over the budget.",
     [("two-week-old", "DURATION", "P2W")]),
    # The age of a person or a thing is no time.
    ("A 6-year-old boy was pulled from the water.", []),
    ("The foreign ministers marked their entry into the 50-year-old alliance.", []),
    ("Mr. Reupke, 52 years old, will step down.", []),
])
def test_the_counted_age_of_a_lasting_state_of_affairs_is_a_duration(
        text: str, expected: list[tuple[str, str, str]]) -> None:
    assert tagged(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The company expects losses in the first two quarters of 1990.",
     [("the first two quarters of 1990", "DATE", "1990-H1")]),
    ("Sales should recover in the last two quarters of fiscal 2008.",
     [("the last two quarters of fiscal 2008", "DATE", "2008-H2")]),
    # Without a year it stays a stretch of two quarters.
    ("Losses in the first two quarters were heavy.",
     [("the first two quarters", "DURATION", "P2Q")]),
])
def test_two_quarters_of_a_named_year_are_its_half(
        text: str, expected: list[tuple[str, str, str]]) -> None:
    assert tagged(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Net income for the third quarter fell to $1.2 million. This quarter's loss includes "
     "pretax charges of $3 million.",
     [("the third quarter", "DATE", "2007-Q3"), ("This quarter", "DATE", "2007-Q3")]),
    # A clause that looks ahead means the quarter still running.
    ("Net income for the third quarter fell. The company expects to return to profit this "
     "quarter.",
     [("the third quarter", "DATE", "2007-Q3"), ("this quarter", "DATE", "2007-Q4")]),
    # With no quarter reported on, "this quarter" is the story's.
    ("Shipments this quarter are running ahead of plan.", [("this quarter", "DATE", "2007-Q4")]),
])
def test_this_quarter_in_a_report_is_the_quarter_reported_on(
        text: str, expected: list[tuple[str, str, str]]) -> None:
    assert tagged(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ('"If I were choosing the people of tomorrow, I would choose these," he said.', []),
    ("The youth of today read fewer newspapers.", []),
    # A relative day after "of" and a noun that names no generic group is still a day.
    ("The results of today's vote will be known soon.",
     [("today", "DATE", "2007-10-25"), ("soon", "DATE", "FUTURE_REF")]),
    ("He will leave by the end of tomorrow.", [("tomorrow", "DATE", "2007-10-26")]),
])
def test_a_generic_group_of_tomorrow_is_no_day(
        text: str, expected: list[tuple[str, str, str]]) -> None:
    assert tagged(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The shares rose to a high for the year of $42.875 in June.",
     [("the year", "DATE", "2007"), ("June", "DATE", "2007-06")]),
    # "of" before anything but a sum still ties the year to what follows.
    ("Profit for the year of 1988 was restated.", [("1988", "DATE", "1988")]),
    ("It was the year of the dragon.", []),
])
def test_of_before_a_sum_of_money_leaves_the_year_alone(
        text: str, expected: list[tuple[str, str, str]]) -> None:
    assert tagged(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("In the comparable year-ago quarter, the second quarter ended Oct. 31, the chain had a "
     "loss.",
     [("the comparable year-ago quarter", "DATE", "2006-Q2"),
      ("the second quarter", "DATE", "2006-Q2"), ("Oct. 31", "DATE", "2006-10-31")]),
    # Without the comma it is no apposition: the comparison keeps the quarter in force.
    ("Net income for the third quarter rose from the year-ago quarter and the second quarter.",
     [("the third quarter", "DATE", "2007-Q3"), ("the year-ago quarter", "DATE", "2006-Q3"),
      ("the second quarter", "DATE", "2007-Q2")]),
])
def test_a_quarter_named_by_reference_then_by_number_is_that_quarter(
        text: str, expected: list[tuple[str, str, str]]) -> None:
    assert tagged(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The gain would mean nearly twice as high a dividend this year as last.",
     [("this year", "DATE", "2007"), ("last", "DATE", "2006")]),
    ("Sales rose faster this year than last, the company said.",
     [("this year", "DATE", "2007"), ("last", "DATE", "2006")]),
    # "as last reported" is an adverb; "as last year" is the ordinary expression.
    ("Profit this year as last reported was flat.", [("this year", "DATE", "2007")]),
    ("Output this year was as high as last year.",
     [("this year", "DATE", "2007"), ("last year", "DATE", "2006")]),
])
def test_last_after_this_year_stands_for_last_year(
        text: str, expected: list[tuple[str, str, str]]) -> None:
    assert tagged(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Upjohn is offering a one-time retirement bonus equal to six months of base pay.", []),
    ("Laid-off workers will receive two weeks' pay and their pensions.", []),
    # Time spent on something is still a stretch of time.
    ("The strike followed six months of talks.", [("six months", "DURATION", "P6M")]),
])
def test_money_counted_in_units_of_time_is_no_duration(
        text: str, expected: list[tuple[str, str, str]]) -> None:
    assert tagged(text) == expected
