"""Every expression the tagger gives on TBAQ and the seeds, one JSON line each, for before/after
comparisons of changes meant to keep the output the same (speed work).

    python benchmarks/timex_snapshot.py --out before.jsonl   # on the old code
    python benchmarks/timex_snapshot.py --out after.jsonl    # on the new code
    cmp before.jsonl after.jsonl                              # byte-identical, or not

Each line holds the document, span, type, value, interval, rule and explanation of one expression
(``TimeExpression.model_dump_json``); the last line is the sha256 of all lines before it.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from newstimeline.evaluate.timeml import read_corpus  # noqa: E402
from newstimeline.timex import tag  # noqa: E402

SEED_DCT = dt.date(2021, 12, 18)  # the TASS seed's dateline (year as the seed tests infer it)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tbaq", type=Path, default=ROOT / ".." / "shared" / "data" / "tbaq")
    parser.add_argument("--seeds", type=Path, default=ROOT / "seeds")
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    texts: list[tuple[str, str, dt.date]] = []
    if args.tbaq.is_dir():
        for doc in sorted(read_corpus(args.tbaq), key=lambda d: Path(d.path).name):
            assert doc.dct is not None
            texts.append((Path(doc.path).name, doc.text, doc.dct))
    for seed in sorted(args.seeds.glob("*.txt")):
        texts.append((seed.name, seed.read_text(encoding="utf-8"), SEED_DCT))
    lines = [f'{{"doc": "{name}", "expression": {e.model_dump_json()}}}'
             for name, text, dct in texts for e in tag(text, dct)]
    digest = hashlib.sha256("\n".join(lines).encode()).hexdigest()
    args.out.write_text("\n".join(lines) + f"\n{digest}\n", encoding="utf-8")
    print(f"{len(texts)} documents, {len(lines)} expressions, sha256 {digest}")


if __name__ == "__main__":
    main()
