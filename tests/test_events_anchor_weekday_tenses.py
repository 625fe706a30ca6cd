"""A weekday named without its date is put by the time tagger on one side of the story's date by
the tense it reads around the expression, which may be another verb's ("rejected ... on
Wednesday that would have cut": the "would" reads as a future). The verb the weekday dates
settles it: a simple past does not lie after the story's date, a future not before it; the
same weekday a week earlier or later is meant. The story's date here is Thursday 2022-03-10."""

from __future__ import annotations

import datetime as dt

from tests.test_events_stage import _by_trigger, _mentions


def test_a_past_act_on_a_weekday_before_a_would_clause_is_the_day_before() -> None:
    text = "Lawmakers rejected an amendment on Wednesday that would have cut the budget by half."
    rejected = _by_trigger(_mentions(text), "rejected").time
    assert (rejected.earliest, rejected.latest) == (dt.date(2022, 3, 9), dt.date(2022, 3, 9))
    assert "told of a past event" in rejected.explanation


def test_a_future_trip_on_a_weekday_inside_a_past_sentence_is_the_coming_one() -> None:
    text = ("The prime minister, who will travel to Brussels on Monday, urged parliament to pass "
            "the budget quickly.")
    travel = _by_trigger(_mentions(text), "travel").time
    assert (travel.earliest, travel.latest) == (dt.date(2022, 3, 14), dt.date(2022, 3, 14))


def test_a_weekday_written_with_its_date_is_left_as_written() -> None:
    text = "The newspaper said in an editorial on Friday, March 11, that the plan had failed."
    said = _by_trigger(_mentions(text), "said").time
    assert (said.earliest, said.latest) == (dt.date(2022, 3, 11), dt.date(2022, 3, 11))


def test_a_weekday_a_past_act_moved_something_to_is_not_moved() -> None:
    text = "The committee postponed the vote until Monday after the chairman fell ill."
    postponed = _by_trigger(_mentions(text), "postponed").time
    assert "told of a past event" not in postponed.explanation


def test_a_future_weekday_told_in_a_quotation_stays_the_quoted_one() -> None:
    text = "``The delegation will leave at 6 a.m. Friday,'' the minister said."
    said = _by_trigger(_mentions(text), "said").time
    assert "told of a past event" not in said.explanation
