"""Currency conversions as evidence for a story's year: the rate they imply, against each year's.

Business copy converts foreign amounts into dollars at the day's rate: "will pay 15.6 billion yen
($110 million)" says the dollar bought 142 yen that day, which it did around 1987 and 1989-90 and
again in 2023, but not in 1982 (249) or 1995 (94). Exchange rates drift far over the years, so
a conversion rules out most years, as an officeholder's title does. The rates are yearly averages
(general knowledge, written as data, rounded); a year's value stands for its middle, and a story's
month is placed between two years' values.
"""

from __future__ import annotations

import math
import re
import statistics
from dataclasses import dataclass

from newstimeline.text import sentence_spans

# Yearly average rates from FIRST_RATE_YEAR on: units of the currency per US dollar, or US
# dollars per unit for the currencies quoted that way (pound, euro, Australian dollar). The last
# value stands for the years after it too.
FIRST_RATE_YEAR = 1966
_UNITS_PER_DOLLAR: dict[str, tuple[float, ...]] = {
    # Japanese yen: 360 until 1971, the 1985 Plaza accord, the 1995 peak, the 2011 peak.
    "JPY": (360, 360, 360, 360, 360, 348, 303, 271, 292, 297, 297, 268, 210, 219, 227, 221, 249,
            238, 238, 239, 168, 145, 128, 138, 145, 135, 127, 111, 102, 94, 109, 121, 131, 114,
            108, 122, 125, 116, 108, 110, 116, 118, 103, 94, 88, 80, 80, 98, 106, 121, 109, 112,
            110, 109, 107, 110, 131, 141, 151, 150),
    # Canadian dollar.
    "CAD": (1.08, 1.08, 1.08, 1.08, 1.04, 1.01, 0.99, 1.00, 0.98, 1.02, 0.99, 1.06, 1.14, 1.17,
            1.17, 1.20, 1.23, 1.23, 1.30, 1.37, 1.39, 1.33, 1.23, 1.18, 1.17, 1.15, 1.21, 1.29,
            1.37, 1.37, 1.36, 1.38, 1.48, 1.49, 1.49, 1.55, 1.57, 1.40, 1.30, 1.21, 1.13, 1.07,
            1.07, 1.14, 1.03, 0.99, 1.00, 1.03, 1.10, 1.28, 1.33, 1.30, 1.30, 1.33, 1.34, 1.25,
            1.30, 1.35, 1.37, 1.40),
    # German mark, until the euro fixed it (1999).
    "DEM": (3.99, 3.99, 3.99, 3.94, 3.65, 3.48, 3.19, 2.67, 2.59, 2.46, 2.52, 2.32, 2.01, 1.83,
            1.82, 2.26, 2.43, 2.55, 2.85, 2.94, 2.17, 1.80, 1.76, 1.88, 1.62, 1.66, 1.56, 1.65,
            1.62, 1.43, 1.50, 1.73, 1.76),
    # French franc, until the euro.
    "FRF": (4.94, 4.94, 4.95, 5.20, 5.52, 5.51, 5.04, 4.45, 4.81, 4.29, 4.78, 4.91, 4.51, 4.25,
            4.23, 5.44, 6.57, 7.62, 8.74, 8.98, 6.93, 6.01, 5.96, 6.38, 5.45, 5.64, 5.29, 5.66,
            5.55, 4.99, 5.12, 5.84, 5.90),
    # Dutch guilder, until the euro.
    "NLG": (3.62, 3.62, 3.62, 3.62, 3.60, 3.50, 3.21, 2.80, 2.69, 2.53, 2.64, 2.45, 2.16, 2.01,
            1.99, 2.50, 2.67, 2.85, 3.21, 3.32, 2.45, 2.03, 1.98, 2.12, 1.82, 1.87, 1.76, 1.86,
            1.82, 1.61, 1.69, 1.95, 1.98),
    # Italian lira, until the euro.
    "ITL": (625, 625, 625, 625, 625, 620, 584, 583, 650, 653, 833, 882, 849, 831, 856, 1137, 1354,
            1519, 1757, 1909, 1491, 1297, 1302, 1372, 1198, 1241, 1232, 1573, 1612, 1629, 1543,
            1703, 1736),
    # Swiss franc.
    "CHF": (4.32, 4.32, 4.32, 4.32, 4.32, 4.13, 3.82, 3.17, 2.98, 2.58, 2.50, 2.40, 1.79, 1.66,
            1.68, 1.96, 2.03, 2.10, 2.35, 2.46, 1.80, 1.49, 1.46, 1.64, 1.39, 1.43, 1.41, 1.48,
            1.37, 1.18, 1.24, 1.45, 1.45, 1.50, 1.69, 1.69, 1.56, 1.35, 1.24, 1.25, 1.25, 1.20,
            1.08, 1.09, 1.04, 0.89, 0.94, 0.93, 0.92, 0.96, 0.99, 0.98, 0.98, 0.99, 0.94, 0.91,
            0.95, 0.90, 0.88, 0.83),
}  # fmt: skip
_DOLLARS_PER_UNIT: dict[str, tuple[float, ...]] = {
    # British pound: $2.80 until the 1967 devaluation, $2.40 until 1971.
    "GBP": (2.79, 2.75, 2.39, 2.39, 2.40, 2.44, 2.50, 2.45, 2.34, 2.22, 1.81, 1.75, 1.92, 2.12,
            2.33, 2.03, 1.75, 1.52, 1.34, 1.30, 1.47, 1.64, 1.78, 1.64, 1.79, 1.77, 1.77, 1.50,
            1.53, 1.58, 1.56, 1.64, 1.66, 1.62, 1.52, 1.44, 1.50, 1.63, 1.83, 1.82, 1.84, 2.00,
            1.85, 1.57, 1.55, 1.60, 1.59, 1.56, 1.65, 1.53, 1.36, 1.29, 1.34, 1.28, 1.28, 1.38,
            1.24, 1.24, 1.28, 1.32),
    # Australian dollar (decimal currency from 1966).
    "AUD": (1.12, 1.12, 1.12, 1.12, 1.12, 1.14, 1.19, 1.42, 1.44, 1.31, 1.22, 1.11, 1.15, 1.11,
            1.14, 1.15, 1.02, 0.90, 0.88, 0.70, 0.67, 0.70, 0.78, 0.79, 0.78, 0.78, 0.74, 0.68,
            0.73, 0.74, 0.78, 0.74, 0.63, 0.65, 0.58, 0.52, 0.54, 0.65, 0.74, 0.76, 0.75, 0.84,
            0.85, 0.79, 0.92, 1.03, 1.04, 0.97, 0.90, 0.75, 0.74, 0.77, 0.75, 0.70, 0.69, 0.75,
            0.69, 0.66, 0.66, 0.65),
}  # fmt: skip
# The euro, from its launch in 1999 (dollars per euro).
EURO_FIRST_YEAR = 1999
_DOLLARS_PER_EURO: tuple[float, ...] = (
    1.07, 0.92, 0.90, 0.95, 1.13, 1.24, 1.24, 1.26, 1.37, 1.47, 1.39, 1.33, 1.39, 1.29, 1.33,
    1.33, 1.11, 1.11, 1.13, 1.18, 1.12, 1.14, 1.18, 1.05, 1.08, 1.08, 1.13)  # fmt: skip
