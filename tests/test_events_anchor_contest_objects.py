"""The object of a verb of winning or losing is an occasion ("won the 2018 election", "lost
the 2016 race"): the year that premodifies it dates the winning too, as it dates "attended the
2019 summit" (``OCCASION_VERBS``)."""

from __future__ import annotations

import datetime as dt

from tests.test_events_stage import _by_trigger, _mentions


def test_winning_an_election_is_in_the_election_s_year() -> None:
    text = "The outgoing president won the 2018 election with 53 percent of the vote."
    won = _by_trigger(_mentions(text), "won").time
    assert (won.earliest, won.latest) == (dt.date(2018, 1, 1), dt.date(2018, 12, 31))


def test_losing_a_race_is_in_the_race_s_year() -> None:
    text = "Her rival, who lost the 2016 race by a narrow margin, conceded on Sunday night."
    lost = _by_trigger(_mentions(text), "lost").time
    assert (lost.earliest, lost.latest) == (dt.date(2016, 1, 1), dt.date(2016, 12, 31))


def test_a_day_told_with_the_occasion_dates_the_winning() -> None:
    text = "The survivors' group won the 2022 Nobel Peace Prize on Monday for its testimony."
    won = _by_trigger(_mentions(text), "won").time
    assert (won.earliest, won.latest) == (dt.date(2022, 3, 7), dt.date(2022, 3, 7))
