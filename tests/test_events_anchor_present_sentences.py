"""Anchoring: an untensed event of a sentence told wholly in the present (its finite verbs all
presents, present perfects or futures) is at the story's date, not on a date carried from the past
narrative before it; a quotation's words keep the date of their report."""

from __future__ import annotations

import datetime as dt

from tests.test_events_stage import DCT, _by_trigger, _mentions

TUESDAY = dt.date(2022, 3, 8)


def test_a_noun_of_a_present_perfect_sentence_is_at_the_story_date() -> None:
    text = ("Police arrested the sniper suspect in France on Tuesday. The filing of the charges "
            "has intensified interest in the case.")
    events = _mentions(text)
    filing = _by_trigger(events, "filing")
    assert (filing.time.basis, filing.time.earliest, filing.time.latest) == ("tense", DCT, DCT)
    arrested = _by_trigger(events, "arrested")
    assert (arrested.time.earliest, arrested.time.latest) == (TUESDAY, TUESDAY)


def test_a_noun_of_a_sentence_with_a_past_verb_keeps_the_carried_date() -> None:
    text = ("Police arrested the sniper suspect in France on Tuesday. The filing of the charges "
            "followed a long investigation.")
    filing = _by_trigger(_mentions(text), "filing")
    assert (filing.time.basis, filing.time.earliest, filing.time.latest) == (
        "discourse", TUESDAY, TUESDAY)


def test_a_noun_of_a_sentence_about_what_is_to_come_is_at_the_story_date() -> None:
    text = ("Police arrested the sniper suspect in France on Tuesday. The violence in the "
            "region will worry investors.")
    violence = _by_trigger(_mentions(text), "violence")
    assert (violence.time.basis, violence.time.earliest, violence.time.latest) == (
        "tense", DCT, DCT)


def test_a_noun_of_a_present_sentence_is_at_the_story_date_before_any_date() -> None:
    text = ("In the race for attorney general, the Democratic candidate has pulled ahead in "
            "the polls.")
    race = _by_trigger(_mentions(text), "race")
    assert (race.time.basis, race.time.earliest, race.time.latest) == ("tense", DCT, DCT)
