"""Round 13: forms common in today's news and wire copy, each rule with sentences of its own.

The story date is Thursday 14 March 2024 (ISO week 11)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.timex_helpers import tagged

MARCH_14_2024 = dt.date(2024, 3, 14)  # a Thursday


@pytest.mark.parametrize(("text", "expected"), [
    ("The talks collapsed the week before last.",
     [("the week before last", "DATE", "2024-W09")]),
    ("The figures cover the month before last.",
     [("the month before last", "DATE", "2024-01")]),
    ("Sales fell the year before last, the company said.",
     [("the year before last", "DATE", "2022")]),
    # Controls: "the day before last Tuesday" is a day off a weekday; "last week" is one back.
    ("He flew in the day before last Tuesday.",
     [("day before last Tuesday", "DATE", "2024-03-11")]),
    ("Shares fell last week.", [("last week", "DATE", "2024-W10")]),
])
def test_a_unit_before_last_is_two_units_back(
        text: str, expected: list[tuple[str, str, str]]) -> None:
    assert tagged(text, MARCH_14_2024) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("She was arrested two Fridays ago.", [("two Fridays ago", "DATE", "2024-03-01")]),
    ("Fighting erupted three Sundays ago.", [("three Sundays ago", "DATE", "2024-02-25")]),
    # On the story's own weekday the first one back is a week before.
    ("The plant shut two Thursdays ago.", [("two Thursdays ago", "DATE", "2024-02-29")]),
    # Control: a plural weekday with no count still recurs.
    ("The market is closed on Sundays.", [("Sundays", "SET", "XXXX-WXX-7")]),
])
def test_a_count_of_weekdays_ago_is_a_day(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert tagged(text, MARCH_14_2024) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The ceasefire took effect at 0800 GMT.", [("0800 GMT", "TIME", "2024-03-14T08:00")]),
    ("The rebels attacked at 2300 local time.", [("2300", "TIME", "2024-03-14T23:00")]),
    ("The launch is set for 1430 GMT on Friday.",
     [("1430 GMT on Friday", "TIME", "2024-03-15T14:30")]),
    # A clock time restated in another zone in parentheses is the same time: not a second one.
    ("The quake struck at 10:15 p.m. (1315 GMT).", [("10:15 p.m.", "TIME", "2024-03-14T22:15")]),
    # Controls: four digits with no zone after them are counts.
    ("The firm hired 1200 workers.", []),
    ("About 1500 local residents fled.", []),
    ("The unit has 2400 members.", []),
])
def test_four_digit_clock_times_with_a_zone(
        text: str, expected: list[tuple[str, str, str]]) -> None:
    assert tagged(text, MARCH_14_2024) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("He served as mayor 2010-2014.", [("2010", "DATE", "2010"), ("2014", "DATE", "2014")]),
    ("Output doubled over 1995-2005, the report said.",
     [("1995", "DATE", "1995"), ("2005", "DATE", "2005")]),
    # Controls: a year with a short second year or a month number is no pair of years.
    ("Profits doubled in 2021-22.", []),
    ("The law of 1998-08 was repealed.", []),
])
def test_a_range_of_two_full_years_names_both(
        text: str, expected: list[tuple[str, str, str]]) -> None:
    assert tagged(text, MARCH_14_2024) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Exports fell in January-March.",
     [("January", "DATE", "2024-01"), ("March", "DATE", "2024-03")]),
    ("The Jan.-March period was weak.",
     [("Jan.", "DATE", "2024-01"), ("March", "DATE", "2024-03")]),
    # A year after the second month is the first month's too.
    ("The survey ran June-July 2023.",
     [("June", "DATE", "2023-06"), ("July 2023", "DATE", "2023-07")]),
    # Control: a month and a dash before a number is a range of days, as before.
    ("The summit runs Jan. 5-7.", [("Jan. 5", "DATE", "2024-01-05"), ("7", "DATE", "2024-01-07")]),
])
def test_both_months_of_a_dashed_range(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert tagged(text, MARCH_14_2024) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("He flew to Mar-a-Lago on Friday.", [("Friday", "DATE", "2024-03-08")]),
    # Controls: an abbreviated month before a dashed day or month is still a month.
    ("Sales rose in Oct.-Dec. last year.",
     [("Oct.", "DATE", "2023-10"), ("Dec. last year", "DATE", "2023-12")]),
    ("The talks ran from Jan. to March.", [("Jan.", "DATE", "2024-01"), ("March", "DATE", "2024-03")]),
])
def test_a_month_abbreviation_inside_a_hyphenated_name_is_no_month(
        text: str, expected: list[tuple[str, str, str]]) -> None:
    assert tagged(text, MARCH_14_2024) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The company aims to be carbon neutral by the end of the decade.",
     [("the end of the decade", "DATE", "202")]),
    ("At the start of the decade, rates were near zero.",
     [("the start of the decade", "DATE", "202")]),
    # In a past clause after a year named, the decade of that year.
    ("The chain opened in 1983. By the end of the decade, it had 500 stores.",
     [("1983", "DATE", "1983"), ("the end of the decade", "DATE", "198")]),
    # Controls: "the decade" alone stays untagged; "decade-long" is a duration.
    ("Prices rose over the decade.", []),
    ("The end of the decade-long war came in May.",
     [("decade-long", "DURATION", "P10Y"), ("May", "DATE", "2023-05")]),
])
def test_an_edge_of_the_decade_is_a_date(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert tagged(text, MARCH_14_2024) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The budget for FY2024 was approved.", [("FY2024", "DATE", "2024")]),
    ("The FY24 budget was approved.", [("FY24", "DATE", "2024")]),
    ("Its FY 2025 forecast was cut.", [("FY 2025", "DATE", "2025")]),
    # Control: the written-out form, as before.
    ("Profits in fiscal 2023 rose.", [("fiscal 2023", "DATE", "2023")]),
])
def test_a_fiscal_year_code_is_its_year(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert tagged(text, MARCH_14_2024) == expected


@pytest.mark.parametrize(("text", "expected", "dct"), [
    ("Police made arrests this past weekend.",
     [("this past weekend", "DATE", "2024-W10-WE")], MARCH_14_2024),
    ("Crowds are expected this coming weekend.",
     [("this coming weekend", "DATE", "2024-W11-WE")], MARCH_14_2024),
    # On a Saturday, the coming weekend is the next one, the past one a week back.
    ("Crowds are expected this coming weekend.",
     [("this coming weekend", "DATE", "2024-W12-WE")], dt.date(2024, 3, 16)),
    ("Police made arrests this past weekend.",
     [("this past weekend", "DATE", "2024-W10-WE")], dt.date(2024, 3, 16)),
    # Control: "last weekend" as before.
    ("The storm hit last weekend.", [("last weekend", "DATE", "2024-W10-WE")], MARCH_14_2024),
])
def test_this_past_and_this_coming_weekend(
        text: str, expected: list[tuple[str, str, str]], dct: dt.date) -> None:
    assert tagged(text, dct) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The meeting starts at 14:00 CET.", [("14:00 CET", "TIME", "2024-03-14T14:00")]),
    ("The new rules apply from 00:01 GMT on Tuesday, March 19.",
     [("00:01 GMT on Tuesday, March 19", "TIME", "2024-03-19T00:01")]),
    # Control: no zone and no "at" is no clock time ("won 2:1").
    ("The home side won 2:1 on Sunday.", [("Sunday", "DATE", "2024-03-10")]),
    ("Polls closed at 22:00 GMT on Sunday.", [("22:00 GMT on Sunday", "TIME", "2024-03-10T22:00")]),
    # Control: no zone, as before.
    ("The train left at 14:30.", [("14:30", "TIME", "2024-03-14T14:30")]),
])
def test_a_24_hour_clock_time_keeps_its_zone_and_day(
        text: str, expected: list[tuple[str, str, str]]) -> None:
    assert tagged(text, MARCH_14_2024) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The talks run from Monday to Friday.",
     [("Monday", "DATE", "2024-03-11"), ("Friday", "DATE", "2024-03-15")]),
    ("Hearings are set for Tuesday through Thursday.",
     [("Tuesday", "DATE", "2024-03-19"), ("Thursday", "DATE", "2024-03-21")]),
    ("The store will open Monday-Friday.",
     [("Monday", "DATE", "2024-03-18"), ("Friday", "DATE", "2024-03-22")]),
    # Controls: a date then a weekday, a weekday then a month, are no such range.
    ("The fund bought shares from March 1 to Tuesday.",
     [("March 1", "DATE", "2024-03-01"), ("Tuesday", "DATE", "2024-03-12")]),
])
def test_the_weekday_closing_a_range_follows_its_start(
        text: str, expected: list[tuple[str, str, str]]) -> None:
    assert tagged(text, MARCH_14_2024) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The merger should close in the second quarter of next year.",
     [("the second quarter of next year", "DATE", "2025-Q2")]),
    ("Sales fell in the fourth quarter of last year.",
     [("the fourth quarter of last year", "DATE", "2023-Q4")]),
    ("The plant opens in the third quarter of this year.",
     [("the third quarter of this year", "DATE", "2024-Q3")]),
    # Control: a year written out, as before.
    ("Inflation eased in the fourth quarter of 2023.",
     [("the fourth quarter of 2023", "DATE", "2023-Q4")]),
])
def test_a_quarter_of_a_year_named_by_its_distance(
        text: str, expected: list[tuple[str, str, str]]) -> None:
    assert tagged(text, MARCH_14_2024) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # After a dash the second day is a day before any word but a measure.
    ("The bank's policy meeting on March 19-20 is key.",
     [("March 19", "DATE", "2024-03-19"), ("20", "DATE", "2024-03-20")]),
    ("Ministers meet on 20-21 March.",
     [("20", "DATE", "2024-03-20"), ("21 March", "DATE", "2024-03-21")]),
    ("The festival ran 3-5 May 2023.",
     [("3", "DATE", "2023-05-03"), ("5 May 2023", "DATE", "2023-05-05")]),
    # Controls: an amount after a dash, a count after "and", as before.
    ("Rates rose March 3-5 percent.", [("March 3", "DATE", "2024-03-03")]),
    ("On April 24 and 25 people died.", [("April 24", "DATE", "2023-04-24")]),
])
def test_both_days_of_a_dashed_range(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert tagged(text, MARCH_14_2024) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Nearly half a century ago, the dam was built.",
     [("Nearly half a century ago", "DATE", "1974")]),
    ("The plant opened half a year ago.", [("half a year ago", "DATE", "2023-09")]),
    ("Half a decade ago, few cared.", [("Half a decade ago", "DATE", "2019")]),
    # Control: half an hour ago is a time of day the story does not give.
    ("He left half an hour ago.", []),
])
def test_half_a_long_unit_ago_is_a_date(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert tagged(text, MARCH_14_2024) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The deadline is midnight on March 31.",
     [("midnight on March 31", "TIME", "2024-03-31T24:00")]),
    ("The vote closes at noon Friday, March 15.",
     [("noon Friday, March 15", "TIME", "2024-03-15T12:00")]),
    # Control: a clock word alone is a time of the story's day.
    ("Talks ended at noon.", [("noon", "TIME", "2024-03-14T12:00")]),
])
def test_a_clock_word_takes_the_date_written_with_it(
        text: str, expected: list[tuple[str, str, str]]) -> None:
    assert tagged(text, MARCH_14_2024) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("He was last seen at around 10.30pm on Tuesday.",
     [("around 10.30pm on Tuesday", "TIME", "2024-03-12T22:30")]),
    ("The bomb went off at 9.15 a.m.", [("9.15 a.m.", "TIME", "2024-03-14T09:15")]),
    # Controls: a decimal amount before "a" is no time.
    ("Shares rose 2.50 a share.", []),
    ("The train left at 10:15 p.m.", [("10:15 p.m.", "TIME", "2024-03-14T22:15")]),
])
def test_a_point_between_hours_and_minutes(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert tagged(text, MARCH_14_2024) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The quake struck at 2:46 p.m. local time on Friday.",
     [("2:46 p.m. local time on Friday", "TIME", "2024-03-08T14:46")]),
    ("The polls will open at 7 a.m. Eastern time on Tuesday.",
     [("7 a.m. Eastern time on Tuesday", "TIME", "2024-03-19T07:00")]),
    ("The bomb went off at 9 a.m. local time.", [("9 a.m. local time", "TIME", "2024-03-14T09:00")]),
    # Control: an abbreviated zone, as before.
    ("The strike began at 6 a.m. BST.", [("6 a.m. BST", "TIME", "2024-03-14T06:00")]),
])
def test_a_clock_time_keeps_a_zone_named_in_words(
        text: str, expected: list[tuple[str, str, str]]) -> None:
    assert tagged(text, MARCH_14_2024) == expected


@pytest.mark.parametrize(("text", "expected", "dct"), [
    ("Shoppers flocked to stores on Black Friday.",
     [("Black Friday", "DATE", "2023-11-24")], MARCH_14_2024),
    ("Online sales surged on Cyber Monday.",
     [("Cyber Monday", "DATE", "2023-11-27")], MARCH_14_2024),
    ("Retailers expect record crowds on Black Friday.",
     [("Black Friday", "DATE", "2024-11-29")], dt.date(2024, 11, 20)),
    # Control: Thanksgiving itself, as before.
    ("Families gathered on Thanksgiving.", [("Thanksgiving", "DATE", "2023-11-23")], MARCH_14_2024),
])
def test_the_shopping_days_after_thanksgiving(
        text: str, expected: list[tuple[str, str, str]], dct: dt.date) -> None:
    assert tagged(text, dct) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The company was founded in March '98.", [("March '98", "DATE", "1998-03")]),
    ("The tour ends in June ’24.", [("June ’24", "DATE", "2024-06")]),
    # Control: a full year, as before.
    ("The company was founded in March 1998.", [("March 1998", "DATE", "1998-03")]),
])
def test_a_month_with_a_two_digit_year(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert tagged(text, MARCH_14_2024) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The project starts in the spring of next year.",
     [("spring of next year", "DATE", "2025-SP")]),
    ("The plant closed in the summer of last year.",
     [("summer of last year", "DATE", "2023-SU")]),
    # Control: a season with its year written, as before.
    ("He was born in the summer of 1965.", [("summer of 1965", "DATE", "1965-SU")]),
])
def test_a_season_of_a_year_named_by_its_distance(
        text: str, expected: list[tuple[str, str, str]]) -> None:
    assert tagged(text, MARCH_14_2024) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Payments are due on the 15th.", [("the 15th", "DATE", "2024-03-15")]),
    ("The group will meet again on the 10th.", [("the 10th", "DATE", "2024-04-10")]),
    ("The shipment arrived on the 20th.", [("the 20th", "DATE", "2024-02-20")]),
    ("He was elected in May and sworn in on the 21st.",
     [("May", "DATE", "2023-05"), ("the 21st", "DATE", "2023-05-21")]),
    # Controls: an ordinal ranking something else.
    ("They marked the 15th anniversary.", []),
    ("He lives on the 3rd floor.", []),
])
def test_an_ordinal_day_alone_is_a_day_of_the_month_in_force(
        text: str, expected: list[tuple[str, str, str]]) -> None:
    assert tagged(text, MARCH_14_2024) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The company expects growth next fiscal year.", [("next fiscal year", "DATE", "2025")]),
    ("Sales fell last fiscal year.", [("last fiscal year", "DATE", "2023")]),
    # Control: without "fiscal", as before.
    ("Sales fell last year.", [("last year", "DATE", "2023")]),
])
def test_a_shifted_fiscal_year(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert tagged(text, MARCH_14_2024) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Bookings peak in the first week of April.", [("the first week of April", "DATE", "2024-W14")]),
    ("The last week of March was rainy.", [("The last week of March", "DATE", "2024-W13")]),
    ("The first day of next month is a holiday.",
     [("The first day of next month", "DATE", "2024-04-01")]),
    ("The law expires on the last day of June 2025.",
     [("the last day of June 2025", "DATE", "2025-06-30")]),
    # Controls: a first day or week of something else is a stretch, as before.
    ("It was the first day of the trial.", [("the first day", "DURATION", "P1D")]),
    ("The first week in office was hard.", [("The first week", "DURATION", "P1W")]),
])
def test_a_week_or_day_ranked_in_its_month(
        text: str, expected: list[tuple[str, str, str]]) -> None:
    assert tagged(text, MARCH_14_2024) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The fair will be held on the last weekend of June.",
     [("the last weekend of June", "DATE", "2024-W26-WE")]),
    ("The race is run on the second weekend of May 2024.",
     [("the second weekend of May 2024", "DATE", "2024-W19-WE")]),
    # Control: the weekend of the story's week, as before.
    ("Shoppers crowded the malls over the weekend.", [("the weekend", "DATE", "2024-W10-WE")]),
])
def test_a_weekend_ranked_in_its_month(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert tagged(text, MARCH_14_2024) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The committee meets every second Tuesday.",
     [("every second Tuesday", "SET", "XXXX-WXX-2")]),
    ("The census is held every third year.", [("every third year", "SET", "P3Y")]),
    # Control: "every second" alone is each second.
    ("The pump runs every second.", [("every second", "SET", "PT1S")]),
])
def test_every_with_a_rank_recurs_at_that_count(
        text: str, expected: list[tuple[str, str, str]]) -> None:
    assert tagged(text, MARCH_14_2024) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The team trains three times a week.", [("three times a week", "SET", "P1W")]),
    ("Rates are reviewed four times a year.", [("four times a year", "SET", "P1Y")]),
    # Control: digits, as before.
    ("The drug is taken 3 times a day.", [("3 times a day", "SET", "P1D")]),
])
def test_a_count_in_words_times_a_unit_is_a_set(
        text: str, expected: list[tuple[str, str, str]]) -> None:
    assert tagged(text, MARCH_14_2024) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("He has worked there for 20-plus years.", [("20-plus years", "DURATION", "P20Y")]),
    ("The firm has 30+ years of experience.", [("30+ years", "DURATION", "P30Y")]),
    # Control: a half after the count, as before.
    ("The talks lasted 2 1/2 years.", [("2 1/2 years", "DURATION", "P2Y6M")]),
])
def test_a_count_with_plus_is_a_duration_of_that_count(
        text: str, expected: list[tuple[str, str, str]]) -> None:
    assert tagged(text, MARCH_14_2024) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The market is busy on weekends.", [("weekends", "SET", "XXXX-WXX-WE")]),
    ("The shop opens every weekend.", [("every weekend", "SET", "XXXX-WXX-WE")]),
    ("He runs every morning.", [("every morning", "SET", "XXXX-XX-XXTMO")]),
    # Controls: "every night" counts days, as before; "the weekends" as a subject is no set.
    ("He calls every night.", [("every night", "SET", "P1D")]),
    ("The weekends were busy.", []),
])
def test_weekends_and_parts_of_the_day_that_recur(
        text: str, expected: list[tuple[str, str, str]]) -> None:
    assert tagged(text, MARCH_14_2024) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The rally takes place on Thursday 21 March.", [("Thursday 21 March", "DATE", "2024-03-21")]),
    ("The vote is on Monday, 11 March 2024.", [("Monday, 11 March 2024", "DATE", "2024-03-11")]),
    # Control: a weekday before a count is still the weekday.
    ("On Friday 2 people died.", [("Friday", "DATE", "2024-03-08")]),
])
def test_a_weekday_before_a_day_first_date_takes_the_date(
        text: str, expected: list[tuple[str, str, str]]) -> None:
    assert tagged(text, MARCH_14_2024) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The sale ends March the 31st.", [("March the 31st", "DATE", "2024-03-31")]),
    # Control: "the" before a plain number is no day.
    ("The pump was fixed on May 4.", [("May 4", "DATE", "2023-05-04")]),
])
def test_a_month_then_the_ordinal_day(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert tagged(text, MARCH_14_2024) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Demand picks up in the back half of the year.",
     [("the back half of the year", "DATE", "2024-H2")]),
    # Control: a back half of something else.
    ("He sat in the back half of the hall.", []),
])
def test_the_back_half_of_a_year_is_its_second_half(
        text: str, expected: list[tuple[str, str, str]]) -> None:
    assert tagged(text, MARCH_14_2024) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The quake struck at 14:46 local time on Friday.",
     [("14:46 local time on Friday", "TIME", "2024-03-08T14:46")]),
    ("The train left at 14:30 on Monday.", [("14:30 on Monday", "TIME", "2024-03-11T14:30")]),
    # Control: the clock alone, as before.
    ("The train left at 14:30.", [("14:30", "TIME", "2024-03-14T14:30")]),
])
def test_a_24_hour_clock_time_takes_a_zone_in_words_and_its_day(
        text: str, expected: list[tuple[str, str, str]]) -> None:
    assert tagged(text, MARCH_14_2024) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Between January and March, exports fell.",
     [("January", "DATE", "2024-01"), ("March", "DATE", "2024-03")]),
    ("The vote is due in May or June.", [("May", "DATE", "2024-05"), ("June", "DATE", "2024-06")]),
    # Control: "May I" is no month, after "and" too.
    ("In January and May I went home.", [("January", "DATE", "2024-01")]),
])
def test_a_month_coordinated_with_a_month(
        text: str, expected: list[tuple[str, str, str]]) -> None:
    assert tagged(text, MARCH_14_2024) == expected
