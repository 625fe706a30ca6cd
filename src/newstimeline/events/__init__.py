"""The event stage: sentences → event mentions → timeline events with summary, actors and time."""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import hashlib
import itertools
import re
from collections.abc import Sequence
from itertools import compress
from operator import itemgetter
from typing import NamedTuple

from newstimeline.events import built
from newstimeline.events.actors import (
    POSSESSIVE_ENDINGS,
    ActorResolver,
    count_found_names,
    document_names,
    is_demonym,
    is_name_word,
)
from newstimeline.events.anchor import (
    DEFINITE_WORDS,
    INTENDING_PAST,
    INTENDING_VERBS,
    PLACING_TYPES,
    QUARTER_FRAME_SENTENCES,
    SOURCE_ATTRIBUTIONS,
    STORY_DATE_RULE,
    RelativeClause,
    a_year_earlier,
    a_year_later,
    adds_an_amount,
    anchor_by_discourse,
    anchor_event,
    bounding_word,
    carried_date,
    comparison_base,
    coordinated_progressives,
    counted_plural,
    dated_once,
    definite_noun,
    in_clauses,
    is_recent_day,
    moved_to_day,
    negated_perfect_now,
    noun_modifier,
    present_modal,
    quarter_a_year_back,
    quarter_counted_back,
    quoted_spans,
    relative_clauses,
    since_clauses,
    tagged_noun,
    untensed_present,
    weekday_for_tense,
    when_clause_of,
    when_follows,
)
from newstimeline.events.mentions import (
    COPULA,
    HOLDING_HAVE,
    NAME_WORD,
    PRESENT_COPULA,
    QUOTE_MARK,
    QUOTES,
    RELATIVE_PRONOUN,
    SINCE,
    EventMention,
    code_test,
    codes_of_words,
    find_event_mentions,
    joins_numbers,
    model_mentions,
    verb_shape,
)
from newstimeline.events.order import order_events
from newstimeline.events.vocabulary import (
    ADVERBS_BETWEEN,
    AUXILIARIES,
    CLAUSE_BREAK_MARKS,
    CLAUSE_OPENERS,
    COMPLEMENTIZERS,
    DETERMINERS,
    FORMS_OF_BE,
    FUTURE_MODALS,
    IRREALIS_MODALS,
    NEGATIONS,
    NEVER_EVENTS,
    NOT_SUBJECT_OPENERS,
    PAST_FRAME_OPENERS,
    PERSONAL_SUBJECTS,
    PHRASE_BREAK_TOKENS,
    PREPOSITIONS,
    QUOTE_TOKENS,
    RELATIVE_PRONOUNS,
    REPORT_VEHICLES,
    REPORTED_FUTURE_MODALS,
    REPORTING_VERBS,
    SPEAKER_ARTICLES,
    SUBJECT_ADVERBS,
    SUBJECT_PRONOUNS,
    VEHICLE_PASSIVE_BE,
    VEHICLE_RELATIVES,
)
from newstimeline.models import Event, EventTime, Precision, Span, TimeExpression
from newstimeline.text import Token, sentence_spans, words_and_tokens
from newstimeline.timex import calendar as cal
from newstimeline.timex.tense import clause_tense

__all__ = ["extract_events", "order_events"]

SUMMARY_MAX_CHARS = 160
MAX_PARTICIPANTS = 3
_QUOTE = re.compile("[" + "".join(sorted(QUOTES)) + "]")
_ASCII_QUOTES = tuple(sorted(quote for quote in QUOTES if quote.isascii()))
# Applied after whitespace runs are made single spaces.
# (And inside brackets a date was cut from: "The company (founded 1998)" -> "(founded)".)
_SPACE_BEFORE_PUNCT = re.compile(r" (?=[,.;:!?)])|(?<=\() ")
_A_SPACE_BEFORE_PUNCT = re.compile(r" [,.;:!?)]|\( ")  # whether it removes anything
# What a summary may not start or end with.
_DANGLING = " ,;:-—"
# (With the words that join a range's two ends, "between 2020 and 2022", "from May to June":
# cut with the expressions, they would leave "sales grew between" in a summary.)
_TIME_PREPOSITIONS = ("on", "in", "at", "by", "during", "from", "since", "until", "of",
                      "between", "to", "through", "till", "and")
# An approximation between the preposition and the time goes with them ("occurred at about
# 10:35 a.m.": not "occurred at about").
_TIME_APPROXIMATIONS = ("about", "around", "approximately", "roughly", "some")
_TIME_PREPOSITION = re.compile(r"(?i)\b(?:" + "|".join(_TIME_PREPOSITIONS) + r")(?:\s+(?:"
                               + "|".join(_TIME_APPROXIMATIONS) + r"))?\s*$")
_PHRASE_PREPOSITIONS = frozenset({"in", "on", "at", "during", "for"})
# "for" right before a date: the date something is set for ("scheduled for Friday").
_FOR_BEFORE = re.compile(r"\bfor\s+$", re.IGNORECASE)
_CONJUNCTIONS = frozenset({"and", "or", "but"})
# Prepositions that open a sentence with the phrase naming a report's vehicle ("In a poll
# completed on Saturday, ...", "In a letter dated Monday, ...").
_OPENING_PREPOSITIONS = frozenset({"in", "on", "at", "during"})
# Per-token tests read from a sentence's word codes (mentions.word_codes).
_IS_NAME_WORD = code_test(NAME_WORD)
_IS_COPULA = code_test(COPULA)
_IS_HAVE = code_test(HOLDING_HAVE)  # "has", "have", "had"
_IS_COPULA_OR_HAVE = code_test(COPULA | HOLDING_HAVE)
# Tokens across which a verb told after a trigger does not govern it.
_CLAUSE_BREAKS = CLAUSE_BREAK_MARKS | QUOTE_TOKENS
_LONGEST_PREPOSITION = max(map(len, _TIME_PREPOSITIONS)) + 1 + max(map(len, _TIME_APPROXIMATIONS))
_KEPT_IN_SUMMARIES = frozenset({"DURATION", "SET"})
# Lowercase words between a name and its report that are no noun the name modifies ("Smith
# also said", "NATO has said", "Moscow then said").
_NOT_SPEAKER_NOUNS = (AUXILIARIES | FUTURE_MODALS | IRREALIS_MODALS | NEGATIONS | ADVERBS_BETWEEN
                      | PREPOSITIONS | COMPLEMENTIZERS | RELATIVE_PRONOUNS | SUBJECT_ADVERBS)
# The characters before an expression that hold a copula whose predicate it may be ("is Nov.
# 30", "will be on Tuesday") and a preposition.
_COPULA_REACH = 16
# Token.lower read as the tuple item it is (a C-level index; see mentions._LOWER).
_LOWER = itemgetter(Token._fields.index("lower"))
_TEXT = itemgetter(Token._fields.index("text"))
# Whether a token may open a relative clause, a quotation or a "since" clause (read from the
# word codes: a sentence without such a token has no such clause).
_IS_RELATIVE_PRONOUN = code_test(RELATIVE_PRONOUN)
_IS_QUOTE_MARK = code_test(QUOTE_MARK)
_IS_SINCE = code_test(SINCE)
# Words that may open what a report says, cut from its start ("that", "whether", "and").
_CONTENT_OPENERS = CLAUSE_OPENERS | COMPLEMENTIZERS
# The longest period carried to the next sentence as its date in force: a year; a decade or a
# century ("the disasters of this century", "the early 1990s") frames only its own sentence.
MAX_FRAME_DAYS = 366


class Sentence(NamedTuple):
    """A sentence of the body: its offsets, tokens and their codes. A tuple: one is made per
    sentence, ~0.9 µs, against ~1.8 µs for a frozen dataclass (one setattr per field)."""

    start: int
    end: int
    tokens: list[Token]
    codes: list[int]
    """``mentions.word_codes(tokens)``: the per-word flags every per-token test reads."""


def _body_sentences(text: str, body_start: int, spans: list[tuple[int, int]]) -> list[Sentence]:
    result: list[Sentence] = []
    for start, end in spans:
        if end <= body_start:
            continue
        start = max(start, body_start)
        words, toks = words_and_tokens(text, start, end)
        if toks:
            result.append(Sentence(toks[0].start, toks[-1].end, toks, codes_of_words(words)))
    return result


def _clean(text: str, openers: frozenset[str] = CLAUSE_OPENERS) -> str:
    """Collapse whitespace, drop stray quotes and dangling punctuation, cap the length."""
    # The regexes run only on a text that holds what they remove (C-level searches, where a
    # substituting scan costs ~1.5 µs a clause; an ASCII text can hold only the ASCII quotes).
    if any(map(text.__contains__, _ASCII_QUOTES)) \
            or (not text.isascii() and _QUOTE.search(text)):
        text = _QUOTE.sub("", text)
    if text.isascii() and text.isprintable():
        # Its only whitespace is the space (the other ASCII spaces are control characters):
        # runs of spaces made single and the ends stripped, without splitting it into words.
        cleaned = text
        while "  " in cleaned:
            cleaned = cleaned.replace("  ", " ")
        cleaned = cleaned.strip(" ")
    else:
        # str.split() splits at the characters the regex \s matches (str.isspace).
        cleaned = " ".join(text.split())
    # One search for a space before any mark (0.4 µs a clause), not a substring test per mark.
    if _A_SPACE_BEFORE_PUNCT.search(cleaned):
        cleaned = _SPACE_BEFORE_PUNCT.sub("", cleaned)
    if "()" in cleaned:
        # Brackets that held only a date ("Smith (Sept. 4) said"): emptied, they go.
        cleaned = cleaned.replace(" ()", "").replace("()", "")
    if ",," in cleaned:
        # A date cut from between its commas ("The last shutdown, in 2019, lasted 35 days"):
        # the emptied parenthesis goes with both ("The last shutdown lasted").
        cleaned = cleaned.replace(",,", "")
    if ",." in cleaned:
        # A date cut from a sentence's end after a comma ("24 cents a share, a year earlier.").
        cleaned = cleaned.replace(",.", ".")
    return _trimmed(cleaned, openers)


def _trimmed(cleaned: str, openers: frozenset[str]) -> str:
    """A clause of single spaces without its dangling punctuation, its opening and closing
    connective, capped in length and capitalized."""
    cleaned = cleaned.strip(_DANGLING)
    if cleaned.endswith(("(", ")")) or cleaned.startswith(("(", ")")):
        # A clause that ends or starts at a bracket ("found 1,300 pounds (the most ever seized
        # here) in the car"): a bracket whose partner lies in another clause is not the clause's.
        if "(" not in cleaned[:-1]:
            cleaned = cleaned.rstrip(_DANGLING + "()")
        if ")" not in cleaned[1:]:
            cleaned = cleaned.lstrip(_DANGLING + "()")
        cleaned = cleaned.rstrip(_DANGLING + "(").lstrip(_DANGLING + ")")
    # Only the first and the last word may go: read them by the offsets of the first and the
    # last space, without copying the rest of the clause.
    space = cleaned.find(" ")
    if cleaned[:space if space >= 0 else None].lower() in openers:
        cleaned = cleaned[space + 1:] if space >= 0 else ""
        trimmed = True
    else:
        trimmed = False
    space = cleaned.rfind(" ")
    if cleaned[space + 1:].lower().strip(",") in CLAUSE_OPENERS:
        cleaned = cleaned[:space] if space >= 0 else ""
        trimmed = True
    if trimmed:  # (else the text was stripped already)
        cleaned = cleaned.strip(_DANGLING)
    if len(cleaned) > SUMMARY_MAX_CHARS:
        cleaned = cleaned[:SUMMARY_MAX_CHARS].rsplit(" ", 1)[0].rstrip(",;:") + "…"
    head = cleaned[:1]
    capital = head.upper()
    return cleaned if capital == head else capital + cleaned[1:]


def _without_times(text: str, start: int, end: int, expressions: list[TimeExpression]) -> str:
    """``text[start:end]`` with its dates and times (and their prepositions) cut out: the
    event's date is shown beside its summary. A duration or a set stays: it tells what
    happened, not when ("talks lasted nearly nine hours", "protesters gather every Monday")."""
    pieces: list[str] = []
    cursor = start
    for expression in expressions:
        # (A model's field read once: a pydantic attribute costs ~400 instructions a read.)
        span = expression.span
        at, stop = span.start, span.end
        if at < cursor or stop > end or expression.type in _KEPT_IN_SUMMARIES \
                or _copula_predicate(text, at, stop, expression):
            continue  # (a copula's date is what its clause says: "the deadline is Nov. 30")
        if text.startswith(POSSESSIVE_ENDINGS[:2], stop) or _FOR_BEFORE.search(text, at - 5, at):
            # A date that names a thing ("won a majority in Sunday's election") or what is set
            # for it ("set sentencing for September 18"): what the clause says, not when.
            continue
        before = text[cursor:at]
        # A preposition ending ``before`` lies within its trailing spaces and the longest
        # preposition of the end: search there, not along the whole clause.
        reach = len(before) - len(before.rstrip()) + _LONGEST_PREPOSITION
        found = _TIME_PREPOSITION.search(before, max(0, len(before) - reach))
        pieces.append(before[:found.start()] if found else before)
        cursor = stop
    pieces.append(text[cursor:end])
    return "".join(pieces)


# Words that open a verb of its own between a report and a date after it: modals, auxiliaries
# ("said the talks would resume on Monday", "said it was closed in May"), and an infinitive's
# "to" ("said it expects to report a profit in the first quarter": ``_infinitive_to``).
_MODALS = FUTURE_MODALS | IRREALIS_MODALS
_COMPLEMENT_VERB_WORDS = _MODALS | AUXILIARIES


def _verb_between(toks: list[Token], trigger: int, at: int, reporting: bool) -> bool:
    """Whether a verb of its own stands between the trigger at token ``trigger`` and the
    expression at offset ``at`` after it: for a report (``reporting``), a verb of the reported
    clause; for any other trigger, a modal's ("would begin on Jan. 20")."""
    if toks[trigger].end > at:
        return False
    stop = trigger + 1
    while stop < len(toks) and toks[stop].start < at:
        stop += 1
    if not reporting:
        return any(toks[k].lower in _MODALS for k in range(trigger + 1, stop))
    return any(toks[k].lower in _COMPLEMENT_VERB_WORDS
               or (toks[k].lower == "to" and _infinitive_to(toks, k, trigger))
               for k in range(trigger + 1, stop))


