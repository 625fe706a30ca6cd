"""An expression followed by a when-clause ("in April next year when the
alliance celebrates") is the time of its own clause, which the when-clause shares; the verb of
the when-clause, nearer to it, does not take it from the clause's own event."""

from __future__ import annotations

import datetime as dt

from tests.test_events_stage import _by_trigger, _mentions

APRIL = (dt.date(2023, 4, 1), dt.date(2023, 4, 30))


def test_an_infinitive_before_a_when_clause_keeps_its_expression() -> None:
    text = ("The three countries are scheduled to become full members of the alliance in April "
            "next year when the alliance celebrates its anniversary.")
    events = _mentions(text)
    become = _by_trigger(events, "become")
    assert (become.time.basis, become.time.earliest, become.time.latest) == \
        ("expression", *APRIL)
    celebrates = _by_trigger(events, "celebrates")
    assert (celebrates.time.earliest, celebrates.time.latest) == APRIL


def test_verbs_joined_in_a_when_clause_share_its_time() -> None:
    text = ("The showdown took a more personal turn on Tuesday, when Saddam Hussein called "
            "President Bush a liar and said the American people would suffer.")
    events = _mentions(text)
    called, said = _by_trigger(events, "called"), _by_trigger(events, "said")
    tuesday = dt.date(2022, 3, 8)
    assert (called.time.basis, called.time.earliest, called.time.latest) == (
        "expression", tuesday, tuesday)
    assert (said.time.basis, said.time.earliest, said.time.latest, said.time.likely_day) == (
        "expression", tuesday, tuesday, None)
