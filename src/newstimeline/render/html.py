"""The interactive timeline page: the Plotly figure, an events table, and the undated events.

Article text is untrusted: every piece is HTML-escaped before it reaches Plotly's label renderer
or the page, so a ``<script>`` in a story stays text. The only links and scripts on the page are
the tool's own.
"""

from __future__ import annotations

import base64
import hashlib
import heapq
import html
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any, Literal

import plotly.io as pio

from newstimeline.models import DocumentInfo, Event, Timeline
from newstimeline.render.figure import DEFAULT_MODE, timeline_figure
from newstimeline.render.files import write_atomic
from newstimeline.render.geometry import LaneMode, is_dated
from newstimeline.render.labels import (
    BASIS_LABELS,
    date_label,
    document_source_line,
    document_title,
    open_ends_note,
    source_count,
)
from newstimeline.render.page_script import PAGE_SCRIPT

PLOT_ID = "timeline-plot"
PlotlyJs = Literal["embed", "cdn", "directory"]
PLOTLYJS_MODES: tuple[PlotlyJs, ...] = ("embed", "cdn", "directory")
# File name the page loads in "directory" mode (Plotly's own convention).
PLOTLYJS_FILE = "plotly.min.js"
_INCLUDE: dict[PlotlyJs, Any] = {"embed": True, "cdn": "cdn", "directory": "directory"}
# Where plotly.js may come from besides the page's own (hashed) inline scripts.
_SCRIPT_ORIGINS: dict[PlotlyJs, tuple[str, ...]] = {
    "embed": (), "cdn": ("https://cdn.plot.ly",), "directory": ("'self'",)}
# A page is for reading: past this many events the figure and the tables show only this many
# (the ones told by the most sources, then the earliest), and say so; events.json has them all.
# Drawing all the events of an archive of thousands of articles would take gigabytes and minutes.
MAX_DRAWN_EVENTS = 5_000
_INLINE_SCRIPT = re.compile(r"<script(?![^>]*\bsrc=)[^>]*>(.*?)</script>", re.DOTALL)


def _e(text: str) -> str:
    """Escape for HTML text and attribute values."""
    return html.escape(text, quote=True)


def plotlyjs_bundle() -> str:
    """The plotly.js bundle that "directory" pages expect next to them as plotly.min.js."""
    from plotly.offline import get_plotlyjs

    return str(get_plotlyjs())


def write_plotlyjs(directory: Path) -> Path:
    """Put plotly.min.js into ``directory`` for "directory" pages (unchanged files are kept)."""
    path = directory / PLOTLYJS_FILE
    bundle = plotlyjs_bundle()
    if not path.is_file() or path.read_text(encoding="utf-8", errors="replace") != bundle:
        write_atomic(path, bundle)
    return path


def content_security_policy(plot_html: str, plotlyjs: PlotlyJs) -> str:
    """A CSP allowing only the page's own inline scripts (by hash) and plotly.js's origin.

    Defence in depth behind the escaping: a script or event handler that got into the page
    some other way would not run, and the page cannot make requests.
    """
    hashes = [
        "'sha256-" + base64.b64encode(hashlib.sha256(m.group(1).encode("utf-8")).digest())
        .decode("ascii") + "'"
        for m in _INLINE_SCRIPT.finditer(plot_html)
    ]
    return "; ".join([
        "default-src 'none'",
        "script-src " + " ".join([*hashes, *_SCRIPT_ORIGINS[plotlyjs]]),
        "style-src 'unsafe-inline'",
        "img-src data: blob:",
        "font-src data:",
        "base-uri 'none'",
        "form-action 'none'",
    ])


def _sentence_html(event: Event) -> str:
    """The source sentence escaped, with the time expression in <mark>."""
    text = event.sentence.text
    expression = event.time.expression
    if expression is not None:
        start = expression.start - event.sentence.start
        end = expression.end - event.sentence.start
        if 0 <= start < end <= len(text):
            return (_e(text[:start]) + "<mark>" + _e(text[start:end]) + "</mark>"
                    + _e(text[end:]))
    return _e(text)


def _source_cell(event: Event, document: DocumentInfo | None) -> str:
    title = _e(document_title(document, event.document))
    origin = document_source_line(document)
    count = source_count(event)
    parts = [f'<span class="doc">{title}</span>']
    if origin:
        parts.append(f'<span class="origin">{_e(origin)}</span>')
    parts.append(f'<span class="count">{count} source{"s" if count != 1 else ""}</span>')
    return "<br>".join(parts)


