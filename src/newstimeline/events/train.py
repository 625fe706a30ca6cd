"""Training and cross-validating the event-mention model on TimeML (``python -m ...train``).

Deterministic: documents in sorted order, sentences shuffled with a fixed seed, fixed epochs.
"""

from __future__ import annotations

import argparse
import random
import sys
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

from newstimeline.evaluate.events_score import Counts, evaluate
from newstimeline.evaluate.timeml import TimeMLDocument, read_corpus
from newstimeline.events.features import sentence_features
from newstimeline.events.model import MODEL_FILE, OUTSIDE, MentionModel, using_model
from newstimeline.models import Event, TimeExpression
from newstimeline.text import sentence_spans, tokens

LABELS = (OUTSIDE, "OCCURRENCE", "REPORTING", "STATE", "I_ACTION", "I_STATE", "ASPECTUAL",
          "PERCEPTION")
EPOCHS = 6
# Chosen by 5-fold cross-validation on TBAQ (with TRAINING_EVENT_MARGIN 2 and the WordNet
# classes) over 2, 3, 4, 5, 6, 7, 8: mention F1 85.47, 85.48, 85.52, 85.33, 85.05, 84.97, 84.74
# (recall 86.9 → 91.3); the most events found with F1 still at its target of 85. (Before the
# WordNet classes, margin 4 gave F1 85.03 at recall 88.3; without the training margin the best
# was 85.00 at recall 86.2; training margins 3 and 4 and 10 epochs were no better.)
OUTSIDE_MARGIN = 6.0
# Within mentions.TIME_REACH tokens of a time word the margin is this instead: TimeML anchors the
# events beside a date to it, so each event found there is more often one the anchoring measure
# scores, and worth a little precision. Chosen with OUTSIDE_MARGIN (6.0 before) by 5-fold
# cross-validation on TBAQ (docs/events.md, "Round 9, mentions"): the most anchored gold events
# found with mention F1 at least what the single margin 6 gave.
TIME_MARGIN = 8.0
# Five shuffles, five perceptrons, one averaged weight vector: steadier than any one of them.
SEEDS = (1998, 7, 42, 2013, 256)
MIN_FEATURE_COUNT = 2
# While training, OUTSIDE gets this head start: an event class must beat it by this much to
# count as right, so the weights learnt push harder for events (recall) than a plain
# perceptron's. Chosen with OUTSIDE_MARGIN by 5-fold cross-validation (see OUTSIDE_MARGIN).
TRAINING_EVENT_MARGIN = 2.0

Example = tuple[list[list[str] | None], list[int]]


def examples(doc: TimeMLDocument) -> list[Example]:
    """(token features, gold label index) for every sentence of a TimeML document."""
    label_at: dict[int, int] = {}
    for event in doc.events:
        label_at[event.start] = LABELS.index(event.event_class) if event.event_class in LABELS \
            else 1
    result: list[Example] = []
    for start, end in sentence_spans(doc.text):
        toks = tokens(doc.text, start, end)
        if not toks:
            continue
        gold = []
        for t in toks:
            label = 0
            for offset in range(t.start, t.end):
                if offset in label_at:
                    label = label_at[offset]
                    break
            gold.append(label)
        result.append((sentence_features(toks), gold))
    return result


def train(documents: Sequence[TimeMLDocument], epochs: int = EPOCHS,
          outside_margin: float = OUTSIDE_MARGIN,
          time_margin: float | None = TIME_MARGIN) -> MentionModel:
    """Averaged multiclass perceptrons over the documents' tokens, one per seed, averaged."""
    data = [example for doc in documents for example in examples(doc)]
    counts: Counter[str] = Counter(f for feats, _ in data for token in feats if token
                                   for f in token)
    keep = {f for f, n in counts.items() if n >= MIN_FEATURE_COUNT}
    combined: dict[str, list[float]] = {}
    for seed in SEEDS:
        for f, vector in _perceptron(data, keep, epochs, seed).items():
            total = combined.setdefault(f, [0.0] * len(LABELS))
            for k, w in enumerate(vector):
                total[k] += w / len(SEEDS)
    weights = {f: v for f, v in combined.items() if any(abs(w) >= 0.0005 for w in v)}
    return MentionModel(LABELS, weights, outside_margin, time_margin)


