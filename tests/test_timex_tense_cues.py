"""Tense cues that need their neighbours: "set to", "is to", "as early as", participles, the noun
"plan", deadlines in past clauses, reporting frames and "-ed" adjectives."""

from __future__ import annotations

import datetime as dt

import pytest

from newstimeline.timex import tag
from newstimeline.timex.tense import clause_tense


def values(text: str, dct: dt.date) -> list[tuple[str, str]]:
    return [(e.span.text, e.value) for e in tag(text, dct)]


@pytest.mark.parametrize(("text", "dct", "expected"), [
    # "set to" and "is to" + verb look ahead.
    ("The peace process, set to resume Monday in Belfast, faces new threats.",
     dt.date(1998, 3, 22), [("Monday", "1998-03-23")]),
    ("The stock is to resume trading in Paris Tuesday.",
     dt.date(1989, 10, 27), [("Tuesday", "1989-10-31")]),
    # "as early as" points ahead whatever the verb.
    ("His father could come to the U.S. from Cuba as early as Tuesday.",
     dt.date(2000, 4, 3), [("Tuesday", "2000-04-04")]),
])
def test_future_constructions_send_weekday_forward(
        text: str, dct: dt.date, expected: list[tuple[str, str]]) -> None:
    assert values(text, dct) == expected


def test_plan_as_a_noun_is_no_future_cue() -> None:
    assert values("The thrift announced the plan Aug. 21.", dt.date(1989, 10, 27)) == [
        ("Aug. 21", "1989-08-21")]


def test_irregular_participle_after_be_is_not_past() -> None:
    text = "A ceremony would still be held at the NATO summit on April 24."
    assert values(text, dt.date(1999, 2, 10)) == [("April 24", "1999-04-24")]


def test_irregular_past_set_is_a_past_cue() -> None:
    text = "The Dow closed within 70 points of its record high set on Aug. 6."
    assert values(text, dt.date(1998, 2, 6)) == [("Aug. 6", "1997-08-06")]


def test_deadline_after_clock_time_looks_ahead() -> None:
    text = "The agency has given the relatives until 9 a.m. Tuesday to sign the paper."
    assert values(text, dt.date(2000, 4, 3)) == [("9 a.m. Tuesday", "2000-04-04T09:00")]


def test_deadline_in_a_past_clause_is_the_nearest_month() -> None:
    text = "Ottawa gave Merieux until mid-November to submit more information."
    assert values(text, dt.date(1989, 10, 30)) == [("mid-November", "1989-11")]


def test_deadline_month_stays_ahead_despite_a_reporting_verb() -> None:
    text = "The talks are supposed to conclude by May, officials said."
    assert values(text, dt.date(1998, 3, 22)) == [("May", "1998-05")]


@pytest.mark.parametrize(("text", "expected"), [
    # With no tense, a month is the one nearest the story's date.
    ("The next summit is in December.", [("December", "1989-12")]),
    ("The loan is in January.", [("January", "1990-01")]),
    ("The stock's range this year: a high of $42.875 in June, a low of $29.75 in March.",
     [("this year", "1989"), ("June", "1989-06"), ("March", "1990-03")]),
])
def test_untensed_month_is_the_nearest(text: str, expected: list[tuple[str, str]]) -> None:
    assert values(text, dt.date(1989, 10, 30)) == expected


def test_reporting_frame_after_a_quote_is_no_tense_cue() -> None:
    text = "''The father will leave at 4 in the morning (4 a.m. EDT Thursday),'' Castro said."
    assert values(text, dt.date(2000, 4, 5))[-1] == ("4 a.m. EDT Thursday", "2000-04-06T04:00")


def test_main_verb_after_a_fronted_month_still_counts() -> None:
    text = "In September, it announced plans to acquire the fruit business."
    assert values(text, dt.date(1989, 10, 30)) == [("September", "1989-09")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Qantas will almost double its flights between Australia and India by August in the "
     "search for new markets untouched by the crippling crisis.", [("August", "1998-08")]),
    ("The split would be paid on a still unspecified date in January.",
     [("January", "1999-01")]),
])
def test_ed_adjectives_are_no_past_tense(text: str, expected: list[tuple[str, str]]) -> None:
    assert values(text, dt.date(1998, 2, 13)) == expected


def test_since_points_back() -> None:
    text = "Police have sought Kopp since shortly after the Oct. 23 slaying."
    assert values(text, dt.date(1999, 5, 6)) == [("Oct. 23", "1998-10-23")]


def test_past_auxiliary_before_a_plan_still_looks_ahead() -> None:
    text = ("Protesters planned a large demonstration in Little Havana on Saturday and were "
            "planning to drive around the airport.")
    assert values(text, dt.date(2000, 1, 7)) == [("Saturday", "2000-01-08")]


def test_since_a_month_is_a_past_month_even_before_a_plan() -> None:
    text = "The carrier has been on patrol since March and was scheduled to return to port."
    assert values(text, dt.date(1990, 8, 13)) == [("March", "1990-03")]


