"""Accessions to NATO, the EU and the euro told ahead put the story shortly before them."""

from __future__ import annotations

import pytest

from newstimeline.accessions import (
    AFTER_ACCESSION,
    AccessionEvidence,
    accession_likelihood,
    find_accessions,
)
from tests.dct_stories import infer_story_year


@pytest.mark.parametrize("text, found", [
    ("Hungary, Poland and the Czech Republic will formally join NATO next month.",
     [AccessionEvidence("will formally join NATO", 1999, 3)]),
    ("Croatia is set to join the European Union on July 1.",
     [AccessionEvidence("to join the European Union", 2013, 7)]),
    ("Lithuania hopes to adopt the euro in January.",
     [AccessionEvidence("to adopt the euro", 2015, 1)]),
])
def test_an_accession_ahead_is_found_with_its_date(text: str, found: list[AccessionEvidence]
                                                  ) -> None:
    assert find_accessions(text) == found


@pytest.mark.parametrize("text", [
    # Members of two different enlargements: no one date.
    "Poland and Croatia will join NATO.",
    # No member named, or one that never joined.
    "Ukraine wants to join NATO.",
    "The country hopes to join the European Union.",
])
def test_no_single_accession_is_no_evidence(text: str) -> None:
    assert find_accessions(text) == []


def test_an_accession_is_likeliest_in_its_last_year_and_not_after() -> None:
    item = AccessionEvidence("will join NATO", 1999, 3)
    assert [accession_likelihood(y, 2, item) for y in (1999, 1998, 1997)] == [1.0, 0.4, 0.16]
    assert accession_likelihood(1999, 4, item) == AFTER_ACCESSION


def test_an_accession_ahead_outweighs_a_month_and_year_looked_back_on() -> None:
    # "July 1997" alone makes February 1998 likeliest (seven months on); the accession of March
    # 1999 told ahead, with the date written without a year, makes it February 1999.
    text = ("WARSAW, Feb. 26 - Poland, the Czech Republic and Hungary, who were invited to join "
            "NATO in Madrid in July 1997, will officially join NATO on March 12 in a ceremony "
            "in Missouri.")
    result = infer_story_year(text, 2, 26)
    assert result.year == 1999
    assert '"to join NATO" tells of an accession ahead (March 1999)' in (
        result.explanation)


def test_an_accession_told_in_the_past_bounds_the_story_from_its_day() -> None:
    item = find_accessions("Poland, Hungary and the Czech Republic formally joined NATO.")[0]
    assert item == AccessionEvidence("joined NATO", 1999, 3, ahead=False)
    assert [accession_likelihood(1999, m, item) for m in (2, 3)] == [AFTER_ACCESSION, 1.0]
    assert accession_likelihood(2019, 6, item) == 1.0


def test_news_of_an_accession_made_dates_the_story_from_it() -> None:
    # March 12 is a Friday in 1999 and 2004 and a Thursday in 1998; Albright (1997-2001) and
    # Solana (1995-1999) allow 1998 and 1999, and the accession made rules out 1998 (before:
    # 1998, at 0.46).
    text = ("WASHINGTON, March 12 (Xinhua) - Poland, Hungary and the Czech Republic Friday "
            "formally joined NATO at a ceremony in Independence, Missouri. U.S. Secretary of State "
            "Madeleine Albright accepted the papers; NATO Secretary-General Javier Solana spoke.")
    result = infer_story_year(text, 3, 12)
    assert result.year == 1999
    assert '"joined NATO" tells of an accession made (March 1999)' in result.explanation
