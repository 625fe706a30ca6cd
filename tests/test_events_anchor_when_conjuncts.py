"""A verb joined by "and" to the verb of a when-clause after an expression shares its time, as
the clause's first verb does, whatever bounds the expression ("the worst floods since 2010,
when the river burst its banks and destroyed 300 homes": the destroying is in 2010, not some
time since)."""

from __future__ import annotations

import datetime as dt

from tests.test_events_stage import _by_trigger, _mentions

YEAR_2010 = (dt.date(2010, 1, 1), dt.date(2010, 12, 31))


def test_a_verb_joined_in_the_when_clause_takes_its_year() -> None:
    text = ("The region has not seen such floods since 2010, when the river burst its banks "
            "and destroyed 300 homes.")
    events = _mentions(text)
    for trigger in ("burst", "destroyed"):
        time = _by_trigger(events, trigger).time
        assert (time.earliest, time.latest) == YEAR_2010, trigger


def test_a_verb_after_the_when_clause_s_comma_is_not_in_it() -> None:
    text = ("Prices have risen since 2010, when the mine closed, and the town has lost half its "
            "people.")
    lost = _by_trigger(_mentions(text), "lost").time
    assert (lost.earliest, lost.latest) != YEAR_2010
