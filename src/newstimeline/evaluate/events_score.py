"""Scoring events against TimeML: mention P/R/F1, anchoring accuracy, ordering accuracy.

Definitions (issue 4):
- a system mention matches a gold ``<EVENT>`` when their character spans overlap (one-to-one,
  TempEval-3 "relaxed" match); exact-offset matches are counted too;
- a gold event is *anchored* when a TLINK of an anchoring type joins it to a DATE timex or to
  the DCT; it is anchored correctly when the system event at its trigger has a known interval
  lying inside that timex's value at the timex's granularity (a time of day counts as its day),
  or is dated on an expression of the same TIMEX3 value (a fiscal quarter keeps its calendar);
  an event whose rule names a usual day inside its interval (``likely_day``: an undated report
  is usually on the story's day) is scored by that day;
- a gold BEFORE/AFTER (and IBEFORE/IAFTER) event pair is ordered correctly when the two system
  events stand in that order in the time-sorted event list; an event not found counts as wrong.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from newstimeline.evaluate.measures import harmonic_f1
from newstimeline.evaluate.timeml import TimeMLDocument
from newstimeline.models import Event, EventTime, Interval, TimeExpression
from newstimeline.text import sentence_at, sentence_spans
from newstimeline.timex import calendar

ANCHOR_RELATIONS: frozenset[str] = frozenset({
    "IS_INCLUDED", "DURING", "SIMULTANEOUS", "BEGINS", "ENDS", "BEGUN_BY", "ENDED_BY", "INCLUDES",
})  # fmt: skip
# Relation of the source to the target: +1 source first, -1 target first.
ORDER_RELATIONS: dict[str, int] = {"BEFORE": 1, "IBEFORE": 1, "AFTER": -1, "IAFTER": -1}
# TimeML MAKEINSTANCE tenses as the Event model's tenses (non-finite forms have none).
GOLD_TENSES: dict[str, str] = {"PAST": "past", "PRESENT": "present", "FUTURE": "future"}


def _bounds(interval: Interval) -> tuple[dt.date, dt.date]:
    assert interval.earliest is not None and interval.latest is not None
    return interval.earliest, interval.latest


def value_interval(value: str) -> tuple[dt.date, dt.date] | None:
    """The calendar days a TIMEX3 DATE value covers, or None for values with no calendar extent."""
    v = value.strip()
    compact = re.fullmatch(r"(\d{4})(\d{2})(\d{2})(?:T.*)?", v)
    if compact:
        v = f"{compact.group(1)}-{compact.group(2)}-{compact.group(3)}"
    try:
        if m := re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})(?:T.*)?", v):
            day = dt.date(int(m[1]), int(m[2]), int(m[3]))
            return day, day
        if m := re.fullmatch(r"(\d{4})-(\d{2})", v):
            first = dt.date(int(m[1]), int(m[2]), 1)
            return _bounds(calendar.month(int(m[1]), int(m[2]))[1])
        if m := re.fullmatch(r"(\d{4})-W(\d{2})(?:-WE)?", v):
            monday = dt.date.fromisocalendar(int(m[1]), int(m[2]), 1)
            return monday, monday + dt.timedelta(days=6)
        if m := re.fullmatch(r"(\d{4})-Q([1-4])", v):
            return _bounds(calendar.quarter(int(m[1]), int(m[2]))[1])
        if m := re.fullmatch(r"(\d{4})-H([12])", v):
            first = dt.date(int(m[1]), 6 * int(m[2]) - 5, 1)
            return first, calendar.add_months(first, 6) - dt.timedelta(days=1)
        if (m := re.fullmatch(r"(\d{4})-(WI|SP|SU|FA)", v)):
            return _bounds(calendar.season(int(m[1]), m[2])[1])
        if m := re.fullmatch(r"(\d{4})", v):
            return dt.date(int(m[1]), 1, 1), dt.date(int(m[1]), 12, 31)
        if m := re.fullmatch(r"(\d{3})X", v):
            return dt.date(int(m[1]) * 10, 1, 1), dt.date(int(m[1]) * 10 + 9, 12, 31)
        if m := re.fullmatch(r"(\d{2})XX", v):
            return dt.date(int(m[1]) * 100, 1, 1), dt.date(int(m[1]) * 100 + 99, 12, 31)
    except ValueError:
        return None
    return None


@dataclass(frozen=True, slots=True)
class GoldAnchor:
    """A gold event and the DATE value (timex or DCT) it is anchored to."""

    eid: str
    start: int
    end: int
    value: str
    interval: tuple[dt.date, dt.date]
    to_dct: bool


@dataclass(frozen=True, slots=True)
class GoldPair:
    """Two gold events (by eid) where ``first`` happens before ``second``."""

    first: str
    second: str


def gold_anchors(doc: TimeMLDocument) -> tuple[list[GoldAnchor], int]:
    """Anchored gold events (one per event: a text timex wins over the DCT) and how many anchored
    events were skipped because their value has no calendar extent (PAST_REF, ...)."""
    timexes = {t.tid: t for t in doc.timexes}
    eid_of = {i.eiid: i.eid for i in doc.instances}
    events = {e.eid: e for e in doc.events}
    chosen: dict[str, tuple[str, bool]] = {}
    for link in doc.tlinks:
        if link.rel_type not in ANCHOR_RELATIONS:
            continue
        source, target = link.source, link.target
        if source not in eid_of:
            source, target = target, source
        if source not in eid_of:
            continue
        if target == doc.dct_tid and doc.dct_value:
            value, to_dct = doc.dct_value, True
        elif target in timexes and timexes[target].type == "DATE":
            value, to_dct = timexes[target].value, False
        else:
            continue
        eid = eid_of[source]
        if eid not in chosen or (chosen[eid][1] and not to_dct):
            chosen[eid] = (value, to_dct)
    anchors: list[GoldAnchor] = []
    skipped = 0
    for eid, (value, to_dct) in chosen.items():
        event = events.get(eid)
        interval = value_interval(value)
        if event is None or interval is None:
            skipped += 1
            continue
        anchors.append(GoldAnchor(eid, event.start, event.end, value, interval, to_dct))
    anchors.sort(key=lambda a: a.start)
    return anchors, skipped


def gold_pairs(doc: TimeMLDocument) -> list[GoldPair]:
    """Event-event pairs linked BEFORE/AFTER/IBEFORE/IAFTER, oriented earlier → later."""
    eid_of = {i.eiid: i.eid for i in doc.instances}
    pairs: list[GoldPair] = []
    for link in doc.tlinks:
        direction = ORDER_RELATIONS.get(link.rel_type)
        if direction is None or link.source not in eid_of or link.target not in eid_of:
            continue
        a, b = eid_of[link.source], eid_of[link.target]
        pairs.append(GoldPair(a, b) if direction > 0 else GoldPair(b, a))
    return pairs


def _overlaps(a_start: int, a_end: int, b_start: int, b_end: int) -> bool:
    return a_start < b_end and b_start < a_end


def align(doc: TimeMLDocument, events: Sequence[Event]) -> dict[str, int]:
    """Gold eid → index into ``events`` of the system event whose trigger overlaps it (1:1)."""
    by_start = sorted(range(len(events)), key=lambda i: events[i].trigger.start)
    used: set[int] = set()
    result: dict[str, int] = {}
    for gold in sorted(doc.events, key=lambda e: e.start):
        best: int | None = None
        for i in by_start:
            trigger = events[i].trigger
            if trigger.start >= gold.end:
                break
            if i in used or not _overlaps(gold.start, gold.end, trigger.start, trigger.end):
                continue
            if best is None or (trigger.start, trigger.end) == (gold.start, gold.end):
                best = i
        if best is not None:
            used.add(best)
            result[gold.eid] = best
    return result


def _inside(earliest: dt.date | None, latest: dt.date | None,
            interval: tuple[dt.date, dt.date]) -> bool:
    return (earliest is not None and latest is not None
            and interval[0] <= earliest <= latest <= interval[1])


def event_date(time: EventTime) -> tuple[dt.date | None, dt.date | None]:
    """The date an event is scored by: the day its convention names as usual (an undated
    report's story day) when it has one, else its interval."""
    if time.likely_day is not None:
        return time.likely_day, time.likely_day
    return time.earliest, time.latest


def anchor_holds(anchor: GoldAnchor, time: EventTime) -> bool:
    """Whether an event's time is the gold anchor's: its scored interval inside the anchor's,
    or, dated on an expression, that expression's TIMEX3 value equal to the gold's. The second
    reading is the issue's ("a date equal to that timex's value"): the scorer's calendar
    reading of a value is wrong where the text keeps its own calendar ("1989-Q1", the first
    quarter of a fiscal year ending Sept. 30, is October to December 1988)."""
    if time.relation == "on" and time.likely_day is None and time.value == anchor.value:
        return True
    return _inside(*event_date(time), anchor.interval)


def baseline_interval(
    start: int, text: str, expressions: Iterable[tuple[int, tuple[dt.date, dt.date] | None]],
    dct: tuple[dt.date, dt.date],
) -> tuple[dt.date, dt.date] | None:
    """The nearest DATE expression in the trigger's sentence, else the DCT (the baseline)."""
    spans = sentence_spans(text)
    s_start, s_end = sentence_at(spans, start)
    best: tuple[int, tuple[dt.date, dt.date] | None] | None = None
    for offset, interval in expressions:
        if s_start <= offset < s_end and (best is None or abs(offset - start) < best[0]):
            best = (abs(offset - start), interval)
    return dct if best is None else best[1]


@dataclass(slots=True)
class Counts:
    """Running totals over a corpus; the figures are derived from them."""

    documents: int = 0
    gold_events: int = 0
    system_events: int = 0
    matched: int = 0
    matched_exact: int = 0
    class_correct: int = 0
    tense_correct: int = 0
    polarity_correct: int = 0
    polarity_scored: int = 0
    anchored: int = 0
    anchored_skipped: int = 0
    anchored_correct: int = 0
    anchored_found: int = 0
    baseline_correct: int = 0
    gold_baseline_correct: int = 0
    dct_baseline_correct: int = 0
    pairs: int = 0
    pairs_correct: int = 0
    pairs_found: int = 0
    text_order_correct: int = 0
    text_order_found_correct: int = 0
    baseline_found_correct: int = 0
    by_basis: dict[str, list[int]] = field(default_factory=dict)

    def add(self, other: Counts) -> None:
        for name in self.__dataclass_fields__:
            if name == "by_basis":
                for basis, (n, ok) in other.by_basis.items():
                    totals = self.by_basis.setdefault(basis, [0, 0])
                    totals[0] += n
                    totals[1] += ok
            else:
                setattr(self, name, getattr(self, name) + getattr(other, name))


def _pct(part: int, whole: int) -> float:
    return 100.0 * part / whole if whole else 0.0


def figures(c: Counts) -> dict[str, object]:
    """The headline figures (percentages) and the counts they come from."""
    precision = _pct(c.matched, c.system_events)
    recall = _pct(c.matched, c.gold_events)
    f1 = harmonic_f1(precision, recall)
    return {
        "documents": c.documents,
        "gold_events": c.gold_events,
        "system_events": c.system_events,
        "mention_precision": precision,
        "mention_recall": recall,
        "mention_f1": f1,
        "mention_exact_f1": _pct(2 * c.matched_exact, c.gold_events + c.system_events),
        "class_accuracy": _pct(c.class_correct, c.matched),
        "tense_accuracy": _pct(c.tense_correct, c.matched),
        "polarity_accuracy": _pct(c.polarity_correct, c.polarity_scored),
        "anchored_events": c.anchored,
        "anchored_skipped": c.anchored_skipped,
        "anchoring_accuracy": _pct(c.anchored_correct, c.anchored),
        "anchoring_found": _pct(c.anchored_found, c.anchored),
        "baseline_anchoring_accuracy": _pct(c.baseline_correct, c.anchored),
        "gold_timex_baseline_anchoring_accuracy": _pct(c.gold_baseline_correct, c.anchored),
        "dct_baseline_anchoring_accuracy": _pct(c.dct_baseline_correct, c.anchored),
        "ordered_pairs": c.pairs,
        "ordering_accuracy": _pct(c.pairs_correct, c.pairs),
        "ordering_found": _pct(c.pairs_found, c.pairs),
        "text_order_accuracy": _pct(c.text_order_correct, c.pairs),
        # The same measures on what the system found: its rules against the baselines', with
        # recall (missed triggers) left out.
        "anchoring_accuracy_of_found": _pct(c.anchored_correct, c.anchored_found),
        "baseline_anchoring_accuracy_of_found": _pct(c.baseline_found_correct, c.anchored_found),
        "ordering_accuracy_of_found": _pct(c.pairs_correct, c.pairs_found),
        "text_order_accuracy_of_found": _pct(c.text_order_found_correct, c.pairs_found),
        "anchoring_by_basis": {k: list(v) for k, v in sorted(c.by_basis.items())},
    }


def score_document(
    doc: TimeMLDocument, events: Sequence[Event], expressions: Sequence[TimeExpression]
) -> Counts:
    """Counts for one document; ``events`` in timeline order (time-sorted), as the system built."""
    c = Counts(documents=1, gold_events=len(doc.events), system_events=len(events))
    alignment = align(doc, events)
    gold_by_eid = {e.eid: e for e in doc.events}
    instance_of = {i.eid: i.attributes for i in doc.instances}
    c.matched = len(alignment)
    negatives = sum(i.attributes.get("polarity") == "NEG" for i in doc.instances)
    # Some AQUAINT files mark nearly every instance NEG (an annotation artifact): skip those.
    polarity_reliable = 2 * negatives < len(doc.instances)
    for eid, i in alignment.items():
        gold, trigger = gold_by_eid[eid], events[i].trigger
        c.matched_exact += (trigger.start, trigger.end) == (gold.start, gold.end)
        c.class_correct += events[i].event_class == gold.event_class
        attributes = instance_of.get(eid, {})
        gold_tense = GOLD_TENSES.get(attributes.get("tense", "NONE"), "none")
        c.tense_correct += events[i].tense == gold_tense
        if polarity_reliable:
            c.polarity_scored += 1
            c.polarity_correct += events[i].polarity == attributes.get("polarity", "POS")

    anchors, c.anchored_skipped = gold_anchors(doc)
    c.anchored = len(anchors)
    dct_interval = value_interval(doc.dct_value or "") if doc.dct_value else None
    own: list[tuple[int, tuple[dt.date, dt.date] | None]] = [
        (e.span.start, (e.interval.earliest, e.interval.latest)) for e in expressions
        if e.type == "DATE" and e.interval.earliest and e.interval.latest]
    gold_dates = [(t.start, value_interval(t.value)) for t in doc.timexes if t.type == "DATE"]
    for anchor in anchors:
        found = alignment.get(anchor.eid)
        if found is not None:
            c.anchored_found += 1
            time = events[found].time
            ok = anchor_holds(anchor, time)
            c.anchored_correct += ok
            totals = c.by_basis.setdefault(time.basis, [0, 0])
            totals[0] += 1
            totals[1] += ok
        if dct_interval is None:
            continue
        for source, counter in ((own, "baseline_correct"), (gold_dates, "gold_baseline_correct")):
            guess = baseline_interval(anchor.start, doc.text, source, dct_interval)
            if guess is not None and _inside(guess[0], guess[1], anchor.interval):
                setattr(c, counter, getattr(c, counter) + 1)
                c.baseline_found_correct += counter == "baseline_correct" and found is not None
        c.dct_baseline_correct += _inside(dct_interval[0], dct_interval[1], anchor.interval)

    for pair in gold_pairs(doc):
        c.pairs += 1
        first, second = alignment.get(pair.first), alignment.get(pair.second)
        a, b = gold_by_eid.get(pair.first), gold_by_eid.get(pair.second)
        if a is not None and b is not None:
            c.text_order_correct += a.start < b.start
        if first is not None and second is not None:
            c.pairs_found += 1
            c.pairs_correct += first < second
            c.text_order_found_correct += a is not None and b is not None and a.start < b.start
    return c


def evaluate(
    documents: Iterable[TimeMLDocument],
    run: Callable[[TimeMLDocument], tuple[Sequence[Event], Sequence[TimeExpression]]],
) -> Counts:
    """Run the system on every document and add up the counts."""
    total = Counts()
    for doc in documents:
        events, expressions = run(doc)
        total.add(score_document(doc, events, expressions))
    return total