def _perceptron(data: list[Example], keep: set[str], epochs: int,
                seed: int) -> dict[str, list[float]]:
    """One averaged perceptron, visiting the sentences in an order shuffled by ``seed``."""
    n = len(LABELS)
    # Features as indices into flat lists, kept features only, built once (not every epoch).
    index_of: dict[str, int] = {}
    names: list[str] = []
    sentences: list[list[tuple[list[int], int]]] = []
    for feats_list, gold_list in data:
        sentence = []
        for feats, gold in zip(feats_list, gold_list, strict=True):
            if feats is None:
                continue  # never an event: labelled OUTSIDE without the model
            active = []
            for name in feats:
                if name in keep:
                    k = index_of.get(name)
                    if k is None:
                        k = index_of[name] = len(names)
                        names.append(name)
                    active.append(k)
            sentence.append((active, gold))
        sentences.append(sentence)
    weights: list[list[float] | None] = [None] * len(names)
    totals: list[list[float]] = [[0.0] * n for _ in names]
    stamps: list[list[int]] = [[0] * n for _ in names]
    step = 0
    rng = random.Random(seed)
    order = list(range(len(data)))
    for _ in range(epochs):
        rng.shuffle(order)
        for index in order:
            for active, gold in sentences[index]:
                step += 1
                vectors = [v for v in map(weights.__getitem__, active) if v is not None]
                # Column sums in the order the features come: the same floats as a loop.
                scores: list[float] = (list(map(sum, zip(*vectors, strict=True))) if vectors
                                       else [0.0] * n)
                scores[0] += TRAINING_EVENT_MARGIN
                guess = scores.index(max(scores))
                if guess == gold:
                    continue
                for fid in active:
                    vector = weights[fid]
                    if vector is None:
                        vector = weights[fid] = [0.0] * n
                    total, stamp = totals[fid], stamps[fid]
                    for k, delta in ((gold, 1.0), (guess, -1.0)):
                        total[k] += (step - stamp[k]) * vector[k]
                        stamp[k] = step
                        vector[k] += delta
    averaged: dict[str, list[float]] = {}
    for fid, vector in enumerate(weights):
        if vector is None:
            continue
        total, stamp = totals[fid], stamps[fid]
        averaged[names[fid]] = [(total[k] + (step - stamp[k]) * vector[k]) / step
                              for k in range(n)]
    return averaged


def folds_of(documents: Sequence[TimeMLDocument], folds: int) -> list[list[TimeMLDocument]]:
    """Documents dealt round-robin, in path order, into ``folds`` groups (split by document)."""
    ordered = sorted(documents, key=lambda d: d.path)
    return [ordered[k::folds] for k in range(folds)]


def cross_validate(
    documents: Sequence[TimeMLDocument],
    folds: int,
    run: Callable[[TimeMLDocument], tuple[Sequence[Event], Sequence[TimeExpression]]],
) -> Counts:
    """Score each fold with a model trained on the other folds; counts added over all folds."""
    total = Counts()
    for held_out, model in fold_models(documents, folds):
        with using_model(model):
            total.add(evaluate(held_out, run))
    return total


def fold_models(documents: Sequence[TimeMLDocument],
                folds: int) -> Iterator[tuple[list[TimeMLDocument], MentionModel]]:
    """Each fold's held-out documents with a model trained on the other folds only."""
    groups = folds_of(documents, folds)
    for k, held_out in enumerate(groups):
        yield held_out, train([d for j, group in enumerate(groups) if j != k for d in group])


def main(argv: list[str] | None = None) -> int:
    """Train on every TimeML file under GOLD_DIR and write the packaged model file."""
    parser = argparse.ArgumentParser(prog="python -m newstimeline.events.train")
    parser.add_argument("gold_dir", type=Path, help="folder of .tml files (../shared/data/tbaq)")
    parser.add_argument("--out", type=Path,
                        default=Path(__file__).resolve().parent / MODEL_FILE)
    args = parser.parse_args(argv)
    documents = read_corpus(args.gold_dir)
    if not documents:
        print(f"no .tml files under {args.gold_dir}", file=sys.stderr)
        return 1
    model = train(documents)
    data = model.to_json()
    args.out.write_bytes(data)
    print(f"trained on {len(documents)} documents: {len(model.weights)} features, "
          f"{len(data) // 1024} KiB → {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
