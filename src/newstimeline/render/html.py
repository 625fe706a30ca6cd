"""The interactive timeline page: a Plotly date axis, lanes by actor, and an events table.

Article text is untrusted: every piece is HTML-escaped before it reaches Plotly's label renderer
or the page, so a ``<script>`` in a story stays text.
"""

from __future__ import annotations

import datetime as dt
import html
import textwrap
from typing import Any

import plotly.graph_objects as go
import plotly.io as pio

from newstimeline.models import DocumentInfo, Event, Timeline

PLOT_ID = "timeline-plot"
NO_ACTOR = "(no actor named)"
HOVER_WIDTH = 80
MARGIN_DAYS = 3
# Okabe–Ito: distinguishable with the common colour-vision deficiencies.
POINT_COLOR = "#0072B2"
RANGE_COLOR = "#E69F00"
DCT_COLOR = "#777777"

_CLICK_SCRIPT = """
var plot = document.getElementById('{plot_id}');
plot.on('plotly_click', function (data) {
  if (!data.points.length) { return; }
  var id = data.points[0].customdata;
  document.querySelectorAll('tr.selected').forEach(function (r) { r.classList.remove('selected'); });
  var row = document.getElementById('row-' + id);
  if (row) { row.classList.add('selected'); row.scrollIntoView({block: 'center'}); }
});
"""


def _escaped(text: str, width: int = HOVER_WIDTH) -> str:
    """Escape article text for Plotly's HTML-like labels, wrapping long lines with <br>."""
    lines = textwrap.wrap(text, width=width) or [""]
    return "<br>".join(html.escape(line) for line in lines)


def _date_label(event: Event) -> str:
    time = event.time
    if time.relation == "undated":
        return "undated"
    if time.earliest is not None and time.earliest == time.latest:
        return time.earliest.isoformat()
    start = time.earliest.isoformat() if time.earliest else "…"
    end = time.latest.isoformat() if time.latest else "…"
    return f"{start} – {end}"


def _hover(event: Event, titles: dict[str, str]) -> str:
    return "<br>".join([
        "<b>" + _escaped(event.summary) + "</b>",
        html.escape(_date_label(event)) + " — " + _escaped(event.time.explanation),
        "<i>" + _escaped(event.sentence.text) + "</i>",
        "Source: " + _escaped(titles.get(event.document, event.document)),
    ])


def _lane(event: Event) -> str:
    return html.escape(event.actors[0]) if event.actors else NO_ACTOR


