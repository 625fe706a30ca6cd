"""Anchoring: which clause's date an event takes (relative clauses, other clauses' periods),
and bounds ("since", "after", "by")."""

from __future__ import annotations

import datetime as dt

from tests.test_events_stage import DCT, _by_trigger, _mentions


def test_a_relative_clause_date_does_not_leak_to_the_main_verb() -> None:
    events = _mentions("Judge Anna Smith, who became a judge in 1990, resigned from the court.")
    resigned = _by_trigger(events, "resigned")
    assert (resigned.time.basis, resigned.time.earliest, resigned.time.latest) == (
        "tense", None, DCT)
    became = _by_trigger(events, "became")
    assert (became.time.earliest, became.time.latest) == (dt.date(1990, 1, 1),
                                                          dt.date(1990, 12, 31))


def test_a_relative_clause_at_the_end_of_the_sentence_keeps_its_date() -> None:
    events = _mentions("The police arrested the man who attacked the clinic in 1998.")
    arrested = _by_trigger(events, "arrested")
    assert (arrested.time.basis, arrested.time.earliest, arrested.time.latest) == (
        "tense", None, DCT)
    attacked = _by_trigger(events, "attacked")
    assert (attacked.time.basis, attacked.time.earliest) == ("expression", dt.date(1998, 1, 1))


def test_the_noun_a_relative_clause_describes_shares_its_date() -> None:
    text = ("Investigators said the bombing, which killed 12 people on Aug. 7, was planned "
            "for months.")
    bombing = _by_trigger(_mentions(text), "bombing")
    assert (bombing.time.earliest, bombing.time.latest) == (dt.date(2021, 8, 7),) * 2


def test_a_state_since_a_year_runs_from_that_year_to_the_story_date() -> None:
    closed = _by_trigger(_mentions("The plant has been closed since 1991."), "closed")
    assert (closed.time.relation, closed.time.earliest, closed.time.latest) == (
        "after", dt.date(1991, 1, 1), DCT)


def test_a_past_event_after_a_date_lies_before_the_story_date() -> None:
    text = "The rebels withdrew from the town after March 1."
    withdrew = _by_trigger(_mentions(text), "withdrew")
    assert (withdrew.time.relation, withdrew.time.earliest, withdrew.time.latest) == (
        "after", dt.date(2022, 3, 2), DCT)


def test_a_past_event_by_a_day_ends_at_that_day() -> None:
    text = "Government troops had retaken the town by March 1."
    retaken = _by_trigger(_mentions(text), "retaken")
    assert (retaken.time.relation, retaken.time.earliest, retaken.time.latest) == (
        "before", None, dt.date(2022, 3, 1))


def test_an_untensed_event_does_not_take_the_period_of_a_later_clause() -> None:
    text = ("With growing opportunities for work drawing more people into the labor force, the "
            "unemployment rate remained at 4.7 percent last month.")
    events = _mentions(text)
    drawing = _by_trigger(events, "drawing")
    assert (drawing.time.relation, drawing.time.earliest, drawing.time.latest) == (
        "undated", None, None)
    remained = _by_trigger(events, "remained")
    assert (remained.time.earliest, remained.time.latest) == (dt.date(2022, 2, 1),
                                                              dt.date(2022, 2, 28))


def test_a_noun_keeps_the_period_of_the_relative_clause_describing_it() -> None:
    text = ("Lawyers for the family declined to comment before the judge's ruling, which is "
            "expected next week.")
    ruling = _by_trigger(_mentions(text), "ruling")
    assert (ruling.time.earliest, ruling.time.latest) == (dt.date(2022, 3, 14),
                                                          dt.date(2022, 3, 20))


def test_another_clause_period_does_not_keep_an_infinitive_off_its_present_verb() -> None:
    text = "Small investors are trying to sell their shares, and the index fell 20% last month."
    events = _mentions(text)
    sell = _by_trigger(events, "sell")
    assert (sell.time.basis, sell.time.earliest, sell.time.latest) == ("tense", DCT, DCT)
    fell = _by_trigger(events, "fell")
    assert (fell.time.earliest, fell.time.latest) == (dt.date(2022, 2, 1), dt.date(2022, 2, 28))


def test_a_century_is_not_carried_to_the_next_sentence() -> None:
    text = ("NATO admitted three new members on Friday. The enlargement heals the divisions of "
            "this century. The ceremony was broadcast live on television.")
    broadcast = _by_trigger(_mentions(text), "broadcast")
    assert (broadcast.time.basis, broadcast.time.earliest, broadcast.time.latest) == (
        "discourse", dt.date(2022, 3, 4), dt.date(2022, 3, 4))


