"""A "today", "tomorrow" or "yesterday" inside a quotation counts from the day the quotation
was said, when its report names that day ("``We will meet the unions tomorrow,'' the minister
said on Monday": the Tuesday), not from the story's date."""

from __future__ import annotations

import datetime as dt

from tests.test_events_stage import _by_trigger, _mentions


def test_tomorrow_in_a_quote_said_on_monday_is_tuesday() -> None:
    text = "``We will meet the unions tomorrow,'' the minister said on Monday."
    meet = _by_trigger(_mentions(text), "meet").time
    assert (meet.earliest, meet.latest) == (dt.date(2022, 3, 8), dt.date(2022, 3, 8))


def test_tomorrow_in_a_quote_with_an_undated_report_is_the_story_days() -> None:
    text = "``We will meet the unions tomorrow,'' the minister said."
    meet = _by_trigger(_mentions(text), "meet").time
    assert (meet.earliest, meet.latest) == (dt.date(2022, 3, 11), dt.date(2022, 3, 11))
