"""Cross-document event coreference and date reconciliation.

Two events from different documents are one happening when all of these hold:

1. *same kind*: their trigger lemmas are equal or belong to one class of near-synonyms
   ("unveiled" / "introduced" / "launch"), light verbs ("came", "made") excepted;
2. *compatible times*: their intervals intersect, or miss each other by at most
   ``TIME_TOLERANCE_DAYS`` (stories a day apart may disagree; the conflict is then recorded); an
   open bound is compatible with anything;
   an undated past event counts as lying within ``STORY_WINDOW_DAYS`` before its story;
3. *same story*: the content words of their summaries overlap by at least ``MIN_SUMMARY_OVERLAP``
   (Jaccard), or they share a participant (actor) and at least ``MIN_SHARED_WORDS`` content
   words — the latter not for two reports of speech, which are one only if what was said is
   (a report's words are those of what it says, without its speaker; two reports that state
   figures, none the same, are two statements).

Events are clustered by these pairwise links, never putting two events of one document together,
never joining groups whose intervals so far are incompatible, and only when the groups' first
events link as well (so a chain of links cannot drift from one happening to another). A merged
event keeps every mention as a source with the time that source gave it; its time is the
intersection of its sources' intervals, and a disagreement is recorded.

Only pairs that share a block (kind x rare summary word or actor x time bin) are compared, so the
work grows with the number of events, not with its square (see ``clusters`` and
docs/merging.md).
"""

from __future__ import annotations

import bisect
import datetime as dt
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from newstimeline.models import Event, EventSource, EventTime, Precision

# How far apart two sources' intervals may be and still tell of one event (with a conflict).
TIME_TOLERANCE_DAYS = 1
# What a story tells without a date happened, as a rule, within this many days before it: an
# undated past event ("Apple unveiled ...", open start) is compared as if it began here.
STORY_WINDOW_DAYS = 180
# Verbs too light to identify a happening by themselves ("the announcement came", "made").
LIGHT_VERBS: frozenset[str] = frozenset({
    "come", "came", "make", "made", "take", "took", "taken", "have", "has", "had", "give", "gave",
    "given", "get", "got", "go", "went", "gone", "do", "did", "done", "hold", "held", "put",
    "set", "become", "became", "begin", "began", "begun", "reach", "reached", "be", "use", "used",
})  # fmt: skip
# Jaccard overlap of summary content words above which two same-kind events tell one story.
MIN_SUMMARY_OVERLAP = 0.25
# With a shared participant, this many shared content words suffice.
MIN_SHARED_WORDS = 2

# Irregular forms → lemma (regular -ed/-ing/-s forms are handled by rule).
IRREGULAR_LEMMAS: dict[str, str] = {
    "began": "begin", "begun": "begin", "bought": "buy", "built": "build", "came": "come",
    "died": "die", "death": "die", "fought": "fight", "gave": "give", "given": "give",
    "held": "hold", "left": "leave", "lost": "lose", "made": "make", "met": "meet",
    "paid": "pay", "said": "say", "sold": "sell", "spoke": "speak", "spoken": "speak",
    "stood": "stand", "told": "tell", "took": "take", "taken": "take", "went": "go",
    "won": "win", "wrote": "write", "written": "write", "underwent": "undergo",
    "undergone": "undergo", "resignation": "resign", "announcement": "announce",
    "introduction": "introduce", "release": "release", "sale": "sell", "sales": "sell",
    "launch": "launch", "lawsuit": "sue", "suit": "sue", "dies": "die", "dying": "die",
    "struck": "strike", "stricken": "strike", "shook": "shake", "shaken": "shake",
    "hitting": "hit",
}  # fmt: skip
# Classes of near-synonymous event lemmas: one happening is reported with any of them.
LEMMA_CLASSES: tuple[frozenset[str], ...] = (
    frozenset({"unveil", "introduce", "announce", "launch", "present", "reveal", "debut",
               "release", "demo", "demonstrate", "show"}),
    frozenset({"resign", "quit", "step", "leave", "depart"}),
    frozenset({"die", "pass"}),
    frozenset({"sue", "file"}),
    frozenset({"buy", "acquire", "purchase"}),
    frozenset({"say", "tell", "state", "note", "add", "announce", "comment"}),
    # What a quake or a storm does to a place: "struck", "hit", "jolted", "rocked".
    frozenset({"strike", "hit", "jolt", "rock", "shake"}),
)
_STOP_WORDS = frozenset({
    "the", "a", "an", "of", "to", "in", "on", "at", "for", "and", "or", "but", "with", "by",
    "from", "its", "it", "his", "her", "their", "this", "that", "these", "those", "is", "was",
    "were", "are", "be", "been", "has", "have", "had", "as", "new", "which", "who", "will",
})  # fmt: skip
_WORD = re.compile(r"[^\W_]+", re.UNICODE)


