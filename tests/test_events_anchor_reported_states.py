"""A state told in the past tense of what an undated past report says ("The governor said
residents wanted the troops to stay") holds at the report's time, the speaker's present, not on
a date carried from the sentences before ("The army retook the town in January")."""

from __future__ import annotations

import datetime as dt

from tests.test_events_stage import DCT, _by_trigger, _mentions

JANUARY = (dt.date(2022, 1, 1), dt.date(2022, 1, 31))


def test_a_reported_state_of_mind_holds_at_the_report_s_time() -> None:
    text = ("The army retook the town in January. The governor said residents wanted the "
            "troops to stay.")
    events = _mentions(text)
    wanted = _by_trigger(events, "wanted").time
    said = _by_trigger(events, "said").time
    assert (wanted.earliest, wanted.latest) == (said.earliest, said.latest)
    assert wanted.latest == DCT


def test_a_reported_state_holds_at_the_report_s_time() -> None:
    text = ("The company sold its shipping unit in January. Its chairman said he was unhappy "
            "with the price.")
    unhappy = _by_trigger(_mentions(text), "unhappy").time
    assert (unhappy.earliest, unhappy.latest) != JANUARY
    assert unhappy.latest == DCT


def test_a_reported_act_keeps_the_date_carried() -> None:
    text = ("The rebels seized the port in January. A spokesman said the group believed the "
            "talks had failed.")
    talks = _by_trigger(_mentions(text), "talks").time
    assert (talks.earliest, talks.latest) == JANUARY
