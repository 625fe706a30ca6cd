"""The mention model's precision/recall frontier, cross-validated, at several run-time margins.

Run: python benchmarks/mentions_frontier.py [GOLD_DIR] [--folds K] [--margins 4,5,6,7]
[--top N] (default ../shared/data/tbaq, 5 folds). Each fold's model is trained once on the other
folds (as ``timeline eval events --folds K`` trains it) and its tokens are scored at every margin,
so one run shows where a feature change moves the frontier, not only one point of it: a feature
that raises precision at a fixed margin may only be finding fewer events. Token-level counts
over the body and headline alike; at the shipped margin they equal ``--folds K``'s mention P/R
and class accuracy within a few hundredths (the pipeline skips headlines and adds the "have" +
figure rule). Also prints, at the shipped margin, the most frequent false positives and class
confusions, and a row "shipped" with the two margins the model uses (``TIME_MARGIN`` within
``mentions.TIME_REACH`` tokens of a time word, ``OUTSIDE_MARGIN`` elsewhere), as ``--folds K``
labels tokens.
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

from newstimeline.evaluate.timeml import read_corpus
from newstimeline.events.mentions import near_time_words
from newstimeline.events.train import (
    LABELS,
    OUTSIDE_MARGIN,
    TIME_MARGIN,
    examples,
    folds_of,
    train,
)
from newstimeline.text import sentence_spans, tokens

SHIPPED = -1.0  # the key of the "shipped" row (two margins) in the counts


def main() -> None:
    default = Path(__file__).resolve().parents[1] / ".." / "shared" / "data" / "tbaq"
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold_dir", nargs="?", type=Path, default=default)
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--margins", default="4,5,6,7,8")
    parser.add_argument("--top", type=int, default=20)
    args = parser.parse_args()
    margins = sorted({float(m) for m in args.margins.split(",")} | {OUTSIDE_MARGIN})
    documents = read_corpus(args.gold_dir)
    if not documents:
        raise SystemExit(f"no .tml files under {args.gold_dir}")
    # Per margin: matched, false, missed, matched with the right class.
    counts = {m: [0, 0, 0, 0] for m in margins}
    counts[SHIPPED] = [0, 0, 0, 0]
    false_words: Counter[str] = Counter()
    confusions: Counter[tuple[str, str]] = Counter()
    groups = folds_of(documents, args.folds)
    for k, held_out in enumerate(groups):
        model = train([d for j, group in enumerate(groups) if j != k for d in group])
        for doc in held_out:
            sentences = [toks for toks in (tokens(doc.text, start, end)
                                           for start, end in sentence_spans(doc.text)) if toks]
            for toks, (feats_list, gold_list) in zip(sentences, examples(doc), strict=True):
                near = near_time_words(toks) or [False] * len(toks)
                for feats, gold, near_time in zip(feats_list, gold_list, near, strict=True):
                    scores = [0.0] * len(LABELS)
                    for f in feats or ():
                        vector = model.weights.get(f)
                        if vector is not None:
                            scores = [a + b for a, b in zip(scores, vector, strict=True)]
                    for key, row in counts.items():
                        margin = key if key != SHIPPED else (
                            TIME_MARGIN if near_time else OUTSIDE_MARGIN)
                        shifted = [scores[0] - margin, *scores[1:]]
                        guess = shifted.index(max(shifted)) if feats is not None else 0
                        if guess and gold:
                            row[0] += 1
                            row[3] += guess == gold
                        elif guess:
                            row[1] += 1
                        elif gold:
                            row[2] += 1
                        if key == OUTSIDE_MARGIN and guess and feats is not None:
                            if not gold:
                                false_words[feats[1].removeprefix("w=")] += 1
                            elif guess != gold:
                                confusions[LABELS[gold], LABELS[guess]] += 1
    print(f"{len(documents)} documents, {args.folds} folds; token-level mentions")
    print(f"{'margin':>7} {'P':>6} {'R':>6} {'F1':>6} {'class':>6}")
    for margin, (matched, false, missed, right) in counts.items():
        p = 100 * matched / max(1, matched + false)
        r = 100 * matched / max(1, matched + missed)
        f1 = 2 * p * r / max(1e-9, p + r)
        mark = "  (shipped away from time words)" if margin == OUTSIDE_MARGIN else ""
        name = "shipped" if margin == SHIPPED else f"{margin:g}"
        print(f"{name:>7} {p:6.2f} {r:6.2f} {f1:6.2f} {100 * right / max(1, matched):6.2f}{mark}")
    print(f"\nmost frequent false positives at margin {OUTSIDE_MARGIN:g}:")
    print("  " + ", ".join(f"{w} {n}" for w, n in false_words.most_common(args.top)))
    print("most frequent class confusions (gold -> system):")
    print("  " + ", ".join(f"{g}->{s} {n}" for (g, s), n in confusions.most_common(args.top)))


if __name__ == "__main__":
    main()
