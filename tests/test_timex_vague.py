"""Vague references (PAST_REF, PRESENT_REF, FUTURE_REF) and adverbs that name no time."""

from __future__ import annotations

import datetime as dt

import pytest

from newstimeline.timex import tag

DCT = dt.date(2005, 6, 14)


def values(text: str) -> list[tuple[str, str]]:
    return [(e.span.text, e.value) for e in tag(text, DCT)]


@pytest.mark.parametrize(("text", "expected"), [
    ("The bank now holds 5% of the shares.", [("now", "PRESENT_REF")]),
    ("Now that rates are falling, buyers are back.", [("Now", "PRESENT_REF")]),
    ("Prices rose sharply in the past.", [("the past", "PAST_REF")]),
    ("Talks may resume in the near future.", [("the near future", "FUTURE_REF")]),
    ("Holders could buy shares at half the then current market price.",
     [("then current", "PAST_REF")]),
    ("He was paid the then-current rate.", [("then-current", "PAST_REF")]),
])
def test_vague_references(text: str, expected: list[tuple[str, str]]) -> None:
    assert values(text) == expected


@pytest.mark.parametrize("text", [
    "The company had previously denied the report.",
    "He once ran a bakery in Leeds.",
    "The ruling came soon after the hearing.",
    "The 52-year-old mayor and his 6-year-old son waved.",
    "The plaintiff, 44 years old, declined to comment.",
])
def test_adverbs_and_ages_are_not_times(text: str) -> None:
    assert values(text) == []


def test_today_before_a_generic_noun_is_no_date() -> None:
    assert values("The case is for today's youth what the blockade was for their parents.") == []
    assert values("Such chips run many of today's personal computers.") == []
    assert values("The offer was advertised in today's editions.") == [("today", "2005-06-14")]


def test_right_now_and_for_now_tag_the_now() -> None:
    assert values("Right now my evidence is scant.") == [("now", "PRESENT_REF")]
    assert values("For now, embassy staff work from a hotel.") == [("now", "PRESENT_REF")]
