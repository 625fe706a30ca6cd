"""A period said as one hyphenated word right after a trigger, before a
lowercase word ("reported third-quarter earnings"), modifies that noun: it does not date the
trigger, which takes the other evidence of its sentence."""

from __future__ import annotations

import datetime as dt

from tests.test_events_stage import DCT, _by_trigger, _mentions


def test_a_hyphenated_period_after_a_report_dates_its_noun_not_the_report() -> None:
    text = ("Last week Control Data reported third-quarter earnings of $9.8 million, or 23 "
            "cents a share.")
    events = _mentions(text)
    reported = _by_trigger(events, "reported")
    assert (reported.time.basis, reported.time.earliest, reported.time.latest) == (
        "expression", dt.date(2022, 2, 28), dt.date(2022, 3, 6))
    earnings = _by_trigger(events, "earnings")
    assert (earnings.time.earliest, earnings.time.latest) == (
        dt.date(2021, 7, 1), dt.date(2021, 9, 30))


def test_an_undated_report_of_quarterly_figures_keeps_the_reporting_convention() -> None:
    text = "Separately, Esselte Business Systems reported fourth-quarter net income fell 5.9%."
    reported = _by_trigger(_mentions(text), "reported")
    assert (reported.time.basis, reported.time.likely_day) == ("reporting", DCT)
