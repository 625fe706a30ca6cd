"""A day counted from another by a number of days or weeks: "Three days later" from the day the
sentence before named, "Two days after the vote on Monday" from the day named after "after"."""

from __future__ import annotations

import datetime as dt

from tests.test_events_stage import _by_trigger, _mentions


def test_three_days_later_counts_from_the_day_told_before() -> None:
    text = "The bomb exploded on March 1. Three days later, police arrested a suspect."
    arrested = _by_trigger(_mentions(text), "arrested").time
    assert (arrested.earliest, arrested.latest) == (dt.date(2022, 3, 4), dt.date(2022, 3, 4))
    assert "counted from 'March 1'" in arrested.explanation


def test_two_days_after_a_dated_vote_counts_from_its_day() -> None:
    text = "Two days after the vote on Monday, the parliament approved the budget."
    approved = _by_trigger(_mentions(text), "approved").time
    assert (approved.earliest, approved.latest) == (dt.date(2022, 3, 9), dt.date(2022, 3, 9))


def test_business_days_are_not_counted_as_calendar_days() -> None:
    text = "Eight trading days after March 1, the index had fallen 4.3%."
    fallen = _by_trigger(_mentions(text), "fallen").time
    assert fallen.earliest != dt.date(2022, 3, 9)
