"""An adverbial time phrase that stands by itself, without a preposition ("earlier this
month", "last week"), ends the predicate told before it when a new conjunct follows ("searched
his home earlier this month and questioned two aides last week"): it dates that predicate,
not the verb of the next conjunct."""

from __future__ import annotations

import datetime as dt

from tests.test_events_stage import _by_trigger, _mentions


def test_two_conjuncts_each_keep_their_own_adverbial() -> None:
    text = ("Prosecutors searched the minister's official residence earlier this month and "
            "questioned two of his aides last week.")
    events = _mentions(text)
    searched = _by_trigger(events, "searched").time
    questioned = _by_trigger(events, "questioned").time
    assert (searched.earliest, searched.latest) == (dt.date(2022, 3, 1), dt.date(2022, 3, 10))
    assert (questioned.earliest, questioned.latest) == (dt.date(2022, 2, 28),
                                                        dt.date(2022, 3, 6))

