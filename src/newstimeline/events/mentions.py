"""Event mentions: the trigger words of a sentence, with class, tense, polarity and clause.

A rule-based reader over tokens: reporting verbs, past-tense forms, verbs after "will" and
progressive forms after "be". Infinitives and verbs under "would/could/may" are not events yet:
they have not happened.
"""

from __future__ import annotations

import bisect
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, fields
from itertools import compress
from operator import itemgetter
from typing import Literal

from newstimeline.events import vocabulary as vocab
from newstimeline.events.actors import is_name_word
from newstimeline.events.word_cache import WordCache
from newstimeline.text import Token
from newstimeline.timex.vocabulary import MONTHS, WEEKDAYS

Aspect = Literal["simple", "perfect", "progressive", "perfect_progressive"]
EventTense = Literal["past", "present", "future", "none"]
QUOTES = frozenset({'"', "“", "”", "«", "»"})
CLAUSE_PUNCTUATION = frozenset({";", ":", "(", ")", "\u2014", "\u2013"})  # em and en dash
# How far after a comma a reporting verb may stand for the comma to open a reporting tail
# (", Russian Deputy Foreign Minister Alexander Grushko said").
TAIL_REACH = 9
# How far back a "will" or "did not" may stand from the verb it governs ("will not soon start").
MODAL_REACH = 8
_SUPPORTING = vocab.FUTURE_MODALS | vocab.NEGATED_DO | vocab.DO_SUPPORT | vocab.NEGATIONS
_NEGATING = vocab.NEGATIONS | vocab.NEGATED_DO
# Inside a verb group a one-word negated auxiliary ("isn't", "hadn't") also negates.
_NEGATING_TENSED = _NEGATING | frozenset(vocab.CONTRACTED_AUXILIARIES)
_PROGRESSIVE_AUXILIARIES = frozenset({"is", "are", "was", "were", "been", "am"})
_FUTURE_OR_BE = vocab.FUTURE_MODALS | {"be"}
_AUXILIARIES_OR_MODALS = vocab.AUXILIARIES | vocab.FUTURE_MODALS
# Token.lower read as the tuple item it is: a C-level index, where attrgetter("lower")
# goes through the generic attribute lookup of a NamedTuple field.
_LOWER = itemgetter(Token._fields.index("lower"))


@dataclass(frozen=True, slots=True)
class EventMention:
    """One trigger in one sentence, with the clause it heads (token indices, end exclusive)."""

    index: int
    token: Token
    event_class: str
    tense: EventTense
    aspect: Aspect
    polarity: Literal["POS", "NEG"]
    clause: tuple[int, int]
    dependent: bool
    """``is_dependent`` of the trigger, found with the words before it."""

    def __init__(self, index: int, token: Token, event_class: str, tense: EventTense,
                 aspect: Aspect, polarity: Literal["POS", "NEG"], clause: tuple[int, int],
                 dependent: bool) -> None:
        # The dataclass's own __init__ of a frozen class sets each field by
        # object.__setattr__ (1.8 µs a mention); the slots' setters do it in 1.0 µs. (A
        # dataclass keeps an __init__ its class defines; equality, hashing, the frozen
        # __setattr__, replace() and pickling are the dataclass's.)
        _set_index(self, index)
        _set_token(self, token)
        _set_class(self, event_class)
        _set_tense(self, tense)
        _set_aspect(self, aspect)
        _set_polarity(self, polarity)
        _set_clause(self, clause)
        _set_dependent(self, dependent)


(_set_index, _set_token, _set_class, _set_tense, _set_aspect, _set_polarity, _set_clause,
 _set_dependent) = (EventMention.__dict__[f.name].__set__ for f in fields(EventMention))


def _previous_words(tokens: list[Token], i: int) -> list[str]:
    """Lowercased words before token ``i``, nearest first, skipping adverbs between verb parts."""
    if i == 0:
        return []
    word, step = _before_step(tokens[i - 1].lower)
    if step == _STOP:
        return [word]  # (the commonest case: a word that is no auxiliary, nor adverb)
    words: list[str] = []
    j = i - 1
    while j >= 0 and len(words) < 4:
        word, step = _before_step(tokens[j].lower)
        if step != _SKIP:
            words.append(word)
            if step == _STOP:
                break
        j -= 1
    return words


# How _previous_words treats a word (cached per word): skip it (an adverb between verb parts),
# keep it and go on (a skipped adverb that negates; an auxiliary or a negation), or keep it and
# stop there.
_SKIP, _KEEP, _STOP = 0, 1, 2


def _step_of(lower: str) -> tuple[str, int]:
    word = lower.replace("\u2019", "'")
    if word in vocab.ADVERBS_BETWEEN or word.endswith("ly"):
        return word, _KEEP if word in vocab.NEGATIONS else _SKIP
    if word not in vocab.AUXILIARIES and word not in vocab.NEGATIONS:
        return word, _STOP
    return word, _KEEP


_before_step: Callable[[str], tuple[str, int]] = WordCache(_step_of).__getitem__


def supporting_positions(tokens: list[Token]) -> list[int]:
    """Indices of the words that support a verb after them ("will", "did", "not"), in order."""
    return [j for j, t in enumerate(tokens) if t.lower.replace("\u2019", "'") in _SUPPORTING]


