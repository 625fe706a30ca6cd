"""The TBAQ regression gate: scoring holds the baseline, and a raised baseline trips it."""

from __future__ import annotations

import importlib.util
import json
import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("NEWSTIMELINE_SHARED", ROOT / ".." / "shared"))
TBAQ = SHARED / "data" / "tbaq"

_spec = importlib.util.spec_from_file_location("timex_gate", ROOT / "benchmarks" / "timex_gate.py")
assert _spec and _spec.loader
gate = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(gate)

needs_tbaq = pytest.mark.skipif(not TBAQ.is_dir(), reason="needs ../shared/data/tbaq (TempEval-3)")


@needs_tbaq
def test_tagger_holds_the_committed_baseline() -> None:
    ok, lines = gate.check(TBAQ)
    assert ok, "\n".join(lines)


@needs_tbaq
def test_gate_fails_when_a_figure_falls_below_its_baseline(tmp_path: Path) -> None:
    raised = tmp_path / "baseline.json"
    raised.write_text(json.dumps({"timex": {"relaxed_f1": 99.9, "value_f1": 1.0}}))
    ok, lines = gate.check(TBAQ, raised)
    assert not ok
    assert [line.split()[-1] for line in lines] == ["REGRESSED", "ok"]


@needs_tbaq
def test_record_raises_floors_to_the_measured_figures_and_never_lowers_one(
        tmp_path: Path) -> None:
    baseline = tmp_path / "baseline.json"
    baseline.write_text(json.dumps({"timex": {"relaxed_f1": 99.9, "value_f1": 1.0}}))
    floors = gate.record(TBAQ, baseline)
    measured = gate.evaluate(gate.read_corpus(TBAQ))[0].figures()["value_f1"]
    assert floors["relaxed_f1"] == 99.9  # above the measured figure: kept
    assert floors["value_f1"] <= measured < floors["value_f1"] + 0.1
    assert json.loads(baseline.read_text())["timex"] == floors
