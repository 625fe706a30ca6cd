"""The event stage: sentences → event mentions → timeline events with summary, actors and time."""

from __future__ import annotations

import bisect
import datetime as dt
import hashlib
import re
from dataclasses import dataclass

from newstimeline.events.actors import ActorResolver, count_names, names_in
from newstimeline.events.anchor import PLACING_TYPES, anchor_by_convention, anchor_by_expression
from newstimeline.events.mentions import QUOTES, EventMention, find_event_mentions
from newstimeline.events.order import order_events
from newstimeline.events.vocabulary import CLAUSE_OPENERS, COMPLEMENTIZERS, REPORTING_VERBS
from newstimeline.models import Event, Span, TimeExpression
from newstimeline.text import Token, sentence_spans, tokens

__all__ = ["extract_events", "order_events"]

SUMMARY_MAX_CHARS = 160
MAX_PARTICIPANTS = 3
# Text read around a trigger for its summary, and tokens searched back for its subject: bounded,
# so a run-on "sentence" of a megabyte costs the same per event as a normal one.
CONTEXT_CHARS = 2 * SUMMARY_MAX_CHARS
SUBJECT_REACH = 12
_SPACES = re.compile(r"\s+")
_SPACE_BEFORE_PUNCT = re.compile(r"\s+([,.;:!?])")
_TIME_PREPOSITION = re.compile(r"(?i)\b(?:on|in|at|by|during|from|since|until|of)\s*$")


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int
    tokens: list[Token]


@dataclass(frozen=True, slots=True)
class SentenceContext:
    """What every event of one sentence looks up: its names and its time expressions."""

    sentence: Sentence
    names: list[tuple[int, int, str]]
    name_firsts: list[int]
    name_ending_at: dict[int, str]
    expressions: list[TimeExpression]
    expression_starts: list[int]

    def expressions_within(self, start: int, end: int) -> list[TimeExpression]:
        return _within(self.expressions, self.expression_starts, start, end)

    def names_within(self, first: int, stop: int) -> list[str]:
        lo = bisect.bisect_left(self.name_firsts, first)
        hi = bisect.bisect_left(self.name_firsts, stop, lo=lo)
        return [name for _, _, name in self.names[lo:hi]]


def _body_sentences(text: str, body_start: int) -> list[Sentence]:
    result: list[Sentence] = []
    for start, end in sentence_spans(text):
        if end <= body_start:
            continue
        start = max(start, body_start)
        toks = tokens(text, start, end)
        if toks:
            result.append(Sentence(toks[0].start, toks[-1].end, toks))
    return result


def _clean(text: str, openers: frozenset[str] = CLAUSE_OPENERS) -> str:
    """Collapse whitespace, drop stray quotes and dangling punctuation, cap the length."""
    cleaned = "".join(c for c in text if c not in QUOTES)
    cleaned = _SPACE_BEFORE_PUNCT.sub(r"\1", _SPACES.sub(" ", cleaned)).strip(" ,;:-—")
    words = cleaned.split(" ")
    if words and words[0].lower() in openers:
        words = words[1:]
    if words and words[-1].lower().strip(",") in CLAUSE_OPENERS:
        words = words[:-1]
    cleaned = " ".join(words).strip(" ,;:-—")
    if len(cleaned) > SUMMARY_MAX_CHARS:
        cleaned = cleaned[:SUMMARY_MAX_CHARS].rsplit(" ", 1)[0].rstrip(",;:") + "…"
    return cleaned[:1].upper() + cleaned[1:]


def _without_times(text: str, start: int, end: int, context: SentenceContext) -> str:
    """``text[start:end]`` with time expressions (and their prepositions) cut out."""
    pieces: list[str] = []
    cursor = start
    for expression in context.expressions_within(start, end):
        if expression.span.start < cursor or expression.span.end > end:
            continue
        before = text[cursor:expression.span.start]
        pieces.append(_TIME_PREPOSITION.sub("", before))
        cursor = expression.span.end
    pieces.append(text[cursor:end])
    return "".join(pieces)


def _within(expressions: list[TimeExpression], starts: list[int], start: int,
            end: int) -> list[TimeExpression]:
    """The expressions lying inside [start, end), found by bisection over their sorted starts."""
    first = bisect.bisect_left(starts, start)
    last = bisect.bisect_left(starts, end, lo=first)
    return [e for e in expressions[first:last] if e.span.end <= end]


def _event_id(document_id: str, trigger: Span) -> str:
    key = f"{document_id}:{trigger.start}:{trigger.end}:{trigger.text}"
    return "ev-" + hashlib.sha256(key.encode("utf-8", "surrogatepass")).hexdigest()[:12]


