"""Command line: a thin layer over the pipeline (``timeline build``, ``tag``, ``schema``)."""

from __future__ import annotations

import datetime as dt
import json
import logging
import re
import signal
import sys
from pathlib import Path

import click

from newstimeline import __version__
from newstimeline.dct import LOW_CONFIDENCE
from newstimeline.entity_timeline import build_semeval
from newstimeline.evaluate.commands import eval_group
from newstimeline.ingest import READERS, FieldNames, IngestError, ReadOptions, Source, read_source
from newstimeline.models import Timeline
from newstimeline.parallel import ENGINES, Engine, EngineError, default_workers
from newstimeline.pipeline import BuildOptions, build_timeline, process_document
from newstimeline.progress import ProgressBar
from newstimeline.render.files import write_atomic
from newstimeline.render.html import PLOTLYJS_MODES, timeline_html, write_plotlyjs
from newstimeline.render.json_out import timeline_schema, write_timeline_json
from newstimeline.render.jsonl import timeline_jsonl_lines, write_jsonl_atomic
from newstimeline.service.command import serve
from newstimeline.timex import find_mentions, resolve_mentions

_UNSAFE_NAME = re.compile(r"[^A-Za-z0-9._-]+")
# File names Windows reserves: an output named so could not be opened there.
RESERVED_NAMES: frozenset[str] = frozenset(
    {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(1, 10)), *(f"LPT{i}" for i in range(1, 10))}
)


# Dates a timeline can be drawn around: intervals and axis margins must stay inside datetime's range.
EARLIEST_DATE = dt.date(1000, 1, 1)
LATEST_DATE = dt.date(8999, 12, 31)


class DateParam(click.ParamType):  # type: ignore[type-arg]
    """An ISO date (YYYY-MM-DD) on the command line."""

    name = "DATE"

    def convert(self, value: object, param: click.Parameter | None,
                ctx: click.Context | None) -> dt.date:
        if isinstance(value, dt.date):
            return value
        try:
            date = dt.date.fromisoformat(str(value))
        except ValueError:
            self.fail(f"{value!r} is not a date in the form YYYY-MM-DD", param, ctx)
        if not EARLIEST_DATE <= date <= LATEST_DATE:
            self.fail(f"{value} is outside {EARLIEST_DATE}..{LATEST_DATE}", param, ctx)
        return date


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
@click.option("--events", "events_mode", type=click.Choice(["timeline", "mentions"]),
              default="timeline", show_default=True,
              help="timeline: the entries a reader wants; mentions: every TimeML-grain event "
              "trigger with its offsets and time (for scoring).")
@click.option("--input-format", type=click.Choice(sorted(READERS)),
              help="Read every input as this format (default: by file extension; text for '-').")
@click.option("--glob", "glob",
              help="Which files of a folder to read, e.g. '*.html' (default: known extensions).")
@click.option("--text-field", help="JSON field (dotted path) holding the article text.")
@click.option("--date-field", help="JSON field holding the publication date.")
@click.option("--title-field", help="JSON field holding the title.")
@click.option("--id-field", help="JSON field holding the article id.")
@click.option("--plotlyjs", type=click.Choice(PLOTLYJS_MODES), default="embed", show_default=True,
              help="embed: standalone page that opens offline; cdn: load plotly.js from the "
              "CDN (small file, needs a network); directory: share plotly.min.js in --out.")
@click.option("--png", "png", is_flag=True,
              help="Also write NAME.png of the plot, drawn by the local Chromium (no download).")
@click.option("--entity", "entities", multiple=True,
              help="Keep only the events this entity takes part in (repeatable with semeval).")
@click.option("--format", "output_format", type=click.Choice(["json", "jsonl", "semeval"]),
              default="json", show_default=True,
              help="json: NAME.events.json + NAME.html; jsonl: NAME.events.jsonl, one record a "
              "line; semeval: one SemEval-2015 TimeLine file per --entity from TimeML input.")
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
@click.option("--strict", is_flag=True,
              help="Stop at the first input that cannot be read, and write nothing.")
