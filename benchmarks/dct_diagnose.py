"""Per-document diagnosis of DCT year inference on TBAQ: evidence, chosen year, right year.

    python benchmarks/dct_diagnose.py                 # misses among documents with evidence
    python benchmarks/dct_diagnose.py --all           # every document with evidence
    python benchmarks/dct_diagnose.py --half even     # only the even-indexed (or odd) half
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from dct_benchmark import DATA, REFERENCE, YEARLESS_FORMS, category, with_dateline

from newstimeline.dateline import find_dateline
from newstimeline.dct import (
    _distinct_weekdays,
    _distinct_years,
    _evidence,
    decade_bounds,
    elapsed_spans,
    infer_year,
)
from newstimeline.evaluate.timeml import read_corpus
from newstimeline.offices import find_officeholders
from newstimeline.timex import find_mentions


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--all", action="store_true", help="Show hits too.")
    parser.add_argument("--half", choices=("even", "odd"), help="One half of the documents.")
    parser.add_argument("--kind", default=None, help="Only this category ('explicit year', ...).")
    args = parser.parse_args()
    dated = [d for d in read_corpus(args.data) if d.dct is not None]
    hits = total = 0
    for index, doc in enumerate(dated):
        assert doc.dct is not None
        if args.half and index % 2 != (0 if args.half == "even" else 1):
            continue
        kind = category(doc.text)
        if kind == "no evidence" or (args.kind and kind != args.kind):
            continue
        text = with_dateline(YEARLESS_FORMS[index % len(YEARLESS_FORMS)].write(doc.dct), doc.text)
        dateline = find_dateline(text)
        assert dateline is not None and dateline.month and dateline.day
        mentions = find_mentions(text)
        result = infer_year(text, mentions, dateline.month, dateline.day, REFERENCE,
                            body_start=dateline.span.end)
        total += 1
        right = result.year == doc.dct.year
        hits += right
        if right and not args.all:
            continue
        weekdays, years = _evidence(text, mentions, dateline.span.end)
        print(f"== {doc.doc_id} ({kind}) dct {doc.dct} inferred {result.year} "
              f"conf {result.confidence} {'OK' if right else 'MISS'}")
        for w in _distinct_weekdays(weekdays):
            print(f"   weekday {w.phrase!r} tense={w.tense} lead={w.lead}")
        for y in _distinct_years(years):
            flags = " ".join(name for name in ("until", "period", "current", "maturity")
                             if getattr(y, name))
            print(f"   year {y.year} {y.phrase!r} tense={y.tense} month={y.month} "
                  f"since={y.since} attr={y.attributive} {flags}".rstrip())
        for d in decade_bounds(text, mentions):
            print(f"   decade {d.phrase!r} tense={d.tense} bound={d.year}")
        for span in elapsed_spans(text, mentions):
            print(f"   span {span.phrase!r} gaps={sorted(span.gaps)}")
        for office in find_officeholders(text):
            print(f"   office {office.phrase!r} terms={office.terms} former={office.former}")
        # The list is the chosen year and the other candidates (YearInference.candidates holds
        # only the others, so a miss whose right year is the runner-up shows it alone).
        listed = [result.year, *result.candidates]
        among = doc.dct.year in listed
        print(f"   candidates ({len(listed)}, right year among them: {among}) chosen "
              f"{result.year}, others {result.candidates[:10]}")
    print(f"\n{hits}/{total} right")
    return 0


if __name__ == "__main__":
    sys.exit(main())
