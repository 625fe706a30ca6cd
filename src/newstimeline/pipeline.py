"""The pipeline: ingest → dateline → find times → DCT → resolve times → events → ordered timeline."""

from __future__ import annotations

import datetime as dt
from array import array
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Literal

from newstimeline import __version__
from newstimeline.dateline import find_dateline
from newstimeline.dct import choose_dct
from newstimeline.events import extract_events
from newstimeline.events.entity import keep_entity_events
from newstimeline.events.merge import (
    FeatureCache,
    Features,
    event_features,
    feature_clusters,
    merge_group,
)
from newstimeline.events.order import OrderFacts, order_facts, order_indices
from newstimeline.events.store import PackedEvents
from newstimeline.ingest import ReadOptions, Source, discover, guess_title, read_documents
from newstimeline.models import (
    Document,
    DocumentInfo,
    DocumentView,
    Event,
    TimeExpression,
    Timeline,
    TimelineError,
)
from newstimeline.text import sentence_spans
from newstimeline.timex import find_mentions, resolve_mentions

if TYPE_CHECKING:
    from newstimeline.parallel import Engine, Progress

EventsMode = Literal["timeline", "mentions"]


@dataclass(frozen=True, slots=True)
class DocumentResult:
    """Everything the per-document stages produce, for callers that need more than the events."""

    info: DocumentInfo
    expressions: list[TimeExpression]
    events: list[Event]


@dataclass(frozen=True, slots=True)
class BuildOptions:
    """What the user may pin: the DCT, the dateline year, 'today' for year inference, and whether
    events are timeline entries or every TimeML-grain mention."""

    dct: dt.date | None = None
    year: int | None = None
    reference_date: dt.date | None = None
    events: EventsMode = "timeline"
    read: ReadOptions = field(default_factory=ReadOptions)
    """Input format and JSON field names."""
    glob: str | None = None
    """Which files of a folder to read (default: every known article extension)."""
    entity: str | None = None
    """Keep only the events in which this entity takes part (``--entity``)."""

    @property
    def reference(self) -> dt.date:
        return self.reference_date or dt.date.today()


def process_document(document: Document, options: BuildOptions) -> tuple[DocumentInfo, list[Event]]:
    """All per-document stages for one article: its record and its events in text order."""
    result = analyse_document(document, options)
    return result.info, result.events


def analyse_document(document: Document, options: BuildOptions) -> DocumentResult:
    """All per-document stages for one article, keeping its time expressions too."""
    text = document.text
    dateline = find_dateline(text)
    mentions = find_mentions(text)
    dct = choose_dct(
        text, mentions, dateline,
        option_dct=options.dct, option_year=options.year,
        metadata_date=document.metadata_date, reference=options.reference,
        metadata_source=document.metadata_source,
    )
    sentences = sentence_spans(text)  # one split for the resolver and the event stage
    expressions = resolve_mentions(text, mentions, dct.date, sentences)
    body_start = dateline.span.end if dateline else 0
    events = extract_events(document.id, text, body_start, expressions, dct.date,
                            mode=options.events, sentence_split=sentences)
    title = document.title or guess_title(text, dateline.span.start if dateline else None)
    info = DocumentInfo(id=document.id, path=document.path, title=title, dateline=dateline, dct=dct)
    return DocumentResult(info, expressions, events)


SourceResult = tuple[list[DocumentInfo], list[Event], list[TimelineError]]
"""What the per-document unit returns: the records of the documents read, their events, errors."""


def process_source(item: Source | Document, options: BuildOptions) -> SourceResult:
    """Read one source (one file may hold many articles) or take a read Document, and run every
    per-document stage. A pure function of its arguments, so it can run in a worker process or
    on a Dask cluster."""
    if isinstance(item, Source):
        read = read_documents(item, options.read)
        documents, errors = list(read.documents), list(read.errors)
    else:
        documents, errors = [item], []
    infos: list[DocumentInfo] = []
    events: list[Event] = []
    for document in documents:
        info, document_events = process_document(document, options)
        if options.entity:
            document_events = keep_entity_events(document.text, document_events, options.entity)
        infos.append(info)
        events.extend(document_events)
    return infos, events, errors


