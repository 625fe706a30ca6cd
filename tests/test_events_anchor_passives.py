"""A participle after a present "be" ("is well positioned") is a present
state or passive, at the story's date, whatever tense the mention model read in its -ed form."""

from __future__ import annotations

import datetime as dt

from tests.test_events_stage import DCT, _by_trigger, _mentions


def test_a_participle_after_a_present_be_is_at_the_story_date() -> None:
    text = ("The company reported a loss on Tuesday. Westinghouse also is well positioned to "
            "sell steam turbine plants to independent power producers.")
    events = _mentions(text)
    positioned = _by_trigger(events, "positioned")
    assert (positioned.tense, positioned.time.basis, positioned.time.earliest,
            positioned.time.latest) == ("past", "tense", DCT, DCT)
    reported = _by_trigger(events, "reported")
    assert reported.time.earliest == dt.date(2022, 3, 8)
