"""Entity timelines from TimeML documents in the raw-text setting (SemEval-2015 TimeLine, Track A).

Only the raw text, the ``<s id>`` sentences, the space-separated tokens and the DCT of each TimeML
file reach the system; its gold ``<EVENT>`` and ``<TIMEX3>`` tags are never read. Each document
goes through the ordinary pipeline; the events in which the entity takes part are kept, dated in
the task's form, merged across documents, and ranked by date.
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import click

from newstimeline.evaluate.timelines_score import EntityTimeline, Entry
from newstimeline.evaluate.timeml import read_timeml
from newstimeline.events.entity import EntityMatcher, is_person, longer_names, takes_part
from newstimeline.events.mentions import model_mentions
from newstimeline.events.merge import merge_events, same_kind, source_of
from newstimeline.events.reference_time import (
    FALLBACK,
    REFERENCE,
    UNDATED,
    TaskDate,
    as_event_time,
    date_events,
    time_task_value,
)
from newstimeline.events.task_triggers import (
    TASK_OUTSIDE_MARGIN,
    extra_events,
    is_event_noun,
    is_function_word,
    particle_of,
    timeline_trigger,
)
from newstimeline.models import Document, Event, Span
from newstimeline.pipeline import BuildOptions, process_document
from newstimeline.render.files import write_atomic
from newstimeline.render.semeval import semeval_text, timeline_file_name
from newstimeline.text import Token
from newstimeline.text import tokens as word_tokens
from newstimeline.timex import tag


@dataclass(frozen=True, slots=True)
class TaskToken:
    """A space-separated token of a TimeML sentence."""

    sentence: str
    word: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class TaskDocument:
    """What the raw-text setting may see of a TimeML file: its words in news spacing.

    ``text`` is the sentences' tokens re-joined as ordinary text ("Apple's", "April 28, 2003"),
    one sentence a line, so that the tagger reads news and not tokenizer output; ``tokens``
    keep each task word with its offsets in ``text`` and its ``<s id>``.
    """

    doc_id: str
    path: str
    dct: dt.date | None
    text: str
    sentences: tuple[tuple[str, int, int], ...]
    tokens: tuple[TaskToken, ...]

    def token_at(self, offset: int) -> TaskToken | None:
        """The token that holds character ``offset``."""
        starts = [t.start for t in self.tokens]
        i = bisect.bisect_right(starts, offset) - 1
        if i >= 0 and self.tokens[i].start <= offset < self.tokens[i].end:
            return self.tokens[i]
        return None


# Determiners that take up a happening already told ("its launch", "the announcement").
ANAPHORIC: frozenset[str] = frozenset({"its", "the", "his", "her", "their", "this", "that"})
# Tokens written against the word before them, and tokens the next word is written against.
NO_SPACE_BEFORE: frozenset[str] = frozenset({
    ",", ".", ";", ":", "!", "?", ")", "]", "%", "'s", "’s", "'", "’", "n't", "'re", "'ve", "'ll",
    "'d", "'m",
})  # fmt: skip
NO_SPACE_AFTER: frozenset[str] = frozenset({"(", "[", "$"})


def read_task_document(path: Path) -> TaskDocument:
    """Sentences, tokens and DCT of a TimeML file, its text re-spaced (the gold tags are dropped)."""
    timeml = read_timeml(path)
    pieces: list[str] = []
    offset = 0
    sentences: list[tuple[str, int, int]] = []
    task_tokens: list[TaskToken] = []
    for sentence in timeml.sentences:
        if pieces:
            pieces.append("\n")
            offset += 1
        start = offset
        previous = ""
        for word in timeml.text[sentence.start:sentence.end].split():
            if offset > start and word not in NO_SPACE_BEFORE and previous not in NO_SPACE_AFTER:
                pieces.append(" ")
                offset += 1
            pieces.append(word)
            task_tokens.append(TaskToken(sentence.id, word, offset, offset + len(word)))
            offset += len(word)
            previous = word
        sentences.append((sentence.id, start, offset))
    return TaskDocument(timeml.doc_id, str(path), timeml.dct, "".join(pieces), tuple(sentences),
                        tuple(task_tokens))


@dataclass(frozen=True, slots=True)
class EntityEvent:
    """An event of one document in which the entity takes part, in task coordinates."""

    event: Event
    mention: str
    """``DOCID-SENTENCE-word``."""
    date: TaskDate


def with_task_triggers(document: TaskDocument, events: Sequence[Event],
                       sentence_tokens: Sequence[Sequence[Token]]) -> list[Event]:
    """The extracted events without function-word triggers, plus the event nouns and
    participles the timeline task counts, in text order."""
    kept = [e for e in events if not is_function_word(e.trigger.text)]
    taken = {e.trigger.start for e in events}
    extra: list[Event] = []
    by_start: dict[int, tuple[list[Token], int, set[int]]] = {}
    for (_, start, end), toks in zip(document.sentences, sentence_tokens, strict=True):
        mentions = model_mentions(list(toks), TASK_OUTSIDE_MARGIN)
        index_of = {t.start: i for i, t in enumerate(toks)}
        words = {m.index for m in mentions} | {index_of[s] for s in taken if s in index_of}
        by_start.update({t.start: (list(toks), i, words) for i, t in enumerate(toks)})
        extra.extend(extra_events(document.doc_id, document.text, (start, end), toks, taken, mentions))
    shifted: list[Event] = []
    for event in kept:
        toks, i, words = by_start.get(event.trigger.start, ([], -1, set()))
        k = timeline_trigger(toks, i, words) if i >= 0 else i
        if k == i:
            shifted.append(event)
        elif toks[k].start not in taken:  # the complement or noun is the happening told
            taken.add(toks[k].start)
            word = toks[k]
            shifted.append(event.model_copy(update={
                "trigger": Span(text=word.text, start=word.start, end=word.end)}))
    extra = [e for e in extra if e.trigger.start not in {s.trigger.start for s in shifted}]
    return sorted(shifted + extra, key=lambda e: e.trigger.start)


@dataclass(frozen=True, slots=True)
class PreparedDocument:
    """A task document after the entity-independent stages: events found and dated once."""

    document: TaskDocument
    dct: dt.date
    events: list[Event]
    dates: dict[str, TaskDate]
    sentence_tokens: list[list[Token]]


def prepare(document: TaskDocument, options: BuildOptions | None = None) -> PreparedDocument:
    """Run the pipeline on one task document and date its events in the task's form."""
    source = Document(id=document.doc_id, path=document.path, title=None, text=document.text,
                      metadata_date=document.dct)
    info, events = process_document(source, options or BuildOptions())
    sentence_tokens = [word_tokens(document.text, start, end) for _, start, end in document.sentences]
    events = with_task_triggers(document, events, sentence_tokens)
    dates = date_events(events, tag(document.text, info.dct.date), info.dct.date, document.text)
    dates.update(anaphoric_dates(events, dates, document.text))
    return PreparedDocument(document, info.dct.date, events, dates, sentence_tokens)


