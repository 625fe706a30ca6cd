"""HeidelTime's TimeML output is mapped back to offsets in the raw text the benchmark gave it."""

from __future__ import annotations

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
_spec = importlib.util.spec_from_file_location(
    "timex_benchmark", ROOT / "benchmarks" / "timex_benchmark.py")
assert _spec and _spec.loader
benchmark = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(benchmark)


def test_timex3_tags_map_to_raw_offsets_despite_leading_newlines_and_markup_like_text() -> None:
    raw = "\n\nShares fell on Wednesday & rose <again> on March 3, 1998.\n"
    output = ('<?xml version="1.0"?>\n<!DOCTYPE TimeML SYSTEM "TimeML.dtd">\n<TimeML>\n'
              "\n\nShares fell on <TIMEX3 tid=\"t5\" type=\"DATE\" value=\"1998-02-18\">Wednesday"
              "</TIMEX3> & rose <again> on <TIMEX3 tid=\"t3\" type=\"DATE\" value=\"1998-03-03\">"
              "March 3, 1998</TIMEX3>.\n\n</TimeML>\n")
    found = benchmark.heideltime_offsets(raw, output)
    assert [(t.start, t.end, t.type, t.value) for t in found] == [
        (raw.index("Wednesday"), raw.index("Wednesday") + 9, "DATE", "1998-02-18"),
        (raw.index("March"), raw.index("March") + 13, "DATE", "1998-03-03"),
    ]