def verb_shape(tokens: list[Token], i: int,
               supporting: list[int] | None = None) -> tuple[str, EventTense, Aspect] | None:
    """Whether token ``i`` is a verb that reports an event: (class, tense, aspect), else None.
    ``supporting`` is ``supporting_positions(tokens)``, when the caller has it at hand."""
    kind = _word_kind(tokens[i].lower)
    if kind & _NEVER:
        return None
    # Cheap test first: only these shapes can pass the rules below (most tokens cannot).
    if kind & _IF_SUPPORTED and not (
            (i + 1 < len(tokens) and tokens[i + 1].lower == "on")
            or _supported(tokens, i, supporting)):
        return None
    return _shape_of(tokens, i)


# What a word alone tells verb_shape (cached per word): never a trigger (punctuation, numbers,
# auxiliaries, modals, negations); a verb form that goes on to the rules (a reporting verb, a
# past form, -ed/-ing); or a word that goes on only beside a following "on" or a supporting word.
# Flags beside the kind: the word supports a verb after it; the word is "on". Never zero.
_NEVER, _VERB_FORM, _IF_SUPPORTED, _SUPPORTS, _IS_ON = 1, 2, 4, 8, 16
# The bits a word's code (``word_codes``) adds to its kind, for the other per-token tests of
# the event stage: a name word (as written: ``actors.is_name_word``), a word at which a clause
# may start (``_clause_bounds``), a form of "have" that may hold a figure, a copula and a
# present copula (the event stage's governing verbs), a relative pronoun (which may open a
# relative clause: ``anchor.relative_clauses``), a quote mark (``anchor.quoted_spans``) and
# "since" (``anchor.since_clauses``).
NAME_WORD, CLAUSE_MARK, HOLDING_HAVE, COPULA, PRESENT_COPULA = 32, 64, 128, 256, 512
RELATIVE_PRONOUN, QUOTE_MARK, SINCE = 1024, 2048, 4096
_CODES = 8192  # every code is below this
# The tokens from which anchor.quoted_spans builds quotations (`` and '' come as two tokens):
# a sentence with none of them has no quotation.
QUOTE_MARKS = frozenset({"'", "`", "``", "''", '"', "\u201c", "\u201d"})


def code_test(flag: int) -> list[bool]:
    """Whether a code has ``flag``, as a list indexed by the code: ``map(test.__getitem__,
    codes)`` is a C-level call per token, where ``map(flag.__and__, codes)`` goes through a
    slower method-wrapper."""
    return [bool(code & flag) for code in range(_CODES)]


_HAS_VERB_FORM, _HAS_IF_SUPPORTED, _HAS_SUPPORTS_OR_ON = map(
    code_test, (_VERB_FORM, _IF_SUPPORTED, _SUPPORTS | _IS_ON))


# Words that are no trigger whatever supports them: prepositions, the adverbs between a verb's
# parts and those of likelihood (the verb they stand before or after is the event: "will also
# meet", "will likely be recommending", "will be on Friday"). Not the prepositions that are
# predicates after "be": "the strike will be over", "will be through". (Read by the rules'
# trigger finder only: the mention model's features, ``verb_shape``, keep their shapes.)
_NEVER_VERBS = (vocab.PREPOSITIONS - {"over", "through"}) | vocab.ADVERBS_BETWEEN | frozenset({
    "likely", "unlikely", "probably", "possibly", "certainly", "definitely", "surely",
    "perhaps",
})  # fmt: skip


def _kind_of_word(word: str) -> int:
    if (not word.isalpha() and "-" not in word) or word in vocab.AUXILIARIES \
            or word in vocab.NEGATIONS or word in vocab.FUTURE_MODALS \
            or word in vocab.IRREALIS_MODALS:
        kind = _NEVER  # for the function words, the verb they support is the event
    elif word in vocab.REPORTING_VERBS or _is_model_irregular_past(word) \
            or word.endswith(("ed", "ing")):
        kind = _VERB_FORM
    else:
        kind = _IF_SUPPORTED
    if word.replace("\u2019", "'") in _SUPPORTING:
        kind |= _SUPPORTS
    if word == "on":
        kind |= _IS_ON
    return kind


_word_kind: Callable[[str], int] = WordCache(_kind_of_word).__getitem__

# Forms of "be" that are finite verbs of their clause when no mention; those of the present.
COPULAS = frozenset({"is", "are", "am", "was", "were"})
PRESENT_COPULAS = frozenset({"is", "are", "am"})
_HOLDING_HAVES = frozenset({"has", "have", "had"})


def _code_of_written(text: str) -> int:
    word = text.lower()
    code = _word_kind(word)
    if is_name_word(text):
        code |= NAME_WORD
    if word in _CLAUSE_MARKS:
        code |= CLAUSE_MARK
    if word in _HOLDING_HAVES:
        code |= HOLDING_HAVE
    if word in COPULAS:
        code |= COPULA | (PRESENT_COPULA if word in PRESENT_COPULAS else 0)
    if word in vocab.RELATIVE_PRONOUNS:
        code |= RELATIVE_PRONOUN
    if text in QUOTE_MARKS:
        code |= QUOTE_MARK
    if word == "since":
        code |= SINCE
    return code


