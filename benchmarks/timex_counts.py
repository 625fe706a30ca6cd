"""How TimeBank annotates a form, and what the tagger does with it: the counts behind a rule.

    python benchmarks/timex_counts.py gold 'REGEX' [--show]   # gold TIMEX3 texts matching REGEX:
                                                            # (type, value shape) counts, and how
                                                            # often REGEX occurs untagged
    python benchmarks/timex_counts.py ours 'REGEX' [--rule NAME] [--show]
                                                            # our expressions matching REGEX, per
                                                            # half: right value, wrong value, FALSE

REGEX is case-insensitive. Halves are those of ``timex_halves.py`` (sorted file names, A even).
Value shapes write every digit as 9 ("1998-W12" is "9999-W99"), so conventions group together.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from newstimeline.evaluate.timeml import TimeMLDocument, read_corpus  # noqa: E402
from newstimeline.evaluate.timex_score import gold_timexes  # noqa: E402
from newstimeline.timex import tag  # noqa: E402


def _context(document: TimeMLDocument, start: int, end: int) -> str:
    return document.text[max(0, start - 70):end + 30].replace("\n", " ")


def gold_counts(documents: list[TimeMLDocument], pattern: re.Pattern[str], show: bool) -> None:
    shapes: Counter[tuple[str, str]] = Counter()
    untagged = 0
    for index, document in enumerate(documents):
        half, name = "AB"[index % 2], Path(document.path).name
        golds = gold_timexes(document)
        for g in golds:
            if pattern.search(g.text):
                shapes[(g.type, re.sub(r"\d", "9", g.value))] += 1
                if show:
                    print(half, name, repr(g.text), g.type, g.value, "|",
                          _context(document, g.start, g.end))
        for m in pattern.finditer(document.text):
            if not any(g.start < m.end() and m.start() < g.end for g in golds):
                untagged += 1
                if show:
                    print(half, name, "UNTAGGED", repr(m.group()), "|",
                          _context(document, m.start(), m.end()))
    for (kind, shape), count in shapes.most_common():
        print(f"{count:5}  {kind:9} {shape}")
    print(f"{untagged:5}  untagged")


def our_counts(documents: list[TimeMLDocument], pattern: re.Pattern[str], rule: str | None,
               show: bool) -> None:
    counts: Counter[tuple[str, str]] = Counter()
    for index, document in enumerate(documents):
        assert document.dct is not None
        half, name = "AB"[index % 2], Path(document.path).name
        golds = gold_timexes(document)
        for e in tag(document.text, document.dct):
            if not pattern.search(e.span.text) or (rule is not None and e.rule != rule):
                continue
            pair = [g for g in golds if g.start < e.span.end and e.span.start < g.end]
            status = ("right" if pair[0].value == e.value else "wrong value") if pair else "FALSE"
            counts[(half, status)] += 1
            if show:
                print(half, status, name, repr(e.span.text), e.value, "gold:",
                      [(g.text, g.value) for g in pair], "|",
                      _context(document, e.span.start, e.span.end))
    for (half, status), count in sorted(counts.items()):
        print(f"{half}  {status:12} {count:5}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("what", choices=("gold", "ours"))
    parser.add_argument("regex")
    parser.add_argument("--rule", help="Only our expressions found by this rule.")
    parser.add_argument("--show", action="store_true", help="Print each case in its context.")
    parser.add_argument("--tbaq", type=Path, default=ROOT / ".." / "shared" / "data" / "tbaq")
    args = parser.parse_args()
    if not args.tbaq.is_dir():
        print(f"skipped: {args.tbaq} not found")
        return
    documents = sorted(read_corpus(args.tbaq), key=lambda d: Path(d.path).name)
    pattern = re.compile(args.regex, re.IGNORECASE)
    if args.what == "gold":
        gold_counts(documents, pattern, args.show)
    else:
        our_counts(documents, pattern, args.rule, args.show)


if __name__ == "__main__":
    main()
