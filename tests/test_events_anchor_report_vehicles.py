"""A sentence that opens with the phrase naming a report's vehicle ("In a
poll completed on Tuesday, 69 percent ... said") dates the report by that vehicle's day: the
participle describes the noun, it is no finite verb claiming the day."""

from __future__ import annotations

import datetime as dt

from tests.test_events_stage import _by_trigger, _mentions

TEXT = ("In a New York Times poll completed on Tuesday, 69 percent of those polled said they "
        "did not know the candidate's position on abortion.")


def test_a_report_takes_the_day_of_its_vehicle_in_an_opening_phrase() -> None:
    said = _by_trigger(_mentions(TEXT), "said")
    assert (said.time.basis, said.time.earliest, said.time.latest, said.time.likely_day) == \
        ("discourse", dt.date(2022, 3, 8), dt.date(2022, 3, 8), None)


def test_the_participle_keeps_its_own_day() -> None:
    completed = _by_trigger(_mentions(TEXT), "completed")
    assert (completed.time.basis, completed.time.earliest) == ("expression", dt.date(2022, 3, 8))


def test_a_main_clause_participle_after_an_opening_phrase_is_not_a_vehicle() -> None:
    # The first verb after an opening phrase with no comma is the main verb: "said" is undated.
    text = "In the capital police arrested two men on Tuesday, a spokesman said."
    said = _by_trigger(_mentions(text), "said")
    assert said.time.basis == "reporting"


def test_a_report_whose_speaker_is_a_vehicle_read_on_a_day_takes_that_day() -> None:
    text = ("``The struggle must not stop for one minute!'' said a message that was read "
            "Tuesday night to several thousand rallying Cuban scientists.")
    said = next(e for e in _mentions(text) if e.trigger.text == "said")
    assert (said.time.basis, said.time.earliest, said.time.latest, said.time.likely_day) == (
        "discourse", dt.date(2022, 3, 8), dt.date(2022, 3, 8), None)
