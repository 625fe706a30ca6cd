"""Round 13: a numbered fiscal year told with figures is the latest completed one, unless the text
names the fiscal year just ended bare (then the number names the comparison year)."""

from __future__ import annotations

import pytest

from newstimeline import dct
from newstimeline.dct import _distinct_years, _evidence, completed_fiscal_likelihood
from newstimeline.timex import find_mentions
from tests.dct_stories import infer_story_year

UNIT_SALE = ("CHICAGO, Nov. 8 (Reuters) - Harlan Foods Inc. said it agreed to sell its "
             "frozen-dessert unit to a group of private investors for $85 million in cash. In "
             "fiscal 2013, the unit had sales of $210 million and an operating profit of $6.2 "
             "million. Harlan said it would use the proceeds to pay down bank debt.")

YEAR_END_RESULTS = ("DETROIT, Nov. 5 (AP) - Tremont Tool Corp. said earnings for its fourth "
                    "quarter ended Sept. 30 fell about 40%, and it expects sharply lower earnings "
                    "for the fiscal year. In fiscal 2015, the company earned $21.4 million, or "
                    "$1.10 a share, on sales of $410 million.")


def test_a_unit_sales_fiscal_year_is_the_one_just_completed() -> None:
    # Late in the calendar year most fiscal years have ended: "fiscal 2013" is this year's.
    _, years = _evidence(UNIT_SALE, find_mentions(UNIT_SALE))
    assert [(y.year, y.tense, y.fiscal_latest) for y in _distinct_years(years)] == [
        (2013, "past", True)]
    assert infer_story_year(UNIT_SALE, 11, 8).year == 2013
    assert "a fiscal year told with figures (the latest completed one most often)" in (
        infer_story_year(UNIT_SALE, 11, 8).explanation)


def test_early_in_the_year_the_latest_completed_fiscal_year_is_last_years() -> None:
    # In February only January's fiscal years have ended since New Year.
    assert completed_fiscal_likelihood(1, 2) > 5 * completed_fiscal_likelihood(0, 2)
    assert completed_fiscal_likelihood(0, 10) > 3 * completed_fiscal_likelihood(1, 10)
    assert completed_fiscal_likelihood(-1, 10) < completed_fiscal_likelihood(3, 10)


def test_a_fiscal_year_named_bare_makes_the_number_the_comparison_year() -> None:
    _, years = _evidence(YEAR_END_RESULTS, find_mentions(YEAR_END_RESULTS))
    assert not any(y.fiscal_latest for y in years)
    assert infer_story_year(YEAR_END_RESULTS, 11, 5).year == 2016


def test_the_current_fiscal_year_is_no_bare_fiscal_year() -> None:
    text = ("BOSTON, Oct. 30 - Elmore Fasteners Corp. said it expects sales in the current "
            "fiscal year to be slightly above last year's. In fiscal 2007, Elmore earned $7.4 "
            "million on sales of $155 million.")
    _, years = _evidence(text, find_mentions(text))
    assert [y.fiscal_latest for y in years if y.year == 2007] == [True]


def test_a_fiscal_year_ended_on_a_written_date_is_no_bare_fiscal_year() -> None:
    text = ("In the fiscal year ended June 30, 2011, the chain had sales of $1.2 billion. In "
            "fiscal 2012, it earned $40 million.")
    assert not dct._BARE_FISCAL_YEAR.search(text)


def test_the_switch_restores_the_period_table(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(dct, "COMPLETED_FISCAL_YEARS", False)
    assert infer_story_year(UNIT_SALE, 11, 8).year == 2014
