"""News conventions of the eighth round: each rule with a realistic sentence and exact values."""

from __future__ import annotations

import datetime as dt

import pytest

from newstimeline.timex import tag

DCT = dt.date(2007, 10, 25)  # a Thursday


def tagged(text: str, dct: dt.date = DCT) -> list[tuple[str, str, str]]:
    return [(e.span.text, e.type, e.value) for e in tag(text, dct)]


@pytest.mark.parametrize(("text", "expected"), [
    ("Investigators believe the engineer died within weeks or months of his abduction.",
     [("weeks or months", "DURATION", "PXW")]),
    ("Many pension funds in recent weeks and months have been selling their riskiest bonds.",
     [("recent weeks and months", "DURATION", "PXW")]),
    ("The strike could drag on for days or weeks, union leaders warned.",
     [("days or weeks", "DURATION", "PXD")]),
    # "within" makes "of" a relation in time; after other prepositions "weeks of" is a quantity.
    ("The driver was arrested within weeks of the crash.", [("weeks", "DURATION", "PXW")]),
    ("After weeks of talks, the two sides signed the accord.", []),
    # Only a unit joins: "recent days and the index" is no stretch.
    ("Shares slid in recent days and the index fell.", [("recent days", "DURATION", "PXD")]),
])
def test_vague_plural_units_joined_by_or_are_one_stretch(
        text: str, expected: list[tuple[str, str, str]]) -> None:
    assert tagged(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Operating profit for the latest nine months rose 12% to $48 million.",
     [("the latest nine months", "DURATION", "P9M")]),
    ("Revenue in the latest quarter fell.", [("the latest quarter", "DATE", "2007-Q3")]),
])
def test_the_latest_keeps_its_place_in_a_counted_stretch(
        text: str, expected: list[tuple[str, str, str]]) -> None:
    assert tagged(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Two new flights will leave Bombay on Monday and Tuesday nights from March 30.",
     [("Monday", "SET", "XXXX-WXX-1TNI"), ("Tuesday nights", "SET", "XXXX-WXX-2TNI"),
      ("March 30", "DATE", "2008-03-30")]),
    ("The museum is open on Saturday and Sundays only.",
     [("Saturday", "SET", "XXXX-WXX-6"), ("Sundays", "SET", "XXXX-WXX-7")]),
    # Two single days stay two dates.
    ("The ministers met Monday and Tuesday in Geneva.",
     [("Monday", "DATE", "2007-10-22"), ("Tuesday", "DATE", "2007-10-23")]),
    ("Protesters rallied Monday and Tuesday night outside the embassy.",
     [("Monday", "DATE", "2007-10-22"), ("Tuesday night", "DATE", "2007-10-23")]),
])
def test_a_weekday_joined_to_a_plural_one_recurs_with_it(
        text: str, expected: list[tuple[str, str, str]]) -> None:
    assert tagged(text) == expected


@pytest.mark.parametrize(("text", "dct", "expected"), [
    # The plan was carried out: "let ... begin" in the past, so last Saturday (DCT a Monday).
    ("Finally, when Iraq failed to respond to the ultimatum, the President let the ground "
     "offensive begin as previously planned Saturday night.", dt.date(1991, 2, 25),
     [("Saturday night", "DATE", "1991-02-23")]),
    ("The rally went ahead as planned on Sunday, police said.", dt.date(2007, 10, 25),
     [("Sunday", "DATE", "2007-10-21")]),
    # A plan still ahead stays ahead.
    ("The vote will go ahead as planned on Friday.", dt.date(2007, 10, 25),
     [("Friday", "DATE", "2007-10-26")]),
    ("The talks are scheduled for Monday.", dt.date(2007, 10, 25),
     [("Monday", "DATE", "2007-10-29")]),
])
def test_as_planned_compares_with_a_plan_and_names_no_tense(
        text: str, dct: dt.date, expected: list[tuple[str, str, str]]) -> None:
    assert tagged(text, dct) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The tiled mosque dominated the skyline for centuries.",
     [("centuries", "DURATION", "PXC")]),
    # A known count is still written in years, and decades keep the year letter.
    ("The border dispute has simmered for two centuries.",
     [("two centuries", "DURATION", "P200Y")]),
    ("The feud had simmered for decades.", [("decades", "DURATION", "PXY")]),
])
def test_an_unknown_number_of_centuries_keeps_the_century_letter(
        text: str, expected: list[tuple[str, str, str]]) -> None:
    assert tagged(text) == expected


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
    assert tagged(text) == expected


@pytest.mark.parametrize(("text", "dct", "expected"), [
    # The morning of the day in force (Friday), as "the morning" after a day always was.
    ("Hopes were dashed Friday. Dealers placed heavy buy orders in the morning to start the "
     "trading session.", dt.date(1989, 10, 30),
     [("Friday", "DATE", "1989-10-27"), ("the morning", "TIME", "1989-10-27TMO")]),
    ("Shares rose in the afternoon to close at a record.", dt.date(2007, 10, 25),
     [("the afternoon", "TIME", "2007-10-25TAF")]),
    # "the year to date", "the year to Sept. 30" still run to a date and are not the year.
    ("Sales for the year to date rose 5%.", dt.date(2007, 10, 25), []),
])
def test_a_part_of_the_day_before_to_is_still_a_time(
        text: str, dct: dt.date, expected: list[tuple[str, str, str]]) -> None:
    assert tagged(text, dct) == expected


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
    assert tagged(text) == expected


def test_a_sentence_ending_in_a_weekday_does_not_make_yesterday_a_title() -> None:
    assert tagged("The stock fell in trading on Wednesday. Yesterday, it plunged further.") == [
        ("Wednesday", "DATE", "2007-10-24"), ("Yesterday", "DATE", "2007-10-24")]


@pytest.mark.parametrize(("text", "expected"), [
    ("The farmers' market is open every Monday and Thursday.",
     [("every Monday", "SET", "XXXX-WXX-1"), ("Thursday", "SET", "XXXX-WXX-4")]),
    ("Each Tuesday or Friday, the council meets in public.",
     [("Each Tuesday", "SET", "XXXX-WXX-2"), ("Friday", "SET", "XXXX-WXX-5")]),
    # A weekday further on is a day of its own.
    ("He came every Monday and left Thursday.",
     [("every Monday", "SET", "XXXX-WXX-1"), ("Thursday", "DATE", "2007-10-25")]),
])
def test_a_weekday_joined_to_every_weekday_recurs_with_it(
        text: str, expected: list[tuple[str, str, str]]) -> None:
    assert tagged(text) == expected
