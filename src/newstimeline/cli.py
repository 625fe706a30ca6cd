"""Command line: a thin layer over the pipeline (``timeline build``, ``tag``, ``schema``)."""

from __future__ import annotations

import datetime as dt
import json
import re
import sys
from pathlib import Path

import click

from newstimeline import __version__
from newstimeline.dct import LOW_CONFIDENCE
from newstimeline.ingest import IngestError, Source, read_source
from newstimeline.parallel import ENGINES, Engine, EngineError, default_workers
from newstimeline.pipeline import BuildOptions, build_timeline, process_document
from newstimeline.progress import ProgressBar
from newstimeline.render.files import write_atomic
from newstimeline.render.html import timeline_html
from newstimeline.render.json_out import timeline_json, timeline_schema
from newstimeline.render.jsonl import timeline_jsonl_lines, write_jsonl_atomic
from newstimeline.service.command import serve
from newstimeline.timex import find_mentions, resolve_mentions

_UNSAFE_NAME = re.compile(r"[^A-Za-z0-9._-]+")


class DateParam(click.ParamType):  # type: ignore[type-arg]
    """An ISO date (YYYY-MM-DD) on the command line."""

    name = "DATE"

    def convert(self, value: object, param: click.Parameter | None,
                ctx: click.Context | None) -> dt.date:
        if isinstance(value, dt.date):
            return value
        try:
            return dt.date.fromisoformat(str(value))
        except ValueError:
            self.fail(f"{value!r} is not a date in the form YYYY-MM-DD", param, ctx)


DATE = DateParam()


def _output_name(name: str | None, paths: tuple[str, ...]) -> str:
    """A file-name-safe stem: the given name, else the single input's folder name or file stem."""
    if name is None:
        if len(paths) == 1 and paths[0] != "-":
            path = Path(paths[0]).resolve()
            name = path.name if path.is_dir() else path.stem
        else:
            name = "timeline"
    safe = _UNSAFE_NAME.sub("-", name).strip(".-")
    return safe or "timeline"


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="timeline")
def main() -> None:
    """Reconstruct event timelines from news articles."""


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--out", "out_dir", default="timelines", show_default=True,
              type=click.Path(file_okay=False), help="Folder for the output files.")
@click.option("--name", help="Output file stem (default: the input folder's or file's name).")
@click.option("--dct", type=DATE, help="Document creation time for every input (YYYY-MM-DD).")
@click.option("--year", type=click.IntRange(1000, 9999),
              help="Year for datelines that carry none (instead of inferring it).")
@click.option("--reference-date", type=DATE,
              help="'Today' for year inference: no story is dated after it (default: today).")
@click.option("--format", "output_format", type=click.Choice(["json", "jsonl"]), default="json",
              show_default=True,
              help="json: NAME.events.json + NAME.html; jsonl: NAME.events.jsonl, one record a line.")
@click.option("--workers", type=click.IntRange(min=0), default=1, show_default=True,
              help="Processes for the per-document stages (0: one per CPU; dask: cluster size).")
@click.option("--engine", type=click.Choice(ENGINES), default="local", show_default=True,
              help="Where the per-document stages run: local processes or a Dask cluster.")
@click.option("--scheduler", metavar="ADDRESS",
              help="Dask scheduler to use (e.g. tcp://host:8786); implies --engine dask.")
@click.option("--ship-text", is_flag=True,
              help="Read the files here and send their text to the workers (for a Dask cluster "
                   "that cannot see these paths).")
@click.option("--quiet", "-q", is_flag=True,
              help="No progress bar and no per-document notes (errors are still reported).")
def build(paths: tuple[str, ...], out_dir: str, name: str | None, dct: dt.date | None,
          year: int | None, reference_date: dt.date | None, output_format: str, workers: int,
          engine: Engine, scheduler: str | None, ship_text: bool, quiet: bool) -> None:
    """Build a timeline from article files and folders (PATHS; '-' reads standard input).

    Writes NAME.events.json and NAME.html into --out (or NAME.events.jsonl with --format jsonl).
    """
    stem = _output_name(name, paths)
    options = BuildOptions(dct=dct, year=year, reference_date=reference_date)
    try:
        with ProgressBar(quiet=quiet) as progress:
            timeline = build_timeline(list(paths), stem, options, workers=workers or default_workers(),
                                      engine=engine, scheduler=scheduler, progress=progress,
                                      ship_text=ship_text)
    except (EngineError, OSError) as exc:
        raise click.ClickException(str(exc)) from exc
    for error in timeline.errors:
        click.echo(f"error: {error.path}: {error.reason}", err=True)
    for document in [] if quiet else timeline.documents:
        note = ""
        if document.dct.source == "inferred" and document.dct.confidence < LOW_CONFIDENCE:
            note = " (low confidence: pass --year or --dct to pin it)"
        elif document.dct.source == "reference":
            note = " (warning: no date found in the document; --dct pins it)"
        click.echo(f"{document.path}: dated {document.dct.date} from {document.dct.source}{note}",
                   err=True)
    if timeline.documents and output_format == "jsonl":
        jsonl_path = Path(out_dir) / f"{stem}.events.jsonl"
        write_jsonl_atomic(jsonl_path, timeline_jsonl_lines(timeline))
        click.echo(f"wrote {jsonl_path}: {len(timeline.events)} events from "
                   f"{len(timeline.documents)} document(s)")
    elif timeline.documents:
        out = Path(out_dir)
        json_path = out / f"{stem}.events.json"
        html_path = out / f"{stem}.html"
        write_atomic(json_path, timeline_json(timeline))
        write_atomic(html_path, timeline_html(timeline))
        click.echo(f"wrote {json_path} and {html_path}: {len(timeline.events)} events from "
                   f"{len(timeline.documents)} document(s)")
    if timeline.errors or not timeline.documents:
        sys.exit(1)


@main.command()
@click.argument("path", default="-")
@click.option("--dct", type=DATE, help="Document creation time (default: found in the text).")
@click.option("--reference-date", type=DATE, help="'Today' for year inference (default: today).")
def tag(path: str, dct: dt.date | None, reference_date: dt.date | None) -> None:
    """Print the time expressions of one article (PATH or '-' for stdin), one JSON per line.

    Offsets are character offsets into the text exactly as read (UTF-8, newlines untouched).
    """
    try:
        document = read_source(Source(path))
    except IngestError as exc:
        click.echo(f"error: {path}: {exc}", err=True)
        sys.exit(1)
    if dct is None:
        info, _ = process_document(document, BuildOptions(reference_date=reference_date))
        dct = info.dct.date
    for expression in resolve_mentions(document.text, find_mentions(document.text), dct):
        interval = expression.interval
        click.echo(json.dumps({
            "start": expression.span.start,
            "end": expression.span.end,
            "text": expression.span.text,
            "type": expression.type,
            "value": expression.value,
            "earliest": interval.earliest.isoformat() if interval.earliest else None,
            "latest": interval.latest.isoformat() if interval.latest else None,
        }, ensure_ascii=False))


@main.command()
@click.option("--out", "out_file", type=click.Path(dir_okay=False),
              help="Write the schema to this file instead of standard output.")
def schema(out_file: str | None) -> None:
    """Print the JSON Schema of events.json."""
    text = timeline_schema()
    if out_file:
        write_atomic(Path(out_file), text)
    else:
        click.echo(text, nl=False)


main.add_command(serve)

if __name__ == "__main__":
    main()
