"""Quarters and halves in financial copy: numbered, hyphenated, anaphoric, fiscal and year-earlier
forms, the quarter a closing date points to, halves, and periods that are no quarter."""

from __future__ import annotations

import datetime as dt

import pytest

from newstimeline.timex import tag
from tests.timex_helpers import OCTOBER_25_2007, tagged

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


def test_year_earlier_adjective_after_a_nine_month_stretch_is_the_year_back() -> None:
    # "year-earlier net income" in a sentence on the nine months compares with the same stretch
    # a year back, as "a year earlier" there does: the year, not the last full quarter.
    text = ("Harbor Mills lost money in the third quarter. For the nine months, it reported a "
            "net loss of $6 million, compared with year-earlier net income of $9 million. "
            "The year-ago results included a gain on the sale of a plant.")
    assert values(text, OCT_1989) == [
        ("the third quarter", "1989-Q3"), ("the nine months", "P9M"),
        ("year-earlier", "1988"), ("year-ago", "1988")]


def test_year_earlier_adjective_with_the_quarter_in_force_stays_that_quarter() -> None:
    text = ("Harbor Mills reported a third-quarter loss of $2 million, compared with a "
            "year-earlier loss of $1 million.")
    assert values(text, OCT_1989) == [("third-quarter", "1989-Q3"), ("year-earlier", "1988-Q3")]


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


def test_a_fiscal_quarter_after_a_calendar_one_is_the_quarter_in_force() -> None:
    # A roundup of earnings: the second company reports a fiscal quarter; its "quarter ended
    # Sept. 30" keeps the fiscal number, and so does "the latest period".
    text = ("Alcan posted third-quarter net income of $40 million. "
            "Metals Corp. posted net income for the fiscal second-quarter of $8.6 million. "
            "Sales increased in the quarter ended Sept. 30 to $747.8 million. "
            "The latest period includes gains from the retirement of debt.")
    values = [(text_, value) for text_, _, value in tagged(text, dt.date(2007, 10, 26))]
    assert values == [("third-quarter", "2007-Q3"), ("fiscal second-quarter", "2007-Q2"),
                      ("the quarter", "2007-Q2"), ("Sept. 30", "2007-09-30"),
                      ("The latest period", "2007-Q2")]


