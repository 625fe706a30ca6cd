"""The temporal tagger: find time expressions, then resolve them against the DCT."""

from __future__ import annotations

import datetime as dt

from newstimeline.models import TimeExpression
from newstimeline.timex.finder import Mention, find_mentions
from newstimeline.timex.resolver import resolve_mentions

__all__ = ["Mention", "find_mentions", "resolve_mentions", "tag"]


def tag(text: str, dct: dt.date) -> list[TimeExpression]:
    """All time expressions in ``text``, resolved against the document creation time ``dct``."""
    return resolve_mentions(text, find_mentions(text), dct)
