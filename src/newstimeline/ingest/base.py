"""Shared pieces of the readers: options, errors and stable document ids."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from pathlib import Path

_SLUG = re.compile(r"[^a-z0-9]+")


class IngestError(Exception):
    """An input that cannot become a Document; the message says why."""


@dataclass(frozen=True, slots=True)
class RecordError:
    """One record of a multi-article file that could not be read; the rest still are."""

    reason: str


@dataclass(frozen=True, slots=True)
class FieldNames:
    """Candidate field names (dotted paths allowed) for each article field of a JSON record."""

    text: tuple[str, ...] = (
        "text", "body", "content", "article", "full_text", "fulltext", "maintext", "bodyText",
        "fields.bodyText", "body_text", "article_text", "story", "lead_paragraph", "description",
        "summary", "abstract",
    )
    title: tuple[str, ...] = ("title", "headline", "headline.main", "webTitle", "name")
    date: tuple[str, ...] = (
        "publishedAt", "published_at", "published", "pubDate", "pub_date", "datePublished",
        "date_published", "date_publish", "publication_date", "publish_date",
        "webPublicationDate", "dateTime", "datetime", "date", "created_at", "timestamp",
    )
    url: tuple[str, ...] = ("url", "link", "web_url", "webUrl", "source_url", "canonical_url")
    id: tuple[str, ...] = ("id", "article_id", "uuid", "uri", "_id", "guid", "doc_id", "docid")


@dataclass(frozen=True, slots=True)
class ReadOptions:
    """How to read inputs: a forced format (else by extension) and the JSON field names."""

    input_format: str | None = None
    fields: FieldNames = field(default_factory=FieldNames)


def document_id(name: str, text: str, *, is_path: bool = True) -> str:
    """Stable id from a name (file stem or record id) and the content: same article, same id."""
    stem = name if not is_path else Path(name).stem if name != "-" else "stdin"
    slug = _SLUG.sub("-", stem.lower()).strip("-")[:40] or "article"
    digest = hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:8]
    return f"{slug}-{digest}"
