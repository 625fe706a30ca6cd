"""A clock time or a score written with a colon ("4:17 a.m.", "won 3:1") does not end a clause,
and a clause that ends at a bracket leaves the bracket out of its summary."""

from __future__ import annotations

import datetime as dt

from newstimeline.events.mentions import _clause_bounds
from newstimeline.text import tokens
from tests.test_events_stage import _by_trigger, _events


def test_a_colon_between_numbers_is_no_clause_break() -> None:
    words = tokens("The quake hit at 4:17 a.m. at a depth of 18 km; aftershocks followed.")
    starts = _clause_bounds(words)
    # One break, after the semicolon (token 13); none after the colon of "4:17" (token 5).
    assert [words[i].text for i in starts] == ["The", "aftershocks"]


def test_the_summary_keeps_what_follows_a_clock_time() -> None:
    text = "The quake hit at 4:17 a.m. on Monday and toppled buildings across the region."
    toppled = _by_trigger(_events(text), "toppled")
    # The clause ran to "4" and the toppling was a clause of its own before.
    assert toppled.summary == "The quake hit and toppled buildings across the region."
    assert (toppled.time.earliest, toppled.time.latest) == (dt.date(2022, 3, 7),) * 2


def test_a_summary_does_not_end_at_an_opening_bracket() -> None:
    text = ("The quake hit at 4:17 a.m. (0117 GMT) at a depth of 18 km, the U.S. Geological "
            "Survey said.")
    hit = _by_trigger(_events(text), "hit")
    assert hit.summary.startswith("The quake hit") and not hit.summary.endswith("(")
    text = "Police found more than 1,300 pounds (590 kilograms) of explosives in the car."
    found = _by_trigger(_events(text), "found")
    assert not found.summary.endswith("(")


def test_a_date_cut_from_brackets_or_after_an_approximation_takes_them_along() -> None:
    text = "The blast occurred at about 10:35 a.m. on Friday and destroyed the building."
    destroyed = _by_trigger(_events(text), "destroyed")
    assert destroyed.summary == "The blast occurred and destroyed the building."  # "at about"
    text = "Smith (Sept. 4) said the plant would close."
    assert "()" not in _by_trigger(_events(text), "said").summary
    text = "The company (founded 1998) said on Monday it would cut 200 jobs."
    assert "The company (founded)" in _by_trigger(_events(text), "said").summary  # "( founded )"
