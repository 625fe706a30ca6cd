"""Temporal-awareness F1 of entity timelines (SemEval-2015 TimeLine format), as issue 5 defines it.

A timeline file holds the entity on its first line, then ``ORDER<TAB>DATE<TAB>MENTION...`` lines,
a MENTION being ``DOCID-SENTENCE-word``. Each timeline becomes a graph of mentions and dates:

* *reduced* relations — the mentions of one order rank chained SIMULTANEOUS in the order they are
  listed (each pair stored sorted, so direction does not matter), the last mention of each rank
  BEFORE the first of the next rank, every dated mention IS_INCLUDED in its date string; order 0
  carries no order relation;
* *closure* — every pairwise SIMULTANEOUS/BEFORE the ranks imply, plus the date inclusions.

Precision is the share of system reduced relations found in the gold closure, recall the share of
gold reduced relations found in the system closure; counts are summed over timelines (micro).
Chaining in listed order (not re-sorted) reproduces the issue's DCT-oracle figure (52.96 ≈ 53.0).
A mention listed twice in one rank counts once there; date accuracy counts each gold entry.
Mention words are compared in lower case, as the task's gold files write them.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from itertools import pairwise
from pathlib import Path

from newstimeline.evaluate.measures import harmonic_f1, ratio

Relation = tuple[str, str, str]
"""(type, a, b): ("SIMULTANEOUS", m1, m2) with m1 < m2, ("BEFORE", m1, m2), ("IS_INCLUDED", m, date)."""

UNKNOWN_DATE = "XXXX-XX-XX"


class TimelineFormatError(ValueError):
    """A timeline file that does not follow the task format."""


@dataclass(frozen=True, slots=True)
class Entry:
    """One line of a timeline: an order rank, a date string and the mentions of one event."""

    order: int
    date: str
    mentions: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class EntityTimeline:
    """An entity and its timeline entries, in file order."""

    entity: str
    entries: tuple[Entry, ...]

    def mention_entries(self) -> list[tuple[str, int, str]]:
        """(mention, order, date) for every mention of every line, in file order."""
        return [(m, e.order, e.date) for e in self.entries for m in e.mentions]

    def mention_dates(self) -> dict[str, set[str]]:
        """Each mention's dates, mentions in first-listed order (a mention may be listed twice)."""
        result: dict[str, set[str]] = {}
        for mention, _, date in self.mention_entries():
            result.setdefault(mention, set()).add(date)
        return result


def normalize_date(value: str) -> str:
    """``YYYY-MM-DD`` with ``XX`` for unknown parts ("1976" → "1976-XX-XX"; "XXX-XX-XX" undated)."""
    parts = value.strip().split("-")
    parts += ["XX"] * (3 - len(parts))
    year, month, day = parts[:3]
    if not year.isdigit():
        return UNKNOWN_DATE
    month = month if month.isdigit() else "XX"
    day = day if day.isdigit() and month != "XX" else "XX"
    return f"{year.zfill(4)}-{month.zfill(2)}-{day.zfill(2)}"


def normalize_mention(mention: str) -> str:
    """``DOCID-SENTENCE-word`` with the word in lower case, as the task's gold files write it
    ("16900-2-Pre-orders" → "16900-2-pre-orders")."""
    document, sentence, word = [*mention.split("-", 2), "", ""][:3]
    if not sentence.isdigit() or not word:
        return mention
    return f"{document}-{sentence}-{word.lower()}"


def is_dated(date: str) -> bool:
    """Whether a normalized date string commits to at least a year."""
    return not date.startswith("XXXX")


def parse_timeline(text: str, source: str = "<string>") -> EntityTimeline:
    """Read one timeline in the task format."""
    lines = [line.rstrip("\r") for line in text.split("\n")]
    lines = [line for line in lines if line.strip()]
    if not lines:
        raise TimelineFormatError(f"{source}: empty timeline file (the first line must name the entity)")
    entries: list[Entry] = []
    for number, line in enumerate(lines[1:], start=2):
        fields = [f.strip() for f in line.split("\t") if f.strip()]
        if len(fields) < 3 or not fields[0].lstrip("-").isdigit():
            raise TimelineFormatError(f"{source}:{number}: expected ORDER<TAB>DATE<TAB>EVENT..., "
                                      f"got {line!r}")
        entries.append(Entry(int(fields[0]), normalize_date(fields[1]),
                             tuple(normalize_mention(m) for m in fields[2:])))
    return EntityTimeline(lines[0].strip(), tuple(entries))


def read_timeline(path: Path) -> EntityTimeline:
    """Parse a timeline file."""
    return parse_timeline(path.read_text(encoding="utf-8"), str(path))


def _ranks(timeline: EntityTimeline) -> list[list[str]]:
    """Mentions grouped by order rank (ranks ascending, order 0 left out), in listed order."""
    by_order: dict[int, dict[str, None]] = {}
    for mention, order, _ in timeline.mention_entries():
        if order > 0:
            by_order.setdefault(order, {})[mention] = None
    return [list(by_order[o]) for o in sorted(by_order)]


