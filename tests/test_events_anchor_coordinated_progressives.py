"""An untensed -ing trigger coordinated with a progressive ("is
investigating and prosecuting") shares its tense, so it is going on at the story's date, not on
a past date of its sentence."""

from __future__ import annotations

from newstimeline.events.anchor import coordinated_progressives
from newstimeline.events.mentions import model_mentions
from newstimeline.text import tokens
from tests.test_events_stage import DCT, _by_trigger, _mentions

TEXT = ("White heads a team that is investigating and prosecuting the bombings which killed "
        "224 people, including 12 Americans, on Aug. 7, 1998.")


def test_a_coordinated_ing_shares_the_progressive_and_is_at_the_story_date() -> None:
    prosecuting = _by_trigger(_mentions(TEXT), "prosecuting")
    assert (prosecuting.time.basis, prosecuting.time.earliest, prosecuting.time.latest) == \
        ("tense", DCT, DCT)


def test_only_an_untensed_ing_after_and_and_a_progressive_takes_its_tense() -> None:
    toks = tokens(TEXT)
    found = coordinated_progressives(model_mentions(toks), toks)
    tenses = {m.token.lower: (m.tense, m.aspect) for m in found}
    assert tenses["prosecuting"] == ("present", "progressive")
    assert tenses["killed"] == ("past", "simple")
    assert tenses["investigating"] == ("present", "progressive")
