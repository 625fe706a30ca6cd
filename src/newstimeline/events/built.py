"""The event stage's own models, built without pydantic's validation.

The stage makes every field of its ``Event``s, their ``Span``s and the ``EventTime``s of its
commonest anchors itself (offsets of its tokens, tenses and classes from closed tables, dates of
validated expressions), so it builds them as pydantic's validation would leave them: the same
``__dict__`` (in field order, which ``model_dump`` follows), fields set, extra and private slots.
Validating a document's events cost ~3 µs each and made more garbage; an ``EventTime`` 2.7 µs
against 1.3 µs built, its ``model_copy`` 1.8 against 0.9 µs. ``tests/test_event_built.py`` pins
these models equal, state for state, to validated ones. Not pydantic's ``model_construct``: it is
slower than validating (1.6 against 0.8 µs a Span, pydantic 2.14), and with it the stage took
three times as long (benchmarks/events_speed.py).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any, Literal

from newstimeline.models import Event, EventRelation, EventTime, Precision, Span, Tense, TimeBasis
from newstimeline.unvalidated import assembled
from newstimeline.unvalidated import span as span

# Every Event field but the defaulted ``sources`` and ``conflicts``: what validating the
# stage's fields marks as set.
_EVENT_SET = frozenset(Event.model_fields) - {"sources", "conflicts"}
# The EventTime fields set without and with a ``likely_day`` given.
_TIME_SET = frozenset(EventTime.model_fields) - {"likely_day"}
_TIME_SET_DAY = frozenset(EventTime.model_fields)


def event(id: str, document: str, summary: str, actors: list[str], trigger: Span,
          event_class: str, tense: Tense, polarity: Literal["POS", "NEG"], sentence: Span,
          time: EventTime) -> Event:
    """``Event(...)`` of these fields, with no sources and no conflicts. ``actors`` becomes the
    event's own list (the caller makes a new one per event, as validation would copy it)."""
    return assembled(Event, {
        "id": id, "document": document, "summary": summary, "actors": actors,
        "trigger": trigger, "event_class": event_class, "tense": tense, "polarity": polarity,
        "sentence": sentence, "time": time, "sources": [], "conflicts": []},
        set(_EVENT_SET))


def event_time(*, value: str | None, earliest: dt.date | None, latest: dt.date | None,
               precision: Precision, relation: EventRelation, basis: TimeBasis,
               expression: Span | None, explanation: str,
               likely_day: dt.date | Literal[False] | None = False) -> EventTime:
    """``EventTime(...)`` of these fields, for values of closed tables and validated models
    (``likely_day`` left out, as ``False``, is not set, as when not given to validation)."""
    return assembled(EventTime, {
        "value": value, "earliest": earliest, "latest": latest, "precision": precision,
        "relation": relation, "basis": basis, "expression": expression,
        "explanation": explanation, "likely_day": None if likely_day is False else likely_day},
        set(_TIME_SET if likely_day is False else _TIME_SET_DAY))


def time_copy(time: EventTime, update: Mapping[str, Any]) -> EventTime:
    """``time.model_copy(update=update)`` (no validation there either), without its generic
    steps: the copy's own ``__dict__`` and fields set, the updated fields marked set."""
    values = time.__dict__.copy()
    values.update(update)
    fields_set = time.__pydantic_fields_set__.copy()
    fields_set.update(update)
    return assembled(EventTime, values, fields_set)
