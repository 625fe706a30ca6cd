"""Calendar dates for events in the TimeLine task's form (``YYYY-MM-DD``, ``XX`` for unknown parts).

News narrative keeps a *reference time*: once a story says "Yesterday, Apple unveiled ...", the
undated past-tense sentences that follow tell of that day, until another date takes over. The
policy, in order: the event's own anchoring expression; another date in its sentence; for present
events the story's date; for past and reported events the reference time (the latest day-precise
date the story has named, if recent), else the story's date; future events stay undated.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass

from newstimeline.models import Event, TimeExpression

UNDATED = "XXXX-XX-XX"
# A date named earlier in the story is the reference time for later undated past events only if
# it is this close before the story's date: older dates are background, not the news of the day.
REFERENCE_WINDOW_DAYS = 10
_CALENDAR_VALUE = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?(?:T.*)?$")


@dataclass(frozen=True, slots=True)
class TaskDate:
    """A task date string with the rule that produced it."""

    value: str
    basis: str


def task_value(timex_value: str | None) -> str | None:
    """``2010-06-07`` → itself, ``2010-04`` → ``2010-04-XX``, ``1976`` → ``1976-XX-XX``; else None."""
    match = _CALENDAR_VALUE.match(timex_value or "")
    if match is None:
        return None
    year, month, day = match.groups()
    return f"{year}-{month or 'XX'}-{day or 'XX'}"


def _day_of(expression: TimeExpression) -> dt.date | None:
    interval = expression.interval
    return interval.earliest if interval.is_point else None


def date_events(
    events: Sequence[Event], expressions: Sequence[TimeExpression], dct: dt.date,
) -> dict[str, TaskDate]:
    """Task dates of one document's events (given in text order), keyed by event id."""
    dated = sorted((e for e in expressions if e.type in {"DATE", "TIME"}
                    and task_value(e.value) is not None), key=lambda e: e.span.start)
    result: dict[str, TaskDate] = {}
    for event in events:
        result[event.id] = _date_event(event, dated, dct)
    return result


def _date_event(event: Event, dated: Sequence[TimeExpression], dct: dt.date) -> TaskDate:
    time = event.time
    if time.basis == "expression":
        own = task_value(time.value)
        if time.relation == "on" and own is not None:
            return TaskDate(own, "expression in the clause")
        return TaskDate(UNDATED, f"only bounded ({time.relation} {time.value})")
    in_sentence = [e for e in dated
                   if event.sentence.start <= e.span.start and e.span.end <= event.sentence.end]
    if in_sentence and event.tense != "future":
        nearest = min(in_sentence, key=lambda e: abs(e.span.start - event.trigger.start))
        value = task_value(nearest.value)
        if value is not None and not (event.tense == "past" and nearest.interval.earliest
                                      and nearest.interval.earliest > dct):
            return TaskDate(value, "expression in the sentence")
    if event.tense == "future":
        return TaskDate(UNDATED, "future without a date")
    if event.tense == "present" and event.event_class != "REPORTING" and time.relation == "on":
        return TaskDate(dct.isoformat(), "present: the story's date")
    reference = _reference_day(dated, event.trigger.start, dct)
    if reference is not None:
        return TaskDate(reference.isoformat(), "reference time of the narrative")
    return TaskDate(dct.isoformat(), "past or reported: the story's date")


def _reference_day(dated: Sequence[TimeExpression], before: int, dct: dt.date) -> dt.date | None:
    """The latest recent day-precise date named before offset ``before``."""
    for expression in reversed(dated):
        if expression.span.start >= before:
            continue
        day = _day_of(expression)
        if day is not None and dct - dt.timedelta(days=REFERENCE_WINDOW_DAYS) <= day <= dct:
            return day
    return None