# The euro's fixed conversion rates: a mark, franc, guilder or lira amount after 1998 is a euro
# amount at these rates (copy still converted them until the notes went in 2002).
EURO_LEGACY: dict[str, float] = {"DEM": 1.95583, "FRF": 6.55957, "NLG": 2.20371, "ITL": 1936.27}

# Quotes of the exchange rate itself ("the dollar was at 142.10 yen") count as conversions do.
RATE_QUOTES = True
# How a currency is named before or after an amount. "francs" alone may be French or Swiss (each
# is tried); Belgian and other francs have no row and are left out.
CURRENCY_WORDS: dict[str, tuple[str, ...]] = {
    "yen": ("JPY",), "canadian dollars": ("CAD",), "canadian dollar": ("CAD",),
    "marks": ("DEM",), "deutsche marks": ("DEM",), "german marks": ("DEM",),
    "deutschemarks": ("DEM",), "francs": ("FRF", "CHF"), "french francs": ("FRF",),
    "swiss francs": ("CHF",), "guilders": ("NLG",), "lire": ("ITL",), "lira": ("ITL",),
    "pounds": ("GBP",), "pounds sterling": ("GBP",), "sterling": ("GBP",), "euros": ("EUR",),
    "euro": ("EUR",), "australian dollars": ("AUD",), "australian dollar": ("AUD",),
}  # fmt: skip
# Symbols written before an amount. "#" is the pound sign of ASCII news archives, which had none.
CURRENCY_SYMBOLS: dict[str, tuple[str, ...]] = {
    "C$": ("CAD",), "£": ("GBP",), "#": ("GBP",), "€": ("EUR",), "A$": ("AUD",),
    "DM": ("DEM",), "¥": ("JPY",),
}  # fmt: skip
SCALES: dict[str, float] = {"thousand": 1e3, "million": 1e6, "mln": 1e6, "m": 1e6,
                            "billion": 1e9, "bln": 1e9, "bn": 1e9, "trillion": 1e12}  # fmt: skip
