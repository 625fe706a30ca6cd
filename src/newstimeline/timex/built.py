"""The tagger's ``TimeExpression``s and their ``Span``s, built without pydantic's validation.

``resolve_mentions`` makes every field itself: offsets of a regex match (never negative), a type
from the rules' closed table, a value and explanation it wrote, an ``Interval`` already validated
by ``calendar.py``. Validating the two models cost ~4 µs an expression, about 3% of tagging; built
as validation would leave them (the same ``__dict__`` in field order, fields set, extra and
private slots) they are equal, state for state, which ``tests/test_timex_built.py`` pins.
"""

from __future__ import annotations

import datetime as dt

from newstimeline.models import Interval, Precision, TimeExpression, TimexType
from newstimeline.unvalidated import assembled, span

_EXPRESSION_SET = frozenset(TimeExpression.model_fields)
_INTERVAL_SET = frozenset(Interval.model_fields)


def interval(earliest: dt.date, latest: dt.date, precision: Precision) -> Interval:
    """``Interval(earliest=earliest, latest=latest, precision=precision)`` for the plain dates
    ``calendar.py`` computes. Validating an interval cost ~15,000 instructions, about 2% of
    tagging; anything but two ordered plain dates (a datetime, bounds out of order) is still
    validated, and so still refused as validation refuses it."""
    if type(earliest) is not dt.date or type(latest) is not dt.date or earliest > latest:
        return Interval(earliest=earliest, latest=latest, precision=precision)
    return assembled(Interval, {"earliest": earliest, "latest": latest, "precision": precision},
                     set(_INTERVAL_SET))


def time_expression(text: str, start: int, end: int, type: TimexType, value: str,
                    interval: Interval, rule: str, explanation: str) -> TimeExpression:
    """``TimeExpression(span=Span(text=text, start=start, end=end), type=type, ...)`` for
    offsets that are never negative and a validated ``interval``."""
    return assembled(TimeExpression, {
        "span": span(text, start, end), "type": type, "value": value, "interval": interval,
        "rule": rule, "explanation": explanation}, set(_EXPRESSION_SET))
