"""Weekdays: which way a bare weekday points from the story's date (timetables, plans,
fixtures, reported speech, "this coming" and "this past"), days counted from a weekday, and
weekdays that recur. Each rule with a realistic sentence and exact values."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.timex_helpers import MARCH_8_2007, OCTOBER_25_2007, tagged


@pytest.mark.parametrize(("text", "expected"), [
    ("The union and the carmaker meet separately Monday with the mediator.",
     [("Monday", "DATE", "2007-03-12")]),
    ("Negotiations resume Tuesday in Geneva.", [("Tuesday", "DATE", "2007-03-13")]),
    ("The senate votes Monday on the budget bill.", [("Monday", "DATE", "2007-03-12")]),
    # "again" may stand between, as an adverb in "-ly" may.
    ("The central bank's board meets again Wednesday to review rates.",
     [("Wednesday", "DATE", "2007-03-14")]),
    # Not a timetable: a past verb, a negated one, or "to" before the verb.
    ("The two leaders met Monday in Cairo.", [("Monday", "DATE", "2007-03-05")]),
    ("The envoys did not meet Monday, officials said.", [("Monday", "DATE", "2007-03-05")]),
])
def test_present_timetable_verb_before_a_weekday_looks_ahead(
        text: str, expected: list[tuple[str, str, str]]) -> None:
    assert tagged(text, MARCH_8_2007) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Immigration officials postponed until Tuesday morning any action on the boy's visa.",
     [("Tuesday morning", "DATE", "2007-03-13")]),
    ("The judge adjourned the hearing until Monday after the defense objected.",
     [("Monday", "DATE", "2007-03-12")]),
    # Without a verb of putting off, a deadline in a past clause stays the nearest day.
    ("The company gave its creditors until Tuesday to respond.",
     [("Tuesday", "DATE", "2007-03-06")]),
])
def test_postponed_until_a_day_looks_ahead(text: str,
                                            expected: list[tuple[str, str, str]]) -> None:
    assert tagged(text, MARCH_8_2007) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The referendum is this coming Tuesday.", [("this coming Tuesday", "DATE", "2007-03-13")]),
    ("Rebels shelled the town this past Sunday.", [("this past Sunday", "DATE", "2007-03-04")]),
])
def test_this_coming_and_this_past_before_a_weekday(
        text: str, expected: list[tuple[str, str, str]]) -> None:
    assert tagged(text, MARCH_8_2007) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Witnesses saw the truck outside the bank the day before last Tuesday.",
     [("day before last Tuesday", "DATE", "2007-03-05")]),
    ("Troops left the city the day after Friday's ceasefire.",
     [("day after Friday", "DATE", "2007-03-03")]),
    # "the" is read only before "day before/after": "by the Tuesday deadline" stays as it was.
    ("Holders had tendered 99% of the shares by the Tuesday deadline.",
     [("Tuesday", "DATE", "2007-03-06")]),
])
def test_the_day_before_or_after_a_weekday(text: str,
                                           expected: list[tuple[str, str, str]]) -> None:
    assert tagged(text, MARCH_8_2007) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Two new flights will leave Bombay on Monday and Tuesday nights from March 30.",
     [("Monday", "SET", "XXXX-WXX-1TNI"), ("Tuesday nights", "SET", "XXXX-WXX-2TNI"),
      ("March 30", "DATE", "2008-03-30")]),
    ("The museum is open on Saturday and Sundays only.",
     [("Saturday", "SET", "XXXX-WXX-6"), ("Sundays", "SET", "XXXX-WXX-7")]),
    # Two single days stay two dates.
    ("The ministers met Monday and Tuesday in Geneva.",
     [("Monday", "DATE", "2007-10-22"), ("Tuesday", "DATE", "2007-10-23")]),
    ("Protesters rallied Monday and Tuesday night outside the embassy.",
     [("Monday", "DATE", "2007-10-22"), ("Tuesday night", "DATE", "2007-10-23")]),
])
def test_a_weekday_joined_to_a_plural_one_recurs_with_it(
        text: str, expected: list[tuple[str, str, str]]) -> None:
    assert tagged(text, OCTOBER_25_2007) == expected


@pytest.mark.parametrize(("text", "dct", "expected"), [
    # The plan was carried out: "let ... begin" in the past, so last Saturday (DCT a Monday).
    ("Finally, when Iraq failed to respond to the ultimatum, the President let the ground "
     "offensive begin as previously planned Saturday night.", dt.date(1991, 2, 25),
     [("Saturday night", "DATE", "1991-02-23")]),
    ("The rally went ahead as planned on Sunday, police said.", dt.date(2007, 10, 25),
     [("Sunday", "DATE", "2007-10-21")]),
    # A plan still ahead stays ahead.
    ("The vote will go ahead as planned on Friday.", dt.date(2007, 10, 25),
     [("Friday", "DATE", "2007-10-26")]),
    ("The talks are scheduled for Monday.", dt.date(2007, 10, 25),
     [("Monday", "DATE", "2007-10-29")]),
])
def test_as_planned_compares_with_a_plan_and_names_no_tense(
        text: str, dct: dt.date, expected: list[tuple[str, str, str]]) -> None:
    assert tagged(text, dct) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The farmers' market is open every Monday and Thursday.",
     [("every Monday", "SET", "XXXX-WXX-1"), ("Thursday", "SET", "XXXX-WXX-4")]),
    ("Each Tuesday or Friday, the council meets in public.",
     [("Each Tuesday", "SET", "XXXX-WXX-2"), ("Friday", "SET", "XXXX-WXX-5")]),
    # A weekday further on is a day of its own.
    ("He came every Monday and left Thursday.",
     [("every Monday", "SET", "XXXX-WXX-1"), ("Thursday", "DATE", "2007-10-25")]),
])
def test_a_weekday_joined_to_every_weekday_recurs_with_it(
        text: str, expected: list[tuple[str, str, str]]) -> None:
    assert tagged(text, OCTOBER_25_2007) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A will-future fused to its subject looks ahead; "told" past a quote frames the saying.
    ("\"I'll see you on Monday,\" he told reporters.", [("Monday", "DATE", "2007-10-29")]),
    ("\"We'll vote on Tuesday,\" the senator said.", [("Tuesday", "DATE", "2007-10-30")]),
    # "told" in the clause itself is its past verb.
    ("He told reporters on Monday that he was resigning.", [("Monday", "DATE", "2007-10-22")]),
    # "expect" looks ahead as "expects" does.
    ("Stocks fell sharply Wednesday, and analysts expect more losses Friday.",
     [("Wednesday", "DATE", "2007-10-24"), ("Friday", "DATE", "2007-10-26")]),
    # A deadline that "expires" on a weekday is a timetable, ahead; one that expired is past.
    ("The ultimatum expires Friday.", [("Friday", "DATE", "2007-10-26")]),
    ("The ultimatum expired Friday.", [("Friday", "DATE", "2007-10-19")]),
    ("The ultimatum did not expire Friday.", [("Friday", "DATE", "2007-10-19")]),
])
def test_tense_cues_of_reported_speech_and_timetables(
        text: str, expected: list[tuple[str, str, str]]) -> None:
    assert tagged(text, OCTOBER_25_2007) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A present "is"/"are" just before the day states a fixture: ahead.
    ("The final is on Saturday in Paris.", [("Saturday", "DATE", "2007-10-27")]),
    ("The runoff elections are Sunday.", [("Sunday", "DATE", "2007-10-28")]),
    # A past copula, or a day that is no fixture, stays back.
    ("The final was on Saturday in Paris.", [("Saturday", "DATE", "2007-10-20")]),
    ("Officials said the talks on Monday were productive.", [("Monday", "DATE", "2007-10-22")]),
])
def test_a_fixture_stated_in_the_present_is_ahead(
        text: str, expected: list[tuple[str, str, str]]) -> None:
    assert tagged(text, OCTOBER_25_2007) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A timetable in the present looks ahead for a clock time on a weekday too (Thursday story).
    ("Voting ends at midnight Saturday, election officials said.",
     [("midnight Saturday", "TIME", "2013-03-16T24:00")]),
    ("The offer expires at 5 p.m. Friday.", [("5 p.m. Friday", "TIME", "2013-03-15T17:00")]),
    ("The talks resume at noon Monday.", [("noon Monday", "TIME", "2013-03-18T12:00")]),
    # A past clause still looks back.
    ("The offer expired at 5 p.m. Friday.", [("5 p.m. Friday", "TIME", "2013-03-08T17:00")]),
])
def test_a_clock_time_on_a_weekday_after_a_timetable_verb_is_ahead(
        text: str, expected: list[tuple[str, str, str]]) -> None:
    assert tagged(text, dt.date(2013, 3, 14)) == expected
