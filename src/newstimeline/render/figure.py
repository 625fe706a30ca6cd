"""The Plotly figure: points as markers, ranges as bars with arrowed open ends, lanes, DCT lines.

Colour (and marker shape, for readers who cannot rely on colour) says how the date was
established; lanes group events by actor, by document, or not at all, switched by buttons.
Only escaped text (see labels.py) and event ids go into the figure's data.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import plotly.graph_objects as go

from newstimeline.models import DocumentInfo, Event, Timeline
from newstimeline.render.geometry import (
    LANE_MODES,
    AxisWindow,
    Extent,
    LaneLayout,
    LaneMode,
    axis_window,
    drawn_bar,
    epoch_ms,
    extent,
    is_dated,
    lane_layout,
    titles_of,
)
from newstimeline.render.labels import (
    BASIS_LABELS,
    document_source_line,
    hover_text,
    label_escape,
    lane_label,
    wrap_escaped,
)

# Okabe-Ito palette: distinguishable under the common colour-vision deficiencies.
BASIS_COLORS = {
    "expression": "#0072B2",
    "reporting": "#E69F00",
    "tense": "#CC79A7",
    "discourse": "#009E73",
    "none": "#999999",
}
BASIS_SYMBOLS = {
    "expression": "circle",
    "reporting": "diamond",
    "tense": "square",
    "discourse": "triangle-up",
    "none": "x",
}
BASIS_ORDER = ("expression", "reporting", "tense", "discourse", "none")
DCT_COLOR = "#444444"
ARROW_COLOR = "#555555"
BAND_COLOR = "#F2F4F7"
OPEN_OPACITY = 0.55
BAR_THICKNESS = 0.7
ROW_PX = 19
BASE_HEIGHT_PX = 200
MIN_HEIGHT_PX = 380
# Past this the rows get thinner instead of the plot taller (a long timeline stays one screen-ish).
MAX_HEIGHT_PX = 1600
LANE_BUTTONS = {"actor": "By actor", "document": "By document", "single": "One lane"}
DEFAULT_MODE: LaneMode = "actor"


@dataclass
class _Trace:
    """One trace under construction and the events behind its points, in order."""

    kind: str
    basis: str
    events: list[Event] = field(default_factory=list)
    extents: list[Extent] = field(default_factory=list)


def _iso(moment: dt.datetime) -> str:
    return moment.isoformat(sep=" ")


def _custom(event: Event, ext: Extent) -> list[Any]:
    # [id, start ms, end ms]: enough for the page script to find the row and pan to the event.
    return [event.id, epoch_ms(ext.start), epoch_ms(ext.end)]


def _ys(trace: _Trace, layout: LaneLayout) -> list[int]:
    return [layout.y[e.id] for e in trace.events]


def _shapes(layout: LaneLayout, documents: Sequence[DocumentInfo]) -> list[dict[str, Any]]:
    """Alternate lane bands (behind the data) and one dotted line per distinct DCT."""
    shapes: list[dict[str, Any]] = []
    for index, (_, first, count) in enumerate(layout.lanes):
        if index % 2 == 0:
            shapes.append({
                "type": "rect", "xref": "paper", "yref": "y", "x0": 0, "x1": 1,
                "y0": first - 0.5, "y1": first + count - 0.5, "layer": "below",
                "fillcolor": BAND_COLOR, "line": {"width": 0},
            })
    for day in sorted({d.dct.date for d in documents}):
        noon = _iso(dt.datetime(day.year, day.month, day.day, 12))
        shapes.append({
            "type": "line", "xref": "x", "yref": "paper", "x0": noon, "x1": noon,
            "y0": 0, "y1": 1, "layer": "below",
            "line": {"color": DCT_COLOR, "dash": "dot", "width": 1.5},
        })
    return shapes


# About the share of a desktop plot's width that a story date's label takes: labels of story
# dates closer than that would print over one another ("sto sto story date"), so they are
# joined into one ("story dates 2025-01-09 – 2025-01-14 (4 stories)"), each date keeping its
# dotted line. A joined label is about twice as wide.
LABEL_WIDTH_FRACTION = 0.16


def _label_groups(days: list[dt.date], window: AxisWindow) -> list[list[dt.date]]:
    """Story dates grouped so that their labels, centered above them, do not overlap in the
    initial view."""
    width = (window.view_end - window.view_start).total_seconds() / 86400 * LABEL_WIDTH_FRACTION
    groups: list[list[dt.date]] = []
    for day in days:
        if groups:
            group = groups[-1]
            middle = group[0].toordinal() + (group[-1] - group[0]).days / 2
            half = width if len(group) > 1 else width / 2
            if day.toordinal() - width / 2 < middle + half:
                group.append(day)
                continue
        groups.append([day])
    return groups


def _dct_annotations(documents: Sequence[DocumentInfo],
                     window: AxisWindow) -> list[dict[str, Any]]:
    """A label above the plot for each distinct story date (DCT), or for each group of dates
    too close to be labelled apart; its hover says whose and why."""
    by_day: dict[dt.date, list[DocumentInfo]] = {}
    for document in documents:
        by_day.setdefault(document.dct.date, []).append(document)
    notes = []
    for group in _label_groups(sorted(by_day), window):
        docs = [d for day in group for d in by_day[day]]
        dates = group[0].isoformat() if len(group) == 1 else \
            f"{group[0].isoformat()} \u2013 {group[-1].isoformat()}"
        text = f"story date{'s' if len(group) > 1 else ''} {dates}" + (
            f" ({len(docs)} stories)" if len(docs) > 1 else "")
        # (With several dates under one label, each story's own date is named.)
        hover = "<br>".join(
            "<b>" + wrap_escaped(d.title or d.path) + "</b>"
            + (f" ({label_escape(document_source_line(d))})" if document_source_line(d) else "")
            + "<br>dated " + (f"{d.dct.date.isoformat()} " if len(group) > 1 else "")
            + f"from {label_escape(d.dct.source)}: " + wrap_escaped(d.dct.explanation)
            for d in docs)
        first = dt.datetime(group[0].year, group[0].month, group[0].day, 12)
        middle = first + (group[-1] - group[0]) / 2
        notes.append({
            "text": text, "hovertext": hover,
            "x": _iso(middle),
            "xref": "x", "y": 1, "yref": "paper", "yanchor": "bottom", "showarrow": False,
            "font": {"size": 10, "color": DCT_COLOR}, "bgcolor": "rgba(255,255,255,0.85)",
        })
    return notes


def _height(layout: LaneLayout) -> int:
    return min(MAX_HEIGHT_PX, max(MIN_HEIGHT_PX, BASE_HEIGHT_PX + ROW_PX * layout.rows))


def _layout_patch(layout: LaneLayout, documents: Sequence[DocumentInfo]) -> dict[str, Any]:
    """The layout keys that change with the lane mode (flat "a.b" keys, as Plotly.update wants)."""
    return {
        "yaxis.tickvals": [first + (count - 1) / 2 for _, first, count in layout.lanes],
        "yaxis.ticktext": [lane_label(name) for name, _, _ in layout.lanes],
        "yaxis.range": [layout.rows - 0.5 + 0.3, -0.5 - 0.3],
        "shapes": _shapes(layout, documents),
        "height": _height(layout),
    }


def _collect(events: Sequence[Event], window: AxisWindow) -> list[_Trace]:
    traces: dict[tuple[str, str], _Trace] = {}
    for kind in ("point", "range"):
        for basis in BASIS_ORDER:
            traces[(kind, basis)] = _Trace(kind, basis)
    arrows = _Trace("open-end", "")
    for event in events:
        ext = extent(event, window)
        trace = traces[("point" if ext.is_point else "range", event.time.basis)]
        trace.events.append(event)
        trace.extents.append(ext)
        if ext.open_start or ext.open_end:
            arrows.events.append(event)
            arrows.extents.append(ext)
    ordered = [traces[("point", b)] for b in BASIS_ORDER] + [traces[("range", b)]
                                                              for b in BASIS_ORDER]
    return [t for t in ordered if t.events] + ([arrows] if arrows.events else [])


def _plotly_trace(trace: _Trace, layout: LaneLayout, window: AxisWindow,
                  hovers: dict[str, str], legend_shown: set[str]) -> go.BaseTraceType:
    ids = [e.id for e in trace.events]
    custom = [_custom(e, x) for e, x in zip(trace.events, trace.extents, strict=True)]
    text = [hovers[i] for i in ids]
    meta = {"kind": trace.kind, "basis": trace.basis}
    if trace.kind == "open-end":
        xs = [_iso(x.start) if x.open_start else _iso(x.end) for x in trace.extents]
        symbols = ["triangle-left" if x.open_start else "triangle-right" for x in trace.extents]
        return go.Scatter(
            name="◀ ▶ open end: bound unknown", uid="open-ends", meta=meta, mode="markers",
            x=xs, y=_ys(trace, layout), customdata=custom, hovertext=text, hoverinfo="text",
            # One neutral colour, so the legend's sample matches every arrow.
            marker={"symbol": symbols, "size": 14, "color": ARROW_COLOR,
                    "line": {"width": 1, "color": "white"}},
        )
    color = BASIS_COLORS[trace.basis]
    show = trace.basis not in legend_shown
    legend_shown.add(trace.basis)
    common: dict[str, Any] = {
        "name": BASIS_LABELS[trace.basis], "legendgroup": trace.basis, "showlegend": show,
        "meta": meta, "customdata": custom, "hovertext": text, "hoverinfo": "text",
        "y": _ys(trace, layout),
    }
    if trace.kind == "point":
        return go.Scatter(
            uid=f"points-{trace.basis}", mode="markers",
            x=[_iso(x.start) for x in trace.extents],
            marker={"size": 13, "color": color, "symbol": BASIS_SYMBOLS[trace.basis],
                    "line": {"width": 1, "color": "white"}},
            **common,
        )
    drawn = [drawn_bar(x, window) for x in trace.extents]
    return go.Bar(
        uid=f"ranges-{trace.basis}", orientation="h",
        base=[_iso(start) for start, _ in drawn],
        x=[epoch_ms(end) - epoch_ms(start) for start, end in drawn],
        width=BAR_THICKNESS,
        marker={"color": color,
                "opacity": [OPEN_OPACITY if x.open_start or x.open_end else 0.9
                            for x in trace.extents],
                # Hatching, as well as the arrow and the lighter tone, marks an unknown bound.
                "pattern": {"shape": ["/" if x.open_start or x.open_end else ""
                                      for x in trace.extents],
                            "fillmode": "overlay", "fgcolor": "white", "size": 6,
                            "solidity": 0.25},
                "line": {"width": 1, "color": color}},
        **common,
    )


def timeline_figure(timeline: Timeline, mode: LaneMode = DEFAULT_MODE) -> go.Figure:
    """The interactive figure of a timeline's dated events (undated ones are left to the page)."""
    documents = timeline.documents
    dated = [e for e in timeline.events if is_dated(e)]
    window = axis_window(dated, documents)
    titles = titles_of(documents)
    by_id = {d.id: d for d in documents}
    layouts = {m: lane_layout(dated, m, window, titles) for m in LANE_MODES}
    hovers = {e.id: hover_text(e, by_id.get(e.document)) for e in dated}
    traces = _collect(dated, window)
    legend_shown: set[str] = set()
    figure = go.Figure([_plotly_trace(t, layouts[mode], window, hovers, legend_shown)
                        for t in traces])
    buttons = [{
        "label": LANE_BUTTONS[m], "method": "update",
        "args": [{"y": [_ys(t, layouts[m]) for t in traces]},
                 _layout_patch(layouts[m], documents)],
    } for m in LANE_MODES]
    patch = _layout_patch(layouts[mode], documents)
    figure.update_layout(
        template=None,
        font={"family": "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif", "size": 12,
              "color": "#222"},
        paper_bgcolor="white", plot_bgcolor="white",
        hovermode="closest", dragmode="zoom", barmode="overlay",
        hoverlabel={"align": "left", "bgcolor": "white", "bordercolor": "#888",
                    "font": {"size": 12, "color": "#222"}},
        legend={"orientation": "h", "yref": "container", "y": 1, "yanchor": "top",
                "x": 0, "xanchor": "left", "font": {"size": 11}},
        updatemenus=[{
            "type": "buttons", "direction": "right", "active": LANE_MODES.index(mode),
            "showactive": True, "x": 0, "xanchor": "left", "y": 1, "yanchor": "bottom",
            # The gap below the buttons holds the story-date labels.
            "pad": {"b": 22, "t": 0, "l": 0, "r": 0}, "buttons": buttons,
            "bgcolor": "#F2F4F7", "bordercolor": "#AAB", "font": {"size": 11},
        }],
        margin={"l": 10, "r": 10, "t": 112, "b": 10, "autoexpand": True},
        xaxis={"type": "date", "range": [_iso(window.view_start), _iso(window.view_end)],
               "rangeslider": {"visible": True, "thickness": 0.1},
               "showgrid": True, "gridcolor": "#E5E8EC", "linecolor": "#888",
               "ticks": "outside"},
        yaxis={"tickmode": "array", "tickvals": patch["yaxis.tickvals"],
               "ticktext": patch["yaxis.ticktext"], "range": patch["yaxis.range"],
               "fixedrange": True, "showgrid": False, "zeroline": False, "automargin": True},
        shapes=patch["shapes"],
        height=patch["height"],
        annotations=_dct_annotations(documents, window) + ([] if dated else [{
            "text": label_escape("No dated events: see the list of undated events below."),
            "xref": "paper", "yref": "paper", "x": 0.5, "y": 0.5, "showarrow": False,
        }]),
    )
    return figure


__all__ = ["DEFAULT_MODE", "LaneMode", "timeline_figure"]
