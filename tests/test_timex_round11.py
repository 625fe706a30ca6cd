"""Rules of the eleventh round (tokenized copy, periods in force, dates joined by "and"): each
with a realistic sentence and exact values."""

from __future__ import annotations

import datetime as dt

import pytest

from newstimeline.timex import tag

DCT = dt.date(2011, 10, 6)  # a Thursday


def tagged(text: str, dct: dt.date = DCT) -> list[tuple[str, str, str]]:
    return [(e.span.text, e.type, e.value) for e in tag(text, dct)]


@pytest.mark.parametrize(("text", "expected"), [
    # Tokenized text sets the comma off; the year still belongs to the date.
    ("Jobs , born in San Francisco on February 24 , 1955 , has built the most valuable company .",
     [("February 24 , 1955", "DATE", "1955-02-24")]),
    ("Apple launched the iTunes Music Store on April 28 , 2003 .",
     [("April 28 , 2003", "DATE", "2003-04-28")]),
    ("The contract was signed on 21 September , 2004 in London .",
     [("21 September , 2004", "DATE", "2004-09-21")]),
    # Ordinary copy is unchanged.
    ("Jobs, born in San Francisco on February 24, 1955, built Apple.",
     [("February 24, 1955", "DATE", "1955-02-24")]),
])
def test_a_comma_set_off_by_tokenization_keeps_the_year_with_its_date(
        text: str, expected: list[tuple[str, str, str]]) -> None:
    assert tagged(text) == expected
