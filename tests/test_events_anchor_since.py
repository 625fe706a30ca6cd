"""A date inside a "since" clause ("since he arrived on March 1") is that
clause's, not a date of its sentence for the events outside it; and the tense of a sentence is
read from its main clauses."""

from __future__ import annotations

import datetime as dt

from tests.test_events_stage import DCT, _by_trigger, _mentions

WEDNESDAY = dt.date(2022, 3, 9)


def test_a_date_in_a_since_clause_does_not_date_the_main_clause() -> None:
    text = ("The father spoke to reporters on Wednesday. He has spoken with his son three times "
            "since he arrived in the United States on March 1, and he insisted the boy wants "
            "to go home.")
    events = _mentions(text)
    insisted = _by_trigger(events, "insisted")
    assert (insisted.time.basis, insisted.time.earliest, insisted.time.latest) == (
        "discourse", WEDNESDAY, WEDNESDAY)
    arrived = _by_trigger(events, "arrived")
    assert (arrived.time.earliest, arrived.time.latest) == (dt.date(2022, 3, 1),
                                                             dt.date(2022, 3, 1))



def test_a_sentence_whose_main_clause_is_present_puts_its_nouns_at_the_story_date() -> None:
    text = ("The relatives met the judge on Tuesday. Elian has been the focus of an "
            "international custody battle since he was found off the Florida coast on Nov. 25.")
    battle = _by_trigger(_mentions(text), "battle")
    assert (battle.time.basis, battle.time.earliest, battle.time.latest) == ("tense", DCT, DCT)


def test_a_bound_alone_in_its_clause_bounds_no_verb_of_another_clause() -> None:
    text = ("The Czech foreign minister, Jan Kavan, who lived in London from 1968, when the "
            "Soviets invaded Czechoslovakia, until 1989, said he had remained a believer.")
    said = _by_trigger(_mentions(text), "said")
    assert (said.time.basis, said.time.earliest, said.time.latest) == (
        "reporting", dt.date(2022, 3, 9), DCT)


def test_since_clauses_are_clauses_with_a_subject_and_a_finite_verb() -> None:
    from newstimeline.events.anchor import since_clauses
    from newstimeline.events.mentions import model_mentions
    from newstimeline.text import tokens

    text = ("Since he arrived in Miami on March 1, the boy has lived with his relatives, who "
            "have since sold their house, and nothing has changed since the ruling.")
    toks = tokens(text, 0, len(text))
    finite = [m for m in model_mentions(toks) if m.tense != "none"]
    spans = since_clauses(toks, finite)
    assert [text[first:end] for first, end, _ in spans] == [
        "Since he arrived in Miami on March 1"]