NOT_MODIFIERS: frozenset[str] = frozenset({"by", "of", "to", "in", "on", "at", "for", "with", "from",
                                          "and", "or", "a", "an"})


def _taken_up(text: str, start: int) -> bool:
    """Whether the noun at ``start`` is taken up by a determiner or a possessor, over its
    lowercase modifiers ("its launch", "the beginning", "Jobs' medical leave")."""
    before = text[max(0, start - 40):start].split()[-2:]  # a determiner, at most one modifier
    for word in reversed(before):
        plain = word.replace("’", "'")
        if plain.lower() in ANAPHORIC or (plain[:1].isupper() and plain.endswith(("'s", "s'"))):
            return True
        if not word.isalpha() or not word.islower() or word in NOT_MODIFIERS:
            return False
    return False


def anaphoric_dates(events: Sequence[Event], dates: dict[str, TaskDate],
                    text: str) -> dict[str, TaskDate]:
    """An event noun taken up with "its"/"the" ("Since its launch") names the same happening as
    the nearest earlier event of its kind in the story, and takes that event's date."""
    found: dict[str, TaskDate] = {}
    for n, event in enumerate(events):
        if not event.id.startswith("tx-") or not is_event_noun(event.trigger.text) \
                or not _taken_up(text, event.trigger.start):
            continue
        antecedent = next((e for e in reversed(events[:n]) if not e.id.startswith("tx-")
                           and same_kind(e.trigger.text, event.trigger.text)), None)
        if antecedent is not None and dates[antecedent.id].value != UNDATED:
            found[event.id] = TaskDate(dates[antecedent.id].value,
                                       f"anaphora: the '{antecedent.trigger.text}' told before")
        elif dates[event.id].basis in {FALLBACK, REFERENCE}:
            # A happening taken up from before the story ("five years after its launch") is not
            # on the story's date: left undated here, merging may date it from another story.
            found[event.id] = TaskDate(UNDATED, "anaphora: a happening told before the story")
    return found


