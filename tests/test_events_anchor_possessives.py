"""Anchoring: a possessive expression ("last year's blasts") dates the noun it possesses."""

from __future__ import annotations

import datetime as dt

from tests.test_events_stage import _by_trigger, _mentions


def test_a_possessive_expression_dates_its_noun_even_when_another_trigger_owns_it() -> None:
    text = ("A man whose house was allegedly a bomb factory was arrested in connection with "
            "last year's deadly U.S. Embassy blasts in Kenya and Tanzania.")
    blasts = _by_trigger(_mentions(text), "blasts")
    assert (blasts.time.basis, blasts.time.earliest, blasts.time.latest) == (
        "expression", dt.date(2021, 1, 1), dt.date(2021, 12, 31))


def test_a_possessive_expression_does_not_date_an_infinitive_after_its_noun() -> None:
    text = "NATO decided at last year's Madrid summit to invite the three countries."
    events = _mentions(text)
    invite = _by_trigger(events, "invite")
    assert (invite.time.basis, invite.time.relation) == ("none", "undated")
    summit = _by_trigger(events, "summit")
    assert (summit.time.basis, summit.time.earliest) == ("expression", dt.date(2021, 1, 1))


def test_a_possessive_after_a_modal_verb_does_not_date_that_verb() -> None:
    text = ("Cuba's government exhorted citizens to keep rallying, after the boy's relatives in "
            "Miami said they would look for ways to get around Wednesday's ruling by the "
            "immigration service.")
    events = _mentions(text)
    look = _by_trigger(events, "look")
    assert (look.time.basis, look.time.relation, look.time.earliest) == ("none", "undated", None)
    ruling = _by_trigger(events, "ruling")
    assert (ruling.time.earliest, ruling.time.latest) == (dt.date(2022, 3, 9), dt.date(2022, 3, 9))
