"""A range of dates ("from 2015 through 2018", "between 2019 and 2021", "from January to
March") dates the event over the whole range, not by its first end."""

from __future__ import annotations

import datetime as dt

import pytest

from newstimeline.events import extract_events
from newstimeline.models import Event
from newstimeline.timex import tag

DCT = dt.date(2023, 3, 3)


def _time_of(text: str, trigger: str) -> tuple[dt.date | None, dt.date | None, str]:
    events: list[Event] = extract_events("doc", text, 0, tag(text, DCT), DCT)
    [event] = [e for e in events if e.trigger.text == trigger]
    return event.time.earliest, event.time.latest, event.time.relation


@pytest.mark.parametrize(("text", "trigger", "earliest", "latest"), [
    ("The plant was closed from 2015 through 2018, the company said.", "closed",
     dt.date(2015, 1, 1), dt.date(2018, 12, 31)),
    ("The company's sales grew between 2019 and 2021, the report said.", "grew",
     dt.date(2019, 1, 1), dt.date(2021, 12, 31)),
    ("Prices rose from January to March, traders said.", "rose",
     dt.date(2023, 1, 1), dt.date(2023, 3, 31)),
    ("The border was closed from Feb. 6 until Feb. 20, officials said.", "closed",
     dt.date(2023, 2, 6), dt.date(2023, 2, 20)),
])
def test_an_event_over_a_range_of_dates_lasts_over_it(
        text: str, trigger: str, earliest: dt.date, latest: dt.date) -> None:
    assert _time_of(text, trigger) == (earliest, latest, "on")


@pytest.mark.parametrize(("text", "trigger", "earliest", "latest", "relation"), [
    # One end alone, or two dates that are no range, keep the date of the clause.
    ("Prices rose from January, traders said.", "rose",
     dt.date(2023, 1, 1), dt.date(2023, 1, 31), "on"),
    ("The talks began in 2019 and ended in 2021, officials said.", "began",
     dt.date(2019, 1, 1), dt.date(2019, 12, 31), "on"),
])
def test_one_end_or_two_separate_dates_are_no_range(
        text: str, trigger: str, earliest: dt.date, latest: dt.date, relation: str) -> None:
    assert _time_of(text, trigger) == (earliest, latest, relation)
