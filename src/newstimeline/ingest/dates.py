"""Publication dates from metadata values: ISO 8601, RFC 2822, epoch numbers, written dates."""

from __future__ import annotations

import datetime as dt
import email.utils
import re

import dateparser

# Languages tried for written-out metadata dates ("18 décembre 2021"); explicit, never guessed.
METADATA_DATE_LANGUAGES: tuple[str, ...] = ("en", "ru", "fr", "de", "es", "pt", "it")
# Epoch values above this are milliseconds (the year 2286 in seconds).
EPOCH_MILLISECONDS_ABOVE = 10_000_000_000
_ISO_HEAD = re.compile(r"\s*(\d{4})-(\d{2})-(\d{2})(?:[T ]|$)")
_COMPACT = re.compile(r"\s*(\d{4})(\d{2})(\d{2})(?:T\d|$)")
_YEAR = re.compile(r"(?<!\d)(?:1[6-9]|20)\d\d(?!\d)")
# Metadata dates outside this range are placeholders ("0001-01-01") or typos, not publication dates.
EARLIEST_YEAR = 1800


def parse_metadata_date(value: object) -> dt.date | None:
    """The calendar date a metadata value gives, as written (no time-zone shift), or None."""
    if isinstance(value, bool):
        return None
    if isinstance(value, dict) and len(value) == 1:
        return parse_metadata_date(next(iter(value.values())))  # MongoDB export: {"$date": ...}
    if isinstance(value, int | float):
        seconds = value / 1000 if value > EPOCH_MILLISECONDS_ABOVE else value
        try:
            return _plausible(dt.datetime.fromtimestamp(seconds, tz=dt.UTC).date())
        except (OverflowError, OSError, ValueError):
            return None
    if not isinstance(value, str) or not value.strip():
        return None
    text = value.strip()
    if text.isdigit() and len(text) >= 9:
        return parse_metadata_date(int(text))
    for pattern in (_ISO_HEAD, _COMPACT):
        match = pattern.match(text)
        if match:
            try:
                return _plausible(dt.date(*map(int, match.groups())))
            except ValueError:
                return None
    try:
        return _plausible(email.utils.parsedate_to_datetime(text).date())
    except (TypeError, ValueError, IndexError):
        pass
    if not _YEAR.search(text):
        return None  # a metadata date without a year is no publication date
    parsed = dateparser.parse(
        text,
        languages=list(METADATA_DATE_LANGUAGES),
        settings={"REQUIRE_PARTS": ["day", "month", "year"], "RETURN_AS_TIMEZONE_AWARE": False,
                  "PREFER_DAY_OF_MONTH": "first", "DATE_ORDER": "DMY"},
    )
    return _plausible(parsed.date()) if parsed else None


def _plausible(date: dt.date) -> dt.date | None:
    return date if date.year >= EARLIEST_YEAR else None
