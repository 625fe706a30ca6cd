"""The tagger's ``TimeExpression``s and their ``Span``s, built without pydantic's validation.

``resolve_mentions`` makes every field itself: offsets of a regex match (never negative), a type
from the rules' closed table, a value and explanation it wrote, an ``Interval`` already validated
by ``calendar.py``. Validating the two models cost ~4 µs an expression, about 3% of tagging; built
as validation would leave them (the same ``__dict__`` in field order, fields set, extra and
private slots) they are equal, state for state, which ``tests/test_timex_built.py`` pins.
"""

from __future__ import annotations

from pydantic import BaseModel

from newstimeline.models import Interval, Span, TimeExpression, TimexType

_new = object.__new__
# The models are frozen (their own __setattr__ refuses): the slots are set through their
# descriptors.
_set_dict, _set_fields_set, _set_extra, _set_private = (
    BaseModel.__dict__[slot].__set__ for slot in (
        "__dict__", "__pydantic_fields_set__", "__pydantic_extra__", "__pydantic_private__"))
_SPAN_SET = frozenset(Span.model_fields)
_EXPRESSION_SET = frozenset(TimeExpression.model_fields)


def time_expression(text: str, start: int, end: int, type: TimexType, value: str,
                    interval: Interval, rule: str, explanation: str) -> TimeExpression:
    """``TimeExpression(span=Span(text=text, start=start, end=end), type=type, ...)`` for
    offsets that are never negative and a validated ``interval``."""
    span = _new(Span)
    _set_dict(span, {"text": text, "start": start, "end": end})
    _set_fields_set(span, set(_SPAN_SET))
    _set_extra(span, None)
    _set_private(span, None)
    model = _new(TimeExpression)
    _set_dict(model, {"span": span, "type": type, "value": value, "interval": interval,
                      "rule": rule, "explanation": explanation})
    _set_fields_set(model, set(_EXPRESSION_SET))
    _set_extra(model, None)
    _set_private(model, None)
    return model
