"""A day told right before "for" and a gerund ("arrested a man on Tuesday for stealing a
painting") is the act's, not the gerund's: the gerund names what the act is for, which came
before it and takes a date of its own when its sentence gives one. What someone is arrested,
cited or detained for sorts before the arrest."""

from __future__ import annotations

import datetime as dt

from tests.test_events_order import _ordered
from tests.test_events_stage import _by_trigger, _mentions


def test_the_day_of_an_arrest_is_not_the_cause_s() -> None:
    text = "Police arrested a man on Tuesday for stealing a painting from the museum in 2019."
    events = _mentions(text)
    stealing = _by_trigger(events, "stealing").time
    assert (stealing.earliest, stealing.latest) == (dt.date(2019, 1, 1), dt.date(2019, 12, 31))
    arrested = _by_trigger(events, "arrested").time
    assert (arrested.earliest, arrested.latest) == (dt.date(2022, 3, 8), dt.date(2022, 3, 8))


def test_what_someone_is_arrested_for_sorts_first() -> None:
    ordered = _ordered("Police arrested the mayor's driver on Tuesday for driving a stolen "
                       "car.")
    assert ordered.index("driving") < ordered.index("arrested")
