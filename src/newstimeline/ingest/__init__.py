"""Reading article files into Documents; every failure is reported by file name and reason."""

from __future__ import annotations

import hashlib
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from newstimeline.models import Document, TimelineError

# Extensions picked up when a folder is given; a file named explicitly is read whatever it is.
ARTICLE_EXTENSIONS: frozenset[str] = frozenset({".txt", ".text"})
MAX_BYTES = 50 * 1024 * 1024
# A title is the first head line (before the dateline) with at least this many words;
# shorter lines there are site navigation ("All news").
TITLE_MIN_WORDS = 4
TITLE_MAX_CHARS = 300

_SLUG = re.compile(r"[^a-z0-9]+")


@dataclass(frozen=True, slots=True)
class Source:
    """A path to read, with the name to report it by ("-" is standard input)."""

    path: str


class IngestError(Exception):
    """An input that cannot become a Document; the message says why."""


def discover(paths: Iterable[str]) -> tuple[list[Source], list[TimelineError]]:
    """Expand folders (recursively, sorted) into article files; report paths that do not exist."""
    sources: list[Source] = []
    errors: list[TimelineError] = []
    for raw in paths:
        if raw == "-":
            sources.append(Source("-"))
            continue
        path = Path(raw)
        if path.is_dir():
            found = sorted(str(p) for p in _walk(path) if p.suffix.lower() in ARTICLE_EXTENSIONS)
            if not found:
                errors.append(TimelineError(
                    path=raw, reason="folder holds no article files "
                    f"({', '.join(sorted(ARTICLE_EXTENSIONS))})"))
            sources.extend(Source(p) for p in found)
        elif path.exists():
            sources.append(Source(raw))
        else:
            errors.append(TimelineError(path=raw, reason="no such file or directory"))
    return sources, errors


def _walk(folder: Path) -> Iterator[Path]:
    # rglob does not follow symlinked folders, so a symlink loop cannot trap the walk.
    for path in folder.rglob("*"):
        if path.is_file():
            yield path


def decode(data: bytes, name: str) -> str:
    """Bytes of an article as text; binary or non-UTF-8 data raises IngestError."""
    if not data.strip():
        raise IngestError("empty file")
    if b"\x00" in data[:8192]:
        raise IngestError("binary file (contains NUL bytes), not article text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise IngestError(
            f"not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start})"
        ) from exc


def document_id(name: str, text: str) -> str:
    """Stable id from the file's stem and its content: same article, same id."""
    stem = Path(name).stem if name != "-" else "stdin"
    slug = _SLUG.sub("-", stem.lower()).strip("-")[:40] or "article"
    digest = hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:8]
    return f"{slug}-{digest}"


def guess_title(text: str, body_start: int | None) -> str | None:
    """The first line with enough words before the body (the dateline), else the first line."""
    head = text[:body_start] if body_start else text[:2000]
    lines = [line.strip() for line in head.splitlines() if line.strip()]
    for line in lines:
        if len(line.split()) >= TITLE_MIN_WORDS and len(line) <= TITLE_MAX_CHARS:
            return line
    return lines[0][:TITLE_MAX_CHARS] if lines and body_start else None


def read_source(source: Source) -> Document:
    """Read one source into a Document (title filled in later, once the dateline is known)."""
    try:
        if source.path == "-":
            data = sys.stdin.buffer.read()
        else:
            path = Path(source.path)
            size = path.stat().st_size
            if size > MAX_BYTES:
                raise IngestError(f"file too large ({size} bytes; limit {MAX_BYTES})")
            data = path.read_bytes()
    except OSError as exc:
        raise IngestError(exc.strerror or str(exc)) from exc
    text = decode(data, source.path)
    return Document(id=document_id(source.path, text), path=source.path, title=None, text=text)
