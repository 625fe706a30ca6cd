"""A learned tie-breaker against the ordering rules, cross-validated: is it worth shipping?

Run: python benchmarks/order_learned.py [GOLD_DIR] [--cache FILE]
(the cache of ``benchmarks/order_cached.py``: every document's events built with the fold models
of ``--folds 5``; built on first use). For every group of events the rules leave on one date
in one sentence (the ties ``order_events`` breaks by ordering words, reports last, the object
rule and text order), each pair of the group gets features: the rules' verdict, the two events'
classes, tenses, polarities, order hints and report kinds (alone, paired, and each paired with
the verdict), the words between (each, their number, a comma), the trigger words and the words
before each trigger. An averaged perceptron (as the mention model's, ``events/train.py``) learns
from the gold BEFORE/AFTER pairs of the other four folds which verdicts to flip; the held-out
fold's groups are then reordered by each event's summed pair margins (the rules' places break
ties) in the places the group held. Printed: the ordering figure of the rules and of each
learned variant, over all 3,041 pairs, with the same events and folds as the eval.
"""

from __future__ import annotations

import argparse
import hashlib
import pickle
import random
import sys
from collections import Counter, defaultdict
from collections.abc import Sequence
from pathlib import Path

from newstimeline.evaluate.events_score import align, gold_pairs
from newstimeline.evaluate.timeml import read_corpus
from newstimeline.events.order import OrderFacts, _keys_of, order_facts, order_indices
from newstimeline.models import Event
from newstimeline.text import tokens

sys.path.insert(0, str(Path(__file__).resolve().parent))
from order_cached import Cache, build_cache

Pair = tuple[int, int]
# A document's groups: the events tied in one sentence, with the features of each pair (in text
# order) of the group.
Group = tuple[list[int], dict[Pair, list[str]]]
EPOCHS = 5


def _bucket(n: int) -> str:
    return "0" if n == 0 else "1" if n == 1 else "2-3" if n <= 3 else "4-7" if n <= 7 else "8+"


def pair_features(events: Sequence[Event], facts: Sequence[OrderFacts], i: int, j: int,
                  rules_first: bool) -> list[str]:
    """Features of two events of one sentence, ``i`` told first."""
    a, b = events[i], events[j]
    fa, fb = facts[i], facts[j]
    sentence = a.sentence
    between = tokens(sentence.text, a.trigger.end - sentence.start, b.trigger.start - sentence.start)
    before_a = tokens(sentence.text, max(0, a.trigger.start - sentence.start - 40),
                      a.trigger.start - sentence.start)[-2:]
    verdict = f"r{int(rules_first)}"
    features = ["bias", f"rule={int(rules_first)}"]
    for name, va, vb in (("c", a.event_class, b.event_class), ("t", a.tense, b.tense),
                         ("h", fa.hint, fb.hint), ("k", fa.report_kind, fb.report_kind),
                         ("wr", fa.with_reports, fb.with_reports), ("p", a.polarity, b.polarity)):
        features += [f"{name}a={va}", f"{name}b={vb}", f"{name}ab={va}|{vb}",
                     f"{verdict}{name}ab={va}|{vb}"]
    features += [f"n={_bucket(len(between))}", f"{verdict}n={_bucket(len(between))}",
                 "wa=" + a.trigger.text.lower(), "wb=" + b.trigger.text.lower(),
                 "ba=" + "|".join(t.lower for t in before_a),
                 "bb=" + "|".join(t.lower for t in between[-2:]),
                 f"obj={int(fb.verb_end == fa.trigger_end)}"]
    words = {t.lower for t in between}
    features += ["bw=" + w for w in sorted(words)]
    if "," in words:
        features.append(f"{verdict}comma")
    return features


def groups_of(events: Sequence[Event], facts: Sequence[OrderFacts],
              place: dict[int, int]) -> list[Group]:
    """The events tied in one sentence on one key, with their pairs' features."""
    keys = _keys_of(facts)
    tied: dict[tuple[str, int, object], list[int]] = defaultdict(list)
    for i, f in enumerate(facts):
        tied[(f.document, f.sentence, keys[i])].append(i)
    result: list[Group] = []
    for members in tied.values():
        if len(members) > 1:
            result.append((members, {
                (i, j): pair_features(events, facts, i, j, place[i] < place[j])
                for x, i in enumerate(members) for j in members[x + 1:]}))
    return result


