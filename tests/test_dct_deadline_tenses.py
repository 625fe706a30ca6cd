"""Round 12: obligations put a deadline ahead; a year "since" opens is always behind."""

from __future__ import annotations

from newstimeline.dct import _distinct_years, _evidence
from newstimeline.timex import find_mentions


def _tenses(text: str) -> list[tuple[int, str, bool]]:
    return [(y.year, y.tense, y.since)
            for y in _distinct_years(_evidence(text, find_mentions(text))[1])]


def test_what_must_be_done_by_a_year_lies_ahead_though_the_sentence_is_past() -> None:
    text = ("SEOUL, Aug. 3 (Yonhap) - The builder must repay 1.2 trillion won of debt by 2001, "
            "creditors said Thursday.")
    assert _tenses(text) == [(2001, "future", False)]


def test_a_deadline_told_in_the_past_without_an_obligation_stays_open() -> None:
    # "had pledged to finish by 1992" may have been met or missed: no side.
    text = "The city had pledged to finish the bridge by 1992, officials said."
    assert _tenses(text) == [(1992, "none", False)]


def test_a_since_year_is_behind_the_story_beside_forecast_words() -> None:
    # The clause "its first loss since 1974" has no verb: the sentence's "expects" is nearest.
    text = ("ROME, March 22 (AP) - The carmaker posted a loss of $1 billion, its first loss "
            "since 1974, and said it expects to return to profit in 1995.")
    assert _tenses(text) == [(1974, "past", True), (1995, "future", False)]
