"""Durations and sets: unit-long compounds, counted ages of states of affairs, vague
plural units, centuries, amounts per year that are rates, "every" with a count, and
"in" with a count looking ahead. Each rule with a realistic sentence and exact
values."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.timex_helpers import OCTOBER_25_2007, tagged


@pytest.mark.parametrize(("text", "expected"), [
    ("Lawyers for the family emerged from their third day-long meeting with officials.",
     [("day-long", "DURATION", "P1D")]),
    ("The boy has become a symbol of the government's decades-long feud with the exiles.",
     [("decades-long", "DURATION", "PXY")]),
    ("Workers ended a weeks-long strike at the port.", [("weeks-long", "DURATION", "PXW")]),
    # With a count the duration rule keeps the number.
    ("Delegates began a two-day-long summit in Lima.", [("two-day-long", "DURATION", "P2D")]),
    # "a" counts one unit only: before a plural it belongs to the noun phrase.
    ("Workers ended a months-long strike at the port.", [("months-long", "DURATION", "PXM")]),
])
def test_a_unit_long_compound_is_a_duration(
        text: str, expected: list[tuple[str, str, str]]) -> None:
    assert tagged(text, OCTOBER_25_2007) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Management expects revenue to increase by 20% annually.", []),
    ("The plant would produce about 10,000 units annually.", []),
    ("The redemption will eliminate dividend payments of C$17.9 million annually.", []),
    # After anything but an amount the adverb is a recurrence.
    ("The commemorations are held here annually for the poet.", [("annually", "SET", "P1Y")]),
    # A word in -s after no amount nor determiner is a verb or its object, not a rate's noun.
    ("The board of the foundation meets annually.", [("annually", "SET", "P1Y")]),
    ("The utility pays dividends quarterly.", [("quarterly", "SET", "P3M")]),
    ("He has been doubling its profits annually.", []),
])
def test_a_set_adverb_after_an_amount_is_a_rate(
        text: str, expected: list[tuple[str, str, str]]) -> None:
    assert tagged(text, OCTOBER_25_2007) == expected


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
    assert tagged(text, OCTOBER_25_2007) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Operating profit for the latest nine months rose 12% to $48 million.",
     [("the latest nine months", "DURATION", "P9M")]),
    ("Revenue in the latest quarter fell.", [("the latest quarter", "DATE", "2007-Q3")]),
])
def test_the_latest_keeps_its_place_in_a_counted_stretch(
        text: str, expected: list[tuple[str, str, str]]) -> None:
    assert tagged(text, OCTOBER_25_2007) == expected


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
    assert tagged(text, OCTOBER_25_2007) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Hardliners opposed to the rebels' 8-month-old truce set off a car bomb.",
     [("8-month-old", "DURATION", "P8M")]),
    ("Talks to end the 10-day-old strike at the port broke down.",
     [("10-day-old", "DURATION", "P10D")]),
    ("Mediators tried to break a two-week-old standoff over the budget.",
     [("two-week-old", "DURATION", "P2W")]),
    # The age of a person or a thing is no time.
    ("A 6-year-old boy was pulled from the water.", []),
    ("The foreign ministers marked their entry into the 50-year-old alliance.", []),
    ("Mr. Reupke, 52 years old, will step down.", []),
])
def test_the_counted_age_of_a_lasting_state_of_affairs_is_a_duration(
        text: str, expected: list[tuple[str, str, str]]) -> None:
    assert tagged(text, OCTOBER_25_2007) == expected


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


@pytest.mark.parametrize(("text", "expected"), [
    # "in" is the particle of "phased in": the count after "over" is how long it takes.
    ("The new emission limits will be phased in over 18 months.",
     [("over 18 months", "DURATION", "P18M")]),
    # "the first ... in more than five years" measures the stretch since the last one.
    ("It would be the central bank's first rate cut in more than five years.",
     [("more than five years", "DURATION", "P5Y")]),
    ("The airline will add flights in at least three months, its chief said.",
     [("at least three months", "DURATION", "P3M")]),
    # Without such a modifier the count after "in" is still the date that far ahead.
    ("The new terminal will open in less than two years.",
     [("less than two years", "DATE", "1991")]),
])
def test_in_before_a_stretch_modifier_is_no_date_ahead(
        text: str, expected: list[tuple[str, str, str]]) -> None:
    assert tagged(text, dt.date(1989, 11, 2)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # After "to", a modal or "not", "last" is the verb: only the stretch is the expression.
    ("The trial is expected to last six weeks, lawyers said.",
     [("six weeks", "DURATION", "P6W")]),
    ("Forecasters said the heat wave may last several more days.",
     [("several more days", "DURATION", "PXD")]),
    ("The truce won't last two days, a rebel commander said.", [("two days", "DURATION", "P2D")]),
    # Otherwise "last" is the shift word and stays in the span.
    ("Prices have risen 4% in the last six weeks.",
     [("the last six weeks", "DURATION", "P6W")]),
    ("Sales fell sharply last two quarters, analysts said.",
     [("last two quarters", "DURATION", "P2Q")]),
])
def test_the_verb_last_is_no_shift_word(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert tagged(text, dt.date(1989, 11, 2)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A count with a thousands separator is one number, not the digits after the comma.
    ("The temple was in use for 2,000 years before the earthquake.",
     [("2,000 years", "DURATION", "P2000Y")]),
    ("Monks built the church 1,200 years ago.", [("1,200 years ago", "DATE", "0789")]),
    # A plain quantity of something else stays untagged.
    ("About 1,500 people attended the rally.", []),
])
def test_a_count_with_a_thousands_separator_is_one_number(
        text: str, expected: list[tuple[str, str, str]]) -> None:
    assert tagged(text, dt.date(1989, 11, 2)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A stretch written in two units is one duration, as ISO 8601 writes it.
    ("The champion won 6-4, 6-3 in 1 hour 20 minutes.",
     [("1 hour 20 minutes", "DURATION", "PT1H20M")]),
    ("The merger took two years and three months to complete.",
     [("two years and three months", "DURATION", "P2Y3M")]),
    ("The siege lasted three days and six hours.",
     [("three days and six hours", "DURATION", "P3DT6H")]),
    ("She ran the marathon in 2 hours, 15 minutes.",
     [("2 hours, 15 minutes", "DURATION", "PT2H15M")]),
    # Units out of order, or a count of something else, are no such stretch.
    ("He said he had waited 20 minutes 1 hour ago.", [("20 minutes", "DURATION", "PT20M")]),
    ("After three years and 40 hires, the firm moved.", [("three years", "DURATION", "P3Y")]),
])
def test_a_stretch_in_two_units_is_one_duration(
        text: str, expected: list[tuple[str, str, str]]) -> None:
    assert tagged(text, dt.date(1989, 11, 2)) == expected
