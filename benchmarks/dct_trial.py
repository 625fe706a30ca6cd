"""A second, held-out check of DCT year inference: the 30 Wikinews articles of the timeline trial.

The rules are written and checked on TBAQ (1989-2000 news); these articles (about Apple, 2004-2011)
are used only to see whether a rule carries over to other copy, never to choose one. Each text
loses its first line when that is the article's own date ("January 09 , 2008"), is detokenized
(" , " → ", "), gets a generic yearless dateline with the DCT's month and day, and its year is
inferred with reference date 2026-11-28 as in dct_benchmark.py.

    python benchmarks/dct_trial.py           # the table, and one line per document with --all
"""

from __future__ import annotations

import argparse
import math
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from dct_benchmark import EN_FULL, EXPLICIT_YEAR, REFERENCE, WEEKDAY

from newstimeline import dct
from newstimeline.dateline import find_dateline
from newstimeline.evaluate.timeml import read_corpus
from newstimeline.timex import find_mentions

DATA = Path(__file__).resolve().parents[1] / ".." / "shared" / "data" / "timeline-trial" / "documents"
_SPACE_BEFORE = re.compile(r" ([,.;:!?%)]|'s\b|n't\b|'re\b|'ll\b)")
_SPACE_AFTER = re.compile(r"([($]) ")


def detokenize(text: str) -> str:
    """Undo the corpus's space-separated tokens: "Apple 's shop , Inc ." → "Apple's shop, Inc."."""
    return _SPACE_AFTER.sub(r"\1", _SPACE_BEFORE.sub(r"\1", text)).replace(" - ", "-")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--all", action="store_true", help="One line per document.")
    args = parser.parse_args()
    if not args.data.is_dir():
        print(f"skipped: {args.data} not found (the shared timeline-trial data is needed)")
        return 0
    hits: dict[str, list[bool]] = {}
    losses: list[float] = []
    for doc in sorted(read_corpus(args.data), key=lambda d: d.doc_id):
        if doc.dct is None:
            continue
        lines = doc.text.strip().split("\n")
        if str(doc.dct.year) in lines[0] and len(lines[0].split()) <= 6:
            lines = lines[1:]  # the article's own date line would give the year away
        body = detokenize("\n".join(lines))
        text = f"LONDON, {EN_FULL[doc.dct.month - 1]} {doc.dct.day} - {body}"
        found = find_dateline(text)
        assert found is not None and found.month and found.day
        result = dct.infer_year(text, find_mentions(text), found.month, found.day, REFERENCE,
                                body_start=found.span.end)
        kind = ("explicit year" if EXPLICIT_YEAR.search(body)
                else "weekday" if WEEKDAY.search(body) else "other")
        hits.setdefault(kind, []).append(result.year == doc.dct.year)
        if kind == "explicit year":
            losses.append(-math.log(max(result.posterior.get(doc.dct.year, 0.0), 1e-9)))
        if args.all:
            mark = "ok  " if result.year == doc.dct.year else "MISS"
            print(f"{mark} {doc.doc_id:<8} {kind:<13} real {doc.dct.year} inferred {result.year} "
                  f"conf {result.confidence:.2f}")
    print(f"DCT year inference on {sum(map(len, hits.values()))} timeline-trial articles "
          f"(Wikinews, held out), reference date {REFERENCE}")
    for kind, values in sorted(hits.items()):
        print(f"  {kind:<14} {sum(values):>2}/{len(values):<3} right year")
    every = [v for values in hits.values() for v in values]
    print(f"  {'overall':<14} {sum(every):>2}/{len(every):<3} right year")
    if losses:  # how far off the misses are: lower is better
        print(f"  explicit year: mean -log p of the right year {sum(losses) / len(losses):.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
