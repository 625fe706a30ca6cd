""""Two years later" counts from the date named before it; with none named it is a stretch of
time (a DURATION), not a date counted from the story's day, which would put a past event after
the story ("Two years later, the firm was sold" in a 2024 story is no sale in 2026)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.timex_helpers import tagged

STORY_DAY = dt.date(2024, 3, 14)


@pytest.mark.parametrize(("text", "expected"), [
    ("Two years later, the firm was sold.", [("Two years later", "DURATION", "P2Y")]),
    ("Eighteen months later the company was sold again.",
     [("Eighteen months later", "DURATION", "P18M")]),
    ("A decade later the mine reopened.", [("A decade later", "DURATION", "P10Y")]),
])
def test_later_with_no_date_named_before_is_a_stretch(
        text: str, expected: list[tuple[str, str, str]]) -> None:
    assert tagged(text, STORY_DAY) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("He left the company in 1990. Two years later he returned.",
     [("1990", "DATE", "1990"), ("Two years later", "DATE", "1992")]),
    ("Profit was $5 million, up from $3 million a year earlier.",
     [("a year earlier", "DATE", "2023")]),
    ("The plant opened on March 3. Two weeks later it closed.",
     [("March 3", "DATE", "2024-03-03"), ("Two weeks later", "DATE", "2024-W11")]),
])
def test_a_date_named_before_or_an_earlier_comparison_keeps_a_date(
        text: str, expected: list[tuple[str, str, str]]) -> None:
    assert tagged(text, STORY_DAY) == expected
