"""Dateline recognition and the choice of the document creation time."""

from __future__ import annotations

import datetime as dt

from newstimeline.dateline import find_dateline
from newstimeline.dct import choose_dct, infer_year
from newstimeline.timex import find_mentions
from tests.conftest import REFERENCE


def _dct(text: str, **options: object) -> tuple[dt.date, str]:
    dateline = find_dateline(text)
    dct = choose_dct(text, find_mentions(text), dateline,
                     option_dct=options.get("dct"),  # type: ignore[arg-type]
                     option_year=options.get("year"),  # type: ignore[arg-type]
                     metadata_date=None, reference=REFERENCE)
    return dct.date, dct.source


def test_reuters_dateline_with_place_and_agency() -> None:
    dateline = find_dateline("Headline here\n\nBRUSSELS, March 4 (Reuters) - EU ministers met.")
    assert dateline is not None
    assert (dateline.place, dateline.agency, dateline.month, dateline.day, dateline.year) == (
        "Brussels", "Reuters", 3, 4, None)


def test_afp_dateline_carries_its_year() -> None:
    text = "PARIS, Jan 7, 2015 (AFP) - Gunmen stormed the offices of a weekly on Wednesday."
    assert _dct(text) == (dt.date(2015, 1, 7), "dateline")


def test_text_without_dateline_falls_back_to_the_reference_date() -> None:
    assert _dct("Officials said on Monday that talks would continue.") == (REFERENCE, "reference")


def test_weekday_evidence_picks_the_most_recent_matching_year() -> None:
    # A Tuesday story: "said on Tuesday" as a same-day report makes June 7 a Tuesday.
    text = "GENEVA, June 7 (Reuters) - The agency said on Tuesday that cases were falling."
    date, source = _dct(text)
    assert source == "inferred"
    assert date == dt.date(2022, 6, 7)
    assert date.weekday() == 1


def test_explicit_years_in_the_text_outweigh_recency() -> None:
    text = ("WASHINGTON, Feb. 19 (Reuters) - The company said on Thursday its 1997 profit "
            "rose, after losses in 1996.")
    inference = infer_year(text, find_mentions(text), 2, 19, REFERENCE)
    assert inference.year == 1998
    assert dt.date(1998, 2, 19).weekday() == 3


def test_year_boundary_friday_in_a_sunday_january_story() -> None:
    text = "KYIV, January 2 (Reuters) - Police said the attack happened on Friday."
    date, _ = _dct(text, dct=dt.date(2022, 1, 2))
    assert date == dt.date(2022, 1, 2)


def test_no_evidence_gives_the_latest_year_with_low_confidence() -> None:
    text = "LONDON, December 18 - Ministers met to discuss the budget."
    inference = infer_year(text, find_mentions(text), 12, 18, REFERENCE)
    assert inference.year == 2025
    assert inference.confidence < 0.2
    assert "no weekday or year evidence" in inference.explanation
