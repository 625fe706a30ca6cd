"""``timeline eval events GOLD_DIR``: score event extraction, anchoring and ordering on TimeML."""

from __future__ import annotations

import json
import math
import sys
from collections.abc import Sequence
from pathlib import Path

import click

from newstimeline.evaluate.events_score import Counts, evaluate, figures
from newstimeline.evaluate.timeml import TimeMLDocument, read_corpus
from newstimeline.events import order_events
from newstimeline.models import Document, Event, TimeExpression
from newstimeline.pipeline import BuildOptions, analyse_document
from newstimeline.render.files import write_atomic

# Figures a baseline file pins (a run below them fails), and figures recorded beside them.
GATED = ("mention_f1", "class_accuracy", "anchoring_accuracy", "ordering_accuracy")
CONTEXT = ("mention_precision", "mention_recall", "tense_accuracy", "polarity_accuracy",
           "anchoring_found", "baseline_anchoring_accuracy",
           "gold_timex_baseline_anchoring_accuracy", "dct_baseline_anchoring_accuracy",
           "ordering_found", "text_order_accuracy", "anchoring_accuracy_of_found",
           "baseline_anchoring_accuracy_of_found", "ordering_accuracy_of_found",
           "text_order_accuracy_of_found")


def run_system(doc: TimeMLDocument) -> tuple[list[Event], list[TimeExpression]]:
    """The pipeline on one TimeML document's raw text, with its DCT, in mentions mode."""
    document = Document(id=doc.doc_id, path=doc.path, title=None, text=doc.text)
    result = analyse_document(document, BuildOptions(dct=doc.dct, events="mentions"))
    return order_events(result.events), result.expressions


def report_lines(fig: dict[str, object]) -> list[str]:
    """The printed table: system figures beside the baselines of the same run."""
    def f(name: str) -> str:
        value = fig[name]
        return f"{value:5.1f}" if isinstance(value, float) else str(value)

    return [
        f"documents: {fig['documents']}   gold events: {fig['gold_events']}   "
        f"system mentions: {fig['system_events']}",
        f"event mentions      P {f('mention_precision')}  R {f('mention_recall')}  "
        f"F1 {f('mention_f1')}   (exact-offset F1 {f('mention_exact_f1')})",
        f"event class         accuracy {f('class_accuracy')} on matched mentions "
        f"(tense {f('tense_accuracy')}, polarity {f('polarity_accuracy')})",
        f"anchoring           {f('anchoring_accuracy')}% of {fig['anchored_events']} anchored gold "
        f"events (system event found for {f('anchoring_found')}%; "
        f"{fig['anchored_skipped']} with no calendar value skipped)",
        f"  baseline          {f('baseline_anchoring_accuracy')}%  nearest own DATE expression "
        f"in the sentence, else the DCT (gold triggers)",
        f"  baseline (gold)   {f('gold_timex_baseline_anchoring_accuracy')}%  same, with the gold "
        f"DATE expressions",
        f"  DCT alone         {f('dct_baseline_anchoring_accuracy')}%",
        f"ordering            {f('ordering_accuracy')}% of {fig['ordered_pairs']} BEFORE/AFTER "
        f"pairs (both events found for {f('ordering_found')}%)",
        f"  text order        {f('text_order_accuracy')}%  (gold triggers in text order)",
        f"on the events found anchoring {f('anchoring_accuracy_of_found')}% (baseline "
        f"{f('baseline_anchoring_accuracy_of_found')}%), ordering "
        f"{f('ordering_accuracy_of_found')}% (text order {f('text_order_accuracy_of_found')}%)",
        "anchoring by basis: " + ", ".join(
            f"{basis} {ok}/{n}" for basis, (n, ok) in fig["anchoring_by_basis"].items()  # type: ignore[attr-defined]
        ),
    ]


def check_baseline(fig: dict[str, object], baseline_file: Path) -> list[str]:
    """Figures that fell below the recorded baseline (recorded values are rounded down)."""
    recorded = json.loads(baseline_file.read_text(encoding="utf-8"))["figures"]
    failures = []
    for name, floor in recorded.items():
        value = fig.get(name)
        if isinstance(value, float) and value + 1e-9 < float(floor):
            failures.append(f"{name} {value:.1f} < recorded {floor}")
    return failures


def rounded_down(fig: dict[str, object], names: Sequence[str] = GATED) -> dict[str, float]:
    """Figures rounded down to one decimal, for benchmarks/baseline_events.json."""
    result: dict[str, float] = {}
    for name in names:
        value = fig[name]
        if isinstance(value, int | float):
            result[name] = math.floor(value * 10) / 10
    return result


@click.command("events")
@click.argument("gold_dir", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print the figures as one JSON object.")
@click.option("--folds", type=click.IntRange(0, 20), default=0, show_default=True,
              help="Cross-validate the learned mention model: train on the other folds of "
              "GOLD_DIR (split by document) and score each fold (0: use the shipped model).")
@click.option("--baseline", "baseline_file", type=click.Path(exists=True, dir_okay=False,
              path_type=Path), help="Fail (exit 1) if a figure falls below this recorded file.")
@click.option("--record", "record_file", type=click.Path(dir_okay=False, path_type=Path),
              help="Write the gated figures, rounded down to one decimal, to this file.")
@click.option("--limit", type=click.IntRange(1), help="Score only the first N documents.")
def events_command(gold_dir: Path, as_json: bool, folds: int, baseline_file: Path | None,
                   record_file: Path | None, limit: int | None) -> None:
    """Score events against the TimeML documents in GOLD_DIR (e.g. ../shared/data/tbaq)."""
    documents = read_corpus(gold_dir)[:limit]
    if not documents:
        raise click.ClickException(f"no .tml files under {gold_dir}")
    counts = _score(documents, folds)
    fig = figures(counts)
    fig["folds"] = folds
    if as_json:
        click.echo(json.dumps(fig, indent=2, sort_keys=True))
    else:
        for line in report_lines(fig):
            click.echo(line)
    if record_file is not None:
        record = {"command": f"timeline eval events GOLD_DIR --folds {folds}",
                  "documents": fig["documents"], "figures": rounded_down(fig),
                  "context": rounded_down(fig, CONTEXT)}
        write_atomic(record_file, json.dumps(record, indent=2, sort_keys=True) + "\n")
    if baseline_file is not None:
        failures = check_baseline(fig, baseline_file)
        for failure in failures:
            click.echo(f"regression: {failure}", err=True)
        if failures:
            sys.exit(1)


def _score(documents: Sequence[TimeMLDocument], folds: int) -> Counts:
    if folds < 2:
        return evaluate(documents, run_system)
    from newstimeline.events.train import cross_validate

    return cross_validate(documents, folds, run_system)
