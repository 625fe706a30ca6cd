"""The packed event store and the timeline built on it: exact round trips, memory held, and the
page's cap on drawn events."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from newstimeline.events.merge import merge_events
from newstimeline.events.order import order_events
from newstimeline.events.store import DICTIONARY_EVENTS, PackedEvents
from newstimeline.models import Document, Event, EventSource, Timeline
from newstimeline.pipeline import BuildOptions, process_document, timeline_from
from newstimeline.render import html as page_module
from newstimeline.render.html import drawn_indices, timeline_html
from newstimeline.render.json_out import timeline_json, timeline_json_chunks
from tests.test_render_page import ALL, CEASEFIRE, TALKS, _timeline

REPO = Path(__file__).resolve().parents[1]
SEED = REPO / "seeds" / "tass-moscow-grushko-nato-security-proposals.txt"
OPTIONS = BuildOptions(reference_date=dt.date(2026, 11, 28))

WIRE_A = ("MOSCOW, December 18 (Reuters) - Foreign Minister Anna Berg signed a trade agreement "
          "with Beijing on Friday, officials said. The ministry announced new sanctions on "
          "December 15, three days after talks that began last Monday.\n")
WIRE_B = ("BRUSSELS, December 18 (AP) - Anna Berg signed the trade agreement on Friday in "
          "Moscow, her office said. Talks will resume next month, the ministry said.\n")


def _documents() -> list[Document]:
    seed = SEED.read_text("utf-8")
    return [Document(id="seed", path=str(SEED), title=None, text=seed),
            Document(id="wire-a", path="wire-a.txt", title=None, text=WIRE_A),
            Document(id="wire-b", path="wire-b.txt", title=None, text=WIRE_B)]


def _events() -> list[Event]:
    """Real events of the seed and two wire stories, merged ones (with sources) included."""
    own = [e for d in _documents() for e in process_document(d, OPTIONS)[1]]
    return own + merge_events(own)


def test_packed_events_read_back_equal_to_what_was_stored_before_and_after_the_dictionary(
        ) -> None:
    events = _events()
    assert len(events) > DICTIONARY_EVENTS  # so that the preset dictionary is in use
    assert any(len(e.sources) > 1 for e in events)
    few = PackedEvents(events[:5])  # fewer than DICTIONARY_EVENTS: stored as plain JSON
    many = PackedEvents(events)
    assert list(few) == events[:5]
    assert list(many) == events
    assert [e.model_dump_json() for e in many] == [e.model_dump_json() for e in events]
    assert many[0] == events[0] and many[-1] == events[-1]
    assert many[3:6] == events[3:6]
    assert many == events and events == many and len(many) == len(events)
    with pytest.raises(IndexError):
        many[len(events)]


def test_a_view_shows_chosen_events_in_its_order_and_is_read_only() -> None:
    events = _events()
    store = PackedEvents(events)
    view = store.view([7, 2, 30])
    assert list(view) == [events[7], events[2], events[30]]
    assert list(view.view([2, 0])) == [events[30], events[7]]
    assert view[-1] == events[30]
    with pytest.raises(TypeError, match="read-only"):
        view.append(events[0])


# Other stories, other words: what the store holds of events its dictionary did not come from.
OTHER_STORIES = [
    ("LONDON, March 3 (Reuters) - Britain's central bank raised interest rates on Thursday for "
     "the third time since December, saying inflation would peak above 7% in April. Governor "
     "Andrew Bailey told reporters that energy prices had risen sharply after the invasion "
     "began last month. The bank will publish its next forecast in May.\n"),
    ("TOKYO, June 9 (AP) - Toyota Motor Corp recalled 2,700 electric cars on Wednesday after "
     "wheels came loose in tests, the company said. Sales of the model started in May and were "
     "halted on June 23, a spokeswoman said. The carmaker expects to resume deliveries in "
     "the autumn.\n"),
    ("PARIS, October 14 (AFP) - Striking refinery workers voted on Friday to continue their "
     "walkout, union leaders said, after talks with TotalEnergies collapsed late on Thursday. "
     "The government ordered some staff back to work on Wednesday to ease fuel shortages. "
     "Prime Minister Elisabeth Borne said the strike had lasted long enough.\n"),
    ("WASHINGTON, January 21 (Reuters) - The Senate confirmed the new ambassador to India on "
     "Tuesday, ending a vacancy that had lasted two years. The nominee testified before the "
     "foreign relations committee in December and promised to visit New Delhi within weeks. "
     "Lawmakers debated the nomination for three days.\n"),
]


def test_packed_event_of_another_story_holds_under_two_fifths_of_its_compact_json() -> None:
    first = _events()[:DICTIONARY_EVENTS]  # the seed's and the wires': the dictionary's source
    other = [e for n, text in enumerate(OTHER_STORIES) for e in process_document(
        Document(id=f"story-{n}", path=f"story-{n}.txt", title=None, text=text), OPTIONS)[1]]
    assert len(other) > 16
    store, dictionary_only = PackedEvents([*first, *other]), PackedEvents(first)
    other_json = sum(len(e.model_dump_json().encode("utf-8")) for e in other)
    # Counted bytes, not timed: the bytes objects and their slots in the list (a pydantic Event
    # takes about ten times its JSON).
    assert store.nbytes() - dictionary_only.nbytes() < other_json * 2 / 5
    # A view holds its share of the events and an 8-byte index each, not copies.
    half = store.view(range(0, len(store), 2))
    assert half.nbytes() < store.nbytes() * 0.6


def test_built_timeline_holds_packed_events_equal_to_merging_and_ordering_in_memory() -> None:
    documents = _documents()
    timeline = timeline_from(documents, "wires", OPTIONS)
    assert isinstance(timeline.events, PackedEvents)
    own = {d.id: process_document(d, OPTIONS)[1] for d in documents}
    everything = [e for d in documents for e in own[d.id]]
    assert list(timeline.events) == order_events(merge_events(everything))
    assert [(v.document, list(v.events)) for v in timeline.per_document] == [
        (d.id, own[d.id]) for d in documents]
    # The whole-model dump (the service's path) and the streamed file are the same bytes.
    assert timeline_json(timeline) == "".join(timeline_json_chunks(timeline))
    assert Timeline.model_validate_json(timeline_json(timeline)).events == timeline.events


def _with_sources(event: Event, count: int) -> Event:
    sources = [EventSource(document=f"wire-{n}", event_id=f"wire-{n}-{event.id}",
                           trigger=event.trigger, sentence=event.sentence, time=event.time)
               for n in range(count)]
    return event.model_copy(update={"sources": sources})


def test_page_over_the_cap_draws_the_most_reported_events_and_says_so(
        monkeypatch: pytest.MonkeyPatch) -> None:
    events = [*ALL]
    events[ALL.index(TALKS)] = _with_sources(TALKS, 3)
    events[ALL.index(CEASEFIRE)] = _with_sources(CEASEFIRE, 2)
    assert drawn_indices(events, 2) == [ALL.index(TALKS), ALL.index(CEASEFIRE)]
    monkeypatch.setattr(page_module, "MAX_DRAWN_EVENTS", 2)
    page = timeline_html(_timeline(events), "cdn")
    assert ("<b>2 of 6 events drawn</b> (those told by the most sources); every event is in "
            "events.json.") in page
    assert re.findall(r'<tr id="row-([\w-]+)"', page) == ["ev-talks", "ev-ceasefire"]
    # A drawn event still counts all its sources (the page keeps only their number).
    assert re.findall(r'<span class="count">(\d+) sources</span>', page) == ["3", "2"]


def test_page_under_the_cap_draws_every_event_without_a_notice() -> None:
    page = timeline_html(_timeline(ALL), "cdn")
    assert "events drawn" not in page
    assert len(re.findall(r'<tr id="row-', page)) == len(ALL)
