"""The TimeLine score of issue 5: reduced relations, closure, micro P/R/F1, date accuracy, oracle."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from newstimeline.cli import main
from newstimeline.evaluate.timelines_oracle import dct_oracle
from newstimeline.evaluate.timelines_score import (
    closure,
    normalize_date,
    normalize_mention,
    parse_timeline,
    read_timeline_dir,
    reduced_relations,
    score_run,
    score_timeline,
)
from newstimeline.evaluate.timeml import read_corpus
from tests.conftest import SHARED_DATA

TRIAL = Path(os.environ.get("NEWSTIMELINE_SHARED_DATA", SHARED_DATA)) / "timeline-trial"
needs_trial = pytest.mark.skipif(not TRIAL.is_dir(),
                                 reason="../shared/data/timeline-trial is not available (fresh clone)")

GOLD = """iPhone 4
0\tXXXX-XX-XX\t16844-16-use
1\t2010-06-07\t16844-2-unveiled\t16900-11-introduced
1\t2010-06-07\t16844-6-praised
2\t2010-06-08\t16844-8-has
"""
SYSTEM = """iPhone 4
1\t2010-06-07\t16844-2-unveiled\t16900-11-introduced
2\t2010-06-08\t16844-8-has
3\t2010-06-09\t16900-12-release
"""


def test_reduced_relations_chain_ranks_and_include_dates() -> None:
    assert reduced_relations(parse_timeline(GOLD)) == {
        ("SIMULTANEOUS", "16844-2-unveiled", "16900-11-introduced"),
        ("SIMULTANEOUS", "16844-6-praised", "16900-11-introduced"),
        ("BEFORE", "16844-6-praised", "16844-8-has"),
        ("IS_INCLUDED", "16844-2-unveiled", "2010-06-07"),
        ("IS_INCLUDED", "16900-11-introduced", "2010-06-07"),
        ("IS_INCLUDED", "16844-6-praised", "2010-06-07"),
        ("IS_INCLUDED", "16844-8-has", "2010-06-08"),
    }


def test_closure_adds_every_pair_the_ranks_imply() -> None:
    relations = closure(parse_timeline(GOLD))
    assert len(relations) == 10
    assert ("SIMULTANEOUS", "16844-2-unveiled", "16844-6-praised") in relations
    assert ("BEFORE", "16844-2-unveiled", "16844-8-has") in relations
    assert not any("16844-16-use" in r for r in relations)  # order 0 carries nothing


def test_hand_built_timeline_scores_exact_precision_recall_f1() -> None:
    counts = score_timeline(parse_timeline(GOLD), parse_timeline(SYSTEM))
    # system: 4 inclusions (3 right), 1 SIMULTANEOUS (right), 2 BEFORE (introduced<has right).
    assert (counts.system_relations, counts.system_correct) == (7, 5)
    # gold: its praised SIMULTANEOUS/BEFORE and praised's inclusion are missing from the system.
    assert (counts.gold_relations, counts.gold_found) == (7, 4)
    assert counts.precision == pytest.approx(5 / 7)
    assert counts.recall == pytest.approx(4 / 7)
    assert counts.f1 == pytest.approx(40 / 63)
    assert (counts.dates_right, counts.dated_found) == (3, 3)


def test_wrong_date_and_undated_system_mention_count_against_date_accuracy() -> None:
    system = parse_timeline("iPhone 4\n1\t2010-06-08\t16844-2-unveiled\n0\tXXXX-XX-XX\t16844-6-praised\n")
    counts = score_timeline(parse_timeline(GOLD), system)
    assert (counts.dates_right, counts.dated_found, counts.gold_dated) == (0, 2, 4)
    assert (counts.system_relations, counts.system_correct) == (1, 0)


def test_gold_against_itself_scores_100() -> None:
    gold = parse_timeline(GOLD)
    assert score_timeline(gold, gold).f1 == 1.0


def test_missing_system_timeline_scores_zero_recall() -> None:
    counts = score_timeline(parse_timeline(GOLD), None)
    assert (counts.gold_relations, counts.gold_found, counts.system_relations) == (7, 0, 0)
    assert counts.f1 == 0.0


def test_micro_average_sums_counts_over_timelines() -> None:
    gold = {"a.txt": parse_timeline(GOLD), "b.txt": parse_timeline(SYSTEM)}
    system = {"a.txt": parse_timeline(SYSTEM), "b.txt": parse_timeline(SYSTEM)}
    total = score_run(gold, system).total
    # b is perfect: 7 reduced relations each way.
    assert (total.system_correct, total.system_relations) == (12, 14)
    assert (total.gold_found, total.gold_relations) == (11, 14)


@pytest.mark.parametrize(("raw", "normalized"), [
    ("2010-06-07", "2010-06-07"), ("1976", "1976-XX-XX"), ("2006-01", "2006-01-XX"),
    ("2008-03-XX", "2008-03-XX"), ("XXX-XX-XX", "XXXX-XX-XX"), ("2010-XX-XX", "2010-XX-XX"),
])
def test_date_strings_are_normalized_to_task_form(raw: str, normalized: str) -> None:
    assert normalize_date(raw) == normalized


@needs_trial
def test_trial_gold_against_itself_is_100_and_oracle_reproduces_issue_figure() -> None:
    gold = read_timeline_dir(TRIAL / "gold-timelines")
    assert score_run(gold, gold).total.f1 == 1.0
    dcts = {d.doc_id: d.dct for d in read_corpus(TRIAL / "documents") if d.dct}
    oracle = score_run(gold, {n: dct_oracle(t, dcts) for n, t in gold.items()}).total
    assert round(100 * oracle.f1, 2) == 52.96
    assert (oracle.dates_right, oracle.dated_found, oracle.gold_dated) == (72, 164, 164)


def test_eval_timelines_command_prints_micro_f1(tmp_path: Path) -> None:
    (tmp_path / "gold").mkdir()
    (tmp_path / "system").mkdir()
    (tmp_path / "gold" / "iphone_4.txt").write_text(GOLD, encoding="utf-8")
    (tmp_path / "system" / "iphone_4.txt").write_text(SYSTEM, encoding="utf-8")
    result = CliRunner().invoke(main, ["eval", "timelines", str(tmp_path / "gold"),
                                       str(tmp_path / "system")])
    assert result.exit_code == 0, result.output
    assert "system: F1 63.49 (P 71.43, R 57.14); dates 3/3" in result.output


def test_mention_words_compare_in_lower_case_as_the_gold_writes_them() -> None:
    assert normalize_mention("16900-2-Pre-orders") == "16900-2-pre-orders"
    assert normalize_mention("18315-2-step_down") == "18315-2-step_down"
    assert normalize_mention("not-a-mention") == "not-a-mention"
    system = parse_timeline("iPhone 4\n1\t2010-06-15\t16900-2-Pre-orders\n")
    gold = parse_timeline("iPhone 4\n1\t2010-06-15\t16900-2-pre-orders\n")
    assert score_timeline(gold, system).f1 == 1.0