def build(paths: tuple[str, ...], out_dir: str, name: str | None, dct: dt.date | None,
          year: int | None, reference_date: dt.date | None, events_mode: str,
          input_format: str | None, glob: str | None, text_field: str | None,
          date_field: str | None, title_field: str | None, id_field: str | None,
          plotlyjs: str, png: bool, entities: tuple[str, ...], output_format: str,
          workers: int, engine: Engine, scheduler: str | None, ship_text: bool,
          quiet: bool, strict: bool) -> None:
    """Build a timeline from article files and folders (PATHS; '-' reads standard input).

    Reads .txt, .html/.htm, .json/.jsonl and .tml files. Writes NAME.events.json and NAME.html
    into --out (NAME.events.jsonl with --format jsonl; with --format semeval, one ENTITY.txt per
    --entity from TimeML input).
    """
    _show_warnings()
    stem = _output_name(name, paths)
    defaults = FieldNames()
    fields = FieldNames(
        text=(text_field,) if text_field else defaults.text,
        title=(title_field,) if title_field else defaults.title,
        date=(date_field,) if date_field else defaults.date,
        url=defaults.url,
        id=(id_field,) if id_field else defaults.id,
    )
    options = BuildOptions(dct=dct, year=year, reference_date=reference_date,
                           events="mentions" if events_mode == "mentions" else "timeline",
                           read=ReadOptions(input_format=input_format, fields=fields), glob=glob,
                           entity=entities[0] if entities else None)
    if output_format == "semeval":
        sys.exit(build_semeval(paths, entities, Path(out_dir), options))
    if len(entities) > 1:
        raise click.UsageError("--entity may be given once with --format json")
    out = Path(out_dir)
    _refuse_to_overwrite_inputs(paths, [out / f"{stem}{suffix}" for suffix in OUTPUT_SUFFIXES])
    try:
        with ProgressBar(quiet=quiet) as progress:
            timeline = build_timeline(list(paths), stem, options,
                                      workers=workers or default_workers(), engine=engine,
                                      scheduler=scheduler, progress=progress, ship_text=ship_text)
    except (EngineError, OSError) as exc:
        raise click.ClickException(str(exc)) from exc
    if strict and timeline.errors:
        first = timeline.errors[0]
        click.echo(f"error: {first.path}: {first.reason} (--strict: nothing written)", err=True)
        sys.exit(1)
    for error in timeline.errors:
        click.echo(f"error: {error.path}: {error.reason}", err=True)
    for document in [] if quiet else timeline.documents:
        note = ""
        if document.dct.source == "inferred" and document.dct.confidence < LOW_CONFIDENCE:
            others = ", ".join(map(str, document.dct.candidates[:4]))
            note = (f" (low confidence {document.dct.confidence:.2f}"
                    + (f"; other candidate years: {others}" if others else "")
                    + "; pass --year or --dct to pin it)")
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
        json_path = out / f"{stem}.events.json"
        html_path = out / f"{stem}.html"
        write_timeline_json(json_path, timeline)
        mode = next(m for m in PLOTLYJS_MODES if m == plotlyjs)
        write_atomic(html_path, timeline_html(timeline, mode))
        if mode == "directory":
            write_plotlyjs(out)
        click.echo(f"wrote {json_path} and {html_path}: {len(timeline.events)} events from "
                   f"{len(timeline.documents)} document(s)")
        if png and not _write_png(timeline, out / f"{stem}.png"):
            sys.exit(1)
    if timeline.errors or not timeline.documents:
        sys.exit(1)


class _StderrHandler(logging.StreamHandler):  # type: ignore[type-arg]
    """Writes to whatever ``sys.stderr`` is when a record comes (it is swapped in tests)."""

    def emit(self, record: logging.LogRecord) -> None:
        self.setStream(sys.stderr)
        super().emit(record)


# Files `build` may write for a name: none of them may replace an input.
OUTPUT_SUFFIXES = (".events.json", ".html", ".events.jsonl", ".png")


def _refuse_to_overwrite_inputs(paths: tuple[str, ...], outputs: list[Path]) -> None:
    """Stop with a usage error when an output file would replace one of the inputs."""
    existing = [o for o in outputs if o.exists()]
    if not existing:
        return
    for source in (Path(p) for p in paths if p != "-"):
        candidates = source.rglob("*") if source.is_dir() else [source]
        for candidate in candidates:
            for output in existing:
                if candidate.is_file() and candidate.samefile(output):
                    raise click.UsageError(f"refusing to overwrite input file {output}: "
                                           "choose another --name or --out")


def _exit_on_sigterm() -> None:
    """Turn SIGTERM into SystemExit, so that partial output files are cleaned up on the way out."""

    def handler(signum: int, frame: object) -> None:
        raise SystemExit(128 + signum)

    signal.signal(signal.SIGTERM, handler)


def _show_warnings() -> None:
    """Send ingest warnings (a detected encoding, an unreadable date field) to stderr."""
    logger = logging.getLogger("newstimeline")
    if not logger.handlers:
        handler = _StderrHandler()
        handler.setFormatter(logging.Formatter("warning: %(message)s"))
        logger.addHandler(handler)
        logger.setLevel(logging.WARNING)


def _write_png(timeline: Timeline, path: Path) -> bool:
    """Write the plot's PNG; report failure on stderr and return False instead of raising."""
    from newstimeline.render.png import PngExportError, write_png

    try:
        write_png(timeline_html(timeline, "embed"), path)
    except PngExportError as exc:
        click.echo(f"error: {path}: {exc}", err=True)
        return False
    click.echo(f"wrote {path}")
    return True


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


main.add_command(eval_group)
main.add_command(serve)

if __name__ == "__main__":
    main()