def train(examples: list[tuple[list[str], bool]], seed: int = 1) -> dict[str, float]:
    """An averaged binary perceptron: a positive margin says the first event comes first."""
    weights: dict[str, float] = defaultdict(float)
    totals: dict[str, float] = defaultdict(float)
    stamps: dict[str, int] = defaultdict(int)
    step = 0
    order = list(examples)
    rng = random.Random(seed)
    for _ in range(EPOCHS):
        rng.shuffle(order)
        for features, first in order:
            step += 1
            margin = sum(weights[f] for f in features)
            if margin != 0 and (margin > 0) == first:
                continue
            for f in features:
                totals[f] += (step - stamps[f]) * weights[f]
                stamps[f] = step
                weights[f] += 1.0 if first else -1.0
    return {f: (totals[f] + (step - stamps[f]) * w) / step for f, w in weights.items()}


def main() -> None:
    root = Path(__file__).resolve().parents[1]
    checkout = hashlib.sha1(str(root).encode()).hexdigest()[:8]
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold_dir", nargs="?", type=Path,
                        default=root / ".." / "shared" / "data" / "tbaq")
    parser.add_argument("--cache", type=Path,
                        default=Path(f"/tmp/newstimeline_order_cache_{checkout}.pkl"))
    args = parser.parse_args()
    documents = read_corpus(args.gold_dir)
    if args.cache.exists():
        cache: Cache = pickle.loads(args.cache.read_bytes())
    else:
        cache = build_cache(documents, 5)
        args.cache.write_bytes(pickle.dumps(cache))
    # Per document: its fold, the rules' places, the gold pairs found (earlier, later), its groups.
    data = []
    total = 0
    for d in documents:
        fold, events = cache[Path(d.path).name]
        facts = [order_facts(e) for e in events]
        place = {i: p for p, i in enumerate(order_indices(facts))}
        alignment = align(d, events)
        gold: set[Pair] = set()
        for pair in gold_pairs(d):
            total += 1
            a, b = alignment.get(pair.first), alignment.get(pair.second)
            if a is not None and b is not None and a != b:
                gold.add((a, b))
        data.append((fold, place, gold, groups_of(events, facts, place)))
    variants = {"rules": None, "learned": ("", 0.0), "learned, rules' verdict +2": ("", 2.0),
                "learned, verdict-paired features only": ("r", 0.0)}
    for name, variant in variants.items():
        right = 0
        for k in range(5):
            weights: dict[str, float] = {}
            if variant is not None:
                prefix, _ = variant
                examples = [([f for f in features if f.startswith(("bias", "rule", prefix))]
                             if prefix else features, pair in gold)
                            for fold, _, gold, groups in data if fold != k
                            for _, pairs in groups for pair, features in pairs.items()
                            if pair in gold or pair[::-1] in gold]
                weights = train(examples)
            for fold, place, gold, groups in data:
                if fold != k:
                    continue
                new = dict(place)
                if variant is not None:
                    prefix, boost = variant
                    for members, pairs in groups:
                        score: Counter[int] = Counter()
                        for (i, j), features in pairs.items():
                            margin = sum(weights.get(f, 0.0) for f in features
                                         if not prefix or f.startswith(("bias", "rule", prefix)))
                            margin += boost if place[i] < place[j] else -boost
                            score[i] += margin
                            score[j] -= margin
                        slots = sorted(place[i] for i in members)
                        ranked = sorted(members, key=lambda i: (-score[i], place[i]))
                        new.update(zip(ranked, slots, strict=True))
                right += sum(new[a] < new[b] for a, b in gold)
        print(f"{name:40s} ordering {100 * right / total:.2f} ({right} of {total} pairs)")


if __name__ == "__main__":
    main()
