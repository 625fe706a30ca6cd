"""Anchoring around quotations: a quotation's dates and present verbs are the speaker's, not
those of the events told around it."""

from __future__ import annotations

import datetime as dt

from newstimeline.events.anchor import quoted_spans
from newstimeline.text import tokens
from tests.test_events_stage import DCT, _by_trigger, _mentions

SUNDAY = dt.date(2022, 3, 6)  # the Sunday before the test DCT (a Thursday)


def test_a_date_inside_a_quotation_does_not_date_the_events_around_it() -> None:
    text = ("Thousands rallied on Sunday. ''I am willing to leave tomorrow and go to wherever the "
            "child is,'' Castro read from a letter signed by the father.")
    events = _mentions(text)
    leave = _by_trigger(events, "leave")
    assert (leave.time.earliest, leave.time.latest) == (DCT + dt.timedelta(days=1),) * 2
    read = _by_trigger(events, "read")
    assert (read.time.basis, read.time.earliest, read.time.latest) == ("discourse", SUNDAY, SUNDAY)
    signed = _by_trigger(events, "signed")
    assert (signed.time.earliest, signed.time.latest) == (SUNDAY, SUNDAY)


def test_a_date_of_the_quoting_sentence_still_dates_the_quote() -> None:
    text = ("''I am willing to fly to Havana,'' the father told reporters on Tuesday, waving a "
            "letter.")
    waving = _by_trigger(_mentions(text), "waving")
    assert (waving.time.earliest, waving.time.latest) == (dt.date(2022, 3, 8),) * 2


def test_a_present_verb_inside_a_quotation_does_not_govern_a_verb_after_it() -> None:
    text = ("Thousands rallied in Havana on Sunday. The crowd cheered. ''I am willing to go to "
            "wherever the child is,'' Castro read from a letter.")
    read = _by_trigger(_mentions(text), "read")
    assert (read.time.basis, read.time.earliest, read.time.latest) == ("discourse", SUNDAY, SUNDAY)


def test_quotations_are_found_with_split_and_plain_marks() -> None:
    text = "``We know where he is,'' she said, and \"it is over\" for them."
    toks = tokens(text)
    assert [text[a:b] for a, b in quoted_spans(toks)] == ["We know where he is,", "it is over"]
