"""A reporting verb that also names the adding of a quantity ("added $20 million to its
reserves") is an act, not a report, when an amount follows it: it takes the time its sentence
tells, not the story's date by the reporting convention."""

from __future__ import annotations

import datetime as dt

from tests.test_events_stage import _by_trigger, _mentions


def test_adding_a_share_in_a_month_is_done_in_that_month() -> None:
    text = "In January, the company cut its workforce by 200 and added 5% to its prices."
    added = _by_trigger(_mentions(text), "added").time
    assert added.basis == "discourse"
    assert (added.earliest, added.latest) == (dt.date(2022, 1, 1), dt.date(2022, 1, 31))


def test_adding_to_capital_in_the_quarter_is_done_in_the_quarter() -> None:
    text = "In the fourth quarter, the bank sold two units and added 8% to its capital."
    added = _by_trigger(_mentions(text), "added").time
    assert (added.earliest, added.latest) == (dt.date(2021, 10, 1), dt.date(2021, 12, 31))


def test_added_before_what_is_said_stays_a_report() -> None:
    text = ("During the fourth quarter, sales fell 3%, the company said. It added that 20 stores "
            "would close.")
    added = _by_trigger(_mentions(text), "added").time
    assert added.basis == "reporting"


def test_adding_an_amount_is_summarized_as_its_clause_not_as_a_report() -> None:
    text = "In the fourth quarter, the bank sold two units and added 8% to its capital."
    added = _by_trigger(_mentions(text), "added")
    assert added.summary == "The bank sold two units and added 8% to its capital."
