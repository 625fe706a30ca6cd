"""Ordering rules of round 22: nouns still to come, ..."""

from __future__ import annotations

import datetime as dt

from newstimeline.events import order_events
from newstimeline.models import Document
from newstimeline.pipeline import BuildOptions, analyse_document

DCT = dt.date(1998, 8, 8)


def _ordered(text: str) -> list[str]:
    document = Document(id="d", path="d.txt", title=None, text=text)
    events = analyse_document(document, BuildOptions(dct=DCT, events="mentions")).events
    return [e.trigger.text for e in order_events(events)]


def test_a_noun_an_adjective_sets_to_come_sorts_after_the_report_of_its_quote() -> None:
    ordered = _ordered("``We are watching the possible arrival of the new envoy closely,'' "
                       "said a spokesman for the ministry.")
    assert ordered.index("said") < ordered.index("arrival")
