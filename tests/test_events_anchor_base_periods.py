"""A period right after "from" and a figure's change ("dropped 0.7 percent from September")
is the base the change is measured against, not the change's time; "from January to March"
stays a span."""

from __future__ import annotations

import datetime as dt

from tests.test_events_stage import _by_trigger, _mentions


def test_a_change_from_a_month_keeps_the_period_told() -> None:
    text = ("Retail sales fell in February, official figures showed. Sales volumes dropped "
            "0.7 percent from January, the statistics office said.")
    dropped = _by_trigger(_mentions(text), "dropped").time
    assert (dropped.earliest, dropped.latest) == (dt.date(2022, 2, 1), dt.date(2022, 2, 28))


def test_a_span_from_one_month_to_another_still_dates_the_event() -> None:
    text = "Sales rose 5 percent from January to February, the statistics office said."
    rose = _by_trigger(_mentions(text), "rose").time
    assert rose.earliest == dt.date(2022, 1, 1)