def _infinitive_to(toks: list[Token], k: int, report: int) -> bool:
    """Whether the "to" at token ``k`` opens an infinitive: not right after the report ("wrote
    to the minister", "said to reporters"), and before a lowercase word that is no determiner
    ("expects to report", not "a letter to the president", "to Moscow")."""
    if k == report + 1 or k + 1 >= len(toks):
        return False
    following = toks[k + 1].text
    return following.isalpha() and following.islower() and following not in DETERMINERS


def _own_conjunct_before(mentions: list[EventMention], in_clause: list[int], text: str,
                         at: int) -> list[int]:
    """The triggers of ``in_clause`` before offset ``at`` with no comma and no conjunction
    between them and it: those of the expression's own phrase and conjunct."""
    return [k for k in in_clause if mentions[k].token.end <= at
            and "," not in text[mentions[k].token.end:at]
            and _CONJUNCTIONS.isdisjoint(text[mentions[k].token.end:at].lower().split())]


def _copula_predicate(text: str, at: int, stop: int, expression: TimeExpression) -> bool:
    """Whether the expression at ``at``-``stop`` is the predicate of a copula ("the deadline
    is Nov. 30", "the vote will be on Tuesday", "the closing date was in May"); not an adverb
    between a copula and its verb ("was recently extended", "is now beginning", "is 1989 is
    following")."""
    before = text[max(0, at - _COPULA_REACH):at].lower().split()
    if before and before[-1] in _TIME_PREPOSITIONS:
        before.pop()
    if not before or before[-1] not in FORMS_OF_BE:
        return False
    after = text[stop:stop + _COPULA_REACH].lower().split()[:1]
    if after and (after[0] in FORMS_OF_BE or after[0].endswith(("ed", "ing"))):
        return False
    # (The value read last: a pydantic field costs ~400 instructions a read.)
    return not expression.value.endswith("_REF")


def _event_id(document_id: str, trigger: Token) -> str:
    word, start, end, _ = trigger  # (one unpacking, not three attribute reads)
    key = f"{document_id}:{start}:{end}:{word}"
    # The first 6 bytes in hex are the first 12 hex digits, without hexing all 32.
    return "ev-" + hashlib.sha256(key.encode("utf-8", "surrogatepass")).digest()[:6].hex()


def extract_events(
    document_id: str,
    text: str,
    body_start: int,
    expressions: list[TimeExpression],
    dct: dt.date,
    mode: str = "timeline",
    sentence_split: list[tuple[int, int]] | None = None,
) -> list[Event]:
    """Events of one document in text order, each anchored to a time interval.
    ``sentence_split`` is ``sentence_spans(text)`` when the caller has it (the tagger's)."""
    spans = sentence_spans(text) if sentence_split is None else sentence_split
    dct = _dateline_day(expressions, body_start, dct)
    sentences = _body_sentences(text, body_start, spans)
    found_names = document_names([s.tokens for s in sentences],
                                 [list(map(_IS_NAME_WORD.__getitem__, s.codes)) for s in sentences],
                                 _verb_at)
    actors = ActorResolver(count_found_names(found_names))
    events: list[Event] = []
    in_force: TimeExpression | None = None
    in_force_age = 0  # sentences told since the date in force was named
    news_day: TimeExpression | None = None
    dated_nouns: dict[str, EventTime] = {}  # untensed triggers an expression dated, by word
    expression_starts = [e.span.start for e in expressions]  # expressions come in text order
    for sentence, sentence_names in zip(sentences, found_names, strict=True):
        toks = sentence.tokens
        names = [(first, last, actors.canonical(name, person))
                 for first, last, name, person in sentence_names]
        first = bisect.bisect_left(expression_starts, sentence.start)
        last = bisect.bisect_left(expression_starts, sentence.end, lo=first)
        in_sentence = [e for e in expressions[first:last] if e.span.end <= sentence.end] \
            if first < last else []
        placing = [e for e in in_sentence if e.type in PLACING_TYPES]
        if len(placing) < len(in_sentence):
            # "Three days later, police arrested a suspect", "Two days after the vote on
            # Monday, parliament approved the budget": a day counted from another.
            # (The day counted from "later": the one the sentence before named, else the
            # date carried here.)
            before = in_force if in_force_age == 0 else carried_date(
                in_force, in_force_age, news_day, dct)
            counted = _counted_days(in_sentence, placing, text, before)
            if counted:
                placing = sorted(placing + counted, key=lambda e: e.span.start)
        codes = sentence.codes
        found = model_mentions(toks, codes=codes) if mode == "mentions" \
            else find_event_mentions(toks, codes)
        tensed = coordinated_progressives(_retensed(found, toks), toks)
        relatives = _dated_clauses(toks, codes, found) if found else []  # read for the events only
        # (Each step on the sentence's expressions is skipped when it has none: it finds none.)
        owned = _owned_expressions(tensed, toks, placing, text, relatives) if placing \
            else [[] for _ in tensed]
        earlier = _past_years(tensed, owned, dct, text, (sentence.start, sentence.end), toks) \
            if placing else {}
        if len(placing) > 1:
            # "The strike is due to begin on Friday and end on Saturday": the day joined to a
            # coming day is the coming one too.
            earlier.update(_joined_coming_weekdays(placing, text, dct))
        if placing:
            # "In the latest quarter, Aetna had a $23 million loss, compared with earnings of
            # $33 million last year": the quarter a year back.
            earlier.update(_year_ago_quarters(placing, in_force, in_force_age, text,
                                              sentence.start))
            if len(placing) > 1 and any(map(_IS_QUOTE_MARK.__getitem__, codes)):
                # "``We will meet the unions tomorrow,'' the minister said on Monday": the
                # day after Monday.
                earlier.update(_quoted_deixis(tensed, owned, placing, toks, dct))
        if earlier:
            # "In January, ..., a clinic bombing killed a guard" (an October story): a month
            # named without its year that dates a simple past is the last one before the DCT.
            placing = [earlier.get(id(e), e) for e in placing]
            in_sentence = [earlier.get(id(e), e) for e in in_sentence]
            owned = [[earlier.get(id(e), e) for e in own] for own in owned]
        # (The participle test only for a verb that owns an expression: the others add none.)
        governing = {id(e) for k, m in enumerate(tensed) if owned[k] and m.tense != "none"
                     and not _object_participle(k, tensed, toks) for e in owned[k]}
        # A copula's date is claimed by its clause, a finite verb that is no event ("The
        # closing date was Oct. 28, the company said": not the day of the report).
        governing.update(id(e) for e in placing
                         if _copula_predicate(text, e.span.start, e.span.end, e))
        unclaimed = [e for e in placing if id(e) not in governing]
        # A report may also take the day of a participle that describes its vehicle ("said in
        # the letter, dated Monday"): no finite verb of the sentence claims that day.
        describing = {id(e) for k, m in enumerate(found) if _reduced_relative(m, toks)
                      or _vehicle_relative(m, toks, found)
                      for e in owned[k]} if placing else set()
        report_days = [e for e in placing if id(e) not in governing or id(e) in describing]
        # Read by the events only (a sentence without any hands on no date of its own).
        carried = carried_date(in_force, in_force_age, news_day, dct,
                               lambda e: text.count("\n\n", e.span.end, sentence.start),  # noqa: B023
                               toks[0].lower in PAST_FRAME_OPENERS) if found else None
        # A coming date named in the sentence before ("has invited them to a ceremony on March
        # 12. The ceremony will take place at the library"): the time of what this sentence
        # tells is still to come, when it tells it in the future and names no coming date itself.
        in_force_day = in_force.interval.earliest \
            if in_force is not None and in_force_age == 0 else None  # (read once)
        coming = in_force if in_force_day is not None and in_force_day > dct \
            and not any(e.interval.earliest is not None and e.interval.earliest > dct
                        for e in placing) else None
        # The quotations, read only in a sentence with a quote mark, and only where they are
        # read: by the filters of the sentence's expressions and for untensed triggers.
        untensed = any(m.tense == "none" for m in tensed)
        quotes = quoted_spans(toks) if found and (placing or untensed) and any(
            map(_IS_QUOTE_MARK.__getitem__, codes)) else []
        if untensed:
            present_verbs, perfect_verbs = _present_governors(tensed, toks, codes, text, quotes)
        else:
            # Only an untensed trigger reads the verb that governs it (``anchor_event``): in
            # the timeline mode all but one of TBAQ's 3,201 sentences with events have none.
            present_verbs = perfect_verbs = [None] * len(tensed)
        finite_starts = [m.token.start for m in tensed if m.tense != "none"]
        # The tenses of the main clauses, read by untensed triggers, by a coming date carried
        # here and, for a sentence without dates, by ``_told_now`` below: only then made.
        finite_tenses = _main_tenses(tensed, toks, codes, relatives) \
            if untensed or coming is not None or not placing else set()
        sentence_tense = "present" if finite_tenses == {"present"} else \
            "future" if finite_tenses and finite_tenses <= {"present", "future"} else None
        times: dict[int, EventTime] = {}
        # The sentence as evidence: one model shared by its events, made only if it has some.
        evidence = built.span(text[sentence.start:sentence.end], sentence.start,
                              sentence.end) if found else None
        summaries: dict[tuple[int, int], str] = {}  # a clause's summary, for all its events
        first_past_report = -1  # the index of its first past report, found when first needed
        for k, mention in enumerate(found):
            time = anchor_event(tensed[k], text, owned[k], placing, carried, dct,
                                dependent=mention.dependent, unclaimed=unclaimed,
                                present_verb=present_verbs[k], report_days=report_days,
                                perfect_verb=perfect_verbs[k], relatives=relatives,
                                quotes=quotes, sentence_tense=sentence_tense,
                                finite_starts=finite_starts)
            # The time's basis, read again only where the time changes (a pydantic field
            # costs ~400 instructions a read).
            basis = time.basis
            if coming is not None and sentence_tense == "future" and not owned[k] \
                    and tensed[k].tense in {"future", "none"} and basis in {"tense", "none"}:
                time = anchor_by_discourse(tensed[k], coming, text,
                                           "carried into the future sentence")
                basis = time.basis
            if basis == "tense" and time.relation == "before":
                if first_past_report < 0:  # (past every token when the sentence has none)
                    first_past_report = min((m.index for m in found if m.event_class
                                             == "REPORTING" and m.tense == "past"),
                                            default=len(toks))
                if first_past_report >= mention.index:
                    # Not in what a past report tells ("He said Cuba has not prohibited ..."):
                    # that holds at the report's time.
                    time = negated_perfect_now(tensed[k], text, dct) or time
                    basis = time.basis
            phase = _aspectual_governor(found, k, toks) if mention.index >= 2 \
                and toks[mention.index - 1].lower == "to" else None
            if phase is not None and phase.index in times and not owned[k]:
                # "began to arrive": the arriving is the phase the aspectual verb dates.
                governor = times[phase.index]
                time = built.time_copy(governor, {
                    "explanation": f"'{mention.token.text}' is what '{phase.token.text}' "
                    f"begins, goes on with or ends: {governor.explanation}"})
                basis = time.basis
            purpose = _past_governor(tensed, k, toks) if basis == "none" else None
            if purpose is not None and purpose.index in times \
                    and times[purpose.index].relation == "on":
                # "he went on to defend the Church's opposition", "used her speech to
                # articulate a vision": the infinitive of a past act that intends nothing is
                # done in that act, at its time.
                governor = times[purpose.index]
                time = built.time_copy(governor, {
                    "explanation": f"'{mention.token.text}' is done in past "
                    f"'{purpose.token.text}', at its time: {governor.explanation}"})
                basis = time.basis
            if basis == "discourse" and not placing and tensed[k].tense == "past" \
                    and tensed[k].aspect == "simple" and tensed[k].event_class in _HELD_CLASSES:
                report = next((m for m in reversed(tensed[:k]) if m.event_class == "REPORTING"
                               and m.tense == "past" and m.index in times
                               and times[m.index].basis == "reporting"), None)
                if report is not None:
                    # "Zelenskyy said Ukraine needed more air defenses": a state told in the
                    # past tense of what an undated report says holds at the report's time
                    # (the speaker's present), not on a date carried from the story before.
                    told = times[report.index]
                    time = built.time_copy(told, {
                        "basis": "discourse",
                        "explanation": f"'{mention.token.text}' holds when '{report.token.text}' "
                        f"was told: {told.explanation}"})
                    basis = time.basis
            if basis == "reporting":
                time = _comma_participle_time(tensed, k, toks, times, sentence) or time
                basis = time.basis
            if basis == "reporting" and carried is not None and tensed[k].tense == "past" \
                    and is_recent_day(carried, dct) and _vehicle_opening(toks, mention.index):
                # "In the letter, Gonzalez said he does not recognize the court": the report
                # is told in the vehicle the story has just named and dated ("said in the
                # letter, dated Monday"), on that day.
                time = anchor_by_discourse(tensed[k], carried, text,
                                           "of the vehicle named before,")
                basis = time.basis
            if mention.dependent and tensed[k].tense == "none" \
                    and basis in {"none", "reporting"}:
                occasion = _occasion_before(mention, toks, placing, tensed)
                if occasion is not None:
                    # "has scheduled a news conference Thursday to announce a major
                    # development": the purpose of a dated occasion is done at it (a report
                    # to come, too: no undated "said" of the story's day).
                    time = anchor_by_discourse(tensed[k], occasion, text,
                                               "of the occasion whose purpose it is,")
                    basis = time.basis
            word = mention.token.lower
            if tensed[k].tense == "none" and basis != "expression" and word in dated_nouns \
                    and definite_noun(text, mention.token.start):
                # "Two suspects in the Kenya bombing have been handed over": a definite noun
                # names again the event an expression dated before ("the Aug. 7 bombing").
                told = dated_nouns[word]
                time = built.time_copy(told, {
                    "basis": "discourse",
                    "explanation": f"'{mention.token.text}' told again: {told.explanation}"})
                basis = time.basis
            elif tensed[k].tense == "none" and basis == "expression" \
                    and time.relation == "on" and dated_once(time, dct):
                dated_nouns.setdefault(word, time)
            if tensed[k].tense == "none" and not mention.dependent and basis != "expression":
                report = _report_of_occasion(found, k, toks)
                if report is not None and report.index in times:
                    # "Musk told analysts on a conference call that ...": the occasion a report
                    # was made at is at the report's time.
                    told = times[report.index]
                    time = built.time_copy(told, {
                        "explanation": f"'{mention.token.text}' is where "
                        f"'{report.token.text}' was told: {told.explanation}"})
            times[mention.index] = time
            events.append(_event_fields(document_id, text, sentence, evidence, mention, names,
                                        in_sentence, actors, time, summaries,
                                        reports=tensed[k].event_class == "REPORTING",
                                        found=found))
        if found:
            _date_nested_reports(events, len(events) - len(found), tensed, times, toks)
            _date_subject_participles(events, len(events) - len(found), tensed, times, toks)
            if len(placing) < len(in_sentence):  # (a duration in the sentence)
                _date_counted_clauses(events, len(events) - len(found), tensed, times,
                                      in_sentence, placing, text, sentence.end)
            if placing:  # (a participle dated by an expression of the sentence)
                _date_described_nouns(events, len(events) - len(found), tensed, times, toks)
        # The date in force is preferably one that dated a finite verb of the sentence ("the State
        # Department on Sunday issued ..."), not one inside a noun phrase ("the Aug. 7 bombings").
        # A bound ("since 1993", "until May") limits its own event; it is no reference time.
        # Nor is the base of a comparison ("rose to $3 million from $2.9 million a year
        # earlier"): the story goes on about the period compared, not the year before. Nor is a
        # decade or a century ("the disasters of this century"): too long to date a narrative.
        framing, recent = _dates_in_force(placing, governing, text, sentence.start, dct) \
            if placing else (None, None)
        if framing is None and not placing:
            # "Kopp remains at-large and police admit that ...": a sentence told in the present
            # with no date of its own brings the story back to its own date, as a "now" does.
            framing = recent = _told_now(tensed, toks, codes, relatives, finite_tenses, dct)
        if framing is not None:
            in_force, in_force_age = framing, 0
            news_day = news_day if recent is None else recent
        else:
            in_force_age += 1
    return events


