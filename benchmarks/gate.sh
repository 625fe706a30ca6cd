#!/usr/bin/env bash
# Regression gate: every evaluation on ../shared/data against the figures recorded in benchmarks/.
# Each script exits 1 when a headline figure drops below its baseline; this runs them all and
# fails if any failed. Run from the repository root with the project installed in .venv.
set -u
cd "$(dirname "$0")/.."
python=${PYTHON:-.venv/bin/python}
status=0
run() {
  echo "+ $*"
  "$@" || status=1
}
run "$python" benchmarks/timex_gate.py --tbaq ../shared/data/tbaq
run "$python" benchmarks/dct_benchmark.py --check
run "$python" benchmarks/timelines_trial.py --gate benchmarks/baseline_timelines.json
if [ -f benchmarks/baseline_events.json ]; then
  run "$python" -m newstimeline.cli eval events ../shared/data/tbaq --folds 5 --baseline benchmarks/baseline_events.json
fi
# The shipped mention model must be what its training command writes from the data (trained
# reproducibly): a feature change without retraining fails here. To fix, run
# python -m newstimeline.events.train ../shared/data/tbaq --out src/newstimeline/events/mention_model.json.gz
trained=$(mktemp)
run "$python" -m newstimeline.events.train ../shared/data/tbaq --out "$trained"
run cmp "$trained" src/newstimeline/events/mention_model.json.gz
rm -f "$trained"
exit $status
