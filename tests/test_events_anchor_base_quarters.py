"""A quarter counted back from the quarter in force ("A year earlier, it earned $35.7
million", read as that quarter a year back) is the base of a comparison: it dates its own
sentence, but the story does not go on telling the year-ago quarter, and the next sentences
keep the quarter in force."""

from __future__ import annotations

from tests.test_events_stage import _by_trigger, _mentions


def test_the_sentence_after_a_year_earlier_keeps_the_current_quarter() -> None:
    text = ("Acme Corp. said its fourth-quarter net income rose 12% to $40 million. A year "
            "earlier it earned $35.7 million. Revenue climbed 8% to $1.2 billion.")
    events = _mentions(text)
    rose = _by_trigger(events, "rose").time
    climbed = _by_trigger(events, "climbed").time
    assert (climbed.earliest, climbed.latest) == (rose.earliest, rose.latest)
    earned = _by_trigger(events, "earned").time
    assert earned.earliest is not None and rose.earliest is not None
    assert earned.earliest.year == rose.earliest.year - 1