# The most days a dateline's date may lie before the DCT and still be the story's own day.
DATELINE_LAG_DAYS = 1


def _dateline_day(expressions: list[TimeExpression], body_start: int, dct: dt.date) -> dt.date:
    """The story's own day: the day its dateline names ("BUDAPEST, March 12 (Xinhua) --" in a
    story sent on March 13, Beijing time), when that is the day before the DCT; else the DCT."""
    day = None
    for expression in expressions:
        if expression.span.start >= body_start:
            break
        interval = expression.interval
        if expression.type == "DATE" and interval.is_point and interval.earliest is not None:
            day = interval.earliest
    if day is not None and dct - dt.timedelta(days=DATELINE_LAG_DAYS) <= day < dct:
        return day
    return dct


def _dated_clauses(toks: list[Token], codes: list[int],
                   found: list[EventMention]) -> list[RelativeClause]:
    """The sentence's relative clauses and "since" clauses: each holds its own date."""
    # Each kind is looked for only where its opening word stands (a relative pronoun past the
    # first word, a "since"): relative_clauses and since_clauses find none elsewhere, and the
    # word codes tell at C level, not in a loop per token.
    relatives = relative_clauses(toks) if any(map(
        _IS_RELATIVE_PRONOUN.__getitem__, codes[1:])) else []
    since = since_clauses(toks, [m for m in found if m.tense != "none"]) if any(map(
        _IS_SINCE.__getitem__, codes)) else []
    return relatives + since


# A duration of days or weeks ("P3D", "P1W") that may count a day from another.
_DAYS_OR_WEEKS = re.compile(r"P(\d+)([DW])")
# The rule of a day counted from another ("three days later", "two days after Monday").
COUNTED_DAY_RULE = "counted_day"
# How far after "after" the day counted from may stand ("two days after the vote on Monday").
_AFTER_REACH = 60


def _counted_days(in_sentence: list[TimeExpression], placing: list[TimeExpression], text: str,
                  before: TimeExpression | None) -> list[TimeExpression]:
    """Days counted from another by a duration of days or weeks: "N days later" from the day
    told before (``before``), "N days after" from a day named just after ("Two days after the
    vote on Monday"); each as a DATE expression spanning the duration."""
    counted: list[TimeExpression] = []
    for duration in in_sentence:
        match = _DAYS_OR_WEEKS.fullmatch(duration.value) if duration.type == "DURATION" else None
        if match is None or len(duration.span.text.split()) != 2:
            continue  # not "eight trading days": business days are no calendar count
        following = text[duration.span.end:duration.span.end + 8].split()[:1]
        word = following[0].lower().strip(",") if following else ""
        base: TimeExpression | None = None
        if word == "later" and not placing:
            # (A day of its own sentence is the time: "Three days later, as of Friday's close")
            base = before
        elif word == "after":
            base = next((e for e in placing if duration.span.end < e.span.start
                         <= duration.span.end + _AFTER_REACH
                         and "," not in text[duration.span.end:e.span.start]), None)
        if base is None or not base.interval.is_point or base.interval.earliest is None:
            continue
        days = int(match[1]) * (7 if match[2] == "W" else 1)
        day = base.interval.earliest + dt.timedelta(days=days)
        value, interval = cal.day(day)
        counted.append(TimeExpression(
            span=duration.span, type="DATE", value=value, interval=interval,
            rule=COUNTED_DAY_RULE,
            explanation=f"{duration.span.text!r} {word}: {day}, counted from "
            f"{base.span.text!r} ({base.interval.earliest})"))
    return counted


# A duration that counts a clause's time back from its sentence's ("a day after it grounded
# 800 flights", "14 months after it was declared").
_COUNTED_SPANS = re.compile(r"P(\d+)([DWMY])")
# How far after "after" the counted clause's verb may stand ("after it was declared").
_COUNTED_CLAUSE_REACH = 40


def _date_counted_clauses(events: list[Event], first: int, found: list[EventMention],
                          times: dict[int, EventTime], in_sentence: list[TimeExpression],
                          placing: list[TimeExpression], text: str, sentence_end: int) -> None:
    """A clause after a duration and "after", with no date of its own, told after a finite
    verb dated to a day ("Delta canceled 1,200 flights on Tuesday, a day after it grounded 800
    flights"): its verb took place that long before the day (a day or a week counted to the
    day, months or years to the month) (``events[first:]`` are the sentence's events)."""
    for duration in in_sentence:
        match = _COUNTED_SPANS.fullmatch(duration.value) if duration.type == "DURATION" else None
        if match is None or len(duration.span.text.split()) != 2:
            continue
        if text[duration.span.end:duration.span.end + 7].lower().split()[:1] != ["after"]:
            continue
        after = text.lower().index("after", duration.span.end)
        comma = text.find(",", after, sentence_end)
        clause_end = sentence_end if comma < 0 else comma
        if any(after < e.span.start < clause_end for e in placing):
            continue  # "two days after the vote on Monday": a day counted forward (_counted_days)
        verb = next((k for k, m in enumerate(found) if m.tense != "none"
                     and after < m.token.start <= min(clause_end, after + _COUNTED_CLAUSE_REACH)),
                    None)
        main = next((m for m in reversed(found) if m.token.end <= duration.span.start
                     and m.tense != "none"), None)
        if verb is None or main is None:
            continue
        told = times[main.index]
        day = told.earliest
        if told.relation != "on" or told.precision != Precision.DAY or day is None:
            continue
        count, unit = int(match[1]), match[2]
        if unit in "DW":
            value, interval = cal.day(day - dt.timedelta(days=count * (7 if unit == "W" else 1)))
        else:
            back = cal.add_months(day, -count * (12 if unit == "Y" else 1))
            value, interval = cal.month(back.year, back.month)
        counted = built.event_time(
            value=value, earliest=interval.earliest, latest=interval.latest,
            precision=interval.precision, relation="on", basis="discourse",
            expression=duration.span,
            explanation=f"{duration.span.text!r} after: {value}, counted back from "
            f"'{main.token.text}' ({day})")
        # "a day after Zelenskyy met European leaders in Brussels and appealed for more air
        # defenses": the verbs joined to the clause's own by "and" took place then too.
        joined = [verb] + [k for k in range(verb + 1, len(found))
                           if found[k].tense != "none" and found[k].token.start < clause_end
                           and times[found[k].index].basis != "expression"
                           and "and" in text[found[k - 1].token.end:found[k].token.start]
                           .lower().split()]
        for k in joined:
            times[found[k].index] = counted
            events[first + k] = events[first + k].model_copy(update={"time": counted})


# Main verbs "have" that the mention model may leave unmarked ("Elian has been the focus").
_HAVE_FORMS = frozenset({"has", "have"})


def _main_tenses(found: list[EventMention], toks: list[Token], codes: list[int],
                 relatives: Sequence[RelativeClause]) -> set[str]:
    """The tenses of a sentence's main clauses: its finite verbs outside relative and "since"
    clauses, with the forms of "be" and "have" that are no mention ("Elian has been the focus
    of a custody battle since he was found on Nov. 25": told in the present)."""
    if not found:
        return set()

    # (``not relatives or``: a sentence without such clauses makes no call per verb.)
    tenses: set[str] = {m.tense for m in found if m.tense != "none" and (
        not relatives or not in_clauses(m.token.start, relatives))}
    mentioned = {m.index for m in found}
    # Only the forms of "be" and "have" are visited (a C-level map over the codes).
    for j in compress(range(len(toks)), map(_IS_COPULA_OR_HAVE.__getitem__, codes)):
        token = toks[j]
        if codes[j] & COPULA:
            tense = "present" if codes[j] & PRESENT_COPULA else "past"
        elif token.lower in _HAVE_FORMS and (j == 0 or (
                toks[j - 1].lower not in IRREALIS_MODALS and toks[j - 1].lower != "to")):
            tense = "present"  # not "would have to be borrowed"
        else:
            continue
        if j not in mentioned and (not relatives or not in_clauses(token.start, relatives)):
            tenses.add(tense)
    return tenses


# Aspects of a present that tells what holds at the story's date (not a present perfect).
_NOW_ASPECTS = frozenset({"simple", "progressive"})


def _told_now(found: list[EventMention], toks: list[Token], codes: list[int],
              relatives: Sequence[RelativeClause], main_tenses: set[str],
              dct: dt.date) -> TimeExpression | None:
    """The story's date as the date in force that a sentence told in the present makes (its
    main clauses' tenses all present, one of them a simple or progressive present verb or a
    present "is/are"), else None."""
    if main_tenses != {"present"}:
        return None
    verb = next((m.token for m in found if m.tense == "present" and m.aspect in _NOW_ASPECTS
                 and (not relatives or not in_clauses(m.token.start, relatives))), None)
    if verb is None:
        verb = next((t for j, t in enumerate(toks) if codes[j] & PRESENT_COPULA
                     and (not relatives or not in_clauses(t.start, relatives))), None)
    if verb is None:
        return None
    value, interval = cal.day(dct)
    return TimeExpression(
        span=Span(text=verb.text, start=verb.start, end=verb.end), type="DATE", value=value,
        interval=interval, rule=STORY_DATE_RULE,
        explanation=f"the story's own date {dct}: a sentence told in the present "
                    f"('{verb.text}') came before")


def _retensed(found: list[EventMention], toks: list[Token]) -> list[EventMention]:
    """The mentions with the tenses the grammar corrects: an untensed present in -s
    (``untensed_present``) or a present passive (``_present_passive``) is a present, a noun
    after a determiner (``tagged_noun``) untensed. (Each test is tried only on the tense it
    can change.) A verb of adding classed as a report, with an amount after it, is an act
    (``adds_an_amount``)."""
    out: list[EventMention] = []
    for m in found:
        if adds_an_amount(m, toks):
            m = dataclasses.replace(m, event_class="OCCURRENCE")
        tense = m.tense
        if tense == "none":
            if untensed_present(m, toks, found) and not counted_plural(m, toks):
                m = dataclasses.replace(m, tense="present")
        elif tense == "past" and _present_passive(m, toks):
            m = dataclasses.replace(m, tense="present")
        elif tense == "past" and m.index > 1 and (toks[m.index - 1].lower in _FUTURE_LINKS_NEAR
                                                  or toks[m.index - 1].lower.endswith("ly")) \
                and _future_participle(m, toks):
            m = dataclasses.replace(m, tense="future")
        elif tagged_noun(m, toks):
            m = dataclasses.replace(m, tense="none", aspect="simple")
        out.append(m)
    return out


# A present "be" before a participle: the passive or state it makes is a present.
_PRESENT_BE = frozenset({"is", "are", "am"})
# Adverbs between "be" and its participle besides ADVERBS_BETWEEN and those in -ly.
_DEGREE_ADVERBS = frozenset({"well", "so", "too", "very", "less", "more", "most"})


def _present_passive(mention: EventMention, toks: list[Token]) -> bool:
    """Whether a past form read as a simple past is the participle of a present passive or
    state: right after "is/are/am", adverbs between ("Westinghouse also is well positioned to
    sell turbines", "the talks are now stalled")."""
    if mention.tense != "past" or mention.aspect != "simple":
        return False
    j = mention.index - 1
    while j >= 0 and (toks[j].lower in ADVERBS_BETWEEN or toks[j].lower in _DEGREE_ADVERBS
                      or toks[j].lower.endswith("ly")):
        j -= 1
    return j >= 0 and toks[j].lower in _PRESENT_BE


# Verbs after "will" whose participle tells the state or passive to come ("will be held",
# "will stay closed", "will remain shut").
_FUTURE_LINKS = frozenset({"be", "stay", "remain", "become", "get"})
# The words that may stand right before such a participle (a link, or an adverb after it: "will
# be fully restored"): only after them is the participle read (most past forms follow none).
_FUTURE_LINKS_NEAR = _FUTURE_LINKS | ADVERBS_BETWEEN | _DEGREE_ADVERBS


def _before_adverbs(toks: list[Token], j: int) -> int:
    """The index of the last token at or before ``j`` that is no adverb between an auxiliary
    and its verb ("will soon be", "is well positioned"), -1 for none."""
    while j >= 0 and (toks[j].lower in ADVERBS_BETWEEN or toks[j].lower in _DEGREE_ADVERBS
                      or toks[j].lower.endswith("ly")):
        j -= 1
    return j


