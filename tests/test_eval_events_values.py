"""The anchoring score reads an event dated on an expression by that expression's TIMEX3 value:
a fiscal quarter whose days the text gives ("the first quarter", fiscal year ending Sept. 30:
October to December) is the gold's "1989-Q1" although the calendar quarter is January-March."""

from __future__ import annotations

import datetime as dt

from newstimeline.evaluate.events_score import GoldAnchor, anchor_holds
from newstimeline.models import EventTime, Span

GOLD = GoldAnchor("e1", 0, 4, "1989-Q1", (dt.date(1989, 1, 1), dt.date(1989, 3, 31)), False)


def _time(value: str | None, earliest: dt.date, latest: dt.date, relation: str = "on"
          ) -> EventTime:
    return EventTime(value=value, earliest=earliest, latest=latest, precision="quarter",
                     relation=relation, basis="expression", expression=Span(
                         text="the first quarter", start=10, end=27), explanation="test")


def test_the_fiscal_quarter_of_the_gold_value_is_right() -> None:
    fiscal = _time("1989-Q1", dt.date(1988, 10, 1), dt.date(1988, 12, 31))
    assert anchor_holds(GOLD, fiscal)


def test_another_value_or_relation_is_read_by_the_calendar() -> None:
    assert not anchor_holds(GOLD, _time("1988-Q4", dt.date(1988, 10, 1), dt.date(1988, 12, 31)))
    assert not anchor_holds(GOLD, _time("1989-Q1", dt.date(1988, 10, 1), dt.date(1988, 12, 31),
                                        relation="before"))
    assert anchor_holds(GOLD, _time(None, dt.date(1989, 2, 1), dt.date(1989, 2, 28)))