_code_of: Callable[[str], int] = WordCache(_code_of_written).__getitem__
# Token.text read as the tuple item it is (see _LOWER).
_TEXT = itemgetter(Token._fields.index("text"))


def word_codes(tokens: list[Token]) -> list[int]:
    """One code per token, by the word as written (cached per word): its kind for
    ``verb_shapes`` and the flags of the stage's other per-token tests (NAME_WORD, ...). A
    sentence's codes, made once, serve all of them: one cached lookup per token, not one per
    test."""
    return list(map(_code_of, map(_TEXT, tokens)))


def codes_of_words(words: list[str]) -> list[int]:
    """``word_codes`` of tokens whose texts are ``words`` (``text.words_and_tokens``)."""
    return list(map(_code_of, words))


def _shape_of(tokens: list[Token], i: int, previous: dict[int, list[str]] | None = None
              ) -> tuple[str, EventTense, Aspect] | None:
    """``verb_shape`` for a token that passed its cheap tests. The words before the token are
    kept in ``previous`` (by index) for the caller, whenever the result is not None."""
    token = tokens[i]
    word = token.lower
    if i > 0 and token.text[0].isupper():
        return None  # a capitalized word mid-sentence is a name ("United", "Member States")
    before = _previous_words(tokens, i)
    if previous is not None:
        previous[i] = before
    prev = before[0] if before else ""
    if prev in vocab.DETERMINERS or prev == "to" or not vocab.IRREALIS_MODALS.isdisjoint(before):
        return None
    # (A C-level filter: a list comprehension makes a function and a frame at every call.
    # Most triggers have no auxiliary, and the tests on the auxiliaries then stop at once.)
    auxiliaries = list(filter(_AUXILIARIES_OR_MODALS.__contains__, before))
    future = not vocab.FUTURE_MODALS.isdisjoint(before)
    perfect = bool(auxiliaries) and not vocab.PERFECT_AUXILIARIES.isdisjoint(auxiliaries)
    if i + 3 < len(tokens) and tokens[i + 1].lower == "on" and tokens[i + 2].lower == "to" \
            and tokens[i + 3].lower in vocab.REPORTING_BASES:
        return "REPORTING", "future" if future else "past", "simple"  # "he went on to say"
    if word in vocab.REPORTING_VERBS:
        tense: EventTense = "present" if word.endswith("s") and not word.endswith("ss") else "past"
        if word == "say" and not future:
            return None  # "went on to say", "would say": no new act of saying
        return "REPORTING", "future" if future else tense, "perfect" if perfect else "simple"
    is_past_form = _is_model_irregular_past(word) or (
        len(word) > 4 and word.endswith("ed") and word not in vocab.NOT_VERBS_ED
    )
    if not is_past_form and word.isalpha() and len(word) > 2 and (
        prev in vocab.NEGATED_DO or (prev in vocab.NEGATIONS and before[1:2] and
                                     before[1] in vocab.DO_SUPPORT)
    ):  # "did not agree", "didn't agree": the base form after negated do-support is the event
        return "OCCURRENCE", "past" if "did" in before else "present", "simple"
    progressive = bool(auxiliaries) and word.endswith("ing") and len(word) > 5 and \
        not _PROGRESSIVE_AUXILIARIES.isdisjoint(auxiliaries)
    if future and (is_past_form or progressive or prev in _FUTURE_OR_BE):
        return "OCCURRENCE", "future", "simple"
    if progressive:
        if "been" in auxiliaries:
            return "OCCURRENCE", "present", "perfect_progressive"
        was = "was" in auxiliaries or "were" in auxiliaries
        return "OCCURRENCE", "past" if was else "present", "progressive"
    if is_past_form:
        if "had" in auxiliaries:
            return "OCCURRENCE", "past", "perfect"
        if perfect:
            return "OCCURRENCE", "present", "perfect"
        if _is_model_irregular_past(word) and not auxiliaries and prev in {"", ",", "and"}:
            return None  # "left", "set" without a subject before them are too often not verbs
        return "OCCURRENCE", "past", "simple"
    return None


# The words before a word that is no verb form (kind _IF_SUPPORTED) that may make it a verb in
# _shape_of: a negated "do" or a negation ("did not agree"), a future modal or "be" after one
# ("will start", "will be"). Any other word before it, and _shape_of finds no verb there
# (unless an "on" follows it: "went on to say", which verb_shapes_found tries apart).
_MAKES_VERB = vocab.NEGATED_DO | vocab.NEGATIONS | vocab.FUTURE_MODALS | {"be"}


def _may_be_supported(tokens: list[Token], i: int) -> bool:
    """Whether the first word before token ``i`` that ``_previous_words`` keeps (past the
    adverbs it skips) is in _MAKES_VERB: else ``_shape_of`` returns None for a word that is
    no verb form, and need not be tried."""
    j = i - 1
    while j >= 0:
        word, step = _before_step(tokens[j].lower)
        if step != _SKIP:
            return word in _MAKES_VERB
        j -= 1
    return False


