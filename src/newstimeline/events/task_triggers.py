"""Event mentions that timelines of entities need beyond the main extraction (TimeML conventions).

The main extraction keeps the verbs that move a story (past, future, reported); entity timelines
in the TimeML tradition also count event nouns ("the launch", "his resignation"), participles
of manner and accompaniment (", saying", "while introducing") and the finite verbs the mention
model finds in every clause ("he owns an iPod", "and he founded NeXT"). A verb of aspect or
intention gives way to its complement ("chosen to step down": the stepping down), a light verb
to its event noun ("made an appearance"), and a phrasal verb is written with its particle
("step_down"), as the task writes it. Function words an extractor may take for events are
dropped. (Untensed model verbs, infinitives and gerunds, were tried and left out: on the trial
data they added far more wrong mentions than right ones.)"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence

from newstimeline.events.actors import names_in
from newstimeline.events.features import stem
from newstimeline.events.mentions import EventMention, model_mentions
from newstimeline.events.vocabulary import ASPECTUAL_STEMS
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
# The model's margin for the timeline task's events: the TimeML-grain mentions take a wider one
# (more recall for the anchoring and ordering measures, `train.OUTSIDE_MARGIN`); on the TimeLine
# trial that wider margin adds a wrong entity event and no right one, so the task keeps 4.
TASK_OUTSIDE_MARGIN = 4.0
_BOUNDARIES = frozenset({",", ";", ":", "(", ")", "—", "–", '"', "“", "”"})
# Verbs that lend their tense to an event noun ("made an appearance", "gave his keynote",
# "has taken medical leave"): the noun names the happening, the timeline counts the noun.
LIGHT_VERBS: frozenset[str] = frozenset({
    "give", "gives", "gave", "given", "giving", "make", "makes", "made", "making", "take", "takes",
    "took", "taken", "taking",
})  # fmt: skip
LIGHT_VERB_REACH = 4
# Adverbial particles written with their verb in the task's mentions ("step_down", "showed_off",
# "took six months off"); a particle may follow a short object before a phrase boundary.
PARTICLES: frozenset[str] = frozenset({"off", "out", "down", "up", "away", "back"})
PARTICLE_GAP = 3
# What may follow a particle that ends its verb phrase (a boundary, or a preposition or verb
# opening the next phrase), as opposed to a preposition that heads an object ("off the table").
AFTER_PARTICLE: frozenset[str] = frozenset({"in", "of", "from", "by", "for", "to", "with", "as",
                                            "at", "on", "and", "after", "before", "since"})


def timeline_trigger(tokens: Sequence[Token], i: int, events: set[int]) -> int:
    """The word the timeline counts for the verb at ``i``: the event noun of a light verb ("made an
    appearance"), the complement of a verb of aspect or intention ("continue to steer", "chosen
    to step down", "moved on to talk", "started by hinting"); else ``i`` itself. ``events``
    holds the indices of the sentence's event words (a complement must be one)."""
    word = tokens[i].lower
    if word in LIGHT_VERBS:
        for k in range(i + 1, min(len(tokens), i + 1 + LIGHT_VERB_REACH)):
            if tokens[k].text in _BOUNDARIES or tokens[k].lower in PARTICLES:
                break
            if _noun_form(tokens[k].lower) and tokens[k].text.islower():
                return k
    j = i + 1
    if j < len(tokens) and tokens[j].lower == "on":
        j += 1  # "moved on to talk"
    if j + 1 < len(tokens) and tokens[j].lower == "to" and j + 1 in events \
            and tokens[j + 1].text.islower() and (not _noun_form(tokens[j + 1].lower) or _verb_after_to(tokens, j + 1)):
        return j + 1
    if (stem(word) in ASPECTUAL_STEMS or word in ASPECTUAL_STEMS) and j + 1 < len(tokens) \
            and tokens[j].lower == "by" and tokens[j + 1].lower.endswith("ing"):
        return j + 1
    if stem(word) in ASPECTUAL_STEMS or word in ASPECTUAL_STEMS:
        subject = _event_noun_subject(tokens, i)
        if subject is not None:
            return subject
    return i


# How far before an aspectual verb its event-noun subject may open the clause ("Pre-orders of the
# recently announced iPhone 4 began Tuesday").
SUBJECT_NOUN_REACH = 8
CLAUSE_JOINERS: frozenset[str] = frozenset({"and", "but", "or", "that", "which", "who", "when",
                                            "while", "because", "as", "if"})


def _event_noun_subject(tokens: Sequence[Token], i: int) -> int | None:
    """The event noun that opens the clause of the aspectual verb at ``i`` and is its subject
    (no punctuation and no clause joiner between them), or None."""
    first, _ = _clause(tokens, i)
    start = first + 1 if first < i and tokens[first].lower in DETERMINERS else first
    if i - start > SUBJECT_NOUN_REACH or start >= i or not _noun_form(tokens[start].lower):
        return None
    if any(tokens[k].lower in CLAUSE_JOINERS for k in range(start + 1, i)):
        return None  # "The launch was delayed and sales began": another clause stands between
    return start


def _verb_after_to(tokens: Sequence[Token], k: int) -> bool:
    """Whether an event-noun form after "to" is a verb: an object follows it ("to address
    reports", "to release the phone"), where a noun would end its phrase ("went to trial.")."""
    following = tokens[k + 1] if k + 1 < len(tokens) else None
    return following is not None and (following.lower in DETERMINERS or (
        following.text.islower() and following.lower not in AFTER_PARTICLE))


def particle_of(tokens: Sequence[Token], i: int) -> int | None:
    """The index of the adverbial particle that belongs to the verb at ``i`` ("step down from",
    "took six months off in"), or None."""
    for k in range(i + 1, min(len(tokens), i + 2 + PARTICLE_GAP)):
        if tokens[k].text in _BOUNDARIES or tokens[k].text == ".":
            return None
        if tokens[k].lower in PARTICLES:
            after = tokens[k + 1] if k + 1 < len(tokens) else None
            if k == i + 1 or after is None or after.text in _BOUNDARIES or after.text == "." \
                    or after.lower in AFTER_PARTICLE:
                return k
            return None
    return None


# "has" as a main verb of possession ("iPhone 4 has a new frame", "The phone has two cameras"):
# a state the task counts; an auxiliary ("has been", "has sold") or "has to" is not.
HAVE_FORMS: frozenset[str] = frozenset({"has", "have", "had"})
HAVE_OBJECTS: frozenset[str] = frozenset({"a", "an", "the", "its", "his", "her", "their", "no",
                                          "two", "three", "four", "more", "many", "some"})


def _possessive_have(tokens: Sequence[Token], i: int) -> bool:
    if tokens[i].lower not in HAVE_FORMS or i + 1 >= len(tokens):
        return False
    following = tokens[i + 1].lower
    if following == "also" and i + 2 < len(tokens):
        following = tokens[i + 2].lower
    return following in HAVE_OBJECTS or following.isdigit()


def is_function_word(trigger: str) -> bool:
    """Whether an extracted trigger is a function word rather than an event."""
    return trigger.lower() in FUNCTION_WORDS


def is_event_noun(word: str) -> bool:
    """Whether a lowercase word is one of the event nouns (or its plural)."""
    return word.islower() and _noun_form(word)


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
POSSESSIVE_MARKS: frozenset[str] = frozenset({"'", "’", "'s", "’s"})
NOUN_COMPLEMENTS: frozenset[str] = frozenset({"of", "by", "from", "against", "with"})


def _scope(tokens: Sequence[Token], i: int, kind: str) -> tuple[int, int]:
    """The tokens that can name the participants: a noun's own phrase ("Jobs' resignation",
    "the launch of the iTunes store"), a participle's clause."""
    first, stop = _clause(tokens, i)
    if kind == "noun":
        after = i + 1
        if after < stop and tokens[after].lower in NOUN_COMPLEMENTS:
            after = min(stop, after + NOUN_PHRASE_AFTER)
        start = max(first, i - NOUN_PHRASE_BEFORE)
        if start > first and tokens[start].text in POSSESSIVE_MARKS:
            start -= 1  # "Jobs' last two absences": the possessor stands before the mark
        return start, after
    return first, stop


def extra_events(document_id: str, text: str, sentence: tuple[int, int], tokens: Sequence[Token],
                 taken: set[int], mentions: Sequence[EventMention] | None = None) -> list[Event]:
    """Event nouns, adjunct participles and the model's finite TimeML-grain verbs of one
    sentence, not already events (``taken`` holds the start offsets of existing triggers;
    ``mentions``, the model's mentions of the sentence, are found when not given)."""
    found: list[Event] = []
    tense: Tense
    if mentions is None:
        mentions = model_mentions(list(tokens), TASK_OUTSIDE_MARGIN)
    # Untensed model verbs (infinitives, gerunds) were mostly not the entity's events on the
    # trial data; finite ones ("he owns an iPod", "it comes in two colors") are.
    modelled = {m.index: m for m in mentions if m.tense in {"past", "present"}}
    for i, token in enumerate(tokens):
        if token.start in taken:
            continue
        word = token.lower
        if i in modelled and not _noun_form(word) and not _is_participle(tokens, i):
            mention = modelled[i]
            # A present perfect ("has taken") tells of a past happening.
            tense = "past" if mention.aspect.startswith("perfect") else mention.tense
            kind, event_class = "verb", mention.event_class
        elif _possessive_have(tokens, i):
            kind, event_class = "verb", "STATE"
            tense = "past" if word == "had" else "present"
        elif _is_participle(tokens, i):
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
            id=("tm-" if kind == "verb" else "tx-")
            + hashlib.sha256(key.encode("utf-8", "surrogatepass")).hexdigest()[:12],
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

