"""Anaphora and the date in force: "that same day", "until then", "two years later", "the
previous week", "the following spring", "as last" and ordinal days count from the date
last named, or from the story's date. Each rule with a realistic sentence and exact
values."""

from __future__ import annotations

import datetime as dt

import pytest

from newstimeline.timex import tag
from tests.timex_helpers import OCTOBER_25_2007, tagged


@pytest.mark.parametrize(("text", "expected"), [
    ("In the capital, today is the eighth day of the blockade.",
     [("today", "DATE", "2007-10-25"), ("the eighth day", "DATE", "2007-10-25")]),
    ("It's the second day of an offensive by the security forces in the province.",
     [("the second day", "DATE", "2007-10-25")]),
    ("The walkout marks the 12th straight day of disruption at the port.",
     [("the 12th straight day", "DATE", "2007-10-25")]),
    # In the past tense the count ends on an earlier day the text does not give: not tagged.
    ("It was the third day of protests when the army moved in.", []),
])
def test_an_ordinal_day_in_the_present_is_the_story_s_day(
        text: str, expected: list[tuple[str, str, str]]) -> None:
    assert tagged(text, OCTOBER_25_2007) == expected


def test_an_ordinal_day_after_another_day_is_not_the_story_s_day() -> None:
    # "Monday is the first day of the new term": Monday is the day counted, not the story's.
    found = tag("Monday is the first day of the new term.", OCTOBER_25_2007)
    assert [e.rule for e in found if e.rule == "ordinal_day_present"] == []
    assert (found[0].span.text, found[0].value) == ("Monday", "2007-10-22")


