"""Regression gate for the temporal tagger: TBAQ figures must not fall below the baseline.

The baseline is benchmarks/baseline.json.

Run from the repository root (CI: after the tests; needs ../shared/data/tbaq):

    python benchmarks/timex_gate.py [--tbaq ../shared/data/tbaq]

Prints the figures next to the baseline and exits 1 if any falls below it, 0 otherwise (and 0 with
a note when the data is absent, as on a fresh clone without ../shared). Baseline figures are the
measured ones rounded down to one decimal, so only a real regression trips the gate.

    python benchmarks/timex_gate.py --tbaq ../shared/data/tbaq --record

raises each floor to the measured figure rounded down to one decimal; a floor is never lowered.
"""

from __future__ import annotations

import argparse
import json
import math
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


def record(tbaq: Path, baseline_path: Path = BASELINE) -> dict[str, float]:
    """Raise each floor of ``baseline_path`` to the figure measured on ``tbaq``, rounded down to
    one decimal; a floor above the measured figure stays (floors are never lowered)."""
    document = json.loads(baseline_path.read_text(encoding="utf-8"))
    scores, _ = evaluate(read_corpus(tbaq))
    figures = scores.figures()
    floors: dict[str, float] = document["timex"]
    for name, floor in floors.items():
        floors[name] = max(floor, math.floor(figures[name] * 10 + 1e-9) / 10)
    baseline_path.write_text(json.dumps(document, indent=2) + "\n", encoding="utf-8")
    return floors


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tbaq", type=Path, default=ROOT / ".." / "shared" / "data" / "tbaq")
    parser.add_argument("--record", action="store_true",
                        help="Raise the floors in benchmarks/baseline.json to the measured "
                        "figures (rounded down to one decimal; never lowered).")
    args = parser.parse_args()
    if not args.tbaq.is_dir():
        print(f"timex gate skipped: {args.tbaq} not found")
        return
    if args.record:
        floors = record(args.tbaq)
        print("recorded: " + ", ".join(f"{k} {v:.1f}" for k, v in sorted(floors.items())))
    ok, lines = check(args.tbaq)
    print("\n".join(lines))
    print("timex gate: " + ("passed" if ok else "FAILED: below benchmarks/baseline.json"))
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
