"""A past form right after the object noun of a verb told before it in its clause ("to dominate
a summit set for April") is a participle describing that noun: it claims no date of the
sentence as a finite verb does, so the infinitive before it may take that date. After a verb
that takes a clause with no "that" ("said profits rose in April") the past form stays finite."""

from __future__ import annotations

import datetime as dt

from tests.test_events_stage import _by_trigger, _mentions


def test_an_infinitive_takes_the_date_of_a_participle_describing_its_object() -> None:
    text = "The issue is expected to dominate a NATO summit set for Washington in April."
    time = _by_trigger(_mentions(text), "dominate").time
    assert (time.basis, time.earliest, time.latest) == (
        "discourse", dt.date(2022, 4, 1), dt.date(2022, 4, 30))


def test_a_past_form_after_a_report_and_a_noun_keeps_its_date() -> None:
    events = _mentions("The company said profits rose in April.")
    assert _by_trigger(events, "said").time.basis == "reporting"
    assert _by_trigger(events, "rose").time.basis == "expression"
