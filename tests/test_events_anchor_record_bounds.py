"""The "since" of a record ("the weakest pace since 1991", "its steepest drop since 2009") bounds
the record, not an event: neither the record's noun nor a verb told after it ("figures released
on Wednesday showed") is a range since that year."""

from __future__ import annotations

import datetime as dt

from newstimeline.events.anchor import record_since
from newstimeline.models import Interval, Precision, Span, TimeExpression
from tests.test_events_stage import _by_trigger, _mentions

WEDNESDAY = dt.date(2022, 3, 9)


def test_a_verb_after_a_record_is_not_bounded_by_its_since() -> None:
    text = ("Growth slowed to 0.8 percent in the year to December, the weakest pace since "
            "1991, figures released on Wednesday showed.")
    released = _by_trigger(_mentions(text), "released").time
    assert (released.relation, released.earliest, released.latest) == (
        "on", WEDNESDAY, WEDNESDAY)


def test_the_noun_of_a_record_is_not_a_range_since_its_year() -> None:
    text = "Factory output fell 2 percent, its steepest drop since 2009, data published Tuesday showed."
    drop = _by_trigger(_mentions(text), "drop").time
    assert drop.relation == "on"
    assert drop.earliest == drop.latest == dt.date(2022, 3, 8)


def _year(text: str, year: str) -> TimeExpression:
    start = text.index(year)
    return TimeExpression(span=Span(text=year, start=start, end=start + len(year)), type="DATE",
                          value=year, interval=Interval(earliest=dt.date(int(year), 1, 1),
                                                        latest=dt.date(int(year), 12, 31),
                                                        precision=Precision.YEAR),
                          rule="test", explanation="test")


def test_record_since_words() -> None:
    record = "It was the highest level since 2019."
    assert record_since(_year(record, "2019"), record)
    plain = "Prices have risen since 2019."
    assert not record_since(_year(plain, "2019"), plain)