def lemma(word: str) -> str:
    """A rough stem of an English event word ("introduced", "introducing", "introduce" →
    "introduc"): the irregular table first, then suffix rules, then one final "e" dropped."""
    w = word.lower().replace("_", " ").split(" ")[0]
    base = IRREGULAR_LEMMAS.get(w)
    if base is None:
        base = w
        for suffix, replacement in (("ied", "y"), ("ies", "y"), ("ing", ""), ("ed", ""),
                                    ("es", ""), ("s", "")):
            if w.endswith(suffix) and len(w) - len(suffix) >= 3 and not w.endswith("ss"):
                base = w[: len(w) - len(suffix)] + replacement
                break
    return base[:-1] if base.endswith("e") and len(base) > 3 else base


_CLASS_OF: dict[str, int] = {lemma(w): i for i, cls in enumerate(LEMMA_CLASSES) for w in cls}


def same_kind(a: str, b: str) -> bool:
    """Trigger words of one kind of happening: equal lemmas or one synonym class (light verbs
    such as "came" or "made" never identify a happening)."""
    if a.lower() in LIGHT_VERBS or b.lower() in LIGHT_VERBS:
        return False
    la, lb = lemma(a), lemma(b)
    return la == lb or (la in _CLASS_OF and _CLASS_OF.get(la) == _CLASS_OF.get(lb))


# A figure as a report states it ("46", "50.1", "4,800").
_FIGURE = re.compile(r"\d+(?:[.,]\d+)*")


def said(event: Event) -> str:
    """What a report of speech says: its summary after the speaker and the verb ("Local
    authorities said: At least 21 people were killed" → "At least 21 people were killed");
    any other event's whole summary. Two reports are one only if what was said is, whoever
    said it (the speaker's name repeats across the reports of one story)."""
    if event.event_class == "REPORTING":
        marker = event.summary.find(": ")
        if marker >= 0:
            return event.summary[marker + 2:]
        # A report summarized by its clause ("Officials said schools will reopen"): what
        # follows its verb.
        verb = event.summary.find(f" {event.trigger.text} ")
        if verb >= 0:
            return event.summary[verb + len(event.trigger.text) + 2:]
    return event.summary


def report_figures(event: Event) -> frozenset[str]:
    """The figures a report of speech states ("46", "50.1"); none for other events."""
    if event.event_class != "REPORTING":
        return frozenset()
    return frozenset(_FIGURE.findall(said(event)))


def content_words(text: str) -> frozenset[str]:
    """Lowercased words of a summary without stop words and numbers-only tokens."""
    return frozenset(w.lower() for w in _WORD.findall(text)
                     if w.lower() not in _STOP_WORDS and not w.isdigit() and len(w) > 1)


Bounds = tuple[dt.date | None, dt.date | None]


def _intersect(a: Bounds, b: Bounds) -> Bounds:
    low = max((d for d in (a[0], b[0]) if d is not None), default=None)
    high = min((d for d in (a[1], b[1]) if d is not None), default=None)
    return low, high


def _compatible(bounds: Bounds) -> bool:
    low, high = bounds
    return low is None or high is None or low - high <= dt.timedelta(days=TIME_TOLERANCE_DAYS)


