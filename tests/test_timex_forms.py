"""News forms of dates, times and durations: each rule family with a sentence of its own."""

from __future__ import annotations

import datetime as dt

import pytest

from newstimeline.timex import tag
from tests.timex_helpers import tagged

DCT = dt.date(2007, 3, 8)  # a Thursday


@pytest.mark.parametrize(("text", "expected"), [
    # Month shifted by "last"/"next": the latest before / first after the story's month.
    ("Two planes collided last March over the bay.", [("last March", "DATE", "2006-03")]),
    ("The plant closed last January, workers said.", [("last January", "DATE", "2007-01")]),
    ("The vote is due next May.", [("next May", "DATE", "2007-05")]),
    # Part of a month keeps its value and its qualifier in the span.
    ("Sales slowed in late February, the chain said.", [("late February", "DATE", "2007-02")]),
    ("A ruling is expected by mid-April.", [("mid-April", "DATE", "2007-04")]),
    # "earlier" is context, not part of the period.
    ("The minister resigned earlier this week.", [("this week", "DATE", "2007-W10")]),
    # Spelled-out years of broadcast transcripts.
    ("That was back in nineteen ninety-six.", [("nineteen ninety-six", "DATE", "1996")]),
    ("Plans for the year two thousand were shelved.", [("the year two thousand", "DATE", "2000")]),
    # Clock words and a time with its weekday.
    ("Trading halted at noon Tuesday.", [("noon Tuesday", "TIME", "2007-03-06T12:00")]),
    ("The store was robbed at 10 p.m. Wednesday, police said.",
     [("10 p.m. Wednesday", "TIME", "2007-03-07T22:00")]),
    ("High noon came and went.", []),
    # Year end and ordinal centuries.
    ("The merger should close by year-end.", [("year-end", "DATE", "2007")]),
    ("The abbey dates from the 11th century.", [("the 11th century", "DATE", "10")]),
])
def test_date_and_time_forms(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert tagged(text, DCT) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "for the year" with no closing date is the year reported on; a closing date or
    # "throughout" makes it a stretch of time.
    ("Profit rose 4% for the year.", [("the year", "DATE", "2007")]),
    ("For the year, pet food volume was flat.", [("the year", "DATE", "2007")]),
    ("Net income for the year ended June 30 doubled.",
     [("the year", "DURATION", "P1Y"), ("June 30", "DATE", "2006-06-30")]),
    ("Demand should stay strong throughout the year.", [("the year", "DURATION", "P1Y")]),
    ("Results for the full year beat forecasts.", [("the full year", "DATE", "2007")]),
    ("Fighting eased over the weekend, officials said.",
     [("the weekend", "DATE", "2007-W09-WE")]),
    ("Heavy rain will move in over the weekend.",
     [("the weekend", "DATE", "2007-W10-WE")]),
    ("Crowds gathered in the morning outside the court.",
     [("the morning", "TIME", "2007-03-08TMO")]),
])
def test_definite_periods(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert tagged(text, DCT) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Kidnappings have surged in recent years.", [("recent years", "DURATION", "PXY")]),
    ("Talks will resume in coming weeks.", [("coming weeks", "DURATION", "PXW")]),
    ("The region has been troubled for years.", [("years", "DURATION", "PXY")]),
    ("The dispute has simmered for two decades.", [("two decades", "DURATION", "P20Y")]),
    ("Margins narrowed over the past two quarters.",
     [("the past two quarters", "DURATION", "P2Q")]),
    ("He waited a fortnight for an answer.", [("a fortnight", "DURATION", "P2W")]),
])
def test_durations(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert tagged(text, DCT) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # Reporting frequencies before a noun are jargon, not times ...
    ("The company raised its quarterly dividend.", []),
    ("Rallies have been held almost daily.", [("daily", "SET", "P1D")]),
    # ("Profits rose 20% annually" is a rate: see test_timex_durations_and_sets.py.)
    ("The prize is awarded annually.", [("annually", "SET", "P1Y")]),
    # ... but TimeML tags "daily", "weekly", "hourly" before a noun too.
    ("The agency gives the daily tally of inspections.", [("daily", "SET", "P1D")]),
    ("Clinton said in his weekly radio address.", [("weekly", "SET", "P1W")]),
])
def test_set_words_as_adverbs_and_adjectives(
        text: str, expected: list[tuple[str, str, str]]) -> None:
    assert tagged(text, DCT) == expected


