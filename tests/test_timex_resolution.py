"""The tagger: finding and resolving expressions in sentences that are not from the seed."""

from __future__ import annotations

import datetime as dt

import pytest

from newstimeline.timex import tag

THURSDAY = dt.date(2021, 12, 16)


def _values(text: str, dct: dt.date = THURSDAY) -> list[tuple[str, str]]:
    return [(e.span.text, e.value) for e in tag(text, dct)]


@pytest.mark.parametrize(("text", "dct", "expected"), [
    ("The ministry said Tuesday it had closed the border.", THURSDAY, [("Tuesday", "2021-12-14")]),
    ("The two leaders will meet Tuesday in Geneva.", THURSDAY, [("Tuesday", "2021-12-21")]),
    ("Talks resumed on Thursday, the agency said.", THURSDAY, [("Thursday", "2021-12-16")]),
    ("Police said the attack happened on Friday.", dt.date(2022, 1, 2),
     [("Friday", "2021-12-31")]),
    ("The strike began last Monday.", THURSDAY, [("last Monday", "2021-12-13")]),
    ("Voting ends next Sunday.", THURSDAY, [("next Sunday", "2021-12-19")]),
    ("Shares fell 3% yesterday.", THURSDAY, [("yesterday", "2021-12-15")]),
    ("The plant closed two weeks ago.", THURSDAY, [("two weeks ago", "2021-W48")]),
    ("Output rose last year.", THURSDAY, [("last year", "2020")]),
    ("Prices will rise next month.", THURSDAY, [("next month", "2022-01")]),
    ("Profit doubled in the third quarter.", THURSDAY, [("the third quarter", "2021-Q3")]),
    ("The treaty was signed on Dec. 3.", THURSDAY, [("Dec. 3", "2021-12-03")]),
    ("The decree of 4 March 2019 stands.", THURSDAY, [("4 March 2019", "2019-03-04")]),
    ("Filed on 03/04/2019.", THURSDAY, [("03/04/2019", "2019-03-04")]),
    ("A report dated 2020-06-30 was leaked.", THURSDAY, [("2020-06-30", "2020-06-30")]),
    ("Inflation peaked in the 1970s.", THURSDAY, [("the 1970s", "197")]),
    ("The company was founded in 1998.", THURSDAY, [("1998", "1998")]),
    ("It has grown for three years.", THURSDAY, [("three years", "P3Y")]),
    ("Nothing changed in the past 24 hours.", THURSDAY, [("the past 24 hours", "PT24H")]),
    ("The board meets every Monday.", THURSDAY, [("every Monday", "XXXX-WXX-1")]),
    ("The report is published annually.", THURSDAY, [("annually", "P1Y")]),
    ("The market opened at 9:30 a.m. EST.", THURSDAY, [("9:30 a.m. EST", "2021-12-16T09:30")]),
    ("Rescuers arrived this morning.", THURSDAY, [("this morning", "2021-12-16TMO")]),
    ("He resigned in January, weeks after the vote.", THURSDAY, [("January", "2021-01")]),
    ("The minister recently visited Kyiv.", THURSDAY, [("recently", "PAST_REF")]),
    ("Growth should return in the future.", THURSDAY, [("the future", "FUTURE_REF")]),
])  # fmt: skip
def test_expression_values(text: str, dct: dt.date, expected: list[tuple[str, str]]) -> None:
    assert _values(text, dct) == expected


@pytest.mark.parametrize("text", [
    "May I ask a question?",
    "Thousands joined the March on Washington.",
    "We have reached a decision.",
    "She sought a second opinion.",
    "Friday's child is loving and giving.",
    "The company employs 4500 people and sold 12 units.",
    "NATO has been violating earlier agreements.",
])  # fmt: skip
def test_non_times_are_not_tagged(text: str) -> None:
    assert _values(text) == []


def test_in_friday_slip_is_read_as_on_friday() -> None:
    [expression] = tag("Russia in Friday released the drafts.", dt.date(2021, 12, 18))
    assert expression.value == "2021-12-17"
    assert expression.explanation.startswith('"in Friday" → 2021-12-17: past tense')


def test_earlier_is_an_open_interval_ending_at_the_dct() -> None:
    [expression] = tag("The president earlier called for talks.", THURSDAY)
    assert (expression.interval.earliest, expression.interval.latest) == (None, THURSDAY)


def test_month_interval_covers_the_whole_month() -> None:
    [expression] = tag("The talks collapsed in February.", dt.date(2022, 3, 10))
    assert (expression.interval.earliest, expression.interval.latest) == (
        dt.date(2022, 2, 1), dt.date(2022, 2, 28))


def test_anaphoric_day_counts_from_the_last_date_in_force() -> None:
    text = "The ceasefire began on March 3. The following day, shelling resumed."
    assert _values(text, dt.date(2022, 3, 10)) == [
        ("March 3", "2022-03-03"), ("The following day", "2022-03-04")]