def _bounds(time: EventTime) -> Bounds:
    if time.relation == "undated":
        return (None, None)
    if time.earliest is None and time.latest is not None and time.basis in {"tense", "reporting"}:
        return (time.latest - dt.timedelta(days=STORY_WINDOW_DAYS), time.latest)
    return (time.earliest, time.latest)


def times_compatible(a: EventTime, b: EventTime) -> bool:
    """Whether two intervals can hold one event (open bounds are compatible with anything)."""
    return _compatible(_intersect(_bounds(a), _bounds(b)))


@dataclass(frozen=True, slots=True)
class Link:
    """Why two events were judged one: the evidence each feature gave."""

    same_kind: bool
    reports: bool
    """Both are acts of saying: then only what was said can make them one."""
    other_figures: bool
    """Both are reports stating figures, none the same ("21 killed", "more than 200 injured"):
    two statements, not one."""
    shared_actors: int
    overlap: float
    shared_words: int
    compatible: bool

    @property
    def corefer(self) -> bool:
        return self.same_kind and self.compatible and not self.other_figures and (
            self.overlap >= MIN_SUMMARY_OVERLAP
            or (not self.reports and self.shared_actors > 0
                and self.shared_words >= MIN_SHARED_WORDS))


def link(a: Event, b: Event,
         words: tuple[frozenset[str], frozenset[str]] | None = None) -> Link:
    """The coreference features of two events (``words``: their summaries' content words, if
    already computed)."""
    words_a, words_b = words or (content_words(said(a)), content_words(said(b)))
    union = words_a | words_b
    shared = words_a & words_b
    figures_a, figures_b = report_figures(a), report_figures(b)
    return Link(
        same_kind=same_kind(a.trigger.text, b.trigger.text),
        reports=a.event_class == b.event_class == "REPORTING",
        other_figures=bool(figures_a and figures_b and figures_a.isdisjoint(figures_b)),
        shared_actors=len(set(a.actors) & set(b.actors)),
        overlap=len(shared) / len(union) if union else 0.0,
        shared_words=len(shared),
        compatible=times_compatible(a.time, b.time),
    )


def corefer(a: Event, b: Event) -> bool:
    """Whether two events of different documents are one happening."""
    return a.document != b.document and link(a, b).corefer


def kind_key(word: str) -> tuple[int, str] | None:
    """The blocking key of a trigger: two triggers are of one kind (``same_kind``) exactly when
    their keys are equal and not None (None: a light verb, which never identifies a happening)."""
    if word.lower() in LIGHT_VERBS:
        return None
    stem = lemma(word)
    cls = _CLASS_OF.get(stem)
    return (1, str(cls)) if cls is not None else (0, stem)


@dataclass(slots=True)
class MergeWork:
    """What a merge cost, counted rather than timed (the tests pin that it grows linearly)."""

    offered: int = 0
    """Later events offered to events by their blocks."""
    candidates: int = 0
    """Offered pairs from two documents with compatible times."""
    links: int = 0
    """Evaluations of the coreference test (candidate pairs not yet grouped, and their groups'
    first events)."""


@dataclass(frozen=True, slots=True)
class Features:
    """What the coreference test reads of one event, computed once (``event_features``)."""

    document: str
    kind: tuple[int, str] | None
    words: frozenset[str]
    actors: frozenset[str]
    reporting: bool
    figures: frozenset[str]
    """``report_figures``: a report's figures (none for other events)."""
    low: int
    high: int
    """Interval bounds as day ordinals; an open bound is ``_OPEN_LOW``/``_OPEN_HIGH``."""


_OPEN_LOW, _OPEN_HIGH = -(10**9), 10**9
_TOLERANCE = TIME_TOLERANCE_DAYS


@dataclass(slots=True)
class FeatureCache:
    """Equal feature parts stored once: a large archive repeats documents, kinds, actor lists
    and, in wire copy, whole summaries."""

    documents: dict[str, str] = field(default_factory=dict)
    kinds: dict[tuple[int, str] | None, tuple[int, str] | None] = field(default_factory=dict)
    words: dict[frozenset[str], frozenset[str]] = field(default_factory=dict)
    actors: dict[frozenset[str], frozenset[str]] = field(default_factory=dict)


