"""The pipeline: ingest → dateline → find times → DCT → resolve times → events → ordered timeline."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from newstimeline import __version__
from newstimeline.dateline import find_dateline
from newstimeline.dct import choose_dct
from newstimeline.events import extract_events, order_events
from newstimeline.ingest import IngestError, Source, discover, guess_title, read_source
from newstimeline.models import Document, DocumentInfo, Event, Timeline, TimelineError
from newstimeline.timex import find_mentions, resolve_mentions


@dataclass(frozen=True, slots=True)
class BuildOptions:
    """What the user may pin: the DCT, the dateline year, and 'today' for year inference."""

    dct: dt.date | None = None
    year: int | None = None
    reference_date: dt.date | None = None
    strict: bool = False
    """Stop at the first input that cannot be read instead of reporting it and going on."""

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


def build_timeline(
    paths: Sequence[str], name: str, options: BuildOptions | None = None
) -> Timeline:
    """Read every article under ``paths`` and return one timeline; failures are listed, not raised."""
    options = options or BuildOptions()
    sources, errors = discover(paths)
    documents: list[DocumentInfo] = []
    events: list[Event] = []
    for source in [] if options.strict and errors else sources:
        try:
            document = read_source(source)
        except IngestError as exc:
            errors.append(TimelineError(path=source.path, reason=str(exc)))
            if options.strict:
                break
            continue
        info, document_events = process_document(document, options)
        documents.append(info)
        events.extend(document_events)
    return Timeline(
        generator=f"newstimeline {__version__}",
        name=name,
        documents=documents,
        events=order_events(events),
        errors=errors,
    )


__all__ = ["BuildOptions", "Source", "build_timeline", "process_document"]
