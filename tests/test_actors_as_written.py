"""Actors as a reader of wire copy names them: titles after an employer, abbreviations inside a
name, possessives, common words that only open a sentence, surnames written first."""

from __future__ import annotations

import datetime as dt

from newstimeline.events import extract_events
from newstimeline.events.actors import names_in
from newstimeline.models import Event
from newstimeline.text import words_and_tokens
from newstimeline.timex import tag

DCT = dt.date(2025, 3, 4)  # a Tuesday


def _actors(text: str) -> dict[str, list[str]]:
    events: list[Event] = extract_events("doc", text, 0, tag(text, DCT), DCT)
    return {e.trigger.text: e.actors for e in events}


def _names(sentence: str) -> list[str]:
    _, tokens = words_and_tokens(sentence, 0, len(sentence))
    return [name for _, _, name, _ in names_in(tokens)]


def test_a_title_after_the_employer_leaves_the_person() -> None:
    assert _names("Northwind CEO Sarah Lindqvist spoke.") == ["Sarah Lindqvist"]
    assert _names("He met Harbor Chief Executive Tom Okafor there.") == ["Tom Okafor"]


def test_a_name_goes_on_past_an_abbreviation_period() -> None:
    assert _names("Then U.S. Attorney Maria Chen spoke.") == ["Maria Chen"]
    assert _names("Then U.S. District Judge Laura Stein ruled.") == ["Laura Stein"]


def test_a_name_with_a_possessive_inside_is_an_organisation_kept_whole() -> None:
    assert _names("A lawyer for the U.S. Attorney's Office spoke.") == ["U.S. Attorney's Office"]


def test_a_company_name_after_a_title_word_is_no_person() -> None:
    # "King" is a title word, but "Holdings Inc" is no person's name.
    assert _names("It sold Burger King Holdings Inc shares.") == ["Burger King Holdings Inc"]


def test_common_words_opening_a_sentence_are_no_actors() -> None:
    text = ("Federal prosecutors charged the banker on Monday. More than 200 people were "
            "injured on Monday. Rescuers pulled a man from the rubble on Monday.")
    actors = _actors(text)
    assert actors["charged"] == []
    assert actors["injured"] == []
    assert actors["pulled"] == []


def test_a_common_word_before_a_verb_may_be_a_surname() -> None:
    # ("clark" is a common noun to WordNet, but a name said something.)
    text = "Clark said on Monday that the rifle was found."
    assert _actors(text)["said"] == ["Clark"]


def test_a_place_or_a_group_opening_a_sentence_stays_an_actor() -> None:
    text = "Germany signed the accord on Monday. Police arrested two men on Monday."
    actors = _actors(text)
    assert actors["signed"] == ["Germany"]
    assert actors["arrested"] == ["Police"]


def test_shares_of_a_company_name_the_company() -> None:
    text = "Shares of Acme Corp. fell 5% on Monday, while Acme Corp. said nothing."
    assert _actors(text)["fell"] == ["Acme Corp."]


def test_a_possessive_names_its_owner() -> None:
    text = ("Daniel Roper was sentenced on Monday. Roper's lawyers sought no more than five "
            "years on Monday.")
    assert _actors(text)["sought"] == ["Daniel Roper"]


def test_a_surname_written_first_resolves_to_the_full_name() -> None:
    text = ("Chinese Foreign Minister Wang Yi held talks on Monday. Wang said the two "
            "countries should cooperate.")
    assert _actors(text)["said"][0] == "Wang Yi"


def test_a_one_word_name_modifying_the_subject_noun_is_not_the_subject() -> None:
    text = "A US jury on Friday found the banker guilty."
    assert _actors(text)["found"] == []


def test_an_owner_modifying_the_subject_noun_stays_an_actor() -> None:
    text = "Acme's stock closed up 28% on Monday."
    assert _actors(text)["closed"] == ["Acme"]


def test_the_adjective_of_a_people_is_no_actor() -> None:
    text = "Anna Berg met her Chinese counterpart on Monday, Chinese state media reported."
    actors = _actors(text)
    assert actors["reported"] == []
    assert actors["met"] == ["Anna Berg"]


def test_they_after_a_name_is_the_subject_not_the_name() -> None:
    text = "Officials of the U.S. government said on Tuesday they were watching the visit."
    assert _actors(text)["watching"] == []


def test_an_organisation_after_a_title_word_is_no_person() -> None:
    assert _names("The South African Foreign Affairs Department said so.") == [
        "South African Foreign Affairs Department"]


def test_a_middle_initial_keeps_the_name_whole() -> None:
    assert _names("Then William E. Lawson spoke.") == ["William E. Lawson"]


def test_a_verb_after_and_shares_the_subject_of_the_first_verb() -> None:
    text = ("Chinese President Xi Jinping met the visiting minister in Beijing on Wednesday and "
            "said the two countries would keep close contacts.")
    assert _actors(text)["said"][0] == "Xi Jinping"


def test_a_verb_after_its_subject_and_a_relative_clause_keeps_that_subject() -> None:
    text = "President Maia Sandu, who founded the party, thanked voters and said Moldova had won."
    actors = _actors(text)
    assert actors["thanked"] == actors["said"] == ["Maia Sandu"]
