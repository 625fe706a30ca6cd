"""An infinitive coordinated by "and to" with one a past verb governs
("used her speech to articulate a vision ..., and to defend") is done in that past act, at its
time, even with commas and a relative clause between them."""

from __future__ import annotations

import datetime as dt

from tests.test_events_stage import _by_trigger, _mentions

TEXT = ("Albright spoke in Independence on Tuesday. She used her speech to articulate a vision "
        "for NATO, which will celebrate its 50th anniversary in Washington next month, and to "
        "defend NATO's involvement in Kosovo.")


def test_an_infinitive_after_and_to_takes_the_past_governors_day() -> None:
    defend = _by_trigger(_mentions(TEXT), "defend")
    assert (defend.time.basis, defend.time.earliest, defend.time.latest) == \
        ("discourse", dt.date(2022, 3, 8), dt.date(2022, 3, 8))


def test_the_relative_clauses_future_keeps_its_own_month() -> None:
    celebrate = _by_trigger(_mentions(TEXT), "celebrate")
    assert (celebrate.time.earliest, celebrate.time.latest) == \
        (dt.date(2022, 4, 1), dt.date(2022, 4, 30))
