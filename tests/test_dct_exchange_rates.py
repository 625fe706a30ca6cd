"""A currency converted into dollars gives the day's exchange rate, which fits few years."""

from __future__ import annotations

import pytest

from newstimeline import dct
from newstimeline.exchange_rates import conversion_likelihood, find_conversions, rate_in
from tests.dct_stories import infer_story_year


@pytest.mark.parametrize(("text", "currencies", "rate"), [
    ("Sony will pay 250 billion yen ($2.3 billion) for the studio.", ("JPY",), 108.7),
    ("The shares closed at C$4.50 (US$3.60), up 10 Canadian cents.", ("CAD",), 1.25),
    ("It agreed to buy the chain for 40 million pounds ($64 million).", ("GBP",), 0.625),
    # The pound sign of ASCII archives.
    ("It sold the brewery for #120 million ($190 million) in cash.", ("GBP",), 0.632),
    ("The bid values the group at $75 million (about 50 million euros).", ("EUR",), 0.667),
    ("Daimler set aside DM 900 million ($500 million) for the plant.", ("DEM",), 1.8),
    # "francs" alone may be French or Swiss.
    ("The stake cost 1.2 billion francs ($200 million).", ("FRF", "CHF"), 6.0),
])
def test_a_conversion_gives_the_rate_of_the_day(
        text: str, currencies: tuple[str, ...], rate: float) -> None:
    [found] = find_conversions(text)
    assert found.currencies == currencies
    assert found.units_per_dollar == pytest.approx(rate, rel=0.01)


@pytest.mark.parametrize("text", [
    "The Brussels utility sold the unit for 30 billion Belgian francs ($800 million).",
    "The Hong Kong developer paid 5 billion Hong Kong dollars ($640 million).",
    "It raised $400 million in a bond sale (its first since the merger).",
])
def test_amounts_in_currencies_without_a_row_are_not_read(text: str) -> None:
    assert find_conversions(text) == []


def test_several_conversions_in_one_currency_count_once() -> None:
    text = ("The bank earned 12 billion yen ($100 million), up from 9 billion yen "
            "($75 million).")
    assert len(find_conversions(text)) == 1


def test_a_month_lies_between_two_years_averages() -> None:
    # The yen averaged 145 to the dollar in 1990 and 135 in 1991: July 1990 is near 145,
    # the turn of the year half way.
    assert rate_in("JPY", 1990, 7) == pytest.approx(145, rel=0.01)
    assert rate_in("JPY", 1990, 12) == pytest.approx(141, rel=0.02)
    assert rate_in("EUR", 1995, 6) is None  # no euro before 1999


def test_a_rate_rules_out_years_whose_rate_is_far_off() -> None:
    [yen] = find_conversions("Polly paid 28 billion yen ($200 million) for the stake.")  # 140
    assert conversion_likelihood(1990, 6, yen) > 0.5
    assert conversion_likelihood(1995, 6, yen) < 0.1  # 94 yen to the dollar
    assert conversion_likelihood(1982, 6, yen) < 0.1  # 249


STORY = ("TORONTO, June 3 (CP) - Ontario Power said it will sell its stake in the Quebec "
         "pipeline for 1.48 billion Canadian dollars (US$1 billion) to a group of pension funds. "
         "The utility bought the stake in 1994 from a Calgary producer.")


def test_a_conversion_moves_the_story_to_the_years_its_rate_fits() -> None:
    # "bought in 1994" alone puts the story a year or two later; a Canadian dollar at 1.48 to
    # the US dollar is the rate of 1998-2000, not of 1995-96 (1.37).
    assert infer_story_year(STORY, 6, 3).year == 1998
    saved = dct.CURRENCY_CONVERSIONS
    dct.CURRENCY_CONVERSIONS = False
    try:
        assert infer_story_year(STORY, 6, 3).year in (1995, 1996)
    finally:
        dct.CURRENCY_CONVERSIONS = saved


def test_a_rate_shared_by_several_years_leaves_them_all_candidates() -> None:
    # 1.17 Canadian dollars to the US dollar: 1979-80, 1989-91, 2005 and 2014-15 alike.
    text = ("MONTREAL, Oct. 18 - The grocer's shares closed at C$11.70 (US$10), down 25 "
            "Canadian cents, on the Montreal Exchange.")
    result = infer_story_year(text, 10, 18)
    assert result.confidence < dct.LOW_CONFIDENCE
    assert {1989, 1990, 2005} <= {result.year, *result.candidates}
    assert "converts at 1.17 to the dollar" in result.explanation


@pytest.mark.parametrize(("text", "currencies", "rate"), [
    ("In late trading in New York the dollar was at 1.5230 marks and 128.40 yen, against "
     "1.5190 marks and 127.95 yen on Monday.", ("DEM",), 1.521),
    ("The dollar fell to 104.35 yen in Tokyo.", ("JPY",), 104.35),
    ("The pound, which had opened at $1.9850, ended at $1.9910.", ("GBP",), 1 / 1.985),
    ("Sterling fell to $1.32 on Monday after the vote.", ("GBP",), 1 / 1.32),
    ("The euro rose to $1.1850 in Asian trading.", ("EUR",), 1 / 1.185),
    ("The Canadian dollar closed at 97.6 U.S. cents, up a quarter of a cent.", ("CAD",),
     100 / 97.6),
])
def test_a_quoted_rate_is_the_rate_of_the_day(
        text: str, currencies: tuple[str, ...], rate: float) -> None:
    found = {c.currencies: c.units_per_dollar for c in find_conversions(text)}
    assert found[currencies] == pytest.approx(rate, rel=0.01)


@pytest.mark.parametrize("text", [
    # A share price in marks, with no dollar in the sentence, is no rate.
    "Daimler shares closed at 71.50 marks in Frankfurt.",
    # Amounts, not rates.
    "The pound was used to pay $1.5 million in fees.",
    "The euro zone lent Greece $1.25 billion.",
])
def test_prices_and_amounts_are_no_quoted_rates(text: str) -> None:
    assert find_conversions(text) == []


def test_a_quoted_rate_dates_a_markets_story() -> None:
    # Sterling at $1.32 on a Monday, June 27: 2016 (the Brexit vote), not 1994, 2005 or 2011,
    # when the pound bought $1.53 to $1.82; "its lowest since 1985" is a record, no stretch.
    text = ("LONDON, June 27 (Reuters) - Sterling fell to $1.32 on Monday, its lowest since 1985, "
            "after Britons voted last week to leave the European Union.")
    result = infer_story_year(text, 6, 27)
    assert result.year == 2016
    assert result.confidence < dct.LOW_CONFIDENCE  # 2022 and 2017 fit the rate too


def test_a_symbol_in_lower_case_is_no_currency() -> None:
    assert find_conversions("The dm 500 million ($270 million) figure was a typo.") == []
    assert len(find_conversions("It set aside DM 500 million ($270 million).")) == 1
