"""The tense of the words around an expression: decides which way a bare weekday or date points."""

from __future__ import annotations

import re
from typing import Literal, NamedTuple

from newstimeline.timex import vocabulary as vocab

ClauseTense = Literal["past", "future", "none"]

# A hyphenated compound is one word: "lower-than-anticipated earnings" holds no past verb.
# (The hyphenated parts are taken possessively and the apostrophe's part as a branch: the same
# words, with no backtracking state kept per word; reading TBAQ's words: 47.1 -> 37.8 M
# instructions.)
_WORD = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)*+(?:'[a-z]+|)|'ll")
# Words this many to either side of the expression, within its sentence, are read for cues.
WINDOW_WORDS = 8
FRONTED_WINDOW_WORDS = 14
FAR_WINDOW_WORDS = 16
# What may stand before a sentence's first word: spaces and opening quotes.
_OPENING_QUOTES = " \t\n\"'“‘`"
_BOUNDARY = re.compile(r"[,;:()\"“”]|''")
_LOOKAHEAD = re.compile(
    r"(?<![\w])(?:" + "|".join(re.escape(p) for p in vocab.LOOKAHEAD_PHRASES) + r")\s+$",
    re.IGNORECASE,
)


# Characters a word takes at most, on average, in the few words read on each side: the words are
# first read from that far only, and from the whole reach when it holds too few.
_CHARS_PER_WORD = 9


def _words_before(text: str, begin: int, start: int, count: int) -> list[str]:
    """The last ``count`` words of ``_WORD.findall(text, begin, start)``.

    A read from nearer than ``begin`` may cut the first word it finds, but once it holds more
    than ``count`` words the last ``count`` are whole and the same."""
    near = start - count * _CHARS_PER_WORD
    if near > begin:
        words = _WORD.findall(text, near, start)
        if len(words) > count:
            return words[-count:]
    return _WORD.findall(text, begin, start)[-count:]


def _words_after(text: str, end: int, stop: int, count: int) -> list[str]:
    """The first ``count`` words of ``_WORD.findall(text, end, stop)`` (a shorter read that
    holds more than ``count`` words holds them whole: only its last word may be cut)."""
    near = end + count * _CHARS_PER_WORD
    if near < stop:
        words = _WORD.findall(text, end, near)
        if len(words) > count:
            return words[:count]
    return _WORD.findall(text, end, stop)[:count]


def _participle(words: list[str], i: int, step: int) -> bool:
    """Whether the word before ``words[i]`` in the text makes it a participle ("can be held"),
    past one adverb in "-ly" ("will be formally installed")."""
    j = i + step
    if 0 <= j < len(words) and words[j].endswith("ly") and words[j] not in _LISTED_CUES:
        j += step
    return 0 <= j < len(words) and words[j] in vocab.PARTICIPLE_AUXILIARIES


class _Cue(NamedTuple):
    """What one lowercase word can say about tense, before its neighbours are read."""

    future: bool
    """A future cue on its own ("will")."""
    future_before: frozenset[str] | None
    """Words after which it is a future cue ("plans" before "to")."""
    past: bool
    """A past cue on its own ("ago")."""
    past_verb: bool
    """A past-tense verb ("-ed" or irregular) unless a participle ("will be held")."""
    present: bool


def _ed_verb(word: str) -> bool:
    """A regular past verb in "-ed": not a hyphenated adjective ("long-awaited", "so-called")."""
    # Short "-ed" words are seldom verbs ("bed", "need", "seed"), but "died", "tied", "lied" are.
    return (word.endswith("ed") and (len(word) > 4 or word.endswith("ied")) and "-" not in word
            and word not in vocab.ED_ADJECTIVES)


def _read_cue(word: str) -> _Cue | None:
    """The tense cues of ``word`` (None: none at all, the common case)."""
    past_verb = (word in vocab.IRREGULAR_PAST_VERBS and "-" not in word) or _ed_verb(word)
    cue = _Cue(word in vocab.FUTURE_CUES, vocab.FUTURE_CUES_BEFORE.get(word),
               word in vocab.PAST_CUES, past_verb, word in vocab.PRESENT_CUES)
    return cue if any(cue) else None


# The listed cue words, read once at import; any other word can only be an "-ed" past verb.
_LISTED_CUES: dict[str, _Cue] = {
    word: cue for word in (vocab.FUTURE_CUES | vocab.FUTURE_CUES_BEFORE.keys() | vocab.PAST_CUES
                           | vocab.IRREGULAR_PAST_VERBS | vocab.PRESENT_CUES)
    if (cue := _read_cue(word)) is not None}
_ED_VERB = _Cue(False, None, False, True, False)
# Endings of the unlisted words ``_cue`` can read a cue from ("agreed", "we'll"): any other
# unlisted word has none, which ``clause_tense`` checks inline to spare a call per word.
_CUE_ENDINGS = ("ed", "'ll")


def _cue(word: str) -> _Cue | None:
    """``_read_cue(word)``, from the table for listed words (no call for the common word)."""
    cue = _LISTED_CUES.get(word)
    if cue is not None:
        return cue
    if _ed_verb(word):
        return _ED_VERB
    if word.endswith("'ll"):  # "I'll", "we'll": a will-future fused to its subject
        return _LISTED_CUES["'ll"]
    return None


def _pluperfect(words: list[str], i: int, step: int) -> bool:
    """Whether ``words[i]`` follows "had been" in the text ("had been due to expire")."""
    first, second = i + 2 * step, i + step
    return (0 <= first < len(words) and 0 <= second < len(words)
            and (words[first], words[second]) == vocab.PLUPERFECT_PLAN)


def _as_planned(words: list[str], i: int, step: int) -> bool:
    """Whether ``words[i]`` is a plan compared with what happened: "as (previously) planned",
    "than expected"."""
    if words[i] not in vocab.AS_PLANNED_WORDS:
        return False
    j = i + step
    if 0 <= j < len(words) and words[j] in vocab.AS_PLANNED_ADVERBS:
        j += step
    return 0 <= j < len(words) and words[j] in vocab.AS_PLANNED_COMPARISONS


def _word_tense(words: list[str], i: int, step: int) -> ClauseTense | None:
    """The tense ``words[i]`` gives, read with its neighbours (``step``: +1 if ``words`` runs
    backwards through the text, -1 if forwards); None if it gives none."""
    cue = _cue(words[i])
    if cue is None or _as_planned(words, i, step):
        return None
    if words[i] in vocab.POSSIBILITY_MODALS:
        if step < 0:
            # After the expression the modal is seldom its verb's: "In early 1997, Yeltsin
            # told Clinton he could live with it" (the telling is 1997's).
            return None
        following = words[i - 1] if i >= 1 else ""  # the word after the modal in the text
        if following in vocab.PERFECT_AFTER_MODAL:
            return "past"  # "could have fled on Friday"
        if following in vocab.MODAL_UNSURE_BEFORE.get(words[i], ()):
            return None
    if cue.future or (cue.future_before is not None and (
            # the word after words[i] in the text: "plans to", not "the plan"
            0 <= i - step < len(words) and words[i - step] in cue.future_before)):
        return "past" if _pluperfect(words, i, step) else "future"
    if cue.past or (cue.past_verb and not _participle(words, i, step)):
        return "past"
    return "none" if cue.present else None


def _reported_saying(before: list[str], searched: int) -> bool:
    """Whether the nearest cue before the expression, past the ``searched`` words already read
    (``before`` runs nearest first), is a past reporting verb ("said", "told") whose report has
    not begun yet: after "that" ("added that guidelines to be published in early November") the
    expression is part of what was said."""
    for i in range(searched + 1, len(before)):
        if before[i] in vocab.PAST_REPORTING_VERBS:
            return True
        if before[i] == "that" or _word_tense(before, i, 1) is not None:
            return False
    return False


def clause_tense(text: str, sentence: tuple[int, int], start: int, end: int) -> ClauseTense:
    """The tense of the nearest cue: an auxiliary, a cue word or a past-tense verb.

    Reading outwards from the expression keeps "announced Wednesday, ... they will appeal" past.
    A phrase such as "as early as" just before the expression makes it future outright, unless
    it opens the sentence ahead of its clause, where the clause's verb tells ("As early as March,
    officials warned ...": past; "As soon as Monday, the union will ...": future).
    """
    lookahead = _LOOKAHEAD.search(text, max(sentence[0], start - 16), start)
    if lookahead is None:
        return _cued_tense(text, sentence, start, end)
    if text[sentence[0]:lookahead.start()].strip(_OPENING_QUOTES) or not text.startswith(
            ",", end):
        return "future"
    told = _cued_tense(text, sentence, start, end)
    return "future" if told == "none" else told


def _cued_tense(text: str, sentence: tuple[int, int], start: int, end: int) -> ClauseTense:
    """``clause_tense`` without the look-ahead phrases: the tense of the nearest cue."""
    # Eight words fit in a few dozen characters; reading no further keeps long sentences cheap.
    reach = WINDOW_WORDS * 16
    near_start = max(sentence[0], start - reach)
    # Words as the cue tables list them: lowercased, except that a capitalized "May" is the
    # month ("repairs from May to September"), not the modal "may" (a present cue).
    before = ["" if w == "May" else w.lower()
              for w in _words_before(text, near_start, start, WINDOW_WORDS)]
    # A fronted expression ("On Tuesday, the National Abortion Rights Action League plans to")
    # has the whole clause after it, subject first: read further for its verb.
    after_words = WINDOW_WORDS if before else FRONTED_WINDOW_WORDS
    after_end = min(sentence[1], end + after_words * 16)
    after = ["" if w == "May" else w.lower()
             for w in _words_after(text, end, after_end, after_words)]
    if not vocab.REPORTING_VERBS.isdisjoint(after):
        # ", Castro said": a reporting verb past a comma or quote frames the clause and dates
        # the saying, not the expression ("will leave at 4 a.m. Thursday,'' Castro said").
        for i, hit in zip(range(len(after)), _WORD.finditer(text, end, after_end), strict=False):
            if after[i] in vocab.REPORTING_VERBS and _BOUNDARY.search(text, end, hit.start()):
                after[i] = ""
    before.reverse()  # nearest first
    for distance in range(max(len(before), len(after))):
        # In ``before`` (reversed) the word preceding position i is at i + 1; in ``after`` i - 1.
        if distance < len(before) and (before[distance] in _LISTED_CUES
                                          or before[distance].endswith(_CUE_ENDINGS)):
            tense = _word_tense(before, distance, 1)
            if tense is not None:
                return tense
        if distance < len(after) and (after[distance] in _LISTED_CUES
                                         or after[distance].endswith(_CUE_ENDINGS)):
            tense = _word_tense(after, distance, -1)
            if tense is not None:
                if tense == "future" and _reported_saying(before, distance):
                    # "The firm said in a statement on Monday that it would appeal": the day
                    # dates the saying; the future belongs to what was said.
                    return "past"
                return tense
    # Nothing near: an auxiliary further back still governs the clause ("will be named commander
    # of the Space Shuttle Columbia for a mission in December").
    # (When the near words already reach back to the sentence start, they are all there is.)
    far = _words_before(text, near_start if near_start == sentence[0] else max(
        sentence[0], start - 2 * reach), start, FAR_WINDOW_WORDS)
    for word in reversed([w.lower() for w in far[-FAR_WINDOW_WORDS:-WINDOW_WORDS]]
                         if len(far) > WINDOW_WORDS else []):
        if word in vocab.FAR_FUTURE_CUES:
            return "future"
        if word in vocab.FAR_PAST_CUES:
            return "past"
    return "none"


def scheduled_present(text: str, sentence: tuple[int, int], start: int) -> bool:
    """Whether a timetable verb in the present ("meet", "resumes") stands just before ``start``.

    One adverb may come between ("meet separately Monday", "meets again Wednesday"); an
    auxiliary or "to" before the verb ("did not meet", "failed to meet") makes it no timetable.
    """
    before = [w.lower() for w in _WORD.findall(text, max(sentence[0], start - 64), start)][-4:]
    before.reverse()  # nearest first
    if before[:1] == ["at"]:  # "ends at midnight Saturday": the clock time's own preposition
        before = before[1:]
    for i in range(min(2, len(before))):
        if before[i] in vocab.SCHEDULE_VERBS:
            if i == 1 and not (before[0].endswith("ly") or before[0] in vocab.SCHEDULE_ADVERBS):
                return False
            previous = before[i + 1] if i + 1 < len(before) else ""
            return previous not in vocab.SCHEDULE_VERB_BLOCKERS
    return _scheduled_verb_in_clause(text, sentence, start)


# How far back a present timetable verb may stand from its weekday, past its object and place
# ("Miami opens the finals in Denver on Thursday").
SCHEDULE_REACH_WORDS = 6


def _scheduled_verb_in_clause(text: str, sentence: tuple[int, int], start: int) -> bool:
    """Whether a present timetable verb that is seldom a noun ("opens", "convenes") stands a
    few words before ``start`` in the same clause (no comma, colon or quote between)."""
    clause_start = max(sentence[0], start - 80)
    for boundary in _BOUNDARY.finditer(text, clause_start, start):
        clause_start = boundary.end()
    words = [w.lower() for w in _WORD.findall(text, clause_start, start)][
        -SCHEDULE_REACH_WORDS - 1:]
    for i in range(len(words) - 1, -1, -1):
        if words[i] in vocab.SCHEDULE_PRESENT_VERBS:
            return i == 0 or words[i - 1] not in vocab.SCHEDULE_VERB_BLOCKERS
    return False