def _supported(tokens: list[Token], i: int, supporting: list[int] | None) -> bool:
    """Whether a supporting word stands within MODAL_REACH tokens before token ``i``."""
    if supporting is None:
        supporting = supporting_positions(tokens[max(0, i - MODAL_REACH):i])
        return bool(supporting)
    k = bisect.bisect_left(supporting, max(0, i - MODAL_REACH))
    return k < len(supporting) and supporting[k] < i


def is_dependent(tokens: list[Token], i: int, before: list[str] | None = None) -> bool:
    """Whether the trigger at ``i`` is an infinitive or a modal's verb ("agreed to buy", "could
    block"): its time hangs on the verb that governs it, not on the date in force.
    ``before`` is ``_previous_words(tokens, i)`` when the caller has it."""
    if before is None:
        before = _previous_words(tokens, i)
    return bool(before) and (before[0] == "to" or before[0] in vocab.IRREALIS_MODALS)


def _irregular_in(table: frozenset[str],
                  not_past: frozenset[str] = frozenset()) -> Callable[[str], bool]:
    def irregular(word: str) -> bool:
        return word in table or (word not in not_past and any(
            word.startswith(p) and word[len(p):] in table for p in vocab.VERB_PREFIXES))
    return irregular


_is_irregular_past: Callable[[str], bool] = WordCache(
    _irregular_in(vocab.IRREGULAR_PAST, vocab.PREFIXED_NOT_PAST), 65536).__getitem__
"""An irregular past form, also behind a verb prefix ("retook", "overran", "withheld")."""
_is_model_irregular_past: Callable[[str], bool] = WordCache(
    _irregular_in(vocab.MODEL_IRREGULAR_PAST), 65536).__getitem__
"""The same over the table the mention model was trained with (the verb reader's, whose
verdict is one of the model's features: see vocab.MODEL_UNSEEN_PAST)."""


def _is_past_form(word: str) -> bool:
    """A past tense or participle: irregular ("fled", "retook") or in -ed ("exploded")."""
    return _is_irregular_past(word) or (word.endswith("ed") and word not in vocab.NOT_VERBS_ED)


# The words at which _clause_bounds may start a clause.
_CLAUSE_MARKS = CLAUSE_PUNCTUATION | {","} | vocab.COMPLEMENTIZERS


_HAS_CLAUSE_MARK = code_test(CLAUSE_MARK)


def _clause_bounds(tokens: list[Token], codes: list[int] | None = None) -> list[int]:
    """Token indices where a new clause starts (always including 0); ``codes`` is
    ``word_codes(tokens)`` when the caller has it."""
    starts = [0]
    count = len(tokens)
    marks = map(_CLAUSE_MARKS.__contains__, map(_LOWER, tokens)) if codes is None else \
        map(_HAS_CLAUSE_MARK.__getitem__, codes)
    # Only the marks are visited, and only the words around a comma or "that" are read.
    for i in compress(range(count), marks):
        word = tokens[i].lower
        if word in CLAUSE_PUNCTUATION:
            if not joins_numbers(tokens, i):
                starts.append(i + 1)
        elif word == "," and i + 1 < count:
            if tokens[i + 1].lower in vocab.CLAUSE_OPENERS:
                starts.append(i + 1)
                continue
            tail = list(map(_LOWER, tokens[i + 1:i + 1 + TAIL_REACH]))
            tail = tail[: tail.index(",")] if "," in tail else tail
            if (not vocab.REPORTING_VERBS.isdisjoint(tail) and not _verb_before_report(tail)) \
                    or not vocab.REPORTING_VERBS.isdisjoint(map(_LOWER, tokens[max(0, i - 3):i])):
                starts.append(i + 1)  # after it a reporting tail, or "NATO, he said, lives ...":
                # the parenthetical ends here
        elif word in vocab.COMPLEMENTIZERS and not vocab.REPORTING_VERBS.isdisjoint(
                map(_LOWER, tokens[max(0, i - 3):i])):
            starts.append(i)
    return sorted(set(starts))


def _verb_before_report(tail: list[str]) -> bool:
    """Whether an auxiliary stands before the reporting verb of the words after a comma: then
    the comma goes on with the clause before it ("Delaney, 52, had pleaded not guilty and his
    lawyers said"), not to a reporting tail (", he said,", ", officials said")."""
    report = next(j for j, word in enumerate(tail) if word in vocab.REPORTING_VERBS)
    # The report's own auxiliaries go with it (", federal officials have said", ", Yeltsin was
    # quoted as saying").
    while report and tail[report - 1] in _AUXILIARIES_OR_MODALS:
        report -= 1
    return not _AUXILIARIES_OR_MODALS.isdisjoint(tail[:report])


def joins_numbers(tokens: list[Token], i: int) -> bool:
    """Whether the mark at ``i`` is written between two numbers without spaces ("at 4:17
    a.m.", "won 3:1"): part of a time or a score, not a clause's end."""
    return (0 < i < len(tokens) - 1 and tokens[i - 1].end == tokens[i].start
            and tokens[i].end == tokens[i + 1].start
            and tokens[i - 1].text.isdigit() and tokens[i + 1].text.isdigit())


def _clause_of(starts: list[int], i: int, count: int) -> tuple[int, int]:
    """The clause (token range) holding token ``i``, given the sorted clause starts."""
    k = bisect.bisect_right(starts, i)
    return starts[k - 1], starts[k] if k < len(starts) else count


