"""Names that exist only from a known year on bound the story's year from below."""

from __future__ import annotations

import datetime as dt

import pytest

from newstimeline.dct import infer_year
from newstimeline.eras import EraEvidence, find_era_terms
from newstimeline.timex import find_mentions

REFERENCE = dt.date(2026, 11, 28)


@pytest.mark.parametrize("text, phrase, first", [
    ("Oil output in the former Soviet Union fell 9 percent.", "former Soviet Union", 1991),
    ("The bank lent 40 million euros to the port authority.", "euros", 1995),
    ("Inflation in the euro zone slowed to 2.1 percent.", "euro zone", 1996),
    ("The Homeland Security Department raised the alert level.",
     "Homeland Security Department", 2002),
    ("Hospitals braced for a new wave of COVID-19 cases.", "COVID-19", 2020),
    ("Sterling fell as Brexit talks stalled.", "Brexit", 2012),
    ("The senator said on Twitter that she would vote no.", "Twitter", 2006),
    ("Families of the victims of the Sept. 11 attacks met the president.",
     "Sept. 11 attacks", 2001),
])
def test_an_era_name_is_found_with_the_year_it_began(text: str, phrase: str, first: int) -> None:
    assert [(e.phrase, e.first) for e in find_era_terms(text)] == [(phrase, first)]


@pytest.mark.parametrize("text", [
    # A former officeholder of a state still standing, not the state gone.
    "Former Soviet leader Nikita Khrushchev denounced Stalin in 1956.",
    # "Euro" names and prefixes that are not the currency.
    "Euro Disney drew 11 million visitors, and Eurobonds rallied.",
    "Trading in euro-yen futures was light.",
    # A date written with slashes, not the attacks.
    "The note was dated 9/11/87.",
])
def test_a_look_alike_is_no_era_name(text: str) -> None:
    assert find_era_terms(text) == []


def test_an_era_name_rules_out_the_years_before_it() -> None:
    # A lead weekday alone leaves every year whose March 6 is a Friday; "euro zone" removes the
    # ones before 1996 (1987, 1992) from the candidates.
    text = ("FRANKFURT, March 6 (Reuters) - The European Central Bank left rates unchanged on "
            "Friday, saying inflation in the euro zone was under control.")
    result = infer_year(text, find_mentions(text), 3, 6, REFERENCE)
    assert result.year == 2026
    assert [y for y in result.candidates if y < 1996] == []
    assert ('"euro zone" puts the story in 1996 or later (the euro\'s members, named from 1996)'
            in result.explanation)
    without = "FRANKFURT, March 6 (Reuters) - The central bank left rates unchanged on Friday."
    assert 1992 in infer_year(without, find_mentions(without), 3, 6, REFERENCE).candidates


def test_era_evidence_records_what_the_name_is() -> None:
    assert find_era_terms("Brexit talks stalled.") == [
        EraEvidence("Brexit", 2012, "the word was coined in 2012")]
