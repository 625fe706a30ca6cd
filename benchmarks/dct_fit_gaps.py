"""Fit the year-gap tables of DCT year inference on one half of TBAQ and test them on the other.

A past-tense year ("was elected in 1996"), a tenseless one and one written with its month ("July
1997") lie some years before the story; dct.py holds a table for each (YEARS_AFTER_PAST_MENTION,
YEARS_AFTER_MENTION, YEARS_AFTER_DATED_MENTION). This counts those gaps for the year each story's
inference treats as its nearest on the even (or odd) half, with add-one smoothing, puts the
fitted tables in place and scores the other half, beside the tables as written. With 12 to 16
years per table and half, the fitted tables lose on the held-out half (see docs/inputs.md), so
dct.py keeps the written ones.

    python benchmarks/dct_fit_gaps.py
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from dct_benchmark import DATA
from dct_halves import Case, _cases, _score, patched

from newstimeline import dct

# The gaps each table holds; beyond them dct.MENTION_TAIL / gap applies, fitted or not.
TABLES = {"past": "YEARS_AFTER_PAST_MENTION", "none": "YEARS_AFTER_MENTION",
          "dated": "YEARS_AFTER_DATED_MENTION"}  # fmt: skip
MAX_GAP = 5


def _gaps(cases: list[Case], half: int) -> dict[str, tuple[Counter[int], list[float]]]:
    """Gaps to the nearest year looking back, per table, and the share of the year gone."""
    found: dict[str, tuple[Counter[int], list[float]]] = {
        kind: (Counter(), []) for kind in TABLES}
    for _, case_half, text, mentions, month, _, body, year in cases:
        if case_half != half:
            continue
        _, years = dct._evidence(text, mentions, body)
        for item in dct._distinct_years(years):
            if (item.tense == "future" or item.since or item.until or item.maturity
                    or item.period or item.attributive):
                continue
            kind = "dated" if item.month is not None else item.tense
            # A dated year counts in twelve-month steps back from the story's month, as in dct.py.
            months = (year - item.year) * 12 + month - (item.month or month)
            gap = months // 12
            found[kind][0][gap] += 1
            found[kind][1].append((month - 0.5) / 12)
    return found


def _fit(counts: Counter[int], gone: list[float], kind: str) -> dict[int, float]:
    """Shares of gaps 0..MAX_GAP with add-one smoothing; gap 0 per unit of the year gone."""
    total = len(gone) + MAX_GAP + 1
    table = {gap: (counts[gap] + 1) / total for gap in range(MAX_GAP + 1)}
    if kind == "past" and gone:
        # dct.py scales a past gap of 0 by the share of the year gone: undo that on average.
        table[0] = min(1.0, table[0] * len(gone) / sum(gone))
    return table


def main() -> int:
    if not DATA.is_dir():
        print(f"skipped: {DATA} not found (the shared TBAQ data is needed)")
        return 0
    cases = _cases()
    print(f"{'tables':<34} {_score(cases)}")
    for fit_half in (0, 1):
        gaps = _gaps(cases, fit_half)
        half_name = "even" if fit_half == 0 else "odd"
        fitted: dict[str, object] = {}
        for kind, name in TABLES.items():
            counts, gone = gaps[kind]
            table = fitted[name] = _fit(counts, gone, kind)
            shown = ", ".join(f"{g}: {v:.2f}" for g, v in table.items())
            print(f"  fitted on {half_name} ({len(gone)} years) {name} = {{{shown}}}")
        with patched(fitted):
            print(f"{f'fitted on the {half_name} half':<34} {_score(cases)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