def test_weekday_with_date_before_a_colon_takes_the_date() -> None:
    text = "The Times said in an editorial on Saturday, April 25: the court erred."
    assert tagged(text, dt.date(1998, 4, 24)) == [("Saturday, April 25", "DATE", "1998-04-25")]


@pytest.mark.parametrize(("text", "expected"), [
    ("The plant opened in June last year.", [("June last year", "DATE", "2006-06")]),
    ("Ratification began in February this year.", [("February this year", "DATE", "2007-02")]),
    ("Margins improved in the first half of 2005.",
     [("the first half of 2005", "DATE", "2005-H1")]),
    ("Analysts expect second-half profit to climb.", [("second-half", "DATE", "2006-H2")]),
    ("Bids are due by 5 p.m. EST, Nov. 9, the agency said.",
     [("5 p.m. EST, Nov. 9", "TIME", "2007-11-09T17:00")]),
    ("The current crisis follows a recent filing.",
     [("current", "DATE", "PRESENT_REF"), ("recent", "DATE", "PAST_REF")]),
])
def test_more_date_forms(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert tagged(text, DCT) == expected


@pytest.mark.parametrize("text", [
    "The stock pays a dividend of $1.76 a year.",
    "The airline will add 700 seats a week on the route.",
    "It should save $500 million a year in costs.",
])
def test_rates_are_not_durations(text: str) -> None:
    assert tagged(text, DCT) == []


def test_a_year_after_a_verb_is_still_a_duration() -> None:
    assert tagged("The strike lasted a year.", DCT) == [("a year", "DURATION", "P1Y")]


@pytest.mark.parametrize(("text", "expected"), [
    ("In the fiscal year ended Jan. 31, sales rose 9%.",
     [("the fiscal year", "DURATION", "P1Y"), ("Jan. 31", "DATE", "2007-01-31")]),
    ("Net fell in the quarter ended Sept. 30, the bank said.",
     [("the quarter", "DATE", "2006-Q3"), ("Sept. 30", "DATE", "2006-09-30")]),
    ("The car was seen nearby in the weeks before the shooting.",
     [("weeks", "DURATION", "PXW")]),
    ("The mill closed several years ago.", [("several years ago", "DATE", "PAST_REF")]),
    ("The firm, which just months ago was ailing, now thrives.",
     [("months ago", "DATE", "PAST_REF"), ("now", "DATE", "PRESENT_REF")]),
    ("He will stay for at least two more weeks.", [("at least two more weeks", "DURATION", "P2W")]),
    ("Eight trading days later, prices recovered.", [("Eight trading days", "DURATION", "P8D")]),
])
def test_financial_periods_and_vague_counts(
        text: str, expected: list[tuple[str, str, str]]) -> None:
    assert tagged(text, DCT) == expected


def test_weekday_with_part_of_day_is_a_date_valued_by_its_day() -> None:
    assert tagged("Rebels attacked the town Friday night.", dt.date(2007, 3, 10)) == [
        ("Friday night", "DATE", "2007-03-09")]


def test_weekday_evening_is_a_time_with_its_part_of_day() -> None:
    assert tagged("The governor spoke to reporters Wednesday evening.", dt.date(2007, 3, 10)) == [
        ("Wednesday evening", "TIME", "2007-03-07TEV")]


def test_decade_value_is_its_first_three_digits() -> None:
    assert tagged("Prices soared in the 1990s.", DCT) == [("the 1990s", "DATE", "199")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Shares fell in the last twenty four hours.",
     [("the last twenty four hours", "DURATION", "PT24H")]),
    ("The slump may last a couple of years.", [("a couple of years", "DURATION", "P2Y")]),
    ("The suspect, in his 30s, fled on foot.", []),
])
def test_compound_numbers_couples_and_ages(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert tagged(text, DCT) == expected


def test_that_year_and_the_following_month_count_from_the_period_named() -> None:
    text = "The mine opened in 1988. That year it lost money. In March 1990 talks began; " \
           "the following month they collapsed."
    assert tagged(text, DCT) == [("1988", "DATE", "1988"), ("That year", "DATE", "1988"),
                            ("March 1990", "DATE", "1990-03"),
                            ("the following month", "DATE", "1990-04")]


@pytest.mark.parametrize(("text", "expected"), [
    ("The war ended nearly four years ago.", [("nearly four years ago", "DATE", "2003")]),
    ("The plant opened more than a decade ago.", [("more than a decade ago", "DATE", "199")]),
    ("Prices rose over three years.", [("over three years", "DURATION", "P3Y")]),
])
def test_modified_counts_with_ago_are_dates(
        text: str, expected: list[tuple[str, str, str]]) -> None:
    assert tagged(text, DCT) == expected


def test_or_so_before_ago_stays_in_the_expression() -> None:
    assert tagged("Then, a month or so ago, the general picked the date.", DCT) == [
        ("a month or so ago", "DATE", "2007-02")]


def test_year_earlier_stretch_of_months_is_a_duration() -> None:
    text = "Net for the year-earlier nine months included a gain of $9.7 million."
    assert tagged(text, DCT) == [("the year-earlier nine months", "DURATION", "P9M")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Albright will spend about 5 1/2 hours in Nairobi.",
     [("5 1/2 hours", "DURATION", "PT5H30M")]),
    ("He served 2 1/2 years in prison.", [("2 1/2 years", "DURATION", "P2Y6M")]),
    ("The meeting lasted an hour and a half.", [("an hour and a half", "DURATION", "PT1H30M")]),
    ("The rocket burned for two and a half minutes.",
     [("two and a half minutes", "DURATION", "PT2M30S")]),
    ("The feud has run for two and a half decades.",
     [("two and a half decades", "DURATION", "P25Y")]),
])
def test_and_a_half_is_the_next_smaller_unit(
        text: str, expected: list[tuple[str, str, str]]) -> None:
    assert tagged(text, DCT) == expected


