"""``timeline eval timelines GOLD_DIR SYSTEM_DIR``: the TimeLine score, with the DCT oracle beside it."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from newstimeline.evaluate.timelines_oracle import dct_oracle
from newstimeline.evaluate.timelines_score import (
    RunScore,
    TimelineFormatError,
    format_table,
    read_timeline_dir,
    score_run,
)
from newstimeline.evaluate.timeml import read_corpus


def _documents_dir(gold_dir: Path, documents: Path | None) -> Path | None:
    if documents is not None:
        return documents
    sibling = gold_dir.parent / "documents"
    return sibling if sibling.is_dir() else None


@click.command("timelines")
@click.argument("gold_dir", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.argument("system_dir", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--documents", type=click.Path(exists=True, file_okay=False, path_type=Path),
              help="TimeML documents for the DCT oracle (default: GOLD_DIR/../documents).")
@click.option("--per-timeline/--micro-only", default=True, show_default=True,
              help="Print each timeline's line, or only the micro-average.")
def timelines(gold_dir: Path, system_dir: Path, documents: Path | None, per_timeline: bool) -> None:
    """Temporal-awareness P/R/F1 of entity timelines in SYSTEM_DIR against GOLD_DIR (micro-averaged).

    Also prints the date accuracy of gold dated mentions the system found, and, when the TimeML
    documents are at hand, the oracle that dates every gold mention by its article's DCT.
    """
    try:
        gold = read_timeline_dir(gold_dir)
        system = read_timeline_dir(system_dir)
    except TimelineFormatError as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(1)
    if not gold:
        click.echo(f"error: {gold_dir}: no *.txt timelines", err=True)
        sys.exit(1)
    runs: list[tuple[str, RunScore]] = [("system", score_run(gold, system))]
    folder = _documents_dir(gold_dir, documents)
    if folder is not None:
        dcts = {d.doc_id: d.dct for d in read_corpus(folder) if d.dct is not None}
        runs.append(("oracle-dct", score_run(gold, {n: dct_oracle(t, dcts) for n, t in gold.items()})))
    if not per_timeline:
        for _, run in runs:
            run.per_timeline.clear()
    click.echo(format_table(runs))
    for label, run in runs:
        total = run.total
        click.echo(f"{label}: F1 {100 * total.f1:.2f} (P {100 * total.precision:.2f}, "
                   f"R {100 * total.recall:.2f}); dates {total.dates_right}/{total.dated_found}"
                   f" (of {total.gold_dated} gold dated)")


# The shared ``eval`` group lives elsewhere once branches merge; until then this branch offers
# its own, so that ``timeline eval timelines`` works here (the lead attaches ``timelines`` to it).
