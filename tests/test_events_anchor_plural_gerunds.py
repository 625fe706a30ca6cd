"""A plural noun in -ings ("bombings") that the mention model tagged as a present verb is a
noun: untensed, not going on at the story's date; a present in -s whose stem ends in "ing"
("brings") stays a present."""

from __future__ import annotations

import datetime as dt

from newstimeline.events.anchor import plural_of_ing
from tests.test_events_stage import _by_trigger, _mentions


def test_plural_nouns_in_ings_and_verbs_in_ings() -> None:
    assert [plural_of_ing(w) for w in ("bombings", "drawings", "findings", "killings")] == \
        [True] * 4
    assert [plural_of_ing(w) for w in ("brings", "springs", "clings", "sings", "bombs")] == \
        [False] * 5


def test_bombings_are_not_a_present_at_the_story_date() -> None:
    text = "Terrorist bombings at two embassies blew apart buildings and buses."
    time = _by_trigger(_mentions(text), "bombings").time
    assert (time.basis, time.earliest, time.latest) == ("none", None, None)


def test_a_verb_in_ings_stays_a_present() -> None:
    time = _by_trigger(_mentions("It brings the issue home."), "brings").time
    assert (time.basis, time.earliest) == ("tense", dt.date(2022, 3, 10))
