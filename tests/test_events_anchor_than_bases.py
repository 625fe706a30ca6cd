"""An expression right after a comparison's "than" ("lower than a year ago", "lower than in
2019") dates the base compared with, not the state or event compared: that one keeps the period
its sentence is about."""

from __future__ import annotations

import datetime as dt

from tests.test_events_stage import _by_trigger, _mentions


def test_a_state_lower_than_a_year_ago_keeps_the_period_of_its_sentence() -> None:
    text = ("In the third quarter of 2021, interest expense and tax rates were lower than a year "
            "ago.")
    lower = _by_trigger(_mentions(text), "lower").time
    assert (lower.earliest, lower.latest) == (dt.date(2021, 7, 1), dt.date(2021, 9, 30))


def test_an_event_hurt_by_prices_lower_than_in_a_year_is_not_in_that_year() -> None:
    text = "Sales fell in the quarter as the unit was hurt by prices lower than in 2019."
    events = _mentions(text)
    fell, hurt = _by_trigger(events, "fell").time, _by_trigger(events, "hurt").time
    assert hurt.earliest is not None and hurt.earliest.year != 2019
    assert (hurt.earliest, hurt.latest) == (fell.earliest, fell.latest)


def test_no_later_than_a_date_is_a_limit_not_a_base() -> None:
    vote = _by_trigger(_mentions("Shareholders must vote no later than March 30."), "vote").time
    assert (vote.earliest, vote.latest) == (dt.date(2022, 3, 30), dt.date(2022, 3, 30))