@pytest.mark.parametrize(("text", "dct", "expected"), [
    ("Orangemen march each July through the town's Catholic area.", DCT,
     [("each July", "SET", "XXXX-07")]),
    ("Before the company scrapped the unit this past spring, costs were high.",
     dt.date(1989, 10, 30), [("this past spring", "DATE", "1989-SP")]),
    ("Hate group numbers were dropping through the nineties.", dt.date(1998, 3, 3),
     [("the nineties", "DATE", "199")]),
    ("He was freed on Feb. 22 and appeared in court the next morning.", dt.date(2000, 2, 24),
     [("Feb. 22", "DATE", "2000-02-22"), ("the next morning", "DATE", "2000-02-23")]),
])
def test_months_seasons_decades_and_mornings_in_words(
        text: str, dct: dt.date, expected: list[tuple[str, str, str]]) -> None:
    assert tagged(text, dct) == expected


def test_decade_word_without_the_is_an_age() -> None:
    assert tagged("The actress, in her nineties, lives in Paris.", DCT) == []


def test_week_of_a_date_is_that_week() -> None:
    assert tagged("The hearing was set for the week of March 6.", dt.date(2000, 2, 24)) == [
        ("the week of March 6", "DATE", "2000-W10")]


def test_possessive_weekday_names_a_reported_event() -> None:
    text = "The relatives said they would look for ways to get around Wednesday's ruling."
    assert tagged(text, dt.date(2000, 1, 7)) == [("Wednesday", "DATE", "2000-01-05")]


@pytest.mark.parametrize(("text", "expected"), [
    ("It happened in January nineteen ninety-seven.",
     [("January nineteen ninety-seven", "DATE", "1997-01")]),
    ("Rebels attacked in the winter of nineteen ninety-four.",
     [("the winter of nineteen ninety-four", "DATE", "1994-WI")]),
])
def test_spelled_years_with_a_month_or_season(
        text: str, expected: list[tuple[str, str, str]]) -> None:
    assert tagged(text, dt.date(1998, 2, 27)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Hungary could one day be the region's second-largest economy.",
     [("one day", "DATE", "FUTURE_REF")]),
    ("The strike lasted one day.", [("one day", "DURATION", "P1D")]),
])
def test_one_day_before_a_verb_is_some_future_day(
        text: str, expected: list[tuple[str, str, str]]) -> None:
    assert tagged(text, DCT) == expected


def test_definite_period_with_an_adjective_before_that_is_a_date() -> None:
    text = "Results for the current fiscal year that ends in June will be slightly above."
    assert tagged(text, DCT) == [("the current fiscal year", "DATE", "2007"), ("June", "DATE", "2007-06")]


