"""The tense of the words around an expression: decides which way a bare weekday or date points."""

from __future__ import annotations

import re
from typing import Literal

from newstimeline.timex import vocabulary as vocab

ClauseTense = Literal["past", "future", "none"]

_WORD = re.compile(r"[A-Za-z]+(?:'[a-z]+)?|'ll")
# Words this many to either side of the expression, within its sentence, are read for cues.
WINDOW_WORDS = 8


def _ed_verb(words: list[str], i: int, step: int) -> bool:
    """A past-tense "-ed" verb, not a participle after "be"/"will"/"to" ("can be exercised")."""
    word = words[i]
    if len(word) <= 4 or not word.endswith("ed"):
        return False
    j = i + step
    return not (0 <= j < len(words) and words[j] in vocab.PARTICIPLE_AUXILIARIES)


def clause_tense(text: str, sentence: tuple[int, int], start: int, end: int) -> ClauseTense:
    """The tense of the nearest cue: an auxiliary, a cue word or a past-tense "-ed" verb.

    Reading outwards from the expression keeps "announced Wednesday, ... they will appeal" past.
    """
    # Eight words fit in a few dozen characters; reading no further keeps long sentences cheap.
    reach = WINDOW_WORDS * 16
    before = [w.lower() for w in
              _WORD.findall(text, max(sentence[0], start - reach), start)[-WINDOW_WORDS:]]
    after = [w.lower() for w in
             _WORD.findall(text, end, min(sentence[1], end + reach))[:WINDOW_WORDS]]
    before.reverse()  # nearest first
    for distance in range(WINDOW_WORDS):
        # In ``before`` (reversed) the word preceding position i is at i + 1; in ``after`` i - 1.
        for words, step in ((before, 1), (after, -1)):
            if distance < len(words):
                word = words[distance]
                if word in vocab.FUTURE_CUES:
                    return "future"
                if word in vocab.PAST_CUES or _ed_verb(words, distance, step):
                    return "past"
                if word in vocab.PRESENT_CUES:
                    return "none"
    return "none"
