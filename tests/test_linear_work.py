"""Cost stays linear in the input: counted as Python calls, not measured as time.

Each adversarial text is built at two sizes, four times apart; the number of function calls the
builder makes (``sys.setprofile`` events) must grow about four times, not sixteen. The wall-clock
figures for large inputs are in ``benchmarks/linear_time.py``.
"""

from __future__ import annotations

import datetime as dt
import sys
from types import FrameType
from typing import Any

import pytest

from newstimeline.models import Document
from newstimeline.pipeline import BuildOptions, process_document

SMALL = 3_000
GROWTH = 4
# Linear work grows GROWTH times; allow for fixed costs and boundary effects, far below GROWTH².
MAX_RATIO = GROWTH * 1.5

ADVERSARIAL_UNITS = {
    "digit run": "1234567890",
    "on on on": "on ",
    "weekday names": "Monday Tuesday ",
    "run-on sentence": "The minister said on Friday that talks, which began in May, would resume, and ",
    "punctuation": ".!?,;:",
    "slashed numbers": "12/",
    "wire copy": "WASHINGTON, Feb. 19 (Reuters) - The company said on Thursday it cut 300 jobs.\n\n",
    "reporting tails": "\"It is over,\" he said, ",
}


def _text(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


def _calls(text: str) -> int:
    count = 0

    def profiler(frame: FrameType, event: str, arg: Any) -> None:
        nonlocal count
        count += 1

    document = Document(id="doc", path="doc.txt", title=None, text=text)
    sys.setprofile(profiler)
    try:
        process_document(document, BuildOptions(dct=dt.date(2021, 1, 1)))
    finally:
        sys.setprofile(None)
    return count


@pytest.mark.parametrize("kind", sorted(ADVERSARIAL_UNITS))
def test_work_grows_linearly_with_input(kind: str) -> None:
    unit = ADVERSARIAL_UNITS[kind]
    small = _calls(_text(unit, SMALL))
    large = _calls(_text(unit, SMALL * GROWTH))
    assert large <= MAX_RATIO * max(small, 1), (kind, small, large)
