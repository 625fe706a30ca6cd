"""Forms found by running the tagger over hand-written wire stories of 1998-2025 (round 17,
`tests/data/timex_unseen/`): names that hold a weekday, decimal counts of units, "overnight",
the day before or after a holiday, a clock time whose day is written after it, parts of a day
anchored on a date still ahead, present timetable verbs, hearings set for a date. Each rule with
realistic sentences and exact values."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.timex_helpers import tagged

FRIDAY_MARCH_3_2017 = dt.date(2017, 3, 3)
MONDAY_MAY_29_2023 = dt.date(2023, 5, 29)


@pytest.mark.parametrize(("text", "expected"), [
    ("Executives later met at a TGI Friday's near the plant.", []),
    ("The chain, which also owns Ruby Tuesday, said sales fell.", []),
    # The weekday itself, after the name, is still a date.
    ("Diners at a T.G.I. Friday's said Tuesday the menu had changed.",
     [("Tuesday", "DATE", "2017-02-28")]),
])
def test_a_restaurant_named_after_a_weekday_is_no_date(
        text: str, expected: list[tuple[str, str, str]]) -> None:
    assert tagged(text, FRIDAY_MARCH_3_2017) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Miami lost on a tip-in with 0.1 seconds left.", [("0.1 seconds", "DURATION", "PT0.1S")]),
    ("She won the 100 meters in 10.61 seconds.", [("10.61 seconds", "DURATION", "PT10.61S")]),
    ("The replay review took 0.5 seconds of game clock.",
     [("0.5 seconds", "DURATION", "PT0.5S")]),
    ("The eclipse lasted 2.25 hours.", [("2.25 hours", "DURATION", "PT2.25H")]),
    # A half stays written in the next smaller unit, as before.
    ("The project took 1.5 years.", [("1.5 years", "DURATION", "P1Y6M")]),
])
def test_a_decimal_count_of_units_keeps_its_fraction(
        text: str, expected: list[tuple[str, str, str]]) -> None:
    assert tagged(text, MONDAY_MAY_29_2023) == expected


WEDNESDAY_FEB_8_2023 = dt.date(2023, 2, 8)


@pytest.mark.parametrize(("text", "expected"), [
    ("Rescuers pulled a girl alive from the rubble overnight, officials said.",
     [("overnight", "TIME", "2023-02-07TNI")]),
    ("Temperatures will fall well below freezing overnight.",
     [("overnight", "TIME", "2023-02-08TNI")]),
    # Looking ahead, a night not before the story's date, though a past day is in force.
    ("The quake struck early Monday. Temperatures are expected to drop overnight.",
     [("Monday", "DATE", "2023-02-06"), ("overnight", "TIME", "2023-02-08TNI")]),
    # The night before the day in force.
    ("Shares fell on Friday, depressed by overnight losses in New York.",
     [("Friday", "DATE", "2023-02-03"), ("overnight", "TIME", "2023-02-02TNI")]),
    # A kind of loan, stay or success is no night.
    ("The central bank raised the overnight rate.", []),
    ("The singer became an overnight sensation.", []),
    ("Guests packed an overnight bag.", []),
])
def test_overnight_is_the_night_before_the_day_in_force(
        text: str, expected: list[tuple[str, str, str]]) -> None:
    assert tagged(text, WEDNESDAY_FEB_8_2023) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The Fed cut rates by a quarter point on Wednesday.", [("Wednesday", "DATE", "2023-02-08")]),
    ("Policymakers agreed a quarter-point rise.", []),
    ("The bank lifted its key rate by a quarter percentage point.", []),
    ("Yields rose three quarters of a point.", []),
    # A quarter of the year is still one.
    ("Policymakers agreed a quarter-point rise in the fourth quarter.",
     [("the fourth quarter", "DATE", "2022-Q4")]),
])
def test_a_quarter_point_is_a_fraction_of_a_percentage_point(
        text: str, expected: list[tuple[str, str, str]]) -> None:
    assert tagged(text, WEDNESDAY_FEB_8_2023) == expected


WEDNESDAY_DEC_20_2006 = dt.date(2006, 12, 20)


@pytest.mark.parametrize(("text", "expected"), [
    ("Retailers expect crowds the day after Christmas.",
     [("the day after Christmas", "DATE", "2006-12-26")]),
    ("Airports are busiest the day before Thanksgiving, officials said.",
     [("the day before Thanksgiving", "DATE", "2006-11-22")]),
])
def test_the_day_before_or_after_a_holiday_is_one_date(
        text: str, expected: list[tuple[str, str, str]]) -> None:
    assert tagged(text, WEDNESDAY_DEC_20_2006) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A restatement in another zone between the clock time and its day.
    ("The quake struck at 4:17 a.m. local time (0117 GMT) on Monday, Dec. 18.",
     [("4:17 a.m. local time", "TIME", "2006-12-18T04:17"),
      ("Monday, Dec. 18", "DATE", "2006-12-18")]),
    # A day written as a phrase of its own right after the clock time.
    ("Many stores will open at 6 a.m. the day after Christmas.",
     [("6 a.m.", "TIME", "2006-12-26T06:00"), ("the day after Christmas", "DATE", "2006-12-26")]),
    # With no day after it the clock time stays on the date in force.
    ("Police were called on Dec. 2. The fire was out by 6 a.m., officials said.",
     [("Dec. 2", "DATE", "2006-12-02"), ("6 a.m.", "TIME", "2006-12-02T06:00")]),
])
def test_a_clock_time_takes_the_day_written_after_it(
        text: str, expected: list[tuple[str, str, str]]) -> None:
    assert tagged(text, WEDNESDAY_DEC_20_2006) == expected


WEDNESDAY_APRIL_18_2001 = dt.date(2001, 4, 18)


@pytest.mark.parametrize(("text", "expected"), [
    ("The Fed next meets on May 15. Stocks soared in the afternoon.",
     [("May 15", "DATE", "2001-05-15"), ("the afternoon", "TIME", "2001-04-18TAF")]),
    ("The Fed next meets on May 15. The cut was announced at 1:15 p.m.",
     [("May 15", "DATE", "2001-05-15"), ("1:15 p.m.", "TIME", "2001-04-18T13:15")]),
    # Looking ahead, the date ahead is still the day meant.
    ("The summit opens on May 15. Delegates will arrive in the afternoon.",
     [("May 15", "DATE", "2001-05-15"), ("the afternoon", "TIME", "2001-05-15TAF")]),
])
def test_a_past_part_of_the_day_is_not_on_a_date_still_ahead(
        text: str, expected: list[tuple[str, str, str]]) -> None:
    assert tagged(text, WEDNESDAY_APRIL_18_2001) == expected


THURSDAY_NOV_12_1998 = dt.date(1998, 11, 12)


@pytest.mark.parametrize(("text", "expected"), [
    # The present verb next to the month is nearer than the past "had".
    ("He said he had the votes to succeed him when the new Congress convenes in January.",
     [("January", "DATE", "1999-01")]),
    # A present timetable verb a few words before a weekday, past its object and place.
    ("Miami opens the finals in Denver on Saturday.", [("Saturday", "DATE", "1998-11-14")]),
    ("The trial of the former mayor opens in federal court on Wednesday.",
     [("Wednesday", "DATE", "1998-11-18")]),
    # Not across a clause boundary, nor after "did not".
    ("The Heat, who open the finals in Denver, lost on Thursday.",
     [("Thursday", "DATE", "1998-11-12")]),
    ("The council did not meet in full session on Monday.", [("Monday", "DATE", "1998-11-09")]),
])
def test_a_present_timetable_verb_looks_ahead(
        text: str, expected: list[tuple[str, str, str]]) -> None:
    assert tagged(text, THURSDAY_NOV_12_1998) == expected


THURSDAY_AUG_30_2012 = dt.date(2012, 8, 30)


@pytest.mark.parametrize(("text", "expected"), [
    ("The judge set a hearing for Dec. 6.", [("Dec. 6", "DATE", "2012-12-06")]),
    ("The prime minister called a snap election for November.", [("November", "DATE", "2012-11")]),
    # Without a verb that fixes a date the past clause still points back.
    ("Sales were strong for December, the company said.", [("December", "DATE", "2011-12")]),
])
def test_a_date_an_event_is_set_for_is_the_nearest_one(
        text: str, expected: list[tuple[str, str, str]]) -> None:
    assert tagged(text, THURSDAY_AUG_30_2012) == expected


TUESDAY_AUG_30_2005 = dt.date(2005, 8, 30)


@pytest.mark.parametrize(("text", "expected"), [
    ("Sales were weaker than expected in July.", [("July", "DATE", "2005-07")]),
    ("The plant reopened sooner than planned on Monday.", [("Monday", "DATE", "2005-08-29")]),
    # An expectation that is no comparison still looks ahead.
    ("Officials expected the airport to reopen on Sunday.", [("Sunday", "DATE", "2005-09-04")]),
])
def test_a_plan_in_a_comparison_says_nothing_of_tense(
        text: str, expected: list[tuple[str, str, str]]) -> None:
    assert tagged(text, TUESDAY_AUG_30_2005) == expected


THURSDAY_MARCH_12_2020 = dt.date(2020, 3, 12)


@pytest.mark.parametrize(("text", "expected"), [
    ("Trump suspended travel from Europe for 30 days, starting at midnight Friday.",
     [("30 days", "DURATION", "P30D"), ("midnight Friday", "TIME", "2020-03-13T24:00")]),
    ("The airline cut flights to Milan, effective Saturday.", [("Saturday", "DATE", "2020-03-14")]),
    # The nearest such day may lie back.
    ("Workers walked out for three days beginning Monday.",
     [("three days", "DURATION", "P3D"), ("Monday", "DATE", "2020-03-09")]),
])
def test_a_start_set_in_a_past_clause_is_the_nearest_day(
        text: str, expected: list[tuple[str, str, str]]) -> None:
    assert tagged(text, THURSDAY_MARCH_12_2020) == expected


WEDNESDAY_JULY_22_2015 = dt.date(2015, 7, 22)


@pytest.mark.parametrize(("text", "expected"), [
    ("Northvale's stock has fallen 22 percent year to date.",
     [("year to date", "DATE", "2015")]),
    ("Year-to-date sales rose 4 percent.", [("Year-to-date", "DATE", "2015")]),
    ("Sales for the year to date rose 4 percent.", [("the year to date", "DATE", "2015")]),
])
def test_year_to_date_is_the_story_year_so_far(
        text: str, expected: list[tuple[str, str, str]]) -> None:
    assert tagged(text, WEDNESDAY_JULY_22_2015) == expected


FRIDAY_APRIL_12_2019 = dt.date(2019, 4, 12)


@pytest.mark.parametrize(("text", "expected"), [
    ("The comet circles the sun every 6.5 years.", [("every 6.5 years", "SET", "P6Y6M")]),
    ("The pulsar flashes every 1.2 seconds.", [("every 1.2 seconds", "SET", "PT1.2S")]),
])
def test_a_decimal_count_after_every_is_a_set(
        text: str, expected: list[tuple[str, str, str]]) -> None:
    assert tagged(text, FRIDAY_APRIL_12_2019) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The strike began on the 3rd and ended on the 9th.",
     [("the 3rd", "DATE", "2019-04-03"), ("the 9th", "DATE", "2019-04-09")]),
    ("Ballots must arrive by the 20th or they will not be counted.",
     [("the 20th", "DATE", "2019-04-20")]),
    # Not a floor, nor a rank of a day.
    ("The fire started on the 3rd floor.", []),
    ("The protest peaked on the 3rd and final day.", []),
])
def test_an_ordinal_day_before_and_or_or_is_a_date(
        text: str, expected: list[tuple[str, str, str]]) -> None:
    assert tagged(text, FRIDAY_APRIL_12_2019) == expected


THURSDAY_MARCH_14_2013 = dt.date(2013, 3, 14)


@pytest.mark.parametrize(("text", "expected"), [
    ("Francis will be formally installed on Tuesday.", [("Tuesday", "DATE", "2013-03-19")]),
    # A past auxiliary still points back; an adverb before a past verb changes nothing.
    ("The bishop was formally installed on Tuesday.", [("Tuesday", "DATE", "2013-03-12")]),
    ("The cardinal quickly resigned on Tuesday.", [("Tuesday", "DATE", "2013-03-12")]),
])
def test_a_participle_after_an_adverb_is_still_a_participle(
        text: str, expected: list[tuple[str, str, str]]) -> None:
    assert tagged(text, THURSDAY_MARCH_14_2013) == expected


MONDAY_AUG_25_2008 = dt.date(2008, 8, 25)


@pytest.mark.parametrize(("text", "expected"), [
    ("The Paralympics open on Sept. 6. London will host the next Summer Games in 2012.",
     [("Sept. 6", "DATE", "2008-09-06"), ("2012", "DATE", "2012")]),
    # The season itself is still a time.
    ("Sochi will host the Winter Olympics, and the bid was decided last winter.",
     [("last winter", "DATE", "2007-WI")]),
])
def test_the_olympics_named_by_season_are_no_season(
        text: str, expected: list[tuple[str, str, str]]) -> None:
    assert tagged(text, MONDAY_AUG_25_2008) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A day named years before is history, not the night's day.
    ("The raid came nearly seven years after the attacks of Sept. 11, 2001. Crowds gathered "
     "outside the White House overnight.",
     [("nearly seven years", "DURATION", "P7Y"), ("Sept. 11, 2001", "DATE", "2001-09-11"),
      ("overnight", "TIME", "2008-08-24TNI")]),
])
def test_overnight_is_not_the_night_of_a_day_long_past(
        text: str, expected: list[tuple[str, str, str]]) -> None:
    assert tagged(text, MONDAY_AUG_25_2008) == expected


THURSDAY_SEPT_21_2017 = dt.date(2017, 9, 21)


@pytest.mark.parametrize(("text", "expected"), [
    ("Forecasters expect Maria to pass near the Turks and Caicos on Friday.",
     [("Friday", "DATE", "2017-09-22")]),
    ("The airline expects the terminal at its hub in San Juan to reopen Saturday.",
     [("Saturday", "DATE", "2017-09-23")]),
    # A past verb nearer the weekday still decides.
    ("Officials expect more damage reports from towns that lost power on Wednesday.",
     [("Wednesday", "DATE", "2017-09-20")]),
])
def test_a_present_expectation_governs_its_clause(
        text: str, expected: list[tuple[str, str, str]]) -> None:
    assert tagged(text, THURSDAY_SEPT_21_2017) == expected