def _inclusions(timeline: EntityTimeline) -> set[Relation]:
    return {("IS_INCLUDED", mention, date)
            for mention, _, date in timeline.mention_entries() if is_dated(date)}


def _simultaneous(a: str, b: str) -> Relation:
    first, second = sorted((a, b))
    return ("SIMULTANEOUS", first, second)


def reduced_relations(timeline: EntityTimeline) -> set[Relation]:
    """The timeline's reduced graph: SIMULTANEOUS chains, rank-to-rank BEFORE, date inclusions."""
    relations = _inclusions(timeline)
    ranks = _ranks(timeline)
    for rank in ranks:
        relations.update(_simultaneous(a, b) for a, b in pairwise(rank))
    for earlier, later in pairwise(ranks):
        relations.add(("BEFORE", earlier[-1], later[0]))
    return relations


def closure(timeline: EntityTimeline) -> set[Relation]:
    """Every relation the ranks and dates imply."""
    relations = _inclusions(timeline)
    ranks = _ranks(timeline)
    for i, rank in enumerate(ranks):
        relations.update(_simultaneous(a, b) for j, a in enumerate(rank) for b in rank[j + 1:])
        for later in ranks[i + 1:]:
            relations.update(("BEFORE", a, b) for a in rank for b in later)
    return relations


@dataclass(slots=True)
class Counts:
    """Numerators and denominators of precision, recall and date accuracy."""

    system_relations: int = 0
    system_correct: int = 0
    gold_relations: int = 0
    gold_found: int = 0
    dated_found: int = 0
    dates_right: int = 0
    gold_dated: int = 0
    """Every dated gold entry, found or not: the denominator of the date accuracy over all."""

    def add(self, other: Counts) -> None:
        self.system_relations += other.system_relations
        self.system_correct += other.system_correct
        self.gold_relations += other.gold_relations
        self.gold_found += other.gold_found
        self.dated_found += other.dated_found
        self.dates_right += other.dates_right
        self.gold_dated += other.gold_dated

    @property
    def precision(self) -> float:
        return ratio(self.system_correct, self.system_relations)

    @property
    def recall(self) -> float:
        return ratio(self.gold_found, self.gold_relations)

    @property
    def f1(self) -> float:
        return harmonic_f1(self.precision, self.recall)


def score_timeline(gold: EntityTimeline, system: EntityTimeline | None) -> Counts:
    """Counts for one entity; a missing system timeline finds nothing."""
    system = system or EntityTimeline(gold.entity, ())
    gold_reduced, system_reduced = reduced_relations(gold), reduced_relations(system)
    gold_closure, system_closure = closure(gold), closure(system)
    counts = Counts(
        system_relations=len(system_reduced),
        system_correct=len(system_reduced & gold_closure),
        gold_relations=len(gold_reduced),
        gold_found=len(gold_reduced & system_closure),
    )
    system_dates = system.mention_dates()
    for mention, _, date in gold.mention_entries():
        counts.gold_dated += is_dated(date)
        if is_dated(date) and mention in system_dates:
            counts.dated_found += 1
            counts.dates_right += date in system_dates[mention]
    return counts


@dataclass(slots=True)
class RunScore:
    """Per-timeline counts and their micro-average."""

    per_timeline: dict[str, Counts] = field(default_factory=dict)
    total: Counts = field(default_factory=Counts)


def score_run(gold: Mapping[str, EntityTimeline],
              system: Mapping[str, EntityTimeline]) -> RunScore:
    """Score every gold timeline against the system timeline of the same name."""
    run = RunScore()
    for name in sorted(gold):
        counts = score_timeline(gold[name], system.get(name))
        run.per_timeline[name] = counts
        run.total.add(counts)
    return run


def read_timeline_dir(folder: Path) -> dict[str, EntityTimeline]:
    """Every ``*.txt`` timeline in a folder, keyed by file name."""
    return {p.name: read_timeline(p) for p in sorted(folder.glob("*.txt"))}


def format_table(rows: Iterable[tuple[str, RunScore]]) -> str:
    """A printable table: one block per run (per-timeline lines, then the micro-average)."""
    lines = [f"{'run':<10} {'timeline':<26} {'P':>6} {'R':>6} {'F1':>6}  {'sys':>5} {'gold':>5}  "
             "dates right/found/gold"]
    for label, run in rows:
        items = [*run.per_timeline.items(), ("MICRO", run.total)]
        for name, c in items:
            lines.append(
                f"{label:<10} {name:<26} {100 * c.precision:6.2f} {100 * c.recall:6.2f} "
                f"{100 * c.f1:6.2f}  {c.system_relations:5d} {c.gold_relations:5d}  "
                f"{c.dates_right}/{c.dated_found}/{c.gold_dated}")
    return "\n".join(lines)
