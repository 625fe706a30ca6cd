"""The tagger builds its TimeExpressions without validation: they equal validated ones."""

from __future__ import annotations

import copy
import datetime as dt
import pickle

from newstimeline.models import Interval, Precision, Span, TimeExpression
from newstimeline.timex import built, tag

DCT = dt.date(2022, 3, 10)
TEXT = ("The central bank raised rates on Tuesday, two weeks after its March 1 meeting. "
        "The governor said the board would meet again next month and every quarter until 2024.")


def _validated(expression: TimeExpression) -> TimeExpression:
    """The same expression as validation builds it, from plain fields."""
    return TimeExpression(span=Span(text=expression.span.text, start=expression.span.start,
                                    end=expression.span.end),
                          type=expression.type, value=expression.value,
                          interval=expression.interval, rule=expression.rule,
                          explanation=expression.explanation)


def test_built_expression_equals_a_validated_one_state_for_state() -> None:
    interval = Interval(earliest=dt.date(2022, 3, 8), latest=dt.date(2022, 3, 8),
                        precision=Precision.DAY)
    made = built.time_expression("Tuesday", 33, 40, "DATE", "2022-03-08", interval, "weekday",
                                 '"on Tuesday" → 2022-03-08: the Tuesday before the DCT')
    validated = _validated(made)
    assert made == validated
    assert made.__getstate__() == validated.__getstate__()
    assert made.span.__getstate__() == validated.span.__getstate__()
    assert made.model_dump_json() == validated.model_dump_json()
    assert made.model_dump(exclude_unset=True) == validated.model_dump(exclude_unset=True)
    assert hash(made) == hash(validated)
    assert pickle.loads(pickle.dumps(made)) == validated
    assert copy.deepcopy(made) == validated


def test_the_tagger_expressions_equal_their_validated_copies() -> None:
    expressions = tag(TEXT, DCT)
    assert [e.span.text for e in expressions][:3] == ["Tuesday", "two weeks", "March 1"]
    for expression in expressions:
        validated = _validated(expression)
        assert expression == validated
        assert expression.__getstate__() == validated.__getstate__()
        assert expression.model_dump_json() == validated.model_dump_json()


def test_calendar_intervals_equal_validated_ones_state_for_state() -> None:
    from newstimeline.timex import calendar as cal

    day = dt.date(2024, 3, 14)
    made = [cal.day(day)[1], cal.month(2024, 2)[1], cal.year(2024)[1], cal.week(day)[1],
            cal.weekend(day)[1], cal.quarter(2024, 1)[1], cal.season(2023, "WI")[1],
            cal.decade(2020)[1], cal.narrow(cal.year(2024)[1], "late")]
    for interval in made:
        validated = Interval(earliest=interval.earliest, latest=interval.latest,
                             precision=interval.precision)
        assert interval == validated
        assert interval.__getstate__() == validated.__getstate__()
        assert interval.model_dump_json() == validated.model_dump_json()
        assert hash(interval) == hash(validated)
        assert pickle.loads(pickle.dumps(interval)) == validated


def test_an_interval_out_of_order_is_still_refused() -> None:
    import pytest

    with pytest.raises(ValueError, match="out of order"):
        built.interval(dt.date(2024, 3, 2), dt.date(2024, 3, 1), Precision.DAY)
