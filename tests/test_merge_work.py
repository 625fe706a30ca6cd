"""Merging many documents: the blocked comparison groups events exactly as comparing every pair
does, its work (comparisons counted, not time measured) grows linearly with the documents, and
events.json is streamed to disk with the same bytes."""

from __future__ import annotations

import datetime as dt
import json
import random
from pathlib import Path

from newstimeline.events.merge import (
    MAX_JUDGED,
    MergeWork,
    _bounds,
    _compatible,
    _intersect,
    clusters,
    link,
    merge_events,
)
from newstimeline.models import (
    DocumentView,
    Event,
    EventTime,
    Precision,
    Span,
    Timeline,
    TimelineError,
)
from newstimeline.render.json_out import timeline_json, write_timeline_json

PEOPLE = ["Sergey Ryabkov", "Jens Stoltenberg", "Annalena Baerbock", "Mark Rutte", "Dmitry Peskov"]
BODIES = ["NATO", "the European Union", "the Kremlin", "the White House", "the OSCE"]
TOPICS = ["security guarantees", "the gas transit deal", "grain exports", "arms control",
          "the prisoner exchange", "troop deployments"]
START = dt.date(2021, 1, 1)


def _time(earliest: dt.date | None, latest: dt.date | None, basis: str) -> EventTime:
    relation = "undated" if basis == "none" else "on" if earliest and latest else "before"
    return EventTime(value=None, earliest=earliest, latest=latest, precision=Precision.DAY,
                     relation=relation, basis=basis, expression=None,  # type: ignore[arg-type]
                     explanation="test")


def _event(document: str, sentence: str, trigger: str, actors: list[str], time: EventTime,
           event_class: str = "OCCURRENCE") -> Event:
    start = sentence.index(trigger)
    return Event(id=f"{document}-{start}-{trigger}", document=document,
                 summary=sentence.rstrip("."), actors=actors,
                 trigger=Span(text=trigger, start=start, end=start + len(trigger)),
                 event_class=event_class, tense="past", polarity="POS",
                 sentence=Span(text=sentence, start=0, end=len(sentence)), time=time)


def _story(rng: random.Random, number: int, days: int) -> list[Event]:
    """One generated story: reports, occurrences, synonyms, light verbs, undated and open times."""
    document = f"story-{number:05d}"
    dct = START + dt.timedelta(days=rng.randrange(days))
    person, other = rng.sample(PEOPLE, 2)
    body, body2 = rng.sample(BODIES, 2)
    topic = rng.choice(TOPICS)
    day = dct - dt.timedelta(days=rng.randint(0, 2))
    signed = rng.choice(["signed", "concluded"])
    unveiled = rng.choice(["unveiled", "introduced", "presented"])
    return [
        _event(document, f"{person} said {body} was ready to discuss {topic}.", "said", [person],
               _time(dct, dct, "reporting"), "REPORTING"),
        _event(document, f"{body} {signed} an agreement with {body2} on {topic}.", signed,
               [body, body2], _time(day, day, "expression")),
        _event(document, f"{person} {unveiled} a draft treaty on {topic} in Geneva.", unveiled,
               [person], _time(None, dct, "tense")),
        _event(document, f"{person} met {other} to discuss {topic}.", "met", [person, other],
               _time(day, day, "expression")),
        _event(document, f"Talks on {topic} stalled after {body2} rejected the draft.", "stalled",
               [body2], _time(None, None, "none")),
        _event(document, f"{body} made a new offer on {topic}.", "made", [body],
               _time(day, day, "expression")),
    ]


def _corpus(stories: int, days: int, seed: int = 2021) -> list[Event]:
    rng = random.Random(seed)
    return [event for number in range(stories) for event in _story(rng, number, days)]


