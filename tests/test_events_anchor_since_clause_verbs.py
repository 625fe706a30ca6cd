"""A past verb of a "since" clause that names no date of its own ("the largest attack on the
capital since the war began") opened the period that runs up to the time told around it: it
lies before that time, not on the date in force."""

from __future__ import annotations

import datetime as dt

from tests.test_events_stage import _by_trigger, _mentions


def test_the_start_of_a_war_told_in_a_since_clause_is_not_the_day_in_force() -> None:
    text = ("Drones struck an oil depot near the capital on Tuesday. It was the largest attack "
            "on the region since the war began, the governor said.")
    events = _mentions(text)
    assert _by_trigger(events, "struck").time.earliest == dt.date(2022, 3, 8)
    began = _by_trigger(events, "began").time
    assert (began.earliest, began.latest, began.relation) == (None, dt.date(2022, 3, 10),
                                                              "before")


def test_a_since_clause_with_its_own_date_keeps_it() -> None:
    text = ("Prices have doubled since the company entered the market in February 2019, the "
            "report said.")
    entered = _by_trigger(_mentions(text), "entered").time
    assert (entered.earliest, entered.latest) == (dt.date(2019, 2, 1), dt.date(2019, 2, 28))
