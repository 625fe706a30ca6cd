"""A present perfect with no expression of its own takes a period of its sentence that holds
the story's date ("this year"), up to that date: what has happened lies in the part of the
period already past."""

from __future__ import annotations

import datetime as dt

from tests.test_events_stage import _by_trigger, _mentions


def test_a_perfect_takes_the_current_year_of_its_sentence_up_to_the_story_date() -> None:
    text = "Security Pacific Corp. has set its sights on buying a second bank holding company " \
           "this year."
    time = _by_trigger(_mentions(text), "set").time
    assert (time.basis, time.earliest, time.latest) == (
        "discourse", dt.date(2022, 1, 1), dt.date(2022, 3, 10))


def test_a_century_is_no_period_of_a_perfect() -> None:
    # "this century" is too long to date the event: the perfect stays a range up to the DCT.
    text = ("Extending membership helps to stabilize a region that historically has been the "
            "staging ground for many of the disasters of this century.")
    time = _by_trigger(_mentions(text), "been").time
    assert (time.basis, time.earliest, time.latest) == ("tense", None, dt.date(2022, 3, 10))
