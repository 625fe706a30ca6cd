"""Cost of the event stage against the tagging stage, per document, on TimeML news.

Run: python benchmarks/events_speed.py [GOLD_DIR] [--rounds N] [--clock cpu|wall]
(default ../shared/data/tbaq, 5 rounds, CPU time). Prints total seconds over the corpus for
tagging (find + resolve time expressions, with the sentence split the resolver needs) and for
building events in each mode, the best of the
rounds, and the ratio events / tagging. The stages take turns within each round, so that a
change in the machine's load falls on all of them; CPU time (the default) counts this process
only, which keeps the ratio steady on a machine shared with other jobs.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from pathlib import Path

from newstimeline.evaluate.timeml import read_corpus
from newstimeline.events import extract_events
from newstimeline.events.model import shipped_model
from newstimeline.text import sentence_spans
from newstimeline.timex import find_mentions, resolve_mentions

MODES = ("mentions", "timeline")


def main() -> None:
    default = Path(__file__).resolve().parents[1] / ".." / "shared" / "data" / "tbaq"
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold_dir", nargs="?", type=Path, default=default)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--clock", choices=("cpu", "wall"), default="cpu")
    args = parser.parse_args()
    clock = time.process_time if args.clock == "cpu" else time.perf_counter
    documents = [d for d in read_corpus(args.gold_dir) if d.dct is not None]
    if not documents:
        raise SystemExit(f"no dated .tml files under {args.gold_dir}")
    shipped_model()  # load the model once, outside the timing
    tagged = []
    for d in documents:
        split = sentence_spans(d.text)
        tagged.append((d, split, resolve_mentions(d.text, find_mentions(d.text), d.dct, split)))

    def tag() -> None:
        for d in documents:
            assert d.dct is not None
            resolve_mentions(d.text, find_mentions(d.text), d.dct, sentence_spans(d.text))

    def events(mode: str) -> Callable[[], None]:
        def run() -> None:
            for d, split, expressions in tagged:
                assert d.dct is not None
                extract_events(d.doc_id, d.text, 0, expressions, d.dct, mode=mode,
                               sentence_split=split)
        return run

    stages: dict[str, Callable[[], None]] = {"tagging": tag}
    stages.update({"events --events " + mode: events(mode) for mode in MODES})
    best = dict.fromkeys(stages, float("inf"))
    for _ in range(args.rounds):
        for name, work in stages.items():
            start = clock()
            work()
            best[name] = min(best[name], clock() - start)
    characters = sum(len(d.text) for d in documents)
    print(f"{len(documents)} documents, {characters} characters; best of {args.rounds} rounds, "
          f"{args.clock} time")
    print(f"{'stage':<26}{'seconds':>9}{'ms/doc':>9}{'x tagging':>11}")
    tagging = best["tagging"]
    for name, seconds in best.items():
        print(f"{name:<26}{seconds:9.3f}{1000 * seconds / len(documents):9.2f}"
              f"{seconds / tagging:11.2f}")


if __name__ == "__main__":
    main()
