"""An infinitive right after an expression that dates a noun ("a news
conference Friday to announce") is the purpose of that occasion, done at its time; after an
expression that dates a verb ("agreed in April to hand them over") it stays undated."""

from __future__ import annotations

import datetime as dt

from tests.test_events_stage import _by_trigger, _mentions


def test_the_purpose_of_a_dated_occasion_takes_its_day() -> None:
    text = ("Denise O'Donnell, the U.S. attorney in Buffalo, has scheduled a news conference "
            "Friday to announce a major development in the investigation.")
    announce = _by_trigger(_mentions(text), "announce")
    assert (announce.time.basis, announce.time.earliest, announce.time.latest) == \
        ("discourse", dt.date(2022, 3, 11), dt.date(2022, 3, 11))


def test_an_infinitive_after_a_dated_verb_stays_undated() -> None:
    text = ("The two were removed from the list after Libyan leader Moammar Gadhafi agreed in "
            "April to hand them over for trial in the Netherlands.")
    hand = _by_trigger(_mentions(text), "hand")
    assert (hand.time.basis, hand.time.earliest, hand.time.latest) == ("none", None, None)
