"""A subordinator right after an expression ("after", "because", "before", ...) opens another
clause: the expression ends the phrase of the trigger before it ("Investors bet the central
bank would cut rates in September after a report showed inflation cooled": September is the
cut's month, not the report's). A "when" still tells what happens at the expression's time."""

from __future__ import annotations

import datetime as dt

from tests.test_events_stage import _by_trigger, _mentions

SEPTEMBER = (dt.date(2022, 9, 1), dt.date(2022, 9, 30))


def test_a_month_before_after_dates_the_verb_before_it() -> None:
    text = ("Investors bet the central bank would cut interest rates in September after a "
            "report showed inflation cooled in February.")
    events = _mentions(text)
    cut = _by_trigger(events, "cut").time
    assert (cut.basis, cut.earliest, cut.latest) == ("expression", *SEPTEMBER)
    report = _by_trigger(events, "report").time
    assert (report.earliest, report.latest) != SEPTEMBER


def test_a_when_clause_still_shares_the_expression() -> None:
    text = ("The alliance will admit the three countries in April next year, when it "
            "celebrates its anniversary in Washington.")
    celebrates = _by_trigger(_mentions(text), "celebrates").time
    assert celebrates.earliest == dt.date(2023, 4, 1)
