"""A bound ("since 2022", "until March", "by next week") before "and" ends the predicate it limits: the verb of
the next conjunct is not within it ("The group has cut 5,000 jobs since 2022 and plans to sell
its motors unit": the plan holds now, not since 2022). "Since" and a date open no clause with
the next conjunct's verb."""

from __future__ import annotations

import datetime as dt

from tests.test_events_stage import DCT, _by_trigger, _mentions


def test_a_since_bound_dates_the_perfect_before_the_conjunction() -> None:
    text = ("The carmaker has cut about 3,000 jobs since 2020 and plans to close two more "
            "plants.")
    events = _mentions(text)
    plans = _by_trigger(events, "plans").time
    assert (plans.basis, plans.earliest, plans.latest) == ("tense", DCT, DCT)
    cut = _by_trigger(events, "cut").time
    assert (cut.earliest, cut.latest) == (dt.date(2020, 1, 1), DCT)


def test_a_since_month_dates_the_perfect_before_the_conjunction() -> None:
    text = "The airline has halted flights to Moscow since February and is seeking compensation."
    seeking = _by_trigger(_mentions(text), "seeking").time
    assert (seeking.earliest, seeking.latest) == (DCT, DCT)


def test_a_deadline_dates_the_act_before_the_conjunction() -> None:
    text = ("The prime minister said she would name a new cabinet by next week and call "
            "elections for April 2024.")
    name = _by_trigger(_mentions(text), "name").time
    assert name.relation == "before"
    assert name.latest is not None and name.latest < dt.date(2022, 3, 21)
