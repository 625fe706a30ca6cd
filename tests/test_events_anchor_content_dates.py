"""A date told in what a report says ("said Washington would ... and that a decision could
come next week") or in the that-clause a verb takes ("found that he diverted funds in 2016")
does not date the report or the verb, also in the timeline grain, where the verbs of that
content may be no events of their own."""

from __future__ import annotations

import datetime as dt

from tests.test_events_stage import DCT, _by_trigger, _events


def test_a_report_is_not_dated_by_the_week_its_content_names() -> None:
    text = ("The secretary said Washington would consider the request and that a decision "
            "could come next week.")
    said = _by_trigger(_events(text), "said").time
    assert said.basis == "reporting"
    assert (said.earliest, said.latest) == (dt.date(2022, 3, 9), DCT)


def test_a_report_is_not_bounded_by_a_limit_its_content_names() -> None:
    text = ("The Senate sent the bill to the House, where the speaker has said he will not "
            "bring it to a vote before June.")
    said = _by_trigger(_events(text), "said").time
    assert said.relation == "on" and said.latest == DCT


def test_a_finding_is_not_dated_by_the_year_of_what_was_found() -> None:
    text = "The judges found that the former minister diverted public funds in 2016."
    found = _by_trigger(_events(text), "found").time
    assert found.earliest is None or found.earliest.year != 2016


def test_a_report_keeps_the_day_told_before_its_content() -> None:
    text = "The minister said on Tuesday that the bridge would reopen next week."
    said = _by_trigger(_events(text), "said").time
    assert (said.earliest, said.latest) == (dt.date(2022, 3, 8), dt.date(2022, 3, 8))
