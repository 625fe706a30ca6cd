"""Event mentions that timelines of entities need beyond the main extraction (TimeML conventions).

The main extraction keeps the verbs that move a story (past, future, reported); entity timelines
in the TimeML tradition also count event nouns ("the launch", "his resignation") and participles
of manner and accompaniment (", saying", "while introducing"). These rules add them, and drop
function words that an extractor may take for events. (Present-tense states such as "iPhone 4
has a new screen" were tried and left out: on the trial data they added more wrong mentions
than right ones.)
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence

from newstimeline.events.actors import names_in
from newstimeline.models import Event, EventTime, Precision, Span, Tense
from newstimeline.text import Token

# Nouns that name happenings or states in business and tech news (singular; plurals by rule).
EVENT_NOUNS: frozenset[str] = frozenset({
    "announcement", "launch", "release", "introduction", "unveiling", "debut", "keynote",
    "speech", "address", "presentation", "conference", "event", "appearance", "interview",
    "lawsuit", "suit", "case", "trial", "ruling", "verdict", "dispute", "settlement", "breach",
    "agreement", "deal", "acquisition", "merger", "sale", "sales", "purchase", "demand",
    "growth", "decline", "increase", "decrease", "reduction", "drop", "rise", "loss", "profit",
    "resignation", "retirement", "departure", "leave", "absence", "death", "illness", "surgery",
    "transplant", "treatment", "return", "farewell", "decision", "request", "invitation",
    "criticism", "complaint", "complaints", "problem", "issue", "recall", "shortage", "delay",
    "development", "production", "update", "upgrade", "pre-order", "preorder", "order",
    "statement", "comment", "memo", "letter", "report", "warning", "promise", "plan", "move",
    "change", "use", "success", "failure", "attack", "protest", "strike", "election", "vote",
})  # fmt: skip
# -ing words that are not participles of an event here.
NOT_PARTICIPLES: frozenset[str] = frozenset({
    "including", "according", "during", "following", "regarding", "concerning", "morning",
    "evening", "something", "nothing", "anything", "everything", "thing", "things", "king",
    "spring", "bring", "string", "ceiling", "building", "meeting", "pricing", "funding",
    "recording", "computing", "networking", "pending", "existing", "leading", "remaining",
    "upcoming", "outstanding", "amazing", "interesting", "missing", "ongoing", "starting",
})  # fmt: skip
# Words after which an -ing form heads an adjunct clause (", saying", "by hinting").
PARTICIPLE_OPENERS: frozenset[str] = frozenset({",", "by", "while", "when", "after", "before",
                                                "since", "without", "upon", "on"})
DETERMINERS: frozenset[str] = frozenset({"the", "a", "an", "its", "his", "her", "their", "this",
                                         "that", "these", "those", "our", "your", "my"})
# Words an extractor may mistake for event triggers; never events themselves.
FUNCTION_WORDS: frozenset[str] = frozenset({
    "the", "a", "an", "still", "also", "only", "just", "even", "yet", "already", "now", "then",
    "not", "very", "so", "too", "more", "most", "less", "and", "or", "but", "that", "this",
    "these", "those", "it", "its", "be", "been", "being", "there", "here", "up", "down",
})  # fmt: skip
_BOUNDARIES = frozenset({",", ";", ":", "(", ")", "—", "–", '"', "“", "”"})


def is_function_word(trigger: str) -> bool:
    """Whether an extracted trigger is a function word rather than an event."""
    return trigger.lower() in FUNCTION_WORDS


def _noun_form(word: str) -> bool:
    return word in EVENT_NOUNS or (word.endswith("s") and word[:-1] in EVENT_NOUNS)


def _is_participle(tokens: Sequence[Token], i: int) -> bool:
    word = tokens[i].lower
    return (word.endswith("ing") and len(word) > 5 and word.isalpha() and word not in NOT_PARTICIPLES
            and i > 0 and tokens[i - 1].lower in PARTICIPLE_OPENERS and tokens[i].text.islower())


def _clause(tokens: Sequence[Token], i: int) -> tuple[int, int]:
    start = i
    while start > 0 and tokens[start - 1].text not in _BOUNDARIES:
        start -= 1
    stop = i + 1
    while stop < len(tokens) and tokens[stop].text not in _BOUNDARIES:
        stop += 1
    return start, stop


# How far a noun's own phrase reaches: its modifiers before it, an "of"-phrase after it.
NOUN_PHRASE_BEFORE = 3
NOUN_PHRASE_AFTER = 5
NOUN_COMPLEMENTS: frozenset[str] = frozenset({"of", "by", "from", "against", "with"})


def _scope(tokens: Sequence[Token], i: int, kind: str) -> tuple[int, int]:
    """The tokens that can name the participants: a noun's own phrase ("Jobs' resignation",
    "the launch of the iTunes store"), a participle's clause."""
    first, stop = _clause(tokens, i)
    if kind == "noun":
        after = i + 1
        if after < stop and tokens[after].lower in NOUN_COMPLEMENTS:
            after = min(stop, after + NOUN_PHRASE_AFTER)
        return max(first, i - NOUN_PHRASE_BEFORE), after
    return first, stop


def extra_events(document_id: str, text: str, sentence: tuple[int, int], tokens: Sequence[Token],
                 taken: set[int]) -> list[Event]:
    """Event nouns, adjunct participles and present states of one sentence, not already events
    (``taken`` holds the start offsets of existing triggers)."""
    found: list[Event] = []
    tense: Tense
    for i, token in enumerate(tokens):
        if token.start in taken:
            continue
        word = token.lower
        if _is_participle(tokens, i):
            kind, tense, event_class = "participle", "none", "OCCURRENCE"
        elif _noun_form(word) and (tokens[i].text.islower() or (i == 0 and tokens[i].text[1:].islower())):
            kind, tense, event_class = "noun", "none", "OCCURRENCE"
        else:
            continue
        first, stop = _scope(tokens, i, kind)
        clause_start, clause_end = tokens[first].start, tokens[stop - 1].end
        actors = list(dict.fromkeys(name for f, _, name, _ in names_in(list(tokens[first:stop]))))
        key = f"{document_id}:{token.start}:{token.end}:{token.text}:{kind}"
        found.append(Event(
            id="tx-" + hashlib.sha256(key.encode("utf-8", "surrogatepass")).hexdigest()[:12],
            document=document_id,
            summary=text[clause_start:clause_end],
            actors=actors,
            trigger=Span(text=token.text, start=token.start, end=token.end),
            event_class=event_class,
            tense=tense,
            polarity="POS",
            sentence=Span(text=text[sentence[0]:sentence[1]], start=sentence[0], end=sentence[1]),
            time=EventTime(value=None, earliest=None, latest=None, precision=Precision.UNKNOWN,
                           relation="undated", basis="none", expression=None,
                           explanation=f"{kind} '{token.text}': dated from its context"),
        ))
    return found

