"""TBAQ timex figures on two halves of the corpus, to check that a gain is not fitted to one half.

Documents are sorted by file name; half A holds the even positions, half B the odd ones. Rules are
designed looking at half A's errors and checked on half B (and on the whole set).

    python benchmarks/timex_halves.py [--tbaq ../shared/data/tbaq] [--errors A|B]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from newstimeline.evaluate.timeml import TimeMLDocument, read_corpus  # noqa: E402
from newstimeline.evaluate.timex_score import evaluate, format_errors  # noqa: E402

FIGURES = ("relaxed_f1", "strict_f1", "type_accuracy", "value_accuracy", "value_f1")


def halves(documents: list[TimeMLDocument]) -> dict[str, list[TimeMLDocument]]:
    """Half A (even positions by sorted file name), half B (odd positions), and all documents."""
    ordered = sorted(documents, key=lambda d: Path(d.path).name)
    return {"A": ordered[0::2], "B": ordered[1::2], "all": ordered}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tbaq", type=Path, default=ROOT / ".." / "shared" / "data" / "tbaq")
    parser.add_argument("--errors", choices=("A", "B", "all"), help="Also list one half's errors.")
    parser.add_argument("--digits", type=int, default=1,
                        help="Decimals printed (2 shows a change of one value on a half).")
    args = parser.parse_args()
    if not args.tbaq.is_dir():
        print(f"skipped: {args.tbaq} not found")
        return
    parts = halves(read_corpus(args.tbaq))
    print(f"{'half':6}{'docs':>6}" + "".join(f"{name:>16}" for name in FIGURES))
    for name, docs in parts.items():
        scores, results = evaluate(docs)
        figures = scores.figures()
        print(f"{name:6}{len(docs):6}" + "".join(f"{figures[f]:16.{args.digits}f}" for f in FIGURES))
        if args.errors == name:
            print(format_errors(results))


if __name__ == "__main__":
    main()
