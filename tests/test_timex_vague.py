"""Vague references (PAST_REF, PRESENT_REF, FUTURE_REF) and adverbs that name no time."""

from __future__ import annotations

import datetime as dt

import pytest

from newstimeline.timex import tag
from tests.timex_helpers import OCTOBER_25_2007, tagged

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


@pytest.mark.parametrize(("text", "expected"), [
    ("Oil rose 2%. Now, he says, the market is calm.", []),
    # "Earlier," and "Currently," still place their sentence's events; inside a sentence, or
    # without the comma, the adverbs name a time as well.
    ("The offer values the company at $3 a share. Earlier, the board had rejected a higher bid.",
     [("Earlier", "DATE", "PAST_REF")]),
    ("Livers go to the nearest patients. Currently, the sickest wait about a week.",
     [("Currently", "DATE", "PRESENT_REF"), ("a week", "DURATION", "P1W")]),
    ("The board had earlier rejected a higher bid.", [("earlier", "DATE", "PAST_REF")]),
    ("Currently the sickest patients wait longest.", [("Currently", "DATE", "PRESENT_REF")]),
])
def test_only_now_opening_a_sentence_before_a_comma_is_a_discourse_marker(
        text: str, expected: list[tuple[str, str, str]]) -> None:
    assert tagged(text, OCTOBER_25_2007) == expected


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
    assert tagged(text, OCTOBER_25_2007) == expected
