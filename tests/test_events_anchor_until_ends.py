"""What goes on "until the end of the year" or "until year-end" runs up to the period's last
day, not only up to the start of the part of the year that "the end of" names."""

from __future__ import annotations

import datetime as dt

from tests.test_events_stage import DCT, _by_trigger, _mentions


def test_until_the_end_of_the_year_runs_to_its_last_day() -> None:
    text = "Vaccination will continue until the end of the year, the health minister said."
    continue_ = _by_trigger(_mentions(text), "continue").time
    assert (continue_.relation, continue_.earliest, continue_.latest) == (
        "before", DCT, dt.date(2022, 12, 31))


def test_until_a_day_still_ends_the_day_before() -> None:
    text = "The talks will continue until Monday, the mediator said."
    continue_ = _by_trigger(_mentions(text), "continue").time
    assert (continue_.relation, continue_.latest) == ("before", dt.date(2022, 3, 13))