@pytest.mark.parametrize(("text", "expected"), [
    # A quarter "ended" on a date after the story's date closed a year before; it becomes the
    # quarter in force ("that quarter"), and the closing date takes the same year. (The year-ago
    # quarter takes the number of the quarter set after it by a comma.)
    ("The operator expects third-quarter net of 15 cents a share. In the comparable year-ago "
     "quarter, the second quarter ended Oct. 31, it had a loss of $12.5 million. Results for "
     "that quarter included a write-down.",
     [("third-quarter", "2007-Q3"), ("the comparable year-ago quarter", "2006-Q2"),
      ("the second quarter", "2006-Q2"), ("Oct. 31", "2006-10-31"), ("that quarter", "2006-Q2")]),
    ("Sales rose 5% in the quarter ended Oct. 31.",
     [("the quarter", "2006-Q3"), ("Oct. 31", "2006-10-31")]),
    # A closing date already passed, or one still ahead ("ending"), is read as before.
    ("The third quarter ended Sept. 30 was the best in years.",
     [("The third quarter", "2007-Q3"), ("Sept. 30", "2007-09-30"), ("years", "PXY")]),
    ("Sales will rise in the quarter ending Dec. 31.",
     [("the quarter", "2007-Q4"), ("Dec. 31", "2007-12-31")]),
])
def test_a_closing_date_after_ended_is_on_or_before_the_story_s_date(
        text: str, expected: list[tuple[str, str]]) -> None:
    assert [(e.span.text, e.value) for e in tag(text, dt.date(2007, 10, 27))] == expected


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
    assert tagged(text, OCTOBER_25_2007) == expected


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
    assert tagged(text, OCTOBER_25_2007) == expected


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
    assert tagged(text, OCTOBER_25_2007) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A spell counted ("his third period of medical leave") is no quarter, even when the words
    # after it lie past the window of the trigger word before it ("this year").
    ("He has been on medical leave since January of this year. This was the founder's third "
     "period of medical leave.",
     [("January of this year", "DATE", "2011-01")]),
    # A quarter of a year named is one; so is a bare "the third period" in earnings copy.
    ("Net income rose this year; in the third period of 1989 sales rose.",
     [("this year", "DATE", "2011"), ("the third period of 1989", "DATE", "1989-Q3")]),
    ("Net income for the year rose; the third period was weak.",
     [("the year", "DATE", "2011"), ("the third period", "DATE", "2011-Q3")]),
])
def test_a_period_of_something_is_no_quarter(
        text: str, expected: list[tuple[str, str, str]]) -> None:
    assert tagged(text, dt.date(2011, 8, 25)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The sale is expected to close in the second half of the year.",
     [("the second half of the year", "DATE", "2013-H2")]),
    ("The plant opens in the second half of next year.",
     [("the second half of next year", "DATE", "2014-H2")]),
    ("Profit rose in the first half of last year.",
     [("the first half of last year", "DATE", "2012-H1")]),
    # "the year" is the year in force when one was named.
    ("The plant opened in 2009. In the first half of the year it lost money.",
     [("2009", "DATE", "2009"), ("the first half of the year", "DATE", "2009-H1")]),
])
def test_a_half_of_a_year_named_by_its_distance_is_that_half(
        text: str, expected: list[tuple[str, str, str]]) -> None:
    assert tagged(text, dt.date(2013, 3, 14)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A calendar quarter not yet begun, named as the time something will happen, is this
    # year's (a March story).
    ("The merger is expected to close in the second quarter, the companies said.",
     [("the second quarter", "2024-Q2")]),
    ("The automaker will restart the plant by the third quarter.",
     [("the third quarter", "2024-Q3")]),
    # The quarter just before the story's may still be reported on: last year's.
    ("The retailer will post a loss in the fourth quarter, it warned.",
     [("the fourth quarter", "2023-Q4")]),
    # Reports cover the latest such quarter; a past clause and fiscal quarters are unchanged.
    ("The company will report its results for the second quarter.",
     [("the second quarter", "2023-Q2")]),
    ("The company said it lost money in the third quarter.", [("the third quarter", "2023-Q3")]),
    ("The chain expects to return to profit in the fiscal third quarter.",
     [("the fiscal third quarter", "2023-Q3")]),
])
def test_a_quarter_ahead_in_a_clause_that_looks_ahead_is_this_years(
        text: str, expected: list[tuple[str, str]]) -> None:
    assert values(text, dt.date(2024, 3, 14)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # Financial shorthand with a year, before or after it.
    ("Revenue in Q4 2023 rose 10 percent from a year earlier.",
     [("Q4 2023", "2023-Q4"), ("a year earlier", "2022-Q4")]),
    ("The 2023 Q3 figures were restated.", [("2023 Q3", "2023-Q3")]),
    ("Shipments for Q2 of 2022 fell.", [("Q2 of 2022", "2022-Q2")]),
    ("Profit in H1 2023 doubled.", [("H1 2023", "2023-H1")]),
    # Without a year, after a preposition or determiner: the latest such period begun, or in a
    # clause that looks ahead the coming one.
    ("Margins improved in Q3, the retailer said.", [("Q3", "2023-Q3")]),
    ("The merger will close in Q2.", [("Q2", "2024-Q2")]),
    ("Margins improved in H2.", [("H2", "2023-H2")]),
    # A name is no quarter: "the Audi Q3"; nor "H2" before a noun with no preposition.
    ("He drives an Audi Q3 to work.", []),
    ("The plant will make H2 fuel cells.", []),
])
def test_quarter_and_half_codes_are_periods(
        text: str, expected: list[tuple[str, str]]) -> None:
    assert values(text, dt.date(2024, 3, 14)) == expected


@pytest.mark.parametrize(("text", "value"), [
    # A clause that looks ahead names the next such quarter: this year's first quarter is over
    # in a November story, so the coming one is next year's.
    ("The company expects the deal to close in the first quarter, it said.", "2023-Q1"),
    ("The merger will be completed by the second quarter.", "2023-Q2"),
    # The quarter under way is still ahead; a past clause keeps this year's.
    ("The plant will reopen in the fourth quarter.", "2022-Q4"),
    ("Profit rose 12 percent in the first quarter.", "2022-Q1"),
    # Results are reported after the fact, whatever the tense.
    ("The company will report third-quarter results next week.", "2022-Q3"),
])
def test_a_quarter_over_this_year_in_a_clause_looking_ahead_is_next_years(
        text: str, value: str) -> None:
    [found] = [v for t, v in values(text, dt.date(2022, 11, 2)) if "quarter" in t.lower()]
    assert found == value


@pytest.mark.parametrize(("text", "dct", "value"), [
    # A quarter named as an adjective in a clause that looks ahead is the coming one.
    ("The company expects a fourth-quarter charge of $20 million.", dt.date(2022, 8, 10),
     "2022-Q4"),
    ("Analysts expect third-quarter earnings to rise.", dt.date(2022, 2, 10), "2022-Q3"),
    # The quarter just before the story's is the one being reported on, even ahead.
    ("The company expects a fourth-quarter charge of $20 million.", dt.date(2022, 2, 10),
     "2021-Q4"),
    # A past clause keeps the latest such quarter begun.
    ("It posted a fourth-quarter loss.", dt.date(2022, 8, 10), "2021-Q4"),
])
def test_a_quarter_adjective_in_a_clause_looking_ahead_is_the_coming_quarter(
        text: str, dct: dt.date, value: str) -> None:
    [(_, found)] = values(text, dct)
    assert found == value
