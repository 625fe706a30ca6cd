"""What a report says will happen, told with "would" ("said it would close the plant"), is an
event of its own, as with "will"; outside a report "would" is a condition and makes none."""

from __future__ import annotations

import datetime as dt

from tests.test_events_stage import DCT, _by_trigger, _events


def test_a_future_told_in_a_report_is_an_event_after_the_report() -> None:
    events = _events("The company said it would close the plant.")
    assert [e.trigger.text for e in events] == ["said", "close"]
    close = _by_trigger(events, "close")
    assert (close.tense, close.time.earliest, close.time.latest) == ("future", DCT, None)


def test_its_own_date_dates_it_and_its_negation_is_kept() -> None:
    closed = _by_trigger(_events("He said the plant would be closed in May."), "closed")
    assert (closed.time.earliest, closed.time.latest) == (dt.date(2022, 5, 1), dt.date(2022, 5, 31))
    build = _by_trigger(_events("Officials said they would not build a new bridge."), "build")
    assert build.polarity == "NEG"
    events = _events("He said he would eventually seek a new post.")
    assert [e.trigger.text for e in events] == ["said", "seek"]


def test_a_condition_or_a_counterfactual_is_no_event() -> None:
    assert _events("The bill would avert a shutdown.") == []
    assert [e.trigger.text for e in _events("She said she would have won.")] == ["said"]


def test_a_reported_future_leaves_the_main_verb_of_its_clause() -> None:
    text = ("Goldstein, who said the issue would surface in the campaign, defended the use of "
            "the issue.")
    assert {"said", "surface", "defended"} <= {e.trigger.text for e in _events(text)}


def test_a_reported_future_after_another_verb_of_its_clause_is_kept() -> None:
    text = "Delaney, 52, had pleaded not guilty and his lawyers said they would appeal."
    assert "appeal" in {e.trigger.text for e in _events(text)}
