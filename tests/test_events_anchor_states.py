"""A state of mind told untensed (I_STATE: "need", "estimate", "knowing"),
with no date of its own sentence, holds at the story's date rather than on a date carried from
the narrative before it; not a seeming verb, nor a participle after a comma."""

from __future__ import annotations

from tests.test_events_stage import DCT, _by_trigger, _mentions


def test_an_untensed_state_of_mind_is_at_the_story_date() -> None:
    text = ("The police arrested him on Tuesday. ``It's very frustrating knowing that he's out "
            "there,'' said Ms. Buckham.")
    knowing = _by_trigger(_mentions(text), "knowing")
    assert (knowing.time.basis, knowing.time.earliest, knowing.time.latest) == (
        "tense", DCT, DCT)


def test_a_quoted_state_of_mind_is_at_the_story_date() -> None:
    text = ("The company sold its unit on Tuesday. \"We haven't benefited the shareholder as "
            "much as we need to,\" said the chairman.")
    need = _by_trigger(_mentions(text), "need")
    assert (need.time.basis, need.time.earliest, need.time.latest) == ("tense", DCT, DCT)
