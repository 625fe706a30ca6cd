"""A clause after a duration and "after" ("a day after it grounded 800 flights", "one year after
the doctor was killed") took place that long before the day its sentence dates: its verb is
counted back from that day, to the day for days and weeks, to the month for months and years."""

from __future__ import annotations

import datetime as dt

from tests.test_events_stage import _by_trigger, _mentions


def test_a_day_after_a_clause_is_the_day_before() -> None:
    text = ("The airline canceled more than 1,200 flights on Tuesday as a winter storm swept "
            "across the Northeast, a day after it grounded 800 flights in the Midwest.")
    grounded = _by_trigger(_mentions(text), "grounded").time
    assert (grounded.relation, grounded.earliest, grounded.latest) == (
        "on", dt.date(2022, 3, 7), dt.date(2022, 3, 7))


def test_a_year_after_a_clause_is_that_month_a_year_back() -> None:
    text = ("About 500 people attended a memorial service on Sunday, one year after the doctor "
            "was killed by a sniper.")
    killed = _by_trigger(_mentions(text), "killed").time
    assert (killed.earliest, killed.latest) == (dt.date(2021, 3, 1), dt.date(2021, 3, 31))


def test_a_clause_with_its_own_day_is_left_to_it() -> None:
    text = ("The parliament approved the budget on Wednesday, two days after the cabinet "
            "endorsed it on Monday.")
    endorsed = _by_trigger(_mentions(text), "endorsed").time
    assert (endorsed.earliest, endorsed.latest) == (dt.date(2022, 3, 7), dt.date(2022, 3, 7))
