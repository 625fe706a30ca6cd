"""The event stage on sentences that are not from the seed."""

from __future__ import annotations

import datetime as dt
import hashlib

import pytest

from newstimeline.events import extract_events, order_events
from newstimeline.models import Event
from newstimeline.text import sentence_spans
from newstimeline.timex import tag

DCT = dt.date(2022, 3, 10)  # a Thursday


def _events(text: str) -> list[Event]:
    return extract_events("doc", text, 0, tag(text, DCT), DCT)


def _mentions(text: str) -> list[Event]:
    return extract_events("doc", text, 0, tag(text, DCT), DCT, mode="mentions")


def _by_trigger(events: list[Event], trigger: str) -> Event:
    [event] = [e for e in events if e.trigger.text == trigger]
    return event


def test_attached_weekday_dates_the_event_and_reporting_verb_separately() -> None:
    text = "The central bank raised rates on Tuesday, Governor Anna Berg said."
    events = _events(text)
    raised = _by_trigger(events, "raised")
    assert (raised.time.earliest, raised.time.relation) == (dt.date(2022, 3, 8), "on")
    said = _by_trigger(events, "said")
    assert said.time.basis == "reporting"
    assert (said.time.earliest, said.time.latest) == (dt.date(2022, 3, 9), DCT)
    assert said.actors == ["Anna Berg"]
    assert said.summary == "Anna Berg said: The central bank raised rates"


def test_future_event_is_after_the_dct_with_open_end() -> None:
    event = _by_trigger(_events("The parliament will vote on the bill."), "vote")
    assert (event.time.earliest, event.time.latest, event.time.relation) == (DCT, None, "after")


def test_present_perfect_is_a_range_ending_at_the_dct() -> None:
    event = _by_trigger(_events("Inflation has climbed sharply."), "climbed")
    assert (event.time.earliest, event.time.latest, event.time.relation) == (None, DCT, "before")


def test_negated_event_has_negative_polarity() -> None:
    event = _by_trigger(_events("The ministers did not agree on a text."), "agree")
    assert event.polarity == "NEG"


def test_before_an_expression_puts_the_event_before_it() -> None:
    event = _by_trigger(_events("The troops withdrew before March 1."), "withdrew")
    assert (event.time.earliest, event.time.latest, event.time.relation) == (
        None, dt.date(2022, 2, 28), "before")


def test_pronoun_subject_resolves_to_the_last_named_person() -> None:
    text = ("Foreign Minister Maria Costa said the talks had failed. "
            "\"We are disappointed,\" she said.")
    said = [e for e in _events(text) if e.trigger.text == "said"]
    assert [e.actors[0] for e in said] == ["Maria Costa", "Maria Costa"]


def test_a_pronoun_nearer_the_trigger_than_a_name_is_its_subject() -> None:
    text = "Foreign Minister Maria Costa arrived. Ivan Petrov and she signed the treaty."
    assert _by_trigger(_events(text), "signed").actors == ["Maria Costa"]
    text = "Foreign Minister Maria Costa arrived. She and Ivan Petrov signed the treaty."
    assert _by_trigger(_events(text), "signed").actors == ["Ivan Petrov"]


def test_event_id_is_the_first_twelve_hex_digits_of_the_trigger_key_sha256() -> None:
    text = "Rebels captured the town on Monday."
    [event] = _events(text)
    assert (event.trigger.start, event.trigger.end) == (7, 15)
    assert event.id == "ev-" + hashlib.sha256(b"doc:7:15:captured").hexdigest()[:12]
    assert event.id == "ev-3ab47ddf18e4"


def test_infinitives_and_conditionals_are_not_events() -> None:
    events = _events("The plan would reduce costs and aims to create jobs.")
    assert [e.trigger.text for e in events] == []


def test_event_ids_are_stable_and_distinct() -> None:
    text = "Rebels captured the town on Monday. The army retook it on Wednesday."
    first, second = _events(text), _events(text)
    assert [e.id for e in first] == [e.id for e in second]
    assert len({e.id for e in first}) == 2
    assert [e.time.earliest for e in first] == [dt.date(2022, 3, 7), dt.date(2022, 3, 9)]


def test_undated_report_keeps_its_two_day_window_and_names_the_story_day_as_usual() -> None:
    said = _by_trigger(_events("The minister said the reform would pass."), "said")
    assert (said.time.earliest, said.time.latest, said.time.likely_day) == (
        dt.date(2022, 3, 9), DCT, DCT)
    assert said.time.relation == "on"


