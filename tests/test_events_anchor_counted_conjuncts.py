"""The verbs joined by "and" to a clause counted back from its sentence's day took place then
too ("The airline canceled 900 flights on Tuesday, a day after a storm hit Atlanta and knocked
out power at the airport": the power went out on Monday, with the storm)."""

from __future__ import annotations

import datetime as dt

from tests.test_events_stage import _by_trigger, _mentions

MONDAY = dt.date(2022, 3, 7)


def test_a_verb_joined_to_a_counted_clause_is_counted_back_too() -> None:
    text = ("The airline canceled 900 flights on Tuesday, a day after a storm hit Atlanta and "
            "knocked out power at the airport.")
    events = _mentions(text)
    for trigger in ("hit", "knocked"):
        time = _by_trigger(events, trigger).time
        assert (time.earliest, time.latest) == (MONDAY, MONDAY), trigger
