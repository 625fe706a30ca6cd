"""A present modal's verb ("can participate in planning for the summit in
April") and an infinitive on an adjective after the modal's "be" ("must be ready to face",
"should not be able to pay") are able, bound or possible at the story's date."""

from __future__ import annotations

import datetime as dt

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


def test_a_present_modal_verb_does_not_take_a_later_nouns_date() -> None:
    text = ("With their membership secure, the three countries can participate in planning for "
            "the summit in April.")
    events = _mentions(text)
    participate = _by_trigger(events, "participate")
    assert (participate.time.basis, participate.time.earliest, participate.time.latest) == \
        ("tense", DCT, DCT)
    summit = _by_trigger(events, "summit")
    assert (summit.time.basis, summit.time.earliest) == ("expression", dt.date(2022, 4, 1))


def test_an_intended_act_still_takes_the_date_told_after_it() -> None:
    achieve = _by_trigger(_mentions("The company expects to achieve record earnings in May."),
                          "achieve")
    assert (achieve.time.basis, achieve.time.earliest) == ("discourse", dt.date(2022, 5, 1))