def test_undated_report_sorts_after_the_past_event_it_reports() -> None:
    events = order_events(_events("The company has sold its steel unit, the chairman said."))
    assert [e.trigger.text for e in events] == ["sold", "said"]


def test_infinitive_takes_no_date_in_force_and_follows_its_governing_verb() -> None:
    text = ("The board met on Tuesday. "
            "It agreed to buy the mill and could close the plant.")
    events = _mentions(text)
    agreed, buy, close = (_by_trigger(events, w) for w in ("agreed", "buy", "close"))
    assert (agreed.time.earliest, agreed.time.basis) == (dt.date(2022, 3, 8), "discourse")
    assert (buy.time.relation, buy.time.basis) == ("undated", "none")
    assert (close.time.relation, close.time.basis) == ("undated", "none")
    ordered = [e.trigger.text for e in order_events(events)]
    assert ordered.index("agreed") < ordered.index("buy")


def test_date_in_force_is_the_one_that_dated_a_verb_not_a_noun_modifier() -> None:
    text = ("The ministry on Monday issued a warning after the Feb. 20 floods. "
            "Police closed two border crossings.")
    closed = _by_trigger(_mentions(text), "closed")
    assert (closed.time.earliest, closed.time.basis) == (dt.date(2022, 3, 7), "discourse")


def test_undated_report_sorts_after_same_day_events_of_its_sentence() -> None:
    text = "Police arrested two men on Thursday, a spokesman said."
    assert [e.trigger.text for e in order_events(_events(text))] == ["arrested", "said"]


def test_a_cause_after_by_or_from_sorts_before_the_effect_of_the_same_day() -> None:
    text = "On Monday the company's shares were hurt by the collapse of its bid."
    ordered = [e.trigger.text for e in order_events(_mentions(text))]
    assert ordered.index("collapse") < ordered.index("hurt")


def test_a_day_claimed_by_no_verb_dates_the_report_of_its_sentence() -> None:
    text = "At a news conference Tuesday, the mayor announced that the bridge would reopen in May."
    announced = _by_trigger(_mentions(text), "announced")
    assert (announced.time.basis, announced.time.relation) == ("discourse", "on")
    assert (announced.time.earliest, announced.time.latest) == (dt.date(2022, 3, 8),) * 2


def test_a_date_inside_what_is_reported_does_not_date_the_report() -> None:
    text = "The mayor announced that the bridge would reopen on Tuesday."
    announced = _by_trigger(_mentions(text), "announced")
    assert announced.time.basis == "reporting"
    assert announced.time.likely_day == DCT


def test_an_undated_past_report_is_likely_on_the_news_day_told_the_day_before() -> None:
    # In Thursday's story about Wednesday's talks, "a spokesman said" is of Wednesday: the
    # convention's "the day before", named by the text. It still sorts after the undated past
    # event it reports (a range ending at the DCT, sorting with the event told before it).
    text = ("The talks opened on Wednesday in Geneva. "
            "The delegates have agreed on a timetable, a spokesman said.")
    events = order_events(_mentions(text))
    said = _by_trigger(events, "said")
    assert said.time.basis == "reporting"
    assert (said.time.earliest, said.time.latest, said.time.likely_day) == (
        dt.date(2022, 3, 9), DCT, dt.date(2022, 3, 9))
    assert [e.trigger.text for e in events].index("agreed") < events.index(said)


def test_a_reporting_participle_is_likely_on_the_news_day_told_the_day_before() -> None:
    text = ("The talks opened on Wednesday in Geneva. "
            "The minister welcomed the deal, saying it would last for years.")
    saying = _by_trigger(_mentions(text), "saying")
    assert saying.time.basis == "reporting"
    assert (saying.time.earliest, saying.time.latest, saying.time.likely_day) == (
        dt.date(2022, 3, 9), DCT, dt.date(2022, 3, 9))


def test_a_present_report_stays_likely_on_the_story_day_after_the_day_before_is_told() -> None:
    text = ("The talks opened on Wednesday in Geneva. "
            "Diplomats say a deal is close.")
    say = _by_trigger(_mentions(text), "say")
    assert say.time.basis == "reporting"
    assert say.time.likely_day == DCT


def test_an_undated_report_stays_likely_on_the_story_day_after_an_older_day_is_told() -> None:
    text = ("The talks opened on Monday in Geneva. "
            "The delegates agreed on a timetable, a spokesman said.")
    said = _by_trigger(_mentions(text), "said")
    assert said.time.basis == "reporting"
    assert said.time.likely_day == DCT


