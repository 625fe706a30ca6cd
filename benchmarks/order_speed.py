"""Cost of ordering events (``order_facts`` + ``order_indices``) against tagging, on TimeML news.

Run: python benchmarks/order_speed.py [GOLD_DIR] [--rounds N] [--mode mentions|timeline]
(default ../shared/data/tbaq, 5 rounds, mentions mode, CPU time). The events are built once,
outside the timing; each round then times tagging (find + resolve time expressions, with the
sentence split) and ordering every document's events as the pipeline does, taking turns so a
change in the machine's load falls on both. Prints the best round of each and their ratio.
``benchmarks/events_speed.py`` times building the events, which this leaves out.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from newstimeline.evaluate.timeml import read_corpus
from newstimeline.events import extract_events
from newstimeline.events.order import order_facts, order_indices
from newstimeline.text import sentence_spans
from newstimeline.timex import find_mentions, resolve_mentions


def main() -> None:
    default = Path(__file__).resolve().parents[1] / ".." / "shared" / "data" / "tbaq"
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold_dir", nargs="?", type=Path, default=default)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--mode", choices=("mentions", "timeline"), default="mentions")
    args = parser.parse_args()
    documents = [d for d in read_corpus(args.gold_dir) if d.dct is not None]
    if not documents:
        raise SystemExit(f"no dated .tml files under {args.gold_dir}")
    built = []
    for d in documents:
        assert d.dct is not None
        split = sentence_spans(d.text)
        expressions = resolve_mentions(d.text, find_mentions(d.text), d.dct, split)
        built.append(extract_events(d.doc_id, d.text, 0, expressions, d.dct, mode=args.mode,
                                    sentence_split=split))

    def tag() -> None:
        for d in documents:
            assert d.dct is not None
            resolve_mentions(d.text, find_mentions(d.text), d.dct, sentence_spans(d.text))

    def order() -> None:
        for events in built:
            order_indices([order_facts(event) for event in events])

    stages = {"tagging": tag, "ordering": order}
    best = dict.fromkeys(stages, float("inf"))
    for _ in range(args.rounds):
        for name, work in stages.items():
            start = time.process_time()
            work()
            best[name] = min(best[name], time.process_time() - start)
    count = sum(len(events) for events in built)
    print(f"{len(documents)} documents, {count} events ({args.mode}); best of {args.rounds} "
          f"rounds, CPU time")
    print(f"{'stage':<12}{'seconds':>9}{'ms/doc':>9}{'x tagging':>11}")
    for name, seconds in best.items():
        print(f"{name:<12}{seconds:9.3f}{1000 * seconds / len(documents):9.2f}"
              f"{seconds / best['tagging']:11.2f}")


if __name__ == "__main__":
    main()