def entity_events(document: TaskDocument | PreparedDocument, entity: str,
                  options: BuildOptions | None = None, person: bool | None = None,
                  longer: frozenset[str] | None = None) -> list[EntityEvent]:
    """The events of one document in which ``entity`` takes part, in text order (``person``:
    whether the entity is a person, ``longer``: the words that make its name another entity's,
    if decided over the whole collection)."""
    prepared = document if isinstance(document, PreparedDocument) else prepare(document, options)
    task = prepared.document
    matcher = EntityMatcher(entity, prepared.sentence_tokens, person, longer)
    in_sentence = {sid: matcher.mentions(toks)
                   for (sid, _, _), toks in zip(task.sentences, prepared.sentence_tokens, strict=True)}
    found: list[EntityEvent] = []
    verbs: list[Event] = []  # the entity's events so far: their object nouns are its events too
    subject_of: set[str] = set()  # sentences whose main verb has the entity as its subject
    for event in prepared.events:
        token = task.token_at(event.trigger.start)
        mentions = in_sentence.get(token.sentence, []) if token else []
        if token is not None and not event.id.startswith("tx-") and any(
                m.end <= event.trigger.start for m in mentions) and takes_part(
                event, mentions, matcher, task.text):
            subject_of.add(token.sentence)
    for event in prepared.events:
        token = task.token_at(event.trigger.start)
        if token is None:
            continue
        date = prepared.dates[event.id]
        mentions = in_sentence.get(token.sentence, [])
        if not takes_part(event, mentions, matcher, task.text) and not (
                token.sentence in subject_of and is_adjunct_participle(event, task.text)):
            verb = next((v for v in verbs[-2:] if is_object_noun(v, event, task.text)), None)
            if verb is None:
                continue
            if not date.basis.startswith("expression"):  # "filed a lawsuit this week"
                date = TaskDate(prepared.dates[verb.id].value, f"object of '{verb.trigger.text}'")
        verbs.append(event)
        dated = event.model_copy(update={"time": as_event_time(date, prepared.dct)})
        found.append(EntityEvent(dated, f"{task.doc_id}-{token.sentence}-"
                                 f"{mention_word(prepared, event, token)}", date))
    return found


# Determiners that open an object owned by or new to the subject ("filed a lawsuit", "lost its
# court case"); "the" more often takes up something of someone else's ("announced the release").
OBJECT_DETERMINERS: frozenset[str] = frozenset({"a", "an", "its", "his", "her", "their"})
OBJECT_NOUN_REACH = 4


PARTICIPLE_OPENERS: frozenset[str] = frozenset({",", "by", "while", "when", "after", "before",
                                                "since", "without", "upon"})


def is_adjunct_participle(event: Event, text: str) -> bool:
    """Whether the trigger is an -ing form opening an adjunct (", saying", "by hinting", "While
    introducing"): it shares the subject of its sentence's main verb."""
    word = event.trigger.text
    if not (word.islower() and word.endswith("ing")) or is_event_noun(word):
        return False
    before = word_tokens(text, max(event.sentence.start, event.trigger.start - 12),
                         event.trigger.start)
    return not before or before[-1].lower in PARTICIPLE_OPENERS


def is_object_noun(verb: Event, noun: Event, text: str) -> bool:
    """Whether event noun ``noun`` heads the direct object of ``verb``: a/an or a possessive
    right after the verb, then only modifiers ("settled its decades-long trademark dispute")."""
    if not noun.id.startswith("tx-") or not is_event_noun(noun.trigger.text) \
            or not verb.trigger.end <= noun.trigger.start <= verb.sentence.end:
        return False
    between = word_tokens(text, verb.trigger.end, noun.trigger.start)
    return bool(between) and between[0].lower in OBJECT_DETERMINERS \
        and len(between) <= OBJECT_NOUN_REACH and all(t.text.islower() for t in between)


def mention_word(prepared: PreparedDocument, event: Event, token: TaskToken) -> str:
    """The trigger's task word in lower case, joined with its verb particle as the task writes
    phrasal verbs ("step_down", "took_off" for "took six months off"; "Pre-orders" → "pre-orders")."""
    return _task_word(prepared, event, token).lower()


