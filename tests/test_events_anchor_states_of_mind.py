"""A present state of mind (expecting, worrying, estimating) told before
the expression of its clause holds at the story's date; the expression dates what is expected
or feared."""

from __future__ import annotations

import datetime as dt

from tests.test_events_stage import DCT, _by_trigger, _mentions


def test_a_present_expectation_holds_now_and_its_date_goes_to_what_is_expected() -> None:
    text = "Shareholders will receive $35 a share at closing, which is expected in April."
    events = _mentions(text)
    expected = _by_trigger(events, "expected")
    assert (expected.time.basis, expected.time.earliest, expected.time.latest) == \
        ("tense", DCT, DCT)
    closing = _by_trigger(events, "closing")
    assert (closing.time.earliest, closing.time.latest) == \
        (dt.date(2022, 4, 1), dt.date(2022, 4, 30))


def test_a_present_worry_about_a_coming_week_holds_now() -> None:
    worried = _by_trigger(_mentions("The villagers are worried about next week."), "worried")
    assert (worried.time.basis, worried.time.earliest, worried.time.latest) == \
        ("tense", DCT, DCT)


def test_a_state_of_mind_after_an_opening_expression_keeps_it() -> None:
    text = "On Monday, the league plans to hold a news conference."
    plans = _by_trigger(_mentions(text), "plans")
    assert (plans.time.basis, plans.time.earliest) == ("expression", dt.date(2022, 3, 14))