def _future_participle(mention: EventMention, toks: list[Token]) -> bool:
    """Whether a past form read as a simple past is the participle of a future passive or
    state: after "will be/stay/remain" ("Schools will stay closed on Monday", "The talks will
    be held in Geneva"): it is still to come, and a weekday told with it is the coming one."""
    if mention.aspect != "simple":
        return False
    j = _before_adverbs(toks, mention.index - 1)
    if j < 1 or toks[j].lower not in _FUTURE_LINKS:
        return False
    j = _before_adverbs(toks, j - 1)
    return j >= 0 and toks[j].lower in FUTURE_MODALS


def _dates_in_force(placing: list[TimeExpression], governing: set[int], text: str,
                    sentence_start: int, dct: dt.date,
                    ) -> tuple[TimeExpression | None, TimeExpression | None]:
    """Of the sentence's expressions that may frame the next sentences (a bounded period of up
    to MAX_FRAME_DAYS, no bound, no comparison base): the last one, preferably one that dates
    a finite verb (its id in ``governing``), and the last that is a recent day; None for none.
    Tested from the last expression back, and each only once, when needed: the tests read the
    text before the expression."""
    known: dict[int, bool] = {}

    def frames(k: int) -> bool:
        framed = known.get(k)
        if framed is None:
            e = placing[k]
            interval = e.interval
            earliest, latest = interval.earliest, interval.latest
            framed = known[k] = bool(
                earliest and latest and (latest - earliest).days <= MAX_FRAME_DAYS
                and not bounding_word(e, text) and not comparison_base(e, sentence_start, text)
                and not quarter_counted_back(e))
        return framed

    backwards = range(len(placing) - 1, -1, -1)
    last = next((k for k in backwards if frames(k)), None)
    if last is None:
        return None, None
    governed = next((k for k in backwards if id(placing[k]) in governing and frames(k)), last)
    recent = next((placing[k] for k in backwards
                   if is_recent_day(placing[k], dct) and frames(k)), None)
    return placing[governed], recent


def _past_years(mentions: list[EventMention], owned: list[list[TimeExpression]],
                dct: dt.date, text: str, sentence: tuple[int, int],
                toks: list[Token]) -> dict[int, TimeExpression]:
    """The expressions owned by a simple past (by id) that name a month or day without its
    year after the story's date, each a year earlier (``a_year_earlier``), when the time
    tagger read no tense around them (it chose the year nearest the DCT); and a weekday told
    on the wrong side of the DCT for a simple past or a future verb, a week earlier or later
    (``weekday_for_tense``); and a month or day without its year the tagger put before the
    DCT that dates what a present verb of intending governs, a year later (``a_year_later``)."""
    earlier: dict[int, TimeExpression] = {}
    told_ahead: bool | None = None  # whether the sentence's finite verbs are all futures
    for k, (mention, own) in enumerate(zip(mentions, owned, strict=True)):
        if not own:
            continue
        if mention.tense == "none" and any(e.interval.precision == Precision.DAY for e in own):
            if told_ahead is None:
                finite = {m.tense for m in mentions if m.tense != "none"}
                told_ahead = finite == {"future"}
            if told_ahead:
                # "The prize will be presented in Oslo on Dec. 10, the anniversary of Nobel's
                # death": a day the noun beside it holds, in a sentence told in the future, is
                # the coming one.
                for expression in own:
                    later = a_year_later(expression, dct) \
                        if expression.interval.precision == Precision.DAY else None
                    if later is not None:
                        earlier[id(expression)] = later
        if mention.tense in {"past", "future"} and mention.aspect == "simple":
            for expression in own:
                moved = weekday_for_tense(expression, mention.tense, text, dct)
                if moved is None and mention.tense == "future":
                    # "The airline will resume flights to the island in June because demand
                    # has recovered" (a March story): the tagger read the perfect's tense, last
                    # June; what a future tells is the next one.
                    moved = a_year_later(expression, dct)
                if moved is not None and not quoted_apart(expression, mention, toks):
                    earlier[id(expression)] = moved
        if _intended_at_recent_act(mentions, owned, k, dct):
            # "The coalition agreed on Tuesday to raise the minimum wage from January" (a June
            # story): next January. (Not a weekday: "The delegates wanted to meet again on
            # Tuesday" may be the Tuesday just past, when they wanted it.)
            for expression in own:
                later = a_year_later(expression, dct)
                if later is not None and not quoted_apart(expression, mention, toks):
                    earlier[id(expression)] = later
        elif _intended_now(mentions, k) or (mention.dependent and _reported_future(
                mentions, k, toks) and not any(
                own_j for m, own_j in zip(mentions, owned, strict=True) if m.tense != "none")):
            # "Traders now expect the first cut in September" (a May story): the next one;
            # "is scheduled to spend five hours in Dar es Salaam, her first stop Tuesday
            # morning" (a Monday story): the coming Tuesday.
            for expression in own:
                later = a_year_later(expression, dct) \
                    or weekday_for_tense(expression, "future", text, dct)
                if later is not None and not quoted_apart(expression, mention, toks):
                    earlier[id(expression)] = later
        if mention.tense == "past" and mention.aspect == "simple":
            for expression in own:
                shifted = a_year_earlier(expression, dct)
                # Not "gave no reason for the Jan. 14 deadline": the noun's date.
                if shifted is not None and not noun_modifier(expression, text) and clause_tense(
                        text, sentence, expression.span.start, expression.span.end) == "none":
                    earlier[id(expression)] = shifted
    return earlier


def _reported_future(mentions: list[EventMention], k: int, toks: list[Token]) -> bool:
    """Whether the untensed trigger ``mentions[k]`` follows "would" in what a past report told
    before it says ("The minister said the government would cut the tax rate in January"): with
    no date of a finite verb in the sentence, the report is the story's and what it foretells
    is to come (not "said in December that it would cut rates in January")."""
    mention = mentions[k]
    if mention.tense != "none" or not mention.dependent:
        return False
    j = mention.index - 1
    while j >= 0 and (toks[j].lower in ADVERBS_BETWEEN or toks[j].lower.endswith("ly")):
        j -= 1
    return j >= 0 and toks[j].lower in REPORTED_FUTURE_MODALS and any(
        m.event_class == "REPORTING" and m.tense == "past" for m in mentions[:k])


# Words that may stand between two days joined in one account ("on Friday and end ... on
# Saturday"): no sentence or clause break.
_SEQUENCE_BREAKS = frozenset(".;:")


def _joined_coming_weekdays(placing: list[TimeExpression], text: str,
                            dct: dt.date) -> dict[int, TimeExpression]:
    """Weekdays told after a coming day of their sentence and joined to it by "and" ("The
    strike is due to begin at 9 p.m. on Friday and end at the same time on Saturday"), which
    the tagger put in the week before the story's date for want of a tense near them: the
    coming one, a week later (``weekday_for_tense``), by id."""
    moved: dict[int, TimeExpression] = {}
    for before, expression in itertools.pairwise(placing):
        day = before.interval.earliest
        if day is None or day <= dct or not before.interval.is_point:
            continue
        between = text[before.span.end:expression.span.start]
        if " and " not in between or not _SEQUENCE_BREAKS.isdisjoint(between):
            continue
        later = weekday_for_tense(expression, "future", text, dct)
        if later is not None:
            moved[id(expression)] = later
    return moved


# Participles that a present "be" makes a verb of planning or foreseeing ("is scheduled to",
# "are due to", "is forecast to").
_PLANNED_PARTICIPLES = frozenset({"scheduled", "expected", "set", "slated", "due", "planned",
                                  "forecast", "predicted", "projected", "poised"})


def _intended_now(mentions: list[EventMention], k: int) -> bool:
    """Whether the untensed trigger ``mentions[k]`` is what a present verb of intending,
    expecting or planning told before it in its clause governs, past only untensed triggers
    ("Traders now expect the first cut", "is scheduled to spend five hours there, her first
    stop"): it is still to come."""
    mention = mentions[k]
    if mention.tense != "none":
        return False
    for verb in reversed(mentions[:k]):
        if verb.clause != mention.clause:
            return False
        if verb.tense != "none":
            return verb.tense == "present" and verb.aspect in {"simple", "progressive"} and (
                verb.token.lower in INTENDING_VERBS or verb.token.lower in _PLANNED_PARTICIPLES)
    return False


def _intended_at_recent_act(mentions: list[EventMention], owned: list[list[TimeExpression]],
                            k: int, dct: dt.date) -> bool:
    """Whether the untensed trigger ``mentions[k]`` is what a simple past verb of deciding,
    agreeing or promising told before it in its clause governs, that verb undated or dated
    by a day of the week up to the story's date ("The coalition agreed on Tuesday to raise the
    minimum wage from January", in a June story): what was decided this week is still to come
    at the story's date, so a month it names without its year is the next one."""
    mention = mentions[k]
    if mention.tense != "none" or not mention.dependent:
        return False
    for j in range(k - 1, -1, -1):
        verb = mentions[j]
        if verb.clause != mention.clause:
            return False
        if verb.tense != "none":
            return verb.tense == "past" and verb.aspect == "simple" \
                and verb.token.lower in INTENDING_PAST \
                and all(is_recent_day(e, dct) for e in owned[j])
    return False


# Words of a quotation that count days from the day it was said ("today", "tomorrow").
QUOTED_DAY_OFFSETS: dict[str, int] = {"today": 0, "tonight": 0, "tomorrow": 1, "yesterday": -1}


def _quoted_deixis(mentions: list[EventMention], owned: list[list[TimeExpression]],
                   placing: list[TimeExpression], toks: list[Token],
                   dct: dt.date) -> dict[int, TimeExpression]:
    """The "today", "tomorrow" or "yesterday" of a quotation (by id) counted from the day its
    report, outside the quotation, names ("``We will meet the unions tomorrow,'' the minister
    said on Monday": the Tuesday), when the tagger counted it from the story's date."""
    quotes = quoted_spans(toks)
    said = next((e for m, own in zip(mentions, owned, strict=True)
                 if m.event_class == "REPORTING" and m.tense == "past"
                 and _quote_of(m.token.start, quotes) == -1
                 for e in own if e.interval.is_point and e.interval.earliest is not None
                 and e.interval.earliest != dct and is_recent_day(e, dct)), None)
    if said is None or said.interval.earliest is None:
        return {}
    moved: dict[int, TimeExpression] = {}
    for expression in placing:
        offset = QUOTED_DAY_OFFSETS.get(expression.span.text.lower())
        interval = expression.interval
        if offset is None or _quote_of(expression.span.start, quotes) == -1 \
                or interval.earliest != dct + dt.timedelta(days=offset) or not interval.is_point:
            continue
        day = said.interval.earliest + dt.timedelta(days=offset)
        moved[id(expression)] = moved_to_day(
            expression, day,
            f"said in a quotation on {said.interval.earliest} ({said.span.text!r}): {day}")
    return moved


def _year_ago_quarters(placing: list[TimeExpression], in_force: TimeExpression | None,
                       in_force_age: int, text: str, sentence_start: int,
                       ) -> dict[int, TimeExpression]:
    """The comparison bases "last year" of a sentence about a quarter (one of its own, or one
    in force for up to QUARTER_FRAME_SENTENCES sentences), each as that quarter a year back
    (``quarter_a_year_back``; the tagger reads "a year earlier" so, "last year" as the whole
    year)."""
    quarter = next((e for e in placing if "-Q" in e.value), None)
    if quarter is None and in_force is not None and "-Q" in in_force.value \
            and in_force_age < QUARTER_FRAME_SENTENCES:
        quarter = in_force
    if quarter is None:
        return {}
    moved: dict[int, TimeExpression] = {}
    for expression in placing:
        back = quarter_a_year_back(expression, quarter)
        if back is not None and comparison_base(expression, sentence_start, text):
            moved[id(expression)] = back
    return moved


def quoted_apart(expression: TimeExpression, mention: EventMention, toks: list[Token]) -> bool:
    """Whether the expression and the trigger lie on two sides of a quotation's edge ("``will
    leave at 4 a.m. Thursday,'' Castro said": the day is the quoted future's, not the
    report's)."""
    quotes = quoted_spans(toks)
    return any((first <= expression.span.start < end) != (first <= mention.token.start < end)
               for first, end in quotes)


def _occasion_before(mention: EventMention, toks: list[Token], placing: list[TimeExpression],
                     found: list[EventMention]) -> TimeExpression | None:
    """The expression right before the infinitive's "to" when it dates a noun, an occasion
    ("a news conference Thursday to announce"), not a verb ("agreed in April to hand them
    over": what is intended is not done then), else None."""
    i = mention.index
    if i < 3 or toks[i - 1].lower != "to":
        return None
    expression = next((e for e in placing if e.span.end == toks[i - 2].end), None)
    if expression is None:
        return None
    j = i - 2
    while j >= 0 and toks[j].start >= expression.span.start:
        j -= 1
    if j >= 0 and toks[j].lower in _PHRASE_PREPOSITIONS:
        j -= 1
    if j < 0 or not (toks[j].text.isalpha() and toks[j].text.islower()):
        return None
    verbs = {m.index for m in found if m.tense != "none" or m.dependent}
    return None if j in verbs else expression


def _reduced_relative(mention: EventMention, toks: list[Token]) -> bool:
    """Whether a past form in -ed follows a comma after a noun, or a noun in the phrase opening
    the sentence: a participle describing that noun ("in the letter, dated Monday", "In a poll
    completed on Saturday, ..."), not a finite verb that claims a date of its sentence.
    (Right after a noun it may be finite: "The central bank raised rates on Tuesday"; so it is
    after the comma closing an insertion: "The army, backed by tanks, stormed the town"; a
    quote's commas are no insertion's.)"""
    i = mention.index
    if not (mention.tense == "past" and mention.aspect == "simple" and i > 1
            and mention.token.lower.endswith("ed")):
        return False
    if _in_opening_phrase(toks, i):
        # "In a poll completed on Saturday, 69 percent said": the opening phrase names the
        # report's vehicle; its participle, with no object ("police arrested two men on
        # Tuesday" has one: a main clause), describes the noun; the main verb comes after.
        return any(t.text == "," for t in toks[i + 1:])
    if not (toks[i - 1].text == "," and toks[i - 2].text.isalpha() and toks[i - 2].text.islower()):
        return False
    for token in reversed(toks[:i - 1]):
        if token.text in QUOTE_TOKENS:
            return True
        if token.text == ",":
            return False
    return True


