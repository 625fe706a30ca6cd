"""A date right before the "that" of a verb's complement dates that verb, not the clause it
opens ("The governor told lawmakers last week that inflation would peak in May": the telling
was last week). A "that" after a noun opens a relative clause and changes nothing ("the
bombings last year that killed 224 people")."""

from __future__ import annotations

import datetime as dt

from tests.test_events_stage import _by_trigger, _mentions

LAST_WEEK = (dt.date(2022, 2, 28), dt.date(2022, 3, 6))


def test_a_date_before_that_dates_the_report() -> None:
    text = ("The central bank governor told lawmakers last week that inflation would peak in "
            "May.")
    told = _by_trigger(_mentions(text), "told").time
    assert (told.basis, told.earliest, told.latest) == ("expression", *LAST_WEEK)


def test_a_date_before_that_dates_a_warning() -> None:
    text = ("Opposition leaders warned the government last week that protests would spread "
            "to other cities.")
    warned = _by_trigger(_mentions(text), "warned").time
    assert (warned.earliest, warned.latest) == LAST_WEEK


def test_a_relative_that_after_a_noun_leaves_the_date_to_the_noun() -> None:
    text = "Police have arrested a man over the attacks last year that killed 30 people."
    attacks = _by_trigger(_mentions(text), "attacks").time
    assert (attacks.basis, attacks.earliest) == ("expression", dt.date(2021, 1, 1))
