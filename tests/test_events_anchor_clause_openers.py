"""An expression that opens a clause after a comma ("..., last year they
contributed $34 million") dates that clause's finite verb, not the noun told before the comma."""

from __future__ import annotations

import datetime as dt

from tests.test_events_stage import _by_trigger, _mentions

THIS_YEAR = (dt.date(2022, 1, 1), dt.date(2022, 12, 31))
LAST_YEAR = (dt.date(2021, 1, 1), dt.date(2021, 12, 31))


def test_an_expression_after_a_comma_dates_the_verb_of_the_clause_it_opens() -> None:
    text = ("And while there was no profit this year from discontinued operations, last year "
            "they contributed $34 million.")
    events = _mentions(text)
    operations = _by_trigger(events, "operations")
    assert (operations.time.earliest, operations.time.latest) == THIS_YEAR
    contributed = _by_trigger(events, "contributed")
    assert (contributed.time.basis, contributed.time.earliest, contributed.time.latest) == \
        ("expression", *LAST_YEAR)
