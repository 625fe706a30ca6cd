"""One stage of events_speed.py, run once, for counting its instructions under callgrind.

On a shared machine CPU time moves by 10-30% with the load; instruction counts do not, so
two versions of a stage can be compared exactly (they are not CPU time: the event stage's
object-heavy Python runs at fewer instructions per cycle than the tagger's regexes). Run:

    PYTHONHASHSEED=0 valgrind --tool=callgrind --toggle-collect=functools_reduce \\
        --callgrind-out-file=/dev/null python benchmarks/events_instructions.py STAGE [--step N]

STAGE is tagging, timeline or mentions; ``--step 4`` takes every 4th TBAQ document (callgrind
runs ~50x slower). Only the measured run is counted (it runs inside ``functools.reduce``, which
the stages themselves never call): setup and a first, warming run are not.
"""

from __future__ import annotations

import argparse
import functools
from pathlib import Path

from newstimeline.evaluate.timeml import read_corpus
from newstimeline.events import extract_events
from newstimeline.events.model import shipped_model
from newstimeline.text import sentence_spans
from newstimeline.timex import find_mentions, resolve_mentions


def main() -> None:
    default = Path(__file__).resolve().parents[1] / ".." / "shared" / "data" / "tbaq"
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("stage", choices=("tagging", "timeline", "mentions"))
    parser.add_argument("gold_dir", nargs="?", type=Path, default=default)
    parser.add_argument("--step", type=int, default=1)
    args = parser.parse_args()
    documents = [d for d in read_corpus(args.gold_dir) if d.dct is not None][::args.step]
    if not documents:  # (an instruction count of nothing would read as a speed-up)
        raise SystemExit(f"no dated .tml files under {args.gold_dir}")
    shipped_model()
    tagged = []
    for d in documents:
        split = sentence_spans(d.text)
        assert d.dct is not None
        tagged.append((d, split, resolve_mentions(d.text, find_mentions(d.text), d.dct, split)))

    def run() -> None:
        if args.stage == "tagging":
            for d in documents:
                assert d.dct is not None
                resolve_mentions(d.text, find_mentions(d.text), d.dct, sentence_spans(d.text))
            return
        for d, split, expressions in tagged:
            assert d.dct is not None
            extract_events(d.doc_id, d.text, 0, expressions, d.dct, mode=args.stage,
                           sentence_split=split)

    run()  # warm the per-word caches, as the best of events_speed.py's rounds has them
    functools.reduce(lambda _, __: run(), [0, 1])


if __name__ == "__main__":
    main()