def event_features(event: Event, shared: FeatureCache) -> Features:
    """What the coreference test reads of ``event`` (parts equal to earlier ones are shared)."""
    low, high = _bounds(event.time)
    kind = kind_key(event.trigger.text)
    words = content_words(said(event))
    actors = frozenset(event.actors)
    return Features(
        document=shared.documents.setdefault(event.document, event.document), kind=shared.kinds.setdefault(kind, kind),
        words=shared.words.setdefault(words, words), actors=shared.actors.setdefault(actors, actors),
        reporting=event.event_class == "REPORTING", figures=report_figures(event),
        low=low.toordinal() if low else _OPEN_LOW, high=high.toordinal() if high else _OPEN_HIGH)


def _fits(a: Features, b: Features) -> bool:
    """``times_compatible`` on precomputed ordinals (open bounds never constrain)."""
    return max(a.low, b.low) - min(a.high, b.high) <= _TOLERANCE


def _links(a: Features, b: Features) -> bool:
    """``link(a, b).corefer`` on precomputed features (same decision, no re-parsing)."""
    if a.kind is None or a.kind != b.kind or not _fits(a, b):
        return False
    if a.figures and b.figures and a.figures.isdisjoint(b.figures):
        return False  # (only reports have figures: two statements of other figures)
    shared = len(a.words & b.words)
    union = len(a.words) + len(b.words) - shared
    if union and shared / union >= MIN_SUMMARY_OVERLAP:
        return True
    return (not (a.reporting and b.reporting) and shared >= MIN_SHARED_WORDS
            and not a.actors.isdisjoint(b.actors))


# Blocking (see docs/merging.md): every pair that can corefer shares a block, so only pairs
# within blocks are compared. A block is a trigger kind with one summary word from the event's
# rarest words (a prefix: two summaries overlapping by MIN_SUMMARY_OVERLAP share one of them)
# or with one actor; inside a block, events are binned by time.
BIN_DAYS = 64
"""Width of a time bin; an event is filed in every bin its interval (plus tolerance) touches."""
WIDE_BINS = 8
"""An interval over more bins than this (or with an open bound) is filed as wide."""
MAX_SCAN = 64
"""How many later members of each block list an event is offered (in input order)."""
MAX_JUDGED = 48
"""At most this many of those are judged with the coreference test per event, skipping the ones
already in its group (or in a group with one of its documents): merging stays linear however
many same-kind, same-period events share words. Only template-like text reaches these bounds
(the trial data and the seed stay far below); there a later event beyond them is not compared."""


@dataclass(slots=True)
class _Block:
    """The members of one block, in input order: by time bin, the wide ones, and all."""

    binned: dict[int, list[int]]
    wide: list[int]
    everyone: list[int]


def _bins(f: Features) -> range | None:
    """The time bins of a narrow interval, None for a wide one (empty for an impossible one)."""
    if f.low == _OPEN_LOW or f.high == _OPEN_HIGH:
        return None
    first, last = f.low // BIN_DAYS, (f.high + _TOLERANCE) // BIN_DAYS
    return None if last - first + 1 > WIDE_BINS else range(first, last + 1)


def _block_keys(f: Features, order: dict[str, int]) -> list[tuple[object, ...]]:
    """The blocks of an event; ``order`` ranks words from rarest to commonest."""
    if f.kind is None:
        return []
    words = sorted(f.words, key=lambda w: (order[w], w))
    required = max(1, math.floor(MIN_SUMMARY_OVERLAP * len(words)))  # shared words J >= t needs
    keys: list[tuple[object, ...]] = [(f.kind, "word", w) for w in words[:len(words) - required + 1]]
    # Two reports of speech never link through an actor: a report looks only at the others.
    group = "not reports" if f.reporting else "all"
    keys.extend((f.kind, "actor", a, group) for a in sorted(f.actors))
    return keys


