"""Linear time on adversarial text: seconds per MB of the whole per-document pipeline.

    python benchmarks/linear_time.py                 # 10 KB, 100 KB, 1 MB, 10 MB
    python benchmarks/linear_time.py --max-mb 1      # a quicker run

For each kind of hostile input the table gives seconds per MB at every size and the ratio of the
largest size's figure to the smallest's; linear cost keeps that ratio near 1 (target: under 2).
Each size is timed once in this process with the best of ``--repeat`` runs.
"""

from __future__ import annotations

import argparse
import datetime as dt
import time

from newstimeline.models import Document
from newstimeline.pipeline import BuildOptions, process_document

UNITS = {
    "long digit runs": "1234567890" * 10 + " ",
    "on on on": "on ",
    "weekday names": "Monday Tuesday Wednesday ",
    "single 1 MB line": "The minister said on Friday that talks, which began in May, "
                        "would resume, and ",
    "repeated punctuation": ".!?,;:-\"'()",
    "12/12/12/...": "12/",
    "wire copy": "WASHINGTON, Feb. 19 (Reuters) - The company said on Thursday it would "
                 "cut 300 jobs by March 2021, two weeks after the merger.\n\n",
}
SIZES = [10_000, 100_000, 1_000_000, 10_000_000]


def text_of(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


def seconds(text: str, repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        document = Document(id="bench", path="bench.txt", title=None, text=text)
        start = time.perf_counter()
        process_document(document, BuildOptions(dct=dt.date(2021, 12, 18)))
        best = min(best, time.perf_counter() - start)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--max-mb", type=float, default=10.0)
    parser.add_argument("--repeat", type=int, default=1)
    args = parser.parse_args()
    sizes = [s for s in SIZES if s <= args.max_mb * 1_000_000]
    header = "".join(f"{s // 1000:>10,d} KB" for s in sizes)
    print(f"{'input (s/MB)':24s}{header}   largest/smallest")
    for kind, unit in UNITS.items():
        rates = []
        for size in sizes:
            rates.append(seconds(text_of(unit, size), args.repeat if size < 1_000_000 else 1)
                         / (size / 1_000_000))
        cells = "".join(f"{r:13.2f}" for r in rates)
        print(f"{kind:24s}{cells}   {rates[-1] / rates[0]:6.2f}", flush=True)


if __name__ == "__main__":
    main()
