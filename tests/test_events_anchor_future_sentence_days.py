"""A day named without its year in a sentence told in the future, held by a noun beside it
("will be presented on Dec. 10, the anniversary of ..."), is the coming one, not the last one
the tagger may take when the noun reads as past."""

from __future__ import annotations

import datetime as dt

from newstimeline.events import extract_events
from newstimeline.timex import tag
from tests.test_events_stage import _by_trigger

OCTOBER_DCT = dt.date(2024, 10, 11)


def test_a_day_in_a_future_sentence_is_the_coming_one() -> None:
    text = ("The prize will be presented in Oslo on Dec. 10, the anniversary of Alfred "
            "Nobel's death.")
    events = extract_events("doc", text, 0, tag(text, OCTOBER_DCT), OCTOBER_DCT, mode="mentions")
    presented = _by_trigger(events, "presented").time
    assert (presented.earliest, presented.latest) == (dt.date(2024, 12, 10), dt.date(2024, 12, 10))


def test_a_past_day_in_a_past_sentence_stays_past() -> None:
    text = ("The prize was presented in Oslo on Dec. 10, the anniversary of Alfred "
            "Nobel's death.")
    events = extract_events("doc", text, 0, tag(text, OCTOBER_DCT), OCTOBER_DCT, mode="mentions")
    presented = _by_trigger(events, "presented").time
    assert (presented.earliest, presented.latest) == (dt.date(2023, 12, 10), dt.date(2023, 12, 10))
