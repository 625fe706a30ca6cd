"""A sentence told in the present, with no date of its own, brings the story
back to its own date for the sentences after it, as a "now" does."""

from __future__ import annotations

import datetime as dt

from tests.test_events_stage import DCT, _by_trigger, _mentions

TUESDAY = dt.date(2022, 3, 8)  # two days before the story's date (a Thursday)


def _found(text: str) -> tuple[str, dt.date | None, dt.date | None]:
    found = _by_trigger(_mentions(text), "found")
    return found.time.basis, found.time.earliest, found.time.latest


def test_a_sentence_told_in_the_present_makes_the_story_date_the_date_in_force() -> None:
    text = ("Police searched the house of the suspect on Tuesday. Kopp remains at-large and "
            "police admit that they have few leads. Investigators found a rifle buried near "
            "the home.")
    assert _found(text) == ("discourse", DCT, DCT)
    found = _by_trigger(_mentions(text), "found")
    assert "told in the present ('remains')" in found.time.explanation
    assert found.time.expression is None  # no expression names the story's date: none to show


def test_a_present_be_sentence_makes_the_story_date_the_date_in_force() -> None:
    text = ("Police searched the house of the suspect on Tuesday. The charges are serious. "
            "Investigators found a rifle buried near the home.")
    assert _found(text) == ("discourse", DCT, DCT)


def test_a_present_perfect_sentence_keeps_the_date_in_force() -> None:
    text = ("Police searched the house of the suspect on Tuesday. Officers have questioned "
            "more than 100 people. Investigators found a rifle buried near the home.")
    assert _found(text) == ("discourse", TUESDAY, TUESDAY)


def test_a_sentence_mixing_present_and_past_keeps_the_date_in_force() -> None:
    text = ("Police searched the house of the suspect on Tuesday. Kopp remains at-large after "
            "he fled the town. Investigators found a rifle buried near the home.")
    assert _found(text) == ("discourse", TUESDAY, TUESDAY)
