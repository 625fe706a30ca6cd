"""Tense decides which way weekdays and yearless dates point; the nearest cue word wins."""

from __future__ import annotations

import datetime as dt

import pytest

from newstimeline.timex import tag
from newstimeline.timex.tense import clause_tense

FRIDAY = dt.date(2004, 1, 9)
NOVEMBER_2 = dt.date(2006, 11, 2)
MARCH_4 = dt.date(2010, 3, 4)


def values(text: str, dct: dt.date) -> list[tuple[str, str]]:
    return [(e.span.text, e.value) for e in tag(text, dct)]


def test_past_verb_nearer_than_a_later_will_keeps_weekday_in_the_past() -> None:
    text = "Since the ruling was announced Wednesday, the family has said it will appeal."
    assert values(text, FRIDAY) == [("Wednesday", "2004-01-07")]


def test_future_cue_sends_weekday_forward() -> None:
    assert values("The talks will resume Monday in Geneva.", FRIDAY) == [
        ("Monday", "2004-01-12")]


def test_as_soon_as_weekday_is_future() -> None:
    assert values("The delegation could arrive as soon as Tuesday.", FRIDAY) == [
        ("Tuesday", "2004-01-13")]


@pytest.mark.parametrize(("text", "expected"), [
    # Present tense: the nearest such date, here in the next year.
    ("The dividend is payable Jan. 15 to holders of record.", [("Jan. 15", "2007-01-15")]),
    # Past tense, a few weeks ahead: still this year (an offer extended to a coming date).
    ("The company extended its tender offer to Nov. 20.", [("Nov. 20", "2006-11-20")]),
    # Passive participle after "can be" is not a past tense.
    ("The warrants, which expire Dec. 21, can be exercised at once.", [("Dec. 21", "2006-12-21")]),
])
def test_yearless_date_takes_nearest_year_the_tense_allows(
        text: str, expected: list[tuple[str, str]]) -> None:
    assert values(text, NOVEMBER_2) == expected


def test_future_participle_is_not_past() -> None:
    text = "She will be named commander of a shuttle mission in December."
    assert values(text, MARCH_4) == [("December", "2010-12")]


def test_past_month_months_ahead_is_last_years() -> None:
    assert values("Two helicopters crashed in May, officials said.", MARCH_4) == [
        ("May", "2009-05")]


def test_deadline_preposition_looks_ahead() -> None:
    assert values("Qantas aims to double its India flights by August.", MARCH_4) == [
        ("August", "2010-08")]


def test_irregular_past_verb_is_a_past_cue() -> None:
    assert values("In May, the company bought a rival.", MARCH_4) == [("May", "2009-05")]


def test_payable_date_is_ahead() -> None:
    text = "Directors authorized a split, payable Dec. 7 to holders of record."
    assert values(text, NOVEMBER_2) == [("Dec. 7", "2006-12-07")]


@pytest.mark.parametrize("text", [
    "Queen Elizabeth died on Thursday at Balmoral, the palace said.",
    "The two sides tied on Tuesday in a rain-shortened match.",
])
def test_a_short_ied_verb_is_past(text: str) -> None:
    # "died" is short but a past verb; short "-ed" words like "need" or "bed" are not verbs.
    start = text.index(" on ") + 4
    end = text.index(" ", start)
    assert clause_tense(text, (0, len(text)), start, end) == "past"
    assert clause_tense("They need on Thursday a new bed.", (0, 32), 13, 21) == "none"
