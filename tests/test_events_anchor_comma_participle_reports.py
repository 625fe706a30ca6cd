"""A report told in a participle after a comma ("..., declaring victory", "..., claiming") is
made in the dated past act it goes with, at its time, not on the story's date by the reporting
convention; "according to" still names the source of its whole sentence."""

from __future__ import annotations

import datetime as dt

from tests.test_events_stage import _by_trigger, _mentions


def test_a_participle_report_takes_the_time_of_the_dated_act_it_goes_with() -> None:
    text = ("Both governments filed objections to the court's jurisdiction in 1995, claiming "
            "that the council's resolutions took precedence.")
    time = _by_trigger(_mentions(text), "claiming").time
    assert (time.earliest, time.latest, time.likely_day) == (
        dt.date(1995, 1, 1), dt.date(1995, 12, 31), None)


def test_according_to_keeps_the_reporting_convention() -> None:
    text = "Imports of the watches totaled $37.3 million in 1988, according to the commission."
    assert _by_trigger(_mentions(text), "according").time.basis == "reporting"
