"""Round 12: the end of a security's call protection or rate period is a round term from the
issue, as a maturity is (five years most often)."""

from __future__ import annotations

import pytest

from newstimeline import dct
from newstimeline.dct import _evidence
from newstimeline.timex import find_mentions
from tests.dct_stories import infer_story_year


@pytest.mark.parametrize("text", [
    "The new notes are not callable until 2004, the underwriters said.",
    "The preferred shares are redeemable after the end of 1994.",
    "The bonds will pay a fixed coupon of 6.2% until June 1, 2012, and a floating rate after.",
])
def test_call_protection_and_rate_periods_are_security_terms(text: str) -> None:
    _, years = _evidence(text, find_mentions(text))
    assert [(y.maturity, y.protected) for y in years] == [(True, True)]


@pytest.mark.parametrize("text", [
    # No security: a closing and a contract, not a term of an issue.
    "The museum will stay closed until Dec. 31, 2004, while the roof is repaired.",
    "The rate of the new tax stays at 5% until 2012, the minister said.",
    # A maturity keeps the maturity table.
    "The company sold $100 million of notes due 2009.",
])
def test_other_years_are_no_call_protection(text: str) -> None:
    _, years = _evidence(text, find_mentions(text))
    assert not any(y.protected for y in years)


STORY = ("TORONTO, March 9 - The bank said it will sell $300 million of preferred shares that "
         "pay a fixed dividend of 4.5% until April 30, 2019. The dividend will then be reset "
         "to a spread over the government bond yield.")


def test_a_rate_period_puts_the_story_a_round_term_before_its_end() -> None:
    # A five-year rate period: a story of 2014. Read as a plain goal ("by 2019") the year would
    # lie three years ahead (2016).
    assert infer_story_year(STORY, 3, 9).year == 2014
    saved = dct.SECURITY_TERMS
    dct.SECURITY_TERMS = False
    try:
        assert infer_story_year(STORY, 3, 9).year == 2016
    finally:
        dct.SECURITY_TERMS = saved
