""""As early as" / "as soon as" point an expression ahead whatever the verb, except when the
phrase opens the sentence ahead of its clause: there the clause's own verb tells."""

from __future__ import annotations

import datetime as dt

import pytest

from newstimeline.timex import tag

OCTOBER_25_2007 = dt.date(2007, 10, 25)  # a Thursday


def values(text: str) -> list[tuple[str, str]]:
    return [(e.span.text, e.value) for e in tag(text, OCTOBER_25_2007)]


@pytest.mark.parametrize(("text", "expected"), [
    # Fronted, a past clause: the last such month.
    ("As early as March, officials warned that the levee could fail.", [("March", "2007-03")]),
    ("\"As early as March, we knew the levee was weak,\" the engineer said.",
     [("March", "2007-03")]),
    # Fronted, a future clause or no cue: ahead, as before.
    ("As soon as Monday, the union will decide on a strike.", [("Monday", "2007-10-29")]),
    ("As early as Tuesday, the court could rule on the appeal.", [("Tuesday", "2007-10-30")]),
    # Inside the clause: ahead whatever the verb.
    ("The central bank said it could begin cutting rates as early as June.",
     [("June", "2008-06")]),
    ("Officials said the plant could reopen as soon as Monday.", [("Monday", "2007-10-29")]),
])
def test_a_fronted_limit_phrase_takes_its_clauses_tense(
        text: str, expected: list[tuple[str, str]]) -> None:
    assert values(text) == expected
