"""What a present perfect tells has happened by the story's date: a date still to come told
after it ("has asked for talks next week", "has set Nov. 10 as the deadline") is its object's,
not its own."""

from __future__ import annotations

from tests.test_events_stage import DCT, _by_trigger, _events, _mentions


def test_asking_for_talks_next_week_happened_by_now() -> None:
    text = "The union said it would fight the closure and has asked for talks next week."
    asked = _by_trigger(_events(text), "asked").time
    assert (asked.relation, asked.earliest, asked.latest) == ("before", None, DCT)


def test_setting_a_coming_deadline_happened_by_now() -> None:
    text = "The company has set March 25 as the deadline for competing bids."
    set_ = _by_trigger(_mentions(text), "set").time
    assert (set_.relation, set_.earliest, set_.latest) == ("before", None, DCT)
