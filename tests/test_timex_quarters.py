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


def test_quarter_ended_is_the_calendar_quarter_it_mostly_covers() -> None:
    assert values("Jayark lost money in the quarter ended July 31.") == [
        ("the quarter", "2003-Q2"), ("July 31", "2003-07-31")]


def test_corresponding_period_last_year_is_a_year_before_the_quarter_in_force() -> None:
    text = "Third-quarter profit rose, against a loss in the corresponding period last year."
    assert values(text) == [("Third-quarter", "2003-Q3"),
                            ("the corresponding period last year", "2002-Q3")]
