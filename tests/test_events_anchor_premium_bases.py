"""A possessive expression after a comparison's "over" ("a 24% premium over Tuesday's closing
price") dates the base compared with: it is no date in force for the sentences after it."""

from __future__ import annotations

import datetime as dt

from tests.test_events_stage import _by_trigger, _mentions


def test_a_premium_over_a_closing_price_does_not_date_the_next_sentence() -> None:
    text = ("The notes are convertible into common stock at $25 a share, a 24% premium over "
            "Tuesday's closing price. The issue was priced by a group of banks.")
    priced = _by_trigger(_mentions(text), "priced").time
    assert (priced.earliest, priced.latest) != (dt.date(2022, 3, 8), dt.date(2022, 3, 8))
    assert (priced.relation, priced.latest) == ("before", dt.date(2022, 3, 10))


def test_over_the_weekend_still_dates_its_event() -> None:
    text = "Rebels seized two towns over the weekend, officials said."
    seized = _by_trigger(_mentions(text), "seized").time
    assert (seized.earliest, seized.latest) == (dt.date(2022, 3, 5), dt.date(2022, 3, 6))