def test_a_bound_is_not_carried_as_the_date_in_force() -> None:
    text = "Fuel prices have risen sharply since 2019. The minister resigned over the rise."
    resigned = _by_trigger(_mentions(text), "resigned")
    assert (resigned.time.basis, resigned.time.relation) == ("tense", "before")
    assert (resigned.time.earliest, resigned.time.latest) == (None, DCT)


def test_a_past_event_does_not_take_a_coming_date_in_force() -> None:
    text = "The vote is set for March 15. The minister resigned over the dispute."
    resigned = _by_trigger(_mentions(text), "resigned")
    assert (resigned.time.basis, resigned.time.relation) == ("tense", "before")
    assert resigned.time.latest == DCT


def test_a_year_frames_the_next_sentence_then_the_story_returns_to_its_news_day() -> None:
    text = ("Fighting broke out on Tuesday near the border. The region was annexed in 1995. "
            "Its governor fled to the capital. Troops shelled the port.")
    events = _mentions(text)
    fled, shelled = _by_trigger(events, "fled"), _by_trigger(events, "shelled")
    assert (fled.time.basis, fled.time.earliest, fled.time.latest) == (
        "discourse", dt.date(1995, 1, 1), dt.date(1995, 12, 31))
    assert (shelled.time.basis, shelled.time.earliest, shelled.time.latest) == (
        "discourse", dt.date(2022, 3, 8), dt.date(2022, 3, 8))


def test_an_old_day_is_background_not_the_date_in_force() -> None:
    text = "The bank was founded on May 3, 1921. Its first manager resigned over a loan."
    resigned = _by_trigger(_mentions(text), "resigned")
    assert (resigned.time.basis, resigned.time.relation) == ("tense", "before")
    assert (resigned.time.earliest, resigned.time.latest) == (None, DCT)


def test_an_intended_act_takes_the_date_told_after_it_that_no_verb_claims() -> None:
    text = "The company expects to complete the sale of its steel unit in June."
    complete = _by_trigger(_mentions(text), "complete")
    assert (complete.time.basis, complete.time.relation) == ("discourse", "on")
    assert (complete.time.earliest, complete.time.latest) == (
        dt.date(2022, 6, 1), dt.date(2022, 6, 30))


def test_an_intended_act_does_not_take_the_date_of_the_report() -> None:
    text = "Officials agreed to reopen the border, the ministry said on Tuesday."
    reopen = _by_trigger(_mentions(text), "reopen")
    assert (reopen.time.basis, reopen.time.relation) == ("none", "undated")


def test_the_period_of_a_comparison_base_does_not_date_the_event() -> None:
    text = ("Separately, Acme Corp. reported third-quarter profit jumped 45% to $5.8 million "
            "from $4 million a year earlier.")
    events = _mentions(text)
    reported, jumped = _by_trigger(events, "reported"), _by_trigger(events, "jumped")
    # The jump is in the third quarter (the sentence's period), not a year before it; the
    # quarter modifies "profit", so the report keeps the reporting convention (round 22).
    assert (jumped.time.earliest, jumped.time.latest) == (dt.date(2021, 7, 1), dt.date(2021, 9, 30))
    assert jumped.time.basis == "discourse"
    assert "a year earlier" not in jumped.time.explanation
    assert (reported.time.basis, reported.time.likely_day) == ("reporting", DCT)


def test_a_possessive_date_places_its_noun_on_the_day_not_before_it() -> None:
    vote = _by_trigger(_mentions("Shares rose sharply before Friday's vote."), "vote")
    assert (vote.time.relation, vote.time.earliest, vote.time.latest) == (
        "on", dt.date(2022, 3, 4), dt.date(2022, 3, 4))


def test_not_until_a_day_places_the_event_on_that_day() -> None:
    text = "It was not until Tuesday that the minister revealed the plan."
    revealed = _by_trigger(_mentions(text), "revealed")
    assert (revealed.time.relation, revealed.time.earliest, revealed.time.latest) == (
        "on", dt.date(2022, 3, 8), dt.date(2022, 3, 8))


def test_a_bound_bounds_its_own_verb_while_the_sentence_is_on_the_date_it_names() -> None:
    text = "The shares have been cut nearly in half since August, when they traded at about $10."
    events = _mentions(text)
    cut, traded = _by_trigger(events, "cut"), _by_trigger(events, "traded")
    assert (cut.time.relation, cut.time.earliest, cut.time.latest) == (
        "after", dt.date(2021, 8, 1), DCT)
    # The when-clause is about August itself: its verb is on the expression, unbounded.
    assert (traded.time.basis, traded.time.relation) == ("expression", "on")
    assert (traded.time.earliest, traded.time.latest) == (
        dt.date(2021, 8, 1), dt.date(2021, 8, 31))


