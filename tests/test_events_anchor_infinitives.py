"""The infinitive of a past verb that intends nothing ("went on to defend",
"used her speech to articulate") is done in that act, at its time; the infinitive of a past
intending verb ("agreed to buy") is still to come and stays undated."""

from __future__ import annotations

import datetime as dt

from tests.test_events_stage import DCT, _by_trigger, _mentions

TUESDAY = dt.date(2022, 3, 8)


def test_the_infinitive_of_a_past_act_takes_its_date() -> None:
    text = ("The bishop spoke at the cathedral on Tuesday. He said it was an act of madness, "
            "but he went on to defend the church's opposition to abortion.")
    defend = _by_trigger(_mentions(text), "defend")
    assert (defend.time.basis, defend.time.earliest, defend.time.latest) == (
        "discourse", TUESDAY, TUESDAY)


def test_a_coordinated_infinitive_of_a_past_act_takes_its_date_too() -> None:
    text = ("The secretary spoke in Independence on Tuesday. She used her speech to articulate "
            "a vision for the alliance and to defend its role in the region.")
    defend = _by_trigger(_mentions(text), "defend")
    assert (defend.time.basis, defend.time.earliest, defend.time.latest) == (
        "discourse", TUESDAY, TUESDAY)


def test_the_infinitive_of_a_past_intending_verb_stays_undated() -> None:
    text = ("The company reported its results on Tuesday. It agreed to buy a chain of stores "
            "in Ohio.")
    buy = _by_trigger(_mentions(text), "buy")
    assert (buy.time.relation, buy.time.earliest, buy.time.latest) == ("undated", None, None)


def test_the_infinitive_of_a_present_have_and_its_object_is_at_the_story_date() -> None:
    text = ("The army stormed the town on Tuesday. The rebels have enough weapons to hold the "
            "town for weeks.")
    hold = _by_trigger(_mentions(text), "hold")
    assert (hold.time.basis, hold.time.earliest, hold.time.latest) == ("tense", DCT, DCT)



def test_only_a_have_holding_an_object_is_a_main_verb() -> None:
    from newstimeline.events import _holding_haves
    from newstimeline.text import tokens

    text = "We have probable cause, but the money would have to be borrowed and has been spent."
    toks = tokens(text, 0, len(text))
    assert [toks[j].text for j in _holding_haves(toks, set())] == ["have"]
    assert _holding_haves(toks, set())[0] == 1