# Classes of verbs that take a clause with no "that" ("said profits rose", "believes the
# army seized the town"): a past form after their object may be that clause's finite verb.
_CLAUSE_TAKING_CLASSES = frozenset({"REPORTING", "I_STATE", "PERCEPTION"})
_PARTICIPLE_BREAKS = CLAUSE_BREAK_MARKS | QUOTE_TOKENS | CLAUSE_OPENERS | COMPLEMENTIZERS \
    | PHRASE_BREAK_TOKENS


def _object_participle(k: int, found: list[EventMention], toks: list[Token]) -> bool:
    """Whether the past form ``found[k]`` follows the object noun of a verb told before it in
    its clause ("is expected to dominate a NATO summit set for April"): a participle describing
    that noun, not a finite verb claiming a date of its sentence."""
    mention = found[k]
    i = mention.index
    if mention.tense != "past" or mention.aspect != "simple" or i < 3 \
            or not (toks[i - 1].text.isalpha() and toks[i - 1].text.islower()) \
            or toks[i - 1].lower in SUBJECT_PRONOUNS or toks[i - 1].lower in DETERMINERS \
            or toks[i - 1].lower in ADVERBS_BETWEEN or toks[i - 1].lower.endswith("ly"):
        return False
    verb = next((m for m in reversed(found[:k]) if m.tense != "none" or m.dependent), None)
    if verb is None or verb.index >= i - 1 or verb.event_class in _CLAUSE_TAKING_CLASSES:
        return False
    return all(t.lower not in _PARTICIPLE_BREAKS for t in toks[verb.index + 1:i])


def _comma_participle_governor(found: list[EventMention], k: int) -> EventMention | None:
    """The past finite verb nearest before ``found[k]``, a participle after a comma, in its
    sentence: the act the participle goes with ("waged war ..., declaring victory")."""
    verb = next((m for m in reversed(found[:k]) if m.tense != "none"), None)
    return verb if verb is not None and verb.tense == "past" else None


def _comma_participle_time(found: list[EventMention], k: int, toks: list[Token],
                           times: dict[int, EventTime], sentence: Sentence) -> EventTime | None:
    """The time of a report told in a participle after a comma ("the guerrillas waged war on
    Batista's troops, declaring victory on Jan. 1, 1959"): made in the act it goes with, at the
    time its own sentence gives that act — not the story's date; a date carried from before
    keeps the reporting convention (None)."""
    mention = found[k]
    word = mention.token.lower
    if mention.tense != "none" or k == 0 or not word.endswith("ing") \
            or toks[mention.index - 1].text != "," or word in SOURCE_ATTRIBUTIONS:
        return None
    acting = _comma_participle_governor(found, k)
    acted = times.get(acting.index) if acting is not None else None
    if acting is None or acted is None or acted.relation != "on" or acted.expression is None \
            or not sentence.start <= acted.expression.start < sentence.end:
        return None
    return built.time_copy(acted, {
        "explanation": f"'{mention.token.text}' goes with past "
        f"'{acting.token.text}', at its time: {acted.explanation}"})


def _vehicle_opening(toks: list[Token], i: int) -> bool:
    """Whether the sentence opens with "In the/that/his ... <vehicle>," naming a report's
    vehicle told of before (``REPORT_VEHICLES``), and ``toks[i]`` comes after that comma."""
    if len(toks) < 4 or toks[0].lower != "in" or toks[1].lower not in DEFINITE_WORDS:
        return False
    comma = next((j for j in range(2, min(len(toks), 6)) if toks[j].text == ","), -1)
    return comma > 2 and toks[comma - 1].lower in REPORT_VEHICLES and i > comma


def _in_opening_phrase(toks: list[Token], i: int) -> bool:
    """Whether ``toks[i]`` follows a lowercase noun of the prepositional phrase opening the
    sentence, with no clause break before it and a preposition or a name after it."""
    before = toks[i - 1]
    return toks[0].lower in _OPENING_PREPOSITIONS and before.text.isalpha() \
        and before.text.islower() and before.lower not in NEVER_EVENTS \
        and all(t.text not in _CLAUSE_BREAKS for t in toks[1:i]) and i + 1 < len(toks) \
        and (toks[i + 1].lower in PREPOSITIONS or toks[i + 1].text[:1].isupper())


def _vehicle_relative(mention: EventMention, toks: list[Token],
                      found: list[EventMention]) -> bool:
    """Whether a past passive tells of the vehicle that a report right before it names as its
    speaker ("said a message that was read Wednesday night"): its day is the report's."""
    i = mention.index
    if mention.tense != "past" or i < 5 or toks[i - 1].lower not in VEHICLE_PASSIVE_BE \
            or toks[i - 2].lower not in VEHICLE_RELATIVES \
            or toks[i - 3].lower not in REPORT_VEHICLES or toks[i - 4].lower not in DETERMINERS:
        return False
    return any(m.index == i - 5 and m.event_class == "REPORTING" for m in found)



def _present_governors(found: list[EventMention], toks: list[Token], codes: list[int],
                       text: str, quotes: Sequence[tuple[int, int]] = (),
                       ) -> tuple[list[str | None], list[str | None]]:
    """For each mention, the word of the simple or progressive present verb that governs it in
    its clause: the nearest finite verb told before it there (else the first one after it, with
    no comma or quote between), when that verb is such a present ("They believe Kopp was
    driven to Mexico after the shooting": the past "was driven" governs "shooting", not
    "believe"). A form of "be" that is no mention counts as a finite verb of its tense ("What
    is outrageous is the attempt": at the story's date; "Horsley was not a defendant in the
    suit": not). Beside it, the word of a governing present perfect that is not negated ("the
    relatives have fought to keep the boy"), else None. ``codes``: ``word_codes(toks)``."""
    if not found:
        return [], []
    mentioned = {m.index for m in found}
    # A verb's kind: 0 another tense, 1 a simple or progressive present, 2 a present perfect.
    # (The copulas found by C-level maps: no Python step per token.)
    copulas = [(j, int(bool(codes[j] & PRESENT_COPULA)))
               for j in compress(range(len(toks)), map(_IS_COPULA.__getitem__, codes))
               if j not in mentioned]
    # "We have probable cause to believe", "the government has the authority to seek": a
    # present "have" holding an object governs as a present verb does.
    copulas += [(j, 1) for j in _holding_haves(toks, mentioned, codes)]
    copulas.sort()
    verbs_of: dict[tuple[int, int], list[tuple[int, int]]] = {}  # (token index, kind)
    for mention in found:
        verbs = verbs_of.get(mention.clause)
        if verbs is None:
            first, stop = mention.clause
            verbs = verbs_of[mention.clause] = [v for v in copulas if first <= v[0] < stop]
        if mention.tense != "none":
            kind = 0
            if mention.tense == "present" and mention.aspect in {"simple", "progressive"}:
                kind = 1
            elif mention.tense == "present" and mention.polarity == "POS" \
                    and mention.aspect in {"perfect", "perfect_progressive"}:
                kind = 2
            verbs.append((mention.index, kind))
        elif mention.dependent and present_modal(mention, text):
            # "may yield important clues for investigators trying to track down the gunman":
            # a present modal's verb holds at the story's date as a present verb does.
            verbs.append((mention.index, 1))
    for verbs in verbs_of.values():
        verbs.sort()
    presents: list[str | None] = []
    perfects: list[str | None] = []
    for mention in found:
        verbs = verbs_of[mention.clause]
        at = bisect.bisect_left(verbs, (mention.index, -1))
        if at > 0:
            index, kind = verbs[at - 1]
        elif at < len(verbs) and verbs[at][0] == mention.index:
            index, kind = verbs[at + 1] if at + 1 < len(verbs) else (-1, 0)
        else:
            index, kind = verbs[at] if at < len(verbs) else (-1, 0)
        if index > mention.index and not _CLAUSE_BREAKS.isdisjoint(
                map(_TEXT, toks[mention.index + 1:index])):
            kind = 0  # "as a result of reaching an accord, ``It is unnecessary''"
        quote = _quote_of(toks[index].start, quotes) if index >= 0 and quotes else -1
        if quote != -1 and quote != _quote_of(mention.token.start, quotes):
            # "``... to where the child is,'' Castro read": a quotation's verb governs only
            # what is quoted (a verb outside may govern a quoted phrase: 'is a ``setback''').
            kind = 0
        presents.append(toks[index].text if kind == 1 else None)
        perfects.append(toks[index].text if kind == 2 else None)
    return presents, perfects


# Words after "have" that make it an auxiliary or a modal "have to", not a verb holding an object.
_AFTER_AUXILIARY_HAVE = frozenset({"been", "to", "got"})


def _holding_haves(toks: list[Token], mentioned: set[int],
                   codes: list[int] | None = None) -> list[int]:
    """The indices of the present main verbs "has/have" that are no mention: the word after
    them (and after any adverbs) is no mention (a perfect's participle is one), nor "been" or
    "to"; not after a modal or "to" ("would have to be borrowed"). ``codes``:
    ``word_codes(toks)``, when the caller has it (then only the forms of "have" are visited)."""
    found: list[int] = []
    visited = range(len(toks)) if codes is None else \
        compress(range(len(toks)), map(_IS_HAVE.__getitem__, codes))
    for j in visited:
        token = toks[j]
        if token.lower not in _HAVE_FORMS or j in mentioned or (j > 0 and (
                toks[j - 1].lower in IRREALIS_MODALS or toks[j - 1].lower == "to")):
            continue
        n = j + 1
        while n < len(toks) and (toks[n].lower in ADVERBS_BETWEEN or toks[n].lower.endswith("ly")):
            n += 1
        if n < len(toks) and n not in mentioned and toks[n].lower not in _AFTER_AUXILIARY_HAVE:
            found.append(j)
    return found


def _quote_of(offset: int, quotes: Sequence[tuple[int, int]]) -> int:
    """The index of the quotation holding the offset, else -1."""
    return next((k for k, (first, end) in enumerate(quotes) if first <= offset < end), -1)


def _aspectual_governor(found: list[EventMention], k: int,
                        toks: list[Token]) -> EventMention | None:
    """The aspectual verb whose complement the infinitive at ``found[k]`` is ("began to
    arrive", "continues to maintain"), else None."""
    index = found[k].index
    if index < 2 or toks[index - 1].lower != "to":
        return None
    previous = next((m for m in reversed(found[:k]) if m.index == index - 2), None)
    return previous if previous is not None and previous.event_class == "ASPECTUAL" else None


# Prepositions that open the occasion or vehicle of a report right after its verb or object
# ("said at a news conference", "told analysts on a conference call", "said in a statement").
_OCCASION_PREPOSITIONS = frozenset({"at", "on", "in", "during"})
# Reporting verbs whose object is the one told ("told analysts on a conference call").
_RECIPIENT_REPORTS = frozenset({"told", "tells", "tell", "informed", "assured", "reminded",
                                "briefed", "notified"})
# Determiners that name an occasion told of before ("in the letter", "at that meeting").
_KNOWN_OCCASION_WORDS = frozenset({"the", "that", "this", "these", "those"})


def _report_of_occasion(found: list[EventMention], k: int,
                        toks: list[Token]) -> EventMention | None:
    """The report whose occasion or vehicle the noun at ``found[k]`` names: a past or present
    report told just before it, with an occasion preposition right after its verb or after
    the object of a verb naming the one told ("said at a news conference", "told reporters on
    a conference call"), no other trigger and only words between; else None."""
    index = found[k].index
    while k > 0 and found[k - 1].index == index - 1 and found[k - 1].tense == "none":
        k, index = k - 1, index - 1  # "on a conference call": the compound's first noun
    report = found[k - 1] if k > 0 else None
    if report is None or report.event_class != "REPORTING" \
            or report.tense not in {"past", "present"} or index - report.index > 6:
        return None
    between = toks[report.index + 1:index]
    # Right after the verb, or after a short object of a verb naming the one told.
    reach = 3 if report.token.lower in _RECIPIENT_REPORTS else 1
    at = next((j for j, t in enumerate(between[:reach]) if t.lower in _OCCASION_PREPOSITIONS), -1)
    if at < 0 or not all(t.text.isalpha() for t in between) \
            or (at + 1 < len(between) and between[at + 1].lower in _KNOWN_OCCASION_WORDS):
        # "was described in the filing": an occasion named as one told of before keeps its
        # own date (the report was made in it, not it at the report's).
        return None
    return report


def _date_described_nouns(events: list[Event], first: int, found: list[EventMention],
                          times: dict[int, EventTime], toks: list[Token]) -> None:
    """An event noun right before a comma and a participle that describes it with a date of
    its own ("Turnout in the last election, held in January 2022, was 51%") took place then:
    it takes the participle's time (``events[first:]`` are the sentence's events)."""
    by_index = {m.index: k for k, m in enumerate(found)}
    for k, mention in enumerate(found):
        i = mention.index
        participle = by_index.get(i + 2)
        if mention.tense != "none" or participle is None or i + 2 >= len(toks) \
                or toks[i + 1].text != "," or times[i].basis == "expression":
            continue
        described = found[participle]
        told = times[described.index]
        if told.basis != "expression" or told.relation != "on" or described.tense != "past" \
                or described.aspect != "simple" or not _closed_insertion(found, participle, toks):
            continue
        events[first + k] = events[first + k].model_copy(update={"time": built.time_copy(
            told, {"basis": "discourse",
                   "explanation": f"'{mention.token.text}' is what '{described.token.text}' "
                   f"describes: {told.explanation}"})})


# Forms of "be" that may be the finite verb after an insertion ("the election, held in 2022,
# was ...").
_FINITE_BE = frozenset({"is", "are", "was", "were"})


def _closed_insertion(found: list[EventMention], k: int, toks: list[Token]) -> bool:
    """Whether the trigger ``found[k]``, after a comma, opens an insertion that a comma closes
    right before the finite verb of the clause around it ("the last election, held in January
    2022, was 51%"): a participle describing the noun before it, not a finite verb."""
    i = found[k].index
    end = next((j for j in range(i + 1, len(toks)) if toks[j].text in _CLAUSE_BREAKS), -1)
    if end < 0 or toks[end].text != "," or end + 1 >= len(toks) \
            or any(m.tense != "none" and i < m.index < end for m in found):
        return False
    after = end + 1
    return toks[after].lower in _FINITE_BE or any(
        m.index == after and m.tense != "none" for m in found[k + 1:])


