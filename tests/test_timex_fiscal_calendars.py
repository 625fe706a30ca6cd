"""Fiscal calendars: the days a quarter or fiscal year covers follow what the text says about the
company's calendar (a closing day, the fiscal year's end), while the TIMEX3 values stay as TimeML
writes them ("fiscal 2004" is 2004, "the fiscal first quarter" YYYY-Q1)."""

from __future__ import annotations

import datetime as dt

from newstimeline.models import Precision, TimeExpression
from newstimeline.timex import tag
from newstimeline.timex.fiscal import (
    fiscal_quarter_span,
    fiscal_year_span,
    months_ending,
    year_end_after_quarter,
)

D = dt.date


def days(text: str, dct: dt.date) -> list[tuple[str, str, dt.date | None, dt.date | None]]:
    """(span text, value, first day, last day) of each expression."""
    return [(e.span.text, e.value, e.interval.earliest, e.interval.latest)
            for e in tag(text, dct)]


def expression(text: str, dct: dt.date, span: str) -> TimeExpression:
    """The expression with this span text."""
    return next(e for e in tag(text, dct) if e.span.text == span)


# Rule 1: a quarter given by its closing day spans the three months ending then.

def test_fiscal_quarter_dated_by_a_later_closing_day_takes_those_months() -> None:
    text = ("Copperline Systems Inc. said net income rose 12% in the fiscal first quarter. "
            "Revenue in the quarter ended Sept. 30 climbed to $41.2 million.")
    found = days(text, D(2003, 10, 21))
    assert found[:2] == [
        ("the fiscal first quarter", "2003-Q1", D(2003, 7, 1), D(2003, 9, 30)),
        ("the quarter", "2003-Q1", D(2003, 7, 1), D(2003, 9, 30))]
    assert "three months ended Sept. 30" in expression(
        text, D(2003, 10, 21), "the fiscal first quarter").explanation


def test_three_months_ended_a_day_span_the_three_months_before_it() -> None:
    text = ("Harbor Foods Corp. posted a net loss of $2.1 million for the three months ended "
            "Oct. 31, as grocery prices slipped.")
    stretch = expression(text, D(2003, 11, 20), "the three months")
    assert (stretch.type, stretch.value) == ("DURATION", "P3M")
    assert (stretch.interval.earliest, stretch.interval.latest) == (D(2003, 8, 1), D(2003, 10, 31))


def test_nine_months_ended_a_day_span_the_nine_months_before_it() -> None:
    text = "For the nine months ended Sept. 30, Lakeview Bancorp earned $18 million."
    stretch = expression(text, D(2003, 10, 28), "the nine months")
    assert (stretch.interval.earliest, stretch.interval.latest) == (D(2003, 1, 1), D(2003, 9, 30))


def test_quarter_which_ended_in_a_month_ends_with_that_month() -> None:
    text = ("Pine Ridge Software said revenue in the first quarter, which ended in June, rose 8% "
            "to $12 million.")
    assert days(text, D(2003, 7, 22))[0] == (
        "the first quarter", "2003-Q1", D(2003, 4, 1), D(2003, 6, 30))


def test_numbered_quarter_ended_off_the_calendar_and_its_year_ago_comparison() -> None:
    text = ("Galloway Stores said net income in the second quarter ended Oct. 31 fell to "
            "$3 million from $5 million a year earlier.")
    found = days(text, D(2003, 11, 25))
    assert found[0] == ("the second quarter", "2003-Q2", D(2003, 8, 1), D(2003, 10, 31))
    assert ("a year earlier", "2002-Q2", D(2002, 8, 1), D(2002, 10, 31)) in found


def test_quarter_ended_inside_a_month_covers_thirteen_weeks_or_so() -> None:
    text = "Brightway Foods reported a profit for the fourth quarter ended Aug. 26."
    assert days(text, D(2003, 9, 30))[0] == (
        "the fourth quarter", "2003-Q4", D(2003, 5, 27), D(2003, 8, 26))


# Rule 2: once the text names the fiscal year's end, later fiscal periods take that calendar.

def test_fiscal_year_ending_sept_30_moves_fiscal_years_and_quarters() -> None:
    text = ("Granite Tool Co., whose fiscal year ends Sept. 30, expects fiscal 2004 earnings "
            "of $2 a share. In the fiscal first quarter it plans to open two plants.")
    found = {span: (value, first, last) for span, value, first, last in days(
        text, D(2003, 11, 4))}
    assert found["fiscal 2004"] == ("2004", D(2003, 10, 1), D(2004, 9, 30))
    assert found["the fiscal first quarter"] == ("2003-Q1", D(2003, 10, 1), D(2003, 12, 31))