def test_a_future_event_takes_a_coming_date_of_its_sentence_that_no_verb_claims() -> None:
    text = "Shareholders will vote on the merger at a meeting on March 24."
    vote = _by_trigger(_mentions(text), "vote")
    assert (vote.time.basis, vote.time.relation) == ("discourse", "on")
    assert (vote.time.earliest, vote.time.latest) == (dt.date(2022, 3, 24),) * 2


def test_a_past_perfect_sorts_before_the_simple_past_it_ties_with() -> None:
    events = order_events(_mentions("Troops entered the town, which the rebels had abandoned."))
    assert [e.trigger.text for e in events] == ["abandoned", "entered"]


def test_a_range_up_to_the_story_date_sorts_with_the_event_told_before_it() -> None:
    text = ("Rebels shelled the port on Monday. Thousands have fled the region. "
            "The army retook the port on Wednesday.")
    events = order_events(_mentions(text))
    assert [e.trigger.text for e in events] == ["shelled", "fled", "retook"]
    fled = _by_trigger(events, "fled")
    assert (fled.time.relation, fled.time.earliest, fled.time.latest) == ("before", None, DCT)


def test_a_range_up_to_the_story_date_keeps_its_end_when_the_event_before_is_later() -> None:
    text = "The vote is set for March 15. Thousands have fled the region."
    # "set" (on March 15) is told before "fled" but lies after its range: "fled" keeps its end.
    events = order_events(_mentions(text))
    assert [e.trigger.text for e in events] == ["fled", "vote", "set"]


def test_the_tagger_sentence_split_passed_in_gives_the_same_events() -> None:
    text = ("The central bank raised rates on Tuesday. Governor Anna Berg said she would not "
            "resign.\nTalks will start next week, officials said.")
    split = sentence_spans(text)
    assert len(split) == 3
    for mode in ("timeline", "mentions"):
        given = extract_events("doc", text, 0, tag(text, DCT), DCT, mode=mode,
                               sentence_split=split)
        assert given == extract_events("doc", text, 0, tag(text, DCT), DCT, mode=mode)
    # ("would not resign", told in a report, is an event of its own: the reported future.)
    assert [e.trigger.text for e in _events(text)] == ["raised", "said", "resign", "start",
                                                       "said"]


def test_a_when_clause_after_an_expression_is_on_its_time_whatever_bounds_it() -> None:
    text = ("Since 2015, when the army created a buffer zone, nearly 200 soldiers have been "
            "killed.")
    created = _by_trigger(_mentions(text), "created")
    assert (created.time.basis, created.time.relation) == ("expression", "on")
    assert (created.time.earliest, created.time.latest) == (
        dt.date(2015, 1, 1), dt.date(2015, 12, 31))


def test_the_base_of_a_comparison_is_not_carried_as_the_date_in_force() -> None:
    text = ("In the third quarter, net income fell 37% to $32.9 million from $52.2 million a "
            "year earlier. Sales rose to $3 million.")
    rose = _by_trigger(_mentions(text), "rose")
    assert (rose.time.basis, rose.time.earliest, rose.time.latest) == (
        "discourse", dt.date(2021, 7, 1), dt.date(2021, 9, 30))


def test_a_time_phrase_before_a_new_conjunct_dates_the_verb_told_before_it() -> None:
    text = "Munero had fled to Florida in June 2021 and returned to Cuba later that year."
    fled = _by_trigger(_mentions(text), "fled")
    assert (fled.time.basis, fled.time.relation) == ("expression", "on")
    assert (fled.time.earliest, fled.time.latest) == (dt.date(2021, 6, 1), dt.date(2021, 6, 30))


def test_a_time_phrase_closed_by_a_comma_does_not_date_the_verb_after_it() -> None:
    text = "Her brother, who was imprisoned as an activist in 2009, followed in 2012."
    followed = _by_trigger(_mentions(text), "followed")
    assert (followed.time.basis, followed.time.earliest, followed.time.latest) == (
        "expression", dt.date(2012, 1, 1), dt.date(2012, 12, 31))


def test_an_expression_opening_the_sentence_dates_its_main_verb_beside_a_noun() -> None:
    text = "In July 2021, at a summit in Madrid, the alliance announced it would accept members."
    events = _mentions(text)
    for trigger in ("summit", "announced"):
        time = _by_trigger(events, trigger).time
        assert (time.basis, time.earliest, time.latest) == (
            "expression", dt.date(2021, 7, 1), dt.date(2021, 7, 31))


