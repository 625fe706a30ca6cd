"""An event noun right before an inserted participle that dates it ("the last election, held
in January 2020, was ...") took place at the participle's time."""

from __future__ import annotations

import datetime as dt

from tests.test_events_stage import _by_trigger, _mentions


def test_an_election_held_in_a_month_took_place_then() -> None:
    text = ("Voters will go to the polls on Sunday. Turnout in the last election, held in "
            "January 2020, was 51%.")
    election = [e for e in _mentions(text) if e.trigger.text == "election"][-1].time
    assert (election.earliest, election.latest) == (dt.date(2020, 1, 1), dt.date(2020, 1, 31))
    assert "'election' is what 'held' describes" in election.explanation


def test_a_participle_that_is_the_main_verb_dates_no_noun_before_it() -> None:
    text = "After the vote, officials held talks in January 2020 with the opposition."
    held = _by_trigger(_mentions(text), "held").time
    vote = _by_trigger(_mentions(text), "vote").time
    assert "describes" not in vote.explanation
    assert (held.earliest, held.latest) == (dt.date(2020, 1, 1), dt.date(2020, 1, 31))
