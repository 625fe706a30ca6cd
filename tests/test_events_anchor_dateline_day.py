"""A dateline that names the day before the DCT ("BUDAPEST, March 9
(Xinhua) --" in a story sent on March 10, Beijing time) gives the story's own day: what is told
in the present is at that day, and an undated report is of it."""

from __future__ import annotations

import datetime as dt

from newstimeline.events import extract_events
from newstimeline.models import Event
from newstimeline.timex import tag
from tests.test_events_stage import DCT, _by_trigger

TEXT = ("BUDAPEST, March 9 (Xinhua) -- Some parties are against NATO's expansion, claiming "
        "the accession would be detrimental to the country's interests, a spokesman said.")


def _events(text: str) -> list[Event]:
    body = text.index("--") + 2
    return extract_events("doc", text, body, tag(text, DCT), DCT, mode="mentions")


def test_a_present_is_at_the_datelines_day() -> None:
    accession = _by_trigger(_events(TEXT), "accession")
    assert (accession.time.basis, accession.time.earliest, accession.time.latest) == \
        ("tense", dt.date(2022, 3, 9), dt.date(2022, 3, 9))


def test_an_undated_report_is_of_the_datelines_day() -> None:
    said = _by_trigger(_events(TEXT), "said")
    assert (said.time.basis, said.time.likely_day) == ("reporting", dt.date(2022, 3, 9))


def test_a_dateline_of_the_dcts_own_day_changes_nothing() -> None:
    text = TEXT.replace("March 9", "March 10")
    accession = _by_trigger(_events(text), "accession")
    assert (accession.time.earliest, accession.time.latest) == (DCT, DCT)
