"""A century dates no event of its sentence but the one it is attached to."""

from __future__ import annotations

import datetime as dt

from tests.test_events_stage import _by_trigger, _mentions


def test_a_century_is_no_date_in_force_of_its_sentence() -> None:
    text = ("The ministers met in Brussels on Tuesday. Extending membership to these three "
            "democracies helps to stabilize a region that historically has been the staging "
            "ground for many of the disasters of this century, the secretary said.")
    events = _mentions(text)
    # Not the century: the gerund is in the clause of the present "helps", at the story's
    # date (round 27: the century no longer keeps it from that present verb's time).
    extending = _by_trigger(events, "Extending")
    assert (extending.time.basis, extending.time.earliest, extending.time.latest) == (
        "tense", dt.date(2022, 3, 10), dt.date(2022, 3, 10))
    disasters = _by_trigger(events, "disasters")
    assert (disasters.time.earliest, disasters.time.latest) == (
        dt.date(2000, 1, 1), dt.date(2099, 12, 31))
