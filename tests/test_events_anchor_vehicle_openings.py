"""An undated past report after an opening phrase naming the report's vehicle ("In the letter,
Gonzalez said ...") is told in the vehicle the story has just named and dated ("said in the
letter, dated Monday"): it takes that day, not the reporting convention's."""

from __future__ import annotations

import datetime as dt

from tests.test_events_stage import _by_trigger, _mentions

TEXT = ("``I object to the legal moves made by those retaining my son,'' Gonzalez said in the "
        "letter, dated Monday. In the letter, Gonzalez said he does not recognize the "
        "jurisdiction of the court.")


def test_a_report_in_a_vehicle_named_before_takes_its_day() -> None:
    said = [e for e in _mentions(TEXT) if e.trigger.text == "said"][1]
    monday = dt.date(2022, 3, 7)
    assert (said.time.basis, said.time.earliest, said.time.latest, said.time.likely_day) == (
        "discourse", monday, monday, None)


def test_a_report_after_another_opening_phrase_keeps_the_convention() -> None:
    text = ("The council met on Monday. In the capital, the mayor said the talks would go on.")
    said = _by_trigger(_mentions(text), "said")
    assert said.time.basis == "reporting"
