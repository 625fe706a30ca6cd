"""Helpers shared by the temporal tagger's tests: story dates and the tagger's output as tuples."""

from __future__ import annotations

import datetime as dt

from newstimeline.timex import tag

MARCH_8_2007 = dt.date(2007, 3, 8)  # a Thursday
OCTOBER_25_2007 = dt.date(2007, 10, 25)  # a Thursday
OCTOBER_6_2011 = dt.date(2011, 10, 6)  # a Thursday


def tagged(text: str, dct: dt.date) -> list[tuple[str, str, str]]:
    """The expressions found in a story dated `dct`, as (span text, type, value)."""
    return [(e.span.text, e.type, e.value) for e in tag(text, dct)]
