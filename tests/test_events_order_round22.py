"""Ordering within a sentence and across a quote: nouns still to come, quotes reported after
their last sentence, what a future aims at, charges, "because" and "when" clauses with relatives
and modals, and states that have lasted long."""

from __future__ import annotations

import datetime as dt

from newstimeline.events import order_events
from newstimeline.events.order import order_facts
from newstimeline.models import Document, Event
from newstimeline.pipeline import BuildOptions, analyse_document

DCT = dt.date(1998, 8, 8)


def _events(text: str) -> list[Event]:
    document = Document(id="d", path="d.txt", title=None, text=text)
    return analyse_document(document, BuildOptions(dct=DCT, events="mentions")).events


def _ordered(text: str) -> list[str]:
    return [e.trigger.text for e in order_events(_events(text))]


def test_a_noun_an_adjective_sets_to_come_sorts_after_the_report_of_its_quote() -> None:
    ordered = _ordered("``We are watching the possible arrival of the new envoy closely,'' "
                       "said a spokesman for the ministry.")
    assert ordered.index("said") < ordered.index("arrival")


def test_what_a_quote_says_is_to_come_sorts_after_a_report_sentences_later() -> None:
    ordered = _ordered("``I would fly there for one day to see my daughter. Nothing more,'' "
                       "the mother said.")
    assert ordered.index("said") < ordered.index("fly")


def test_a_trip_told_in_the_progressive_sorts_after_a_report_sentences_later() -> None:
    ordered = _ordered("``He is coming with his lawyers and his doctors? What is that about?'' "
                       "said a neighbor of the family.")
    assert ordered.index("said") < ordered.index("coming")


def test_a_quote_closed_in_its_own_sentence_keeps_its_order() -> None:
    # The report closes no quote of an earlier sentence: the rule reaches no further.
    ordered = _ordered("``I would fly there for one day.'' Her husband went to the airport. "
                       "The mother said nothing more.")
    assert ordered.index("fly") < ordered.index("said")


def test_verbs_a_future_aims_at_are_to_come_too() -> None:
    ordered = _ordered("The utility agreed today to buy the plant. In a filing, the utility said "
                       "it expects it will need about $90 million to buy the shares and pay "
                       "related fees and expenses.")
    assert ordered.index("need") < ordered.index("pay")
    assert ordered.index("said") < ordered.index("pay")


def test_a_verb_on_to_after_a_clause_break_does_not_join_the_future() -> None:
    # ", nor should patients have to travel": a clause of its own, not what the future aims at.
    text = ("An organ will become available, nor should patients have to travel far. "
            "The hospital will need money to buy the ward and pay its staff.")
    joined = {e.trigger.text: order_facts(e).infinitive for e in _events(text)}
    assert joined["travel"] is False
    assert joined["buy"] is True and joined["pay"] is True


def test_an_abbreviations_period_ends_no_object_phrase() -> None:
    assert _ordered("Havana condemned the U.S. government's decision on Friday.") == [
        "decision", "condemned"]


def test_the_object_of_a_noun_acting_on_what_is_there_sorts_first_in_its_sentence() -> None:
    ordered = _ordered("The loud rallies by exiles were meant to show that they could still force "
                       "the reversal of the city's decision to close the port.")
    assert ordered[0] == "decision"


def test_what_someone_is_convicted_for_came_first() -> None:
    ordered = _ordered("A federal appeals court has reinstated his state convictions for "
                       "securities fraud.")
    assert ordered.index("fraud") < ordered.index("convictions")


def _facts_hints(text: str) -> dict[str, int]:
    return {e.trigger.text: order_facts(e).hint for e in _events(text)}


def test_a_future_in_a_because_clause_is_no_earlier_event() -> None:
    hints = _facts_hints("The rebel leader moves every night, either because he's afraid we'll "
                         "find him, or that his rivals will, one official says.")
    assert hints["find"] == 0
    hints = _facts_hints("The company expects a gain because the two units will fetch a higher "
                         "price apart.")
    assert hints["fetch"] == 0


def test_a_past_event_in_a_because_clause_still_comes_first() -> None:
    hints = _facts_hints("The airline cut its fares because demand collapsed in the spring.")
    assert hints["collapsed"] < 0


def test_a_when_clause_on_a_modal_tells_the_time_to_come_not_a_cause() -> None:
    ordered = _ordered("Local leaders warned the agency on Monday that its agents should expect "
                       "little help from the police when they come for the family.")
    assert ordered.index("warned") < ordered.index("come")
    assert ordered.index("help") < ordered.index("come")


def test_a_when_clause_after_but_keeps_its_event_first() -> None:
    # The modal stands in the clause before "but": the "when" clause is the next clause's cause.
    ordered = _ordered("The mayor refused to say what happened, but when the agents arrived at "
                       "the house, the crowd dispersed.")
    assert ordered[0] == "arrived"


def test_a_relative_clause_set_off_by_commas_does_not_end_a_because_clause() -> None:
    hints = _facts_hints("Profit fell because the new rules, which took effect in May, raised "
                         "costs.")
    assert hints["raised"] < 0
    assert hints["took"] == 0
    hints = _facts_hints("Profit fell because the laws of the islands, under which the fund is "
                         "organized, don't allow such deals.")
    assert hints["allow"] < 0


def test_a_long_lasting_state_began_before_what_its_sentence_tells() -> None:
    ordered = _ordered("Since his rescue, the boy has been called a hero symbolizing the "
                       "country's decades-long ideological battle with its exiles.")
    assert ordered.index("battle") < ordered.index("rescue")


def test_a_years_old_state_began_before_what_its_sentence_tells() -> None:
    ordered = _ordered("Since the merger, the company has been struggling with a years-old "
                       "slump in its home market.")
    assert ordered.index("slump") < ordered.index("merger")