def _date_subject_participles(events: list[Event], first: int, found: list[EventMention],
                              times: dict[int, EventTime], toks: list[Token]) -> None:
    """An undated participle in -ing inserted between commas right before the finite verb of
    its subject ("RMS International Inc., facing a cash-flow squeeze, said it is seeking other
    financing") tells the subject's state or act at that verb's time: it takes that time
    (``events[first:]`` are the sentence's events)."""
    for k, mention in enumerate(found):
        i = mention.index
        if mention.tense != "none" or not mention.token.lower.endswith("ing") or i == 0 \
                or toks[i - 1].text != "," or times[i].basis != "none":
            continue
        comma = next((j for j in range(i + 1, len(toks)) if toks[j].text in _CLAUSE_BREAKS), -1)
        verb = next((m for m in found[k + 1:] if m.index == comma + 1), None)
        if comma < 0 or toks[comma].text != "," or verb is None or verb.tense == "none" \
                or any(m.tense != "none" and i < m.index < comma for m in found):
            continue
        told = times[verb.index]
        events[first + k] = events[first + k].model_copy(update={"time": built.time_copy(
            told, {"explanation": f"'{mention.token.text}' describes the subject of "
                   f"'{verb.token.text}', at its time: {told.explanation}"})})


def _date_nested_reports(events: list[Event], first: int, found: list[EventMention],
                         times: dict[int, EventTime], toks: list[Token]) -> None:
    """An undated past report told in what a later report of its sentence reports, after a
    comma ("Gonzalez said he would go get his son alone ..., Castro said Sunday"), took place by
    that report's day: it takes that day (``events[first:]`` are the sentence's events)."""
    reports = [k for k, m in enumerate(found) if m.event_class == "REPORTING"
               and m.tense == "past" and m.aspect == "simple"]
    if len(reports) < 2:
        return
    for k in reports:
        inner = found[k]
        if times[inner.index].basis != "reporting":
            continue
        for j in reports:
            outer = found[j]
            time = times[outer.index]
            if outer.index <= inner.index or time.relation != "on" \
                    or time.basis not in {"expression", "discourse"} \
                    or time.earliest is None or time.earliest != time.latest:
                continue
            comma = next((i for i in range(outer.index - 1, inner.index, -1)
                          if toks[i].text in _CLAUSE_BREAKS), None)
            # The reporting clause: its speaker between the comma (or quote) and the verb, and no
            # other trigger ("the decision, announced Wednesday by ..." describes a noun).
            if comma is None or comma + 1 >= outer.index or any(
                    comma < m.index < outer.index for m in found):
                continue
            if time.earliest != times[inner.index].likely_day:
                events[first + k] = events[first + k].model_copy(update={"time": built.time_copy(
                    time, {"basis": "discourse", "explanation": f"'{inner.token.text}' is told "
                           f"in what '{outer.token.text}' reports: {time.explanation}"})})
            break


def _past_governor(found: list[EventMention], k: int,
                   toks: list[Token]) -> EventMention | None:
    """The past verb that governs the infinitive at ``found[k]`` ("went on to defend", "used
    her speech to articulate", "was trying to draw"): the nearest verb told before it in its
    clause, when that is a past that intends nothing ("agreed to buy": the buying is still to
    come, `INTENDING_PAST`), else None."""
    mention = found[k]
    index = mention.index
    if not mention.dependent or index < 1 or toks[index - 1].lower != "to":
        return None
    at = next((j for j in range(k - 1, -1, -1) if found[j].clause == mention.clause
               and (found[j].tense != "none" or found[j].dependent)), None)
    if at is None and index > 1 and toks[index - 2].lower in _CONJUNCTIONS:
        # "used her speech to articulate a vision for NATO, which will celebrate its
        # anniversary next month, and to defend its role": "and to" coordinates the
        # infinitive with the last one told before it, past the commas between.
        at = next((j for j in range(k - 1, -1, -1) if found[j].dependent
                   and found[j].index > 0 and toks[found[j].index - 1].lower == "to"), None)
    if at is None:
        return None
    verb = found[at]
    if verb.tense == "none":
        # "used her speech to articulate a vision ... and to defend NATO's role": an
        # infinitive coordinated with one the past verb governs.
        return _past_governor(found, at, toks)
    if verb.tense != "past" or verb.token.lower in INTENDING_PAST:
        return None
    return verb


def _owned_expressions(
    mentions: list[EventMention], toks: list[Token], placing: list[TimeExpression], text: str,
    relatives: Sequence[RelativeClause] = (),
) -> list[list[TimeExpression]]:
    """The expressions that date each trigger: the nearest trigger of the expression's clause
    ("he thinks they will report losses through the third quarter": the quarter dates "losses",
    not "thinks"). An expression alone in its clause ("On Wednesday, Alarcon said ...") dates
    the nearest finite verb of the sentence, unless it is a bound ("since 1901")."""
    owned: list[list[TimeExpression]] = [[] for _ in mentions]
    if not mentions:
        return owned

    def gap(k: int, at: int, stop: int) -> int:
        """Characters between trigger ``k`` and the expression at ``at``-``stop``."""
        token = mentions[k].token
        return max(at - token.end, token.start - stop, 0)

    for expression in placing:
        # (The offsets read once: a pydantic attribute costs ~400 instructions a read.)
        span = expression.span
        at, stop = span.start, span.end
        in_clause = [k for k, m in enumerate(mentions)
                     if toks[m.clause[0]].start <= at and stop <= toks[m.clause[1] - 1].end]
        inner = [k for k in in_clause if any(first <= at < end and first <= mentions[k].token.start
                                             < end for first, end, _ in relatives)] \
            if relatives else []
        if _copula_predicate(text, at, stop, expression):
            # "The vote is on Tuesday": the date is what the copula says of its subject, an
            # event noun before it; "the agency said the deadline is Nov. 30": of no event.
            subjects = [k for k in in_clause if mentions[k].tense == "none"
                        and mentions[k].token.end <= at]
            if subjects:
                owned[subjects[-1]].append(expression)
            continue
        if inner and len(inner) < len(in_clause):
            verb = mentions[min(inner, key=lambda k: gap(k, at, stop))]
            if verb.tense != "none" or verb.dependent:
                # "Kopp, who, police said, fled to France in 1998, was arrested": a date told
                # after a verb of a relative clause dates that verb, not the main verb after it.
                in_clause = inner
        if in_clause:
            nearest = min(in_clause, key=lambda k: gap(k, at, stop))
            earlier = [k for k in in_clause if mentions[k].token.end <= at]
            if earlier and when_clause_of(expression, text, mentions[nearest].token.start):
                # "to become members in April next year when the alliance celebrates": the
                # expression is the time of its own clause, which the when-clause shares.
                nearest = min(earlier, key=lambda k: gap(k, at, stop))
            if mentions[nearest].token.end <= at and text[:at].rstrip().endswith(","):
                # "while there was no profit this year from discontinued operations, last
                # year they contributed #34 million": an expression opening a clause after a
                # comma dates that clause's finite verb, not the noun before the comma.
                following = [k for k in in_clause if mentions[k].token.start >= stop
                             and mentions[k].tense != "none"
                             and "," not in text[stop:mentions[k].token.start]]
                if following:
                    nearest = following[0]
            if mentions[nearest].token.start >= stop \
                    and "," in text[stop:mentions[nearest].token.start] \
                    and not when_follows(expression, text) and not in_clauses(at, relatives):
                # "Inflation eased to 61.4 percent in November, figures released on Monday
                # showed": an expression closed by a comma ends the phrase of the trigger
                # before it (one with no comma between), not the phrase told after the comma.
                # (Not inside a relative clause, which the comma may close before its main
                # verb: "Williams shares, which were to be delisted after the close of trading
                # yesterday, closed at $23.25".)
                # (Only a trigger of the expression's own conjunct: "fought cancer in 2004 and
                # took six months off in early 2009, later revealing": with "took" no event, the
                # year is not the fighting's.)
                before = _own_conjunct_before(mentions, in_clause, text, at)
                if before:
                    nearest = min(before, key=lambda k: gap(k, at, stop))
            if mentions[nearest].token.start >= stop and _SUBORDINATOR_AFTER.match(text, stop):
                # "would cut interest rates in September after a report showed inflation
                # cooled": a subordinator right after the expression opens another clause;
                # the expression ends the phrase of the trigger before it (of its own conjunct).
                before = _own_conjunct_before(mentions, in_clause, text, at)
                if before:
                    nearest = min(before, key=lambda k: gap(k, at, stop))
            if mentions[nearest].token.start >= stop and _THAT_AFTER.match(text, stop):
                # "told lawmakers last week that inflation would peak in May": a date right
                # before the "that" of a verb's complement dates that verb, not the clause
                # it opens.
                # (Only a verb of saying, thinking or acting on others takes such a clause: a
                # "that" after a noun opens a relative clause, "the bombings last year that
                # killed 224 people".)
                earlier = [k for k in in_clause if mentions[k].token.end <= at]
                if earlier:
                    taker = min(earlier, key=lambda k: gap(k, at, stop))
                    if mentions[taker].tense != "none" \
                            and mentions[taker].event_class in _COMPLEMENT_TAKERS:
                        nearest = taker
            if _closes_phrase_before(text, expression, mentions[nearest], toks):
                # "fled to Florida in June 1998 and returned", "remain at $1 for next year
                # but said": a time phrase ends the predicate told before it.
                earlier = [k for k in in_clause if mentions[k].token.end <= at]
                if earlier:
                    nearest = min(earlier, key=lambda k: gap(k, at, stop))
            if _verb_between(toks, mentions[nearest].index, at,
                                     mentions[nearest].event_class == "REPORTING"):
                # "She said a compromise could be reached by the end of the month", "The bill,
                # which passed 77-18, would avert a shutdown that would begin on Jan. 20":
                # the date is the later verb's, which found no trigger, not this one's.
                continue
            owned[nearest].append(expression)
            continue
        if bounding_word(expression, text):
            # "Australia has been independent since 1901, but it still recognizes the
            # monarch": a bound alone in its clause limits that clause's state, which the
            # mention model did not mark, not a verb of another clause.
            continue
        finite = [k for k, m in enumerate(mentions) if m.tense != "none"]
        if finite:
            owned[min(finite, key=lambda k: gap(k, at, stop))].append(expression)
    if placing and len(toks) > 1:
        # "In July 1997, at a summit in Madrid, the alliance announced ...": an expression
        # opening the sentence frames its main clause, not only a noun beside it.
        opening = toks[0] if toks[0].lower not in _PHRASE_PREPOSITIONS else toks[1]
        expression = placing[0]
        comma = text.find(",", expression.span.end, toks[-1].end)
        finite = [k for k, m in enumerate(mentions) if m.tense != "none"]
        if expression.span.start == opening.start and comma != -1 \
                and not any(e is expression for k in finite for e in owned[k]):
            main = [k for k in finite if mentions[k].token.start > comma and not owned[k]]
            if main:
                owned[main[0]].append(expression)
    for expression in placing:
        # "in April next year, when the alliance celebrates its anniversary": the when-clause
        # tells what happens at the time the expression names.
        stop = expression.span.end  # (read once, not per mention)
        after = [k for k, m in enumerate(mentions) if m.token.start >= stop]
        if not after:
            continue
        if when_clause_of(expression, text, mentions[after[0]].token.start) \
                and not owned[after[0]]:
            owned[after[0]].append(expression)
        elif not (when_follows(expression, text)
                  and any(e is expression for e in owned[after[0]])):
            continue
        # "In contrast to Thursday, when 135 people were arrested and police were forced to
        # use tear gas": the finite verbs joined in the when-clause share its time (also when
        # its first verb, told a few words on, took the expression as the nearest trigger:
        # "Thursday, when two exile leaders and 133 other people were arrested").
        end = text.find(",", mentions[after[0]].token.end, toks[-1].end)
        for k in after[1:]:
            if (end != -1 and mentions[k].token.start > end) or mentions[k].tense == "none":
                continue
            if not owned[k]:
                owned[k].append(expression)
    return owned


# The classes of what holds for a time, a state of things or of mind ("needed", "wanted").
_HELD_CLASSES = frozenset({"STATE", "I_STATE"})
# A subordinator opening another clause right after an expression ("in September after a report
# showed"; not "when": a when-clause tells what happens at the expression's time).
_SUBORDINATOR_AFTER = re.compile(r"\s+(?:after|before|because|while|although|though|as|once)\b",
                                 re.IGNORECASE)
# "That" opening a complement right after an expression ("told lawmakers last week that").
_THAT_AFTER = re.compile(r",?\s+that\b", re.IGNORECASE)
# The classes of the verbs that take a that-clause: saying, and thinking or acting on others
# ("told", "warned", "believes").
_COMPLEMENT_TAKERS = frozenset({"REPORTING", "I_ACTION", "I_STATE"})


# First words of an expression that is an adverbial phrase by itself ("earlier this month",
# "last week", "on Friday"), not a noun's modifier.
_ADVERBIAL_OPENERS = frozenset({"earlier", "later", "last", "this", "yesterday", "today", "on",
                                "in", "at", "during", "early", "late"})


# Words right before an expression that make it a bound of the predicate told before it
# ("since 2022", "until March", "by next week"): it ends that predicate before a new conjunct.
_BOUND_OPENERS = frozenset({"since", "until", "till", "through", "by"})


# Prepositions before a gerund that names the cause of the act before them ("arrested on
# Tuesday for stealing"; not "with": "spent Sunday night with chanting protesters").
_CAUSE_PREPOSITIONS = frozenset({"for"})


