"""A coming date named in the sentence before frames the events of a
sentence told in the future that names no coming date itself."""

from __future__ import annotations

import datetime as dt

from tests.test_events_stage import _by_trigger, _mentions

MARCH_25 = dt.date(2022, 3, 25)


def test_a_future_sentence_after_a_coming_date_takes_it() -> None:
    text = ("The secretary has invited the three foreign ministers to a ceremony in "
            "Independence on March 25. The ceremony will take place at the Truman Library.")
    events = _mentions(text)
    ceremony = [e for e in events if e.trigger.text == "ceremony"][-1]
    take = _by_trigger(events, "take")
    for event in (ceremony, take):
        assert (event.time.basis, event.time.earliest, event.time.latest) == (
            "discourse", MARCH_25, MARCH_25)


def test_a_past_sentence_after_a_coming_date_does_not_take_it() -> None:
    text = ("The secretary has invited the three foreign ministers to a ceremony in "
            "Independence on March 25. The ceremony surprised the diplomats.")
    surprised = _by_trigger(_mentions(text), "surprised")
    assert (surprised.time.basis, surprised.time.earliest, surprised.time.latest) == (
        "tense", None, dt.date(2022, 3, 10))
