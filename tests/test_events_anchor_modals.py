"""The verbs of present modals, passives too ("can be converted"), are
possible, able or bound at the story's date."""

from __future__ import annotations

import datetime as dt

from tests.test_events_stage import DCT, _by_trigger, _mentions


def test_a_passive_after_a_present_modal_is_at_the_story_date() -> None:
    text = ("In addition, each note can be converted into common stock at a rate of 13.851 "
            "shares per note.")
    converted = _by_trigger(_mentions(text), "converted")
    assert (converted.time.basis, converted.time.earliest, converted.time.latest) == (
        "tense", DCT, DCT)


def test_a_passive_after_a_present_modal_keeps_a_coming_date_of_its_sentence() -> None:
    text = ("The dispute has divided the family and may finally be resolved in a court hearing "
            "the week of March 21.")
    resolved = _by_trigger(_mentions(text), "resolved")
    assert (resolved.time.earliest, resolved.time.latest) == (
        dt.date(2022, 3, 21), dt.date(2022, 3, 27))


def test_the_month_may_before_a_comma_is_no_modal() -> None:
    # Round 21: "by May," ends a clause; the past verb after it takes its sentence's week.
    text = ("The British and Irish governments, which cosponsor the talks that are supposed to "
            "conclude by May, invited Sinn Fein to rejoin two weeks ago.")
    invited = _by_trigger(_mentions(text), "invited")
    assert (invited.time.basis, invited.time.earliest, invited.time.latest) == (
        "discourse", dt.date(2022, 2, 21), dt.date(2022, 2, 27))