@pytest.mark.parametrize("text", [
    "Jan. 1 is the first day of the new law.",
    "Dec. 25, 2007, is the first day of the holiday.",
])
def test_an_ordinal_day_after_a_date_is_not_the_story_s_day(text: str) -> None:
    # The written date is the day counted: "the first day" is not the story's date.
    assert [e.rule for e in tag(text, OCTOBER_25_2007) if e.rule == "ordinal_day_present"] == []


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
    assert tagged(text, OCTOBER_25_2007) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A day of a month named last, which day unknown.
    ("The clinic was firebombed last March. Its website was taken down that same day.",
     [("last March", "DATE", "2007-03"), ("that same day", "DATE", "2007-03-XX")]),
    ("The plant flooded in August 2006, and the workers were sent home that very day.",
     [("August 2006", "DATE", "2006-08"), ("that very day", "DATE", "2006-08-XX")]),
    # A day named last keeps its date.
    ("The minister resigned on Oct. 3. The same day, the party elected a new leader.",
     [("Oct. 3", "DATE", "2007-10-03"), ("The same day", "DATE", "2007-10-03")]),
    ("The strike began on Monday. That same day, the union filed a complaint.",
     [("Monday", "DATE", "2007-10-22"), ("That same day", "DATE", "2007-10-22")]),
])
def test_that_same_day_is_the_day_in_force_or_a_day_of_the_month_in_force(
        text: str, expected: list[tuple[str, str, str]]) -> None:
    assert tagged(text, OCTOBER_25_2007) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # No date named before: the day of an event or a hypothetical one, not a date.
    ("When a fund gets bad news, investors pull out that day and for two days following.",
     [("two days", "DURATION", "P2D")]),
    ("Traders can lose heavily on positions opened that day at falling prices.", []),
    # "now" keeps the story's date in force but names no day to point back to.
    ("Brokers are now cautious; many lost money that day in 1987.",
     [("now", "DATE", "PRESENT_REF"), ("1987", "DATE", "1987")]),
    ("Nobody knew what that year would bring.", []),
    # With a day named before, the anaphor is that day.
    ("Markets fell sharply on Friday. Many investors sold that day.",
     [("Friday", "DATE", "2007-10-19"), ("that day", "DATE", "2007-10-19")]),
    # A counted anaphor still counts from the story's date ("the next day" is not "that day").
    ("Officials will announce the results the next day.",
     [("the next day", "DATE", "2007-10-26")]),
])
def test_that_day_with_no_day_named_before_it_is_no_date(
        text: str, expected: list[tuple[str, str, str]]) -> None:
    assert tagged(text, OCTOBER_25_2007) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Conversion rights will terminate on Nov. 30. Until then, the stock remains convertible.",
     [("Nov. 30", "DATE", "2007-11-30"), ("then", "DATE", "2007-11-30")]),
    # A month named after the last day is the time in force.
    ("The talks opened on Monday and will resume in January. Until then, the ceasefire holds.",
     [("Monday", "DATE", "2007-10-22"), ("January", "DATE", "2008-01"),
      ("then", "DATE", "2008-01")]),
    # Nothing named before: no date to point back to.
    ("Until then, nobody had heard of the company.", []),
    # "since then", "and then" order events and name no time.
    ("The list began on March 14, 1950. Since then, 427 fugitives have been caught.",
     [("March 14, 1950", "DATE", "1950-03-14")]),
])
def test_until_then_is_the_date_in_force(
        text: str, expected: list[tuple[str, str, str]]) -> None:
    assert tagged(text, OCTOBER_25_2007) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # Counted from the year or month named last, not from the story's date.
    ("He left the band in 1990. Two years later he came back.",
     [("1990", "DATE", "1990"), ("Two years later", "DATE", "1992")]),
    ("The store opened in March 2001. Six months later, it closed.",
     [("March 2001", "DATE", "2001-03"), ("Six months later", "DATE", "2001-09")]),
    # A day named last still counts.
    ("The attack happened on March 3, 1998. Three years later, he was arrested.",
     [("March 3, 1998", "DATE", "1998-03-03"), ("Three years later", "DATE", "2001")]),
    # "ago" counts from the story's date whatever was named before.
    ("He left the band in 1990. He returned two years ago.",
     [("1990", "DATE", "1990"), ("two years ago", "DATE", "2005")]),
])
def test_years_later_count_from_the_year_in_force(
        text: str, expected: list[tuple[str, str, str]]) -> None:
    assert tagged(text, OCTOBER_25_2007) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "The previous week" after a day named counts back from that day ...
    ("The attack came on March 3, 1998. The previous week, he was seen near the embassy.",
     [("March 3, 1998", "DATE", "1998-03-03"), ("The previous week", "DATE", "1998-W09")]),
    ("He joined Ford in 1995. The previous year he had left GM.",
     [("1995", "DATE", "1995"), ("The previous year", "DATE", "1994")]),
    # ... and with nothing named, from the story's date.
    ("Sales rose 5% from the previous year.", [("the previous year", "DATE", "2006")]),
    # "last week" always counts from the story's date.
    ("The attack came on March 3, 1998. Police said last week that he was seen.",
     [("March 3, 1998", "DATE", "1998-03-03"), ("last week", "DATE", "2007-W42")]),
])
def test_the_previous_week_counts_back_from_the_date_in_force(
        text: str, expected: list[tuple[str, str, str]]) -> None:
    assert tagged(text, OCTOBER_25_2007) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "The day before," standing alone: one day back from the date in force.
    ("The attack happened on March 3, 1998. The day before, he was seen near the embassy.",
     [("March 3, 1998", "DATE", "1998-03-03"), ("day before", "DATE", "1998-03-02")]),
    # "last year" is the year in force for "the year before".
    ("Tourism revenue dropped to $300 million last year, down from $450 million the year "
     "before.",
     [("last year", "DATE", "2006"), ("year before", "DATE", "2005")]),
    # A plural stays vague; with no "the" it is no counted date either.
    ("In the days before, he hid in the hills.", [("days before", "DATE", "PAST_REF")]),
])
def test_the_day_before_counts_from_the_date_in_force(
        text: str, expected: list[tuple[str, str, str]]) -> None:
    assert tagged(text, OCTOBER_25_2007) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("He was elected in November 1999 and took office the following January.",
     [("November 1999", "DATE", "1999-11"), ("the following January", "DATE", "2000-01")]),
    ("The quake struck on Oct. 13, 2005. The following spring, a flood hit the valley.",
     [("Oct. 13, 2005", "DATE", "2005-10-13"), ("The following spring", "DATE", "2006-SP")]),
    ("The plant opened in 2005. That summer, a flood closed it.",
     [("2005", "DATE", "2005"), ("That summer", "DATE", "2005-SU")]),
    ("The plant opened in 2005. The following summer, a flood closed it.",
     [("2005", "DATE", "2005"), ("The following summer", "DATE", "2006-SU")]),
    ("The quake struck on Oct. 13. That weekend, aid began to arrive.",
     [("Oct. 13", "DATE", "2007-10-13"), ("That weekend", "DATE", "2007-W41-WE")]),
    ("The quake struck on Oct. 13. The following weekend, aid began to arrive.",
     [("Oct. 13", "DATE", "2007-10-13"), ("The following weekend", "DATE", "2007-W42-WE")]),
    # Nothing named before, or a name ("that May would"): no date.
    ("Nobody knew what that summer would bring.", []),
    ("The minister said in 2005 that May would lead the party.", [("2005", "DATE", "2005")]),
])
def test_a_month_season_or_weekend_counted_from_the_date_in_force(
        text: str, expected: list[tuple[str, str, str]]) -> None:
    assert tagged(text, OCTOBER_25_2007) == expected


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
    # Decades and centuries count from the year named last too, in their own granularity.
    ("The company was listed in 1998 and delisted a decade later.",
     [("1998", "DATE", "1998"), ("a decade later", "DATE", "200")]),
    ("The canal was begun in 1815 and widened a century later.",
     [("1815", "DATE", "1815"), ("a century later", "DATE", "19")]),
    # "ago" still counts from the story's date.
    ("The band split in 1990 and re-formed a decade ago.",
     [("1990", "DATE", "1990"), ("a decade ago", "DATE", "199")]),
])
def test_decades_later_count_from_the_year_in_force(
        text: str, expected: list[tuple[str, str, str]]) -> None:
    assert tagged(text, OCTOBER_25_2007) == expected