def _closes_phrase_before(text: str, expression: TimeExpression, later: EventMention,
                          toks: list[Token]) -> bool:
    """Whether the expression, after a preposition or an adverbial by itself ("earlier this
    month"), ends the phrase before it: the next trigger opens a new conjunct ("in 2005 and
    increased", "searched his home earlier this month and questioned") or follows right after
    a comma ("in the 1960s, followed"), is not an infinitive, and the expression is not a
    possessive."""
    if later.token.start < expression.span.end or later.dependent \
            or text.startswith(("'s", "’s"), expression.span.end):
        return False
    index = bisect.bisect_left([t.start for t in toks], expression.span.start)
    if index == 0:
        return False
    between = text[expression.span.end:later.token.start]
    if between.strip().lower() in _CAUSE_PREPOSITIONS and later.tense == "none" \
            and later.token.lower.endswith("ing") and not bounding_word(expression, text):
        # "arrested a man on Tuesday for stealing a painting": the day is the arrest's; the
        # gerund names what it is for (a bound, "arrested since 1990 for protesting", is the
        # phrase's).
        return True
    joined = not _CONJUNCTIONS.isdisjoint(between.replace(",", " ").lower().split())
    if joined and toks[index - 1].lower in _BOUND_OPENERS:
        # "has cut 5,000 jobs since 2022 and plans to sell its unit": a bound ends the
        # predicate it limits; the verb of the next conjunct is not within it.
        return True
    if toks[index - 1].lower not in _PHRASE_PREPOSITIONS:
        # An adverbial by itself ("searched his home earlier this month and questioned"),
        # not a noun's modifier, ends the phrase before a new conjunct (after a bare comma the
        # verb may be a main clause's after a relative clause: "which were to be delisted
        # after the close yesterday, closed at $23.25").
        return joined and toks[index - 1].lower not in DETERMINERS \
            and expression.span.text.split()[0].lower() in _ADVERBIAL_OPENERS
    return between.strip() == "," or joined


def _verb_at(toks: list[Token], i: int) -> bool:
    """Whether token ``i`` is a verb or a verb's auxiliary ("said", "has", "will")."""
    return toks[i].lower in _COMPLEMENT_VERB_WORDS or verb_shape(toks, i) is not None


def _event_fields(
    document_id: str,
    text: str,
    sentence: Sentence,
    evidence: Span | None,
    mention: EventMention,
    names: list[tuple[int, int, str]],
    expressions: list[TimeExpression],
    actors: ActorResolver,
    time: EventTime,
    summaries: dict[tuple[int, int], str] | None = None,
    reports: bool = True,
    found: list[EventMention] | None = None,
) -> Event:
    """The ``Event`` at ``mention``, built from the stage's own values (``built.event``);
    ``evidence`` is the sentence's Span; ``summaries`` keeps the summary of each clause of the
    sentence (``_clause_summary``); ``reports``: False for a report's verb read as an act
    ("added $20 million to its reserves": summarized as its clause, not as what it says);
    ``found``: the sentence's mentions (a clause after a subject phrase without any is read with
    that phrase)."""
    toks = sentence.tokens
    first, stop = _summary_bounds(toks, *mention.clause, found)
    # Whether the clause opens with its verb after its subject phrase ("Roper's lawyer, Alan
    # Weiss, said"), not after what an inverted report says (", said Mike Gikas").
    after_subject = first == 0 < mention.clause[0] and toks[mention.clause[0] - 1].text == ","
    clause_start, clause_end = toks[first].start, toks[stop - 1].end
    trigger = mention.token
    # A relative clause is told of its antecedent ("The trial, which began on May 12, heard":
    # "The trial began").
    relative = _relative_antecedent(toks, first, stop, found)
    subject_clause = (relative[0], stop) if relative else (first, stop)

    phrase_end = 0  # the end of the subject phrase before the clause, if it has one
    # "Xi met Lavrov in Beijing and said ...": a verb coordinated after "and" has the subject
    # of the clause's first verb (not a name of that verb's object or place).
    leading = _coordinated_lead(toks, mention, subject_clause[0], found)
    if after_subject and not relative and (leading or mention).index == mention.clause[0]:
        subject, phrase_end = _subject_phrase_head(toks, names, mention.clause[0])
    else:
        subject = _subject(leading or mention, names, toks, actors, subject_clause)
    # "A US jury found", "Officials of the U.S. government said": a one-word name that only
    # modifies the subject's noun is a participant like the others, not the subject (an owner,
    # "Harbor's stock closed", and a longer name, "Harbor Snacks shareholders approved", stay).
    acting = subject if subject and (" " in subject or not _modifies_subject_noun(
        names, toks, subject, first, mention.index)) else None
    if acting and is_demonym(acting):
        acting = None  # (the adjective of a people names no one: "Chinese state media said")
    joined = _joined_to_subject(names, toks, acting, first, mention.index) if acting else []
    participants = [name for f, _, name in names if first <= f < stop and name != acting
                    and name not in joined and actors.salient(name) and not is_demonym(name)]
    others = list(dict.fromkeys(participants))[:MAX_PARTICIPANTS]
    actor_list = joined + ([acting] if acting else []) + others

    openers = _CONTENT_OPENERS if first else CLAUSE_OPENERS
    if relative:
        np_start, np_end, rel_end = relative
        summary = _clean(_without_times(text, toks[np_start].start, toks[np_end - 1].end,
                                        expressions) + " " + _without_times(
            text, toks[first + 1].start, toks[rel_end - 1].end, expressions), openers)
    elif mention.event_class == "REPORTING" and reports \
            and not _complement_in_clause(text, toks, mention, stop, expressions,
                                                             after_subject):
        inverted = None if after_subject else _inverted_speaker(toks, mention, stop)
        if inverted is not None:
            # "...,'' acknowledged Michael Plouf, the treasurer": the speaker follows the verb
            # and what is reported comes before.
            speaker_first, speaker_end = inverted
            named = [name for f, _, name in names if speaker_first <= f < speaker_end]
            speaker = named[0] if named else _clean(
                text[toks[speaker_first].start:toks[speaker_end - 1].end])
            if named and named[0] not in actor_list:
                actor_list.insert(0, named[0])
            content = _reported_content(text, sentence, (first, len(toks)), expressions)
        else:
            speaker = _speaker_phrase(text, toks, names, subject, first, mention.index) \
                or subject or _clean(text[clause_start:toks[phrase_end - 1].end if phrase_end
                                          else trigger.start])
            content = _reported_content(text, sentence, (first, stop), expressions)
        verb = " ".join(t.text for t in toks[mention.index:_reporting_phrase_end(toks, mention)])
        summary = (f"{speaker} {verb}: {content}" if content else
                   _clause_summary(text, clause_start, clause_end, expressions, summaries,
                                   openers))
    else:
        summary = _clause_summary(text, clause_start, clause_end, expressions, summaries,
                                  openers)
    opening = _coordinated_opening(toks, first, found)
    if opening is not None and summary.startswith(
            opening[0].token.text[:1].upper() + opening[0].token.text[1:] + " "):
        # "America West wouldn't identify the entity, but said the payment was ...": a clause
        # that opens with its coordinated verb is told with the first verb's subject phrase.
        subject_phrase = _subject_before(text, toks, opening[1], expressions)
        if subject_phrase:
            summary = f"{subject_phrase} {summary[:1].lower()}{summary[1:]}"
    if mention.event_class == "REPORTING" and reports and (not summary or summary.startswith(
            (" ", trigger.text[:1].upper() + trigger.text[1:]))):
        # The clause gave the report no speaker (" said: Bush, however"; "..., said a
        # spokesman, who was not identified" was "Said a spokesman"): read one outside it.
        outside = _speaker_outside_clause(text, sentence, mention, names, expressions)
        if outside is not None and outside[0] and outside[1]:
            verb = " ".join(t.text for t in toks[mention.index:_reporting_phrase_end(toks,
                                                                                     mention)])
            summary = f"{outside[0]} {verb}: {outside[1]}"
    assert evidence is not None  # made for every sentence with events
    return built.event(_event_id(document_id, trigger), document_id, summary, actor_list,
                       built.span(trigger.text, trigger.start, trigger.end),
                       mention.event_class, mention.tense, mention.polarity, evidence, time)


def _coordinated_lead(toks: list[Token], mention: EventMention, first: int,
                      found: list[EventMention] | None) -> EventMention | None:
    """For a verb right after "and"/"but"/"then", the first verb of its clause from token
    ``first`` (outside relative clauses), whose subject it shares; else None."""
    index = mention.index
    if found is None or index < 2 or toks[index - 1].lower not in _COORDINATORS:
        return None
    return next((m for m in found if first <= m.index < index - 1
                 and not _in_relative(toks, m.index)), None)


_COORDINATORS = frozenset({"and", "but", "then"})
def _coordinated_opening(toks: list[Token], first: int, found: list[EventMention] | None
                         ) -> tuple[EventMention, EventMention] | None:
    """For a clause that opens with "and"/"but" and a verb ("..., but said the payment was"):
    that verb and the sentence's first verb before it (outside relative clauses)."""
    if found is None or first == 0 or toks[first].lower not in _COORDINATORS:
        return None
    verb = next((m for m in found if m.index == first + 1), None)
    if verb is None or (first + 2 < len(toks) and toks[first + 2].lower == "by"):
        return None  # (", and joined by a conservative": a passive's participle)
    lead = next((m for m in found if m.index < first and not _in_relative(toks, m.index)), None)
    if lead is None or (lead.event_class == "REPORTING" != verb.event_class):
        # ("The White House said Mr. Bush decided ..., but turned down ...": after a report,
        # another verb may be its content's.)
        return None
    return verb, lead


# The longest subject phrase a coordinated verb's summary is given.
_SUBJECT_PHRASE_TOKENS = 6


def _subject_before(text: str, toks: list[Token], verb: EventMention,
                    expressions: list[TimeExpression]) -> str:
    """The subject phrase of a clause's first verb: its clause's words before it after its
    last comma, without the auxiliaries, negations and adverbs beside the verb and without
    dates ("The directors didn't indicate": "The directors"; "During the quarter, Delta
    issued": "Delta"); empty when that is no short phrase."""
    start, end = verb.clause[0], verb.index
    start = max([start] + [k + 1 for k in range(start, end) if toks[k].text == ","])
    while end > start and (toks[end - 1].lower in _NOT_SPEAKER_NOUNS
                           or toks[end - 1].lower.endswith(("ly", "n't"))):
        end -= 1
    if not 0 < end - start <= _SUBJECT_PHRASE_TOKENS \
            or not toks[end - 1].text.replace("-", "").isalpha():
        return ""
    return _clean(_without_times(text, toks[start].start, toks[end - 1].end, expressions))
# The longest subject phrase read as a report's speaker when it names no one ("Kopp's
# stepmother, who married ..., said").
_SPEAKER_PHRASE_TOKENS = 8


def _subject_phrase_head(toks: list[Token], names: list[tuple[int, int, str]],
                         clause: int) -> tuple[str | None, int]:
    """The name heading the subject phrase before a clause that opens with its verb after a
    comma, and where that phrase ends (past a relative clause): its first name of two words
    or more set off by a comma ("Roper's lawyer, Alan Weiss, said"; "The U.S. ambassador to
    Poland, Dan Fried, who was ..., said"), else its first name so set off ("Clark, the Erie
    district attorney, said"), else its first name that is no owner's and modifies no noun."""
    comma = clause - 1
    if comma > 1 and _in_relative(toks, comma - 1):
        comma = _previous_break(toks, comma - 1) - 1  # the comma before "who"
    owned = [(f, last, name) for f, last, name in names if last < comma
             and not toks[last].text.endswith(POSSESSIVE_ENDINGS)]
    set_off = [(f, last, name) for f, last, name in owned if toks[last + 1].text == ","]
    longer = [name for f, last, name in set_off if last > f]
    if longer or set_off:
        return (longer or [set_off[0][2]])[0], comma
    for _f, last, name in owned:
        following = last + 2 if toks[last + 1].text == "." else last + 1
        if not (toks[following].text.isalpha() and toks[following].text.islower()):
            return name, comma
    return None, comma if comma <= _SPEAKER_PHRASE_TOKENS else 0


# Marks at which a summary's clause ends or starts (a comma only where the clause bounds put
# one), and the marks that join two clauses into one summary: a parenthesis ("The Party of
# Action and Solidarity (PAS) won"), the colon of a clock time ("at 12:52 p.m.").
_SUMMARY_BREAKS = frozenset({",", ";", ":", "(", ")", "\u2014", "\u2013", "--"})
_PARENTHESES = frozenset({"(", ")"})


def _clock_colon(toks: list[Token], k: int) -> bool:
    """Whether token ``k`` is the colon of a clock time or a score ("12:52", "21:00")."""
    return toks[k].text == ":" and joins_numbers(toks, k)


def _next_break(toks: list[Token], k: int) -> int:
    """The index just past the next summary break at or after ``k`` (a parenthesis or a clock
    time is passed over), or the sentence's end."""
    return _break_from(toks, range(k, len(toks)), "(", ")", len(toks))


def _previous_break(toks: list[Token], k: int) -> int:
    """The index just past the summary break before token ``k`` (a parenthesis or a clock
    time is passed over), or 0."""
    return _break_from(toks, range(k - 1, -1, -1), ")", "(", 0)


def _break_from(toks: list[Token], indices: range, entering: str, leaving: str,
                default: int) -> int:
    """The index just past the first summary break among ``indices`` outside the brackets
    read in that direction (``entering`` opens one, ``leaving`` closes it), else ``default``."""
    depth = 0
    for k in indices:
        word = toks[k].text
        if word == entering:
            depth += 1
        elif word == leaving and depth:
            depth -= 1
        elif not depth and word in _SUMMARY_BREAKS and not _clock_colon(toks, k):
            return k + 1
    return default


def _summary_bounds(toks: list[Token], first: int, stop: int,
                    found: list[EventMention] | None) -> tuple[int, int]:
    """The tokens a summary tells of a clause: the clause, joined to its neighbours across a
    parenthesis or a clock time ("The Party of Action and Solidarity (PAS) won 50.2%", "struck
    at 12:52 p.m."), and to the subject phrase before it when the clause opens with its verb
    after a comma and that phrase holds no event ("Roper's lawyer, Alan Weiss, said")."""
    if stop > first and (toks[stop - 1].text == "(" or _clock_colon(toks, stop - 1)):
        stop = max(stop, _next_break(toks, stop - 1))
    if first > 0 and (toks[first - 1].text in _PARENTHESES or _clock_colon(toks, first - 1)) \
            and toks[first].text[:1].isalnum():  # (not "(Bloomberg) -- ...": a wire's credit)
        first = _previous_break(toks, first if toks[first - 1].text == ")" else first - 1)
    if first > 1 and toks[first - 1].text == "," and found is not None \
            and toks[first].text.islower() and any(m.index == first for m in found) \
            and not any(m.index < first and not _in_relative(toks, m.index) for m in found):
        first = 0  # the clause opens with its verb: its subject is the phrase before
    return first, stop


