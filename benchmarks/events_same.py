"""Whether a change to the event stage keeps its outputs: the events JSON of every TimeML document.

Run: python benchmarks/events_same.py [GOLD_DIR] --write FILE   (record the outputs of this code)
     python benchmarks/events_same.py [GOLD_DIR] --check FILE   (exit 1 and name the documents
                                                                 whose events differ)
Each document's events (pipeline on its raw text with its TimeML DCT, in both ``--events`` modes,
in text order and as ordered for the timeline) are written as JSON lines, one per document and
mode, so that a check names the first differing document.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from newstimeline.evaluate.timeml import read_corpus
from newstimeline.events import order_events
from newstimeline.models import Document
from newstimeline.pipeline import BuildOptions, analyse_document

MODES = ("mentions", "timeline")


def outputs(gold_dir: Path) -> dict[str, str]:
    """``{"<mode> <document id>": events JSON}`` for every document of ``gold_dir``."""
    result: dict[str, str] = {}
    for doc in read_corpus(gold_dir):
        document = Document(id=doc.doc_id, path=doc.path, title=None, text=doc.text)
        for mode in MODES:
            events = analyse_document(document, BuildOptions(dct=doc.dct, events=mode)).events
            ordered = order_events(events)
            result[f"{mode} {doc.doc_id}"] = json.dumps(
                [[e.model_dump(mode="json") for e in events], [e.id for e in ordered]],
                sort_keys=True, ensure_ascii=False)
    return result


def main() -> None:
    default = Path(__file__).resolve().parents[1] / ".." / "shared" / "data" / "tbaq"
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold_dir", nargs="?", type=Path, default=default)
    action = parser.add_mutually_exclusive_group(required=True)
    action.add_argument("--write", type=Path)
    action.add_argument("--check", type=Path)
    args = parser.parse_args()
    found = outputs(args.gold_dir)
    if args.write:
        with args.write.open("w", encoding="utf-8") as out:
            for key in sorted(found):
                out.write(json.dumps([key, found[key]], ensure_ascii=False) + "\n")
        print(f"{len(found)} outputs written to {args.write}")
        return
    with args.check.open(encoding="utf-8") as recorded_file:
        recorded = dict(json.loads(line) for line in recorded_file)
    differing = sorted(k for k in recorded.keys() | found.keys()
                       if recorded.get(k) != found.get(k))
    for key in differing[:20]:
        print(f"differs: {key}")
    print(f"{len(found)} outputs, {len(differing)} differ from {args.check}")
    sys.exit(1 if differing else 0)


if __name__ == "__main__":
    main()
