"""A year given as a comparison's base: told without the main clause's tense, and earlier than
the period compared with it ("expects growth this year, up from 5.2% in 2024")."""

from __future__ import annotations

import datetime as dt

from newstimeline.dct import _evidence, deictic_contrasts, deictic_orders, infer_year
from newstimeline.timex import find_mentions

REFERENCE = dt.date(2026, 11, 28)


def _year_tenses(text: str) -> dict[int, str]:
    _, years = _evidence(text, find_mentions(text), text.index(" - ") + 3)
    return {e.year: e.tense for e in years}


def test_a_base_clause_takes_no_tense_from_the_forecast_before_it() -> None:
    # The forecast's "expects" made 2024 a year ahead ("puts the story shortly before 2024").
    text = ("NAIROBI, March 14 - The central bank expects growth of 5.4% this year, up from 5.2% "
            "in 2024.")
    assert _year_tenses(text)[2024] == "none"
    text = ("TOKYO, May 8 - The carmaker will earn 3.1 trillion yen, compared with 4.9 trillion "
            "yen in 2023.")
    assert _year_tenses(text)[2023] != "future"
    # A year the forecast itself names stays ahead.
    text = "OSLO, May 8 - The fund expects growth of 5.4% in 2027, the bank said."
    assert _year_tenses(text)[2027] == "future"


def test_the_base_of_a_comparison_is_the_earlier_year() -> None:
    cases = {
        # base after "from" between them: the deictic one, first, is later
        "NAIROBI, March 14 - Growth will reach 5.4% this year, up from 5.2% in 2024.":
            {(0, 2024, True)},
        # "from ... in 1980 to ... last year": the first is the base
        "DAR ES SALAAM, Sept. 7 - Visitors rose from 100,000 in 1980 to 300,000 last year.":
            {(-1, 1980, True)},
        # the written year first, the deictic base after "from"
        "PARIS, Oct. 30 - The 1989 profit is likely to be 4.7 billion francs, up from 633.8 "
        "million francs last year.": {(-1, 1989, False)},
        # the mention's own preposition: "last year from 2019"
        "BERLIN, June 2 - Exports rose 3% last year from 2019, the statistics office said.":
            {(-1, 2019, True)},
        # "than" compares either way: two years, no order
        "ROME, June 2 - Prices were higher this year than in 2019, the office said.": set(),
    }
    for text, orders in cases.items():
        assert deictic_orders(text, find_mentions(text)) == orders, text
    # "last year from 2019" is two years compared, no longer one year written twice.
    text = "BERLIN, June 2 - Exports rose 3% last year from 2019, the statistics office said."
    assert deictic_contrasts(text, find_mentions(text)) == {(-1, 2019)}


def _inferred(text: str, month: int, day: int) -> tuple[int, dict[int, float], str]:
    result = infer_year(text, find_mentions(text), month, day, REFERENCE,
                        body_start=text.index(" - ") + 3)
    return result.year, result.posterior, result.explanation


def test_a_year_after_the_base_is_the_likelier_story_year() -> None:
    # "last year" grew from 2019: the story is 2021 or later; before, "last year" named 2019
    # and 2020 was chosen.
    year, posterior, explanation = _inferred(
        "BERLIN, June 2 - Exports rose 3% last year from 2019, the statistics office said.", 6, 2)
    assert year >= 2021 and posterior.get(2020, 0.0) < 0.1  # was 0.49
    assert '"last year" is compared with 2019 as the later year: after 2020' in explanation
    # A weekday in the lead no longer outweighs it at near certainty: the Tuesday of a 2023
    # story against this year's growth "up from 5.2% in 2024" (was 2023 at 0.99, 2024 "ahead").
    text = ("NAIROBI, March 14 - Kenya's central bank cut its benchmark rate to 12.5% on Tuesday. "
            "Governor Kamau Thugge said the bank expects growth of 5.4% this year, up from 5.2% "
            "in 2024.")
    year, posterior, explanation = _inferred(text, 3, 14)
    assert posterior[2023] < 0.8 and posterior.get(2025, 0.0) > 0.2, posterior
    assert "(future tense)" not in explanation
