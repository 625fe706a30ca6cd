"""Event mentions at TimeML grain: triggers, class, tense, polarity, anchoring and order."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from click.testing import CliRunner

from newstimeline.cli import main
from newstimeline.events import order_events
from newstimeline.events.mentions import model_mentions
from newstimeline.events.model import MentionModel, shipped_model
from newstimeline.events.order import order_hint
from newstimeline.models import Document, Event
from newstimeline.pipeline import BuildOptions, analyse_document
from newstimeline.text import tokens

DCT = dt.date(1998, 2, 19)  # a Thursday


def _events(text: str, mode: str = "mentions") -> list[Event]:
    document = Document(id="d", path="d.txt", title=None, text=text)
    options = BuildOptions(dct=DCT, events="mentions" if mode == "mentions" else "timeline")
    return analyse_document(document, options).events


def _by_trigger(events: list[Event]) -> dict[str, Event]:
    return {e.trigger.text: e for e in events}


def test_reported_release_is_two_events_with_classes() -> None:
    text = ("Russia released draft agreements on security guarantees on Friday, Deputy Foreign "
            "Minister Alexander Grushko said.")
    found = [(m.token.text, m.event_class, m.tense) for m in model_mentions(tokens(text))]
    assert ("released", "OCCURRENCE", "past") in found
    assert ("said", "REPORTING", "past") in found


def test_did_not_meet_is_a_negative_past_event() -> None:
    meet = _by_trigger(_events("The two leaders did not meet."))["meet"]
    assert (meet.tense, meet.polarity) == ("past", "NEG")


def test_expression_in_the_clause_dates_the_event() -> None:
    released = _by_trigger(_events("Russia released draft texts on Friday, Grushko said."))
    time = released["released"].time
    assert (time.earliest, time.latest, time.relation, time.basis) == (
        dt.date(1998, 2, 13), dt.date(1998, 2, 13), "on", "expression")


def test_undated_said_is_the_story_date_or_the_day_before() -> None:
    said = _by_trigger(_events("NATO has been violating earlier agreements, Grushko said."))["said"]
    assert (said.time.earliest, said.time.latest, said.time.basis) == (
        dt.date(1998, 2, 18), DCT, "reporting")


def test_present_perfect_progressive_is_a_range_ending_at_the_dct() -> None:
    event = _by_trigger(_events("NATO has been violating earlier agreements, Grushko said."))
    time = event["violating"].time
    assert (time.earliest, time.latest, time.relation, time.basis) == (
        None, DCT, "before", "tense")


def test_future_event_is_after_the_dct() -> None:
    start = _by_trigger(_events("The rebels will start new attacks."))["start"]
    assert (start.tense, start.time.earliest, start.time.latest, start.time.relation) == (
        "future", DCT, None, "after")


def test_expression_belongs_to_the_nearest_trigger_of_its_clause() -> None:
    events = _by_trigger(_events(
        "He thinks several steelmakers will report losses through the third quarter of 1990."))
    assert events["thinks"].time.basis == "tense"
    assert events["thinks"].time.earliest == DCT
    assert (events["losses"].time.earliest, events["losses"].time.latest) == (
        dt.date(1990, 7, 1), dt.date(1990, 9, 30))


def test_simple_past_takes_the_date_in_force_and_past_perfect_precedes_it() -> None:
    events = _by_trigger(_events(
        "Police arrested the suspect on Monday. He had fled the city. Officers searched his home."))
    monday = dt.date(1998, 2, 16)
    searched = events["searched"].time
    assert (searched.earliest, searched.basis) == (monday, "discourse")
    fled = events["fled"].time
    assert (fled.earliest, fled.latest, fled.relation) == (None, monday, "before")
    order = [e.trigger.text for e in order_events(list(events.values()))]
    assert order == ["fled", "arrested", "searched"]


def test_after_clause_orders_its_event_first_when_dates_tie() -> None:
    events = _events("After the meeting ended, the ministers signed the accord.")
    # "After" puts what it names before every event of its date (-2), in any sentence.
    assert [order_hint(e) for e in events] == [-2, -2, 0]
    assert [e.trigger.text for e in order_events(events)] == ["meeting", "ended", "signed"]


def test_model_round_trips_through_its_packaged_json() -> None:
    model = MentionModel(("O", "OCCURRENCE"), {"w=fled": [-0.5, 1.25]}, 0.5)
    again = MentionModel.from_json(model.to_json())
    assert again == model
    assert model.to_json() == again.to_json()


def test_shipped_model_is_small() -> None:
    model = shipped_model()
    assert model.labels[0] == "O"
    assert len(model.labels) == 8
    assert 5_000 < len(model.weights) < 100_000


SEED = ("MOSCOW, December 18. /TASS/. Russia released draft agreements on security guarantees "
        "on Friday, Russian Deputy Foreign Minister Alexander Grushko said on Saturday. The "
        "proposals were handed over to a US representative on December 15. The talks did not "
        "start.")


def test_build_events_mentions_writes_every_trigger_with_offsets(tmp_path: Path) -> None:
    article = tmp_path / "story.txt"
    article.write_text(SEED, encoding="utf-8")
    out = tmp_path / "out"
    for mode in ("mentions", "timeline"):
        result = CliRunner().invoke(main, ["build", str(article), "--out", str(out / mode),
                                           "--events", mode, "--reference-date", "2026-01-01"])
        assert result.exit_code == 0, result.output
    mentions = json.loads((out / "mentions" / "story.events.json").read_text(encoding="utf-8"))
    timeline = json.loads((out / "timeline" / "story.events.json").read_text(encoding="utf-8"))
    by_trigger = {e["trigger"]["text"]: e for e in mentions["events"]}
    for word in ("released", "said", "handed", "start"):
        trigger = by_trigger[word]["trigger"]
        assert SEED[trigger["start"]:trigger["end"]] == word
    assert by_trigger["released"]["time"]["earliest"] == "2021-12-17"
    assert by_trigger["said"]["time"]["earliest"] == "2021-12-18"
    assert by_trigger["handed"]["time"]["earliest"] == "2021-12-15"
    assert by_trigger["start"]["polarity"] == "NEG"
    assert len(mentions["events"]) > len(timeline["events"])


def test_expression_alone_in_its_clause_dates_the_main_verb() -> None:
    events = _by_trigger(_events(
        "On Wednesday, Ricardo Alarcon, head of Cuba's National Assembly, said the convictions "
        "prove the point."))
    said = events["said"].time
    assert (said.earliest, said.basis) == (dt.date(1998, 2, 18), "expression")


def test_have_holding_a_figure_is_a_state_even_when_the_model_misses_it() -> None:
    from newstimeline.events.model import using_model
    from newstimeline.events.train import LABELS

    blind = MentionModel(LABELS, {}, 0.0)  # labels nothing: only the rule speaks
    with using_model(blind):
        text = "The U.S. Navy has 27 ships in the maritime barricade of Iraq."
        found = [(m.token.text, m.event_class, m.tense) for m in
                 model_mentions(tokens(text, 0, len(text)))]
        assert found == [("has", "STATE", "present")]
        text = "Last Monday, the company had nearly 73 million shares outstanding."
        found = [(m.token.text, m.event_class, m.tense) for m in
                 model_mentions(tokens(text, 0, len(text)))]
        assert found == [("had", "STATE", "past")]
        # Any currency sign opens a figure, not only the dollar's.
        text = "Barclays has \u00a3120 billion of loans to British companies."
        found = [(m.token.text, m.event_class, m.tense) for m in
                 model_mentions(tokens(text, 0, len(text)))]
        assert found == [("has", "STATE", "present")]
        # An auxiliary before a participle holds no figure.
        text = "The company has sold 12 units and had agreed to sell 3 more."
        assert model_mentions(tokens(text, 0, len(text))) == []
