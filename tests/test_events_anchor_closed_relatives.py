"""A relative clause closed by a comma holds every date it tells ("Sarkozy, who led France from
2007 to 2012, did not attend the hearing"): none dates the main clause's verbs. One that runs to
the sentence's end still holds only its first date (round 13)."""

from __future__ import annotations

import datetime as dt

from tests.test_events_stage import _by_trigger, _mentions


def test_a_second_date_of_a_closed_relative_clause_does_not_date_the_main_verb() -> None:
    text = ("The court sentenced the former president on Tuesday. The former president, who "
            "led the country from 2007 to 2012, did not attend the hearing.")
    attend = _by_trigger(_mentions(text), "attend").time
    assert (attend.earliest, attend.latest) == (dt.date(2022, 3, 8), dt.date(2022, 3, 8))


def test_a_relative_clause_to_the_sentence_end_keeps_only_its_first_date() -> None:
    text = ("Thousands paid tribute to the rebels who launched the uprising four decades ago "
            "in a rally Saturday.")
    paid = _by_trigger(_mentions(text), "paid").time
    assert (paid.earliest, paid.latest) == (dt.date(2022, 3, 5), dt.date(2022, 3, 5))
