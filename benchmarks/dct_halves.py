"""Held-out check of the DCT year rules: accuracy on the even and odd halves of TBAQ, per rule.

Each line switches one rule off; a rule that helps on both halves is not fitted to one of them.
One generic yearless dateline ("LONDON, March 22 -") is used for every document.

    python benchmarks/dct_halves.py              # accuracy per half, one line per switch
    python benchmarks/dct_halves.py --log-loss   # and the explicit-year documents' mean -log p
                                                 # of the right year (how far off the misses are)
"""

from __future__ import annotations

import argparse
import math
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from dct_benchmark import DATA, EN_FULL, EXPLICIT_YEAR, REFERENCE, WEEKDAY

from newstimeline import dct
from newstimeline.dateline import find_dateline
from newstimeline.evaluate.timeml import read_corpus
from newstimeline.timex import find_mentions
from newstimeline.timex.finder import Mention

Case = tuple[str, int, str, list[Mention], int, int, int, int]


def _cases() -> list[Case]:
    cases: list[Case] = []
    for index, doc in enumerate(d for d in read_corpus(DATA) if d.dct is not None):
        assert doc.dct is not None
        kind = ("explicit year" if EXPLICIT_YEAR.search(doc.text)
                else "weekday" if WEEKDAY.search(doc.text) else "")
        if not kind:
            continue
        text = f"LONDON, {EN_FULL[doc.dct.month - 1]} {doc.dct.day} - {doc.text.lstrip()}"
        found = find_dateline(text)
        assert found is not None and found.month and found.day
        cases.append((kind, index % 2, text, find_mentions(text), found.month, found.day,
                      found.span.end, doc.dct.year))
    return cases


def _score(cases: list[Case], log_loss: bool = False) -> str:
    hits: dict[tuple[str, int], list[bool]] = {}
    losses: dict[int, list[float]] = {}
    for kind, half, text, mentions, month, day, body, year in cases:
        result = dct.infer_year(text, mentions, month, day, REFERENCE, body_start=body)
        hits.setdefault((kind, half), []).append(result.year == year)
        if kind == "explicit year":
            losses.setdefault(half, []).append(-math.log(max(result.posterior.get(year, 0),
                                                             1e-9)))
    scores = "  ".join(f"{kind} {'even' if half == 0 else 'odd'} {sum(v):>2}/{len(v)}"
                       for (kind, half), v in sorted(hits.items()))
    if log_loss:
        scores += "  log loss even/odd " + "/".join(
            f"{sum(v) / len(v):.3f}" for _, v in sorted(losses.items()))
    return scores


def _old_deictic(year: int, shifts: set[int], years: list[dct.YearEvidence],
                 contrasts: frozenset[tuple[int, int]] = frozenset()) -> int:
    return sum(1 for shift in shifts if year + shift in {e.year for e in years})