def verb_shapes(tokens: list[Token], previous: dict[int, list[str]] | None = None
                ) -> list[tuple[str, EventTense, Aspect] | None]:
    """``verb_shape`` of every token of a sentence, its cheap tests run once for the sentence;
    ``previous`` receives the words before each verb found (see ``_shape_of``)."""
    shapes: list[tuple[str, EventTense, Aspect] | None] = [None] * len(tokens)
    for i, shape in verb_shapes_found(tokens, previous).items():
        shapes[i] = shape
    return shapes


def verb_shapes_found(tokens: list[Token], previous: dict[int, list[str]] | None = None,
                      codes: list[int] | None = None
                      ) -> dict[int, tuple[str, EventTense, Aspect]]:
    """``verb_shapes`` without the Nones: the shape of each verb found, by token index.
    ``codes`` is ``word_codes(tokens)`` when the caller has it."""
    # C-level maps over the sentence: no Python step per token. A code is a word's kind
    # with more flags, which the tests below ignore.
    kinds = list(map(_word_kind, map(_LOWER, tokens))) if codes is None else codes
    count = len(tokens)
    # The tokens that pass the cheap tests: verb forms; other words within MODAL_REACH after a
    # supporting word ("will", "did", "not") or just before an "on".
    tried = list(compress(range(count), map(_HAS_VERB_FORM.__getitem__, kinds)))
    more: set[int] | None = None  # the tries a supporting word or an "on" adds
    for j in compress(range(count), map(_HAS_SUPPORTS_OR_ON.__getitem__, kinds)):
        if more is None:
            more = set(tried)
        kind = kinds[j]
        if kind & _SUPPORTS:
            more.update(i for i in compress(range(j + 1, count), map(
                _HAS_IF_SUPPORTED.__getitem__, kinds[j + 1:j + 1 + MODAL_REACH]))
                if _may_be_supported(tokens, i))
        if kind & _IS_ON and j > 0 and kinds[j - 1] & _IF_SUPPORTED:
            more.add(j - 1)
    if more is not None:
        tried = sorted(more)
    found: dict[int, tuple[str, EventTense, Aspect]] = {}
    for i in tried:  # in text order
        shape = _shape_of(tokens, i, previous)
        if shape is not None:
            found[i] = shape
    return found


# A trigger after one of these is coordinated with the one before it in its clause.
_COORDINATORS = frozenset({"and", "or", "but", "then"})


# Words between the modal and its verb ("would not", "would also", "would then").
_BETWEEN_MODAL_AND_VERB = vocab.NEGATIONS | vocab.ADVERBS_BETWEEN


def _reported_futures(tokens: list[Token], shapes: dict[int, tuple[str, EventTense, Aspect]],
                      previous: dict[int, list[str]]
                      ) -> dict[int, tuple[str, EventTense, Aspect]]:
    """The verbs after "would" in what a report says ("Officials said they would build a
    bridge": "build"), as futures; their words before go to ``previous``."""
    reports = [i for i, (event_class, _, _) in shapes.items() if event_class == "REPORTING"]
    if not reports:
        return {}
    found: dict[int, tuple[str, EventTense, Aspect]] = {}
    for j in range(reports[0] + 1, len(tokens)):
        if tokens[j].lower not in vocab.REPORTED_FUTURE_MODALS:
            continue
        i = j + 1
        while i < len(tokens) and (tokens[i].lower in _BETWEEN_MODAL_AND_VERB
                                   or tokens[i].lower.endswith("ly")):
            i += 1  # "would not", "would eventually"
        if i < len(tokens) and tokens[i].lower == "be" and i + 1 < len(tokens) and (
                _is_past_form(tokens[i + 1].lower) or tokens[i + 1].lower.endswith("ing")):
            i += 1  # "would be closed", "would be leaving"
        if i >= len(tokens) or i in shapes or tokens[i].lower in vocab.NOT_REPORTED_VERBS:
            continue
        word = tokens[i].text
        if word.isalpha() and word.islower() and len(word) > 2:
            previous[i] = _previous_words(tokens, i)
            found[i] = ("OCCURRENCE", "future", "simple")
    return found


def find_event_mentions(tokens: list[Token], codes: list[int] | None = None
                        ) -> list[EventMention]:
    """The event triggers of one sentence, in order (``codes``: ``word_codes(tokens)``, when
    the caller has it)."""
    previous: dict[int, list[str]] = {}  # the words before each verb, found once
    shapes = verb_shapes_found(tokens, previous, codes)
    if not shapes:
        return []
    reported = _reported_futures(tokens, shapes, previous)
    if reported:
        shapes = dict(sorted({**shapes, **reported}.items()))
    starts = _clause_bounds(tokens, codes)
    found: list[EventMention] = []
    occupied_clauses: set[tuple[int, int]] = set()
    for i, shape in shapes.items():  # in text order
        if tokens[i].lower in _NEVER_VERBS:
            continue
        event_class, tense, aspect = shape
        clause = _clause_of(starts, i, len(tokens))
        before = previous[i]
        if tokens[i].lower in vocab.ADVERBS_BETWEEN:
            continue  # "will also pay": the adverb a future's support reaches is no verb
        # (A future told in a report, after its "would", leaves the clause's verb be.)
        if event_class != "REPORTING" and i not in reported:
            # (The words before are read only for a second trigger in a clause.)
            if clause in occupied_clauses and not (
                    before and (before[0] in _COORDINATORS or before[0] in _AUXILIARIES_OR_MODALS)):
                continue  # a second bare participle in a clause modifies a noun ("agreements
                # titled"), unless coordinated or after an auxiliary
            occupied_clauses.add(clause)
        negated = not _NEGATING.isdisjoint(before)
        found.append(EventMention(i, tokens[i], event_class, tense, aspect,
                                  "NEG" if negated else "POS", clause,
                                  is_dependent(tokens, i, before)))
    return found


