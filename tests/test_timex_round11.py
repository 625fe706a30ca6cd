"""Rules of the eleventh round (tokenized copy, periods in force, dates joined by "and"): each
with a realistic sentence and exact values."""

from __future__ import annotations

import datetime as dt

import pytest

from newstimeline.timex import tag

DCT = dt.date(2011, 10, 6)  # a Thursday


def tagged(text: str, dct: dt.date = DCT) -> list[tuple[str, str, str]]:
    return [(e.span.text, e.type, e.value) for e in tag(text, dct)]


@pytest.mark.parametrize(("text", "expected"), [
    # Tokenized text sets the comma off; the year still belongs to the date.
    ("Jobs , born in San Francisco on February 24 , 1955 , has built the most valuable company .",
     [("February 24 , 1955", "DATE", "1955-02-24")]),
    ("Apple launched the iTunes Music Store on April 28 , 2003 .",
     [("April 28 , 2003", "DATE", "2003-04-28")]),
    ("The contract was signed on 21 September , 2004 in London .",
     [("21 September , 2004", "DATE", "2004-09-21")]),
    # Ordinary copy is unchanged.
    ("Jobs, born in San Francisco on February 24, 1955, built Apple.",
     [("February 24, 1955", "DATE", "1955-02-24")]),
])
def test_a_comma_set_off_by_tokenization_keeps_the_year_with_its_date(
        text: str, expected: list[tuple[str, str, str]]) -> None:
    assert tagged(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # The quarter named after an older year is the period in force for "the previous year".
    ("Its stock doubled in 2005. During the first quarter Apple sold 21 million iPods, a growth "
     "of 50 percent compared to the previous year.",
     [("2005", "DATE", "2005"), ("the first quarter", "DATE", "2007-Q1"),
      ("the previous year", "DATE", "2006")]),
    # ... and for "that year".
    ("The plant opened in 1987. In the third quarter of 1989 it lost money; that year it closed "
     "two lines.",
     [("1987", "DATE", "1987"), ("the third quarter of 1989", "DATE", "1989-Q3"),
      ("that year", "DATE", "1989")]),
])
def test_a_quarter_named_is_the_period_in_force_for_anaphoric_years(
        text: str, expected: list[tuple[str, str, str]]) -> None:
    assert tagged(text, dt.date(2007, 1, 18)) == expected


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


def test_the_search_past_a_window_stops_at_a_word_end_not_inside_a_word() -> None:
    # "Eastern" holds "Easter": the search past the window stops at a word's end, not inside it.
    text = ("Delta attributed the increase to higher passenger traffic, new international routes "
            "and reduced service by rival Eastern Airlines at Easter.")
    assert [(e.span.text, e.value) for e in tag(text, dt.date(1989, 10, 26))] == [
        ("Easter", "1989-03-26")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Apple shares slid $19.37 in after hours trading, a drop of over 5%.", []),
    # A counted stretch beside it is still one.
    ("Apple shares slid in after hours trading, two hours after the announcement.",
     [("two hours", "DURATION", "PT2H")]),
])
def test_after_hours_trading_without_its_hyphen_is_no_stretch_of_hours(
        text: str, expected: list[tuple[str, str, str]]) -> None:
    assert tagged(text, dt.date(2011, 8, 25)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("A ceremonial accession would still be held at the NATO Washington summit on April 24 "
     "and 25.",
     [("April 24", "DATE", "1999-04-24"), ("25", "DATE", "1999-04-25")]),
    ("The talks are set for Oct. 5 and 6 in Geneva, officials said.",
     [("Oct. 5", "DATE", "1999-10-05"), ("6", "DATE", "1999-10-06")]),
    # A year written after the second day belongs to both.
    ("The hearings were held on March 3 and 4, 1998, in Washington.",
     [("March 3", "DATE", "1998-03-03"), ("4, 1998", "DATE", "1998-03-04")]),
    # A count after "and" is no day; a clock time keeps its number.
    ("On April 24 and 25 people died in the clashes.", [("April 24", "DATE", "1998-04-24")]),
    ("The offer expired Oct. 5 and 6 p.m. Friday.",
     [("Oct. 5", "DATE", "1998-10-05"), ("6 p.m. Friday", "TIME", "1999-02-05T18:00")]),
])
def test_a_second_day_after_and_shares_the_month_of_the_first(
        text: str, expected: list[tuple[str, str, str]]) -> None:
    assert tagged(text, dt.date(1999, 2, 10)) == expected