def test_a_past_progressive_was_going_on_at_the_date_in_force() -> None:
    text = ("The talks opened on Wednesday in Geneva. "
            "Hundreds of protesters were marching outside the hall.")
    marching = _by_trigger(_mentions(text), "marching")
    assert (marching.time.basis, marching.time.relation) == ("discourse", "on")
    assert (marching.time.earliest, marching.time.latest) == (dt.date(2022, 3, 9),) * 2


def test_a_present_perfect_since_a_date_runs_up_to_the_story_date() -> None:
    text = "Since 2015, nearly 200 soldiers have been killed in the zone."
    killed = _by_trigger(_mentions(text), "killed")
    assert (killed.time.relation, killed.time.earliest, killed.time.latest) == (
        "after", dt.date(2015, 1, 1), DCT)


def test_a_coming_goal_by_a_date_lies_between_the_story_date_and_that_date() -> None:
    text = "The company expects a reduction of 500 jobs by the end of the year."
    reduction = _by_trigger(_mentions(text), "reduction")
    assert (reduction.time.relation, reduction.time.earliest, reduction.time.latest) == (
        "before", DCT, dt.date(2022, 12, 31))


def test_a_possessive_expression_dates_its_head_noun_a_few_words_on_despite_a_bound() -> None:
    text = ("About $60 million streamed out last week alone, double the level of the week "
            "following last month's Campeau Corp. credit squeeze.")
    squeeze = _by_trigger(_mentions(text), "squeeze")
    assert (squeeze.time.relation, squeeze.time.earliest, squeeze.time.latest) == (
        "on", dt.date(2022, 2, 1), dt.date(2022, 2, 28))


def test_a_present_perfect_takes_a_past_day_of_its_sentence_that_no_verb_claims() -> None:
    text = ("More than 80 people have been killed and hundreds wounded in the blasts in Nairobi "
            "and Dar es Salaam on Friday.")
    killed = _by_trigger(_mentions(text), "killed")
    assert (killed.time.basis, killed.time.relation) == ("discourse", "on")
    assert (killed.time.earliest, killed.time.latest) == (dt.date(2022, 3, 4),) * 2


def test_a_present_perfect_does_not_take_the_date_of_a_since_clause() -> None:
    text = ("Kopp has eluded the authorities since they obtained a warrant in the Oct. 23 "
            "shooting of a doctor.")
    eluded = _by_trigger(_mentions(text), "eluded")
    assert (eluded.time.basis, eluded.time.relation) == ("tense", "before")
    assert (eluded.time.earliest, eluded.time.latest) == (None, DCT)


def test_a_present_perfect_does_not_take_the_date_modifying_a_noun() -> None:
    text = "Investigators have gathered enough evidence in the February slaying of a judge."
    gathered = _by_trigger(_mentions(text), "gathered")
    assert (gathered.time.basis, gathered.time.earliest, gathered.time.latest) == (
        "tense", None, DCT)


def test_an_untensed_event_after_a_past_verb_is_not_placed_by_the_present_verb_before_it() -> None:
    text = ("The police fired on the crowd on Tuesday. Federal investigators believe the gunman "
            "was driven to the border by a friend after the shooting.")
    events = _mentions(text)
    shooting = _by_trigger(events, "shooting")
    assert (shooting.time.basis, shooting.time.earliest, shooting.time.latest) == (
        "discourse", dt.date(2022, 3, 8), dt.date(2022, 3, 8))
    believe = _by_trigger(events, "believe")
    assert (believe.time.basis, believe.time.earliest) == ("tense", DCT)


def test_an_untensed_event_after_a_present_copula_is_at_the_story_date() -> None:
    text = ("A doctor was shot in his kitchen on Tuesday. What is outrageous is the attempt to "
            "close clinics by illegal means.")
    attempt = _by_trigger(_mentions(text), "attempt")
    assert (attempt.time.basis, attempt.time.earliest, attempt.time.latest) == ("tense", DCT, DCT)
    assert attempt.time.explanation == ("'attempt' in the clause of present 'is': going on at "
                                        "the story's date 2022-03-10")


def test_an_untensed_event_after_a_past_copula_keeps_the_date_in_force() -> None:
    text = ("The court ruled against the protesters on Tuesday. Their leader was at the hearing, "
            "and the crowd is angry.")
    hearing = _by_trigger(_mentions(text), "hearing")
    assert (hearing.time.basis, hearing.time.earliest, hearing.time.latest) == (
        "discourse", dt.date(2022, 3, 8), dt.date(2022, 3, 8))


