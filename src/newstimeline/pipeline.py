"""The pipeline: ingest → dateline → find times → DCT → resolve times → events → ordered timeline."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from newstimeline import __version__
from newstimeline.dateline import find_dateline
from newstimeline.dct import choose_dct
from newstimeline.events import extract_events, order_events
from newstimeline.ingest import IngestError, Source, discover, guess_title, read_source
from newstimeline.models import Document, DocumentInfo, Event, Timeline, TimelineError
from newstimeline.timex import find_mentions, resolve_mentions

if TYPE_CHECKING:
    from newstimeline.parallel import Engine, Progress


@dataclass(frozen=True, slots=True)
class BuildOptions:
    """What the user may pin: the DCT, the dateline year, and 'today' for year inference."""

    dct: dt.date | None = None
    year: int | None = None
    reference_date: dt.date | None = None

    @property
    def reference(self) -> dt.date:
        return self.reference_date or dt.date.today()


def process_document(document: Document, options: BuildOptions) -> tuple[DocumentInfo, list[Event]]:
    """All per-document stages for one article: its record and its events in text order."""
    text = document.text
    dateline = find_dateline(text)
    mentions = find_mentions(text)
    dct = choose_dct(
        text, mentions, dateline,
        option_dct=options.dct, option_year=options.year,
        metadata_date=document.metadata_date, reference=options.reference,
    )
    expressions = resolve_mentions(text, mentions, dct.date)
    body_start = dateline.span.end if dateline else 0
    events = extract_events(document.id, text, body_start, expressions, dct.date)
    title = document.title or guess_title(text, dateline.span.start if dateline else None)
    info = DocumentInfo(id=document.id, path=document.path, title=title, dateline=dateline, dct=dct)
    return info, events


SourceResult = tuple[DocumentInfo | None, list[Event], list[TimelineError]]
"""What the per-document unit returns: the record (None if unreadable), its events, its errors."""


def process_source(item: Source | Document, options: BuildOptions) -> SourceResult:
    """Read one source (or take an already-read Document) and run every per-document stage.

    A pure function of its arguments, so it can run in a worker process or on a Dask cluster.
    """
    if isinstance(item, Source):
        try:
            item = read_source(item)
        except IngestError as exc:
            return None, [], [TimelineError(path=item.path, reason=str(exc))]
    info, events = process_document(item, options)
    return info, events, []


def build_timeline(
    paths: Sequence[str], name: str, options: BuildOptions | None = None, *,
    workers: int = 1, engine: Engine = "local", scheduler: str | None = None,
    progress: Progress | None = None, ship_text: bool = False,
) -> Timeline:
    """Read every article under ``paths`` and return one timeline; failures are listed, not raised.

    ``workers``/``engine``/``scheduler``/``ship_text`` choose where the per-document stage runs
    (see parallel.py); the result is the same whichever runs it.
    """
    sources, errors = discover(paths)
    return timeline_from(sources, name, options, errors=errors, workers=workers, engine=engine,
                         scheduler=scheduler, progress=progress, ship_text=ship_text)


def timeline_from(
    items: Sequence[Source | Document], name: str, options: BuildOptions | None = None, *,
    errors: Sequence[TimelineError] = (), workers: int = 1, engine: Engine = "local",
    scheduler: str | None = None, progress: Progress | None = None, ship_text: bool = False,
) -> Timeline:
    """The timeline of sources to read or documents already read (``errors``: failures so far)."""
    # Imported here because parallel.py imports this module for the per-document unit.
    from newstimeline.parallel import map_sources

    options = options or BuildOptions()
    # Pin "today" once, here: workers elsewhere (or after midnight) must not each pick their own.
    options = replace(options, reference_date=options.reference)
    all_errors = list(errors)
    documents: list[DocumentInfo] = []
    events: list[Event] = []
    results = map_sources(items, options, workers=workers, engine=engine, scheduler=scheduler,
                          progress=progress, ship_text=ship_text)
    for info, document_events, document_errors in results:
        all_errors.extend(document_errors)
        if info is not None:
            documents.append(info)
            events.extend(document_events)
    return Timeline(
        generator=f"newstimeline {__version__}",
        name=name,
        documents=documents,
        events=order_events(events),
        errors=all_errors,
    )


__all__ = ["BuildOptions", "Source", "SourceResult", "build_timeline", "process_document", "process_source",
           "timeline_from"]