def _row(event: Event, by_id: dict[str, DocumentInfo], plotted: bool) -> str:
    document = by_id.get(event.document)
    note = open_ends_note(event)
    when = _e(date_label(event)) + (f'<div class="note">{_e(note)}</div>' if note else "")
    basis = BASIS_LABELS.get(event.time.basis, event.time.basis)
    button = (f'<button type="button" data-event="{_e(event.id)}" '
              f'title="Show this event on the plot">Show on plot</button>' if plotted else "")
    return (
        f'<tr id="row-{_e(event.id)}" class="basis-{_e(event.time.basis)}">'
        f'<td class="date" data-label="When">{when}</td>'
        f'<td data-label="What"><div class="summary">{_e(event.summary)}</div>'
        f'<div class="why">{_e(basis)}: {_e(event.time.explanation)}</div>'
        f'<details><summary>Sentence</summary><q>{_sentence_html(event)}</q></details></td>'
        f'<td data-label="Who">{_e(", ".join(event.actors)) or "—"}</td>'
        f'<td data-label="Sources">{_source_cell(event, document)}</td>'
        f'<td class="go">{button}</td></tr>'
    )


def _documents(documents: list[DocumentInfo]) -> str:
    items = []
    for document in documents:
        origin = document_source_line(document)
        items.append(
            f"<li><span class=\"doc\">{_e(document.title or document.path)}</span>"
            + (f" — {_e(origin)}" if origin else "")
            + f" — dated <b>{document.dct.date.isoformat()}</b>"
            f"<details><summary>why this date ({_e(document.dct.source)})</summary>"
            f'<span class="why">{_e(document.dct.explanation)}</span></details></li>'

        )
    return "\n".join(items)


def _errors(timeline: Timeline) -> str:
    if not timeline.errors:
        return ""
    items = "\n".join(f"<li>{_e(e.path)}: {_e(e.reason)}</li>" for e in timeline.errors)
    return f'<section class="errors"><h2>Inputs not processed</h2><ul>{items}</ul></section>'


TABLE_HEAD = ("<thead><tr><th>When</th><th>What</th><th>Who</th><th>Sources</th><th></th>"
              "</tr></thead>")

STYLE = """
:root { --ink: #222; --muted: #5b6470; --line: #dde1e6; --mark: #fff1b8; }
* { box-sizing: border-box; }
body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink);
       margin: 0 auto; max-width: 1280px; padding: 0.75rem 1rem 2rem; line-height: 1.4; }
h1 { font-size: 1.35rem; margin: 0.2rem 0 0.4rem; }
h2 { font-size: 1.1rem; margin: 1.5rem 0 0.5rem; }
ul.docs { margin: 0; padding-left: 1.1rem; font-size: 0.9rem; }
ul.docs details { display: inline-block; margin-left: 0.4rem; }
.why, .note, .origin, .count { color: var(--muted); font-size: 0.8rem; }
.key { color: var(--muted); font-size: 0.85rem; margin: 0.3rem 0 0.2rem; }
#timeline-plot { width: 100%; }
table { border-collapse: collapse; width: 100%; font-size: 0.9rem; }
th, td { border-bottom: 1px solid var(--line); padding: 0.45rem; text-align: left;
         vertical-align: top; }
td.date { white-space: nowrap; }
tr.selected td { background: var(--mark); }
tr.selected { outline: 2px solid #E69F00; }
mark { background: var(--mark); font-weight: 600; }
details summary { cursor: pointer; color: var(--muted); font-size: 0.8rem; }
button[data-event] { font: inherit; font-size: 0.8rem; padding: 0.2rem 0.5rem; cursor: pointer;
                     border: 1px solid #aab; background: #f2f4f7; border-radius: 4px;
                     white-space: nowrap; }
.errors { color: #a33; }
@media (max-width: 700px) {
  body { padding: 0.5rem; }
  thead { display: none; }
  table, tbody, tr, td { display: block; width: 100%; }
  tr { border-bottom: 2px solid var(--line); padding: 0.3rem 0; }
  td { border: 0; padding: 0.15rem 0.2rem; }
  td.date { white-space: normal; }
  td[data-label]::before { content: attr(data-label) ": "; font-weight: 600; }
}
"""

PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="{csp}">
<meta name="generator" content="{generator}">
<title>{title}</title>
<style>{style}</style>
</head>
<body>
<header>
<h1>{title}</h1>
<ul class="docs">
{documents}
</ul>
</header>
<main>
<p class="key">Markers: events on a known day. Bars: events known only within a span (an arrow
marks an open end). Dotted line: the story's date. Colour and shape: how the date was found.
Drag to zoom; the slider below the plot moves in time.</p>
{cap_notice}{plot}
<section id="dated">
<h2>Events in time order ({dated_count})</h2>
<table id="events">
{head}
<tbody>
{rows}
</tbody>
</table>
</section>
<section id="undated">
<h2>Undated events ({undated_count})</h2>
<p class="key">The text gives no date for these; they are not placed on the time axis.</p>
<table id="undated-events">
{head}
<tbody>
{undated_rows}
</tbody>
</table>
</section>
{errors}
</main>
</body>
</html>
"""


def drawn_indices(events: Sequence[Event], limit: int = MAX_DRAWN_EVENTS) -> list[int]:
    """Positions of the events a page shows, in timeline order: all of them up to ``limit``,
    else the ``limit`` told by the most sources, earlier ones first among equals."""
    if len(events) <= limit:
        return list(range(len(events)))
    # One pass, keeping two numbers per event (the events may be packed: decoded one by one).
    ranked = heapq.nsmallest(limit, ((-source_count(e), i) for i, e in enumerate(events)))
    return sorted(i for _, i in ranked)


def _counted_sources(event: Event) -> Event:
    """``event`` with its sources list holding the first source as many times: the page reads
    only how many there are, and the most reported events of an archive have hundreds."""
    if len(event.sources) <= 1:
        return event
    return event.model_copy(update={"sources": [event.sources[0]] * len(event.sources)})


def _cap_notice(drawn: int, total: int) -> str:
    if drawn == total:
        return ""
    return (f'<p class="key cap"><b>{_e(f"{drawn:,}")} of {_e(f"{total:,}")} events drawn</b> '
            "(those told by the most sources); every event is in events.json.</p>\n")


def timeline_html(timeline: Timeline, plotlyjs: PlotlyJs = "embed",
                  mode: LaneMode = DEFAULT_MODE) -> str:
    """The page; with "embed" (default) it is standalone and opens offline.

    "cdn" loads plotly.js from Plotly's CDN; "directory" expects plotly.min.js next to the page.
    At most ``MAX_DRAWN_EVENTS`` events are drawn and listed, and the page says when it is fewer
    than the timeline holds.
    """
    total = len(timeline.events)
    drawn = drawn_indices(timeline.events, MAX_DRAWN_EVENTS)
    if len(drawn) < total:
        timeline = timeline.model_copy(update={
            "events": [_counted_sources(timeline.events[i]) for i in drawn]})
    figure = timeline_figure(timeline, mode)
    # Plotly encodes with orjson when it is installed and with the standard library otherwise;
    # the two escape non-ASCII differently, so pin the engine for the same bytes everywhere.
    engine = pio.json.config.default_engine
    pio.json.config.default_engine = "json"
    try:
        plot = figure.to_html(
            full_html=False, include_plotlyjs=_INCLUDE[plotlyjs], div_id=PLOT_ID,
            default_width="100%", default_height=f"{figure.layout.height}px",
            config={"responsive": True, "displaylogo": False, "scrollZoom": False},
            post_script=PAGE_SCRIPT,
        )
    finally:
        pio.json.config.default_engine = engine
    by_id = {d.id: d for d in timeline.documents}
    dated = [e for e in timeline.events if is_dated(e)]
    undated = [e for e in timeline.events if not is_dated(e)]
    empty = '<tr><td colspan="5">None.</td></tr>'
    return PAGE.format(
        csp=html.escape(content_security_policy(plot, plotlyjs), quote=False),
        generator=_e(timeline.generator),
        title=_e(f"Timeline: {timeline.name}"),
        style=STYLE,
        documents=_documents(timeline.documents),
        cap_notice=_cap_notice(len(drawn), total),
        plot=plot,
        head=TABLE_HEAD,
        dated_count=len(dated),
        undated_count=len(undated),
        rows="\n".join(_row(e, by_id, True) for e in dated) or empty,
        undated_rows="\n".join(_row(e, by_id, False) for e in undated) or empty,
        errors=_errors(timeline),
    )


__all__ = ["MAX_DRAWN_EVENTS", "PLOTLYJS_FILE", "PLOTLYJS_MODES", "PLOT_ID", "PlotlyJs",
           "drawn_indices", "plotlyjs_bundle", "timeline_figure", "timeline_html",
           "write_plotlyjs"]