def build_timeline(
    paths: Sequence[str], name: str, options: BuildOptions | None = None, *,
    workers: int = 1, engine: Engine = "local", scheduler: str | None = None,
    progress: Progress | None = None, ship_text: bool = False,
) -> Timeline:
    """Read every article under ``paths`` and return one timeline; failures are listed, not raised.

    ``workers``/``engine``/``scheduler``/``ship_text`` choose where the per-document stage runs
    (see parallel.py); the result is the same whichever runs it.
    """
    options = options or BuildOptions()
    sources, errors = discover(paths, options.glob)
    return timeline_from(sources, name, options, errors=errors, workers=workers, engine=engine,
                         scheduler=scheduler, progress=progress, ship_text=ship_text)


def timeline_from(
    items: Sequence[Source | Document], name: str, options: BuildOptions | None = None, *,
    errors: Sequence[TimelineError] = (), workers: int = 1, engine: Engine = "local",
    scheduler: str | None = None, progress: Progress | None = None, ship_text: bool = False,
) -> Timeline:
    """The timeline of sources to read or documents already read (``errors``: failures so far).

    Per-document stages run where the engine says; merging across documents runs here, after.
    """
    # Imported here because parallel.py imports this module for the per-document unit.
    from newstimeline.parallel import map_sources

    options = options or BuildOptions()
    # Pin "today" once, here: workers elsewhere (or after midnight) must not each pick their own.
    options = replace(options, reference_date=options.reference)
    results = map_sources(items, options, workers=workers, engine=engine, scheduler=scheduler,
                          progress=progress, ship_text=ship_text, lazy=True)
    return _assemble(results, name, errors)


def _assemble(results: Iterable[SourceResult], name: str,
              errors: Sequence[TimelineError]) -> Timeline:
    """The timeline of the per-document results, holding its events packed (``PackedEvents``).

    As results arrive, each event is packed and only what merging reads of it is kept; groups of
    coreferent events are then decoded one at a time, merged and packed, and the merged events
    ordered by their sort keys. A pydantic Event takes ten times the memory of its packed form,
    so this is what lets an archive of many thousand articles be built in little memory.
    """
    all_errors = list(errors)
    documents: list[DocumentInfo] = []
    store = PackedEvents()
    features: list[Features] = []
    cache = FeatureCache()
    for infos, document_events, document_errors in results:
        all_errors.extend(document_errors)
        documents.extend(infos)
        for event in document_events:
            features.append(event_features(event, cache))
            store.append(event)
    del cache
    per_document: list[DocumentView] = []
    if len(documents) > 1:  # many articles: one merged timeline, each article's own view kept
        # One pass over the events (not one per document); the views share the packed events.
        own: dict[str, array[int]] = {d.id: array("q") for d in documents}
        for i, f in enumerate(features):
            own.setdefault(f.document, array("q")).append(i)
        per_document = [DocumentView.model_construct(document=d.id,
                                                     events=store.view(own[d.id]))
                        for d in documents]
        del own
        groups = feature_clusters(features)
        del features
        events = PackedEvents()
        facts: list[OrderFacts] = []
        for group in groups:
            merged = merge_group([store[i] for i in group])
            facts.append(order_facts(merged))
            events.append(merged)
        del groups
    else:
        events = store
        facts = [order_facts(event) for event in store]
    return Timeline.model_construct(
        generator=f"newstimeline {__version__}",
        name=name,
        documents=documents,
        events=events.view(order_indices(facts)),
        errors=all_errors,
        per_document=per_document,
    )


__all__ = ["BuildOptions", "DocumentResult", "EventsMode", "Source", "SourceResult",
           "analyse_document", "build_timeline", "process_document", "process_source",
           "timeline_from"]
