"""Where each event is drawn: its extent on the date axis and its row within a lane.

Pure data, no Plotly: the figure module turns these numbers into traces, and the tests can pin
the placement without a browser.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from newstimeline.models import DocumentInfo, Event

LaneMode = Literal["actor", "document", "single"]
LANE_MODES: tuple[LaneMode, ...] = ("actor", "document", "single")
NO_ACTOR = "(no actor named)"
SINGLE_LANE = "All events"
MIN_MARGIN = dt.timedelta(days=1)
MARGIN_FRACTION = 0.08
# Open ends stop inside the initial view, so their arrow is visible and not clipped.
OPEN_END_FRACTION = 0.55
# A point needs some room on the axis so that points a few hours apart do not overlap.
POINT_WIDTH_FRACTION = 1 / 60
# A bar is drawn at least this share of the initial view wide (about 7 px on a laptop), so a
# one-day window stays visible on a timeline spanning years; hover and table give exact days.
MIN_BAR_FRACTION = 1 / 150
DAY = dt.timedelta(days=1)
# Only an empty timeline (no events, no documents) reaches this: a fixed day keeps output
# deterministic where "today" would not.
EMPTY_TIMELINE_DAY = dt.date(2000, 1, 1)
NOON = dt.timedelta(hours=12)


@dataclass(frozen=True, slots=True)
class Extent:
    """An event's drawn extent: a point at noon of its day, or a bar over whole days."""

    start: dt.datetime
    end: dt.datetime
    is_point: bool
    open_start: bool
    open_end: bool


@dataclass(frozen=True, slots=True)
class AxisWindow:
    """The known dates with margins: the initial view and where open ends are drawn."""

    view_start: dt.datetime
    view_end: dt.datetime
    open_start_at: dt.datetime
    open_end_at: dt.datetime
    point_width: dt.timedelta
    min_bar: dt.timedelta


@dataclass(frozen=True, slots=True)
class LaneLayout:
    """Rows for one lane mode: each event's y (row index, top = 0) and the lanes' row spans."""

    mode: LaneMode
    y: dict[str, int]
    lanes: list[tuple[str, int, int]]  # (label, first row, row count)

    @property
    def rows(self) -> int:
        """Total rows over all lanes."""
        return sum(count for _, _, count in self.lanes)


def _midnight(day: dt.date) -> dt.datetime:
    return dt.datetime(day.year, day.month, day.day)


def is_dated(event: Event) -> bool:
    """True when the event can be placed on the axis (it has a relation and at least one bound)."""
    time = event.time
    return time.relation != "undated" and (time.earliest is not None or time.latest is not None)


def is_point(event: Event) -> bool:
    """True for an event on one known day (drawn as a marker); other dated events are bars."""
    return event.time.earliest is not None and event.time.earliest == event.time.latest


def axis_window(events: Sequence[Event], documents: Sequence[DocumentInfo]) -> AxisWindow:
    """All known dates and the documents' DCTs, with a margin of 8% (at least a day) each side."""
    days = [d for e in events if is_dated(e) for d in (e.time.earliest, e.time.latest)
            if d is not None]
    days += [doc.dct.date for doc in documents]
    if not days:
        days = [EMPTY_TIMELINE_DAY]
    low = _midnight(min(days))
    high = _midnight(max(days)) + DAY
    span = high - low
    margin = max(MIN_MARGIN, span * MARGIN_FRACTION)
    return AxisWindow(
        view_start=low - margin,
        view_end=high + margin,
        open_start_at=low - margin * OPEN_END_FRACTION,
        open_end_at=high + margin * OPEN_END_FRACTION,
        point_width=(span + 2 * margin) * POINT_WIDTH_FRACTION,
        min_bar=(span + 2 * margin) * MIN_BAR_FRACTION,
    )


def extent(event: Event, window: AxisWindow) -> Extent:
    """Days [earliest, latest] as [earliest 00:00, latest+1 00:00); a point sits at noon."""
    time = event.time
    if is_point(event):
        assert time.earliest is not None
        noon = _midnight(time.earliest) + NOON
        return Extent(noon, noon, True, False, False)
    start = _midnight(time.earliest) if time.earliest else window.open_start_at
    end = _midnight(time.latest) + DAY if time.latest else window.open_end_at
    return Extent(start, max(start, end), False, time.earliest is None, time.latest is None)


def drawn_bar(ext: Extent, window: AxisWindow) -> tuple[dt.datetime, dt.datetime]:
    """Where a bar is drawn: its extent, widened about its middle to the visible minimum."""
    width = ext.end - ext.start
    if width >= window.min_bar:
        return ext.start, ext.end
    middle = ext.start + width / 2
    return middle - window.min_bar / 2, middle + window.min_bar / 2


def lane_key(event: Event, mode: LaneMode) -> str:
    """The lane an event belongs to: its first actor, its document's id, or the single lane."""
    if mode == "actor":
        return event.actors[0] if event.actors else NO_ACTOR
    if mode == "document":
        # The id, not the title: two stories with the same headline keep their own lanes.
        return event.document
    return SINGLE_LANE


def lane_layout(events: Sequence[Event], mode: LaneMode, window: AxisWindow,
                titles: dict[str, str]) -> LaneLayout:
    """Pack each lane's events into rows so that no two drawn extents overlap.

    Lanes are ordered by their earliest event (then name), rows greedily first-fit by start time,
    so the layout is deterministic and the same for the same timeline.
    """
    by_lane: dict[str, list[tuple[Extent, Event]]] = {}
    for event in events:
        by_lane.setdefault(lane_key(event, mode), []).append(
            (extent(event, window), event))
    pad = window.point_width / 2

    def first_start(name: str) -> tuple[dt.datetime, str]:
        return (min(ext.start for ext, _ in by_lane[name]), name)

    y: dict[str, int] = {}
    lanes: list[tuple[str, int, int]] = []
    row_base = 0
    for name in sorted(by_lane, key=first_start):
        members = sorted(by_lane[name], key=lambda pair: (pair[0].start, pair[0].end, pair[1].id))
        row_ends: list[dt.datetime] = []
        for ext, event in members:
            low, high = ext.start - pad, ext.end + pad
            row = next((i for i, end in enumerate(row_ends) if end <= low), len(row_ends))
            if row == len(row_ends):
                row_ends.append(high)
            else:
                row_ends[row] = high
            y[event.id] = row_base + row
        label = titles.get(name, name) if mode == "document" else name
        lanes.append((label, row_base, len(row_ends)))
        row_base += len(row_ends)
    return LaneLayout(mode=mode, y=y, lanes=lanes)


def epoch_ms(moment: dt.datetime) -> int:
    """Milliseconds since 1970-01-01 for a naive datetime (Plotly's date axis unit)."""
    return int((moment - dt.datetime(1970, 1, 1)) / dt.timedelta(milliseconds=1))


def titles_of(documents: Sequence[DocumentInfo]) -> dict[str, str]:
    """Document id → title (or path), plain text."""
    return {d.id: d.title or d.path for d in documents}