def test_fourth_fiscal_quarter_of_a_year_ending_in_june() -> None:
    text = ("Marlow Instruments, which has a fiscal year ending in June, said orders in the "
            "fourth fiscal quarter rose 15%.")
    found = days(text, D(2003, 8, 5))
    assert ("the fourth fiscal quarter", "2002-Q4", D(2003, 4, 1), D(2003, 6, 30)) in found
    assert "ending in June" in expression(text, D(2003, 8, 5), "the fourth fiscal quarter") \
        .explanation


def test_fiscal_year_ended_a_day_dates_the_next_fiscal_year_and_its_quarters() -> None:
    text = ("Its fiscal 2003 ended Sept. 30. For fiscal 2004, the company forecast higher "
            "sales, and it said the first quarter of fiscal 2004 had started strongly.")
    found = {span: (value, first, last) for span, value, first, last in days(
        text, D(2003, 11, 4))}
    assert found["fiscal 2003"] == ("2003", D(2002, 10, 1), D(2003, 9, 30))
    assert found["fiscal 2004"] == ("2004", D(2003, 10, 1), D(2004, 9, 30))
    assert found["the first quarter of fiscal 2004"] == (
        "2004-Q1", D(2003, 10, 1), D(2003, 12, 31))


def test_next_fiscal_year_of_a_retailer_ending_in_january() -> None:
    text = ("The retailer, which has a fiscal year ending in January, said it expects "
            "next fiscal year to bring 40 new stores.")
    assert ("next fiscal year", "2005", D(2005, 2, 1), D(2006, 1, 31)) in days(
        text, D(2004, 3, 4))


def test_fiscal_quarter_closing_day_tells_the_calendar_of_later_fiscal_years() -> None:
    text = ("Redfern Labs earned $6 million in the fiscal first quarter ended Sept. 30. "
            "It reaffirmed its forecast for fiscal 2004.")
    assert ("fiscal 2004", "2004", D(2003, 7, 1), D(2004, 6, 30)) in days(text, D(2003, 10, 22))


def test_fiscal_period_named_before_the_year_end_is_said_keeps_its_calendar_days() -> None:
    text = ("Fiscal 2004 will be a record year, Northgate Corp. said. Its fiscal year ends "
            "June 30, and it expects fiscal 2005 sales of $1 billion.")
    found = {span: (first, last) for span, _, first, last in days(text, D(2003, 9, 10))}
    assert found["Fiscal 2004"] == (D(2004, 1, 1), D(2004, 12, 31))
    assert found["fiscal 2005"] == (D(2004, 7, 1), D(2005, 6, 30))


# Rule 3: with no evidence of the calendar, the calendar period stays, and the explanation says so.

def test_fiscal_periods_without_a_calendar_keep_calendar_days_and_say_so() -> None:
    text = ("Delta Valley Growers earned $40 million in fiscal 2003 and said fiscal "
            "second-quarter sales slowed.")
    for e in tag(text, D(2003, 10, 21)):
        assert "fiscal calendar unknown" in e.explanation
    assert days(text, D(2003, 10, 21)) == [
        ("fiscal 2003", "2003", D(2003, 1, 1), D(2003, 12, 31)),
        ("fiscal second-quarter", "2003-Q2", D(2003, 4, 1), D(2003, 6, 30))]


def test_calendar_quarter_without_fiscal_words_says_nothing_of_fiscal_calendars() -> None:
    text = "Orchard Bank said profit in the third quarter rose 4%."
    found = expression(text, D(2003, 10, 21), "the third quarter")
    assert "fiscal" not in found.explanation
    assert (found.interval.earliest, found.interval.latest) == (D(2003, 7, 1), D(2003, 9, 30))


# The calendar arithmetic itself.

def test_fiscal_calendar_arithmetic() -> None:
    assert year_end_after_quarter(1, 9) == 6
    assert year_end_after_quarter(2, 10) == 4
    assert year_end_after_quarter(4, 12) == 12
    span = fiscal_year_span(2004, 9)
    assert (span.earliest, span.latest) == (D(2003, 10, 1), D(2004, 9, 30))
    first = fiscal_quarter_span(2004, 1, 9)
    assert (first.earliest, first.latest) == (D(2003, 10, 1), D(2003, 12, 31))
    february = months_ending(D(2004, 2, 29), 3, Precision.QUARTER)
    assert (february.earliest, february.latest) == (D(2003, 12, 1), D(2004, 2, 29))
