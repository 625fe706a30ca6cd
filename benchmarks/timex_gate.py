"""Regression gate for the temporal tagger: TBAQ figures must not fall below the baseline.

The baseline is benchmarks/baseline.json.

Run from the repository root (CI: after the tests; needs ../shared/data/tbaq):

    python benchmarks/timex_gate.py [--tbaq ../shared/data/tbaq]

Prints the figures next to the baseline and exits 1 if any falls below it, 0 otherwise (and 0 with
a note when the data is absent, as on a fresh clone without ../shared). Baseline figures are the
measured ones rounded down to one decimal, so only a real regression trips the gate.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from newstimeline.evaluate.timeml import read_corpus  # noqa: E402
from newstimeline.evaluate.timex_score import evaluate  # noqa: E402

BASELINE = ROOT / "benchmarks" / "baseline.json"


def check(tbaq: Path, baseline_path: Path = BASELINE) -> tuple[bool, list[str]]:
    """Score the tagger on ``tbaq``; whether every baseline figure holds, and a report."""
    baseline: dict[str, float] = json.loads(baseline_path.read_text(encoding="utf-8"))["timex"]
    scores, _ = evaluate(read_corpus(tbaq))
    figures = scores.figures()
    ok = True
    lines: list[str] = []
    for name, floor in sorted(baseline.items()):
        value = figures[name]
        passed = value >= floor
        ok &= passed
        verdict = "ok" if passed else "REGRESSED"
        lines.append(f"{name:16}{value:7.2f}  baseline {floor:5.1f}  {verdict}")
    return ok, lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tbaq", type=Path, default=ROOT / ".." / "shared" / "data" / "tbaq")
    args = parser.parse_args()
    if not args.tbaq.is_dir():
        print(f"timex gate skipped: {args.tbaq} not found")
        return
    ok, lines = check(args.tbaq)
    print("\n".join(lines))
    print("timex gate: " + ("passed" if ok else "FAILED: below benchmarks/baseline.json"))
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
