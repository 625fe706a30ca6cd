"""Request and response bodies of the HTTP API; results reuse the pipeline's own models."""

from __future__ import annotations

import datetime as dt
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from newstimeline.models import Dct, TimeExpression

MAX_DOCUMENTS = 1000
MAX_NAME_CHARS = 255
# Dates a news request may carry: wide, but far enough from date.min/max that relative
# expressions ("in 500 years") and the page's axis margins stay representable.
EARLIEST_DATE = dt.date(1000, 1, 1)
LATEST_DATE = dt.date(8999, 12, 31)


def _date_field(description: str) -> Any:
    return Field(default=None, ge=EARLIEST_DATE, le=LATEST_DATE,
                 description=f"{description} From {EARLIEST_DATE} to {LATEST_DATE}.")


class Request(BaseModel):
    """Base for request bodies: unknown fields are an error, not silently dropped."""

    model_config = ConfigDict(extra="forbid")


class TagRequest(Request):
    """One article's text; its DCT is found as `timeline build` finds it unless ``dct`` pins it."""

    text: str = Field(description="Article text (UTF-8); offsets in the answer index into it.")
    dct: dt.date | None = _date_field("Document creation time, if known.")
    reference_date: dt.date | None = _date_field(
        "'Today' for year inference (default: the server's today).")


class TagResponse(BaseModel):
    """The DCT used and the time expressions of the text, in text order."""

    dct: Dct
    expressions: list[TimeExpression]


class Article(Request):
    """One document of a timeline request."""

    name: str = Field(default="article.txt", min_length=1, max_length=MAX_NAME_CHARS,
                      description="Name to report the document by (its 'path' in the output).")
    text: str = Field(description="Article text (UTF-8).")
    date: dt.date | None = _date_field("Publication date from the caller's metadata, if known.")


class TimelineRequest(Request):
    """Articles to build one timeline from, with the options of `timeline build`."""

    name: str = Field(default="timeline", min_length=1, max_length=MAX_NAME_CHARS)
    documents: list[Article] = Field(min_length=1, max_length=MAX_DOCUMENTS)
    dct: dt.date | None = _date_field("DCT for every document.")
    year: int | None = Field(default=None, ge=EARLIEST_DATE.year, le=LATEST_DATE.year,
                             description="Year for datelines that carry none.")
    reference_date: dt.date | None = _date_field(
        "'Today' for year inference (default: the server's today).")


class Health(BaseModel):
    """Liveness answer."""

    status: str
    version: str


class ErrorBody(BaseModel):
    """Every error answer: a stable code, a sentence for people, and details where useful."""

    error: str = Field(description="Machine-readable code, e.g. 'validation_error'.")
    message: str
    details: list[dict[str, Any]] | None = None
