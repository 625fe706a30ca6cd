"""Anaphoric and context-dependent expressions of the tenth round: each rule with a realistic
sentence and exact values."""

from __future__ import annotations

import datetime as dt

import pytest

from newstimeline.timex import tag

DCT = dt.date(2007, 10, 25)  # a Thursday


def tagged(text: str, dct: dt.date = DCT) -> list[tuple[str, str, str]]:
    return [(e.span.text, e.type, e.value) for e in tag(text, dct)]


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
    assert tagged(text) == expected


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
    assert tagged(text) == expected


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
    assert tagged(text) == expected


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
    assert tagged(text) == expected


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
    assert tagged(text) == expected


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
    assert tagged(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A will-future fused to its subject looks ahead; "told" past a quote frames the saying.
    ("\"I'll see you on Monday,\" he told reporters.", [("Monday", "DATE", "2007-10-29")]),
    ("\"We'll vote on Tuesday,\" the senator said.", [("Tuesday", "DATE", "2007-10-30")]),
    # "told" in the clause itself is its past verb.
    ("He told reporters on Monday that he was resigning.", [("Monday", "DATE", "2007-10-22")]),
    # "expect" looks ahead as "expects" does.
    ("Stocks fell sharply Wednesday, and analysts expect more losses Friday.",
     [("Wednesday", "DATE", "2007-10-24"), ("Friday", "DATE", "2007-10-26")]),
    # A deadline that "expires" on a weekday is a timetable, ahead; one that expired is past.
    ("The ultimatum expires Friday.", [("Friday", "DATE", "2007-10-26")]),
    ("The ultimatum expired Friday.", [("Friday", "DATE", "2007-10-19")]),
    ("The ultimatum did not expire Friday.", [("Friday", "DATE", "2007-10-19")]),
])
def test_tense_cues_of_reported_speech_and_timetables(
        text: str, expected: list[tuple[str, str, str]]) -> None:
    assert tagged(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A present "is"/"are" just before the day states a fixture: ahead.
    ("The final is on Saturday in Paris.", [("Saturday", "DATE", "2007-10-27")]),
    ("The runoff elections are Sunday.", [("Sunday", "DATE", "2007-10-28")]),
    # A past copula, or a day that is no fixture, stays back.
    ("The final was on Saturday in Paris.", [("Saturday", "DATE", "2007-10-20")]),
    ("Officials said the talks on Monday were productive.", [("Monday", "DATE", "2007-10-22")]),
])
def test_a_fixture_stated_in_the_present_is_ahead(
        text: str, expected: list[tuple[str, str, str]]) -> None:
    assert tagged(text) == expected


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
    assert tagged(text) == expected


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
    assert tagged(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "the future of" something is its fate, not a time.
    ("Good relations are very important to the future of our peoples.", []),
    ("Leaders met in Brussels to discuss the future of the alliance.", []),
    # The future as a time stays a vague reference.
    ("The company will expand abroad in the future.", [("the future", "DATE", "FUTURE_REF")]),
    ("Nobody knows what the future holds for the airline.",
     [("the future", "DATE", "FUTURE_REF")]),
])
def test_the_future_of_something_is_no_time(
        text: str, expected: list[tuple[str, str, str]]) -> None:
    assert tagged(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A passive with "get" makes "beat" a participle, not a past tense: the clause looks ahead.
    ("The factories are going to start getting beat up in the spring.",
     [("the spring", "DATE", "2008-SP")]),
    # A season already over by the story's date, in a clause that looks ahead, is next year's.
    ("The company will open the plant in the summer.", [("the summer", "DATE", "2008-SU")]),
    ("Sales fell in the spring.", [("the spring", "DATE", "2007-SP")]),
    ("Heating bills will rise in the winter.", [("the winter", "DATE", "2007-WI")]),
])
def test_a_season_ahead_is_the_next_one(
        text: str, expected: list[tuple[str, str, str]]) -> None:
    assert tagged(text) == expected