@pytest.mark.parametrize(("text", "expected"), [
    ("In London at mid-afternoon yesterday, Ratners's shares were up 2 pence.",
     [("mid-afternoon yesterday", "TIME", "1989-11-01TAF")]),
    ("By mid afternoon the market had turned.", [("mid afternoon", "TIME", "1989-11-02TAF")]),
])
def test_mid_part_of_day_is_a_time(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert tagged(text, dt.date(1989, 11, 2)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The father will leave at 4 in the morning.",
     [("4 in the morning", "TIME", "2000-04-05T04:00")]),
    ("They met at 3 in the afternoon.", [("3 in the afternoon", "TIME", "2000-04-05T15:00")]),
])
def test_hour_in_the_morning_is_a_clock_time(
        text: str, expected: list[tuple[str, str, str]]) -> None:
    assert tagged(text, dt.date(2000, 4, 5)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Rescue crews worked through the first hours of the flood.",
     [("the first hours", "DURATION", "PTXH")]),
    ("Prices have swung wildly in past years.", [("past years", "DURATION", "PXY")]),
    ("The union won a raise over the past year.", [("the past year", "DURATION", "P1Y")]),
])  # fmt: skip
def test_plural_unit_without_a_count_is_an_unknown_number(
        text: str, expected: list[tuple[str, str, str]]) -> None:
    assert tagged(text, DCT) == expected


def test_plural_weekdays_recur() -> None:
    assert tagged("The market opens on Mondays and Thursday evenings.", DCT) == [
        ("Mondays", "SET", "XXXX-WXX-1"), ("Thursday evenings", "SET", "XXXX-WXX-4TEV")]


@pytest.mark.parametrize("text", [
    'The secretary said on ABC\'s "This Week" that the talks would resume.',
    "The boy's father told CBS's ``60 Minutes'' that he would come for his son.",
])  # fmt: skip
def test_capitalized_units_in_prose_are_programme_names(text: str) -> None:
    assert tagged(text, DCT) == []


def test_capitalized_units_still_count_in_a_title_case_headline_and_sentence_start() -> None:
    assert tagged("Talks To Resume Next Week In Geneva", DCT) == [("Next Week", "DATE", "2007-W11")]
    assert tagged("Third-quarter sales rose. Year-earlier results included a gain.", DCT) == [
        ("Third-quarter", "DATE", "2006-Q3"), ("Year-earlier", "DATE", "2005-Q3")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Firefighters waited half an hour.", [("half an hour", "DURATION", "PT30M")]),
    ("Workers staged a half-day strike.", [("a half-day", "DURATION", "PT12H")]),
    ("The dynasty ruled for half a century.", [("half a century", "DURATION", "P50Y")]),
    ("The talks lasted a quarter of an hour.",
     [("a quarter of an hour", "DURATION", "PT15M")]),
])  # fmt: skip
def test_part_of_one_unit(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert tagged(text, DCT) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Just over an hour later, he was declared dead.",
     [("over an hour", "DURATION", "PT1H")]),
    ("Firefighters arrived half an hour later.", [("half an hour", "DURATION", "PT30M")]),
    ("The rebels struck again hours later.", [("hours", "DURATION", "PTXH")]),
    ("Three days later, the index had recovered.",
     [("Three days", "DURATION", "P3D")]),
    ("A day earlier, trucks had crossed the border.", [("A day earlier", "DURATION", "P1D")]),
    # "later" after days and clock units is a signal outside the span; years stay dates when
    # a date was named before (tests/test_timex_unanchored_later.py), else are a stretch too.
    ("Two Days later the strike ended.", [("Two Days", "DURATION", "P2D")]),
    ("Two years later, the firm was sold.", [("Two years later", "DURATION", "P2Y")]),
])  # fmt: skip
def test_hours_and_days_later_are_a_stretch_of_time(
        text: str, expected: list[tuple[str, str, str]]) -> None:
    assert tagged(text, DCT) == expected


def test_the_next_couple_of_years_is_two_years() -> None:
    assert tagged("Over the next couple of years we expect the unit to grow.", DCT) == [
        ("the next couple of years", "DURATION", "P2Y")]


def test_article_belongs_to_a_counted_plural_duration_not_to_an_adjective() -> None:
    assert tagged("Net income for the nine months rose 12%.", DCT) == [
        ("the nine months", "DURATION", "P9M")]
    assert tagged("Veterans of the eight-year war marched.", DCT) == [
        ("eight-year", "DURATION", "P8Y")]


