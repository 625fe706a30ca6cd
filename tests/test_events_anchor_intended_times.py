"""A month named without its year, or a weekday without its date, that dates what a present
verb of intending, expecting or planning governs ("Traders now expect the first cut in
September", "is scheduled to spend five hours there, her first stop Tuesday morning") is the
next one after the story's date, when the time tagger (which read a past or no tense around it)
put it before."""

from __future__ import annotations

import datetime as dt

from tests.test_events_stage import _by_trigger, _mentions


def test_an_expected_cut_in_a_month_is_the_coming_one() -> None:
    cut = _by_trigger(_mentions("Traders now expect the first cut in September."), "cut").time
    assert (cut.earliest, cut.latest) == (dt.date(2022, 9, 1), dt.date(2022, 9, 30))
    assert "told of what is to come" in cut.explanation


def test_a_past_act_in_a_month_keeps_the_last_one() -> None:
    text = "Traders cut their bets in September, after the bank raised rates."
    cut = _by_trigger(_mentions(text), "cut").time
    assert (cut.earliest, cut.latest) == (dt.date(2021, 9, 1), dt.date(2021, 9, 30))


def test_a_scheduled_stop_on_a_weekday_is_the_coming_one() -> None:
    text = ("The secretary, after a long flight, is scheduled to spend only five hours in Dar es "
            "Salaam, her first stop Tuesday morning.")
    stop = _by_trigger(_mentions(text), "stop").time
    assert (stop.earliest, stop.latest) == (dt.date(2022, 3, 15), dt.date(2022, 3, 15))


def test_a_storm_forecast_to_hit_on_a_weekday_hits_on_the_coming_one() -> None:
    text = "The storm is forecast to hit the coast on Saturday, a day after it crosses the island."
    hit = _by_trigger(_mentions(text), "hit").time
    assert (hit.earliest, hit.latest) == (dt.date(2022, 3, 12), dt.date(2022, 3, 12))
