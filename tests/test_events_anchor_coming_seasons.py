"""A season named without its year is moved a year as a month is: "Traders now expect the first
cut in the autumn" (a July story) is this autumn, and "will resume flights in the spring" next
spring, when the time tagger read a past tense nearby and took the last one."""

from __future__ import annotations

import datetime as dt

from newstimeline.events import extract_events
from newstimeline.models import Event
from newstimeline.timex import tag

JULY_STORY = dt.date(2024, 7, 25)


def _time(text: str, trigger: str) -> tuple[dt.date | None, dt.date | None]:
    events: list[Event] = extract_events("doc", text, 0, tag(text, JULY_STORY), JULY_STORY,
                                         mode="mentions")
    [event] = [e for e in events if e.trigger.text == trigger]
    return event.time.earliest, event.time.latest


def test_an_expected_autumn_is_the_coming_one() -> None:
    text = "Traders now expect the first cut in the autumn."
    assert _time(text, "cut") == (dt.date(2024, 9, 1), dt.date(2024, 11, 30))


def test_a_future_verb_s_spring_is_the_next_one() -> None:
    text = "The airline will resume flights to the island in the spring because demand has recovered."
    assert _time(text, "resume") == (dt.date(2025, 3, 1), dt.date(2025, 5, 31))


def test_a_past_verb_keeps_the_last_spring() -> None:
    text = "In the spring, floods destroyed the harvest."
    assert _time(text, "destroyed") == (dt.date(2024, 3, 1), dt.date(2024, 5, 31))