def _grammar(tokens: list[Token], i: int, before: list[str]
             ) -> tuple[EventTense, Aspect, Literal["POS", "NEG"]]:
    """Tense, aspect and polarity of the trigger at ``i`` from the words before it
    (``_previous_words(tokens, i)``)."""
    word = tokens[i].lower
    prev = before[0] if before else ""
    negated = not _NEGATING_TENSED.isdisjoint(before)
    polarity: Literal["POS", "NEG"] = "NEG" if negated else "POS"
    before = [vocab.CONTRACTED_AUXILIARIES.get(w, w) for w in before]
    if _present_by_what_follows(tokens, i, word):
        return "present", "simple", polarity
    if (prev in vocab.DETERMINERS and not _after_relative_that(tokens, i, word)) \
            or prev in vocab.PREPOSITIONS_BEFORE_NOUNS:
        return "none", "simple", polarity  # a noun or gerund: "the talks", "after meeting"
    if not vocab.IRREALIS_MODALS.isdisjoint(before) or prev == "to":
        return "none", "simple", polarity
    if not vocab.FUTURE_MODALS.isdisjoint(before):
        return "future", "simple", polarity
    progressive = word.endswith("ing")
    contracted = next((vocab.CONTRACTED_TENSES[w] for w in before if w in vocab.CONTRACTED_TENSES),
                      None)
    if contracted is not None:  # "don't know", "didn't agree", "won't go"
        return contracted, "simple", polarity
    if progressive and prev in vocab.CONTRACTED_BE and word.isalpha():
        return "present", "progressive", polarity  # "they're talking about layoffs"
    if prev in vocab.CONTRACTED_BE and word.isalpha() and word.endswith("ed"):
        return "present", "simple", polarity  # "it's followed by Stroh": a present passive
    if "had" in before:
        return "past", "perfect_progressive" if progressive else "perfect", polarity
    if not {"has", "have", "'ve"}.isdisjoint(before):
        return "present", "perfect_progressive" if progressive else "perfect", polarity
    if not {"was", "were"}.isdisjoint(before):
        return "past", "progressive" if progressive else "simple", polarity
    if not {"is", "are", "am", "'re", "'m"}.isdisjoint(before):
        return "present", "progressive" if progressive else "simple", polarity
    if "did" in before:
        return "past", "simple", polarity
    if not {"do", "does"}.isdisjoint(before):
        return "present", "simple", polarity
    if word in vocab.PAST_FORMS_OF_BE or _is_irregular_past(word) or (
            word.endswith("ed") and word not in vocab.NOT_VERBS_ED) or (
            word in vocab.REPORTING_VERBS and not word.endswith("s")
            and word not in vocab.REPORTING_BASES):
        return "past", "simple", polarity
    if word in vocab.PRESENT_FORMS_OF_BE or (
            ends_in_s(word)
            and (prev in vocab.SUBJECT_PRONOUNS or (i > 0 and tokens[i - 1].text[:1].isupper())
                 or _after_abbreviated_name(tokens, i))):
        return "present", "simple", polarity
    if _present_after_subject(tokens, i, word, prev):
        return "present", "simple", polarity
    if prev in vocab.PLAIN_PRESENT_SUBJECTS and word.isalpha() \
            and not word.endswith(("ed", "ing")) and not _is_irregular_past(word):
        # "exiles who oppose", "laws which prohibit", "physicians who still risk" (adverbs
        # between are skipped by _previous_words), "they believe"; not "who became", "they
        # withheld"
        return "present", "simple", polarity
    return "none", "simple", polarity


# Words after which an -s form is a verb rather than a plural ("This gives him", "a ceremony
# that commemorates the dead"), when what follows it is its object or complement.
_SINGULAR_SUBJECTS = frozenset({"this", "that"})
_OBJECT_PRONOUNS = frozenset({"him", "her", "them", "us", "me", "it", "you"})
# Tokens that open a quote or a figure after a verb ("says ``we", "represents $5"): the
# tokenizer splits "``" into two "`"; a "'" only closes a quote.
_OPENING_MARKS = frozenset({"$", "`", '"', "\u201c"})


