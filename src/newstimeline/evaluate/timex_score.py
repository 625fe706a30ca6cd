"""TempEval-3 scoring of time expressions: span P/R/F1 (strict and relaxed), type and value.

Conventions follow the TempEval-3 scorer: a *relaxed* match is any overlap of the two spans, a
*strict* match the same span; each gold expression pairs with at most one system expression.
Type and value accuracy are counted over the relaxed pairs, and value F1 is relaxed F1 times value
accuracy (the attribute F1 of TempEval-3). Gold expressions with no text (TimeML's empty anchors)
cannot be found by any tagger and are left out.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from newstimeline.evaluate.measures import harmonic_f1, ratio
from newstimeline.evaluate.timeml import TimeMLDocument


@dataclass(frozen=True, slots=True)
class Timex:
    """One time expression to score: span into the raw text, TIMEX3 type and value."""

    start: int
    end: int
    text: str
    type: str
    value: str


Tagger = Callable[[str, dt.date], Sequence[Timex]]


@dataclass(frozen=True, slots=True)
class Pair:
    gold: Timex
    system: Timex

    @property
    def strict(self) -> bool:
        return (self.gold.start, self.gold.end) == (self.system.start, self.system.end)


@dataclass(slots=True)
class DocumentResult:
    """Matching of one document's gold and system expressions."""

    doc_id: str
    pairs: list[Pair] = field(default_factory=list)
    misses: list[Timex] = field(default_factory=list)
    false_positives: list[Timex] = field(default_factory=list)


def _overlap(a: Timex, b: Timex) -> int:
    return min(a.end, b.end) - max(a.start, b.start)


def match(gold: Sequence[Timex], system: Sequence[Timex], doc_id: str = "") -> DocumentResult:
    """Pair gold and system expressions one to one: exact spans first, then the largest overlaps."""
    gold = [g for g in gold if g.end > g.start]
    result = DocumentResult(doc_id)
    free_gold = set(range(len(gold)))
    free_system = set(range(len(system)))
    exact = {(s.start, s.end): j for j, s in reversed(list(enumerate(system)))}
    for i, g in enumerate(gold):
        j = exact.get((g.start, g.end))
        if j is not None and j in free_system:
            result.pairs.append(Pair(g, system[j]))
            free_gold.discard(i)
            free_system.discard(j)
    candidates = sorted(
        (-_overlap(gold[i], system[j]), gold[i].start, system[j].start, i, j)
        for i in free_gold for j in free_system if _overlap(gold[i], system[j]) > 0
    )
    for _, _, _, i, j in candidates:
        if i in free_gold and j in free_system:
            result.pairs.append(Pair(gold[i], system[j]))
            free_gold.discard(i)
            free_system.discard(j)
    result.pairs.sort(key=lambda p: p.gold.start)
    result.misses = [gold[i] for i in sorted(free_gold)]
    result.false_positives = [system[j] for j in sorted(free_system)]
    return result


@dataclass(slots=True)
class Scores:
    """Counts summed over documents, and the TempEval-3 figures computed from them (0-100)."""

    gold: int = 0
    system: int = 0
    strict: int = 0
    relaxed: int = 0
    type_correct: int = 0
    value_correct: int = 0

    def add(self, result: DocumentResult) -> None:
        self.gold += len(result.pairs) + len(result.misses)
        self.system += len(result.pairs) + len(result.false_positives)
        self.relaxed += len(result.pairs)
        self.strict += sum(p.strict for p in result.pairs)
        self.type_correct += sum(p.gold.type == p.system.type for p in result.pairs)
        self.value_correct += sum(p.gold.value == p.system.value for p in result.pairs)

    def figures(self) -> dict[str, float]:
        """Precision, recall and F1 (strict, relaxed), type/value accuracy and F1, in percent."""
        out: dict[str, float] = {}
        for kind, hits in (("strict", self.strict), ("relaxed", self.relaxed)):
            p, r = ratio(hits, self.system), ratio(hits, self.gold)
            out[f"{kind}_precision"], out[f"{kind}_recall"] = 100 * p, 100 * r
            out[f"{kind}_f1"] = 100 * harmonic_f1(p, r)
        type_accuracy = ratio(self.type_correct, self.relaxed)
        value_accuracy = ratio(self.value_correct, self.relaxed)
        out["type_accuracy"] = 100 * type_accuracy
        out["value_accuracy"] = 100 * value_accuracy
        out["type_f1"] = out["relaxed_f1"] * type_accuracy
        out["value_f1"] = out["relaxed_f1"] * value_accuracy
        return out


def gold_timexes(document: TimeMLDocument) -> list[Timex]:
    """The document's gold TIMEX3 expressions (the DCT is outside ``<TEXT>`` and not among them)."""
    return [Timex(t.start, t.end, t.text, t.type, t.value) for t in document.timexes]


def newstimeline_tagger(text: str, dct: dt.date) -> list[Timex]:
    """This project's tagger, as a scoring ``Tagger``."""
    from newstimeline.timex import tag

    return [Timex(e.span.start, e.span.end, e.span.text, e.type, e.value) for e in tag(text, dct)]


def evaluate(documents: Iterable[TimeMLDocument], tagger: Tagger = newstimeline_tagger,
             ) -> tuple[Scores, list[DocumentResult]]:
    """Run ``tagger`` on each document's raw text with its DCT and score it against the gold."""
    scores = Scores()
    results: list[DocumentResult] = []
    for document in documents:
        if document.dct is None:
            raise ValueError(f"{document.path}: no DCT to resolve against")
        result = match(gold_timexes(document), tagger(document.text, document.dct),
                       document.doc_id)
        scores.add(result)
        results.append(result)
    return scores, results


def format_figures(scores: Scores, documents: int) -> str:
    """The figures as a small plain-text table."""
    f = scores.figures()
    lines = [
        f"documents: {documents}   gold: {scores.gold}   system: {scores.system}",
        f"{'':10}{'P':>8}{'R':>8}{'F1':>8}",
        *(f"{kind:10}{f[kind + '_precision']:8.1f}{f[kind + '_recall']:8.1f}{f[kind + '_f1']:8.1f}"
          for kind in ("strict", "relaxed")),
        f"type accuracy  {f['type_accuracy']:5.1f}   type F1  {f['type_f1']:5.1f}",
        f"value accuracy {f['value_accuracy']:5.1f}   value F1 {f['value_f1']:5.1f}",
    ]
    return "\n".join(lines)


def _show(t: Timex) -> str:
    return f"{t.start}-{t.end} {t.text!r} {t.type} {t.value}"


def format_errors(results: Iterable[DocumentResult]) -> str:
    """One line per miss, false positive, wrong span, wrong type and wrong value."""
    lines: list[str] = []
    for result in results:
        for miss in result.misses:
            lines.append(f"{result.doc_id}\tMISS\t{_show(miss)}")
        for fp in result.false_positives:
            lines.append(f"{result.doc_id}\tFALSE\t{_show(fp)}")
        for pair in result.pairs:
            g, s = pair.gold, pair.system
            if not pair.strict:
                lines.append(f"{result.doc_id}\tSPAN\tgold {_show(g)}\tsystem {_show(s)}")
            if g.value != s.value:
                lines.append(f"{result.doc_id}\tVALUE\tgold {_show(g)}\tsystem {s.value}")
            elif g.type != s.type:
                lines.append(f"{result.doc_id}\tTYPE\tgold {_show(g)}\tsystem {s.type}")
    return "\n".join(lines)
