"""A simple past that takes a that-clause right after it ("The judges found that ...") is not
dated by an expression of that clause: the date is what the clause tells."""

from __future__ import annotations

import datetime as dt

from tests.test_events_stage import _by_trigger, _mentions


def test_a_finding_is_not_in_the_year_of_what_was_found() -> None:
    text = "The judges found that the former minister diverted public funds in 2016."
    events = _mentions(text)
    found = _by_trigger(events, "found").time
    assert found.earliest is None or found.earliest.year != 2016
    diverted = _by_trigger(events, "diverted").time
    assert (diverted.earliest, diverted.latest) == (dt.date(2016, 1, 1), dt.date(2016, 12, 31))


def test_a_past_perfect_keeps_the_date_told_after_it_as_its_reference() -> None:
    text = "The chairman had suggested that investors would buy the stock when trading opened Monday."
    suggested = _by_trigger(_mentions(text), "suggested").time
    assert (suggested.relation, suggested.latest) == ("before", dt.date(2022, 3, 7))
