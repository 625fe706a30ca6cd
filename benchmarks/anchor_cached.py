"""Anchoring and ordering re-scored in seconds on cached cross-validated mentions: for trying
anchoring rules.

Run: python benchmarks/anchor_cached.py [GOLD_DIR] [--cache FILE] [--save FILE] [--diff FILE]
[--wrong] (default ../shared/data/tbaq and /tmp/newstimeline_anchor_cache_<checkout>.pkl: one
cache per checkout, as in order_cached.py, since a cache built by another worktree's code would
be stale). The first run labels every document's sentences with the fold models of ``--folds 5``
(the same folds as ``timeline eval events GOLD_DIR --folds 5``, a few minutes) and pickles each
document's mentions and the inputs of the event stage (text, time expressions, DCT, sentences) to
--cache; later runs only rerun ``extract_events``, ``order_events`` and the scorer with the
current code, so they print the eval's anchoring and ordering figures (per fold too). --save
writes which anchored gold events and BEFORE/AFTER pairs are right; --diff FILE lists those won
and lost against such a file; --wrong lists every wrong found event. Delete the cache after a
change to the mention model, ``events/mentions.py`` or the time expressions: it would be stale.
"""

from __future__ import annotations

import argparse
import hashlib
import pickle
import sys
from pathlib import Path
from typing import Any

import newstimeline.events as events_stage
import newstimeline.pipeline as pipeline
from newstimeline.evaluate.events_score import (
    Counts,
    align,
    anchor_holds,
    event_date,
    figures,
    gold_anchors,
    gold_pairs,
    score_document,
)
from newstimeline.evaluate.timeml import TimeMLDocument, read_corpus
from newstimeline.events import extract_events, order_events
from newstimeline.events.mentions import EventMention, model_mentions
from newstimeline.models import Document
from newstimeline.pipeline import BuildOptions, analyse_document

# Per document (by file name): fold, extract_events' arguments, mentions by sentence tokens.
Cache = dict[str, tuple[int, tuple[Any, ...], dict[tuple[Any, ...], list[EventMention]]]]


def build_cache(documents: list[TimeMLDocument], folds: int) -> Cache:
    """Each document's fold, the event stage's inputs and its mentions, labelled by the fold's
    model."""
    from newstimeline.events.train import fold_models, using_model

    cache: Cache = {}
    real_extract = pipeline.extract_events
    for k, (held_out, model) in enumerate(fold_models(documents, folds)):
        with using_model(model):
            for d in held_out:
                mentions: dict[tuple[Any, ...], list[EventMention]] = {}
                args: list[tuple[Any, ...]] = []

                def recording(toks: list[Any], outside_margin: float | None = None,
                              codes: list[int] | None = None) -> list[EventMention]:
                    found = model_mentions(toks, outside_margin, codes)
                    mentions[tuple(toks)] = found  # noqa: B023 (used within this document only)
                    return found

                def capture(*a: Any, **kw: Any) -> Any:
                    args.append((a, kw))  # noqa: B023
                    return real_extract(*a, **kw)

                events_stage.model_mentions = recording  # type: ignore[assignment]
                pipeline.extract_events = capture  # type: ignore[assignment]
                try:
                    document = Document(id=d.doc_id, path=d.path, title=None, text=d.text)
                    analyse_document(document, BuildOptions(dct=d.dct, events="mentions"))
                finally:
                    events_stage.model_mentions = model_mentions
                    pipeline.extract_events = real_extract
                cache[Path(d.path).name] = (k, args[0], mentions)
    return cache


