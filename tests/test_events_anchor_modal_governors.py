"""The verb of a present modal ("may yield", "can offer") governs the untensed events of its
clause as a present verb does: what it holds is so at the story's date ("may yield clues for
investigators trying to track down the gunman": the investigators are trying now)."""

from __future__ import annotations

from tests.test_events_stage import DCT, _by_trigger, _mentions


def test_a_participle_in_the_clause_of_a_present_modal_is_at_the_story_date() -> None:
    text = ("A rifle found near the clinic may yield important clues for detectives trying to "
            "track down the gunman.")
    trying = _by_trigger(_mentions(text), "trying").time
    assert (trying.basis, trying.earliest, trying.latest) == ("tense", DCT, DCT)


def test_a_past_modal_does_not_govern_as_a_present() -> None:
    text = ("A rifle found near the clinic could have yielded clues for detectives trying to "
            "track down the gunman.")
    trying = _by_trigger(_mentions(text), "trying").time
    assert (trying.earliest, trying.latest) != (DCT, DCT)
