"""Which gold events the mention model misses, and which words it wrongly marks, by cause.

Run: python benchmarks/events_recall.py [GOLD_DIR] [--folds K] [--limit N] [--top N] [--anchored]
(default ../shared/data/tbaq; without --folds the shipped model is used, which was trained on
GOLD_DIR; with --folds K each fold is labelled by a model trained on the other folds, as in
``timeline eval events --folds K``).

The pipeline runs on each document as the scorer runs it (mentions mode, gold DCT). Every
missed gold ``<EVENT>`` is sorted into one cause, first that applies:
- ``before body``: in the headline/dateline the event stage skips (before the dateline's end);
- ``closed-class word`` / ``no letters``: a word the model never scores (``NEVER_EVENTS``);
- ``token taken``: its token already matched another gold event (two events in one token);
- ``below threshold by G``: scored, and the OUTSIDE score beat every event class by G
  (bucketed), so a lower threshold would find it.
Beside the causes: misses by gold class, by MAKEINSTANCE part of speech, multi-word spans,
inside quotes, and the most missed and most wrongly marked words. ``--anchored`` counts only the
gold events the anchoring measure scores (those linked to a DATE timex or the DCT).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from newstimeline.dateline import find_dateline
from newstimeline.evaluate.events_command import run_system
from newstimeline.evaluate.events_score import align, gold_anchors
from newstimeline.evaluate.timeml import GoldEvent, TimeMLDocument, read_corpus
from newstimeline.events.features import sentence_features
from newstimeline.events.mentions import QUOTES, near_time_words
from newstimeline.events.model import MentionModel, shipped_model
from newstimeline.models import Event
from newstimeline.text import Token, sentence_at, sentence_spans, tokens

GAP_BUCKETS = (1.0, 2.0, 4.0, 8.0, 16.0)


def _gap_label(gap: float) -> str:
    for bound in GAP_BUCKETS:
        if gap < bound:
            return f"below threshold by < {bound:g}"
    return f"below threshold by >= {GAP_BUCKETS[-1]:g}"


def outside_gap(model: MentionModel, toks: list[Token], i: int) -> float | None:
    """How far the OUTSIDE score (less the margin the model takes there: ``time_margin`` near a
    time word) beats the best event class at token ``i``; None when the token is never scored."""
    feats = sentence_features(toks)[i]
    if feats is None:
        return None
    scores = [0.0] * len(model.labels)
    for f in feats:
        vector = model.weights.get(f)
        if vector is not None:
            scores = [a + b for a, b in zip(scores, vector, strict=True)]
    near = near_time_words(toks)
    margin = model.time_margin if near is not None and near[i] and model.time_margin is not None \
        else model.outside_margin
    return scores[0] - margin - max(scores[1:])


def _in_quotes(text: str, start: int, sentence: tuple[int, int]) -> bool:
    before = text[sentence[0]:start]
    return sum(before.count(q) for q in QUOTES) % 2 == 1


def miss_cause(doc: TimeMLDocument, gold: GoldEvent, model: MentionModel, body_start: int,
               taken: bool) -> str:
    """One cause for one missed gold event."""
    if gold.start < body_start:
        return "before body (headline/dateline)"
    if taken:
        return "token taken (another gold event in the same token)"
    sentence = sentence_at(sentence_spans(doc.text), gold.start)
    toks = tokens(doc.text, *sentence)
    index = next((k for k, t in enumerate(toks) if t.start < gold.end and gold.start < t.end),
                 None)
    if index is None:
        return "no token"
    gap = outside_gap(model, toks, index)
    if gap is None:
        word = toks[index].lower
        return "no letters" if not any(c.isalpha() for c in word) else "closed-class word"
    return _gap_label(gap)


def analyse(documents: Sequence[TimeMLDocument], runs: Sequence[list[Event]],
            models: Sequence[MentionModel], top: int, anchored: bool = False) -> list[str]:
    causes: Counter[str] = Counter()
    by_class: Counter[str] = Counter()
    gold_by_class: Counter[str] = Counter()
    by_pos: Counter[str] = Counter()
    gold_by_pos: Counter[str] = Counter()
    missed_words: Counter[str] = Counter()
    false_words: Counter[str] = Counter()
    extra: Counter[str] = Counter()
    gold_total = found_total = system_total = 0
    for doc, events, model in zip(documents, runs, models, strict=True):
        alignment = align(doc, events)
        dateline = find_dateline(doc.text)
        body_start = dateline.span.end if dateline else 0
        pos_of = {i.eid: i.attributes.get("pos", "UNKNOWN") for i in doc.instances}
        matched_triggers = {(events[k].trigger.start, events[k].trigger.end)
                            for k in alignment.values()}
        spans = sentence_spans(doc.text)
        scored = doc.events
        if anchored:
            eids = {a.eid for a in gold_anchors(doc)[0]}
            scored = [e for e in doc.events if e.eid in eids]
        gold_total += len(scored)
        found_total += sum(e.eid in alignment for e in scored)
        system_total += len(events)
        for gold in scored:
            pos = pos_of.get(gold.eid, "UNKNOWN")
            gold_by_class[gold.event_class] += 1
            gold_by_pos[pos] += 1
            if gold.eid in alignment:
                continue
            taken = any(s < gold.end and gold.start < e for s, e in matched_triggers)
            causes[miss_cause(doc, gold, model, body_start, taken)] += 1
            by_class[gold.event_class] += 1
            by_pos[pos] += 1
            missed_words[gold.text.lower()] += 1
            if " " in gold.text.strip():
                extra["multi-word gold span"] += 1
            if _in_quotes(doc.text, gold.start, sentence_at(spans, gold.start)):
                extra["inside quotes"] += 1
        aligned = set(alignment.values())
        for k, event in enumerate(events):
            if k not in aligned:
                false_words[event.trigger.text.lower()] += 1
    missed = gold_total - found_total
    lines = [f"gold events {gold_total}, found {found_total} (recall "
             f"{100 * found_total / gold_total:.1f}%), missed {missed}" + (
                 "" if anchored else f"; system mentions {system_total}, unmatched "
                 f"{system_total - found_total} (precision "
                 f"{100 * found_total / max(system_total, 1):.1f}%)"), "", "missed by cause:"]
    lines += [f"{n:6d} {100 * n / missed:5.1f}%  {label}"
              for label, n in sorted(causes.items(), key=lambda kv: -kv[1])]
    lines += ["", "missed by gold class (missed / gold):"]
    lines += [f"{by_class[c]:6d} / {n:5d} {100 * by_class[c] / n:5.1f}%  {c}"
              for c, n in gold_by_class.most_common()]
    lines += ["", "missed by MAKEINSTANCE pos (missed / gold):"]
    lines += [f"{by_pos[p]:6d} / {n:5d} {100 * by_pos[p] / n:5.1f}%  {p}"
              for p, n in gold_by_pos.most_common()]
    lines += ["", "missed, also:"] + [f"{n:6d}  {label}" for label, n in extra.most_common()]
    lines += ["", f"most missed words (top {top}):",
              "  " + ", ".join(f"{w} {n}" for w, n in missed_words.most_common(top))]
    lines += ["", f"most wrongly marked words (top {top}):",
              "  " + ", ".join(f"{w} {n}" for w, n in false_words.most_common(top))]
    return lines


def main() -> None:
    default = Path(__file__).resolve().parents[1] / ".." / "shared" / "data" / "tbaq"
    parser = argparse.ArgumentParser()
    parser.add_argument("gold_dir", nargs="?", type=Path, default=default)
    parser.add_argument("--folds", type=int, default=0)
    parser.add_argument("--limit", type=int)
    parser.add_argument("--top", type=int, default=40)
    parser.add_argument("--anchored", action="store_true",
                        help="only the gold events the anchoring measure scores")
    args = parser.parse_args()
    documents = read_corpus(args.gold_dir)[:args.limit]
    if not documents:
        sys.exit(f"no .tml files under {args.gold_dir}")
    results: dict[str, tuple[list[Event], MentionModel]] = {}
    if args.folds >= 2:
        from newstimeline.events.train import fold_models, using_model

        for held_out, model in fold_models(documents, args.folds):
            with using_model(model):
                for d in held_out:
                    results[d.path] = (run_system(d)[0], model)
    else:
        for d in documents:
            results[d.path] = (run_system(d)[0], shipped_model())
    runs = [results[d.path][0] for d in documents]
    models = [results[d.path][1] for d in documents]
    for line in analyse(documents, runs, models, args.top, args.anchored):
        print(line)


if __name__ == "__main__":
    main()