def _present_by_what_follows(tokens: list[Token], i: int, word: str) -> bool:
    """A present in -s told by its object: after "this"/"that", which cannot open a plural
    ("That means the convictions stand", "a group that seeks to nullify"), or a reporting verb
    after a quote or comma and before its speaker or clause ("," says Mr. Litvack",
    "Bush, however, says he sees")."""
    if i < 1 or not word.isalpha() or not ends_in_s(word) or word in vocab.NOT_PLURAL_NOUNS:
        return False
    raw = tokens[i - 1].lower
    following = tokens[i + 1] if i + 1 < len(tokens) else None
    if following is None:
        return False
    after = tokens[i + 2].lower if i + 2 < len(tokens) else ""
    nxt = following.lower
    if raw in _SINGULAR_SUBJECTS:
        return nxt in vocab.OBJECT_DETERMINERS or nxt in _OBJECT_PRONOUNS or nxt == "that" \
            or (nxt == "to" and after.isalpha() and after not in vocab.DETERMINERS)
    if word in vocab.REPORTING_VERBS and (raw in vocab.QUOTE_TOKENS or raw == ","):
        return nxt in vocab.SUBJECT_PRONOUNS or nxt == "that" or (
            following.text[:1].isupper() and following.text.isalpha())
    return False


def _after_relative_that(tokens: list[Token], i: int, word: str) -> bool:
    """A past form right after a relative "that" is the verb of its clause ("the bomb that
    exploded in Nairobi"), not a noun the determiner "that" opens. Not after a verb's "that"
    ("said that injured people were taken", "fear that trapped miners", "is that displaced
    people"), where it may be an adjective."""
    if i < 2 or tokens[i - 1].lower != "that" or not _is_past_form(word):
        return False
    noun = tokens[i - 2].lower
    return tokens[i - 2].text.isalpha() and noun not in vocab.REPORTING_VERBS \
        and noun not in vocab.THAT_CONTENT_HOSTS and noun.removesuffix("s") not in \
        vocab.I_STATE_STEMS and not _is_past_form(noun)


def _after_abbreviated_name(tokens: list[Token], i: int) -> bool:
    """Whether a name ending in an abbreviation stands right before token ``i`` ("General Motors
    Corp. wants", "The U.S. hopes": the tokenizer splits the period off)."""
    return i > 1 and tokens[i - 1].text == "." and tokens[i - 2].text[:1].isupper() \
        and tokens[i - 1].start == tokens[i - 2].end


def ends_in_s(word: str) -> bool:
    """A third-person verb's or a plural's -s, not "ss", "us" or "is" ("discuss", "bus", "this")."""
    return word.endswith("s") and not word.endswith(("ss", "us", "is"))


def _present_after_subject(tokens: list[Token], i: int, word: str, prev: str) -> bool:
    """A present verb after an adverb of its clause ("The program also calls for"), in -s
    between a common noun and a determiner ("the charge carries a fine") or, in its plain form,
    after a plural common noun ("Wall Street analysts expect the trend")."""
    if not word.isalpha() or i < 2:
        return False
    raw = tokens[i - 1].lower
    if ends_in_s(word):
        if raw not in vocab.NEGATIONS and (raw in vocab.ADVERBS_BETWEEN or raw.endswith("ly")):
            return True
        following = tokens[i + 1].lower if i + 1 < len(tokens) else ""
        after = tokens[i + 2].lower if i + 2 < len(tokens) else ""
        if raw == "," and any(t.text == "," for t in tokens[:i - 1]) and (
                following in vocab.OBJECT_DETERMINERS or (
                    following == "to" and after.isalpha() and after not in vocab.DETERMINERS)):
            # After the comma closing an insertion about the subject ("Acme Inc., rebounding
            # from a loss, expects to report"; "Kenneth Leon, an analyst, finds the proposal").
            return True
        if _after_determined_noun(tokens, i) and (
                following in _CLAUSE_SUBJECTS or following[:1].isdigit()
                or following in _OPENING_MARKS):
            return True
        # "The federal charge carries a fine": after a common noun and before its object;
        # "A powerful ice storm continues to maintain its grip": before an infinitive.
        return (tokens[i - 1].text.isalpha() and tokens[i - 1].text.islower()
                and raw not in vocab.DETERMINERS and raw not in vocab.PREPOSITIONS_BEFORE_NOUNS
                and (following in vocab.OBJECT_DETERMINERS or (
                    following == "to" and after.isalpha() and after not in vocab.DETERMINERS)))
    return (not word.endswith(("ed", "ing")) and tokens[i - 1].text.islower()
            and prev.isalpha() and ((ends_in_s(prev)
                                     and prev not in vocab.NOT_PLURAL_NOUNS)
                                    or prev in vocab.PLURALS_WITHOUT_S))


# Words that open a clause or a figure after a verb of saying or showing ("A new report says
# there has been", "His lawyer insists he will", "The sale represents 10.2%").
_CLAUSE_SUBJECTS = frozenset({"he", "she", "it", "they", "we", "i", "you", "there"})


def _after_determined_noun(tokens: list[Token], i: int) -> bool:
    """Whether a singular common noun, opened by a determiner at most two words before it,
    stands right before token ``i`` ("A new report says", "The move boosts", "His death
    shows"): the subject of a present in -s. A plural noun before it would make a compound
    ("net interest payments"), so the noun must not end in -s."""
    noun = tokens[i - 1]
    if not (noun.text.isalpha() and noun.text.islower()) or ends_in_s(noun.lower) \
            or noun.lower in vocab.DETERMINERS or noun.lower in vocab.PREPOSITIONS_BEFORE_NOUNS \
            or noun.lower in vocab.AUXILIARIES or noun.lower.endswith(("ly", "ed", "ing")):
        return False
    for j in range(i - 2, max(-1, i - 5), -1):
        word = tokens[j].lower
        if word in vocab.OBJECT_DETERMINERS:
            return True
        if not (tokens[j].text.isalpha() or "-" in tokens[j].text):
            return False
    return False


