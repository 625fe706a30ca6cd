"""What a past verb of deciding, agreeing or promising governs, decided this week, is still to
come at the story's date: a month it names without its year is the next one ("The coalition
agreed on Tuesday to raise the minimum wage from January", in a March story: next January, not
the January just past). Not when the deciding is dated long before ("agreed in 2019 ...")."""

from __future__ import annotations

import datetime as dt

from tests.test_events_stage import _by_trigger, _mentions


def _span(text: str, trigger: str) -> tuple[dt.date | None, dt.date | None]:
    time = _by_trigger(_mentions(text), trigger).time
    return time.earliest, time.latest


def test_a_month_of_what_was_agreed_this_week_is_the_coming_one() -> None:
    text = "The coalition agreed on Tuesday to raise the minimum wage from January."
    assert _span(text, "raise") == (dt.date(2023, 1, 1), dt.date(2023, 1, 31))


def test_a_month_of_what_was_decided_without_a_date_is_the_coming_one() -> None:
    text = "The board decided to close the plant in February, a spokeswoman said."
    assert _span(text, "close") == (dt.date(2023, 2, 1), dt.date(2023, 2, 28))


def test_what_was_agreed_long_ago_keeps_the_tagger_s_month() -> None:
    text = "The two companies agreed in 2019 to merge their units in January."
    assert _span(text, "merge") != (dt.date(2023, 1, 1), dt.date(2023, 1, 31))


def test_a_finite_past_verb_of_the_month_keeps_it() -> None:
    text = "The coalition agreed on Tuesday that wages rose too slowly in January."
    assert _span(text, "rose") == (dt.date(2022, 1, 1), dt.date(2022, 1, 31))
