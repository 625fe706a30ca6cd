"""SemEval-2015 TimeLine trial data, raw-text setting: build every gold entity's timeline, score it.

    python benchmarks/timelines_trial.py [--data ../shared/data/timeline-trial]
        [--gate benchmarks/baseline_timelines.json] [--record benchmarks/baseline_timelines.json]

Only the raw text, sentences, tokens and DCT of the TimeML documents reach the system (see
``newstimeline.entity_timeline``); the entities are the first lines of the gold files, as the task
gives them. The DCT oracle (gold mentions, each dated by its article's date) is printed beside.
With --gate, exits 1 when F1 or the date accuracy over all gold dated mentions falls below the
recorded figures.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
import tempfile
import time
from pathlib import Path

from newstimeline.entity_timeline import write_semeval
from newstimeline.evaluate.timelines_oracle import dct_oracle
from newstimeline.evaluate.timelines_score import format_table, read_timeline_dir, score_run
from newstimeline.evaluate.timeml import read_corpus

REPO = Path(__file__).resolve().parents[1]
DEFAULT_DATA = REPO.parent / "shared" / "data" / "timeline-trial"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--gate", type=Path, help="baseline JSON to compare against")
    parser.add_argument("--record", type=Path, help="write the figures (rounded down) here")
    args = parser.parse_args()
    if not (args.data / "documents").is_dir():
        print(f"{args.data} is absent: the TimeLine benchmark is skipped")
        return 0
    gold = read_timeline_dir(args.data / "gold-timelines")
    entities = [t.entity for t in gold.values()]  # written under the gold files' own names
    with tempfile.TemporaryDirectory() as out:
        started = time.perf_counter()
        write_semeval([str(args.data / "documents")], entities, Path(out), file_names=list(gold))
        seconds = time.perf_counter() - started
        system = read_timeline_dir(Path(out))
    dcts = {d.doc_id: d.dct for d in read_corpus(args.data / "documents") if d.dct}
    run = score_run(gold, system)
    oracle = score_run(gold, {n: dct_oracle(t, dcts) for n, t in gold.items()})
    print(format_table([("system", run), ("oracle-dct", oracle)]))
    total, floor = run.total, oracle.total
    figures = {
        "f1": 100 * total.f1, "precision": 100 * total.precision, "recall": 100 * total.recall,
        "date_accuracy": 100 * total.dates_right / max(1, total.dated_found),
        "date_accuracy_all": 100 * total.dates_right / max(1, total.gold_dated),
        "dates_right": total.dates_right,
    }
    print(f"\nraw-text F1 {figures['f1']:.2f} (P {figures['precision']:.2f}, R {figures['recall']:.2f})"
          f" vs DCT oracle {100 * floor.f1:.2f}\n"
          f"dates right of all {total.gold_dated} gold dated mentions: {total.dates_right} "
          f"({figures['date_accuracy_all']:.1f}%) vs oracle {floor.dates_right} "
          f"({100 * floor.dates_right / max(1, floor.gold_dated):.1f}%); of the {total.dated_found}"
          f" found: {figures['date_accuracy']:.1f}%\n"
          f"{len(dcts)} documents x {len(entities)} entities in {seconds:.1f}s")
    if args.record:
        recorded = {k: math.floor(v * 100) / 100 if isinstance(v, float) else v
                    for k, v in figures.items()}
        args.record.write_text(json.dumps({"timeline_trial_raw_text": recorded}, indent=2,
                                          sort_keys=True) + "\n", encoding="utf-8")
        print(f"recorded {args.record}")
    if args.gate:
        baseline = json.loads(args.gate.read_text(encoding="utf-8"))["timeline_trial_raw_text"]
        # Dates are gated over all gold dated mentions: finding more mentions must not look worse.
        failed = [k for k in ("f1", "date_accuracy_all") if k in baseline
                  and figures[k] + 1e-9 < baseline[k]]
        for key in failed:
            print(f"REGRESSION: {key} {figures[key]:.2f} < baseline {baseline[key]:.2f}")
        return 1 if failed else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
