"""Summaries a reader can read: clauses joined across parentheses and clock times, relative
clauses told of their antecedent, reports summarized by what they report, dates that name a
thing kept."""

from __future__ import annotations

import datetime as dt

from newstimeline.events import extract_events
from newstimeline.models import Event
from newstimeline.timex import tag

DCT = dt.date(2025, 9, 30)  # a Tuesday


def _summaries(text: str) -> dict[str, str]:
    events: list[Event] = extract_events("doc", text, 0, tag(text, DCT), DCT)
    return {e.trigger.text: e.summary.rstrip(".") for e in events}


def test_a_parenthesis_does_not_cut_the_subject_off() -> None:
    text = "The Party of Action and Solidarity (PAS) won 50.2% of the vote on Sunday."
    assert _summaries(text)["won"] == "The Party of Action and Solidarity (PAS) won 50.2% of the vote"


def test_a_parenthesis_does_not_cut_what_is_reported() -> None:
    text = "The government said Saturday it would spend 500 million yuan ($68 million) on relief."
    assert _summaries(text)["said"] == (
        "The government said it would spend 500 million yuan ($68 million) on relief")


def test_a_clock_time_is_cut_whole() -> None:
    text = "A strong earthquake jolted Luding County at 12:52 p.m. Thursday, officials said."
    assert _summaries(text)["jolted"] == "A strong earthquake jolted Luding County"


def test_a_relative_clause_is_told_of_its_antecedent() -> None:
    text = "The trial, which began on May 12, heard from 14 witnesses."
    assert _summaries(text)["began"] == "The trial began"


def test_a_clause_after_a_relative_clause_keeps_its_subject() -> None:
    text = ("President Maia Sandu, who founded the party, thanked voters and said Moldova had "
            "chosen Europe.")
    summaries = _summaries(text)
    assert summaries["founded"] == "President Maia Sandu founded the party"
    assert summaries["thanked"] == summaries["said"] == (
        "President Maia Sandu, who founded the party, thanked voters and said Moldova had "
        "chosen Europe")


def test_a_report_with_its_content_in_its_clause_is_that_clause() -> None:
    text = ("Roper showed no emotion as the verdict was read, and his lawyer Alan Weiss said he "
            "would appeal.")
    assert _summaries(text)["said"] == "His lawyer Alan Weiss said he would appeal"


def test_a_speaker_set_off_by_commas_stays_with_the_report() -> None:
    text = "Roper's lawyer, Alan Weiss, said his client would fight the charges."
    assert _summaries(text)["said"] == (
        "Roper's lawyer, Alan Weiss, said his client would fight the charges")


def test_a_wire_credit_is_no_part_of_what_is_reported() -> None:
    text = "(Bloomberg) -- Acme Corp. completed its purchase of Widget Co. on Tuesday, Acme said."
    assert _summaries(text)["said"] == (
        "Acme said: Acme Corp. completed its purchase of Widget Co")


def test_a_possessive_date_names_a_thing_and_stays() -> None:
    text = "The ruling party won a clear majority in Sunday's parliamentary election."
    assert _summaries(text)["won"] == (
        "The ruling party won a clear majority in Sunday's parliamentary election")


def test_a_date_something_is_set_for_stays() -> None:
    text = "Judge Laura Stein set sentencing for September 18."
    assert _summaries(text)["set"] == "Judge Laura Stein set sentencing for September 18"


def test_an_inverted_report_keeps_its_quotation() -> None:
    text = "\"We're taking on more debt than we liked,\" acknowledged Michael Plouf, the treasurer."
    assert _summaries(text)["acknowledged"] == (
        "Michael Plouf acknowledged: We're taking on more debt than we liked")


def test_the_speaker_before_an_apposition_is_its_first_name() -> None:
    text = "Okafor, the Erie district attorney, said on Monday that the rifle was found."
    events = extract_events("doc", text, 0, tag(text, DCT), DCT)
    said = next(e for e in events if e.trigger.text == "said")
    assert said.actors[0] == "Okafor"


def test_a_report_after_but_is_told_with_the_first_verbs_subject() -> None:
    assert _summaries("Dataproducts officials declined to comment, and said they had not yet "
                      "seen a suit.")["said"] == (
        "Dataproducts officials said they had not yet seen a suit")
    assert _summaries("MGM Grand said the offering won't cover the cost, and added it will need "
                      "more financing.")["added"] == (
        "MGM Grand added it will need more financing")


def test_a_verb_after_but_is_told_with_the_subject_but_no_opening_phrase() -> None:
    text = ("During the quarter, Delta issued 2.5 million shares to Swissair, and repurchased "
            "1.1 million shares.")
    assert _summaries(text)["repurchased"] == "Delta repurchased 1.1 million shares"
