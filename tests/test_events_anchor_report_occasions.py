"""The occasion or vehicle a report was made at or in, named right after its verb or after the
one it told ("told analysts on a conference call that ...", "said in an interview that ..."),
is at the report's time: not at a date told in what the report says."""

from __future__ import annotations

from tests.test_events_stage import _by_trigger, _mentions


def test_a_conference_call_is_at_the_time_of_what_was_told_on_it() -> None:
    text = ("The chief executive told analysts on a conference call that the new plant would "
            "open in the second half of 2023.")
    events = _mentions(text)
    told = _by_trigger(events, "told").time
    for noun in ("conference", "call"):
        time = _by_trigger(events, noun).time
        assert (time.earliest, time.latest, time.basis) == (told.earliest, told.latest,
                                                            "reporting")
        assert f"'{noun}' is where 'told' was told" in time.explanation


def test_an_interview_is_at_the_time_of_what_was_said_in_it() -> None:
    text = ("The minister said in an interview with a local newspaper that the bridge would "
            "reopen next May.")
    events = _mentions(text)
    said, interview = _by_trigger(events, "said").time, _by_trigger(events, "interview").time
    assert (interview.earliest, interview.latest) == (said.earliest, said.latest)


def test_an_occasion_told_of_before_keeps_its_own_time() -> None:
    text = "The consultant was described in the filing as an adviser to the company."
    filing = _by_trigger(_mentions(text), "filing").time
    assert "was told" not in filing.explanation