def _task_word(prepared: PreparedDocument, event: Event, token: TaskToken) -> str:
    if event.id.startswith("tx-") and not event.trigger.text.lower().endswith("ing"):
        return token.word  # an event noun has no particle
    for toks in prepared.sentence_tokens:
        if toks and toks[0].start <= event.trigger.start <= toks[-1].start:
            i = next((n for n, t in enumerate(toks) if t.start == event.trigger.start), None)
            k = particle_of(toks, i) if i is not None else None
            particle = prepared.document.token_at(toks[k].start) if k is not None else None
            if particle is not None and particle.sentence == token.sentence:
                return f"{token.word}_{particle.word}"
            break
    return token.word


def rank(entity: str, lines: Sequence[tuple[str, tuple[str, ...]]]) -> EntityTimeline:
    """Timeline entries from (date, mentions) lines: one rank per distinct date, in date order
    (a month or year ranks by its first day, before the days inside it); undated at order 0."""
    def key(date: str) -> tuple[str, int]:
        return (date.replace("XX", "01"), date.count("XX") * -1)
    dates = sorted({d for d, _ in lines if d != UNDATED}, key=key)
    order = {d: i + 1 for i, d in enumerate(dates)}
    entries = sorted((Entry(order.get(d, 0), d, ms) for d, ms in lines),
                     key=lambda e: (e.order, _mention_sort(e.mentions[0])))
    return EntityTimeline(entity, tuple(entries))


def _mention_sort(mention: str) -> tuple[str, int, str]:
    document, sentence, word = [*mention.split("-", 2), "", ""][:3]
    return (document, int(sentence) if sentence.isdigit() else 0, word)


def entity_timeline(documents: Sequence[TaskDocument | PreparedDocument], entity: str,
                    options: BuildOptions | None = None, merge: bool = True) -> EntityTimeline:
    """One entity's timeline over many documents: coreferent events merged onto one line and
    dated by their reconciled time; ranks follow the dates, undated events at order 0."""
    prepared = [d if isinstance(d, PreparedDocument) else prepare(d, options) for d in documents]
    collection = [d.sentence_tokens for d in prepared]
    person, longer = is_person(entity, collection), longer_names(entity, collection)
    found = [f for document in prepared
             for f in entity_events(document, entity, options, person, longer)]
    mention_of = {f.event.id: f.mention for f in found}
    events = merge_events([f.event for f in found]) if merge else [
        f.event.model_copy(update={"sources": [source_of(f.event)]}) for f in found]
    lines: list[tuple[str, tuple[str, ...]]] = []
    seen: set[str] = set()
    for event in events:
        mentions = tuple(m for m in sorted((mention_of[s.event_id] for s in event.sources),
                                           key=_mention_sort) if m not in seen)
        seen.update(mentions)
        if mentions:
            lines.append((time_task_value(event.time), mentions))
    return rank(entity, lines)


def find_timeml(paths: Sequence[str]) -> list[Path]:
    """The ``.tml`` files named by ``paths`` (files, or folders searched recursively), sorted."""
    found: set[Path] = set()
    for name in paths:
        path = Path(name)
        if path.is_dir():
            found.update(path.rglob("*.tml"))
        elif path.suffix.lower() == ".tml" and path.is_file():
            found.add(path)
    return sorted(found)


def write_semeval(paths: Sequence[str], entities: Sequence[str], out_dir: Path,
                  options: BuildOptions | None = None,
                  file_names: Sequence[str] | None = None) -> list[Path]:
    """Build each entity's timeline over the TimeML files and write ``<name>.txt`` into ``out_dir``
    (``file_names``, one per entity, override the names derived from the entities)."""
    documents = [prepare(read_task_document(p), options) for p in find_timeml(paths)]
    names = list(file_names) if file_names is not None else [timeline_file_name(e) for e in entities]
    written: list[Path] = []
    for entity, name in zip(entities, names, strict=True):
        target = out_dir / name
        write_atomic(target, semeval_text(entity_timeline(documents, entity, options)))
        written.append(target)
    return written


def build_semeval(paths: Sequence[str], entities: Sequence[str], out_dir: Path,
                  options: BuildOptions | None = None) -> int:
    """``timeline build --format semeval``: write the timelines, report, return the exit code."""
    if not entities:
        click.echo("error: --format semeval needs at least one --entity", err=True)
        return 2
    if not find_timeml(paths):
        click.echo("error: --format semeval reads TimeML (.tml) files; none found in "
                   + ", ".join(paths), err=True)
        return 1
    for target in write_semeval(paths, entities, out_dir, options):
        click.echo(f"wrote {target}")
    return 0
