"""Calendar dates for events in the TimeLine task's form (``YYYY-MM-DD``, ``XX`` for unknown parts).

News narrative keeps a *reference time*: once a story says "Yesterday, Apple unveiled ...", the
undated past-tense sentences that follow tell of that day, until another date takes over. The
policy, in order: the event's own anchoring expression; the date of its sentence nearest to it
(or one that opens the sentence: "In 1996, ..."); for present events the story's date; for past
and reported events the reference time (the latest day-precise date the story has named, if
recent), else the story's date; future events take the coming date the story named last
(within 30 days), else stay undated. A date inside a reported clause ("announced that Leopard
would be released in 2007") does not date the reporting verb. A possessive date ("this year's
conference") dates its noun, not the verb; weeks and quarters count as the month or year they
lie in.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass

from newstimeline.events.merge import STORY_WINDOW_DAYS
from newstimeline.models import Event, EventTime, Precision, TimeExpression

UNDATED = "XXXX-XX-XX"
# A date named earlier in the story is the reference time for later undated past events only if
# it is this close before the story's date: older dates are background, not the news of the day.
REFERENCE_WINDOW_DAYS = 10
FALLBACK = "past or reported: the story's date"
REFERENCE = "reference time of the narrative"
# Prepositions that place what follows within the time ("In 1996, ..."), not before or after it.
FRAMING_PREPOSITIONS: frozenset[str] = frozenset({"in", "on", "at", "during"})
_CALENDAR_PERIOD = re.compile(r"^\d{4}-(?:W\d{2}|Q[1-4]|SP|SU|FA|WI|H[12])$")  # weeks, quarters...
_TASK_VALUE = re.compile(r"^(\d{4})-(\d{2}|XX)-(\d{2}|XX)$")
_CALENDAR_VALUE = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?(?:T.*)?$")


@dataclass(frozen=True, slots=True)
class TaskDate:
    """A task date string with the rule that produced it."""

    value: str
    basis: str


def as_event_time(task: TaskDate, dct: dt.date) -> EventTime:
    """The interval a task date stands for, so that merging can intersect it with others.

    A date that only falls back to the story's date says no more than "on or before" it, within
    the span of time a news story covers (``STORY_WINDOW_DAYS``).
    """
    match = _TASK_VALUE.match(task.value)
    # The event carries the value in TIMEX form ("2011", "2011-06"): merging reads it as a date.
    value = task.value.replace("-XX", "") if match is not None else None
    if task.basis == FALLBACK and match is not None:
        return EventTime(value=value, earliest=dct - dt.timedelta(days=STORY_WINDOW_DAYS),
                         latest=dct, precision=Precision.UNKNOWN, relation="before",
                         basis="tense", expression=None, explanation=task.basis)
    if match is None:
        return EventTime(value=None, earliest=None, latest=None, precision=Precision.UNKNOWN,
                         relation="undated", basis="none", expression=None, explanation=task.basis)
    year, month, day = (int(g) if g.isdigit() else None for g in match.groups())
    assert year is not None
    if month is None:
        earliest, latest, precision = dt.date(year, 1, 1), dt.date(year, 12, 31), Precision.YEAR
    elif day is None:
        earliest = dt.date(year, month, 1)
        latest = (earliest.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)
        precision = Precision.MONTH
    else:
        earliest = latest = dt.date(year, month, day)
        precision = Precision.DAY
    basis = "expression" if task.basis.startswith("expression") else (
        "discourse" if task.basis == REFERENCE else "tense")
    return EventTime(value=value, earliest=earliest, latest=latest, precision=precision,
                     relation="on", basis=basis, expression=None, explanation=task.basis)


def time_task_value(time: EventTime) -> str:
    """The task date of a (possibly merged) event time: its interval when it names a calendar
    day, month or year, else the value it carries, else undated."""
    if time.relation == "on" and time.earliest is not None and time.latest is not None:
        first, last = time.earliest, time.latest
        if first == last:
            return first.isoformat()
        if (first.year, first.month) == (last.year, last.month):
            return f"{first.year:04d}-{first.month:02d}-XX"
        if first.year == last.year:
            return f"{first.year:04d}-XX-XX"
    return task_value(time.value) or UNDATED


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


def _is_modifier(expression: TimeExpression, text: str) -> bool:
    """A possessive time ("this year 's conference", "Monday's email") dates a noun, not the verb."""
    following = text[expression.span.end:expression.span.end + 4].lstrip()
    return following.startswith(("'s", "’s", "' ", "’ "))


def expression_task_value(expression: TimeExpression, latest: dt.date | None = None) -> str | None:
    """The task date of an expression: its calendar value, else, for a week, quarter, season or
    half, the month or year it lies in, up to ``latest`` if given ("has filed ... this week" in a
    March 28 story: the part of the week up to the 28th, ``2006-03-XX``)."""
    value = task_value(expression.value)
    if value is not None:
        return value
    first, last = expression.interval.earliest, expression.interval.latest
    if latest is not None and first is not None and last is not None and first <= latest < last:
        last = latest
    if first is None or last is None or not _CALENDAR_PERIOD.match(expression.value):
        return None
    if (first.year, first.month) == (last.year, last.month):
        return f"{first.year:04d}-{first.month:02d}-XX"
    return f"{first.year:04d}-XX-XX" if first.year == last.year else None


def _past_value(expression: TimeExpression, event: Event, dct: dt.date) -> str | None:
    """The expression's task value for this event: a bare weekday told in the past tense is the
    most recent such day, even when the sentence's other verbs are future ("announced Friday that
    it will give")."""
    value = expression_task_value(expression, None if event.tense == "future" else dct)
    day = _day_of(expression)
    if (value is not None and event.tense == "past" and day is not None and day > dct
            and expression.rule == "weekday"):
        return (day - dt.timedelta(days=7 * (1 + (day - dct).days // 7))).isoformat()
    return value


def _opens_sentence(expression: TimeExpression, sentence_start: int, text: str) -> bool:
    """Whether the expression stands at the head of its sentence, after at most a preposition."""
    before = text[sentence_start:expression.span.start].split()
    return len(before) <= 1 and all(w.lower() in FRAMING_PREPOSITIONS for w in before)


def date_events(
    events: Sequence[Event], expressions: Sequence[TimeExpression], dct: dt.date, text: str,
) -> dict[str, TaskDate]:
    """Task dates of one document's events (given in text order), keyed by event id."""
    dated = sorted((e for e in expressions if e.type in {"DATE", "TIME"}
                    and expression_task_value(e) is not None and not _is_modifier(e, text)),
                   key=lambda e: e.span.start)
    # Each expression of a sentence belongs to the event trigger nearest to it, except one that
    # opens the sentence ("In 1996, ... Jobs returned"): that one frames every event after it.
    owner: dict[tuple[int, int], str] = {}
    for expression in dated:
        rivals = [e for e in events
                  if e.sentence.start <= expression.span.start < e.sentence.end]
        if rivals and _opens_sentence(expression, rivals[0].sentence.start, text):
            continue
        # A verb does not own a date inside the clause it reports or thinks ("announced that
        # Leopard would be released in 2007", "showed that as of January 2008, iTunes held").
        rivals = [e for e in rivals if not _reported_between(text, e, expression)]
        key = (expression.span.start, expression.span.end)
        if rivals:
            nearest = min(rivals, key=lambda e: abs(e.trigger.start - expression.span.start))
            owner[key] = nearest.id
        else:
            owner[key] = ""  # it dates an event the extraction did not find, none of these
    result: dict[str, TaskDate] = {}
    for event in events:
        result[event.id] = _date_event(event, dated, dct, owner, text)
    return result


# Words that open a reported or thought clause after its verb.
COMPLEMENT_OPENERS: frozenset[str] = frozenset({"that", '"', "“", ":", "would", "will"})


def _reported_between(text: str, event: Event, expression: TimeExpression) -> bool:
    """Whether a complement clause opens between the event's trigger and a later expression."""
    if expression.span.start < event.trigger.end:
        return False
    between = text[event.trigger.end:expression.span.start].replace("“", ' " ').split()
    return any(w.lower().strip(",") in COMPLEMENT_OPENERS or w == '"' for w in between)


def _date_event(event: Event, dated: Sequence[TimeExpression], dct: dt.date,
                owner: dict[tuple[int, int], str], text: str) -> TaskDate:
    time = event.time
    in_sentence = [e for e in dated
                   if event.sentence.start <= e.span.start and e.span.end <= event.sentence.end]
    if time.basis == "expression" and time.expression is not None:
        own = [e for e in in_sentence if e.span == time.expression
               and not _reported_between(text, event, e)]
        if time.relation == "on" and own:
            value = _past_value(own[0], event, dct)
            if value is not None:
                return TaskDate(value, "expression in the clause")
        if time.relation != "on":
            return TaskDate(UNDATED, f"only bounded ({time.relation} {time.value})")
    own_in_sentence = [e for e in in_sentence
                       if owner.get((e.span.start, e.span.end), event.id) == event.id]
    if own_in_sentence and event.tense != "future":
        nearest = min(own_in_sentence, key=lambda e: abs(e.span.start - event.trigger.start))
        value = _past_value(nearest, event, dct)
        if value is not None and not (event.tense == "past" and nearest.interval.earliest
                                      and nearest.interval.earliest > dct):
            return TaskDate(value, "expression in the sentence")
    if event.tense == "future":
        upcoming = _upcoming_day(dated, event.trigger.start, dct)
        if upcoming is not None:  # "... available on June 24. ..., and the 3G will be discontinued"
            return TaskDate(upcoming.isoformat(), "future: the coming date in force")
        return TaskDate(UNDATED, "future without a date")
    # A present state or happening holds on the story's date; a task trigger added after
    # anchoring (relation "undated") carries its tense only.
    if event.tense == "present" and event.event_class != "REPORTING" \
            and time.relation in {"on", "undated"}:
        return TaskDate(dct.isoformat(), "present: the story's date")
    reference = _reference_day(dated, event.trigger.start, dct)
    if reference is not None and reference != dct:  # the dateline itself is no evidence
        return TaskDate(reference.isoformat(), REFERENCE)
    return TaskDate(dct.isoformat(), FALLBACK)


def _upcoming_day(dated: Sequence[TimeExpression], before: int, dct: dt.date) -> dt.date | None:
    """The day-precise date after the story's date that the story named last before ``before``
    (within ``REFERENCE_WINDOW_DAYS`` after the story): the coming date in force."""
    for expression in reversed(dated):
        if expression.span.start >= before:
            continue
        day = _day_of(expression)
        if day is not None and dct < day <= dct + dt.timedelta(days=REFERENCE_WINDOW_DAYS * 3):
            return day
    return None


def _reference_day(dated: Sequence[TimeExpression], before: int, dct: dt.date) -> dt.date | None:
    """The latest recent day-precise date named before offset ``before``."""
    for expression in reversed(dated):
        if expression.span.start >= before:
            continue
        day = _day_of(expression)
        if day is not None and dct - dt.timedelta(days=REFERENCE_WINDOW_DAYS) <= day <= dct:
            return day
    return None
