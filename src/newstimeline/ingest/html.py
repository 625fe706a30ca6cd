"""Saved article pages: main text and title by trafilatura, publication date from the markup."""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterator

import lxml.html
from lxml import etree

from newstimeline.ingest.base import IngestError, ReadOptions, RecordError, document_id
from newstimeline.ingest.dates import parse_metadata_date
from newstimeline.ingest.encoding import DecodeError, decode
from newstimeline.models import Document

# <meta> properties and names that carry the publication date, most trusted first.
PUBLISHED_META: tuple[str, ...] = (
    "article:published_time", "og:article:published_time", "og:published_time",
    "datepublished", "publishdate", "publish-date", "publish_date", "pubdate",
    "parsely-pub-date", "sailthru.date", "dc.date.issued", "dcterms.issued", "dc.date",
    "dcterms.created", "date",
)  # fmt: skip
# Fewer words than this is a navigation stub or an error page, not an article.
MIN_ARTICLE_WORDS = 5
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]{0,200}\?>")
_META_RANK = {name: rank for rank, name in enumerate(PUBLISHED_META)}


def read_html(data: bytes, name: str, options: ReadOptions) -> list[Document | RecordError]:
    """One Document from a saved page; the page's own date metadata becomes its metadata date."""
    try:
        markup, _ = decode(data, name)
    except DecodeError as exc:
        raise IngestError(str(exc)) from exc
    # lxml refuses text that still declares its encoding; the bytes are decoded already.
    markup = _XML_DECLARATION.sub("", markup, count=1)
    try:
        tree = lxml.html.document_fromstring(markup)
    except (etree.ParserError, ValueError) as exc:
        raise IngestError(f"not parseable as HTML ({exc})") from exc
    date, source = published_date(tree)  # before extraction, which prunes the tree it is given
    import trafilatura  # imported on first use: it costs a CLI start a sixth of a second

    extracted = trafilatura.bare_extraction(
        markup, with_metadata=True, include_comments=False, include_tables=False,
        deduplicate=False, url=None,
    )
    found = extracted.as_dict() if isinstance(extracted, trafilatura.settings.Document) else (
        extracted or {})
    text = found.get("text") or ""
    if len(text.split()) < MIN_ARTICLE_WORDS:
        raise IngestError("no article text found in the HTML page")
    title, url = found.get("title"), found.get("url")
    return [Document(id=document_id(name, text), path=name, title=title or None, text=text,
                     metadata_date=date, metadata_source=source, url=url or None)]


def published_date(tree: lxml.html.HtmlElement) -> tuple[dt.date | None, str | None]:
    """The page's publication date and where it was found: meta tags, JSON-LD, then ``<time>``."""
    best: tuple[int, str] | None = None
    for meta in tree.iter("meta"):
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").lower()
        content = meta.get("content")
        better = key in _META_RANK and (best is None or _META_RANK[key] < best[0])
        if better and content and parse_metadata_date(content) is not None:
            best = (_META_RANK[key], content)
    if best is not None and best[0] < _META_RANK["datepublished"]:
        return parse_metadata_date(best[1]), f"<meta> {PUBLISHED_META[best[0]]}"
    for script in tree.iter("script"):
        if (script.get("type") or "").lower() != "application/ld+json" or not script.text:
            continue
        try:
            data = json.loads(script.text)
        except json.JSONDecodeError:
            continue  # a broken JSON-LD block is common and says nothing about the article
        for value in _json_ld_values(data, "datePublished"):
            date = parse_metadata_date(value)
            if date is not None:
                return date, "JSON-LD datePublished"
    if best is not None:
        return parse_metadata_date(best[1]), f"<meta> {PUBLISHED_META[best[0]]}"
    times = [t for t in tree.iter("time") if t.get("datetime")]
    # A <time> marked as the publication date beats the first one on the page.
    times.sort(key=lambda t: 0 if t.get("pubdate") is not None
               or (t.get("itemprop") or "").lower() == "datepublished" else 1)
    for element in times:
        date = parse_metadata_date(element.get("datetime"))
        if date is not None:
            return date, "<time datetime>"
    return None, None


def _json_ld_values(data: object, key: str) -> Iterator[object]:
    """Every value of ``key`` in a JSON-LD structure (objects, lists, @graph), in order."""
    if isinstance(data, dict):
        if key in data:
            yield data[key]
        for value in data.values():
            if isinstance(value, dict | list):
                yield from _json_ld_values(value, key)
    elif isinstance(data, list):
        for item in data:
            yield from _json_ld_values(item, key)