def test_a_relative_clause_holds_only_its_first_date() -> None:
    text = ("Thousands of people paid tribute to the men who launched the revolution four "
            "decades ago in a rally Saturday.")
    events = _mentions(text)
    paid = _by_trigger(events, "paid")
    assert (paid.time.basis, paid.time.earliest, paid.time.latest) == (
        "discourse", dt.date(2022, 3, 5), dt.date(2022, 3, 5))
    launched = _by_trigger(events, "launched")
    assert (launched.time.earliest, launched.time.latest) == (dt.date(1980, 1, 1),
                                                              dt.date(1989, 12, 31))


def test_from_a_place_does_not_make_an_expression_a_comparison_base() -> None:
    text = ("Elian was one of 13 Cubans who were trying to cross from Cuba to Florida six weeks "
            "ago on a small powerboat when it capsized.")
    trying = _by_trigger(_mentions(text), "trying")
    assert (trying.time.basis, trying.time.earliest, trying.time.latest) == (
        "discourse", dt.date(2022, 1, 24), dt.date(2022, 1, 30))


def test_from_a_figure_a_year_earlier_is_still_the_comparison_base() -> None:
    text = "Net income fell 37% to $32.9 million from $52.2 million a year earlier."
    fell = _by_trigger(_mentions(text), "fell")
    assert (fell.time.basis, fell.time.earliest, fell.time.latest) == ("tense", None, DCT)


def test_according_to_a_source_keeps_the_reporting_convention() -> None:
    text = ("Twelve Arab League nations voted for an Arab force, with the vanguard of Syria's "
            "contingent arriving Tuesday, according to diplomatic sources in Riyadh.")
    events = _mentions(text)
    according = _by_trigger(events, "according")
    assert (according.time.basis, according.time.earliest, according.time.latest,
            according.time.likely_day) == ("reporting", DCT - dt.timedelta(days=1), DCT, DCT)
    arriving = _by_trigger(events, "arriving")
    assert (arriving.time.earliest, arriving.time.latest) == (dt.date(2022, 3, 8),) * 2


def test_a_quarter_frames_the_figures_of_the_three_sentences_after_it() -> None:
    text = ("In the fourth quarter, net income fell 37% to $32.9 million. The company cited "
            "higher costs for steel. Sales of chemicals were strong. Revenue declined 8% to "
            "$85.7 million.")
    declined = _by_trigger(_mentions(text), "declined")
    assert (declined.time.basis, declined.time.earliest, declined.time.latest) == (
        "discourse", dt.date(2021, 10, 1), dt.date(2021, 12, 31))


def test_a_year_frames_only_the_sentence_after_it() -> None:
    text = ("In 2021, net income fell 37% to $32.9 million. The company cited higher costs for "
            "steel. Sales of chemicals were strong. Revenue declined 8% to $85.7 million.")
    declined = _by_trigger(_mentions(text), "declined")
    assert (declined.time.basis, declined.time.earliest, declined.time.latest) == (
        "tense", None, DCT)


def test_a_relative_clause_after_a_preposition_describes_the_noun_before_it() -> None:
    # "at which": the clause describes the meeting, not the preposition, so the meeting
    # shares the clause's Monday.
    events = _mentions("The meeting at which the plan was approved on Monday lasted four hours.")
    meeting = _by_trigger(events, "meeting")
    assert (meeting.time.earliest, meeting.time.latest) == (dt.date(2022, 3, 7),
                                                            dt.date(2022, 3, 7))


def test_a_date_after_a_verb_of_a_relative_clause_with_a_parenthetical_is_not_the_main_verbs() -> None:
    events = _mentions("Kopp, who, police said, fled to France in 1998, was arrested.")
    fled = _by_trigger(events, "fled")
    assert (fled.time.basis, fled.time.earliest, fled.time.latest) == (
        "expression", dt.date(1998, 1, 1), dt.date(1998, 12, 31))
    arrested = _by_trigger(events, "arrested")
    assert (arrested.time.basis, arrested.time.earliest, arrested.time.latest) == (
        "tense", None, DCT)


def test_a_date_after_a_noun_of_a_relative_clause_is_still_the_main_verbs() -> None:
    text = ("Williams shares, which were to be delisted after the close of business yesterday, "
            "closed at $23.25.")
    closed = _by_trigger(_mentions(text), "closed")
    assert (closed.time.basis, closed.time.earliest) == ("expression", dt.date(2022, 3, 9))
