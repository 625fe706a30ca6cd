""""That" right after a verb opens a that-clause only when a finite verb of its own follows
before the date: "He repeated that position on Monday" is repeated on Monday ("that" is the
object's determiner), while "The judges found that he diverted funds in 2016" is no finding in
2016."""

from __future__ import annotations

import datetime as dt

from tests.test_events_stage import _by_trigger, _mentions

MONDAY = dt.date(2022, 3, 7)


def test_a_date_after_a_demonstrative_object_dates_the_verb() -> None:
    text = ("The committee approved the merger on Tuesday. The minister repeated that warning "
            "on Monday.")
    repeated = _by_trigger(_mentions(text), "repeated").time
    assert (repeated.earliest, repeated.latest) == (MONDAY, MONDAY)


def test_a_date_after_a_demonstrative_object_with_no_date_before() -> None:
    text = "The union rejected that offer on Monday, its leader said."
    rejected = _by_trigger(_mentions(text), "rejected").time
    assert (rejected.earliest, rejected.latest) == (MONDAY, MONDAY)


def test_a_that_clause_with_its_own_verb_keeps_its_date() -> None:
    text = "The judges found that the former minister diverted public funds in 2016."
    found = _by_trigger(_mentions(text), "found").time
    assert found.earliest is None or found.earliest.year != 2016
