"""A date inside what a report says dates the reported verb, not the saying, even when that verb
is no timeline entry ("She said a compromise could be reached by the end of the month")."""

from __future__ import annotations

import datetime as dt

import pytest

from newstimeline.events import extract_events
from newstimeline.timex import tag

DCT = dt.date(2023, 3, 14)  # a Tuesday


def _report_time(text: str) -> tuple[dt.date | None, dt.date | None, str]:
    [said] = [e for e in extract_events("doc", text, 0, tag(text, DCT), DCT)
              if e.event_class == "REPORTING"]
    return said.time.earliest, said.time.latest, said.time.basis


@pytest.mark.parametrize("text", [
    "She said a compromise could be reached by the end of the month.",
    "The company said it expects to report a profit in the first quarter.",
    "Police said the suspect was arrested in 2019.",
])
def test_a_report_does_not_take_the_date_of_what_it_reports(text: str) -> None:
    assert _report_time(text) == (dt.date(2023, 3, 13), DCT, "reporting")


@pytest.mark.parametrize(("text", "day"), [
    ("She said on Monday that the talks would resume.", dt.date(2023, 3, 13)),
    ("He told reporters on Monday he was confident.", dt.date(2023, 3, 13)),
    # A "to" right after the report is a preposition, not an infinitive's.
    ("She wrote to the prime minister on Monday, demanding new talks.", dt.date(2023, 3, 13)),
    ("He said to reporters on Monday that he was confident.", dt.date(2023, 3, 13)),
])
def test_a_date_right_after_the_report_is_still_its_own(text: str, day: dt.date) -> None:
    assert _report_time(text) == (day, day, "expression")


def test_a_date_after_a_modal_is_not_an_earlier_verbs() -> None:
    # "begin", after "would", is no timeline entry: Jan. 20 is still not the passing's date.
    text = ("The Senate passed the bill on Thursday. The bill, which passed 77-18, would avert "
            "a partial shutdown that would otherwise begin on Jan. 20.")
    dct = dt.date(2024, 1, 12)
    times = [(e.time.earliest, e.time.latest) for e in
             extract_events("doc", text, 0, tag(text, dct), dct) if e.trigger.text == "passed"]
    assert (dt.date(2024, 1, 20), dt.date(2024, 1, 20)) not in times
    assert times[0] == (dt.date(2024, 1, 11), dt.date(2024, 1, 11))
