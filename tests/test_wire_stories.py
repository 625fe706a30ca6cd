"""What a user reads in timelines built from wire stories written for these tests (tests/stories:
a fraud case over seven months, an earthquake and its aftermath, a merger, an election count,
a foreign minister's visit; Reuters, AP, AFP, TASS, Xinhua, Bloomberg datelines)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from newstimeline.models import Event, Timeline
from newstimeline.pipeline import BuildOptions, build_timeline

STORIES = Path(__file__).parent / "stories"
OPTIONS = BuildOptions(reference_date=dt.date(2025, 12, 31))


@pytest.fixture(scope="module")
def court() -> Timeline:
    return build_timeline([str(STORIES / "court")], "court", OPTIONS)


@pytest.fixture(scope="module")
def quake() -> Timeline:
    return build_timeline([str(STORIES / "quake")], "quake", OPTIONS)


def _by(timeline: Timeline, trigger: str, words: str = "") -> Event:
    [event] = [e for e in timeline.events if e.trigger.text == trigger and words in e.summary]
    return event


def test_the_arrest_two_stories_report_is_one_event_with_two_sources(court: Timeline) -> None:
    arrested = _by(court, "arrested", "Greenwich")
    assert len(arrested.sources) == 2
    assert arrested.time.earliest == arrested.time.latest == dt.date(2025, 2, 3)


def test_the_court_story_names_its_people_as_a_reader_does(court: Timeline) -> None:
    assert _by(court, "said", "his client").summary == (
        "Roper's lawyer, Alan Weiss, said his client would fight the charges.")
    assert _by(court, "said", "appeal").summary == "His lawyer Alan Weiss said he would appeal."
    assert _by(court, "ordered").actors == ["Laura Stein", "Daniel Roper"]
    assert _by(court, "charged").actors == ["Daniel Roper", "Lumen Pay"]
    assert _by(court, "sought").actors == ["Daniel Roper"]
    assert _by(court, "began").summary == "The trial began"


def test_the_quake_reported_twice_is_one_event_but_two_tolls_are_two(quake: Timeline) -> None:
    jolted = _by(quake, "jolted")
    assert jolted.summary == (
        "A 6.6-magnitude earthquake jolted Luding County in southwest China's Sichuan Province, "
        "according to the China Earthquake Networks Center (CENC).")
    assert len(jolted.sources) == 2  # Xinhua's "jolted" and AP's "hit"
    tolls = [e for e in quake.events if e.event_class == "REPORTING"
             and ("21 people" in e.summary or "200 people" in e.summary)]
    assert len(tolls) == 2 and all(len(e.sources) == 1 for e in tolls)


def test_common_words_opening_quake_sentences_are_no_actors(quake: Timeline) -> None:
    actors = {a for e in quake.events for a in e.actors}
    assert actors.isdisjoint({"More", "About", "Rescue", "Aftershocks", "Officials", "Temporary"})
