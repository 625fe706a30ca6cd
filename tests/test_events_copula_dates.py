"""A date that a copula says of its subject ("the deadline is Nov. 30", "the vote is on
Tuesday") belongs to that clause: an event noun before the copula takes it, a report around
the clause does not, and the summary keeps it as the predicate it is."""

from __future__ import annotations

import datetime as dt

from newstimeline.events import extract_events
from newstimeline.models import Event
from newstimeline.timex import tag

DCT = dt.date(2022, 11, 2)  # a Wednesday


def _events(text: str, mode: str = "timeline") -> dict[str, Event]:
    return {e.trigger.text: e for e in extract_events("doc", text, 0, tag(text, DCT), DCT,
                                                      mode=mode)}


def test_a_report_around_a_copula_date_keeps_the_reporting_convention() -> None:
    for text in ("The deadline for bids is Nov. 30, the agency said.",
                 "The company said the deadline for bids is Nov. 30.",
                 "The closing date was Oct. 28, the company said."):
        said = _events(text)["said"]
        assert said.time.basis == "reporting", text
        assert (said.time.earliest, said.time.latest) == (dt.date(2022, 11, 1), DCT), text


def test_a_copula_date_stays_in_the_summary_as_its_predicate() -> None:
    said = _events("The deadline for bids is Nov. 30, the agency said.")["said"]
    assert said.summary == "The agency said: The deadline for bids is Nov. 30"


def test_an_event_noun_before_the_copula_takes_the_date() -> None:
    vote = _events("The vote is on Tuesday, officials said.", mode="mentions")["vote"]
    assert (vote.time.earliest, vote.time.basis) == (dt.date(2022, 11, 8), "expression")


def test_a_date_after_a_verb_is_no_copula_predicate() -> None:
    # "ended on Tuesday", "was arrested on Tuesday": the verb's date, cut from the summary.
    for text, trigger in (("The talks ended on Tuesday, officials said.", "ended"),
                          ("The suspect was arrested on Tuesday, police said.", "arrested")):
        event = _events(text, mode="mentions")[trigger]
        assert event.time.earliest == dt.date(2022, 11, 1), text
        assert "Tuesday" not in event.summary, text