def test_an_infinitive_of_a_present_verb_is_at_the_story_date_with_no_date_in_its_sentence() -> None:
    events = _mentions("The two men are believed to live in the Cleveland area.")
    live = _by_trigger(events, "live")
    assert (live.time.basis, live.time.earliest, live.time.latest) == ("tense", DCT, DCT)
    assert live.time.explanation == ("'live' hangs on present 'believed': possible, intended or "
                                     "bound at the story's date 2022-03-10")


def test_an_infinitive_of_a_past_verb_stays_undated() -> None:
    buy = _by_trigger(_mentions("The company agreed to buy the unit."), "buy")
    assert (buy.time.basis, buy.time.relation, buy.time.earliest) == ("none", "undated", None)


def test_an_infinitive_after_a_present_copula_is_a_goal_not_a_present_state() -> None:
    reunite = _by_trigger(_mentions("Our goal is to reunite the boy and his father."), "reunite")
    assert (reunite.time.basis, reunite.time.relation) == ("none", "undated")


def test_a_wish_or_seeming_with_would_is_at_the_story_date() -> None:
    events = _mentions("Of all the steelmakers, Bethlehem would seem to be the most vulnerable.")
    seem = _by_trigger(events, "seem")
    assert (seem.time.basis, seem.time.earliest, seem.time.latest) == ("tense", DCT, DCT)
    assert seem.time.explanation == ("'seem' after a present modal: a wish or seeming at the "
                                     "story's date 2022-03-10")


def test_a_wish_with_would_in_a_sentence_with_a_past_date_is_not_at_the_story_date() -> None:
    # The wish was told in 1990, not on the story's date.
    like = _by_trigger(_mentions("He said in 1990 he would like to retire from the board."),
                       "like")
    assert (like.time.basis, like.time.relation) == ("none", "undated")


def test_a_conditional_act_with_would_stays_undated() -> None:
    join = _by_trigger(_mentions("Officials said the troops would join the force."), "join")
    assert (join.time.basis, join.time.relation) == ("none", "undated")


def test_a_report_takes_the_day_of_a_participle_describing_its_vehicle() -> None:
    said = _by_trigger(_mentions("The father said in a letter, dated Monday, that he objects "
                                 "to the moves."), "said")
    assert (said.time.basis, said.time.earliest, said.time.latest) == (
        "discourse", dt.date(2022, 3, 7), dt.date(2022, 3, 7))
    said = _by_trigger(_mentions("A spokesman said in a statement, released Saturday, that the "
                                 "talks would resume."), "said")
    assert (said.time.earliest, said.time.latest) == (dt.date(2022, 3, 5),) * 2


def test_a_report_does_not_take_the_day_of_a_finite_verb_it_reports() -> None:
    said = _by_trigger(_mentions("Acme closed the plant on Monday, officials said."), "said")
    assert (said.time.basis, said.time.earliest, said.time.latest) == (
        "reporting", dt.date(2022, 3, 9), DCT)
    # After the comma closing an insertion the -ed verb is the finite one, no participle.
    said = _by_trigger(_mentions("The army, backed by tanks, stormed the town on Monday, "
                                 "officials said."), "said")
    assert (said.time.basis, said.time.earliest, said.time.latest) == (
        "reporting", dt.date(2022, 3, 9), DCT)
    # A quote's comma before the vehicle is no insertion's.
    said = _by_trigger(_mentions("``I object to the moves,'' the father said in a letter, dated "
                                 "Monday."), "said")
    assert (said.time.basis, said.time.earliest) == ("discourse", dt.date(2022, 3, 7))


def test_a_present_verb_after_a_quote_mark_does_not_govern_the_events_before_it() -> None:
    # "``" and "''" reach the events stage as single-character tokens: the quote still breaks.
    text = ("``I have lost a son,'' the grandfather told reporters, referring to his son's "
            "death from cancer. ``I am supporting the father because I know what it is to lose "
            "a son.''")
    death = _by_trigger(_mentions(text), "death")
    assert (death.time.basis, death.time.relation) == ("none", "undated")


def test_a_past_perfect_takes_a_date_of_its_sentence_that_no_verb_claims() -> None:
    text = "Kopp had been arrested in several states since 1990 for protesting abortion."
    arrested = _by_trigger(_mentions(text), "arrested")
    assert (arrested.time.basis, arrested.time.relation) == ("discourse", "on")
    assert (arrested.time.earliest, arrested.time.latest) == (
        dt.date(1990, 1, 1), dt.date(1990, 12, 31))