# Words that make, or carry most of, a time expression: "Friday", "Nov. 13", "last year", "two
# weeks ago", "the third quarter", "Friday night", "in 1998". A month or a weekday counts when
# capitalized ("may" and "march" are common words); a year counts when written in digits
# (_is_year).
RELATIVE_TIME_WORDS: frozenset[str] = frozenset({
    "today", "yesterday", "tomorrow", "tonight", "ago", "morning", "afternoon", "evening",
    "night", "hour", "hours", "day", "days", "week", "weeks", "weekend", "month", "months",
    "quarter", "year", "years", "decade",
})  # fmt: skip
# How many tokens either side of a time word count as near it (``near_time_words``): the
# event the date is about stands this close in most sentences ("sales rose 5% in the third
# quarter", "on Friday, police arrested").
TIME_REACH = 4
_CALENDAR_NAMES = frozenset(MONTHS) | frozenset(WEEKDAYS)


def _is_year(word: str) -> bool:
    """A year in digits, 1800 to 2099, or its decade ("1990s")."""
    digits = word[:-1] if word.endswith("s") else word
    return len(digits) == 4 and digits.isdigit() and 1800 <= int(digits) <= 2099


def _is_time_word(text: str) -> bool:
    word = text.lower().rstrip(".")
    if word in _CALENDAR_NAMES:
        return text[:1].isupper()
    return word in RELATIVE_TIME_WORDS or _is_year(word)


is_time_word: Callable[[str], bool] = WordCache(_is_time_word).__getitem__
"""Whether a token, as written, is a time word (``_is_time_word``), cached per word."""


def near_time_words(tokens: list[Token]) -> list[bool] | None:
    """Whether each token stands within TIME_REACH tokens of a time word; None when the
    sentence has none. TimeML anchors the events beside a date to it, and a timeline can place
    them: the mention model looks harder for events there (``MentionModel.time_margin``)."""
    marks = [i for i, token in enumerate(tokens) if is_time_word(token.text)]
    if not marks:
        return None
    near = [False] * len(tokens)
    for j in marks:
        start, end = max(0, j - TIME_REACH), min(len(tokens), j + TIME_REACH + 1)
        near[start:end] = [True] * (end - start)
    return near


def model_mentions(tokens: list[Token], outside_margin: float | None = None,
                   codes: list[int] | None = None) -> list[EventMention]:
    """Every TimeML-grain event trigger of one sentence, as the shipped model labels them
    (with ``outside_margin`` instead of the model's own, when given; ``codes``:
    ``word_codes(tokens)``, when the caller has it)."""
    from newstimeline.events.model import shipped_model

    if codes is None:
        codes = word_codes(tokens)
    previous: dict[int, list[str]] = {}  # the words before each verb, found by the scorer
    labels = shipped_model().events_in(tokens, outside_margin, codes, previous)
    haves = _haves_of_figures(tokens, codes)
    if haves:
        for i in haves:
            labels.setdefault(i, "STATE")
        labels = dict(sorted(labels.items()))
    if not labels:
        return []
    starts = _clause_bounds(tokens, codes)
    found: list[EventMention] = []
    for i, label in labels.items():  # in text order
        before = previous.get(i)
        if before is None:
            before = _previous_words(tokens, i)
        tense, aspect, polarity = _grammar(tokens, i, before)
        found.append(EventMention(i, tokens[i], label, tense, aspect, polarity,
                                  _clause_of(starts, i, len(tokens)),
                                  is_dependent(tokens, i, before)))
    return found


_HAS_HOLDING_HAVE = code_test(HOLDING_HAVE)
# Words between "has" and the figure it holds ("has about 12.3 million shares").
_APPROXIMATORS = frozenset({
    "about", "nearly", "almost", "roughly", "some", "only", "just", "approximately", "around",
    "over", "more", "less", "than", "at", "least", "already", "still", "also", "now",
})  # fmt: skip


def _haves_of_figures(tokens: list[Token], codes: list[int]) -> list[int]:
    """The forms of "have" that hold a figure ("The Navy has 27 ships", "the company had
    nearly 73 million shares"): a possession, which TimeML marks as a STATE (18 of 22 in
    TBAQ). Before a participle ("has sold 12 units") "has" is an auxiliary, no event.
    ``codes`` is ``word_codes(tokens)``."""
    found: list[int] = []
    for i in compress(range(len(tokens)), map(_HAS_HOLDING_HAVE.__getitem__, codes)):
        j = i + 1
        while j < len(tokens) and tokens[j].lower in _APPROXIMATORS:
            j += 1
        # A figure opens with a digit, "#" or any currency sign ("$", "£5 billion", "€30m").
        if j < len(tokens) and (tokens[j].text[:1].isdigit() or tokens[j].text == "#"
                                or unicodedata.category(tokens[j].text[:1] or " ") == "Sc"):
            found.append(i)
    return found
