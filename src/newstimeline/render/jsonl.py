"""events.jsonl: the timeline as one JSON object per line, for corpora too big for one document.

Line 1 is the header ``{"kind": "timeline", "schema_version", "generator", "name"}``; then one
``{"kind": "document", ...DocumentInfo}`` line per document, one ``{"kind": "event", ...Event}`` per
event in timeline order, one ``{"kind": "error", ...TimelineError}`` per failed input and, when
several documents were merged, one ``{"kind": "view", ...DocumentView}`` per document (its own
events before merging). Each record has the same fields, in the same order, as in events.json.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel

from newstimeline.models import DocumentInfo, DocumentView, Event, Timeline, TimelineError
from newstimeline.render.files import atomic_file

Kind = Literal["timeline", "document", "event", "error", "view"]


class JsonlError(ValueError):
    """A line that is not a record of events.jsonl; the message gives the line number."""


def _line(kind: Kind, fields: dict[str, Any]) -> str:
    return json.dumps({"kind": kind, **fields}, ensure_ascii=False, separators=(",", ":")) + "\n"


def _record(kind: Kind, model: BaseModel) -> str:
    return _line(kind, model.model_dump(mode="json"))


def timeline_jsonl_lines(timeline: Timeline) -> Iterator[str]:
    """The lines of events.jsonl, each ending in a newline, produced one at a time."""
    yield _line("timeline", {"schema_version": timeline.schema_version,
                             "generator": timeline.generator, "name": timeline.name})
    for document in timeline.documents:
        yield _record("document", document)
    for event in timeline.events:
        yield _record("event", event)
    for error in timeline.errors:
        yield _record("error", error)
    for view in timeline.per_document:
        yield _record("view", view)


def write_jsonl_atomic(path: Path, lines: Iterable[str]) -> None:
    """Stream ``lines`` to a temporary file beside ``path``, then rename it into place."""
    with atomic_file(path) as handle:
        handle.writelines(lines)


def read_timeline_jsonl(lines: Iterable[str]) -> Timeline:
    """Rebuild (and validate) a Timeline from the lines of events.jsonl."""
    header: dict[str, Any] | None = None
    documents: list[DocumentInfo] = []
    events: list[Event] = []
    errors: list[TimelineError] = []
    views: list[DocumentView] = []
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
            kind = record.pop("kind")
        except (ValueError, AttributeError, KeyError, TypeError) as exc:
            raise JsonlError(f"line {number}: not a JSON object with a 'kind'") from exc
        if kind == "timeline" and header is None and number == 1:
            header = record
        elif kind == "document":
            documents.append(DocumentInfo.model_validate(record))
        elif kind == "event":
            events.append(Event.model_validate(record))
        elif kind == "error":
            errors.append(TimelineError.model_validate(record))
        elif kind == "view":
            views.append(DocumentView.model_validate(record))
        else:
            raise JsonlError(f"line {number}: unexpected record kind {kind!r}")
    if header is None:
        raise JsonlError("line 1: the timeline header is missing")
    return Timeline.model_validate(
        {**header, "documents": documents, "events": events, "errors": errors,
         "per_document": views})
