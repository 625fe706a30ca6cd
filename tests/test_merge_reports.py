"""Two reports of speech are one only if what was said is: their speakers' names and their
figures are read apart from what they say."""

from __future__ import annotations

import datetime as dt

from newstimeline.events.merge import FeatureCache, clusters, corefer, event_features, said
from newstimeline.models import Event, EventTime, Precision, Span

JAN_9 = dt.date(2025, 1, 9)


def _report(document: str, summary: str, actors: list[str], day: dt.date = JAN_9) -> Event:
    time = EventTime(value=None, earliest=day, latest=day, precision=Precision.DAY,
                     relation="on", basis="reporting", expression=None, explanation="test")
    return Event(id=f"{document}-said", document=document, summary=summary, actors=actors,
                 trigger=Span(text="said", start=0, end=4), event_class="REPORTING",
                 tense="past", polarity="POS",
                 sentence=Span(text=summary, start=0, end=len(summary)), time=time)


def test_what_a_report_says_is_its_summary_after_the_speaker() -> None:
    report = _report("a", "Local authorities said: At least 21 people were killed", [])
    assert said(report) == "At least 21 people were killed"


def test_one_speaker_saying_two_things_is_two_reports() -> None:
    announced = _report("a", "Steve Jobs said: Alongside both announcements", ["Steve Jobs"])
    resigned = _report("b", "Steve Jobs said: Steve Jobs, chief executive of Apple", [])
    assert not corefer(announced, resigned)


def test_reports_of_other_figures_are_two_statements() -> None:
    early = _report("a", "Local officials said: At least 21 people were injured", [])
    later = _report("b", "Officials said: More than 200 people were injured", [])
    assert not corefer(early, later)
    assert clusters([early, later]) == [[0], [1]]
    assert event_features(early, FeatureCache()).figures == frozenset({"21"})


def test_reports_of_the_same_figure_in_other_words_are_one() -> None:
    first = _report("a", "State media said: The death toll rose to 46 in Sichuan", [])
    second = _report("b", "Xinhua said: The quake in Sichuan killed 46, the death toll", [])
    assert corefer(first, second)
    assert clusters([first, second]) == [[0, 1]]


def test_what_a_report_summarized_by_its_clause_says_follows_its_verb() -> None:
    report = _report("a", "Officials said schools in the county will reopen", [])
    assert said(report) == "schools in the county will reopen"


def _quake(document: str, summary: str, trigger: str) -> Event:
    time = EventTime(value=None, earliest=JAN_9, latest=JAN_9, precision=Precision.DAY,
                     relation="on", basis="expression", expression=None, explanation="test")
    start = summary.index(trigger)
    return Event(id=f"{document}-{trigger}", document=document, summary=summary, actors=[],
                 trigger=Span(text=trigger, start=start, end=start + len(trigger)),
                 event_class="OCCURRENCE", tense="past", polarity="POS",
                 sentence=Span(text=summary, start=0, end=len(summary)), time=time)


def test_a_quake_that_struck_hit_or_jolted_a_place_is_one_event() -> None:
    jolted = _quake("a", "A 6.6-magnitude earthquake jolted Luding County in Sichuan", "jolted")
    struck = _quake("b", "The magnitude 6.6 quake struck Luding county", "struck")
    hit = _quake("c", "The magnitude 6.6 earthquake hit Luding county", "hit")
    assert corefer(jolted, struck) and corefer(struck, hit)
    assert clusters([jolted, struck, hit]) == [[0, 1, 2]]
