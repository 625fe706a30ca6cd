"""An undated report told in what a later report of its sentence reports,
after a comma ("Gonzalez said he would go ..., Castro said Tuesday"), took place by that
report's day; a participle after a comma that describes a noun ("the decision, announced
Tuesday") is no such report."""

from __future__ import annotations

import datetime as dt

from tests.test_events_stage import DCT, _mentions

TUESDAY = dt.date(2022, 3, 8)


def test_a_report_inside_a_dated_report_takes_that_reports_day() -> None:
    text = ("Gonzalez said he would go get his son alone if U.S. authorities promised they "
            "would turn Elian over to him immediately, Castro said Tuesday.")
    inner, outer = [e for e in _mentions(text) if e.trigger.text == "said"]
    assert (outer.time.basis, outer.time.earliest) == ("expression", TUESDAY)
    assert (inner.time.basis, inner.time.earliest, inner.time.latest, inner.time.likely_day) == (
        "discourse", TUESDAY, TUESDAY, None)


def test_a_participle_describing_a_noun_does_not_date_the_report_before_it() -> None:
    text = ("They said they would appeal the decision, announced Tuesday by INS Commissioner "
            "Doris Meissner, that Elian must be returned to his father.")
    said = next(e for e in _mentions(text) if e.trigger.text == "said")
    assert (said.time.basis, said.time.likely_day) == ("reporting", DCT)
