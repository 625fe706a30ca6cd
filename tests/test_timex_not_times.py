"""Words that look like times and name none: years fused to names, the Today show, generic
groups "of tomorrow", money counted in units of time, after-hours trading. Each rule with
a realistic sentence and exact values."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.timex_helpers import OCTOBER_25_2007, tagged


@pytest.mark.parametrize(("text", "expected"), [
    ("With the astronaut, Farkas set up a joint venture called Orion 1980, making space "
     "hardware.", []),
    ("Visitors flocked to Expo 2000 in Hanover.", []),
    # Not a name: a preposition, a holiday, a season. In a title-case headline every word is
    # capitalized, so a name cannot be told from a word there: the year stays.
    ("Prices rose through Christmas 1989, traders said.",
     [("Christmas 1989", "DATE", "1989-12-25")]),
    ("The company was founded by Smith in 1980, he said.", [("1980", "DATE", "1980")]),
    ("The plant opened in Spring 1990.", [("Spring 1990", "DATE", "1990-SP")]),
    ("Farkas Sets Up Orion 1980 Venture", [("1980", "DATE", "1980")]),
])
def test_a_year_fused_to_a_name_in_prose_is_no_date(
        text: str, expected: list[tuple[str, str, str]]) -> None:
    assert tagged(text, OCTOBER_25_2007) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The poll was published by USA Today on Monday.", [("Monday", "DATE", "2007-10-22")]),
    ("This is VOA Today.", []),
    ("She told NBC's Today show that she would run.", []),
    ("She appeared on the Today show yesterday.", [("yesterday", "DATE", "2007-10-24")]),
    # A title-case headline and a day after a verb stay the story's day.
    ("Talks Resume Today", [("Today", "DATE", "2007-10-25")]),
    ("The deal closes Today, officials said.", [("Today", "DATE", "2007-10-25")]),
])
def test_a_capitalized_today_after_a_name_is_a_title(
        text: str, expected: list[tuple[str, str, str]]) -> None:
    assert tagged(text, OCTOBER_25_2007) == expected


def test_a_sentence_ending_in_a_weekday_does_not_make_yesterday_a_title() -> None:
    assert tagged("The stock fell in trading on Wednesday. Yesterday, it plunged further.", OCTOBER_25_2007) == [
        ("Wednesday", "DATE", "2007-10-24"), ("Yesterday", "DATE", "2007-10-24")]


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
    assert tagged(text, OCTOBER_25_2007) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Upjohn is offering a one-time retirement bonus equal to six months of base pay.", []),
    ("Laid-off workers will receive two weeks' pay and their pensions.", []),
    # Time spent on something is still a stretch of time.
    ("The strike followed six months of talks.", [("six months", "DURATION", "P6M")]),
])
def test_money_counted_in_units_of_time_is_no_duration(
        text: str, expected: list[tuple[str, str, str]]) -> None:
    assert tagged(text, OCTOBER_25_2007) == expected


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
    ("Shares traded above $40 as recently as June, analysts said.",
     [("June", "DATE", "2007-06")]),
    ("As recently as last week, the minister denied any talks.",
     [("last week", "DATE", "2007-W42")]),
    # "recently" on its own, and beside an "as" that is no limiting phrase, is still a time.
    ("The minister recently denied any talks.", [("recently", "DATE", "PAST_REF")]),
    ("He had recently as a courtesy called the family.", [("recently", "DATE", "PAST_REF")]),
])
def test_recently_limiting_a_date_is_no_time_of_its_own(
        text: str, expected: list[tuple[str, str, str]]) -> None:
    assert tagged(text, OCTOBER_25_2007) == expected