def test_a_past_perfect_stays_before_a_date_its_complement_claims() -> None:
    text = ("The chairman had suggested that friendly institutions were likely to buy its "
            "stock as soon as trading opened Monday.")
    suggested = _by_trigger(_mentions(text), "suggested")
    assert (suggested.time.basis, suggested.time.relation) == ("discourse", "before")
    assert (suggested.time.earliest, suggested.time.latest) == (None, dt.date(2022, 3, 7))


def test_a_past_perfect_stays_before_a_date_carried_from_an_earlier_sentence() -> None:
    text = "Police arrested the suspect on Monday. He had fled the city."
    fled = _by_trigger(_mentions(text), "fled")
    assert (fled.time.basis, fled.time.relation) == ("discourse", "before")
    assert (fled.time.earliest, fled.time.latest) == (None, dt.date(2022, 3, 7))


def test_a_vague_expression_is_no_date_in_force_for_the_other_verbs_of_its_sentence() -> None:
    text = ("The company said on Tuesday it would cut 500 jobs. Mr. Edelman declined to specify "
            "what prompted the recent moves.")
    events = _mentions(text)
    declined = _by_trigger(events, "declined")
    assert (declined.time.basis, declined.time.relation) == ("discourse", "on")
    assert (declined.time.earliest, declined.time.latest) == (dt.date(2022, 3, 8),) * 2
    moves = _by_trigger(events, "moves")
    assert (moves.time.basis, moves.time.earliest, moves.time.latest) == (
        "expression", None, DCT)


def test_an_infinitive_of_a_present_perfect_is_at_the_story_date_with_no_date_in_its_sentence(
) -> None:
    text = "Elian's relatives in Miami have fought to keep the boy."
    keep = _by_trigger(_mentions(text), "keep")
    assert (keep.time.basis, keep.time.relation) == ("tense", "on")
    assert (keep.time.earliest, keep.time.latest) == (DCT, DCT)
    assert keep.time.explanation.startswith("'keep' hangs on present perfect 'fought'")


def test_an_infinitive_of_a_negated_present_perfect_or_a_copula_stays_undated() -> None:
    text = ("Cuba has not prohibited Gonzalez from going to Miami to retrieve Elian. "
            "It has been our manifest destiny to rejoin those nations.")
    events = _mentions(text)
    for trigger in ("retrieve", "rejoin"):
        time = _by_trigger(events, trigger).time
        assert (time.basis, time.relation, time.earliest, time.latest) == (
            "none", "undated", None, None)


def test_a_future_of_continuing_is_at_the_story_date_unless_its_sentence_dates_it() -> None:
    remain = _by_trigger(_mentions(
        "Sir Christopher Hogg will remain chairman of the chemical company."), "remain")
    assert (remain.time.basis, remain.time.relation) == ("tense", "on")
    assert (remain.time.earliest, remain.time.latest) == (DCT, DCT)
    carry_on = _by_trigger(_mentions(
        "The ministers will continue talks in Geneva on Monday."), "continue")
    assert (carry_on.time.relation, carry_on.time.earliest, carry_on.time.latest) == (
        "on", dt.date(2022, 3, 14), dt.date(2022, 3, 14))


def test_a_possessive_expression_after_a_verb_dates_its_noun_not_the_verb() -> None:
    events = _mentions("Police said Tuesday's fire destroyed the depot.")
    said = _by_trigger(events, "said")
    assert (said.time.basis, said.time.earliest, said.time.latest) == (
        "reporting", dt.date(2022, 3, 9), DCT)
    destroyed = _by_trigger(events, "destroyed")
    assert (destroyed.time.earliest, destroyed.time.latest) == (dt.date(2022, 3, 8),) * 2


def test_an_infinitive_of_an_intending_present_verb_is_to_come_not_on_the_story_date() -> None:
    # The planning is now; the sale is after the story's date, a range, never a guessed day.
    sell = _by_trigger(_mentions("The company plans to sell its unit."), "sell")
    assert (sell.time.relation, sell.time.earliest, sell.time.latest) == ("after", DCT, None)
    buy = _by_trigger(_mentions("Acme wants to buy the plant."), "buy")
    assert (buy.time.relation, buy.time.earliest, buy.time.latest) == ("after", DCT, None)
    # A present state the infinitive reports still holds at the story's date.
    live = _by_trigger(_mentions("The two men are believed to live in Cleveland."), "live")
    assert (live.time.relation, live.time.earliest, live.time.latest) == ("on", DCT, DCT)


