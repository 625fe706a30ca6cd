"""Anchoring: the year of a month named without one, read from the simple past it dates."""

from __future__ import annotations

import datetime as dt

from tests.test_events_stage import _by_trigger, _mentions


def test_a_yearless_month_far_from_its_verb_dates_a_past_event_in_the_year_before() -> None:
    # The time tagger reads no tense within reach of "In May" and takes the May nearest the
    # story's date (March 10, 2022): May 2022, after the story. "killed" says it is past.
    text = ("In May, a week after the 25th anniversary of the Supreme Court decision, a clinic "
            "bombing in Birmingham killed a security guard.")
    events = _mentions(text)
    killed = _by_trigger(events, "killed")
    assert (killed.time.earliest, killed.time.latest) == (dt.date(2021, 5, 1),
                                                          dt.date(2021, 5, 31))
    bombing = _by_trigger(events, "bombing")
    assert (bombing.time.earliest, bombing.time.latest) == (dt.date(2021, 5, 1),
                                                            dt.date(2021, 5, 31))


def test_a_coming_month_of_a_future_event_keeps_its_year() -> None:
    text = ("In May, a week after the 25th anniversary of the Supreme Court decision, the "
            "clinic will reopen.")
    reopen = _by_trigger(_mentions(text), "reopen")
    assert reopen.time.earliest == dt.date(2022, 5, 1)
