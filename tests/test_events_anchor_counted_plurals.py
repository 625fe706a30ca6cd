"""A form in -s after a word that counts or points at plurals ("three separate protests",
"similar protests") is a plural noun the mention model read as a present: it takes the date of
its sentence, not the story's date as a verb going on now would."""

from __future__ import annotations

import datetime as dt

from tests.test_events_stage import DCT, _by_trigger, _mentions


def test_similar_protests_take_their_month() -> None:
    text = "Similar protests in July 2019 left at least 30 people dead."
    protests = _by_trigger(_mentions(text), "protests").time
    assert (protests.earliest, protests.latest) == (dt.date(2019, 7, 1), dt.date(2019, 7, 31))


def test_counted_protests_past_a_modifier_take_their_weekend() -> None:
    text = "Three separate protests in the capital drew thousands of people last weekend."
    protests = _by_trigger(_mentions(text), "protests").time
    assert (protests.earliest, protests.latest) == (dt.date(2022, 3, 5), dt.date(2022, 3, 6))


def test_a_present_after_a_figure_stays_a_present() -> None:
    text = "The mayor said a budget of $5 million covers the cost of the repairs."
    covers = _by_trigger(_mentions(text), "covers").time
    assert (covers.earliest, covers.latest) == (DCT, DCT)
