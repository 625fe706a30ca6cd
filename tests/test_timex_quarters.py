"""Quarters in financial copy: numbered, hyphenated, anaphoric and year-earlier forms."""

from __future__ import annotations

import datetime as dt

from newstimeline.timex import tag

DCT = dt.date(2003, 10, 24)  # early in the fourth quarter


def values(text: str, dct: dt.date = DCT) -> list[tuple[str, str]]:
    return [(e.span.text, e.value) for e in tag(text, dct)]


def test_hyphenated_quarter_adjective_is_the_latest_such_quarter() -> None:
    assert values("Acme Corp. said third-quarter profit rose 12%.") == [
        ("third-quarter", "2003-Q3")]


def test_quarter_not_yet_begun_in_past_clause_is_last_years() -> None:
    text = "Widget makers said sales fell in the fourth quarter."
    assert values(text, dt.date(2004, 2, 10)) == [("the fourth quarter", "2003-Q4")]


def test_the_quarter_refers_to_the_quarter_in_force() -> None:
    text = ("Acme's second-quarter earnings beat forecasts. Revenue in the quarter rose 8% "
            "from the year-ago period.")
    assert values(text) == [("second-quarter", "2003-Q2"), ("the quarter", "2003-Q2"),
                            ("the year-ago period", "2002-Q2")]


def test_a_year_earlier_after_a_quarter_is_that_quarter_a_year_back() -> None:
    text = "Net income in the third quarter was $4 million, up from $3 million a year earlier."
    assert values(text) == [("the third quarter", "2003-Q3"), ("a year earlier", "2002-Q3")]


def test_quarter_with_year_before_it_and_year_earlier_adjective() -> None:
    text = "The 2001 second quarter was weak; year-earlier results included a charge."
    assert values(text) == [("The 2001 second quarter", "2001-Q2"), ("year-earlier", "2000-Q2")]


def test_the_latest_quarter_without_one_in_force_is_the_last_full_quarter() -> None:
    assert values("Shipments dipped in the latest quarter.") == [("the latest quarter", "2003-Q3")]


def test_the_period_alone_is_not_a_quarter() -> None:
    assert values("During the period, the union held several strikes.") == []


def test_three_quarters_is_a_fraction_not_a_duration() -> None:
    assert values("About three-quarters of the voters turned out.") == []


def test_a_quarter_of_a_noun_is_a_fraction_but_of_a_century_a_duration() -> None:
    assert values("Pension funds hold more than a quarter of the bond market.") == []
    assert values("He ran the firm for a quarter of a century.") == [
        ("a quarter of a century", "P25Y")]


def test_quarter_ended_is_the_calendar_quarter_it_mostly_covers() -> None:
    assert values("Jayark lost money in the quarter ended July 31.") == [
        ("the quarter", "2003-Q2"), ("July 31", "2003-07-31")]


def test_corresponding_period_last_year_is_a_year_before_the_quarter_in_force() -> None:
    text = "Third-quarter profit rose, against a loss in the corresponding period last year."
    assert values(text) == [("Third-quarter", "2003-Q3"),
                            ("the corresponding period last year", "2002-Q3")]


OCT_1989 = dt.date(1989, 10, 27)


def test_quarter_named_in_passing_does_not_replace_the_reported_one() -> None:
    text = ("Kimberly-Clark posted a 20% gain in third-quarter net income. After a flat second "
            "quarter, it credited its consumer businesses. The quarter-to-quarter comparison was "
            "helped by charges taken in the year-earlier period.")
    assert values(text, OCT_1989) == [
        ("third-quarter", "1989-Q3"), ("second quarter", "1989-Q2"),
        ("the year-earlier period", "1988-Q3")]


def test_quarter_given_by_its_closing_date_replaces_the_one_in_force() -> None:
    text = ("Harbor Mills said second-quarter sales slipped. For the quarter ended Sept. 30, "
            "it posted net income of $13 million, up from $10 million a year earlier.")
    assert values(text, OCT_1989) == [
        ("second-quarter", "1989-Q2"), ("the quarter", "1989-Q3"),
        ("Sept. 30", "1989-09-30"), ("a year earlier", "1988-Q3")]


def test_recent_quarter_replaces_a_historical_one() -> None:
    text = ("CMS stopped paying a dividend in the third quarter of 1984. CMS reported "
            "third-quarter net of $68.2 million, up from $66.8 million a year ago.")
    assert values(text, OCT_1989) == [
        ("the third quarter of 1984", "1984-Q3"), ("third-quarter", "1989-Q3"),
        ("a year ago", "1988-Q3")]


def test_period_with_a_year_is_the_quarter_in_force_in_that_year() -> None:
    text = ("Profit rose in the third quarter. In the 1989 period, interest expense was lower; "
            "the 1988 quarter included a charge.")
    assert values(text, OCT_1989) == [
        ("the third quarter", "1989-Q3"), ("the 1989 period", "1989-Q3"),
        ("the 1988 quarter", "1988-Q3")]


def test_nine_month_stretch_replaces_the_quarter_for_comparisons() -> None:
    text = ("Net rose in the third quarter. Net for the nine months was $254 million, up from "
            "$163 million a year earlier. Net for the year-earlier period included a gain.")
    assert [(e.span.text, e.type, e.value) for e in tag(text, OCT_1989)] == [
        ("the third quarter", "DATE", "1989-Q3"), ("the nine months", "DURATION", "P9M"),
        ("a year earlier", "DATE", "1988"), ("the year-earlier period", "DURATION", "P9M")]


def test_last_years_quarter_is_the_quarter_in_force_a_year_back() -> None:
    text = "Third-quarter profit rose 5%. Revenue was flat with last year's quarter."
    assert values(text, OCT_1989) == [("Third-quarter", "1989-Q3"),
                                      ("last year's quarter", "1988-Q3")]


def test_fiscal_quarter_keeps_its_number_when_given_its_closing_date() -> None:
    # A fiscal quarter is written as named: its closing date does not turn it into the calendar
    # quarter the date falls in, and the comparisons that follow are with it.
    text = ("Orbit Software said it earned $3 million in the fiscal first quarter. Sales for the "
            "quarter ended Sept. 30 rose 9% from a year earlier. In the 2002 period, it lost "
            "money.")
    assert values(text) == [
        ("the fiscal first quarter", "2003-Q1"), ("the quarter", "2003-Q1"),
        ("Sept. 30", "2003-09-30"), ("a year earlier", "2002-Q1"), ("the 2002 period", "2002-Q1")]


def test_calendar_quarter_after_a_fiscal_one_takes_over() -> None:
    # A second company reporting on a calendar quarter: comparisons now refer to that quarter.
    text = ("Delta Freight earned a record in the fiscal first quarter. Separately, Mesa Air "
            "reported third-quarter profit of $5 million, up from $4 million a year earlier.")
    assert values(text) == [
        ("the fiscal first quarter", "2003-Q1"), ("third-quarter", "2003-Q3"),
        ("a year earlier", "2002-Q3")]