def test_fronted_weekday_reads_past_a_long_subject() -> None:
    text = ("On Tuesday, the National Abortion and Reproductive Rights Action League plans to "
            "hold a news conference.")
    assert values(text, dt.date(1998, 10, 26)) == [("Tuesday", "1998-10-27")]


def test_auxiliary_beyond_the_window_still_governs_the_clause() -> None:
    text = ("Colonel Eileen Collins will be named commander of the Space Shuttle Columbia for a "
            "mission in December.")
    assert values(text, dt.date(1998, 3, 4)) == [("December", "1998-12")]


def test_a_plan_in_the_pluperfect_points_back() -> None:
    # The offer was extended: the expiry it "had been scheduled" for has passed.
    text = ("The bid was extended to Nov. 16. It had been scheduled to expire at midnight "
            "Friday.")
    assert values(text, dt.date(1989, 10, 30)) == [
        ("Nov. 16", "1989-11-16"), ("midnight Friday", "1989-10-27T24:00")]
    assert values("The vote was scheduled to take place Friday.", dt.date(1989, 10, 30)) == [
        ("Friday", "1989-11-03")]


def test_a_hyphenated_ed_adjective_is_not_a_past_verb() -> None:
    # "lower-than-anticipated" is an adjective: "will mean" sets the tense of the clause.
    text = "The cuts will mean lower-than-anticipated earnings Tuesday."
    start = text.index("Tuesday")
    assert clause_tense(text, (0, len(text)), start, start + 7) == "future"
    plain = "The cuts will mean that earnings anticipated Tuesday fall."
    start = plain.index("Tuesday")
    assert clause_tense(plain, (0, len(plain)), start, start + 7) == "past"


@pytest.mark.parametrize(("text", "expected"), [
    # A capitalized "May" is the month, not the modal: the clause's "will" decides.
    ("The bridge will close for repairs in May and reopen Oct. 1, officials said.",
     [("May", "2024-05"), ("Oct. 1", "2024-10-01")]),
    # The modal still reads as a present cue.
    ("The rules may change on Oct. 1.", [("Oct. 1", "2023-10-01")]),
])
def test_the_month_may_is_no_modal(text: str, expected: list[tuple[str, str]]) -> None:
    assert values(text, dt.date(2024, 3, 14)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A hedge between "until" and its date leaves it a deadline ahead.
    ("Economists expect rates to stay on hold until at least September.",
     [("September", "2024-09")]),
    ("The border crossing stays shut until at least Oct. 1.", [("Oct. 1", "2024-10-01")]),
])
def test_a_deadline_hedged_with_at_least_looks_ahead(
        text: str, expected: list[tuple[str, str]]) -> None:
    assert values(text, dt.date(2024, 3, 14)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A participle after a linking verb names a state, not a past event.
    ("The plant remains closed until Oct. 1, the company said.", [("Oct. 1", "2024-10-01")]),
    ("Schools stay shut until Oct. 1.", [("Oct. 1", "2024-10-01")]),
    # A past linking verb still makes the clause past.
    ("The shop stayed closed until Oct. 1.", [("Oct. 1", "2023-10-01")]),
])
def test_a_participle_after_a_linking_verb_is_no_past_tense(
        text: str, expected: list[tuple[str, str]]) -> None:
    assert values(text, dt.date(2024, 3, 14)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # After "said", the day dates the saying; the future after it is what was said.
    ("The firm said in a statement on Monday that it would appeal the ruling.",
     [("Monday", "2024-03-11")]),
    ("The ministry said in a statement Monday it will release the figures.",
     [("Monday", "2024-03-11")]),
    # A future cue between the reporting verb and the day governs it.
    ("Officials said the talks would resume Monday.", [("Monday", "2024-03-18")]),
    # After "that" the expression is part of what was said.
    ("He added that final rules to be published in early November will decide the case.",
     [("early November", "2024-11")]),
])
def test_a_day_after_a_reporting_verb_dates_the_saying(
        text: str, expected: list[tuple[str, str]]) -> None:
    assert values(text, dt.date(2024, 3, 14)) == expected


@pytest.mark.parametrize(("text", "value"), [
    # A modal of possibility before a verb looks ahead, in a report too.
    ("The foreign ministers could meet on Friday, a diplomat said.", "2023-03-17"),
    ("Negotiators might resume talks Friday in Geneva.", "2023-03-17"),
    # Its perfect looks back.
    ("Police said the suspect could have fled on Friday.", "2023-03-10"),
    ("The ship might have sunk Friday, the navy said.", "2023-03-10"),
    # "could" as the past of "can" leaves the tense to the clause.
    ("Smith could not be reached for comment on Friday.", "2023-03-10"),
    ("Neither man could be located Friday in their hometown.", "2023-03-10"),
])
def test_a_possibility_modal_looks_ahead_and_its_perfect_back(text: str, value: str) -> None:
    [(_, found)] = values(text, dt.date(2023, 3, 14))  # a Tuesday
    assert found == value