def _filing_keys(f: Features, order: dict[str, int]) -> list[tuple[object, ...]]:
    """The blocks an event is filed in: its word blocks, and its actors' blocks."""
    keys = [k for k in _block_keys(f, order) if k[1] == "word"]
    for actor in sorted(f.actors):
        keys.append((f.kind, "actor", actor, "all"))
        if not f.reporting:
            keys.append((f.kind, "actor", actor, "not reports"))
    return keys


class _Blocks:
    """The blocks of a set of events, and what each event is offered from them."""

    def __init__(self, features: Sequence[Features]) -> None:
        frequency: dict[str, int] = {}
        for f in features:
            for word in f.words:
                frequency[word] = frequency.get(word, 0) + 1
        self.order = {w: n for n, (w, _) in enumerate(
            sorted(frequency.items(), key=lambda item: (item[1], item[0])))}
        self.features = features
        self.bins = [_bins(f) for f in features]
        self.blocks: dict[tuple[object, ...], _Block] = {}
        for i, f in enumerate(features):
            bins = self.bins[i]
            for key in _filing_keys(f, self.order):
                block = self.blocks.get(key)
                if block is None:
                    block = self.blocks[key] = _Block({}, [], [])
                block.everyone.append(i)
                if bins is None:
                    block.wide.append(i)
                else:
                    for b in bins:
                        block.binned.setdefault(b, []).append(i)

    def offered(self, i: int) -> list[int]:
        """The later events offered to event ``i``: from each of its block lists (the wide
        events and its time bins', or every member for a wide event), the next ``MAX_SCAN``
        after it; in input order."""
        offered: set[int] = set()
        bins = self.bins[i]
        for key in _block_keys(self.features[i], self.order):
            block = self.blocks.get(key)
            if block is None:
                continue
            lists = [block.everyone] if bins is None else (
                [block.wide, *(block.binned.get(b, ()) for b in bins)])
            for members in lists:
                start = bisect.bisect_right(members, i)
                offered.update(members[start:start + MAX_SCAN])
        return sorted(offered)


def clusters(events: Sequence[Event], work: MergeWork | None = None) -> list[list[int]]:
    """Indices of events grouped by coreference (single link, one event per document per group).

    Each event is compared, in input order, with the later events its blocks offer; ``work``,
    if given, counts what that cost.
    """
    shared = FeatureCache()
    return feature_clusters([event_features(e, shared) for e in events], work)


def feature_clusters(features: Sequence[Features],
                     work: MergeWork | None = None) -> list[list[int]]:
    """``clusters`` of events given by their features (``event_features``), so that a caller
    need not hold the events themselves."""
    blocks = _Blocks(features)
    parent = list(range(len(features)))
    # Only groups of two or more events have an entry: a lone event's documents are its own
    # document, its bounds its own (a set and a tuple per event would cost more than the rest).
    documents: dict[int, set[str]] = {}
    bounds: dict[int, tuple[int, int]] = {}
    work = work if work is not None else MergeWork()

    def group_bounds(root: int) -> tuple[int, int]:
        found = bounds.get(root)
        if found is None:
            f = features[root]
            return f.low, f.high
        return found

    def disjoint(ri: int, rj: int) -> bool:
        di, dj = documents.get(ri), documents.get(rj)
        if di is None:
            return features[ri].document not in dj if dj is not None else (
                features[ri].document != features[rj].document)
        if dj is None:
            return features[rj].document not in di
        return di.isdisjoint(dj)

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, f in enumerate(features):
        offered = blocks.offered(i)
        work.offered += len(offered)
        judged = 0
        for j in offered:
            g = features[j]
            # Pairs that cannot corefer whatever the groups are (same document, times apart).
            if g.document == f.document or max(f.low, g.low) - min(f.high, g.high) > _TOLERANCE:
                continue
            work.candidates += 1
            ri, rj = find(i), find(j)
            if ri == rj or not disjoint(ri, rj):
                continue
            judged += 1
            if judged > MAX_JUDGED:
                break
            work.links += 1
            if not _links(f, g):
                continue
            if (ri, rj) != (i, j):
                work.links += 1
                if not _links(features[ri], features[rj]):
                    continue  # the groups' first events must agree too: no drifting chains
            # The groups' intersection, on day ordinals (open bounds are the far sentinels, so
            # max/min and the tolerance test agree with _intersect and _compatible on dates).
            (low_i, high_i), (low_j, high_j) = group_bounds(ri), group_bounds(rj)
            joined = max(low_i, low_j), min(high_i, high_j)
            if joined[0] - joined[1] > _TOLERANCE:
                continue
            parent[rj] = ri
            # Keep the larger set and add the smaller one to it: linear in total, not quadratic.
            big = documents.pop(ri, None) or {features[ri].document}
            small = documents.pop(rj, None) or {features[rj].document}
            if len(big) < len(small):
                big, small = small, big
            big |= small
            documents[ri] = big
            bounds.pop(rj, None)
            bounds[ri] = joined
    groups: dict[int, list[int]] = {}
    for i in range(len(features)):
        groups.setdefault(find(i), []).append(i)
    return sorted(groups.values())


