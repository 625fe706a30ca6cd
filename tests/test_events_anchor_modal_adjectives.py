"""Anchoring round 19: an infinitive that hangs on an adjective after a present modal's "be"
("must be ready to face", "should not be able to pay") is able, bound or possible at the
story's date, as the modal's own verb is."""

from __future__ import annotations

from tests.test_events_stage import DCT, _by_trigger, _mentions


def test_an_infinitive_after_a_present_modal_and_an_adjective_is_at_the_story_date() -> None:
    text = "The alliance must be ready to face new threats, the minister said."
    face = _by_trigger(_mentions(text), "face")
    assert (face.time.basis, face.time.earliest, face.time.latest) == ("tense", DCT, DCT)


def test_a_negated_modal_with_an_adjective_is_at_the_story_date() -> None:
    pay = _by_trigger(_mentions("The company should not be able to pay its debts."), "pay")
    assert (pay.time.basis, pay.time.earliest, pay.time.latest) == ("tense", DCT, DCT)


def test_an_infinitive_after_a_past_be_and_an_adjective_stays_undated() -> None:
    text = "The alliance was ready to face new threats, the minister said."
    face = _by_trigger(_mentions(text), "face")
    assert (face.time.basis, face.time.earliest, face.time.latest) == ("none", None, None)