# A day's rate strays from the year's average by a few percent, and the table is rounded: the
# implied rate fits a year within about this share (a log-normal spread).
RATE_SPREAD = 0.04
# A conversion made at another time's rate ("the $110 million it paid then") or a misreading:
# the likelihood of a year whose rate does not fit, against 1 for one that does.
RATE_MISFIT = 0.02

_AMOUNT = r"(?P<{0}>\d{{1,3}}(?:,\d{{3}})+|\d+(?:\.\d+)?)(?:\s?(?P<{0}_scale>thousand|million|" \
          r"billion|trillion|mln|bln|bn|m)\b)?"
_HEDGE = r"(?:(?:about|around|roughly|some|nearly|almost|approximately|more than|less than|" \
         r"over|under|or|U\.S\.) )*"
_WORDS = "|".join(re.escape(w) for w in sorted(CURRENCY_WORDS, key=len, reverse=True))
# The currencies a rate is quoted in per dollar ("142.10 yen", "1.8400 marks").
_WORDS_QUOTED = "|".join(re.escape(w) for w in sorted(
    ("yen", "marks", "deutsche marks", "swiss francs", "french francs", "francs", "guilders",
     "lire", "canadian dollars"), key=len, reverse=True))
_SYMBOLS = "|".join(re.escape(s) for s in sorted(CURRENCY_SYMBOLS, key=len, reverse=True))
# Francs of a country without a row ("30 billion Belgian francs") are not read as French ones.
_NOT_OTHER_FRANCS = r"(?! (?:Belgian|Luxembourg|CFA|Congolese|Rwandan|Burundi) )"
_DOLLARS = r"(?:US|U\.S\.|U\.S\. )?\$\s?" + _AMOUNT.format("usd")
# "15.6 billion yen ($110 million)", "C$9.75 (US$8.32)", "#557 million ($878 million)", and the
# other way round: "$110 million (15.6 billion yen)", "$878 million (#557 million)".
_CONVERSION = re.compile(
    r"(?:(?P<symbol>" + _SYMBOLS + r")\s?" + _AMOUNT.format("foreign") + r"|"
    + _AMOUNT.format("foreign2") + _NOT_OTHER_FRANCS + r" (?P<word>" + _WORDS + r"))\s?\("
    + _HEDGE + _DOLLARS
    + r"\)|" + r"(?<![A-Z])" + _DOLLARS.replace("usd", "usd2") + r"\s?\(" + _HEDGE
    + r"(?:(?P<symbol2>" + _SYMBOLS + r")\s?" + _AMOUNT.format("foreign3") + r"|"
    + _AMOUNT.format("foreign4") + _NOT_OTHER_FRANCS + r" (?P<word2>" + _WORDS + r"))\)",
    re.IGNORECASE)


# Quotes of the rate itself in markets copy: "the dollar was at 1.8400 marks and 142.10 yen",
# "the pound, which was at $1.5765", "the Canadian dollar closed at 97.6 U.S. cents". A number with
# decimals before a currency's name, in a sentence about the dollar, is that currency per dollar.
_PER_DOLLAR_QUOTE = re.compile(
    r"(?<![$\d.,])(?P<rate>\d{1,3}(?:,\d{3})*\.\d{1,4}) (?P<word>" + _WORDS_QUOTED + r")\b")
_DOLLAR_WORD = re.compile(r"\b(?:[Tt]he|U\.S\.) dollar\b")
_DOLLARS_PER_UNIT_QUOTE = re.compile(
    r"\b(?P<word>[Pp]ound|[Ss]terling|[Ee]uro|Australian dollar)\b[^.;$]{0,60}?\b(?:at|to|from|above|"
    r"below|near|around) (?:US|U\.S\. )?\$(?P<rate>\d\.\d{2,4})\b(?! ?(?:million|billion|trillion|"
    r"a share|per|an? ))")
_CANADIAN_CENTS_QUOTE = re.compile(
    r"\bCanadian dollar\b[^.;$]{0,60}?\b(?:at|to|from|above|below|near|around) "
    r"(?P<rate>\d{2,3}(?:\.\d{1,2})?) (?:U\.S\. |US )?cents\b")
_QUOTED_UNITS: dict[str, str] = {"pound": "GBP", "sterling": "GBP", "euro": "EUR",
                                 "australian dollar": "AUD"}


@dataclass(frozen=True, slots=True)
class ConversionEvidence:
    """Amounts the text gives in a currency and in dollars: the rate of the story's day."""

    phrase: str
    currencies: tuple[str, ...]
    """The currencies the name may stand for ("francs": French or Swiss)."""
    units_per_dollar: float


