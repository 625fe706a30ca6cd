"""The tense of the words around an expression: decides which way a bare weekday or date points."""

from __future__ import annotations

import re
from typing import Literal

from newstimeline.timex import vocabulary as vocab

ClauseTense = Literal["past", "future", "none"]

# A hyphenated compound is one word: "lower-than-anticipated earnings" holds no past verb.
_WORD = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)*(?:'[a-z]+)?|'ll")
# Words this many to either side of the expression, within its sentence, are read for cues.
WINDOW_WORDS = 8
FRONTED_WINDOW_WORDS = 14
FAR_WINDOW_WORDS = 16
_BOUNDARY = re.compile(r"[,;:()\"“”]|''")
_LOOKAHEAD = re.compile(
    r"(?<![\w])(?:" + "|".join(re.escape(p) for p in vocab.LOOKAHEAD_PHRASES) + r")\s+$",
    re.IGNORECASE,
)


def _participle(words: list[str], i: int, step: int) -> bool:
    """Whether the word before ``words[i]`` in the text makes it a participle ("can be held")."""
    j = i + step
    return 0 <= j < len(words) and words[j] in vocab.PARTICIPLE_AUXILIARIES


def _past_verb(words: list[str], i: int, step: int) -> bool:
    """A past-tense verb ("-ed" or irregular), not a participle after "be"/"will"/"to"."""
    word = words[i]
    if "-" in word:  # an adjective ("long-awaited", "so-called"), not a verb
        return False
    if word in vocab.IRREGULAR_PAST_VERBS:
        return not _participle(words, i, step)
    # Short "-ed" words are seldom verbs ("bed", "need", "seed"), but "died", "tied", "lied" are.
    if ((len(word) <= 4 and not word.endswith("ied")) or not word.endswith("ed")
            or word in vocab.ED_ADJECTIVES):
        return False
    return not _participle(words, i, step)


def _future(words: list[str], i: int, step: int) -> bool:
    """A future cue ("will"), or a word that looks ahead before the right word ("plans to")."""
    word = words[i]
    if word in vocab.FUTURE_CUES:
        return True
    j = i - step  # the word after words[i] in the text
    following = words[j] if 0 <= j < len(words) else ""
    followers = vocab.FUTURE_CUES_BEFORE.get(word)
    return followers is not None and following in followers


def _pluperfect(words: list[str], i: int, step: int) -> bool:
    """Whether ``words[i]`` follows "had been" in the text ("had been due to expire")."""
    first, second = i + 2 * step, i + step
    return (0 <= first < len(words) and 0 <= second < len(words)
            and (words[first], words[second]) == vocab.PLUPERFECT_PLAN)


def clause_tense(text: str, sentence: tuple[int, int], start: int, end: int) -> ClauseTense:
    """The tense of the nearest cue: an auxiliary, a cue word or a past-tense verb.

    Reading outwards from the expression keeps "announced Wednesday, ... they will appeal" past.
    A phrase such as "as early as" just before the expression makes it future outright.
    """
    # Eight words fit in a few dozen characters; reading no further keeps long sentences cheap.
    reach = WINDOW_WORDS * 16
    if _LOOKAHEAD.search(text, max(sentence[0], start - 16), start):
        return "future"
    before = [w.lower() for w in
              _WORD.findall(text, max(sentence[0], start - reach), start)[-WINDOW_WORDS:]]
    # A fronted expression ("On Tuesday, the National Abortion Rights Action League plans to")
    # has the whole clause after it, subject first: read further for its verb.
    after_words = WINDOW_WORDS if before else FRONTED_WINDOW_WORDS
    after: list[str] = []
    for hit in _WORD.finditer(text, end, min(sentence[1], end + after_words * 16)):
        if len(after) == after_words:
            break
        lowered = hit.group().lower()
        # ", Castro said": a reporting verb past a comma or quote frames the clause and dates
        # the saying, not the expression ("will leave at 4 a.m. Thursday,'' Castro said").
        if lowered in vocab.REPORTING_VERBS and _BOUNDARY.search(text, end, hit.start()):
            lowered = ""
        after.append(lowered)
    before.reverse()  # nearest first
    for distance in range(max(len(before), len(after))):
        # In ``before`` (reversed) the word preceding position i is at i + 1; in ``after`` i - 1.
        for words, step in ((before, 1), (after, -1)):
            if distance < len(words):
                word = words[distance]
                if _future(words, distance, step):
                    return "past" if _pluperfect(words, distance, step) else "future"
                if word in vocab.PAST_CUES or _past_verb(words, distance, step):
                    return "past"
                if word in vocab.PRESENT_CUES:
                    return "none"
    # Nothing near: an auxiliary further back still governs the clause ("will be named commander
    # of the Space Shuttle Columbia for a mission in December").
    far = [w.lower() for w in _WORD.findall(text, max(sentence[0], start - 2 * reach), start)]
    for word in reversed(far[-FAR_WINDOW_WORDS:-WINDOW_WORDS] if len(far) > WINDOW_WORDS else []):
        if word in vocab.FAR_FUTURE_CUES:
            return "future"
        if word in vocab.FAR_PAST_CUES:
            return "past"
    return "none"


def scheduled_present(text: str, sentence: tuple[int, int], start: int) -> bool:
    """Whether a timetable verb in the present ("meet", "resumes") stands just before ``start``.

    One adverb may come between ("meet separately Monday"); an auxiliary or "to" before the verb
    ("did not meet", "failed to meet") makes it no timetable.
    """
    before = [w.lower() for w in _WORD.findall(text, max(sentence[0], start - 64), start)][-4:]
    before.reverse()  # nearest first
    for i in range(min(2, len(before))):
        if before[i] in vocab.SCHEDULE_VERBS:
            if i == 1 and not before[0].endswith("ly"):
                return False
            previous = before[i + 1] if i + 1 < len(before) else ""
            return previous not in vocab.SCHEDULE_VERB_BLOCKERS
    return False