@pytest.mark.parametrize(("dct", "text", "expected"), [
    # The month just ended would be "last month": "last February" in a March story is a year back.
    (dt.date(1998, 3, 1), "Netanyahu's remarks followed the crash of two military helicopters "
     "last February.", [("last February", "DATE", "1997-02")]),
    # Other months are the latest before the story's month, as before.
    (dt.date(1998, 3, 1), "The plant closed last January, workers said.",
     [("last January", "DATE", "1998-01")]),
    (dt.date(1998, 3, 1), "The plant closed last March, workers said.",
     [("last March", "DATE", "1997-03")]),
    # "This past February" is the month just ended; "last December" in January last year's.
    (dt.date(1998, 3, 1), "Sales slumped this past February.",
     [("this past February", "DATE", "1998-02")]),
    (dt.date(1998, 1, 15), "The plant closed last December.", [("last December", "DATE", "1997-12")]),
])
def test_last_with_the_month_just_ended_is_a_year_back(
        dct: dt.date, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert tagged(text, dct) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The vote is scheduled for March 25-26 in Brussels.",
     [("March 25", "DATE", "2013-03-25"), ("26", "DATE", "2013-03-26")]),
    ("The festival runs Aug. 1 through 10.",
     [("Aug. 1", "DATE", "2013-08-01"), ("10", "DATE", "2013-08-10")]),
    ("The fair was held Oct. 5\u20137, 1998, in Paris.",
     [("Oct. 5", "DATE", "1998-10-05"), ("7, 1998", "DATE", "1998-10-07")]),
    # An amount is no day.
    ("The rate rose March 3 to 5.2 percent.", [("March 3", "DATE", "2013-03-03")]),
])
def test_a_range_of_days_in_one_month_tags_its_last_day_too(
        text: str, expected: list[tuple[str, str, str]]) -> None:
    assert tagged(text, dt.date(2013, 3, 14)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A timetable in the present looks ahead for a clock time on a weekday too (Thursday story).
    ("Voting ends at midnight Saturday, election officials said.",
     [("midnight Saturday", "TIME", "2013-03-16T24:00")]),
    ("The offer expires at 5 p.m. Friday.", [("5 p.m. Friday", "TIME", "2013-03-15T17:00")]),
    ("The talks resume at noon Monday.", [("noon Monday", "TIME", "2013-03-18T12:00")]),
    # A past clause still looks back.
    ("The offer expired at 5 p.m. Friday.", [("5 p.m. Friday", "TIME", "2013-03-08T17:00")]),
])
def test_a_clock_time_on_a_weekday_after_a_timetable_verb_is_ahead(
        text: str, expected: list[tuple[str, str, str]]) -> None:
    assert tagged(text, dt.date(2013, 3, 14)) == expected


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
    ("The Fed's policy committee meets every six weeks.",
     [("every six weeks", "SET", "P6W")]),
    ("During rush hour trains leave every 15 minutes.", [("every 15 minutes", "SET", "PT15M")]),
    ("Every two hours, a bus leaves for the border.", [("Every two hours", "SET", "PT2H")]),
    ("Elections are held every four years.", [("every four years", "SET", "P4Y")]),
])
def test_every_counted_unit_recurs(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert tagged(text, dt.date(2013, 3, 14)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A clock time "on" a date is that date's time, as "2 p.m. on Friday" already was.
    ("The talks are scheduled for 2 p.m. GMT on March 20.",
     [("2 p.m. GMT on March 20", "TIME", "2013-03-20T14:00")]),
    ("The vote was held at 10 a.m. on March 3, 2012.",
     [("10 a.m. on March 3, 2012", "TIME", "2012-03-03T10:00")]),
])
def test_a_clock_time_on_a_date_is_that_dates_time(
        text: str, expected: list[tuple[str, str, str]]) -> None:
    assert tagged(text, dt.date(2013, 3, 14)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The folk festival takes place every summer in the old port.",
     [("every summer", "SET", "XXXX-SU")]),
    ("Each winter the mountain roads close for weeks.",
     [("Each winter", "SET", "XXXX-WI"), ("weeks", "DURATION", "PXW")]),
])
def test_every_season_recurs(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert tagged(text, dt.date(2013, 3, 14)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Jobs has been on medical leave since January of this year.",
     [("January of this year", "DATE", "2011-01")]),
    ("The plant closed in March of last year.", [("March of last year", "DATE", "2010-03")]),
])
def test_a_month_of_a_year_named_by_its_distance_is_one_expression(
        text: str, expected: list[tuple[str, str, str]]) -> None:
    assert tagged(text, dt.date(2011, 8, 25)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The merger deal took months to negotiate.", [("months", "DURATION", "PXM")]),
    ("Relatives have waited years for an answer.", [("years", "DURATION", "PXY")]),
])
def test_units_spent_on_something_are_a_stretch_of_unstated_length(
        text: str, expected: list[tuple[str, str, str]]) -> None:
    assert tagged(text, dt.date(2013, 3, 14)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A count of units after "in", in a clause that looks ahead, is the time that far ahead.
    ("The preferred stock would be redeemed in five years, subject to the company's debt.",
     [("five years", "DATE", "1994")]),
    ("Officials said the bridge will reopen in two weeks.", [("two weeks", "DATE", "1989-W46")]),
    ("The talks will resume in three days.", [("three days", "DATE", "1989-11-05")]),
    # In a past clause, or for clock units, it stays a stretch of time.
    ("The plant was built in two years.", [("two years", "DURATION", "P2Y")]),
    ("The results will be known in 24 hours.", [("24 hours", "DURATION", "PT24H")]),
])
def test_in_a_count_of_units_looking_ahead_is_a_date(
        text: str, expected: list[tuple[str, str, str]]) -> None:
    assert tagged(text, dt.date(1989, 11, 2)) == expected