def rerun(documents: list[TimeMLDocument], cache: Cache
          ) -> tuple[Counts, list[Counts], dict[str, bool], dict[str, str]]:
    """Counts over all, per fold, and per anchored gold event (keyed ``file:eid``) and gold
    BEFORE/AFTER pair (``file:eid<eid``) whether it is right, with a line telling what the
    system gave it."""
    total = Counts()
    per_fold: dict[int, Counts] = {}
    right: dict[str, bool] = {}
    told: dict[str, str] = {}
    for d in documents:
        name = Path(d.path).name
        fold, (a, kw), mentions = cache[name]
        events_stage.model_mentions = lambda toks, margin=None, codes=None, m=mentions: m[tuple(toks)]  # type: ignore[assignment,misc]
        try:
            events = order_events(extract_events(*a, **kw))
        finally:
            events_stage.model_mentions = model_mentions
        counts = score_document(d, events, a[3])
        total.add(counts)
        per_fold.setdefault(fold, Counts()).add(counts)
        alignment = align(d, events)
        for pair in gold_pairs(d):
            first, second = alignment.get(pair.first), alignment.get(pair.second)
            key = f"{name}:{pair.first}<{pair.second}"
            right[key] = first is not None and second is not None and first < second
            if first is not None and second is not None:
                # Not ``a``, the extract_events arguments unpacked above.
                one, two = events[first], events[second]
                told[key] = (f"pair {one.trigger.text!r} [{one.time.basis} {event_date(one.time)}]"
                             f" < {two.trigger.text!r} [{two.time.basis} {event_date(two.time)}] | "
                             f"{' '.join(one.sentence.text.split())[:150]} | "
                             f"{' '.join(two.sentence.text.split())[:150]}")
        anchors, _ = gold_anchors(d)
        for anchor in anchors:
            found = alignment.get(anchor.eid)
            key = f"{name}:{anchor.eid}"
            if found is None:
                right[key] = False
                continue
            event = events[found]
            earliest, latest = event_date(event.time)
            right[key] = anchor_holds(anchor, event.time)
            sentence = " ".join(event.sentence.text.split())
            told[key] = (f"{event.trigger.text!r} {event.tense}/{event.event_class} "
                         f"[{event.time.basis} {earliest}..{latest}] gold "
                         f"{'DCT ' if anchor.to_dct else ''}{anchor.interval[0]}..{anchor.interval[1]}"
                         f" | {event.time.explanation} | {sentence[:300]}")
    return total, [per_fold[k] for k in sorted(per_fold)], right, told


def main() -> None:
    root = Path(__file__).resolve().parents[1]
    default = root / ".." / "shared" / "data" / "tbaq"
    checkout = hashlib.sha1(str(root).encode()).hexdigest()[:8]
    parser = argparse.ArgumentParser()
    parser.add_argument("gold_dir", nargs="?", type=Path, default=default)
    parser.add_argument("--cache", type=Path,
                        default=Path(f"/tmp/newstimeline_anchor_cache_{checkout}.pkl"))
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--save", type=Path,
                        help="write which anchored events and ordered pairs are right")
    parser.add_argument("--diff", type=Path,
                        help="list the events and pairs won and lost against --save")
    parser.add_argument("--wrong", action="store_true", help="list every wrong found event")
    args = parser.parse_args()
    documents = read_corpus(args.gold_dir)
    if not documents:
        sys.exit(f"no .tml files under {args.gold_dir}")
    if args.cache.exists():
        cache: Cache = pickle.loads(args.cache.read_bytes())
    else:
        cache = build_cache(documents, args.folds)
        args.cache.write_bytes(pickle.dumps(cache))
    total, folds, right, told = rerun(documents, cache)
    fig = figures(total)
    print(f"anchoring {fig['anchoring_accuracy']:.2f} (found {fig['anchoring_found']:.1f}%, "
          f"{fig['anchoring_accuracy_of_found']:.2f} on found)   ordering "
          f"{fig['ordering_accuracy']:.2f} ({total.pairs_correct} of {total.pairs} pairs)")
    print("per fold: " + " ".join(f"{figures(c)['anchoring_accuracy']:.2f}" for c in folds)
          + "   ordering " + " ".join(f"{figures(c)['ordering_accuracy']:.2f}" for c in folds))
    print("by basis: " + ", ".join(f"{basis} {ok}/{n}"
                                   for basis, (n, ok) in sorted(total.by_basis.items())))
    if args.wrong:
        for key, line in sorted(told.items()):
            if not right[key] and "<" not in key:
                print(f"WRONG {key} {line}")
    if args.diff is not None:
        before: dict[str, bool] = pickle.loads(args.diff.read_bytes())
        for key in sorted(right):
            if right[key] != before.get(key, False):
                print(f"{'WON ' if right[key] else 'LOST'} {key} {told.get(key, 'not found')}")
    if args.save is not None:
        args.save.write_bytes(pickle.dumps(right))


if __name__ == "__main__":
    main()
