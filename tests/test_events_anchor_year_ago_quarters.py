"""In a sentence about a quarter, a comparison's base dated "last year" ("compared with a loss
of $3 million last year") is that quarter a year back, as "a year earlier" is, not the whole
year before."""

from __future__ import annotations

import datetime as dt

from tests.test_events_stage import _by_trigger, _mentions


def test_last_years_loss_in_a_quarterly_comparison_is_the_year_ago_quarter() -> None:
    text = ("In the first quarter, the insurer's life unit earned $24 million, compared with a "
            "loss of $3 million last year.")
    loss = _by_trigger(_mentions(text), "loss").time
    assert (loss.earliest, loss.latest) == (dt.date(2021, 1, 1), dt.date(2021, 3, 31))
    assert "that quarter a year back" in loss.explanation


def test_last_year_outside_a_comparison_stays_the_year() -> None:
    text = "In the first quarter, the unit earned $24 million. It lost $3 million last year."
    lost = _by_trigger(_mentions(text), "lost").time
    assert (lost.earliest, lost.latest) == (dt.date(2021, 1, 1), dt.date(2021, 12, 31))