def _value(number: str, scale: str | None) -> float:
    return float(number.replace(",", "")) * SCALES.get((scale or "").lower(), 1.0)


def find_conversions(text: str) -> list[ConversionEvidence]:
    """One conversion per currency the text converts into dollars, at the median rate its
    conversions imply (several amounts converted on one day give one rate, not several facts)."""
    rates: dict[tuple[str, ...], list[tuple[str, float]]] = {}
    for m in _CONVERSION.finditer(text):
        name = m["symbol"] or m["word"] or m["symbol2"] or m["word2"]
        currencies = (CURRENCY_SYMBOLS.get(name) or CURRENCY_SYMBOLS.get(name.upper())
                      or CURRENCY_WORDS.get(name.lower()))
        if currencies is None:
            continue
        symbol = m["symbol"] or m["symbol2"]
        if symbol and symbol != symbol.upper():  # "dm", "c$" in lower case are no symbols
            continue
        first = next(k for k in ("foreign", "foreign2", "foreign3", "foreign4") if m[k])
        dollars = _value(m["usd"], m["usd_scale"]) if m["usd"] else _value(
            m["usd2"], m["usd2_scale"])
        foreign = _value(m[first], m[f"{first}_scale"])
        if dollars <= 0 or foreign <= 0:
            continue
        rates.setdefault(currencies, []).append((m[0], foreign / dollars))
    for phrase, currencies, rate in rate_quotes(text) if RATE_QUOTES else ():
        rates.setdefault(currencies, []).append((phrase, rate))
    return [ConversionEvidence(found[0][0], currencies,
                               statistics.median(rate for _, rate in found))
            for currencies, found in rates.items()]


def rate_quotes(text: str) -> list[tuple[str, tuple[str, ...], float]]:
    """Exchange rates quoted as such: (phrase, currencies, units per dollar)."""
    found: list[tuple[str, tuple[str, ...], float]] = []
    for start, end in sentence_spans(text):
        if _DOLLAR_WORD.search(text, start, end):
            for m in _PER_DOLLAR_QUOTE.finditer(text, start, end):
                rate = float(m["rate"].replace(",", ""))
                if rate > 0:
                    found.append((m[0], CURRENCY_WORDS[m["word"].lower()], rate))
        for m in _DOLLARS_PER_UNIT_QUOTE.finditer(text, start, end):
            rate = float(m["rate"])
            if rate > 0:
                found.append((m[0], (_QUOTED_UNITS[m["word"].lower()],), 1 / rate))
        for m in _CANADIAN_CENTS_QUOTE.finditer(text, start, end):
            rate = float(m["rate"])
            if rate > 0:
                found.append((m[0], ("CAD",), 100 / rate))
    return found


def rate_in(currency: str, year: int, month: int = 7) -> float | None:
    """The currency's units per dollar in ``month`` of ``year``, between the yearly averages
    (a year's average stands for its middle); None before the currency's table begins."""
    position = year + (month - 6.5) / 12
    low = math.floor(position)
    share = position - low
    before, after = _yearly(currency, low), _yearly(currency, low + 1)
    if before is None or after is None:  # the table's first year, or a currency's last
        return after if before is None else before
    return before * (1 - share) + after * share


def _yearly(currency: str, year: int) -> float | None:
    """The currency's yearly average units per dollar, or None where it has no rate."""
    if currency == "EUR" or (currency in EURO_LEGACY and year >= EURO_FIRST_YEAR):
        if year < EURO_FIRST_YEAR:
            return None
        euros = 1 / _DOLLARS_PER_EURO[min(year - EURO_FIRST_YEAR, len(_DOLLARS_PER_EURO) - 1)]
        return euros * EURO_LEGACY.get(currency, 1.0)
    if year < FIRST_RATE_YEAR:
        return None
    if currency in _UNITS_PER_DOLLAR:
        values = _UNITS_PER_DOLLAR[currency]
        return values[min(year - FIRST_RATE_YEAR, len(values) - 1)]
    values = _DOLLARS_PER_UNIT[currency]
    return 1 / values[min(year - FIRST_RATE_YEAR, len(values) - 1)]


def conversion_likelihood(year: int, month: int, item: ConversionEvidence) -> float:
    """How well the rate a conversion implies fits a story of ``year`` and ``month``: 1 at the
    period's rate, falling off log-normally with RATE_SPREAD, never below RATE_MISFIT."""
    best = 0.0
    for currency in item.currencies:
        rate = rate_in(currency, year, month)
        if rate is None:
            continue
        distance = math.log(item.units_per_dollar / rate) / RATE_SPREAD
        best = max(best, math.exp(-0.5 * distance * distance))
    return RATE_MISFIT + (1 - RATE_MISFIT) * best
