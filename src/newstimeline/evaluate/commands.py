"""``timeline eval``: score the tagger (and later other stages) against annotated TimeML.

Each scorer is a subcommand of the ``eval`` group; add one with ``@eval_group.command``.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from newstimeline.evaluate.events_command import events_command
from newstimeline.evaluate.timelines_command import timelines
from newstimeline.evaluate.timeml import read_corpus
from newstimeline.evaluate.timex_score import evaluate, format_errors, format_figures


@click.group("eval")
def eval_group() -> None:
    """Measure the pipeline against annotated TimeML (TempEval-3 conventions)."""


@eval_group.command("timex")
@click.argument("gold_dir", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--errors", is_flag=True, help="Also list each miss, false positive and wrong value.")
@click.option("--json", "as_json", is_flag=True, help="Print the figures as one JSON object.")
def eval_timex(gold_dir: Path, errors: bool, as_json: bool) -> None:
    """Tag each .tml document under GOLD_DIR with its DCT and print TempEval-3 timex figures.

    Relaxed match = any overlap, strict = same span; type and value accuracy over relaxed pairs;
    value F1 = relaxed F1 x value accuracy.
    """
    documents = read_corpus(gold_dir)
    if not documents:
        click.echo(f"error: no .tml documents under {gold_dir}", err=True)
        sys.exit(1)
    try:
        scores, results = evaluate(documents)
    except ValueError as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(1)
    if errors:
        listing = format_errors(results)
        if listing:
            click.echo(listing)
    if as_json:
        figures = {k: round(v, 2) for k, v in scores.figures().items()}
        click.echo(json.dumps({"documents": len(documents), "gold": scores.gold,
                               "system": scores.system, **figures}, sort_keys=True))
    else:
        click.echo(format_figures(scores, len(documents)))


eval_group.add_command(events_command)
eval_group.add_command(timelines)
