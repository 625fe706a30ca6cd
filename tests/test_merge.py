"""Cross-document merging: coreference features, date reconciliation, sources and conflicts."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from newstimeline.events.merge import (
    clusters,
    corefer,
    lemma,
    merge_events,
    reconcile,
    same_kind,
    times_compatible,
)
from newstimeline.models import Event, EventTime, Precision, Span
from newstimeline.pipeline import BuildOptions, build_timeline


def _time(earliest: dt.date | None, latest: dt.date | None, basis: str = "expression",
          precision: Precision = Precision.DAY) -> EventTime:
    relation = "on" if earliest and latest else "before" if latest else "after"
    return EventTime(value=None, earliest=earliest, latest=latest, precision=precision,
                     relation=relation, basis=basis, expression=None, explanation="test")  # type: ignore[arg-type]


def _event(document: str, sentence: str, trigger: str, actors: list[str], time: EventTime) -> Event:
    start = sentence.index(trigger)
    return Event(id=f"{document}-{start}", document=document, summary=sentence.rstrip("."),
                 actors=actors, trigger=Span(text=trigger, start=start, end=start + len(trigger)),
                 event_class="OCCURRENCE", tense="past", polarity="POS",
                 sentence=Span(text=sentence, start=0, end=len(sentence)), time=time)


JUNE_7 = dt.date(2010, 6, 7)
UNVEILED = _event("16844", "Steve Jobs unveiled iPhone 4 at the Apple Worldwide Developers Conference.",
                  "unveiled", ["Steve Jobs", "Apple"], _time(JUNE_7, JUNE_7))
INTRODUCED = _event("17174", "Apple introduced iPhone 4 at its Worldwide Developers Conference in June.",
                    "introduced", ["Apple"], _time(None, dt.date(2010, 8, 9), "tense", Precision.UNKNOWN))
SUED = _event("4596", "Apple Corps sued Apple Computer over the Apple trademark.",
              "sued", ["Apple Corps", "Apple"], _time(None, dt.date(2006, 3, 28), "tense", Precision.UNKNOWN))


def test_inflected_and_derived_triggers_share_a_lemma() -> None:
    assert {lemma(w) for w in ("introduced", "introducing", "introduce")} == {"introduc"}
    assert lemma("resignation") == lemma("resigned") == "resign"
    assert lemma("death") == lemma("died") == "die"


def test_unveil_and_introduce_are_one_kind_but_sue_is_not() -> None:
    assert same_kind("unveiled", "introduced")
    assert not same_kind("unveiled", "sued")


def test_open_interval_is_compatible_with_a_day_inside_it_but_not_after_it() -> None:
    assert times_compatible(UNVEILED.time, INTRODUCED.time)
    next_day = _time(dt.date(2010, 8, 10), dt.date(2010, 8, 10))
    assert times_compatible(INTRODUCED.time, next_day)  # a day apart: one event, a conflict
    later = _time(dt.date(2010, 8, 11), dt.date(2010, 8, 11))
    assert not times_compatible(INTRODUCED.time, later)


def test_same_launch_reported_by_two_stories_is_one_event() -> None:
    assert corefer(UNVEILED, INTRODUCED)
    assert not corefer(UNVEILED, SUED)


def test_a_chain_of_links_cannot_join_events_years_apart() -> None:
    iphone_2007 = _event("7343", "Steve Jobs unveiled the iPhone at the Macworld Conference.",
                         "unveiled", ["Steve Jobs"], _time(dt.date(2007, 1, 9), dt.date(2007, 1, 9)))
    undated = _event("18315", "Steve Jobs unveiled the iPhone at the Macworld Conference.",
                     "unveiled", ["Steve Jobs"], _time(None, None))
    iphone_4 = UNVEILED.model_copy(update={"summary": iphone_2007.summary})
    assert clusters([iphone_2007, undated, iphone_4]) == [[0, 1], [2]]


def test_two_events_of_one_document_are_never_merged() -> None:
    again = UNVEILED.model_copy(update={"id": "16844-other"})
    assert not corefer(UNVEILED, again)
    assert clusters([UNVEILED, again]) == [[0], [1]]


def test_merged_event_keeps_every_source_and_narrows_its_date() -> None:
    [merged, other] = merge_events([UNVEILED, INTRODUCED, SUED])
    assert [s.document for s in merged.sources] == ["16844", "17174"]
    assert merged.sources[1].time.latest == dt.date(2010, 8, 9)  # how that story dated it
    assert (merged.time.earliest, merged.time.latest) == (JUNE_7, JUNE_7)
    assert merged.conflicts == []
    assert merged.actors == ["Steve Jobs", "Apple"]
    assert [s.document for s in other.sources] == ["4596"]


def test_agreeing_sources_narrow_to_the_intersection() -> None:
    june = _time(dt.date(2010, 6, 1), dt.date(2010, 6, 30), precision=Precision.MONTH)
    before_9th = _time(None, dt.date(2010, 6, 8), "tense", Precision.UNKNOWN)
    time, conflicts = reconcile([june, before_9th])
    assert (time.earliest, time.latest, time.relation, conflicts) == (
        dt.date(2010, 6, 1), dt.date(2010, 6, 8), "on", [])


def test_disagreeing_sources_keep_the_best_evidence_and_record_the_conflict() -> None:
    june_7 = _time(JUNE_7, JUNE_7)
    june_10 = _time(dt.date(2010, 6, 10), dt.date(2010, 6, 10), "discourse")
    time, conflicts = reconcile([june_10, june_7])
    assert (time.earliest, time.latest) == (JUNE_7, JUNE_7)
    assert conflicts == ["sources disagree: [2010-06-07, 2010-06-07] (expression); "
                         "[2010-06-10, 2010-06-10] (discourse); kept the expression evidence"]


def test_build_over_two_stories_merges_the_launch_and_keeps_per_document_views(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(
        "CUPERTINO, California, June 8, 2010 (Wikinews) - Apple CEO Steve Jobs unveiled the "
        "iPhone 4 yesterday at the Worldwide Developers Conference in San Francisco.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text(
        "CUPERTINO, California, June 16, 2010 (Wikinews) - Apple CEO Steve Jobs introduced the "
        "iPhone 4 on June 7 at the Worldwide Developers Conference. Pre-orders of the phone began "
        "on Tuesday.\n", encoding="utf-8")
    timeline = build_timeline([str(tmp_path)], "apple", BuildOptions(reference_date=dt.date(2026, 11, 28)))
    launch = timeline.events[0]
    assert [(s.trigger.text, s.time.earliest) for s in launch.sources] == [
        ("unveiled", JUNE_7), ("introduced", JUNE_7)]
    assert (launch.time.earliest, launch.time.latest) == (JUNE_7, JUNE_7)
    assert [(v.document.split("-")[0], [e.trigger.text for e in v.events])
            for v in timeline.per_document] == [("a", ["unveiled"]), ("b", ["introduced", "began"])]
    assert timeline.events[1].trigger.text == "began"
    assert timeline.events[1].time.earliest == dt.date(2010, 6, 15)


def test_reports_of_different_speeches_by_one_speaker_stay_apart() -> None:
    antenna = _event("17174", "Steve Jobs said the antenna problem was overblown.", "said",
                     ["Steve Jobs"], _time(None, dt.date(2010, 8, 9), "tense", Precision.UNKNOWN))
    macbook = _event("16983", "Steve Jobs announced the new MacBook Air laptops at the event.",
                     "announced", ["Steve Jobs"],
                     _time(None, dt.date(2010, 10, 23), "tense", Precision.UNKNOWN))
    antenna = antenna.model_copy(update={"event_class": "REPORTING"})
    macbook = macbook.model_copy(update={"event_class": "REPORTING"})
    assert not corefer(antenna, macbook)
    assert corefer(antenna, antenna.model_copy(update={"document": "17036", "id": "x"}))


def test_narrowed_day_value_stays_inside_the_intersection() -> None:
    story_aug = _time(dt.date(2010, 2, 10), dt.date(2010, 8, 9), "tense", Precision.UNKNOWN)
    story_oct = _time(dt.date(2010, 4, 26), dt.date(2010, 10, 23), "tense", Precision.UNKNOWN)
    story_oct = story_oct.model_copy(update={"value": "2010-10-23", "relation": "before"})
    story_aug = story_aug.model_copy(update={"value": "2010-08-09", "relation": "before"})
    time, conflicts = reconcile([story_oct, story_aug])
    assert (time.earliest, time.latest, time.value, conflicts) == (
        dt.date(2010, 4, 26), dt.date(2010, 8, 9), "2010-08-09", [])


def test_light_verbs_never_identify_a_happening() -> None:
    assert not same_kind("came", "came")
    assert not same_kind("made", "made")
    assert same_kind("launched", "launch")


def test_undated_past_events_of_stories_years_apart_are_not_one() -> None:
    ipod_2005 = _event("2759", "Apple unveiled the iPod nano at a special music event.", "unveiled",
                       ["Apple"], _time(None, dt.date(2005, 9, 7), "tense", Precision.UNKNOWN))
    iphone_2010 = _event("16844", "Apple unveiled the iPhone 4 at a special event.", "unveiled",
                         ["Apple"], _time(None, dt.date(2010, 6, 8), "tense", Precision.UNKNOWN))
    assert not corefer(ipod_2005, iphone_2010)
