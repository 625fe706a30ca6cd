"""Fiscal calendars: the days a fiscal year or quarter covers, from what the text says.

TimeML writes a fiscal period by its number ("fiscal 1998" is 1998, "the fiscal first quarter"
1998-Q1), and the tagger keeps those values; the interval is what a timeline places events in,
so it follows the company's calendar when the text gives it: a quarter "ended Sept. 30" is July
to September whatever its number, and after "its fiscal year ends June 30" fiscal 2004 is July
2003 to June 2004 (a fiscal year is named for the calendar year it ends in). Without such
evidence the calendar period stays, and the explanation says the fiscal calendar is unknown.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

from newstimeline.models import Interval, Precision
from newstimeline.timex import built
from newstimeline.timex import calendar as cal
from newstimeline.timex import vocabulary as vocab

# Longest names first, so "September" is not read as "Sep" + "tember".
_MONTH = "|".join(sorted(vocab.MONTHS, key=len, reverse=True))
_VERB = "|".join(sorted(vocab.CLOSING_VERBS, key=len, reverse=True))

# A closing day right after a period: "[the quarter] ended Sept. 30", "[the first quarter], which
# ended in June", "[the three months] ending Oct. 31, 2003".
_CLOSING_AFTER = re.compile(
    rf"(?:,? (?:which|that))?,? (?P<verb>{_VERB}) (?:(?:in|on) )?(?P<month>{_MONTH})\b\.?"
    rf"(?: (?P<day>\d\d?)\b(?:,? (?P<year>(?:19|20)\d\d)\b)?)?",
    re.IGNORECASE)

# The fiscal year's end, said outright: "whose fiscal year ends June 30", "a fiscal year ending
# in September", "its fiscal 2003 ended Sept. 30", "FY2003 closed in March".
_FISCAL_YEAR_END = re.compile(
    rf"\b(?:fiscal[ -](?:years?(?: (?:19|20)\d\d)?|(?:19|20)\d\d)|FY ?(?:(?:19|20)\d\d|\d\d))"
    rf"(?:,? (?:which|that))? (?:{_VERB}) (?:(?:in|on) )?(?P<month>{_MONTH})\b",
    re.IGNORECASE)


_FY_CODE = re.compile(r"\bfy ?\d")


@dataclass(frozen=True, slots=True)
class Closing:
    """The day a period closes on, as the text gives it."""

    day: dt.date
    words: str
    """The words that give it ("ended Sept. 30"), for the explanation."""


def is_fiscal(text: str) -> bool:
    """Whether an expression names a fiscal period ("fiscal 2004", "FY04", "fiscal-first")."""
    lowered = text.lower()
    return "fiscal" in lowered or ("fy" in lowered and _FY_CODE.search(lowered) is not None)


def _month_number(name: str) -> int:
    return vocab.MONTHS[name.lower().rstrip(".")]


def _last_day(y: int, month_number: int) -> dt.date:
    return dt.date(y, month_number, calendar.monthrange(y, month_number)[1])


def closing_after(text: str, end: int, dct: dt.date) -> Closing | None:
    """The closing day written right after a period ending at ``end``, if any. A past verb
    ("ended") puts it on or before the story's date; another ("ends", "ending") at the nearest
    such day. A month alone ("ended in June") closes on its last day."""
    found = _CLOSING_AFTER.match(text, end)
    if found is None:
        return None
    month_number = _month_number(found.group("month"))
    day_number = int(found.group("day")) if found.group("day") else 31
    if found.group("year"):
        years = [int(found.group("year"))]
    elif found.group("verb").lower() in vocab.PAST_CLOSING_VERBS:
        years = [dct.year if cal.clamped_date(dct.year, month_number, day_number) <= dct
                 else dct.year - 1]
    else:
        years = sorted((dct.year - 1, dct.year, dct.year + 1), key=lambda y: abs(
            (cal.clamped_date(y, month_number, day_number) - dct).days))
    day = cal.valid_date(years[0], month_number, day_number) or \
        cal.clamped_date(years[0], month_number, day_number)
    return Closing(day, " ".join(found.group(0).lstrip(", ").split()))


def fiscal_year_ends(text: str) -> list[tuple[int, int]]:
    """Where the text says when the fiscal year ends, and the month: (offset, month number),
    in text order."""
    return [(found.start(), _month_number(found.group("month")))
            for found in _FISCAL_YEAR_END.finditer(text)]


def months_ending(closing: dt.date, months: int, precision: Precision) -> Interval:
    """The ``months`` months that end on ``closing``: "the quarter ended Sept. 30" is July 1 to
    Sept. 30; a closing day inside a month (52-week years, "ended Aug. 26") starts the day after
    the same day ``months`` months before."""
    if closing == _last_day(closing.year, closing.month):
        start = cal.add_months(closing.replace(day=1), 1 - months)
    else:
        start = cal.add_months(closing, -months) + dt.timedelta(days=1)
    return built.interval(earliest=start, latest=closing, precision=precision)


def year_end_after_quarter(quarter: int, closing_month: int) -> int:
    """The month a fiscal year ends, given the month its quarter ``quarter`` closes in (the
    first quarter closing in September: a year ending in June)."""
    return (closing_month + 3 * (4 - quarter) - 1) % 12 + 1


def fiscal_year_span(fiscal_year: int, end_month: int) -> Interval:
    """Fiscal year ``fiscal_year`` of a year ending in ``end_month``, named for the calendar
    year it ends in (fiscal 2004 ending Sept. 30 is Oct. 1, 2003 to Sept. 30, 2004)."""
    end = _last_day(fiscal_year, end_month)
    start = cal.add_months(end.replace(day=1), -11)
    return built.interval(earliest=start, latest=end, precision=Precision.YEAR)


def fiscal_quarter_span(fiscal_year: int, quarter: int, end_month: int) -> Interval:
    """Quarter ``quarter`` of fiscal year ``fiscal_year`` (its first quarter: the three months
    after the previous fiscal year's end)."""
    year_start = fiscal_year_span(fiscal_year, end_month).earliest
    assert year_start is not None  # (a fiscal year's span always has both bounds)
    start = cal.add_months(year_start, 3 * (quarter - 1))
    end_of = cal.add_months(start, 2)
    return built.interval(earliest=start, latest=_last_day(end_of.year, end_of.month),
                          precision=Precision.QUARTER)


def fiscal_year_of(day: dt.date, end_month: int) -> int:
    """The fiscal year (named for the calendar year it ends in) that holds ``day``."""
    return day.year if day.month <= end_month else day.year + 1


def latest_quarter_begun(quarter: int, end_month: int, dct: dt.date) -> Interval:
    """The latest fiscal quarter ``quarter`` begun by the story's date: news reports on quarters
    after the fact, as the calendar reading does."""
    fiscal_year = fiscal_year_of(dct, end_month)
    span = fiscal_quarter_span(fiscal_year, quarter, end_month)
    if span.earliest is not None and span.earliest > dct:
        span = fiscal_quarter_span(fiscal_year - 1, quarter, end_month)
    return span


def fiscal_quarter_holding(day: dt.date, end_month: int) -> tuple[int, int]:
    """The fiscal (year, quarter) that holds ``day``."""
    fiscal_year = fiscal_year_of(day, end_month)
    year_start = fiscal_year_span(fiscal_year, end_month).earliest
    assert year_start is not None
    months_in = (day.year - year_start.year) * 12 + day.month - year_start.month
    return fiscal_year, months_in // 3 + 1


def latest_year_ended(end_month: int, dct: dt.date) -> int:
    """The latest fiscal year over by the story's date ("the latest fiscal year")."""
    current = fiscal_year_of(dct, end_month)
    return current if _last_day(current, end_month) <= dct else current - 1


def shift_years(interval: Interval, years: int) -> Interval:
    """The same stretch ``years`` years on (back when negative): "a year earlier" of a fiscal
    quarter is that fiscal quarter a year before."""
    if interval.earliest is None or interval.latest is None or years == 0:
        return interval
    latest = cal.add_months(interval.latest, 12 * years)
    if interval.latest == _last_day(interval.latest.year, interval.latest.month):
        latest = _last_day(latest.year, latest.month)  # Feb. 28 stays a month's end
    return built.interval(earliest=cal.add_months(interval.earliest, 12 * years),
                          latest=latest, precision=interval.precision)


def month_name(month_number: int) -> str:
    return calendar.month_name[month_number]
