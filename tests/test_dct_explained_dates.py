"""Round 13: a date that the figures of the story's own quarter include or reflect lies within
the year up to that quarter's end, whatever the wire-style discount says of written years."""

from __future__ import annotations

import pytest

from newstimeline import dct
from newstimeline.dct import _evidence, explained_within
from newstimeline.timex import find_mentions
from tests.dct_stories import infer_story_year

BRANCH_CHARGE = ("SAN DIEGO, Nov. 4 (AP) - Pacific Harbor Bancorp reported a third-quarter net "
                 "loss of $4.1 million, or 38 cents a share, compared with net income of $2.9 "
                 "million, or 27 cents a share, a year earlier. The latest results include a $6 "
                 "million charge for closing 11 branches, a plan the board approved on Aug. 18, "
                 "2008. The bank's shares closed yesterday at $12.25, down 50 cents.")

STOCK_SPLIT = ("MILWAUKEE, Oct. 22 (AP) - Badger Plastics Corp. said third-quarter profit rose "
               "12% to $3.3 million, or 41 cents a share, on sales of $96 million. The per-share "
               "figures reflect a two-for-one stock split in May 2004.")


def test_a_charge_dated_in_the_quarter_is_of_the_storys_year() -> None:
    _, years = _evidence(BRANCH_CHARGE, find_mentions(BRANCH_CHARGE))
    assert [(y.year, y.month, y.explains) for y in years] == [(2008, 8, ((7, 9),))]
    assert infer_story_year(BRANCH_CHARGE, 11, 4).year == 2008
    assert ('"Aug. 18, 2008" (past tense), a date the figures of the period reported include, '
            "puts the story in or shortly after 2008") in infer_story_year(
                BRANCH_CHARGE, 11, 4).explanation


def test_a_split_the_per_share_figures_reflect_is_of_the_storys_year() -> None:
    assert infer_story_year(STOCK_SPLIT, 10, 22).year == 2004


def test_the_year_ago_figures_explain_nothing_about_this_year() -> None:
    text = ("Third-quarter profit fell 8% to $3.1 million. The year-earlier results included a "
            "gain of $2 million from the sale of a unit in August 2003.")
    _, years = _evidence(text, find_mentions(text))
    assert [y.explains for y in years] == [()]


def test_a_list_opened_by_including_explains_no_figures() -> None:
    text = ("Third-quarter sales rose 6% to $310 million. The company has made several "
            "acquisitions, including Acme Valve in June 2001.")
    _, years = _evidence(text, find_mentions(text))
    assert [y.explains for y in years] == [()]


def test_within_the_year_up_to_the_quarters_end() -> None:
    # A November story's third quarter ended in September: June is within, last August is not.
    assert explained_within(2004, 11, 2004, 6, ((7, 9),))
    assert explained_within(2005, 11, 2004, 6, ((7, 9),)) is False
    assert explained_within(2004, 11, 2004, 12, ((7, 9),)) is False
    # No bare period near the story's month: the rule says nothing.
    assert explained_within(2004, 11, 2004, 6, ((4, 6),)) is None


def test_the_switch_restores_the_wire_style_discount(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(dct, "EXPLAINED_DATES", False)
    assert infer_story_year(STOCK_SPLIT, 10, 22).year == 2005
