"""JSON and JSON Lines article exports: one article per record, field names configurable.

A ``.json`` file may hold one article object, a list of them, or a news API response with the
list under a container key (``articles``, ``results``, ``response.docs``...).
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from lxml import etree
from lxml import html as lxml_html

from newstimeline.ingest.base import (
    FieldNames,
    IngestError,
    ReadOptions,
    RecordError,
    document_id,
)
from newstimeline.ingest.dates import parse_metadata_date
from newstimeline.ingest.encoding import DecodeError, decode
from newstimeline.models import Document

log = logging.getLogger("newstimeline.ingest")

# Keys under which news API responses keep their list of articles (searched two levels deep).
CONTAINER_KEYS: tuple[str, ...] = (
    "articles", "results", "data", "items", "docs", "posts", "stories", "news", "documents",
    "response", "value", "hits",
)  # fmt: skip
# Text fields that hold HTML (the Guardian's "body", some CMS exports) are reduced to their text.
_LOOKS_LIKE_HTML = re.compile(r"</(?:p|div|span|a|em|strong|li|h[1-6])>|<br\s*/?>|<p[ >]", re.I)
_BLOCK_TAGS = frozenset({"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote",
                         "tr", "section", "article"})  # fmt: skip


def read_jsonl(data: bytes, name: str, options: ReadOptions) -> list[Document | RecordError]:
    """One Document per non-blank line; a bad line is reported by its number, the rest go on."""
    text = _decode(data, name)
    results: list[Document | RecordError] = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            results.append(RecordError(f"line {number}: not valid JSON ({exc.msg})"))
            continue
        results.append(_document(record, name, f"line {number}", str(number), options.fields))
    if not results:
        raise IngestError("no JSON records in the file")
    return results


def read_json(data: bytes, name: str, options: ReadOptions) -> list[Document | RecordError]:
    """One Document per article record of a JSON document."""
    text = _decode(data, name)
    try:
        root = json.loads(text)
    except json.JSONDecodeError as exc:
        raise IngestError(f"not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})"
                          ) from exc
    records = _records(root, options.fields)
    if records is None:
        raise IngestError(
            "no article records found: expected an article object, a list of them, or a list "
            f"under one of: {', '.join(CONTAINER_KEYS)}")
    if len(records) == 1 and records[0] is root:
        return [_document(root, name, "the article object", "", options.fields)]
    return [_document(record, name, f"record {number}", str(number), options.fields)
            for number, record in enumerate(records, start=1)]


def _decode(data: bytes, name: str) -> str:
    try:
        return decode(data, name)[0]
    except DecodeError as exc:
        raise IngestError(str(exc)) from exc


def _records(root: Any, fields: FieldNames, depth: int = 0) -> list[Any] | None:
    """The article records in a JSON document, or None if it holds none we recognize."""
    if isinstance(root, list):
        return root
    if not isinstance(root, dict):
        return None
    if _first(root, fields.text) is not None:
        return [root]
    if depth < 2:
        for key in CONTAINER_KEYS:
            if key in root:
                found = _records(root[key], fields, depth + 1)
                if found is not None:
                    return found
    return None


def _lookup(record: dict[str, Any], path: str) -> Any:
    """The value at a dotted path ("fields.bodyText"), or None."""
    value: Any = record
    for part in path.split("."):
        if not isinstance(value, dict) or part not in value:
            return None
        value = value[part]
    return value


def _first(record: dict[str, Any], names: tuple[str, ...]) -> Any:
    for name in names:
        value = _lookup(record, name)
        if value not in (None, "", [], {}):
            return value
    return None


def _document(
    record: Any, name: str, where: str, number: str, fields: FieldNames
) -> Document | RecordError:
    if not isinstance(record, dict):
        return RecordError(f"{where}: not a JSON object but {type(record).__name__}")
    text = _first(record, fields.text)
    if text is None:
        looked = ", ".join(fields.text)
        return RecordError(f"{where}: no article text (looked for fields: {looked})")
    if isinstance(text, list) and all(isinstance(p, str) for p in text):
        text = "\n".join(text)  # paragraphs as a list ("body": ["...", "..."])
    if not isinstance(text, str):
        return RecordError(f"{where}: article text is {type(text).__name__}, not a string")
    if _LOOKS_LIKE_HTML.search(text):
        text = _html_fragment_text(text)
    if not text.strip():
        return RecordError(f"{where}: empty article text")
    raw_date = _first(record, fields.date)
    date = parse_metadata_date(raw_date) if raw_date is not None else None
    if raw_date is not None and date is None:
        log.warning("%s: %s: date %r not understood; the text's dateline is used instead",
                    name, where, raw_date)
    title = _first(record, fields.title)
    url = _first(record, fields.url)
    record_id = _first(record, fields.id)
    stem = Path(name).stem if name != "-" else "stdin"
    label = str(record_id) if isinstance(record_id, str | int) else f"{stem}-{number}"
    return Document(
        id=document_id(label if number else stem, text, is_path=False),
        path=f"{name}#{number}" if number else name,
        title=title.strip() if isinstance(title, str) and title.strip() else None,
        text=text,
        metadata_date=date,
        metadata_source=f"field {_first_name(record, fields.date)}" if date else None,
        url=url if isinstance(url, str) else None,
    )


def _first_name(record: dict[str, Any], names: tuple[str, ...]) -> str | None:
    return next((n for n in names if _lookup(record, n) not in (None, "", [], {})), None)


def _html_fragment_text(markup: str) -> str:
    """Text of an HTML fragment with a line break after each block element."""
    try:
        root = lxml_html.fragment_fromstring(markup, create_parent="div")
    except (etree.ParserError, ValueError):
        return markup
    pieces: list[str] = []
    for piece in _block_text(root):
        pieces.append(piece)
    lines = (re.sub(r"[ \t\r\f\v\xa0]+", " ", line).strip() for line in "".join(pieces).split("\n"))
    return "\n".join(line for line in lines if line)


def _block_text(element: Any) -> Iterator[str]:
    if isinstance(element.tag, str) and element.tag.lower() in {"script", "style"}:
        if element.tail:
            yield element.tail
        return
    if element.text:
        yield element.text
    for child in element:
        yield from _block_text(child)
    if isinstance(element.tag, str) and element.tag.lower() in _BLOCK_TAGS:
        yield "\n"
    if element.tail:
        yield element.tail