ABLATIONS: dict[str, dict[str, object]] = {
    "weekday gaps as first written": {
        "PAST_WEEKDAY_GAP": {0: 0.36, 1: 0.28, 2: 0.12, 3: 0.08, 4: 0.06, 5: 0.04, 6: 0.06},
        "LEAD_WEEKDAY_GAP": {0: 0.62, 1: 0.2, 2: 0.04, 3: 0.05, 4: 0.03, 5: 0.02, 6: 0.04},
    },
    "no elapsed spans": {"SPAN_MATCH_FACTOR": 1.0},
    "no officeholders": {"find_officeholders": lambda text: []},
    "deictic years of any tense": {"_deictic_matches": _old_deictic},
    "written years may be this year's": {"WRITTEN_YEAR_SAME_YEAR": 1.0},
    "no reporting-period table": {"PERIOD_RULES": frozenset()},
    "no preposition before a date": {"DATE_PREPOSITIONS_BEFORE": frozenset()},
    "deadlines only right before": {"DEADLINE_REACH_WORDS": 1},
    "later years ahead not bounds": {"FUTURE_BOUNDS_ONLY": False},
    "tenseless later years not ahead": {"LATER_THAN_AHEAD_IS_AHEAD": False},
    "anniversaries as deadlines count": {"ANNIVERSARY_DEADLINES": False},
    "no current periods (a year ago)": {"CURRENT_PERIODS": False},
    "no decade bounds": {"DECADE_BOUNDS": False},
    "no ages of things": {"AGES_OF_THINGS": False},
    "maturities as plain years ahead": {"MATURITIES": False},
    "whole years ahead like events": {"WHOLE_YEAR_AHEAD": False},
    "tenseless lead weekdays as lead": {"LEAD_NEEDS_PAST": False},
    "model years as plain years": {"MODEL_YEARS": False},
    "birth years as plain years": {"BIRTH_AGES": False},
    "no seasons across two years": {"SPLIT_YEARS": False},
    "terms' first/last years whole": {"OFFICE_PARTIAL_YEARS": False},
    "years of laws, events as periods": {"HISTORY_YEARS": False},
    "spanned years still pull": {"SPAN_EXPLAINS_GAP": False},
    "no pinned pairs (1987, 7 ago)": {"PINNED_PAIRS": False},
    "no spans ahead (within 5 yrs)": {"FORWARD_SPANS": False},
    "no era names (euro, COVID-19)": {"find_era_terms": lambda text: []},
    "no sentence pins (50th anniv.)": {"SENTENCE_PINS": False},
    "no ended names (West German)": {"ERA_UNTIL": False},
    "no spans from named events": {"ERA_EVENT_SPANS": False},
    "no copyright years": {"COPYRIGHT_NOTICES": False},
    "no FY2024 fiscal years": {"FISCAL_ABBREVIATIONS": False},
    "no current fiscal years": {"CURRENT_FISCAL_YEARS": False},
    "gerund clauses take would": {"GERUND_CLAUSES": False},
    "no N years since/after spans": {"SINCE_SPANS": False},
    "no term edges (sworn in)": {"OFFICE_EDGES": False},
    "index base years as years": {"INDEX_BASES": False},
    "no zero-coupon terms": {"ZERO_COUPON_TERMS": False},
    "deadlines as plain years ahead": {"DEADLINE_TARGETS": False},
    "event deadlines as near plans": {"EVENT_DEADLINES": False},
    "periods without figures as such": {"REPORTED_PERIODS": False},
    "kind ahead from every mention": {"AHEAD_KIND_TOLD": False},
    "market weekdays as any weekday": {"MARKET_WEEKDAYS": False},
    "weekdays beside yesterday": {"YESTERDAY_STYLE": False},
    "spanned years bounds only": {"SPAN_NEVER_HURTS": False},
    "bare periods name no twin": {"TWIN_PERIODS": False},
    "deictic years match in-sentence": {"DEICTIC_CONTRASTS": False},
    "no pins through a noun (crash)": {"ATTRIBUTIVE_PINS": False},
    "since years without a horizon": {"SINCE_HORIZON": 0},
    "past N years from any year": {"STRETCH_FROM_SINCE": False},
    "named events only bound": {"EVENT_YEARS": False},
    "since clauses as plain years": {"SINCE_CLAUSES": False},
    "since for its own mention only": {"SINCE_FOR_EVERY_MENTION": False},
    "decades leave older years near": {"DECADES_MAKE_HISTORY": False},
    "games by host name no year": {"OCCASION_YEARS": False},
    "no election cycles": {"CYCLE_EVENTS": False},
    "no accessions ahead": {"ACCESSIONS_AHEAD": False},
    "events dated without a year": {"DATED_EVENTS": False},
    "no founding-year pins": {"FOUNDING_PINS": False},
    "no currency conversions": {"CURRENCY_CONVERSIONS": False},
    "deadlines as round 11's table": {
        "YEARS_BEFORE_DEADLINE": {0: 0.1, 1: 0.15, 2: 0.2, 3: 0.2, 4: 0.15, 5: 0.1}},
    "call protection as a deadline": {"SECURITY_TERMS": False},
    "records since as stretches": {"RECORDS_SINCE": False},
    "no year ranges (1990-92)": {"YEAR_RANGES": False},
    "since years take clause cues": {"SINCE_ALWAYS_PAST": False},
    "obligations leave deadlines open": {"DEADLINE_OBLIGATIONS": False},
    "base years (1990 levels) as years": {"BASE_YEARS": False},
    "fiscal years as plain periods": {"COMPLETED_FISCAL_YEARS": False},
    "dates the figures include as any": {"EXPLAINED_DATES": False},
    "since stretches fade as 1 / years": {"SINCE_FADE_POWER": 1.0},
}


@contextmanager
def patched(changes: dict[str, object]) -> Iterator[None]:
    """Set these attributes of ``dct`` for the duration, then restore the written ones."""
    saved = {name: getattr(dct, name) for name in changes}
    for name, value in changes.items():
        setattr(dct, name, value)
    try:
        yield
    finally:
        for name, value in saved.items():
            setattr(dct, name, value)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--log-loss", action="store_true",
                        help="Also print the mean -log probability of the right year.")
    args = parser.parse_args()
    if not DATA.is_dir():
        print(f"skipped: {DATA} not found (the shared TBAQ data is needed)")
        return 0
    cases = _cases()
    print(f"{'rules':<32} {_score(cases, args.log_loss)}")
    for label, changes in ABLATIONS.items():
        with patched(changes):
            print(f"{label:<32} {_score(cases, args.log_loss)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
