"""A future told beside a period of its sentence that holds the story's
date ("this year", "the first quarter") happens in the part of that period still to come."""

from __future__ import annotations

import datetime as dt

from tests.test_events_stage import DCT, _by_trigger, _mentions


def test_a_future_takes_the_rest_of_a_current_period_its_object_holds() -> None:
    text = ("Officials said that any gain from the sale of the unit will offset the charge in "
            "the first quarter.")
    offset = _by_trigger(_mentions(text), "offset")
    assert (offset.time.basis, offset.time.relation) == ("discourse", "on")
    assert (offset.time.earliest, offset.time.latest) == (DCT, dt.date(2022, 3, 31))
    assert "the rest of 'the first quarter'" in offset.time.explanation


def test_a_future_beside_a_past_period_stays_after_the_story_date() -> None:
    text = ("Officials said that any gain from the sale of the unit will offset the charge of "
            "last year.")
    offset = _by_trigger(_mentions(text), "offset")
    assert (offset.time.basis, offset.time.earliest, offset.time.latest) == ("tense", DCT, None)
