"""A "since" after a superlative ("its worst day since March", "the highest level since 2019")
bounds the record, not the event: the event keeps the time its sentence or story gives it."""

from __future__ import annotations

import datetime as dt

from tests.test_events_stage import _by_trigger, _mentions


def test_the_worst_day_since_a_month_does_not_bound_the_drop() -> None:
    text = ("Stocks fell sharply on Monday. The Dow Jones industrial average dropped 1.2%, its "
            "worst day since January.")
    dropped = _by_trigger(_mentions(text), "dropped").time
    assert (dropped.earliest, dropped.latest) == (dt.date(2022, 3, 7), dt.date(2022, 3, 7))


def test_the_highest_level_since_a_year_is_no_date_of_the_rise() -> None:
    text = "The yen rose to its highest level since 2019 against the dollar."
    rose = _by_trigger(_mentions(text), "rose").time
    assert rose.relation == "before" and rose.latest == dt.date(2022, 3, 10)


def test_a_plain_since_still_bounds_its_event() -> None:
    text = "The shares have gained 4% since January."
    gained = _by_trigger(_mentions(text), "gained").time
    assert (gained.relation, gained.earliest) == ("after", dt.date(2022, 1, 1))
