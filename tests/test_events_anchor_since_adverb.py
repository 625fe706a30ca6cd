"""A present perfect with the adverb "since" ("have since fallen", "has since closed") lies
between the date told before it and the story's date, not anywhere before the story."""

from __future__ import annotations

import datetime as dt

from newstimeline.events import extract_events
from newstimeline.timex import tag

DCT = dt.date(2022, 7, 27)


def _time_of(text: str, trigger: str) -> tuple[dt.date | None, dt.date | None, str]:
    [event] = [e for e in extract_events("doc", text, 0, tag(text, DCT), DCT, mode="mentions")
               if e.trigger.text == trigger]
    return event.time.earliest, event.time.latest, event.time.relation


def test_since_after_a_date_in_its_sentence() -> None:
    text = "Prices hit a record in March and have since fallen by more than 20%."
    assert _time_of(text, "fallen") == (dt.date(2022, 3, 1), DCT, "after")


def test_since_after_the_date_in_force() -> None:
    text = ("Acme announced in April that it would cut 2,000 jobs. It has since closed two "
            "plants in Ohio.")
    assert _time_of(text, "closed") == (dt.date(2022, 4, 1), DCT, "after")


def test_a_perfect_without_since_is_still_open_before_the_story() -> None:
    text = "Acme announced in April that it would cut jobs. It has closed two plants in Ohio."
    assert _time_of(text, "closed") == (None, DCT, "before")
