"""Calendar dates: spelled ordinal days, months before a noun or of a year named by its
distance, "last" with the month just ended, second days and ranges of days sharing a
month, year-ends, and the year a late day of a month falls in. Each rule with a
realistic sentence and exact values."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.timex_helpers import MARCH_8_2007, OCTOBER_25_2007, tagged


@pytest.mark.parametrize(("text", "expected"), [
    ("Voters go to the polls this coming Sunday, March eleventh.",
     [("this coming Sunday, March eleventh", "DATE", "2007-03-11")]),
    ("The ceasefire took effect on February twenty-eighth.",
     [("February twenty-eighth", "DATE", "2007-02-28")]),
    ("The summit opens on the twenty first of May.",
     [("twenty first of May", "DATE", "2007-05-21")]),
    # A spelled ordinal joined to another word is not a day: "May second-quarter sales".
    ("He may second the motion.", []),
])
def test_spelled_ordinal_days_of_the_month(text: str,
                                           expected: list[tuple[str, str, str]]) -> None:
    assert tagged(text, MARCH_8_2007) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The bank said it is still trying to sell itself under a June agreement with its "
     "largest shareholder.", [("June", "DATE", "2007-06")]),
    ("The March accession will let the three countries vote at the summit.",
     [("March", "DATE", "2008-03")]),
    ("Traders still talk about the Oct. sell-off.", [("Oct.", "DATE", "2007-10")]),
    # Before a function word the month is no adjective of a date; "May" is too often a name.
    ("Thousands joined the March on Washington.", []),
    ("Critics of the May government walked out.", []),
])
def test_a_month_before_a_noun_is_a_date(
        text: str, expected: list[tuple[str, str, str]]) -> None:
    assert tagged(text, OCTOBER_25_2007) == expected


@pytest.mark.parametrize(("text", "dct", "expected"), [
    # A closing date two days after the story's date closed a year before, whatever the day of
    # the month: the 29th to the 31st count as written, not as the 28th.
    ("Net income for the year ended Dec. 31 rose.", dt.date(2021, 12, 29),
     [("the year", "DURATION", "P1Y"), ("Dec. 31", "DATE", "2020-12-31")]),
    ("Net income for the year ended Dec. 31 rose.", dt.date(2022, 1, 29),
     [("the year", "DURATION", "P1Y"), ("Dec. 31", "DATE", "2021-12-31")]),
    # A past-tense "Dec. 30" in a Dec. 29 story is within the tense's slack: this year.
    ("The deal was signed on Dec. 30.", dt.date(2021, 12, 29),
     [("Dec. 30", "DATE", "2021-12-30")]),
])
def test_late_days_of_a_month_choose_the_year_as_written(
        text: str, dct: dt.date, expected: list[tuple[str, str, str]]) -> None:
    assert tagged(text, dct) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The shares rose to a high for the year of $42.875 in June.",
     [("the year", "DATE", "2007"), ("June", "DATE", "2007-06")]),
    # "of" before anything but a sum still ties the year to what follows.
    ("Profit for the year of 1988 was restated.", [("1988", "DATE", "1988")]),
    ("It was the year of the dragon.", []),
])
def test_of_before_a_sum_of_money_leaves_the_year_alone(
        text: str, expected: list[tuple[str, str, str]]) -> None:
    assert tagged(text, OCTOBER_25_2007) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "since year-end" in an October story: the close of last year, a starting point (a day).
    ("The index's percentage change is since year-end.", [("year-end", "DATE", "2006-12-31")]),
    # A past clause whose year has not yet ended looks back to last year's end.
    ("Earnings rose last month; their year-end level was below the 2006 mark.",
     [("last month", "DATE", "2007-09"), ("year-end", "DATE", "2006"), ("2006", "DATE", "2006")]),
    # A base year named in passing does not move it ("the close of 1969 equaling 100").
    ("The index is based on the close of 1969 equaling 100. The change shown is since year-end.",
     [("1969", "DATE", "1969"), ("year-end", "DATE", "2006-12-31")]),
    # Ahead, or with no tense, it is this year's end.
    ("The company expects to complete the sale by year-end.", [("year-end", "DATE", "2007")]),
    ("The transaction is expected to close around year end.",
     [("around year end", "DATE", "2007")]),
])
def test_a_year_end_already_passed_is_last_years(
        text: str, expected: list[tuple[str, str, str]]) -> None:
    assert tagged(text, OCTOBER_25_2007) == expected


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
    ("Jobs has been on medical leave since January of this year.",
     [("January of this year", "DATE", "2011-01")]),
    ("The plant closed in March of last year.", [("March of last year", "DATE", "2010-03")]),
])
def test_a_month_of_a_year_named_by_its_distance_is_one_expression(
        text: str, expected: list[tuple[str, str, str]]) -> None:
    assert tagged(text, dt.date(2011, 8, 25)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # Day first, as British and European copy writes it, when the first number is no month.
    ("The summit opens on 14/03/2024 in Brussels.", [("14/03/2024", "DATE", "2024-03-14")]),
    ("The millennium bug was feared for 31/12/1999.", [("31/12/1999", "DATE", "1999-12-31")]),
    # Otherwise month first, as before.
    ("The filing is dated 03/04/2024.", [("03/04/2024", "DATE", "2024-03-04")]),
])
def test_a_numeric_date_whose_first_number_is_no_month_is_day_first(
        text: str, expected: list[tuple[str, str, str]]) -> None:
    assert tagged(text, dt.date(2024, 3, 14)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # The end of a range is the first such date on or after its start.
    ("The rainy season runs from June through September.",
     [("June", "DATE", "2024-06"), ("September", "DATE", "2024-09")]),
    ("The exhibition runs from November to March.",
     [("November", "DATE", "2023-11"), ("March", "DATE", "2024-03")]),
    ("Road works run from Aug. 30 to Sept. 30.",
     [("Aug. 30", "DATE", "2024-08-30"), ("Sept. 30", "DATE", "2024-09-30")]),
    # A list is no range: each month is settled on its own.
    ("Shops closed in May and reopened in August.",
     [("May", "DATE", "2023-05"), ("August", "DATE", "2023-08")]),
])
def test_the_end_of_a_range_follows_its_start(
        text: str, expected: list[tuple[str, str, str]]) -> None:
    assert tagged(text, dt.date(2024, 3, 14)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A day and month with "last/this/next year" after it is that day in that year.
    ("The law took effect on Jan. 1 last year.", [("Jan. 1 last year", "DATE", "2023-01-01")]),
    ("The referendum is set for Oct. 3 next year.",
     [("Oct. 3 next year", "DATE", "2025-10-03")]),
    ("The deal closed June 5, last year.", [("June 5, last year", "DATE", "2023-06-05")]),
    # A month alone, as before.
    ("Ratification began in February this year.", [("February this year", "DATE", "2024-02")]),
])
def test_a_day_with_a_year_named_by_its_distance_is_in_that_year(
        text: str, expected: list[tuple[str, str, str]]) -> None:
    assert tagged(text, dt.date(2024, 3, 14)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A weekday ranked in its month is that day, in the year the tense points to.
    ("The rally was held on the second Sunday in May.",
     [("the second Sunday in May", "DATE", "2023-05-14")]),
    ("The festival starts on the last Friday of June.",
     [("the last Friday of June", "DATE", "2024-06-28")]),
    ("The board meets on the first Tuesday of November 2025.",
     [("the first Tuesday of November 2025", "DATE", "2025-11-04")]),
])
def test_a_ranked_weekday_of_a_month_is_that_day(
        text: str, expected: list[tuple[str, str, str]]) -> None:
    assert tagged(text, dt.date(2024, 3, 14)) == expected
