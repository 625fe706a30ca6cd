"""An untensed noun after "these" in the clause of a present verb points
back to events told before ("These conversations are remembered by ..."): it takes the date in
force, not the story's date as a present state or act of that clause would."""

from __future__ import annotations

import datetime as dt

from tests.test_events_stage import DCT, _by_trigger, _mentions

TEXT = ("Clinton met President Havel and Lech Walesa in Washington in 1993. These conversations "
        "are remembered by Clinton's foreign policy team.")


def test_a_noun_after_these_takes_the_date_in_force() -> None:
    conversations = _by_trigger(_mentions(TEXT), "conversations")
    assert (conversations.time.basis, conversations.time.earliest, conversations.time.latest) \
        == ("discourse", dt.date(1993, 1, 1), dt.date(1993, 12, 31))


def test_the_same_noun_without_these_is_at_the_story_date() -> None:
    text = TEXT.replace("These conversations", "Talks with Havel")
    talks = _by_trigger(_mentions(text), "Talks")
    assert (talks.time.basis, talks.time.earliest, talks.time.latest) == ("tense", DCT, DCT)
