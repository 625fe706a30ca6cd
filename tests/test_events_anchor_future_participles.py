"""A past form after "will be/stay/remain" is the participle of a state or passive to come
("Schools will stay closed on Monday"): a weekday told with it is the coming one, not the last,
and it is no recent day in force for the sentences after it."""

from __future__ import annotations

import datetime as dt

from tests.test_events_stage import DCT, _by_trigger, _mentions


def test_a_weekday_of_a_state_to_come_is_the_coming_one() -> None:
    text = "Schools in the coastal provinces will stay closed on Monday, the governor said."
    closed = _by_trigger(_mentions(text), "closed").time
    assert (closed.earliest, closed.latest) == (dt.date(2022, 3, 14), dt.date(2022, 3, 14))


def test_the_coming_weekday_is_not_carried_to_the_past_narrative() -> None:
    text = ("The storm flooded hundreds of homes overnight. Schools will remain shut and "
            "offices will stay closed on Monday. Rescuers pulled three fishermen from the sea.")
    pulled = _by_trigger(_mentions(text), "pulled").time
    assert (pulled.earliest, pulled.latest) != (dt.date(2022, 3, 7), dt.date(2022, 3, 7))
    assert (pulled.relation, pulled.latest) == ("before", DCT)


def test_a_past_participle_after_a_past_be_keeps_its_past() -> None:
    text = "The schools were closed on Monday after the storm."
    closed = _by_trigger(_mentions(text), "closed").time
    assert (closed.earliest, closed.latest) == (dt.date(2022, 3, 7), dt.date(2022, 3, 7))
