"""An expression closed by a comma ends the phrase of the trigger before it, not the phrase
told after the comma ("Inflation eased to 6.1 percent in February, figures released on
Monday showed": February is the easing's month, Monday the release's day). Not inside a
relative clause, which the comma may close before its main verb."""

from __future__ import annotations

import datetime as dt

from tests.test_events_stage import _by_trigger, _events, _mentions

MONDAY = dt.date(2022, 3, 7)


def test_a_month_before_a_comma_leaves_the_participle_after_it_its_own_day() -> None:
    text = "Annual inflation eased to 6.1 percent in February, figures released on Monday showed."
    events = _mentions(text)
    released = _by_trigger(events, "released").time
    assert (released.earliest, released.latest) == (MONDAY, MONDAY)
    eased = _by_trigger(events, "eased").time
    assert (eased.basis, eased.earliest, eased.latest) == (
        "expression", dt.date(2022, 2, 1), dt.date(2022, 2, 28))


def test_a_relative_clause_closed_by_the_comma_keeps_its_day() -> None:
    text = ("Shares of the bank, which were suspended from trading on Monday, closed 8 percent "
            "lower.")
    suspended = _by_trigger(_mentions(text), "suspended").time
    assert (suspended.earliest, suspended.latest) == (MONDAY, MONDAY)


def test_the_trigger_before_must_be_of_the_expression_s_own_conjunct() -> None:
    # In the timeline grain "took" is no event: early 2009 is not the fighting's.
    text = ("The founder fought cancer in 2004 and took six months off in early 2009, later "
            "revealing he had undergone a liver transplant.")
    events = _events(text)
    fought = _by_trigger(events, "fought").time
    assert (fought.earliest, fought.latest) == (dt.date(2004, 1, 1), dt.date(2004, 12, 31))
    undergone = _by_trigger(events, "undergone").time
    assert undergone.earliest is not None and undergone.earliest.year == 2009
