"""Typed models passed between the pipeline stages and written to events.json."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from enum import StrEnum
from typing import Annotated, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    WrapSerializer,
    field_validator,
    model_validator,
)


class Frozen(BaseModel):
    """Base for immutable models: stages build new values, they never mutate old ones."""

    model_config = ConfigDict(frozen=True, extra="forbid")


class Precision(StrEnum):
    """Granularity of a resolved time: how wide the smallest unit the text commits to is."""

    TIME = "time"
    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    QUARTER = "quarter"
    SEASON = "season"
    YEAR = "year"
    DECADE = "decade"
    CENTURY = "century"
    UNKNOWN = "unknown"


class Span(Frozen):
    """A piece of a document's text with character offsets into that text."""

    text: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)


class Interval(Frozen):
    """Closed interval of calendar days; a None bound is open (unknown)."""

    earliest: dt.date | None
    latest: dt.date | None
    precision: Precision

    @model_validator(mode="after")
    def _ordered(self) -> Interval:
        if self.earliest and self.latest and self.earliest > self.latest:
            raise ValueError(f"interval bounds out of order: {self.earliest} > {self.latest}")
        return self

    @property
    def is_point(self) -> bool:
        """True when both bounds are known and fall on the same day."""
        return self.earliest is not None and self.earliest == self.latest


TimexType = Literal["DATE", "TIME", "DURATION", "SET"]


class TimeExpression(Frozen):
    """A time expression found in a document and resolved to a TIMEX3 value and an interval."""

    span: Span
    type: TimexType
    value: str
    interval: Interval
    rule: str = Field(description="Name of the vocabulary rule that matched.")
    explanation: str = Field(description="One line: why the expression has this value.")


DctSource = Literal["option", "metadata", "dateline", "inferred", "reference"]


class Dateline(Frozen):
    """A wire-service dateline at the head of an article."""

    span: Span
    place: str | None
    agency: str | None
    month: int | None
    day: int | None
    year: int | None
    rule: str


class Dct(Frozen):
    """The document creation time, with where it came from and how sure we are."""

    date: dt.date
    source: DctSource
    confidence: float = Field(ge=0.0, le=1.0)
    explanation: str
    candidates: list[int] = Field(
        default_factory=list, description="Other years the evidence allows, best first."
    )


_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


class Document(Frozen):
    """One article as read from its file: text exactly as decoded, plus metadata."""

    id: str
    path: str
    title: str | None
    text: str
    metadata_date: dt.date | None = None
    metadata_source: str | None = Field(
        default=None, description="Where the metadata date was found (<meta> tag, JSON field).")
    url: str | None = None

    @field_validator("text", "title")
    @classmethod
    def _no_lone_surrogates(cls, value: str | None) -> str | None:
        # Bad decoding ("surrogateescape") leaves lone surrogates, which no UTF-8 output can
        # hold; U+FFFD keeps every offset where it was.
        return _LONE_SURROGATE.sub("\ufffd", value) if value else value


class DocumentInfo(Frozen):
    """The per-document record written to events.json (the text itself is left out)."""

    id: str
    path: str
    title: str | None
    dateline: Dateline | None
    dct: Dct


EventRelation = Literal["on", "before", "after", "undated"]
Tense = Literal["past", "present", "future", "none"]
TimeBasis = Literal["expression", "reporting", "tense", "discourse", "none"]


class EventTime(Frozen):
    """When an event happened: its own interval and the evidence that placed it there."""

    value: str | None = Field(description="TIMEX3 value of the anchoring expression, if any.")
    earliest: dt.date | None
    latest: dt.date | None
    precision: Precision
    relation: EventRelation = Field(
        description="on: within [earliest, latest]; before/after: the event precedes/follows the "
        "anchor, and [earliest, latest] already bounds the event; undated: the text gives no date."
    )
    basis: TimeBasis
    expression: Span | None
    explanation: str
    likely_day: dt.date | None = Field(
        default=None,
        description="The day a convention names as usual inside a wider [earliest, latest] (an "
        "undated report: the story's own day, of 'the story's day or the day before'); null "
        "when the evidence names none.")


class EventSource(Frozen):
    """One mention of an event in one document, with the time that document gave it."""

    document: str
    event_id: str = Field(description="Id of the event as extracted from that document alone.")
    trigger: Span
    sentence: Span
    time: EventTime


class Event(Frozen):
    """One event on the timeline, with its evidence."""

    id: str
    document: str
    summary: str
    actors: list[str]
    trigger: Span
    event_class: str = Field(description="TimeML EVENT class (OCCURRENCE, REPORTING, ...).")
    tense: Tense
    polarity: Literal["POS", "NEG"]
    sentence: Span
    time: EventTime
    sources: list[EventSource] = Field(
        default_factory=list,
        description="Every mention of this event across documents (merged timelines); the "
        "event's time is reconciled from theirs.")
    conflicts: list[str] = Field(
        default_factory=list, description="Disagreements between the sources' times, if any.")


# A built timeline holds its events packed (events/store.py PackedEvents, a Sequence that pydantic
# cannot serialize): they are decoded into a list here, only when dumped whole. A lambda, because
# a return annotation would replace the field's JSON schema with the annotation's.
EventList = Annotated[Sequence[Event], WrapSerializer(
    lambda events, handler: handler(events if isinstance(events, list) else list(events)))]


class DocumentView(Frozen):
    """The events of one document as extracted from it alone, before cross-document merging."""

    document: str
    events: EventList


class TimelineError(Frozen):
    """An input that could not be processed, reported by name with the reason."""

    path: str
    reason: str


class Timeline(Frozen):
    """The whole output: documents, events sorted by time, and the inputs that failed."""

    schema_version: Literal["1.0"] = "1.0"
    generator: str
    name: str
    documents: list[DocumentInfo]
    events: EventList
    errors: list[TimelineError] = Field(default_factory=list)
    per_document: list[DocumentView] = Field(
        default_factory=list,
        description="Each document's own events when ``events`` holds the merged timeline.")
