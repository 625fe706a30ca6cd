"""Command line: a thin layer over the pipeline (``timeline build``, ``tag``, ``schema``)."""

from __future__ import annotations

import datetime as dt
import json
import re
import signal
import sys
from pathlib import Path

import click

from newstimeline import __version__
from newstimeline.dct import LOW_CONFIDENCE
from newstimeline.ingest import IngestError, Source, read_source
from newstimeline.pipeline import BuildOptions, build_timeline, process_document
from newstimeline.render.files import write_atomic
from newstimeline.render.html import timeline_html
from newstimeline.render.json_out import timeline_json, timeline_schema
from newstimeline.timex import find_mentions, resolve_mentions

_UNSAFE_NAME = re.compile(r"[^A-Za-z0-9._-]+")
# File names Windows reserves: an output named so could not be opened there.
RESERVED_NAMES: frozenset[str] = frozenset(
    {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(1, 10)), *(f"LPT{i}" for i in range(1, 10))}
)


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
    safe = _UNSAFE_NAME.sub("-", name).strip(".-")[:100]
    if safe.split(".")[0].upper() in RESERVED_NAMES:
        safe = f"timeline-{safe}"
    return safe or "timeline"


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="timeline")
def main() -> None:
    """Reconstruct event timelines from news articles."""
    _exit_on_sigterm()


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
@click.option("--strict", is_flag=True, help="Stop at the first input that cannot be read.")
def build(paths: tuple[str, ...], out_dir: str, name: str | None, dct: dt.date | None,
          year: int | None, reference_date: dt.date | None, strict: bool) -> None:
    """Build a timeline from article files and folders (PATHS; '-' reads standard input).

    Writes NAME.events.json and NAME.html into --out.
    """
    stem = _output_name(name, paths)
    out = Path(out_dir)
    json_path = out / f"{stem}.events.json"
    html_path = out / f"{stem}.html"
    _refuse_to_overwrite_inputs(paths, [json_path, html_path])
    options = BuildOptions(dct=dct, year=year, reference_date=reference_date, strict=strict)
    timeline = build_timeline(list(paths), stem, options)
    for error in timeline.errors:
        click.echo(f"error: {error.path}: {error.reason}", err=True)
    for document in timeline.documents:
        note = ""
        if document.dct.source == "inferred" and document.dct.confidence < LOW_CONFIDENCE:
            note = " (low confidence: pass --year or --dct to pin it)"
        elif document.dct.source == "reference":
            note = " (warning: no date found in the document; --dct pins it)"
        click.echo(f"{document.path}: dated {document.dct.date} from {document.dct.source}{note}",
                   err=True)
    if timeline.documents and not (strict and timeline.errors):
        write_atomic(json_path, timeline_json(timeline))
        write_atomic(html_path, timeline_html(timeline))
        click.echo(f"wrote {json_path} and {html_path}: {len(timeline.events)} events from "
                   f"{len(timeline.documents)} document(s)")
    if timeline.errors or not timeline.documents:
        sys.exit(1)


def _refuse_to_overwrite_inputs(paths: tuple[str, ...], outputs: list[Path]) -> None:
    """Stop with a usage error when an output file would replace one of the inputs."""
    inputs = [Path(p) for p in paths if p != "-"]
    for output in outputs:
        if not output.exists():
            continue
        for source in inputs:
            candidates = source.rglob("*") if source.is_dir() else [source]
            if any(c.is_file() and c.samefile(output) for c in candidates):
                raise click.UsageError(f"refusing to overwrite input file {output}: "
                                       "choose another --name or --out")


def _exit_on_sigterm() -> None:
    """Turn SIGTERM into SystemExit, so that partial output files are cleaned up on the way out."""

    def handler(signum: int, frame: object) -> None:
        raise SystemExit(128 + signum)

    signal.signal(signal.SIGTERM, handler)


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


if __name__ == "__main__":
    main()
