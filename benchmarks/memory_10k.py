"""Peak memory of building one timeline from 10,000 generated articles (about 30 MB of text).

    python benchmarks/memory_10k.py [--articles 10000] [--format json|jsonl] [--workers 1]

Articles are generated from templates (agencies, places, weekdays, dates, reporting verbs), written
to a temporary folder, and built by ``timeline build`` in a child process whose peak resident set
size (ru_maxrss of the child) is printed with the elapsed time. Target: under 1 GB.
"""

from __future__ import annotations

import argparse
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PLACES = ["MOSCOW", "WASHINGTON", "BRUSSELS", "BEIJING", "PARIS", "KYIV", "LONDON", "TOKYO"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
PEOPLE = ["Foreign Minister Anna Berg", "President Tomas Ruiz", "Spokesman Ivan Petrov",
          "Prime Minister Lena Holt", "Defence Secretary Omar Nasser"]
ACTIONS = ["signed a trade agreement", "rejected the proposal", "announced new sanctions",
           "met the delegation", "released a statement", "opened talks on security guarantees"]


def article(rng: random.Random) -> str:
    place, month, day = rng.choice(PLACES), rng.choice(MONTHS), rng.randint(1, 28)
    paragraphs = [f"Report on {rng.choice(ACTIONS)}\n\n{place}, {month} {day} (Reuters) - "
                  f"{rng.choice(PEOPLE)} {rng.choice(ACTIONS)} on {rng.choice(WEEKDAYS)}, "
                  "officials said."]
    while sum(len(p) for p in paragraphs) < 2800:
        paragraphs.append(
            f"\"We {rng.choice(ACTIONS)},\" {rng.choice(PEOPLE).split()[-1]} said. The ministry "
            f"{rng.choice(ACTIONS)} on {month} {rng.randint(1, 28)}, {rng.randint(2, 9)} days "
            f"after talks that began last {rng.choice(WEEKDAYS)}, and will meet again next month.")
    return "\n\n".join(paragraphs) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--format", choices=["json", "jsonl"], default="json",
                        help="json: events.json and the HTML page (the default build); jsonl: "
                             "the archive format, no page")
    parser.add_argument("--workers", type=int, default=1,
                        help="worker processes for the per-document stage (their memory is "
                             "counted too: the peak of the largest process is printed)")
    args = parser.parse_args()
    rng = random.Random(2026)
    with tempfile.TemporaryDirectory() as folder:
        corpus = Path(folder) / "corpus"
        corpus.mkdir()
        total = 0
        for i in range(args.articles):
            text = article(rng)
            total += len(text.encode("utf-8"))
            (corpus / f"article-{i:05d}.txt").write_text(text, "utf-8")
        start = time.perf_counter()
        completed = subprocess.run(
            [sys.executable, "-m", "newstimeline.cli", "build", str(corpus), "--out",
             str(Path(folder) / "out"), "--reference-date", "2026-11-28", "--quiet",
             "--format", args.format, "--workers", str(args.workers)],
            capture_output=True, text=True, check=False)
        elapsed = time.perf_counter() - start
        usage = resource.getrusage(resource.RUSAGE_CHILDREN)
        peak_kb = usage.ru_maxrss
        print(f"articles: {args.articles:,}   text: {total / 1e6:.1f} MB   format: "
              f"{args.format}   exit: {completed.returncode}")
        print(completed.stdout.strip())
        # CPU time as well: on a shared machine the wall time says more about the load.
        print(f"build time: {elapsed:.1f} s ({args.articles / elapsed:.1f} articles/s), CPU "
              f"{usage.ru_utime + usage.ru_stime:.1f} s")
        print(f"peak RSS of the build: {peak_kb / 1024:.0f} MB (target < 1024 MB)")
        if completed.returncode != 0:
            print(completed.stderr[-2000:])


if __name__ == "__main__":
    main()