def test_only_and_just_are_focus_words_outside_the_duration() -> None:
    assert tagged("The minister spent only five hours on the ground.", DCT) == [
        ("five hours", "DURATION", "PT5H")]
    assert tagged("The lender was failing just a decade ago.", DCT) == [
        ("a decade ago", "DATE", "199")]


def test_around_stays_in_the_span_of_a_date_or_time() -> None:
    dct = dt.date(1989, 10, 27)
    assert tagged("The sale should be completed around Nov. 1.", dct) == [
        ("around Nov. 1", "DATE", "1989-11-01")]
    assert tagged("Two men entered the store around 7:15 p.m.", dct) == [
        ("around 7:15 p.m.", "TIME", "1989-10-27T19:15")]


def test_earlier_in_the_year_is_one_expression_ending_at_the_story() -> None:
    [expression] = tag("Herbicide use was delayed earlier in the year by rains.", DCT)
    assert (expression.span.text, expression.value) == ("earlier in the year", "2007")
    assert (expression.interval.earliest, expression.interval.latest) == (
        dt.date(2007, 1, 1), DCT)


@pytest.mark.parametrize(("text", "dct", "expected"), [
    # The morning of the day in force (Friday), as "the morning" after a day always was.
    ("Hopes were dashed Friday. Dealers placed heavy buy orders in the morning to start the "
     "trading session.", dt.date(1989, 10, 30),
     [("Friday", "DATE", "1989-10-27"), ("the morning", "TIME", "1989-10-27TMO")]),
    ("Shares rose in the afternoon to close at a record.", dt.date(2007, 10, 25),
     [("the afternoon", "TIME", "2007-10-25TAF")]),
    # "the year to Sept. 30" still runs to a date and is not the year; "the year to date" is one
    # expression, the story's year so far (round 17, `year_to_date`).
    ("Sales for the year to Sept. 30 rose 5%.", dt.date(2007, 10, 25),
     [("Sept. 30", "DATE", "2007-09-30")]),
    ("Sales for the year to date rose 5%.", dt.date(2007, 10, 25),
     [("the year to date", "DATE", "2007")]),
])
def test_a_part_of_the_day_before_to_is_still_a_time(
        text: str, dct: dt.date, expected: list[tuple[str, str, str]]) -> None:
    assert tagged(text, dct) == expected


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
    # Before "this year" the adverb belongs to the expression (TimeBank's span, 7 of 8); the
    # interval is the part of the year before (or after) the story's date.
    ("Earlier this year, the chain closed 40 stores.", [("Earlier this year", "DATE", "2007")]),
    ("The company expects to sell the unit later this year.",
     [("later this year", "DATE", "2007")]),
    # Before a week or a month it stays outside, as before.
    ("The minister resigned earlier this month.", [("this month", "DATE", "2007-03")]),
])
def test_earlier_this_year_is_one_expression(
        text: str, expected: list[tuple[str, str, str]]) -> None:
    assert tagged(text, DCT) == expected


def test_earlier_this_year_spans_the_year_up_to_the_story() -> None:
    (expression,) = tag("Earlier this year, the chain closed 40 stores.", DCT)
    assert (expression.interval.earliest, expression.interval.latest) == (
        dt.date(2007, 1, 1), DCT)


@pytest.mark.parametrize(("text", "expected"), [
    # "tonight" after a clock time names its day, as "tomorrow" does: one expression.
    ("The result is expected around 11 p.m. tonight.",
     [("around 11 p.m. tonight", "TIME", "2007-03-08T23:00")]),
    ("The curfew starts at midnight tonight.", [("midnight tonight", "TIME", "2007-03-08T24:00")]),
    ("Polls close at 8 p.m. tomorrow.", [("8 p.m. tomorrow", "TIME", "2007-03-09T20:00")]),
])
def test_a_clock_time_tonight_is_one_expression(
        text: str, expected: list[tuple[str, str, str]]) -> None:
    assert tagged(text, DCT) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A clock time with its weekday and date: one expression, on the date written.
    ("The launch is set for 10:15 a.m. EDT on Wednesday, March 14.",
     [("10:15 a.m. EDT on Wednesday, March 14", "TIME", "2007-03-14T10:15")]),
    ("The store was robbed at 10 p.m. Wednesday, police said.",
     [("10 p.m. Wednesday", "TIME", "2007-03-07T22:00")]),
])
def test_a_clock_time_with_weekday_and_date_is_one_expression(
        text: str, expected: list[tuple[str, str, str]]) -> None:
    assert tagged(text, DCT) == expected
