"""What a present verb intends is still to come, so an infinitive it
governs takes no past period told after it ("plans to hold a news conference to screen an
advertisement about the bombing earlier this year"): it takes the coming day of the plan told
before the verb (round 23), not the past period."""

from __future__ import annotations

import datetime as dt

from tests.test_events_stage import _by_trigger, _mentions

TEXT = ("On Tuesday, the league plans to hold a news conference to screen a television "
        "advertisement about the clinic bombing earlier this year.")


def test_an_intended_act_takes_no_past_period_told_after_it() -> None:
    hold = _by_trigger(_mentions(TEXT), "hold")
    tuesday = dt.date(2022, 3, 15)
    assert (hold.time.basis, hold.time.earliest, hold.time.latest) == (
        "discourse", tuesday, tuesday)


def test_the_past_period_still_dates_its_own_noun() -> None:
    bombing = _by_trigger(_mentions(TEXT), "bombing")
    assert (bombing.time.basis, bombing.time.earliest, bombing.time.latest) == \
        ("expression", dt.date(2022, 1, 1), dt.date(2022, 3, 10))
