"""What the stages' own model builders (``events/built.py``, ``timex/built.py``) share: a frozen
pydantic model assembled from its fields without validation, and ``Span``.

A stage that makes every field of a model itself builds it as pydantic's validation would leave
it — the same ``__dict__`` in field order, fields set, extra and private slots — and skips the
validation's cost; the stages' tests pin such models equal to validated ones.
"""

from __future__ import annotations

from typing import Any, TypeVar

from pydantic import BaseModel

from newstimeline.models import Span

M = TypeVar("M", bound=BaseModel)

_new_model = object.__new__
# The models are frozen (their own __setattr__ refuses): their four slots are set through the
# slots' descriptors, ~0.2 µs a model faster than object.__setattr__ by name.
_set_dict, _set_fields_set, _set_extra, _set_private = (
    BaseModel.__dict__[slot].__set__ for slot in (
        "__dict__", "__pydantic_fields_set__", "__pydantic_extra__", "__pydantic_private__"))
_SPAN_SET = frozenset(Span.model_fields)


def assembled(model_class: type[M], values: dict[str, Any], fields_set: set[str]) -> M:
    """A ``model_class`` holding ``values`` (every field, in field order) with ``fields_set``
    marked set, as validating those values would leave it."""
    model = _new_model(model_class)
    _set_dict(model, values)
    _set_fields_set(model, fields_set)
    _set_extra(model, None)
    _set_private(model, None)
    return model


def span(text: str, start: int, end: int) -> Span:
    """``Span(text=text, start=start, end=end)`` for offsets a stage found (never negative)."""
    return assembled(Span, {"text": text, "start": start, "end": end}, set(_SPAN_SET))
