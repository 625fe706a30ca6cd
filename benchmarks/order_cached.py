"""Ordering re-scored in seconds on cached cross-validated events: for trying ordering rules.

Run: python benchmarks/order_cached.py [GOLD_DIR] [--cache FILE] [--save FILE] [--diff FILE]
(default ../shared/data/tbaq and /tmp/newstimeline_order_cache.pkl). The first run builds every
document's events in text order with the fold models of ``--folds 5`` (the same folds and events
as ``timeline eval events GOLD_DIR --folds 5``, a few minutes) and pickles them to --cache; later
runs only order them with the current ``events/order.py`` and score the BEFORE/AFTER pairs, so
they print the same ordering figure as the eval, per fold too. --save writes which found pairs
are right; --diff FILE lists the pairs won and lost against such a file. Delete the cache after
a change outside ordering (mentions, tense, anchoring): the events it holds would be stale.
"""

from __future__ import annotations

import argparse
import pickle
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
    default = Path(__file__).resolve().parents[1] / ".." / "shared" / "data" / "tbaq"
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold_dir", nargs="?", type=Path, default=default)
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--cache", type=Path, default=Path("/tmp/newstimeline_order_cache.pkl"))
    parser.add_argument("--save", type=Path, help="write which found pairs are right")
    parser.add_argument("--diff", type=Path, help="list pairs won and lost against a --save file")
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
    for d in documents:
        fold, events = cache[Path(d.path).name]
        alignment = align(d, order_events(list(events)))
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
    folds = " ".join(f"{100 * r / n:.2f}" for _, (n, r) in sorted(per_fold.items()))
    print(f"ordering {100 * right / pairs:.2f} of {pairs} pairs; found {100 * found / pairs:.1f}%, "
          f"{100 * right / found:.2f} on the pairs found; per fold {folds}")
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
