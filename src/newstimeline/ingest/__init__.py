"""Reading article files into Documents, one reader per format; failures name the file and reason.

Formats are chosen by extension or forced with ``input_format``: plain text (and standard
input), HTML pages, JSON / JSON Lines exports (many articles per file) and TimeML.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from newstimeline.ingest.base import (
    FieldNames,
    IngestError,
    ReadOptions,
    RecordError,
    document_id,
)
from newstimeline.ingest.encoding import DecodeError, decode
from newstimeline.ingest.html import read_html
from newstimeline.ingest.plain import read_text
from newstimeline.ingest.records import read_json, read_jsonl
from newstimeline.ingest.timeml import read_timeml
from newstimeline.models import Document, TimelineError

Reader = Callable[[bytes, str, ReadOptions], list[Document | RecordError]]

READERS: dict[str, Reader] = {
    "text": read_text,
    "html": read_html,
    "json": read_json,
    "jsonl": read_jsonl,
    "timeml": read_timeml,
}
# Extensions picked up when a folder is walked without --glob, and the reader each selects.
FORMAT_BY_EXTENSION: dict[str, str] = {
    ".txt": "text", ".text": "text",
    ".html": "html", ".htm": "html", ".xhtml": "html",
    ".json": "json",
    ".jsonl": "jsonl", ".ndjson": "jsonl",
    ".tml": "timeml",
}  # fmt: skip
ARTICLE_EXTENSIONS: frozenset[str] = frozenset(FORMAT_BY_EXTENSION)
MAX_BYTES = 50 * 1024 * 1024
# A title is the first head line (before the dateline) with at least this many words;
# shorter lines there are site navigation ("All news").
TITLE_MIN_WORDS = 4
TITLE_MAX_CHARS = 300


@dataclass(frozen=True, slots=True)
class Source:
    """A path to read, with the name to report it by ("-" is standard input)."""

    path: str


@dataclass(slots=True)
class ReadResult:
    """What one source gave: its documents and the records or file that failed."""

    documents: list[Document] = field(default_factory=list)
    errors: list[TimelineError] = field(default_factory=list)


def discover(
    paths: Iterable[str], glob: str | None = None
) -> tuple[list[Source], list[TimelineError]]:
    """Expand folders (recursively, sorted, filtered by ``glob``); report missing paths."""
    sources: list[Source] = []
    errors: list[TimelineError] = []
    seen: set[str] = set()
    for raw in paths:
        if raw == "-":
            sources.append(Source("-"))
            continue
        path = Path(raw)
        if path.is_dir():
            found = sorted(str(p) for p in _walk(path, glob)
                           if glob or p.suffix.lower() in ARTICLE_EXTENSIONS)
            if not found:
                wanted = f"matching {glob!r}" if glob else (
                    f"({', '.join(sorted(ARTICLE_EXTENSIONS))})")
                errors.append(TimelineError(
                    path=raw, reason=f"folder holds no article files {wanted}"))
            new = [p for p in found if p not in seen]
        elif path.exists():
            new = [raw] if raw not in seen else []
        else:
            errors.append(TimelineError(path=raw, reason="no such file or directory"))
            continue
        seen.update(new)
        sources.extend(Source(p) for p in new)
    return sources, errors


def _walk(folder: Path, glob: str | None) -> Iterator[Path]:
    # rglob does not follow symlinked folders, so a symlink loop cannot trap the walk; hidden
    # files and folders (.git, .DS_Store) are never articles.
    for path in folder.rglob(glob or "*"):
        relative = path.relative_to(folder).parts
        if path.is_file() and not any(part.startswith(".") for part in relative):
            yield path


def format_of(source: Source, options: ReadOptions) -> str:
    """The reader for a source: the forced format, else by extension; text when unknown."""
    if options.input_format:
        if options.input_format not in READERS:
            raise IngestError(f"unknown input format {options.input_format!r} "
                              f"(known: {', '.join(READERS)})")
        return options.input_format
    return FORMAT_BY_EXTENSION.get(Path(source.path).suffix.lower(), "text")


def _read_bytes(source: Source) -> bytes:
    try:
        if source.path == "-":
            return sys.stdin.buffer.read()
        path = Path(source.path)
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise IngestError(f"file too large ({size} bytes; limit {MAX_BYTES})")
        return path.read_bytes()
    except OSError as exc:
        raise IngestError(exc.strerror or str(exc)) from exc


def read_documents(source: Source, options: ReadOptions | None = None) -> ReadResult:
    """Every Document one source holds; a failing file or record is an error, never an exception."""
    options = options or ReadOptions()
    result = ReadResult()
    try:
        reader = READERS[format_of(source, options)]
        items = reader(_read_bytes(source), source.path, options)
    except IngestError as exc:
        result.errors.append(TimelineError(path=source.path, reason=str(exc)))
        return result
    for item in items:
        if isinstance(item, RecordError):
            result.errors.append(TimelineError(path=source.path, reason=item.reason))
        else:
            result.documents.append(item)
    return result


def read_source(source: Source, options: ReadOptions | None = None) -> Document:
    """The single Document of a one-article source; raises IngestError on any failure."""
    result = read_documents(source, options)
    if result.errors:
        raise IngestError("; ".join(e.reason for e in result.errors))
    if len(result.documents) != 1:
        raise IngestError(f"holds {len(result.documents)} articles; one was expected")
    return result.documents[0]


def guess_title(text: str, body_start: int | None) -> str | None:
    """The first line with enough words before the body (the dateline), else the first line.

    A text that opens with its dateline (``body_start`` 0) has no title in it.
    """
    if body_start == 0:
        return None
    head = text[:body_start] if body_start else text[:2000]
    lines = [line.strip() for line in head.splitlines() if line.strip()]
    for line in lines:
        if len(line.split()) >= TITLE_MIN_WORDS and len(line) <= TITLE_MAX_CHARS:
            return line
    return lines[0][:TITLE_MAX_CHARS] if lines and body_start else None


__all__ = [
    "ARTICLE_EXTENSIONS", "FORMAT_BY_EXTENSION", "READERS", "DecodeError", "FieldNames",
    "IngestError", "ReadOptions", "ReadResult", "Source", "decode", "discover", "document_id",
    "format_of", "guess_title", "read_documents", "read_source",
]  # fmt: skip
