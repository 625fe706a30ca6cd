"""Year inference on a written story with a dateline, as the DCT tests read it."""

from __future__ import annotations

import datetime as dt

from newstimeline.dct import YearInference, infer_year
from newstimeline.timex import find_mentions

REFERENCE = dt.date(2026, 11, 28)


def infer_story_year(text: str, month: int, day: int) -> YearInference:
    """``infer_year`` for a story whose dateline ("NAIROBI, Kenya, Aug. 12 (AP) - ") gives
    ``month`` and ``day``: its body starts after the dateline's dash."""
    return infer_year(text, find_mentions(text), month, day, REFERENCE,
                      body_start=text.index(" - ") + 3)
