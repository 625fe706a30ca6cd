"""A past form of a state of mind right after a noun, before "to" or "for", describes that noun
when its clause has an auxiliary or modal after it ("The activist wanted for questioning in
last month's shooting may have fled") or its finite verb before the noun: a reduced "who is
wanted", holding at the story's date, not on the date told after it. With neither it is the
clause's finite verb ("The delegates wanted to meet again on Tuesday")."""

from __future__ import annotations

import datetime as dt

from tests.test_events_stage import DCT, _by_trigger, _mentions


def test_a_wanted_man_is_wanted_at_the_story_date() -> None:
    text = ("The activist wanted for questioning in last month's shooting of a doctor may have "
            "fled to Mexico.")
    time = _by_trigger(_mentions(text), "wanted").time
    assert (time.basis, time.earliest, time.latest) == ("tense", DCT, DCT)


def test_a_noun_and_a_past_form_with_no_other_verb_is_a_clause() -> None:
    text = "The delegates wanted to meet again on Tuesday."
    wanted = _by_trigger(_mentions(text), "wanted").time
    assert (wanted.basis, wanted.earliest) == ("discourse", dt.date(2022, 3, 8))
