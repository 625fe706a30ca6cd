"""Anchoring: forms in -s read for what they are: an untensed one as the present verb of its
clause ("The new law requires ..."), at the story's date rather than on a date carried from
earlier sentences; a plural noun after a main verb "had" as no past perfect."""

from __future__ import annotations

import datetime as dt

from tests.test_events_stage import DCT, _by_trigger, _mentions

TUESDAY = dt.date(2022, 3, 8)


def test_a_verb_in_s_after_a_singular_noun_is_at_the_story_date() -> None:
    text = ("Customs officers seized a tanker off the coast on Tuesday. The new law requires "
            "shipping companies to register every vessel.")
    events = _mentions(text)
    requires = _by_trigger(events, "requires")
    assert requires.tense == "none"  # the mention's own reading is kept
    assert (requires.time.basis, requires.time.earliest, requires.time.latest) == (
        "tense", DCT, DCT)
    seized = _by_trigger(events, "seized")
    assert (seized.time.earliest, seized.time.latest) == (TUESDAY, TUESDAY)


def test_a_present_in_s_governs_the_untensed_nouns_of_its_clause() -> None:
    text = ("Rebels shelled the port on Tuesday. The court watch comes after one of the most "
            "bitter charges yet in the custody battle.")
    battle = _by_trigger(_mentions(text), "battle")
    assert (battle.time.basis, battle.time.earliest, battle.time.latest) == ("tense", DCT, DCT)


def test_a_plural_noun_before_a_past_verb_keeps_the_date_in_force() -> None:
    text = ("Police sealed off the district on Tuesday. The car bombings occurred minutes "
            "apart.")
    bombings = _by_trigger(_mentions(text), "bombings")
    assert (bombings.time.basis, bombings.time.earliest, bombings.time.latest) == (
        "discourse", TUESDAY, TUESDAY)


def test_a_verb_in_s_after_and_or_an_insertion_is_present_before_its_object() -> None:
    text = ("Officials closed the border on Tuesday. The boy's father lives in Cuba and wants "
            "Elian back. Acme Corp., which lost money for years, thinks it will be profitable "
            "soon.")
    events = _mentions(text)
    for trigger in ("wants", "thinks"):
        event = _by_trigger(events, trigger)
        assert (event.tense, event.time.basis, event.time.earliest, event.time.latest) == (
            "none", "tense", DCT, DCT)


def test_a_plural_noun_after_main_verb_had_is_no_past_perfect() -> None:
    text = "In fiscal 1989, it had sales of about $40 million and an operating loss of $1.5 million."
    sales = _by_trigger(_mentions(text), "sales")
    assert (sales.time.basis, sales.time.relation, sales.time.earliest, sales.time.latest) == (
        "discourse", "on", dt.date(1989, 1, 1), dt.date(1989, 12, 31))
