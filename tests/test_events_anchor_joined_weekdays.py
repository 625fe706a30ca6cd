"""A weekday joined by "and" to a coming day of its sentence ("begin on Friday and end on
Saturday") is the coming one too, not the last one the news convention would take for want of
a tense near it."""

from __future__ import annotations

import datetime as dt

from tests.test_events_stage import _by_trigger, _mentions


def test_the_end_of_a_strike_after_its_coming_start_is_still_to_come() -> None:
    text = ("The strike is due to begin at 9 p.m. on Friday and end at the same time on "
            "Saturday, the union said.")
    end = _by_trigger(_mentions(text), "end").time
    assert (end.earliest, end.latest) == (dt.date(2022, 3, 12), dt.date(2022, 3, 12))


def test_a_past_day_after_a_past_day_stays_past() -> None:
    text = "The talks began on Monday and collapsed on Tuesday, the mediator said."
    collapsed = _by_trigger(_mentions(text), "collapsed").time
    assert (collapsed.earliest, collapsed.latest) == (dt.date(2022, 3, 8), dt.date(2022, 3, 8))
