"""A coming date told before a present intending verb ("On Friday, the union plans to hold a
news conference") is when the intended act is to be done: the infinitive takes it. A coming
date told after the verb, in its object, is the object's."""

from __future__ import annotations

import datetime as dt

from tests.test_events_stage import _by_trigger, _mentions


def test_the_planned_act_takes_the_coming_day_told_before_the_plan() -> None:
    text = "On Friday, the union plans to hold a news conference to present its advertisement."
    events = _mentions(text)
    for trigger in ("hold", "present"):
        time = _by_trigger(events, trigger).time
        assert (time.basis, time.earliest, time.latest) == (
            "discourse", dt.date(2022, 3, 11), dt.date(2022, 3, 11)), trigger


def test_a_coming_day_in_the_object_of_the_intending_verb_is_not_the_acts() -> None:
    text = "The company expects net income in the year ending June 30, 2023, to fall below " \
           "estimates."
    time = _by_trigger(_mentions(text), "fall").time
    assert time.earliest != dt.date(2023, 6, 30)
