"""The tense of the words around an expression: decides which way a bare weekday or date points."""

from __future__ import annotations

import re
from typing import Literal

from newstimeline.timex import vocabulary as vocab

ClauseTense = Literal["past", "future", "none"]

_WORD = re.compile(r"[A-Za-z]+(?:'[a-z]+)?|'ll")
# Words this many to either side of the expression, within its sentence, are read for cues.
WINDOW_WORDS = 8
# Characters scanned for those words: bounds the work per expression in a run-on "sentence".
WINDOW_CHARS = 16 * WINDOW_WORDS


def clause_tense(text: str, sentence: tuple[int, int], start: int, end: int) -> ClauseTense:
    """Future if a future cue is near, else past if a past cue or past-tense verb is near."""
    before = _WORD.findall(text, max(sentence[0], start - WINDOW_CHARS), start)[-WINDOW_WORDS:]
    after = _WORD.findall(text, end, min(sentence[1], end + WINDOW_CHARS))[:WINDOW_WORDS]
    words = [w.lower() for w in (*before, *after)]
    if any(w in vocab.FUTURE_CUES for w in words):
        return "future"
    if any(w in vocab.PAST_CUES or (len(w) > 4 and w.endswith("ed")) for w in words):
        return "past"
    return "none"
