"""Ordering: events sorted by their interval, undated ones last, ties kept in text order."""

from __future__ import annotations

import datetime as dt

from newstimeline.models import Event

_FAR_FUTURE = dt.date.max


def _key(event: Event, position: int) -> tuple[int, dt.date, dt.date, int]:
    time = event.time
    # An open-started range sorts by its known end, an open-ended one by its known start.
    lower = time.earliest or time.latest or _FAR_FUTURE
    upper = time.latest or time.earliest or _FAR_FUTURE
    return (1 if time.relation == "undated" else 0, lower, upper, position)


def order_events(events: list[Event]) -> list[Event]:
    """Events in time order; equal intervals keep the order they were given in (text order)."""
    return [e for _, e in sorted(enumerate(events), key=lambda pair: _key(pair[1], pair[0]))]
