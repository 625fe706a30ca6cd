"""The TempEval-3 timex scorer and the ``timeline eval timex`` command."""

from __future__ import annotations

import dataclasses
import json
import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from newstimeline.cli import main
from newstimeline.evaluate.timeml import parse_timeml, read_corpus
from newstimeline.evaluate.timex_score import Scores, Timex, evaluate, gold_timexes, match

SHARED = Path(os.environ.get("NEWSTIMELINE_SHARED",
                           Path(__file__).resolve().parents[1] / ".." / "shared"))
SHARED_TBAQ = SHARED / "data" / "tbaq"

STORY = """<?xml version="1.0" ?>
<TimeML>
<DOCID>TEST001</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="1998-02-19">19980219</TIMEX3></DCT>
<TEXT>
Shares fell <TIMEX3 tid="t1" type="DATE" value="1998-02-18">Wednesday</TIMEX3> after the bank said \
<TIMEX3 tid="t2" type="DATE" value="1997-Q4">the fourth quarter</TIMEX3> was weak. Profits have \
slipped for <TIMEX3 tid="t3" type="DURATION" value="P3Y">three years</TIMEX3>.
</TEXT>
</TimeML>
"""


def _gold_tagger(documents: dict[str, list[Timex]]):  # type: ignore[no-untyped-def]
    """A tagger that answers with the gold annotation of the document with that text."""
    return lambda text, dct: documents[text]


def test_gold_against_gold_scores_one_hundred() -> None:
    doc = parse_timeml(STORY)
    scores, _ = evaluate([doc], _gold_tagger({doc.text: gold_timexes(doc)}))
    assert {k: round(v, 6) for k, v in scores.figures().items()} == {
        "strict_precision": 100.0, "strict_recall": 100.0, "strict_f1": 100.0,
        "relaxed_precision": 100.0, "relaxed_recall": 100.0, "relaxed_f1": 100.0,
        "type_accuracy": 100.0, "type_f1": 100.0, "value_accuracy": 100.0, "value_f1": 100.0,
    }


def test_blanked_values_give_value_f1_zero() -> None:
    doc = parse_timeml(STORY)
    blank = [dataclasses.replace(t, value="") for t in gold_timexes(doc)]
    scores, _ = evaluate([doc], _gold_tagger({doc.text: blank}))
    figures = scores.figures()
    assert figures["relaxed_f1"] == 100.0
    assert figures["value_accuracy"] == 0.0
    assert figures["value_f1"] == 0.0


def test_hand_built_case_has_exact_figures() -> None:
    gold = [Timex(0, 9, "Wednesday", "DATE", "1998-02-18"),
            Timex(20, 38, "the fourth quarter", "DATE", "1997-Q4"),
            Timex(50, 61, "three years", "DURATION", "P3Y"),
            Timex(70, 77, "January", "DATE", "1998-01")]
    system = [Timex(0, 9, "Wednesday", "DATE", "1998-02-18"),      # strict, right value
              Timex(24, 38, "fourth quarter", "DATE", "1998-Q4"),  # relaxed only, wrong value
              Timex(50, 61, "three years", "DATE", "P3Y"),          # strict, wrong type
              Timex(80, 85, "later", "DATE", "FUTURE_REF"),         # false positive
              Timex(90, 95, "today", "DATE", "1998-02-19")]         # false positive
    result = match(gold, system)
    assert [m.text for m in result.misses] == ["January"]
    assert [f.text for f in result.false_positives] == ["later", "today"]
    scores = Scores()
    scores.add(result)
    f = scores.figures()
    # relaxed: 3 hits of 5 system, 4 gold; strict: 2 hits.
    assert f["relaxed_precision"] == pytest.approx(60.0)
    assert f["relaxed_recall"] == pytest.approx(75.0)
    assert f["relaxed_f1"] == pytest.approx(2 * 0.6 * 0.75 / 1.35 * 100)
    assert f["strict_precision"] == pytest.approx(40.0)
    assert f["strict_recall"] == pytest.approx(50.0)
    assert f["strict_f1"] == pytest.approx(2 * 0.4 * 0.5 / 0.9 * 100)
    assert f["type_accuracy"] == pytest.approx(200 / 3)
    assert f["value_accuracy"] == pytest.approx(200 / 3)
    assert f["value_f1"] == pytest.approx(f["relaxed_f1"] * 2 / 3)


def test_one_system_expression_matches_only_one_gold() -> None:
    gold = [Timex(0, 8, "Thursday", "DATE", "1998-02-19"),
            Timex(9, 16, "morning", "TIME", "1998-02-19TMO")]
    system = [Timex(0, 16, "Thursday morning", "TIME", "1998-02-19TMO")]
    result = match(gold, system)
    assert len(result.pairs) == 1
    assert [m.text for m in result.misses] == ["morning"]
    assert result.pairs[0].gold.text == "Thursday"


def test_empty_gold_timexes_are_not_counted() -> None:
    result = match([Timex(5, 5, "", "DATE", "1998-02")], [])
    assert result.misses == []


def test_eval_timex_command_prints_figures_and_json(tmp_path: Path) -> None:
    (tmp_path / "story.tml").write_text(STORY, encoding="utf-8")
    runner = CliRunner()
    plain = runner.invoke(main, ["eval", "timex", str(tmp_path)])
    assert plain.exit_code == 0, plain.output
    assert "documents: 1   gold: 3" in plain.output
    data = json.loads(runner.invoke(main, ["eval", "timex", str(tmp_path), "--json"]).output)
    assert data["documents"] == 1
    assert data["gold"] == 3
    assert data["relaxed_f1"] == 100.0
    assert set(data) == {
        "documents", "gold", "system", "strict_precision", "strict_recall", "strict_f1",
        "relaxed_precision", "relaxed_recall", "relaxed_f1", "type_accuracy", "type_f1",
        "value_accuracy", "value_f1"}


def test_eval_timex_errors_lists_misses(tmp_path: Path) -> None:
    story = STORY.replace('<TIMEX3 tid="t3" type="DURATION" value="P3Y">three years</TIMEX3>',
                          '<TIMEX3 tid="t3" type="DURATION" value="P3Y">a spell</TIMEX3>')
    (tmp_path / "story.tml").write_text(story, encoding="utf-8")
    result = CliRunner().invoke(main, ["eval", "timex", str(tmp_path), "--errors"])
    assert result.exit_code == 0, result.output
    assert "TEST001\tMISS\t" in result.output
    assert "'a spell' DURATION P3Y" in result.output


def test_eval_timex_on_empty_folder_fails(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["eval", "timex", str(tmp_path)])
    assert result.exit_code == 1


@pytest.mark.skipif(not SHARED_TBAQ.is_dir(), reason="needs ../shared/data/tbaq (TempEval-3 data)")
def test_tbaq_gold_against_itself_is_perfect() -> None:
    documents = read_corpus(SHARED_TBAQ)
    golds = {d.text: gold_timexes(d) for d in documents}
    scores, _ = evaluate(documents, _gold_tagger(golds))
    assert scores.figures()["value_f1"] == 100.0
    assert scores.gold == 1822
