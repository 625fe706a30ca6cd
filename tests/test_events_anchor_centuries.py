"""A century dates no event of its sentence but the one it is attached to."""

from __future__ import annotations

import datetime as dt

from tests.test_events_stage import _by_trigger, _mentions


def test_a_century_is_no_date_in_force_of_its_sentence() -> None:
    text = ("The ministers met in Brussels on Tuesday. Extending membership to these three "
            "democracies helps to stabilize a region that historically has been the staging "
            "ground for many of the disasters of this century, the secretary said.")
    events = _mentions(text)
    extending = _by_trigger(events, "Extending")
    assert (extending.time.basis, extending.time.earliest, extending.time.latest) == (
        "discourse", dt.date(2022, 3, 8), dt.date(2022, 3, 8))
    disasters = _by_trigger(events, "disasters")
    assert (disasters.time.earliest, disasters.time.latest) == (
        dt.date(2000, 1, 1), dt.date(2099, 12, 31))
