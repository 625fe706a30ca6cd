"""A past event does not lie in a year after the story's; a date of such a
year in its clause belongs to another phrase (a maturity: "notes due Nov. 1, 2030")."""

from __future__ import annotations

from tests.test_events_stage import DCT, _by_trigger, _mentions


def test_a_past_event_does_not_take_a_later_years_date_of_its_clause() -> None:
    text = ("The issue, which is puttable back to the company in 2029, was priced at a spread "
            "of 110 basis points.")
    priced = _by_trigger(_mentions(text), "priced")
    assert (priced.time.basis, priced.time.earliest, priced.time.latest) == ("tense", None, DCT)


def test_a_past_event_does_not_take_the_coming_day_of_a_noun_in_its_clause() -> None:
    text = ("Meissner gave no reason for the March 24 deadline, and it is still unclear how the "
            "boy would be transported back to Cuba.")
    gave = _by_trigger(_mentions(text), "gave")
    assert (gave.time.basis, gave.time.latest, gave.time.likely_day) == ("reporting", DCT, DCT)
