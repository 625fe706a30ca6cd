"""The date in force stops applying: a day told before the story's
"day before" lapses a few paragraphs on: the story is back at its own date."""

from __future__ import annotations

import datetime as dt

from tests.test_events_stage import DCT, _by_trigger, _mentions

MONDAY = dt.date(2022, 3, 7)  # three days before the story's date (a Thursday)
WEDNESDAY = dt.date(2022, 3, 9)  # the story's "day before"

STORY = ("The Internet provider closed the site Monday night for violating its policies.\n\n"
         "The site listed the names of doctors.\n\n"
         "Its owner vowed to find another host.\n\n"
         "Lawyers for the doctors welcomed the move.")


def test_a_day_before_the_day_before_dates_the_paragraphs_right_after_it() -> None:
    events = _mentions(STORY)
    for trigger in ("listed", "vowed"):
        event = _by_trigger(events, trigger)
        assert (event.time.basis, event.time.earliest, event.time.latest) == (
            "discourse", MONDAY, MONDAY)


def test_three_paragraphs_on_the_story_is_back_at_its_own_date() -> None:
    welcomed = _by_trigger(_mentions(STORY), "welcomed")
    assert (welcomed.time.basis, welcomed.time.earliest, welcomed.time.latest) == (
        "discourse", DCT, DCT)
    assert "3 paragraphs back" in welcomed.time.explanation
    assert welcomed.time.expression is None  # "Monday night" is why, not what names the date


def test_the_day_before_the_story_stays_in_force() -> None:
    text = STORY.replace("Monday night", "Wednesday night")
    welcomed = _by_trigger(_mentions(text), "welcomed")
    assert (welcomed.time.basis, welcomed.time.earliest, welcomed.time.latest) == (
        "discourse", WEDNESDAY, WEDNESDAY)


def test_a_state_of_mind_about_a_coming_date_holds_at_the_story_date() -> None:
    text = ("The ministers met in Brussels on Monday. Westinghouse Electric Corp., capitalizing "
            "on a major restructuring program, expects operating margins of more than 10% and "
            "double-digit per-share earnings growth next year.")
    events = _mentions(text)
    expects = _by_trigger(events, "expects")
    assert (expects.time.basis, expects.time.earliest, expects.time.latest) == (
        "tense", DCT, DCT)


def test_a_definite_noun_names_again_the_event_an_expression_dated() -> None:
    text = ("The Feb. 7 bombing of the U.S. Embassy in Nairobi killed 213 people.\n\n"
            "The United States is offering a reward for information about those responsible "
            "for the bombing.")
    events = _mentions(text)
    first, again = [e for e in events if e.trigger.text == "bombing"]
    assert (first.time.basis, first.time.earliest) == ("expression", dt.date(2022, 2, 7))
    assert (again.time.basis, again.time.earliest, again.time.latest) == (
        "discourse", dt.date(2022, 2, 7), dt.date(2022, 2, 7))


def test_an_indefinite_noun_is_another_event() -> None:
    text = ("The Feb. 7 bombing of the U.S. Embassy in Nairobi killed 213 people.\n\n"
            "The United States is offering a reward to prevent a bombing.")
    events = _mentions(text)
    again = [e for e in events if e.trigger.text == "bombing"][-1]
    assert again.time.earliest != dt.date(2022, 2, 7)