def test_a_date_modifying_the_object_dates_the_object_not_the_verb() -> None:
    # "reported a third-quarter net loss": the quarter is the loss's; the report is undated
    # and takes the news convention.
    events = _mentions("The company reported a third-quarter net loss of $5 million.")
    reported = _by_trigger(events, "reported")
    assert (reported.time.basis, reported.time.earliest, reported.time.latest) == (
        "reporting", dt.date(2022, 3, 9), DCT)
    # The verb is a past with no date of its own: a range up to the story's date.
    strengthened = _by_trigger(_mentions(
        "A new law strengthened the 1959 trade embargo against the island."), "strengthened")
    assert (strengthened.time.relation, strengthened.time.earliest,
            strengthened.time.latest) == ("before", None, DCT)


def test_a_dated_object_after_a_preposition_or_an_occasion_verb_still_dates_the_event() -> None:
    # Hurt within the 2021 bombing, attending the Sunday service: the noun's date is theirs.
    injured = _by_trigger(_mentions(
        "A nurse was injured in the 2021 clinic bombing in Birmingham."), "injured")
    assert (injured.time.earliest, injured.time.latest) == (
        dt.date(2021, 1, 1), dt.date(2021, 12, 31))
    attended = _by_trigger(_mentions(
        "About 500 people attended a Sunday memorial service for the doctor."), "attended")
    assert (attended.time.earliest, attended.time.latest) == (dt.date(2022, 3, 6),) * 2


def test_a_range_of_dates_leaves_no_dangling_word_in_the_summary() -> None:
    text = ("The company's sales grew between 2019 and 2021, the report said. Prices rose from "
            "January to March. The plant was closed from 2015 through 2018.")
    summaries = {e.trigger.text: e.summary.rstrip(".") for e in _events(text)}
    assert summaries["grew"] == "The company's sales grew"
    assert summaries["rose"] == "Prices rose"
    assert summaries["closed"] == "The plant was closed"


def test_a_clause_summary_drops_its_complementizer_but_not_a_demonstrative() -> None:
    text = ("The company said on Tuesday that the deal will close in the first quarter. "
            "That plan was approved by the board in May.")
    summaries = {e.trigger.text: e.summary.rstrip(".") for e in _events(text)}
    assert summaries["close"] == "The deal will close"
    assert summaries["approved"] == "That plan was approved by the board"


def test_a_summary_keeps_its_durations_and_sets_but_not_its_dates() -> None:
    text = ("Talks lasted nearly nine hours on Tuesday, officials said. Protesters have "
            "gathered every Monday since May.")
    summaries = {e.trigger.text: e.summary.rstrip(".") for e in _mentions(text)}
    assert summaries["lasted"] == "Talks lasted nearly nine hours"
    assert summaries["gathered"] == "Protesters have gathered every Monday"


def test_names_joined_to_the_subject_are_actors_too() -> None:
    text = ("Germany and the Netherlands have opposed a price cap since last summer. Britain, "
            "France and Italy signed the accord on Monday.")
    actors = {e.trigger.text: e.actors for e in _mentions(text)}
    assert actors["opposed"][:2] == ["Germany", "Netherlands"]
    assert actors["signed"][:3] == ["Britain", "France", "Italy"]


def test_an_abbreviated_name_keeps_its_last_period() -> None:
    text = ("The talks in Washington, D.C. ended on Monday, the U.S. said. Acme Corp. closed "
            "two plants on Friday.")
    actors = {e.trigger.text: e.actors for e in _mentions(text)}
    assert actors["said"] == ["U.S."]
    assert "D.C." in actors["ended"]
    assert actors["closed"] == ["Acme Corp."]


@pytest.mark.parametrize(("text", "opening"), [
    ("The ministers will try again, the Swedish presidency said.", "The Swedish presidency said:"),
    ("Talks will resume in May, a Kremlin spokesman told reporters.", "A Kremlin spokesman told:"),
    # The name is the subject itself: an adverb or an auxiliary is no noun it modifies.
    ("Talks will resume in May, Smith also said.", "Smith said:"),
    ("Talks will resume in May, NATO has said.", "NATO said:"),
])
def test_a_report_by_a_noun_a_name_modifies_names_the_phrase_as_speaker(
        text: str, opening: str) -> None:
    [report] = [e for e in _events(text) if e.event_class == "REPORTING"]
    assert report.summary.startswith(opening)


def test_a_date_cut_from_between_commas_takes_them_along() -> None:
    text = "The last shutdown, in 2019, lasted 35 days."
    [lasted] = [e for e in _events(text) if e.trigger.text == "lasted"]
    assert lasted.summary.rstrip(".") == "The last shutdown lasted 35 days"
