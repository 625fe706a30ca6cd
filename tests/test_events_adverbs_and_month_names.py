"""An adverb after a future's modal is no event ("will also pay"), and an abbreviated month
before its day is a date, no actor ("by Jan. 15")."""

from __future__ import annotations

from newstimeline.events.actors import names_in
from newstimeline.text import tokens
from tests.test_events_stage import _events


def test_an_adverb_after_will_is_no_event() -> None:
    text = "Delaney will also pay a $50,000 fine and will then report to prison."
    triggers = [e.trigger.text for e in _events(text)]
    assert "also" not in triggers and "then" not in triggers
    assert "pay" in triggers


def test_an_abbreviated_month_before_its_day_is_no_actor() -> None:
    names = names_in(tokens("Delaney must report by Jan. 15 and pay the fine by Sept. 4."))
    assert [name for _, _, name, _ in names] == ["Delaney"]
    names = names_in(tokens("Foreign Minister Jan Kavan said he would stay."))
    assert [name for _, _, name, _ in names] == ["Jan Kavan"]
