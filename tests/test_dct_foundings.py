"""A sentence that tells of an institution's founding leads a span from its founding year."""

from __future__ import annotations

import pytest

from newstimeline.dct import founding_pins
from newstimeline.eras import founding_sentences
from newstimeline.timex import find_mentions
from tests.dct_stories import infer_story_year


def test_a_founding_told_with_a_span_is_a_pin_from_its_year() -> None:
    text = "The venue honors the creation of NATO 50 years ago, the State Department said."
    pins = founding_pins(text, find_mentions(text))
    assert [(p.phrase, sorted(p.gaps), p.source) for p in pins] == [
        ("50 years ago", [50], 1949)]


@pytest.mark.parametrize("text", [
    # What NATO did 20 years ago is not its founding, nor is a government Israel formed.
    "NATO bombed Serbia 20 years ago, and the scars remain.",
    "Israel formed a unity government two years ago.",
])
def test_a_span_beside_an_institution_that_tells_no_founding_is_no_pin(text: str) -> None:
    assert founding_sentences(text) == []
    assert founding_pins(text, find_mentions(text)) == []


def test_an_anniversary_of_an_institution_dates_a_story_without_a_year() -> None:
    # December 4 is a Friday in 1998, 2009, 2015 and 2020: the alliance's 50th anniversary
    # (1949) leads to 1998 or 1999 (before: 2020, the latest Friday).
    text = ("BRUSSELS, Dec. 4 (AP) - Foreign ministers met on Friday. Poland, Hungary and the "
            "Czech Republic are to become full members of NATO in April, when the alliance "
            "celebrates its 50th anniversary in Washington.")
    result = infer_story_year(text, 12, 4)
    assert result.year == 1998
