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

from newstimeline.evaluate.timelines_oracle import dated_timeline
from newstimeline.evaluate.timelines_score import EntityTimeline
from newstimeline.evaluate.timeml import read_timeml
from newstimeline.events.entity import EntityMatcher
from newstimeline.events.reference_time import TaskDate, date_events
from newstimeline.models import Document, Event
from newstimeline.pipeline import BuildOptions, process_document
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
    """What the raw-text setting may see of a TimeML file."""

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


def read_task_document(path: Path) -> TaskDocument:
    """Raw text, sentences, tokens and DCT of a TimeML file (the gold tags are dropped)."""
    timeml = read_timeml(path)
    text = timeml.text
    task_tokens: list[TaskToken] = []
    for sentence in timeml.sentences:
        offset = sentence.start
        for piece in text[sentence.start:sentence.end].split(" "):
            if piece.strip():
                start = offset + (len(piece) - len(piece.lstrip()))
                task_tokens.append(TaskToken(sentence.id, piece.strip(), start,
                                             start + len(piece.strip())))
            offset += len(piece) + 1
    return TaskDocument(timeml.doc_id, str(path), timeml.dct, text,
                        tuple((s.id, s.start, s.end) for s in timeml.sentences), tuple(task_tokens))


@dataclass(frozen=True, slots=True)
class EntityEvent:
    """An event of one document in which the entity takes part, in task coordinates."""

    event: Event
    mention: str
    """``DOCID-SENTENCE-word``."""
    date: TaskDate


def entity_events(document: TaskDocument, entity: str,
                  options: BuildOptions | None = None) -> list[EntityEvent]:
    """The events of one document in which ``entity`` takes part, in text order."""
    source = Document(id=document.doc_id, path=document.path, title=None, text=document.text,
                      metadata_date=document.dct)
    info, events = process_document(source, options or BuildOptions())
    dates = date_events(events, tag(document.text, info.dct.date), info.dct.date)
    sentence_tokens = [word_tokens(document.text, start, end) for _, start, end in document.sentences]
    matcher = EntityMatcher(entity, sentence_tokens)
    with_entity = {sid for (sid, _, _), toks in zip(document.sentences, sentence_tokens, strict=True)
                   if matcher.mentions(toks)}
    found: list[EntityEvent] = []
    for event in events:
        token = document.token_at(event.trigger.start)
        if token is None or token.sentence not in with_entity:
            continue
        found.append(EntityEvent(event, f"{document.doc_id}-{token.sentence}-{token.word}",
                                 dates[event.id]))
    return found


def entity_timeline(documents: Sequence[TaskDocument], entity: str,
                    options: BuildOptions | None = None) -> EntityTimeline:
    """One entity's timeline over many documents: ranks follow the dates, undated at order 0."""
    mentions: dict[str, str] = {}
    for document in documents:
        for found in entity_events(document, entity, options):
            mentions.setdefault(found.mention, found.date.value)
    return dated_timeline(entity, mentions)
