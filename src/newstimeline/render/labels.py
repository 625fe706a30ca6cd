"""Text shown on the page: date labels, source lines and the escaped hover text of an event.

Plotly's label renderer interprets a small HTML-like language (<b>, <br>, <a href>, <span
style>), so article text must reach it with ``<``, ``>`` and ``&`` escaped. Every function here
that returns label markup escapes the article text itself and adds only tags the tool chose.
"""

from __future__ import annotations

import html
import re
import textwrap

from newstimeline.models import DocumentInfo, Event

HOVER_WIDTH = 72
LANE_LABEL_CHARS = 24
# Private-use characters mark the time expression while the sentence is wrapped; they cannot
# survive in article text because _clean() removes them first.
_MARK_OPEN = "\ue000"
_MARK_CLOSE = "\ue001"
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f\ue000\ue001]")
_SPACE = re.compile(r"\s+")

BASIS_LABELS = {
    "expression": "date stated in the text",
    "reporting": "report: story date or day before",
    "tense": "placed by tense",
    "discourse": "placed by context",
    "none": "no evidence",
}


def _clean(text: str) -> str:
    """Article text on one line, without control characters (they have no meaning on a page)."""
    return _SPACE.sub(" ", _CONTROL.sub(" ", text)).strip()


def label_escape(text: str) -> str:
    """Escape text for Plotly's label renderer (and for HTML text content)."""
    return html.escape(_clean(text), quote=False)


def wrap_escaped(text: str, width: int = HOVER_WIDTH) -> str:
    """Escape article text and wrap it into lines joined by <br> (breaks only at spaces)."""
    lines = textwrap.wrap(_clean(text), width=width, break_long_words=False,
                          break_on_hyphens=False) or [""]
    return "<br>".join(html.escape(line, quote=False) for line in lines)


def marked_sentence(sentence: str, mark_start: int | None, mark_end: int | None,
                    width: int = HOVER_WIDTH) -> str:
    """The sentence escaped and wrapped, with [mark_start, mark_end) shown bold and underlined."""
    text = sentence
    if mark_start is not None and mark_end is not None and 0 <= mark_start < mark_end <= len(text):
        text = (_CONTROL.sub(" ", text[:mark_start]) + _MARK_OPEN
                + _CONTROL.sub(" ", text[mark_start:mark_end]) + _MARK_CLOSE
                + _CONTROL.sub(" ", text[mark_end:]))
    else:
        text = _CONTROL.sub(" ", text)
    text = _SPACE.sub(" ", text).strip()
    lines = textwrap.wrap(text, width=width, break_long_words=False,
                          break_on_hyphens=False) or [""]
    out: list[str] = []
    inside = False
    for line in lines:
        piece = html.escape(line, quote=False)
        # A mark that spans a line break is closed at the line's end and reopened on the next.
        prefix = "<b><u>" if inside else ""
        for char in line:
            if char == _MARK_OPEN:
                inside = True
            elif char == _MARK_CLOSE:
                inside = False
        suffix = "</u></b>" if inside else ""
        piece = piece.replace(_MARK_OPEN, "<b><u>").replace(_MARK_CLOSE, "</u></b>")
        out.append(prefix + piece + suffix)
    return "<br>".join(out)


def date_label(event: Event) -> str:
    """The event's date as plain text: a day, a span, or a span with open ends ("…")."""
    time = event.time
    if time.relation == "undated":
        return "undated"
    # No "before"/"after" word: for those relations [earliest, latest] already bounds the event.
    if time.earliest is not None and time.earliest == time.latest:
        return time.earliest.isoformat()
    start = time.earliest.isoformat() if time.earliest else "…"
    end = time.latest.isoformat() if time.latest else "…"
    return f"{start} \u2013 {end}"


def open_ends_note(event: Event) -> str:
    """Plain-text note on which bounds of a range are unknown ("" when both are known)."""
    time = event.time
    if time.relation == "undated":
        return ""
    if time.earliest is None and time.latest is None:
        return "no bound known"
    if time.earliest is None:
        return "open start: no earliest date known"
    if time.latest is None:
        return "open end: no latest date known"
    return ""


def source_count(event: Event) -> int:
    """How many sources report the event: the length of a merged event's ``sources``, else 1."""
    return len(event.sources) or 1


def document_source_line(document: DocumentInfo | None) -> str:
    """Plain text "AGENCY, Place" from the document's dateline ("" when it has none)."""
    if document is None or document.dateline is None:
        return ""
    parts = [p for p in (document.dateline.agency, document.dateline.place) if p]
    return ", ".join(parts)


def document_title(document: DocumentInfo | None, fallback: str) -> str:
    """The document's title, else its path, else ``fallback`` (plain text)."""
    if document is None:
        return fallback
    return document.title or document.path


def lane_label(name: str) -> str:
    """A lane name shortened for the axis and escaped for the label renderer."""
    name = _clean(name)
    if len(name) > LANE_LABEL_CHARS:
        name = name[: LANE_LABEL_CHARS - 1].rstrip() + "…"
    return html.escape(name, quote=False)


def hover_text(event: Event, document: DocumentInfo | None) -> str:
    """Hover label markup: summary, date and why, marked sentence, document, agency, sources."""
    time = event.time
    when = html.escape(date_label(event), quote=False)
    note = open_ends_note(event)
    if note:
        when += f" ({html.escape(note, quote=False)})"
    mark_start = mark_end = None
    if time.expression is not None:
        mark_start = time.expression.start - event.sentence.start
        mark_end = time.expression.end - event.sentence.start
    lines = [
        "<b>" + wrap_escaped(event.summary) + "</b>",
        "<b>When:</b> " + when,
        "<b>Why:</b> " + wrap_escaped(time.explanation),
        "<i>" + marked_sentence(event.sentence.text, mark_start, mark_end) + "</i>",
        "<b>Document:</b> " + wrap_escaped(document_title(document, event.document)),
    ]
    origin = document_source_line(document)
    if origin:
        lines.append("<b>From:</b> " + label_escape(origin))
    count = source_count(event)
    lines.append(f"<b>Sources:</b> {count}" + (" (merged)" if count > 1 else ""))
    return "<br>".join(lines)