# Relative pronouns after which a clause tells of the noun phrase before its comma.
_RELATIVE_OPENERS = frozenset({"who", "which"})


def _in_relative(toks: list[Token], k: int) -> bool:
    """Whether token ``k`` lies in a relative clause set off by a comma (", who founded PAS,")."""
    opener = _previous_break(toks, k)
    return opener >= 2 and toks[opener].lower in _RELATIVE_OPENERS \
        and toks[opener - 1].text == ","
# The longest noun phrase read as a relative clause's antecedent.
_ANTECEDENT_TOKENS = 6


def _relative_antecedent(toks: list[Token], first: int, stop: int,
                         found: list[EventMention] | None) -> tuple[int, int, int] | None:
    """For a clause ", who founded PAS," or ", which began on May 12,": its antecedent, the
    short phrase before it that holds no event (first and end tokens), and the end of the
    relative clause (its closing comma); None for any other clause."""
    if found is None or first < 2 or toks[first].lower not in _RELATIVE_OPENERS \
            or toks[first - 1].text != ",":
        return None
    np_start = _previous_break(toks, first - 1)
    if not 0 < first - 1 - np_start <= _ANTECEDENT_TOKENS or not toks[first - 2].text.isalpha() \
            or any(np_start <= m.index < first for m in found):
        return None
    rel_end = min(_next_break(toks, first + 1), stop)
    return np_start, first - 1, rel_end


def _complement_in_clause(text: str, toks: list[Token], mention: EventMention, stop: int,
                          expressions: list[TimeExpression], after_subject: bool) -> bool:
    """Whether a report's clause holds what it reports after its verb ("said his client would
    fight the charges", "said Saturday it would spend"): then the clause is its summary, not the
    sentence outside it. A recipient ("told reporters") or a phrase ("said in a statement") is
    no content."""
    end = _reporting_phrase_end(toks, mention)
    if end >= stop or mention.token.lower in _RECIPIENT_REPORTS or mention.index == 0 \
            or (toks[mention.index - 1].text in _INVERSION_MARKS and not after_subject):
        return False  # (", said Mike Gikas, an analyst": the speaker follows, inverted)
    after = _without_times(text, toks[end].start, toks[stop - 1].end, expressions).split()
    if len(after) < 2:
        return False
    word = after[0].strip(_DANGLING)
    return word.lower() in _COMPLEMENT_STARTERS or (word[:1].isupper() and is_name_word(word)
                                                    and word.lower() not in PREPOSITIONS)


def _inverted_speaker(toks: list[Token], mention: EventMention,
                      stop: int) -> tuple[int, int] | None:
    """The tokens of the speaker a report names after its verb (", said Mike Gikas, an
    analyst", "...,'' said a government communique"), when its verb opens its clause."""
    index = mention.index
    if index == 0 or toks[index - 1].text not in _INVERSION_MARKS:
        return None
    speaker_first = _reporting_phrase_end(toks, mention)
    speaker_end = min(_next_break(toks, speaker_first), stop)
    while speaker_end > speaker_first and not toks[speaker_end - 1].text[:1].isalnum():
        speaker_end -= 1
    if speaker_end <= speaker_first or toks[speaker_first].lower in PREPOSITIONS:
        return None  # (", said in a statement": no speaker named)
    return speaker_first, speaker_end


# Tokens after which a report's verb comes before its speaker ("...,'' said Maureen Connelly").
_INVERSION_MARKS = frozenset({",", "''", '"', "\u201d", "'"})
# Words that open a reported clause inside a report's own clause (its subject).
_COMPLEMENT_STARTERS = frozenset({
    "he", "she", "it", "they", "we", "i", "you", "there", "the", "a", "an", "his", "her", "its",
    "their", "our", "my", "this", "these", "those", "some", "no", "all", "both", "most",
    "many", "several", "that",
})  # fmt: skip


def _clause_summary(text: str, start: int, end: int, expressions: list[TimeExpression],
                    summaries: dict[tuple[int, int], str] | None,
                    openers: frozenset[str] = CLAUSE_OPENERS) -> str:
    """The clause ``text[start:end]`` cleaned, without its time expressions and its opening
    connective (one of ``openers``: a clause inside a sentence may open with a complementizer,
    "said that the deal will close"; a sentence's first word "That" is a demonstrative); kept
    in ``summaries`` (one sentence's, whose expressions are the same for all its clauses), since
    the events of one clause share it."""
    if summaries is None:
        return _clean(_without_times(text, start, end, expressions), openers)
    summary = summaries.get((start, end))
    if summary is None:
        summary = summaries[start, end] = _clean(_without_times(text, start, end, expressions),
                                                 openers)
    return summary


def _reporting_phrase_end(toks: list[Token], mention: EventMention) -> int:
    """End of a phrasal reporting verb ("went on to say"), else just past the trigger."""
    following = [t.lower for t in toks[mention.index + 1:mention.index + 3]]
    return mention.index + (4 if following == ["on", "to"] else 1)


def _reported_content(
    text: str, sentence: Sentence, clause: tuple[int, int], expressions: list[TimeExpression]
) -> str:
    """What a reporting verb reports: the sentence outside its clause (token bounds ``clause``),
    minus other reports and the wire's credit that opens a story ("(Bloomberg) --")."""
    first, stop = clause
    toks = sentence.tokens
    before_tokens = toks[:first]
    before = ""
    if before_tokens and REPORTING_VERBS.isdisjoint(map(_LOWER, before_tokens)):
        before = _without_times(text, sentence.start, toks[first].start, expressions)
        credit = _WIRE_CREDIT.match(before)
        if credit:
            before = before[credit.end():]
    after = _without_times(text, toks[stop - 1].end, sentence.end, expressions)
    return _clean(before.rstrip(" ,") + " " + after, _CONTENT_OPENERS)


# The longest phrase read as a speaker outside the report's clause, in tokens.
SPEAKER_MAX_TOKENS = 8


def _speaker_outside_clause(
    text: str, sentence: Sentence, mention: EventMention, names: list[tuple[int, int, str]],
    expressions: list[TimeExpression],
) -> tuple[str, str] | None:
    """Speaker and content of a report whose clause holds no speaker before the verb: the
    clause begins after an aside ("Bush, however, says he sees no hope", "John Prescott, a
    shipping correspondent, said there was no shipping": the sentence's opening phrase speaks
    and what follows the verb is said), or the speaker follows the verb ("..., said a
    spokesman, who was not identified": what comes before is said). None when neither fits."""
    toks = sentence.tokens
    first = mention.clause[0]
    after_verb = mention.index + 1
    if first == 0 or toks[first - 1].text != "," or after_verb >= len(toks):
        return None
    lead = int(toks[0].lower in _CONJUNCTIONS)  # "And Robert Gates, ..., asserted"
    if lead + 1 < first and toks[lead].lower.endswith("ly") and toks[lead + 1].text == ",":
        lead += 2  # "Similarly, the Hungarian foreign minister, ..., said"
    opening_comma = next((j for j in range(lead, first) if toks[j].text == ","), None)
    if (opening_comma is not None and lead < opening_comma <= lead + SPEAKER_MAX_TOKENS
            and toks[lead].lower not in NOT_SUBJECT_OPENERS
            and _COMPLEMENT_VERB_WORDS.isdisjoint(map(_LOWER, toks[lead:opening_comma]))
            and (toks[lead].lower in SPEAKER_ARTICLES
                 or any(f == lead for f, _, _ in names if f < opening_comma))):
        speaker = _clean(text[toks[lead].start:toks[opening_comma - 1].end])
        # What is said opens at its "that" when a phrase stands first ("asserted in an
        # interview that ...").
        said_from = next((j + 1 for j in range(after_verb, min(len(toks), after_verb + 6))
                          if toks[j].lower == "that"), after_verb)
        content = _without_times(text, toks[said_from].start, sentence.end, expressions) \
            if said_from < len(toks) else ""
        return speaker, _clean(content, _CONTENT_OPENERS)
    pronoun = next((j for j in range(first - 1, -1, -1) if toks[j].lower in PERSONAL_SUBJECTS),
                   None)
    if pronoun is not None and toks[first].lower in _CONJUNCTIONS:
        # "he declined to discuss details, but said he was hopeful": the subject the
        # conjunction shares.
        content = _without_times(text, toks[after_verb].start, sentence.end, expressions)
        return _clean(toks[pronoun].text), _clean(content, _CONTENT_OPENERS)
    named = any(f == after_verb for f, _, _ in names)  # "..., said Philippe de Cholet, analyst"
    if toks[after_verb].lower in SPEAKER_ARTICLES or named:
        end = next((j for j in range(after_verb, len(toks)) if toks[j].text in ",.;"), len(toks))
        phrase = toks[after_verb:end]
        if (len(phrase) > 1 or named) and len(phrase) <= SPEAKER_MAX_TOKENS \
                and _COMPLEMENT_VERB_WORDS.isdisjoint(map(_LOWER, phrase)):
            said = _without_times(text, sentence.start, toks[first].start, expressions)
            return _clean(text[phrase[0].start:phrase[-1].end]), _clean(said, _CONTENT_OPENERS)
    return None


# A wire's credit before a story's first words: "(Bloomberg) --", "CHICAGO (AP) —".
_WIRE_CREDIT = re.compile(r"[^()\n]{0,40}\([A-Z][\w .&-]{0,30}\)\s*(?:--|\u2014|\u2013|-)\s*")


def _speaker_phrase(text: str, toks: list[Token], names: list[tuple[int, int, str]],
                    subject: str | None, first: int, index: int) -> str | None:
    """The noun phrase a name only modifies before a report ("the Swedish presidency said",
    "Chinese officials said", "a Kremlin spokesman said"): the speaker is the phrase, not the
    name; None when the name itself is the subject ("NATO said", "Smith also said")."""
    if subject is None:
        return None
    before = [(f, last) for f, last, name in names if first <= f and last < index
              and name == subject]
    if not before:
        return None
    f, last = before[-1]
    if last + 1 < index and toks[last + 1].text == ".":
        last += 1  # the period of "U.S.": "a U.S. official said"
    nouns = toks[last + 1:index]
    if not nouns or len(nouns) > 2 or not all(
            t.text.isalpha() and t.text.islower() and t.lower not in _NOT_SPEAKER_NOUNS
            and not t.lower.endswith("ly") for t in nouns):
        return None
    opening = f - 1 if f > first and toks[f - 1].lower in DETERMINERS else f
    return _clean(text[toks[opening].start:nouns[-1].end])


def _modifies_subject_noun(names: list[tuple[int, int, str]], toks: list[Token], subject: str,
                           first: int, index: int) -> bool:
    """Whether the subject's name before the trigger at ``index`` only modifies the nouns
    after it ("A US jury on Friday found", "the U.S. government said", "Harbor's stock
    closed"): one or two lowercase words that are no verb's company (auxiliaries, adverbs,
    prepositions), then only such words, figures or capitalized words up to the trigger."""
    last = max((f_last for f, f_last, name in names if first <= f and f_last < index
                and name == subject), default=None)
    if last is None or toks[last].text.endswith(POSSESSIVE_ENDINGS):
        return False
    if last + 1 < index and toks[last + 1].text == ".":
        last += 1  # the period of "U.S."
    k = last + 1
    while k < index and k - last <= 2 and toks[k].text.isalpha() and toks[k].text.islower() \
            and toks[k].lower not in _NOT_SPEAKER_NOUNS and not toks[k].lower.endswith("ly"):
        k += 1
    if k == last + 1:
        return False
    return all(not t.text.isalpha() or not t.text.islower() or t.lower in _NOT_SPEAKER_NOUNS
               for t in toks[k:index])


# Pronouns that stand for no single name before them ("the officials ... said they were").
_PLURAL_SUBJECT_PRONOUNS = frozenset({"they", "we"})
# Tokens that may join the names of one subject ("Germany and the Netherlands", "Britain,
# France and Italy").
_NAME_JOINERS = frozenset({"and", ",", "the"})


def _joined_to_subject(names: list[tuple[int, int, str]], toks: list[Token], subject: str,
                       first: int, index: int) -> list[str]:
    """The names joined to the subject before it in its clause ("Germany and the Netherlands
    have opposed": "Germany"), in text order; a name joined so is an actor whether or not the
    story repeats it."""
    in_clause = [(f, last, name) for f, last, name in names if first <= f and last < index]
    if len(in_clause) < 2 or in_clause[-1][2] != subject:
        return []
    joined: list[str] = []
    start = in_clause[-1][0]
    for f, last, name in reversed(in_clause[:-1]):
        between = [t.lower for t in toks[last + 1:start]]
        if not between or not _NAME_JOINERS.issuperset(between) or between == ["the"] \
                or (not joined and "and" not in between):
            break  # (a list ends in "and": "America West Airlines, Phoenix, Ariz." is none)
        joined.insert(0, name)
        start = f
    return [name for name in dict.fromkeys(joined) if name != subject]


def _subject(
    mention: EventMention,
    names: list[tuple[int, int, str]],
    toks: list[Token],
    actors: ActorResolver,
    clause: tuple[int, int] | None = None,
) -> str | None:
    """The nearest name or resolvable pronoun before the trigger, within its clause (``clause``,
    when the summary reads a wider one)."""
    first, _ = clause or mention.clause
    index = mention.index
    nearest, subject = first - 1, None  # the last token of the nearest name, the name
    for f, last, name in names:
        if f >= first and nearest < last < index:
            nearest, subject = last, name
    if subject is not None and nearest < index - 1 and toks[nearest + 1].text == "," \
            and _in_relative(toks, nearest):
        # "President Maia Sandu, who founded PAS, thanked": not the relative clause's name.
        inside = _previous_break(toks, nearest)
        nearest, subject = first - 1, None
        for f, last, name in names:
            if f >= first and nearest < last < inside:
                nearest, subject = last, name
    # A pronoun between that name and the trigger is nearer (C-level maps, no step per word).
    between = list(map(_LOWER, toks[nearest + 1:index]))
    if subject is not None and not _PLURAL_SUBJECT_PRONOUNS.isdisjoint(between):
        # "Officials of the U.S. government said they were watching": the name is not whom
        # "they" stands for.
        return None
    return actors.pronoun_among(between) or subject


