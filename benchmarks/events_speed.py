"""Cost of the event stage against the tagging stage, per document, on TimeML news.

Run: python benchmarks/events_speed.py [GOLD_DIR]   (default ../shared/data/tbaq)
Prints total seconds over the corpus for tagging (find + resolve time expressions) and for
building events in each mode, best of three rounds, and the ratio events / tagging.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from pathlib import Path

from newstimeline.evaluate.timeml import read_corpus
from newstimeline.events import extract_events
from newstimeline.events.model import shipped_model
from newstimeline.timex import find_mentions, resolve_mentions

ROUNDS = 3


def best_of(rounds: int, work: Callable[[], None]) -> float:
    best = float("inf")
    for _ in range(rounds):
        start = time.perf_counter()
        work()
        best = min(best, time.perf_counter() - start)
    return best


def main() -> None:
    default = Path(__file__).resolve().parents[1] / ".." / "shared" / "data" / "tbaq"
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else default
    documents = [d for d in read_corpus(folder) if d.dct is not None]
    if not documents:
        sys.exit(f"no dated .tml files under {folder}")
    shipped_model()  # load the model once, outside the timing
    tagged = [(d, resolve_mentions(d.text, find_mentions(d.text), d.dct)) for d in documents]

    def tag() -> None:
        for d in documents:
            assert d.dct is not None
            resolve_mentions(d.text, find_mentions(d.text), d.dct)

    def events(mode: str) -> Callable[[], None]:
        def run() -> None:
            for d, expressions in tagged:
                assert d.dct is not None
                extract_events(d.doc_id, d.text, 0, expressions, d.dct, mode=mode)
        return run

    characters = sum(len(d.text) for d in documents)
    tagging = best_of(ROUNDS, tag)
    print(f"{len(documents)} documents, {characters} characters; best of {ROUNDS} rounds")
    print(f"{'stage':<22}{'seconds':>9}{'ms/doc':>9}{'x tagging':>11}")
    print(f"{'tagging':<22}{tagging:9.3f}{1000 * tagging / len(documents):9.2f}{1.0:11.2f}")
    for mode in ("mentions", "timeline"):
        seconds = best_of(ROUNDS, events(mode))
        print(f"{'events --events ' + mode:<22}{seconds:9.3f}"
              f"{1000 * seconds / len(documents):9.2f}{seconds / tagging:11.2f}")


if __name__ == "__main__":
    main()