def source_of(event: Event) -> EventSource:
    """One mention of a merged event: where it is and how its document dated it."""
    return EventSource(document=event.document, event_id=event.id, trigger=event.trigger,
                       sentence=event.sentence, time=event.time)


_PRECISION_RANK = {p: i for i, p in enumerate(Precision)}
_BASIS_RANK = {"expression": 0, "discourse": 1, "reporting": 2, "tense": 3, "none": 4}


def reconcile(times: Sequence[EventTime]) -> tuple[EventTime, list[str]]:
    """One time from the sources' times: their intersection, or the best source and the conflict."""
    known = [t for t in times if t.relation != "undated"]
    if not known:
        return times[0], []
    best = min(known, key=lambda t: (_BASIS_RANK[t.basis], _PRECISION_RANK[t.precision]))
    earliest = max((t.earliest for t in known if t.earliest is not None), default=None)
    latest = min((t.latest for t in known if t.latest is not None), default=None)
    if earliest is not None and latest is not None and earliest > latest:
        conflict = ("sources disagree: " + "; ".join(sorted({
            f"[{_day(t.earliest)}, {_day(t.latest)}] ({t.basis})" for t in known}))
            + f"; kept the {best.basis} evidence")
        return best, [conflict]
    if len(known) == 1 or (earliest == best.earliest and latest == best.latest):
        return best, []
    # A source that places the event within its interval makes the intersection a placement too.
    placed = any(t.relation == "on" for t in known) and earliest is not None and latest is not None
    value = best.value
    if value and len(value) == 10 and value[4] == "-" and value[:4].isdigit():
        day = dt.date.fromisoformat(value)  # a source's own day must stay inside the narrowed span
        if latest is not None and day > latest:
            value = latest.isoformat()
        elif earliest is not None and day < earliest:
            value = earliest.isoformat()
    narrowed = best.model_copy(update={
        "value": value, "earliest": earliest, "latest": latest,
        "relation": "on" if placed else best.relation,
        "explanation": f"{best.explanation}; narrowed by {len(known) - 1} other source(s) "
                       f"to [{_day(earliest)}, {_day(latest)}]",
    })
    return narrowed, []


def _day(day: dt.date | None) -> str:
    return day.isoformat() if day else "open"


def merge_group(members: Sequence[Event]) -> Event:
    """One event from the members of a group (in input order): the best-dated mention, first
    in input order among equals, gives the summary; every member is a source."""
    head = min(enumerate(members), key=lambda pair: (_BASIS_RANK[pair[1].time.basis], pair[0]))[1]
    time, conflicts = reconcile([m.time for m in members])
    actors = list(dict.fromkeys(a for m in members for a in m.actors))
    return head.model_copy(update={
        "time": time, "actors": actors, "sources": [source_of(m) for m in members],
        "conflicts": conflicts,
    })


def merge_events(events: Sequence[Event]) -> list[Event]:
    """Events of many documents with coreferent ones merged; the first mention gives the summary."""
    return [merge_group([events[i] for i in group]) for group in clusters(events)]
