"""News conventions of the fifth round: each rule with a realistic sentence and exact values."""

from __future__ import annotations

import datetime as dt

import pytest

from newstimeline.timex import tag

DCT = dt.date(2007, 3, 8)  # a Thursday


def tagged(text: str, dct: dt.date = DCT) -> list[tuple[str, str, str]]:
    return [(e.span.text, e.type, e.value) for e in tag(text, dct)]


@pytest.mark.parametrize(("text", "expected"), [
    ("The union and the carmaker meet separately Monday with the mediator.",
     [("Monday", "DATE", "2007-03-12")]),
    ("Negotiations resume Tuesday in Geneva.", [("Tuesday", "DATE", "2007-03-13")]),
    ("The senate votes Monday on the budget bill.", [("Monday", "DATE", "2007-03-12")]),
    # Not a timetable: a past verb, a negated one, or "to" before the verb.
    ("The two leaders met Monday in Cairo.", [("Monday", "DATE", "2007-03-05")]),
    ("The envoys did not meet Monday, officials said.", [("Monday", "DATE", "2007-03-05")]),
])
def test_present_timetable_verb_before_a_weekday_looks_ahead(
        text: str, expected: list[tuple[str, str, str]]) -> None:
    assert tagged(text) == expected


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
    assert tagged(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Voters go to the polls this coming Sunday, March eleventh.",
     [("this coming Sunday, March eleventh", "DATE", "2007-03-11")]),
    ("The ceasefire took effect on February twenty-eighth.",
     [("February twenty-eighth", "DATE", "2007-02-28")]),
    ("The summit opens on the twenty first of May.",
     [("twenty first of May", "DATE", "2007-05-21")]),
    # A spelled ordinal joined to another word is not a day: "May second-quarter sales".
    ("He may second the motion.", []),
])
def test_spelled_ordinal_days_of_the_month(text: str,
                                           expected: list[tuple[str, str, str]]) -> None:
    assert tagged(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The referendum is this coming Tuesday.", [("this coming Tuesday", "DATE", "2007-03-13")]),
    ("Rebels shelled the town this past Sunday.", [("this past Sunday", "DATE", "2007-03-04")]),
])
def test_this_coming_and_this_past_before_a_weekday(
        text: str, expected: list[tuple[str, str, str]]) -> None:
    assert tagged(text) == expected


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
    assert tagged(text) == expected