def extract_events(
    document_id: str,
    text: str,
    body_start: int,
    expressions: list[TimeExpression],
    dct: dt.date,
) -> list[Event]:
    """Events of one document in text order, each anchored to a time interval."""
    sentences = _body_sentences(text, body_start)
    actors = ActorResolver(count_names([s.tokens for s in sentences]))
    events: list[Event] = []
    expression_starts = [e.span.start for e in expressions]  # expressions come in text order
    for sentence in sentences:
        names = [(first, last, actors.canonical(name, person))
                 for first, last, name, person in names_in(sentence.tokens)]
        in_sentence = _within(expressions, expression_starts, sentence.start, sentence.end)
        context = SentenceContext(
            sentence=sentence, names=names, name_firsts=[f for f, _, _ in names],
            name_ending_at={last: name for _, last, name in names}, expressions=in_sentence,
            expression_starts=[e.span.start for e in in_sentence],
        )
        for mention in find_event_mentions(sentence.tokens):
            events.append(_build_event(document_id, text, context, mention, actors, dct))
    return events


def _build_event(
    document_id: str,
    text: str,
    context: SentenceContext,
    mention: EventMention,
    actors: ActorResolver,
    dct: dt.date,
) -> Event:
    sentence = context.sentence
    toks = sentence.tokens
    first, stop = mention.clause
    clause_start, clause_end = toks[first].start, toks[stop - 1].end
    trigger = Span(text=mention.token.text, start=mention.token.start, end=mention.token.end)
    placing = [e for e in context.expressions_within(clause_start, clause_end)
               if e.type in PLACING_TYPES]
    if placing:
        nearest = min(placing, key=lambda e: abs(e.span.start - trigger.start))
        time = anchor_by_expression(nearest, text, trigger.text)
    else:
        time = anchor_by_convention(mention, dct)

    subject = _subject(mention, context, actors)
    participants = [name for name in context.names_within(first, stop)
                    if name != subject and actors.salient(name)]
    actor_list = ([subject] if subject else []) + list(dict.fromkeys(participants))[:MAX_PARTICIPANTS]

    if mention.event_class == "REPORTING":
        speaker = subject or _clean(text[max(clause_start, trigger.start - CONTEXT_CHARS):
                                         trigger.start])
        content = _reported_content(text, context, mention)
        verb = " ".join(t.text for t in toks[mention.index:_reporting_phrase_end(toks, mention)])
        summary = f"{speaker} {verb}: {content}" if content else _clause_summary(
            text, context, clause_start, clause_end, trigger)
    else:
        summary = _clause_summary(text, context, clause_start, clause_end, trigger)
    return Event(
        id=_event_id(document_id, trigger),
        document=document_id,
        summary=summary,
        actors=actor_list,
        trigger=trigger,
        event_class=mention.event_class,
        tense=mention.tense,
        polarity=mention.polarity,
        sentence=Span(text=text[sentence.start:sentence.end], start=sentence.start,
                      end=sentence.end),
        time=time,
    )


def _reporting_phrase_end(toks: list[Token], mention: EventMention) -> int:
    """End of a phrasal reporting verb ("went on to say"), else just past the trigger."""
    following = [t.lower for t in toks[mention.index + 1:mention.index + 3]]
    return mention.index + (4 if following == ["on", "to"] else 1)


def _clause_summary(text: str, context: SentenceContext, clause_start: int, clause_end: int,
                    trigger: Span) -> str:
    """The trigger's clause without its time expressions, read within a bounded window."""
    start = max(clause_start, trigger.start - CONTEXT_CHARS)
    summary = _clean(_without_times(text, start, min(clause_end, trigger.end + CONTEXT_CHARS),
                                    context))
    return "…" + summary if start > clause_start else summary


def _reported_content(text: str, context: SentenceContext, mention: EventMention) -> str:
    """What a reporting verb reports: the sentence around its clause, minus other reports."""
    first, stop = mention.clause
    sentence = context.sentence
    toks = sentence.tokens
    before = ""
    if first > 0:
        window = max(sentence.start, toks[first].start - CONTEXT_CHARS)
        nearby = toks[max(0, first - CONTEXT_CHARS // 4):first]
        if not any(t.lower in REPORTING_VERBS for t in nearby):
            before = _without_times(text, window, toks[first].start, context)
    after_start = toks[stop - 1].end
    after = _without_times(text, after_start, min(sentence.end, after_start + CONTEXT_CHARS),
                           context)
    return _clean(before.rstrip(" ,") + " " + after, CLAUSE_OPENERS | COMPLEMENTIZERS)


def _subject(mention: EventMention, context: SentenceContext, actors: ActorResolver) -> str | None:
    """The nearest name or resolvable pronoun before the trigger, within its clause."""
    first, _ = mention.clause
    toks = context.sentence.tokens
    for j in range(mention.index - 1, max(first, mention.index - SUBJECT_REACH) - 1, -1):
        if j in context.name_ending_at:
            return context.name_ending_at[j]
        resolved = actors.pronoun(toks[j].lower)
        if resolved:
            return resolved
    return None