def _axis_range(events: list[Event], documents: list[DocumentInfo]) -> tuple[dt.date, dt.date]:
    known = [d for e in events for d in (e.time.earliest, e.time.latest) if d is not None]
    known += [doc.dct.date for doc in documents]
    low, high = min(known), max(known)
    margin = dt.timedelta(days=max(MARGIN_DAYS, (high - low).days // 10))
    return low - margin, high + margin


def timeline_figure(timeline: Timeline) -> go.Figure:
    """Point events as markers, ranges as bars with open ends drawn as arrows, DCTs as lines."""
    titles = {d.id: d.title or d.path for d in timeline.documents}
    dated = [e for e in timeline.events if e.time.relation != "undated"]
    figure = go.Figure()
    if not dated and not timeline.documents:
        return figure
    low, high = _axis_range(dated, timeline.documents)
    points = [e for e in dated if e.time.earliest is not None and e.time.earliest == e.time.latest]
    ranges = [e for e in dated if e not in points]
    figure.add_trace(go.Scatter(
        name="Dated events", mode="markers",
        x=[e.time.earliest.isoformat() for e in points if e.time.earliest],
        y=[_lane(e) for e in points],
        customdata=[e.id for e in points],
        hovertext=[_hover(e, titles) for e in points], hoverinfo="text",
        marker={"size": 12, "color": POINT_COLOR, "line": {"width": 1, "color": "white"}},
    ))
    xs: list[Any] = []
    ys: list[Any] = []
    ids: list[Any] = []
    hovers: list[Any] = []
    symbols: list[str] = []
    for event in ranges:
        start = event.time.earliest or low
        end = event.time.latest or high
        hover = _hover(event, titles)
        xs += [start.isoformat(), end.isoformat(), None]
        ys += [_lane(event), _lane(event), None]
        ids += [event.id, event.id, None]
        hovers += [hover, hover, None]
        symbols += ["line-ns" if event.time.earliest else "triangle-left",
                    "line-ns" if event.time.latest else "triangle-right", "circle"]
    figure.add_trace(go.Scatter(
        name="Date ranges (arrow: open end)", mode="lines+markers",
        x=xs, y=ys, customdata=ids, hovertext=hovers, hoverinfo="text",
        line={"width": 6, "color": RANGE_COLOR},
        marker={"symbol": symbols, "size": 12, "color": RANGE_COLOR,
                "line": {"width": 2, "color": RANGE_COLOR}},
        connectgaps=False,
    ))
    for document in timeline.documents:
        figure.add_shape(type="line", xref="x", yref="paper", y0=0, y1=1,
                         x0=document.dct.date.isoformat(), x1=document.dct.date.isoformat(),
                         line={"color": DCT_COLOR, "dash": "dot", "width": 1})
    figure.update_layout(
        template="plotly_white",
        hovermode="closest",
        hoverlabel={"align": "left"},
        legend={"orientation": "h", "y": -0.25},
        margin={"l": 10, "r": 10, "t": 30, "b": 10},
        xaxis={"type": "date", "range": [low.isoformat(), high.isoformat()],
               "rangeslider": {"visible": True}},
        yaxis={"automargin": True, "title": None},
        height=max(420, 90 + 40 * len({_lane(e) for e in dated})),
    )
    return figure


def _table(timeline: Timeline) -> str:
    titles = {d.id: d.title or d.path for d in timeline.documents}
    rows = []
    for event in timeline.events:
        rows.append(
            f'<tr id="row-{html.escape(event.id)}"><td class="date">'
            f"{html.escape(_date_label(event))}</td>"
            f"<td>{html.escape(event.summary)}"
            f'<div class="why">{html.escape(event.time.explanation)}</div></td>'
            f"<td>{html.escape(', '.join(event.actors))}</td>"
            f"<td>{html.escape(titles.get(event.document, event.document))}</td></tr>"
        )
    return "\n".join(rows)


PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="{generator}">
<title>{title}</title>
<style>
body {{ font-family: system-ui, sans-serif; margin: 0 auto; max-width: 1200px; padding: 1rem; }}
h1 {{ font-size: 1.4rem; }}
.docs {{ color: #444; font-size: 0.9rem; }}
table {{ border-collapse: collapse; width: 100%; font-size: 0.9rem; }}
th, td {{ border-bottom: 1px solid #ddd; padding: 0.4rem; text-align: left; vertical-align: top; }}
td.date {{ white-space: nowrap; }}
.why {{ color: #666; font-size: 0.8rem; }}
tr.selected {{ background: #fff3c4; }}
</style>
</head>
<body>
<h1>{title}</h1>
<div class="docs">{documents}</div>
{plot}
<h2>Events</h2>
<table id="events">
<thead><tr><th>When</th><th>What</th><th>Who</th><th>Source</th></tr></thead>
<tbody>
{rows}
</tbody>
</table>
</body>
</html>
"""


def timeline_html(timeline: Timeline) -> str:
    """A standalone page (plotly.js embedded, so it opens offline)."""
    figure = timeline_figure(timeline)
    # Plotly encodes with orjson when it is installed and with the standard library otherwise;
    # the two escape non-ASCII differently, so pin the engine for the same bytes everywhere.
    engine = pio.json.config.default_engine
    pio.json.config.default_engine = "json"
    try:
        plot = figure.to_html(full_html=False, include_plotlyjs=True, div_id=PLOT_ID,
                              config={"responsive": True, "displaylogo": False},
                              post_script=_CLICK_SCRIPT.replace("{plot_id}", PLOT_ID))
    finally:
        pio.json.config.default_engine = engine
    documents = "<br>".join(
        f"{html.escape(d.title or d.path)} — dated {d.dct.date} ({html.escape(d.dct.source)}: "
        f"{html.escape(d.dct.explanation)})"
        for d in timeline.documents
    )
    return PAGE.format(generator=html.escape(timeline.generator),
                       title=html.escape(f"Timeline: {timeline.name}"),
                       documents=documents, plot=plot, rows=_table(timeline))
