"""Ordering re-scored in seconds on cached cross-validated events: for trying ordering rules.

Run: python benchmarks/order_cached.py [GOLD_DIR] [--cache FILE] [--save FILE] [--diff FILE] [--why]
(default ../shared/data/tbaq and /tmp/newstimeline_order_cache_<checkout>.pkl, one cache per
checkout, so helpers working in other worktrees do not share one). The first run builds every
document's events in text order with the fold models of ``--folds 5`` (the same folds and events
as ``timeline eval events GOLD_DIR --folds 5``, a few minutes) and pickles them to --cache; later
runs only order them with the current ``events/order.py`` and score the BEFORE/AFTER pairs, so
they print the same ordering figure as the eval, per fold too. --save writes which found pairs
are right; --diff FILE lists the pairs won and lost against such a file; --why counts the wrong
found pairs by what decided them (``ordering_why`` of ``events_errors.py``). Delete the cache after
a change outside ordering (mentions, tense, anchoring): the events it holds would be stale.
"""

from __future__ import annotations

import argparse
import hashlib
import pickle
import sys
from collections import Counter
from pathlib import Path

from newstimeline.evaluate.events_score import align, gold_pairs
from newstimeline.evaluate.timeml import TimeMLDocument, read_corpus
from newstimeline.events import order_events
from newstimeline.models import Document, Event
from newstimeline.pipeline import BuildOptions, analyse_document

Cache = dict[str, tuple[int, list[Event]]]


def build_cache(documents: list[TimeMLDocument], folds: int) -> Cache:
    """Each document's fold and its events in text order (by file name), built by its fold's
    model."""
    from newstimeline.events.train import fold_models, using_model

    cache: Cache = {}
    for k, (held_out, model) in enumerate(fold_models(documents, folds)):
        with using_model(model):
            for d in held_out:
                document = Document(id=d.doc_id, path=d.path, title=None, text=d.text)
                result = analyse_document(document, BuildOptions(dct=d.dct, events="mentions"))
                cache[Path(d.path).name] = (k, list(result.events))
    return cache


def main() -> None:
    root = Path(__file__).resolve().parents[1]
    default = root / ".." / "shared" / "data" / "tbaq"
    checkout = hashlib.sha1(str(root).encode()).hexdigest()[:8]
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold_dir", nargs="?", type=Path, default=default)
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--cache", type=Path,
                        default=Path(f"/tmp/newstimeline_order_cache_{checkout}.pkl"))
    parser.add_argument("--save", type=Path, help="write which found pairs are right")
    parser.add_argument("--diff", type=Path, help="list pairs won and lost against a --save file")
    parser.add_argument("--why", action="store_true",
                        help="count the wrong found pairs by what decided their order")
    args = parser.parse_args()
    documents = read_corpus(args.gold_dir)
    if args.cache.exists():
        cache: Cache = {Path(path).name: value
                        for path, value in pickle.loads(args.cache.read_bytes()).items()}
    else:
        cache = build_cache(documents, args.folds)
        args.cache.write_bytes(pickle.dumps(cache))
    pairs, found, right = 0, 0, 0
    per_fold: dict[int, list[int]] = {}
    verdicts: dict[tuple[str, str, str], bool] = {}
    why: Counter[str] = Counter()
    if args.why:
        sys.path.insert(0, str(Path(__file__).resolve().parent))
        from events_errors import ordering_why

        from newstimeline.events.order import sort_keys
    for d in documents:
        fold, events = cache[Path(d.path).name]
        ordered = order_events(list(events))
        alignment = align(d, ordered)
        # Keys are read in text order (undated events borrow from the event told before them).
        keys = (dict(zip(map(id, events), sort_keys(list(events)), strict=True))
                if args.why else {})
        counts = per_fold.setdefault(fold, [0, 0])
        for pair in gold_pairs(d):
            pairs += 1
            counts[0] += 1
            first, second = alignment.get(pair.first), alignment.get(pair.second)
            if first is None or second is None:
                continue
            found += 1
            ok = first < second
            right += ok
            counts[1] += ok
            verdicts[(Path(d.path).name, pair.first, pair.second)] = ok
            if args.why and not ok:
                a, b = ordered[first], ordered[second]
                why[ordering_why(a, b, keys[id(a)], keys[id(b)]).split(" [")[0]] += 1
    folds = " ".join(f"{100 * r / n:.2f}" for _, (n, r) in sorted(per_fold.items()))
    print(f"ordering {100 * right / pairs:.2f} of {pairs} pairs; found {100 * found / pairs:.1f}%, "
          f"{100 * right / found:.2f} on the pairs found; per fold {folds}")
    if args.why:
        print(f"wrong found pairs: {sum(why.values())} (the last step of ordering, which moves "
              "events its words put first, is not told apart)")
        for label, n in why.most_common():
            print(f"{n:6d}  {label}")
    if args.save:
        args.save.write_bytes(pickle.dumps(verdicts))
    if args.diff:
        before: dict[tuple[str, str, str], bool] = pickle.loads(args.diff.read_bytes())
        won = sorted(key for key, ok in verdicts.items() if ok and not before.get(key))
        lost = sorted(key for key, ok in verdicts.items() if not ok and before.get(key))
        print(f"won {len(won)}, lost {len(lost)} against {args.diff}")
        for label, keys in (("won", won), ("lost", lost)):
            for name, first, second in keys:
                print(f"  {label} {name} {first} before {second}")


if __name__ == "__main__":
    main()
