"""Why anchoring and ordering fail: every scored gold event and pair sorted into one cause.

Run: python benchmarks/events_errors.py [GOLD_DIR] [--folds K] [--limit N]
(default ../shared/data/tbaq; without --folds the shipped model is used, which was trained on
GOLD_DIR, so mentions are found more often than on unseen text; the rules are the same).

Anchoring causes: event not found; found but undated or an open range (by basis); bounded but
coarser than the gold value (wrong granularity); wrong day by rule (reporting, tense,
discourse, expression) split by whether the gold anchor is the DCT or a text timex, and for the
expression rule whether the attached expression is the gold one (wrong attachment) or not.
Ordering causes: pair not found; decided by time (right/wrong); tied (right/wrong), with
text order's verdict beside each. `--why` adds a breakdown of the wrong found pairs by why
(`ordering_why`): decided by time (two own dates in the wrong order, a before/after rank on one
date, a key borrowed from a neighbour), or tied (within a sentence or across sentences, broken by
an ordering word, the reports-last rule, the object rule or text order), with the two events'
bases and tenses.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from newstimeline.evaluate.events_command import run_system
from newstimeline.evaluate.events_score import align, event_date, gold_anchors, gold_pairs
from newstimeline.evaluate.timeml import TimeMLDocument, read_corpus
from newstimeline.events.order import _date_rank, _own_key, order_facts, sort_keys
from newstimeline.models import Event, TimeExpression


def anchoring_cause(doc: TimeMLDocument, anchor_start: int, anchor_end: int, gold: tuple,
                    to_dct: bool, event: Event | None) -> str:
    """One label for one anchored gold event."""
    if event is None:
        return "not found"
    time = event.time
    target = "dct" if to_dct else "timex"
    earliest, latest = event_date(time)
    if earliest is None or latest is None:
        return f"open/undated [{time.basis}] gold={target}"
    if gold[0] <= earliest <= latest <= gold[1]:
        return f"RIGHT [{time.basis}] gold={target}"
    if earliest <= gold[1] and gold[0] <= latest:
        return f"overlaps, too coarse/wide [{time.basis}] gold={target}"
    if time.basis == "expression" and time.expression is not None and not to_dct:
        gold_spans = [(t.start, t.end) for t in doc.timexes]
        same = any(s < time.expression.end and time.expression.start < e for s, e in gold_spans)
        return f"wrong day [expression; {'attached expr is a gold timex' if same else 'expr not gold'}] gold={target}"
    return f"wrong day [{time.basis}] gold={target}"


def ordering_why(first: Event, second: Event, key_first: tuple, key_second: tuple) -> str:
    """Why a found pair (gold: ``first`` before ``second``) got the order it did: what decided it."""
    own_first, own_second = _own_key(first), _own_key(second)
    if key_first != key_second:
        if own_first is None or own_second is None or own_first != key_first or own_second != key_second:
            how = "by time: a key borrowed from a neighbour (undated / tense range)"
        elif key_first[0] != key_second[0]:
            how = "by time: different dates"
        else:
            how = "by time: same date, before/on/after rank"
        bases = f"{first.time.basis}/{second.time.basis}"
    else:
        where = "same sentence" if first.sentence.start == second.sentence.start else "across sentences"
        facts_first, facts_second = order_facts(first), order_facts(second)
        ties_first = (facts_first.sentence, facts_first.hint, facts_first.with_reports)
        ties_second = (facts_second.sentence, facts_second.hint, facts_second.with_reports)
        if (ties_first[1] == -2) != (ties_second[1] == -2) or (
                where == "across sentences" and _date_rank(ties_first[1]) != _date_rank(ties_second[1])):
            bases = f"{first.time.basis}/{second.time.basis}"
            return f"tied {where}, broken by an ordering word for its whole date [{bases}]"
        object_rule = ((facts_first.verb_end == second.trigger.end and facts_second.earlier_objects)
                       or (facts_second.verb_end == first.trigger.end and facts_first.earlier_objects))
        if ties_first[0] != ties_second[0]:
            by = "text order (sentences)"
        elif ties_first[1] != ties_second[1]:
            by = "ordering word"
        elif ties_first[2] != ties_second[2]:
            by = "reports last"
        elif object_rule:
            by = "object of the verb before it"
        else:
            by = "text order"
        how = f"tied {where}, broken by {by}"
        bases = f"{first.time.basis}/{second.time.basis}"
    tenses = f"{first.tense}:{first.event_class[:4]} < {second.tense}:{second.event_class[:4]}"
    return f"{how} [{bases}] {tenses}"


def diagnose(documents: Sequence[TimeMLDocument],
             runs: Sequence[tuple[list[Event], list[TimeExpression]]]
             ) -> tuple[Counter[str], Counter[str], Counter[str]]:
    anchoring: Counter[str] = Counter()
    ordering: Counter[str] = Counter()
    why: Counter[str] = Counter()
    for doc, (events, _expressions) in zip(documents, runs, strict=True):
        alignment = align(doc, events)
        keys = sort_keys(events)
        anchors, _ = gold_anchors(doc)
        for a in anchors:
            found = alignment.get(a.eid)
            anchoring[anchoring_cause(doc, a.start, a.end, a.interval, a.to_dct,
                                      None if found is None else events[found])] += 1
        gold = {e.eid: e for e in doc.events}
        for pair in gold_pairs(doc):
            first, second = alignment.get(pair.first), alignment.get(pair.second)
            a_ev, b_ev = gold.get(pair.first), gold.get(pair.second)
            text_ok = a_ev is not None and b_ev is not None and a_ev.start < b_ev.start
            if first is None or second is None:
                ordering["not found"] += 1
                continue
            ka, kb = keys[first], keys[second]
            ok = first < second
            how = "tied" if ka == kb else "by time"
            bases = "/".join(sorted({events[first].time.basis, events[second].time.basis}))
            ordering[f"{how} {'RIGHT' if ok else 'wrong'} (text order {'right' if text_ok else 'wrong'})"] += 1
            ordering[f"  {how} {'RIGHT' if ok else 'wrong'} bases {bases}"] += 1
            a, b = events[first], events[second]
            label = ordering_why(a, b, ka, kb)
            why[f"{'RIGHT' if ok else 'wrong'} {label.split(' [')[0]}"] += 1
            if not ok:
                why[f"  wrong {label}"] += 1
    return anchoring, ordering, why


def main() -> None:
    default = Path(__file__).resolve().parents[1] / ".." / "shared" / "data" / "tbaq"
    parser = argparse.ArgumentParser()
    parser.add_argument("gold_dir", nargs="?", type=Path, default=default)
    parser.add_argument("--folds", type=int, default=0)
    parser.add_argument("--limit", type=int)
    parser.add_argument("--why", action="store_true",
                        help="also break the found pairs down by what decided their order")
    args = parser.parse_args()
    documents = read_corpus(args.gold_dir)[:args.limit]
    if not documents:
        sys.exit(f"no .tml files under {args.gold_dir}")
    if args.folds >= 2:
        from newstimeline.events.train import fold_models, using_model

        runs_by_doc: dict[str, tuple[list[Event], list[TimeExpression]]] = {}
        for held_out, model in fold_models(documents, args.folds):
            with using_model(model):
                for d in held_out:
                    runs_by_doc[d.path] = run_system(d)
        runs = [runs_by_doc[d.path] for d in documents]
    else:
        runs = [run_system(d) for d in documents]
    anchoring, ordering, why = diagnose(documents, runs)
    tables = [("anchoring", anchoring), ("ordering", ordering)]
    if args.why:
        tables.append(("ordering of found pairs, by what decided it", why))
    for title, counts in tables:
        total = sum(v for k, v in counts.items() if not k.startswith("  "))
        print(f"\n{title}: {total}")
        for label, n in sorted(counts.items(), key=lambda kv: (kv[0].startswith("  "), -kv[1])):
            print(f"{n:6d} {100 * n / total:5.1f}%  {label}")


if __name__ == "__main__":
    main()