def _every_pair(events: list[Event]) -> list[list[int]]:
    """The reference: every pair of events, in index order, judged with the public ``link``."""
    parent = list(range(len(events)))
    documents = [{e.document} for e in events]
    bounds = [_bounds(e.time) for e in events]

    def find(i: int) -> int:
        while parent[i] != i:
            i = parent[i]
        return i

    for i in range(len(events)):
        for j in range(i + 1, len(events)):
            ri, rj = find(i), find(j)
            if ri == rj or documents[ri] & documents[rj]:
                continue
            if not link(events[i], events[j]).corefer:
                continue
            if (ri, rj) != (i, j) and not link(events[ri], events[rj]).corefer:
                continue
            joined = _intersect(bounds[ri], bounds[rj])
            if _compatible(joined):
                parent[rj] = ri
                documents[ri] |= documents[rj]
                bounds[ri] = joined
    groups: dict[int, list[int]] = {}
    for i in range(len(events)):
        groups.setdefault(find(i), []).append(i)
    return sorted(groups.values())


def test_blocked_merge_groups_events_exactly_as_comparing_every_pair() -> None:
    events = _corpus(stories=60, days=3 * 365)
    blocked = clusters(events)
    assert blocked == _every_pair(events)
    merged = [group for group in blocked if len(group) > 1]
    # Not vacuous: many stories share happenings, and light verbs ("made") never merge. (24
    # since reports are compared on what they say without the speaker: 23 before.)
    assert len(merged) == 24
    assert max(len(group) for group in merged) == 60  # every undated 'stalled' talks
    assert all(events[i].trigger.text != "made" for group in merged for i in group)


def test_unveiled_and_introduced_in_two_stories_merge_through_their_blocks() -> None:
    june_7 = _time(dt.date(2010, 6, 7), dt.date(2010, 6, 7), "expression")
    a = _event("a", "Steve Jobs unveiled the iPhone 4 at the developers conference.", "unveiled",
               ["Steve Jobs"], june_7)
    b = _event("b", "Apple introduced the iPhone 4 at its developers conference in June.",
               "introduced", ["Apple"], _time(None, dt.date(2010, 6, 16), "tense"))
    c = _event("c", "Steve Jobs said the antenna problem was overblown.", "said", ["Steve Jobs"],
               _time(None, dt.date(2010, 7, 16), "tense"), "REPORTING")
    work = MergeWork()
    assert clusters([a, b, c], work) == [[0, 1], [2]]
    assert (work.candidates, work.links) == (1, 1)  # "said" is of another kind: never compared


def _work(stories: int) -> tuple[MergeWork, int]:
    # A month of stories that all tell the same few kinds of happening with the same words: the
    # worst case for blocking, where every block grows with the corpus.
    events = _corpus(stories, days=30, seed=7)
    work = MergeWork()
    clusters(events, work)
    return work, len(events)


def test_merge_work_grows_linearly_with_the_number_of_documents() -> None:
    small, small_events = _work(500)
    large, large_events = _work(2000)
    assert large_events == 4 * small_events
    # Comparing every same-kind pair grows 16 times here; the blocked merge about 4 to 5 times
    # (per-event work still rises a little until every block list is longer than MAX_SCAN).
    assert large.offered <= 5.5 * small.offered
    assert large.candidates <= 5.5 * small.candidates
    assert large.links <= 5.5 * small.links
    # Each event judges at most MAX_JUDGED candidates (each, and maybe its group's first event).
    assert large.links <= 2 * MAX_JUDGED * large_events


def test_streamed_events_json_is_byte_identical_to_the_whole_string(tmp_path: Path) -> None:
    events = _corpus(stories=12, days=90)
    views = [DocumentView(document=f"story-{n:05d}", events=events[6 * n:6 * n + 6])
             for n in range(12)]
    timeline = Timeline(generator="newstimeline test", name='archive\n  "events": []',
                        documents=[], events=merge_events(events), per_document=views,
                        errors=[TimelineError(path="empty.txt", reason="empty file")])
    path = tmp_path / "archive.events.json"
    write_timeline_json(path, timeline)
    assert path.read_bytes() == timeline_json(timeline).encode("utf-8")
    assert json.loads(path.read_text("utf-8"))["per_document"][3]["events"][0]["trigger"] == {
        "text": "said", "start": views[3].events[0].trigger.start,
        "end": views[3].events[0].trigger.start + 4}
