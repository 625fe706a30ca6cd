"""News conventions of time expressions (spans, "earlier", "now,", "or so", weekday deadlines):
each rule with a realistic sentence and exact values."""

from __future__ import annotations

import datetime as dt

import pytest

from newstimeline.timex import tag
from tests.timex_helpers import tagged

DCT = dt.date(2007, 3, 8)  # a Thursday


@pytest.mark.parametrize(("text", "expected"), [
    ("Earlier yesterday, the exchange suspended trading in the shares.",
     [("Earlier yesterday", "DATE", "2007-03-07")]),
    ("Later today the board will meet again.", [("Later today", "DATE", "2007-03-08")]),
    ("The clinic was attacked on March 2. Earlier that day, the doctor had received a warning.",
     [("March 2", "DATE", "2007-03-02"), ("Earlier that day", "DATE", "2007-03-02")]),
])
def test_earlier_or_later_before_a_day_is_one_expression(
        text: str, expected: list[tuple[str, str, str]]) -> None:
    assert tagged(text, DCT) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The brewer said it still holds to its earlier-announced target.", []),
    ("Shareholders will get $42 a share in cash, up from the earlier $20 amount.", []),
    ("The minister earlier rejected the plan.", [("earlier", "DATE", "PAST_REF")]),
    ("Mesa had rejected the offer earlier, a spokesman said.", [("earlier", "DATE", "PAST_REF")]),
])
def test_earlier_as_an_adjective_is_no_time(text: str,
                                           expected: list[tuple[str, str, str]]) -> None:
    assert tagged(text, DCT) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Now, following asset sales, the company is profitable again.", []),
    ('Now, he says, "it looks like the West just wanted a war."', []),
    ("Now critics of the academy are targeting its funding.", [("Now", "DATE", "PRESENT_REF")]),
    ("The fund now holds a cash position of about 15%.", [("now", "DATE", "PRESENT_REF")]),
])
def test_now_with_a_comma_opening_a_sentence_is_a_discourse_marker(
        text: str, expected: list[tuple[str, str, str]]) -> None:
    assert tagged(text, DCT) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The plant will be closed over the next year or so, a spokesman said.",
     [("the next year or so", "DATE", "2008")]),
    ("Its share could rise to 30% over the next two years or so.",
     [("the next two years or so", "DURATION", "P2Y")]),
])
def test_or_so_stays_inside_the_span(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert tagged(text, DCT) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("She spent about five hours in Tanzania before flying on.", [("five hours", "DURATION", "PT5H")]),
    ("The boy has lived with his great-uncle for almost five months.",
     [("five months", "DURATION", "P5M")]),
    ("Talks have been cut off for nearly two years.", [("nearly two years", "DURATION", "P2Y")]),
    ("She took the stand for more than four hours.",
     [("more than four hours", "DURATION", "PT4H")]),
])
def test_about_and_almost_stay_outside_a_duration(
        text: str, expected: list[tuple[str, str, str]]) -> None:
    assert tagged(text, DCT) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The charge is offset by a gain of about $30 million in the quarter from the sale of a unit.",
     [("the quarter", "DATE", "2006-Q4")]),
    ("Output for the period from June to August fell.",
     [("June", "DATE", "2006-06"), ("August", "DATE", "2006-08")]),
])
def test_the_quarter_before_from_is_still_the_quarter(
        text: str, expected: list[tuple[str, str, str]]) -> None:
    assert tagged(text, DCT) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Prosecutors may soon seek an indictment, the lawyers said.",
     [("soon", "DATE", "FUTURE_REF")]),
    ("It will start selling smaller boxes soon, the company said.",
     [("soon", "DATE", "FUTURE_REF")]),
    ("The boy should be returned as soon as possible.", []),
    ("He was killed soon after being captured.", []),
    ("A trickle of cash soon became a flood.", []),
    ("The rates, sooner or later, will rise.", []),
])
def test_soon_looking_ahead_is_the_near_future_and_an_ordering_is_no_time(
        text: str, expected: list[tuple[str, str, str]]) -> None:
    assert tagged(text, DCT) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("A major factor in the third-quarter loss was a write-down.",
     [("third-quarter", "DATE", "2006-Q3")]),
    ("Profit fell in the third quarter, the bank said.", [("the third quarter", "DATE", "2006-Q3")]),
    ("A spokesman declined to comment late yesterday.", [("late yesterday", "DATE", "2007-03-07")]),
    ("His car was seen in the neighborhood in the weeks before the shooting.",
     [("weeks", "DURATION", "PXW")]),
    ("Funds may have to sell more bonds in the weeks ahead.",
     [("the weeks ahead", "DURATION", "PXW")]),
    ("Over the years many more patients were helped.", [("the years", "DURATION", "PXY")]),
])
def test_span_conventions_of_quarters_days_and_plural_units(
        text: str, expected: list[tuple[str, str, str]]) -> None:
    assert tagged(text, DCT) == expected


def test_the_end_of_a_week_or_month_is_in_the_span_and_narrows_it() -> None:
    found = tag("Mailing will begin at the end of this week; troops arrive by the end of the month.",
                DCT)
    assert [(e.span.text, e.type, e.value) for e in found] == [
        ("the end of this week", "DATE", "2007-W10"), ("the end of the month", "DATE", "2007-03")]
    week, month = (e.interval for e in found)
    assert (week.earliest, week.latest) == (dt.date(2007, 3, 9), dt.date(2007, 3, 11))
    assert (month.earliest, month.latest) == (dt.date(2007, 3, 21), dt.date(2007, 3, 31))


@pytest.mark.parametrize(("text", "dct", "expected"), [
    # A Monday story: the deadline extended "until Tuesday" is tomorrow, not last week.
    ("The agency extended its deadline until 9 a.m. EST Tuesday.", dt.date(2000, 4, 3),
     [("9 a.m. EST Tuesday", "TIME", "2000-04-04T09:00")]),
    # A Friday story: "gave them until Thursday" is yesterday, the nearer Thursday.
    ("The court gave them until Thursday to reply.", dt.date(1999, 5, 7),
     [("Thursday", "DATE", "1999-05-06")]),
])
def test_weekday_deadline_in_a_past_clause_is_the_nearest_such_day(
        text: str, dct: dt.date, expected: list[tuple[str, str, str]]) -> None:
    assert tagged(text, dct) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("They are going to have to live without power for a while.",
     [("a while", "DURATION", "PXX")]),
    ("The plant has been idle for quite a while, workers said.",
     [("quite a while", "DURATION", "PXX")]),
    ("Prices have not been this low for a long time.", []),
    ("It took a while to load.", []),
])
def test_for_a_while_is_a_duration_of_unstated_length(
        text: str, expected: list[tuple[str, str, str]]) -> None:
    assert tagged(text, DCT) == expected
