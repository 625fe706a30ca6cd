"""A negated present perfect ("A closing date hasn't been set") tells no
past event, only what holds at the story's date; an affirmed one stays a range up to it."""

from __future__ import annotations

from tests.test_events_stage import DCT, _by_trigger, _mentions


def _time(text: str, trigger: str) -> tuple[str, object, object]:
    time = _by_trigger(_mentions(text), trigger).time
    return time.basis, time.earliest, time.latest


def test_a_negated_present_perfect_holds_at_the_story_date() -> None:
    assert _time("A closing date for the sale hasn't been set.", "set") == ("tense", DCT, DCT)
    event = _by_trigger(_mentions("A closing date for the sale hasn't been set."), "set")
    assert "negated present perfect 'set'" in event.time.explanation


def test_an_affirmed_present_perfect_stays_a_range_up_to_the_story_date() -> None:
    assert _time("A closing date for the sale has been set.", "set") == ("tense", None, DCT)


def test_a_negated_perfect_since_an_event_stays_a_range() -> None:
    text = "The boy's father has not appeared in public since the announcement."
    assert _time(text, "appeared") == ("tense", None, DCT)


def test_a_negated_perfect_told_by_a_past_report_stays_a_range() -> None:
    text = "The lawyer said the government has not prohibited the trip to Miami."
    assert _time(text, "prohibited") == ("tense", None, DCT)
