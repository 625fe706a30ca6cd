"""Calendar arithmetic: intervals and TIMEX3 values for days, weeks, months, quarters, years."""

from __future__ import annotations

import calendar
import datetime as dt

from newstimeline.models import Interval, Precision
from newstimeline.timex import built

SEASON_MONTHS: dict[str, tuple[int, int]] = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11),
                                             "WI": (12, 2)}  # fmt: skip
# Parts of a period named by "early", "mid" and "late", as fractions of the period.
POSITION_FRACTIONS: dict[str, tuple[float, float]] = {
    "early": (0.0, 1 / 3), "the beginning of": (0.0, 1 / 3), "the start of": (0.0, 1 / 3),
    "mid": (1 / 3, 2 / 3), "the middle of": (1 / 3, 2 / 3),
    "late": (2 / 3, 1.0), "the end of": (2 / 3, 1.0),
}  # fmt: skip


def day(d: dt.date) -> tuple[str, Interval]:
    return d.isoformat(), built.interval(earliest=d, latest=d, precision=Precision.DAY)


def month(year: int, month_number: int) -> tuple[str, Interval]:
    last = calendar.monthrange(year, month_number)[1]
    return f"{year:04d}-{month_number:02d}", built.interval(
        earliest=dt.date(year, month_number, 1),
        latest=dt.date(year, month_number, last),
        precision=Precision.MONTH,
    )


def year(y: int) -> tuple[str, Interval]:
    return f"{y:04d}", built.interval(
        earliest=dt.date(y, 1, 1), latest=dt.date(y, 12, 31), precision=Precision.YEAR
    )


def week(d: dt.date) -> tuple[str, Interval]:
    iso_year, iso_week, iso_day = d.isocalendar()
    monday = d - dt.timedelta(days=iso_day - 1)
    return f"{iso_year:04d}-W{iso_week:02d}", built.interval(
        earliest=monday, latest=monday + dt.timedelta(days=6), precision=Precision.WEEK
    )


def weekend(d: dt.date) -> tuple[str, Interval]:
    value, interval = week(d)
    saturday = interval.earliest + dt.timedelta(days=5) if interval.earliest else d
    return value + "-WE", built.interval(
        earliest=saturday, latest=saturday + dt.timedelta(days=1), precision=Precision.DAY
    )


def quarter(y: int, q: int) -> tuple[str, Interval]:
    first_month = 3 * (q - 1) + 1
    last_month = first_month + 2
    return f"{y:04d}-Q{q}", built.interval(
        earliest=dt.date(y, first_month, 1),
        latest=dt.date(y, last_month, calendar.monthrange(y, last_month)[1]),
        precision=Precision.QUARTER,
    )


def season(y: int, code: str) -> tuple[str, Interval]:
    first, last = SEASON_MONTHS[code]
    last_year = y + 1 if last < first else y
    return f"{y:04d}-{code}", built.interval(
        earliest=dt.date(y, first, 1),
        latest=dt.date(last_year, last, calendar.monthrange(last_year, last)[1]),
        precision=Precision.SEASON,
    )


def decade(first_year: int) -> tuple[str, Interval]:
    # TIMEX3 writes a decade as its first three digits: "199" for the 1990s (TimeML guidelines;
    # most of TBAQ; some AQUAINT files write "199X").
    return f"{first_year // 10:03d}", built.interval(
        earliest=dt.date(first_year, 1, 1),
        latest=dt.date(first_year + 9, 12, 31),
        precision=Precision.DECADE,
    )


def narrow(interval: Interval, position: str) -> Interval:
    """The early/mid/late part of an interval ("mid-2006" is May to August 2006)."""
    fractions = POSITION_FRACTIONS.get(position.lower())
    if not fractions or interval.earliest is None or interval.latest is None:
        return interval
    days = (interval.latest - interval.earliest).days + 1
    start = interval.earliest + dt.timedelta(days=int(days * fractions[0]))
    end = interval.earliest + dt.timedelta(days=max(int(days * fractions[1]) - 1, 0))
    return built.interval(earliest=start, latest=max(start, end), precision=interval.precision)


def add_months(d: dt.date, months: int) -> dt.date:
    """``d`` moved by whole months, clamped to the last day of the target month."""
    index = d.year * 12 + d.month - 1 + months
    y, m = divmod(index, 12)
    return dt.date(y, m + 1, min(d.day, calendar.monthrange(y, m + 1)[1]))


def clamped_date(y: int, m: int, d: int) -> dt.date:
    """Day ``d`` of the month, or its last day when the month is shorter ("Feb. 29" in 2021 is
    compared as Feb. 28): for choosing a year, not for the value."""
    return dt.date(y, m, max(1, min(d, calendar.monthrange(y, m)[1])))


def valid_date(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def easter(y: int) -> dt.date:
    """Western Easter Sunday (the anonymous Gregorian computus)."""
    a, b, c = y % 19, y // 100, y % 100
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    m = (32 + 2 * e + 2 * i - h - k) % 7
    n = (a + 11 * h + 22 * m) // 451
    month_number, day_number = divmod(h + m - 7 * n + 114, 31)
    return dt.date(y, month_number, day_number + 1)


def nth_weekday(y: int, month_number: int, weekday: int, n: int) -> dt.date:
    """The nth (1-based; -1 = last) given weekday (Monday = 0) of a month."""
    if n > 0:
        first = dt.date(y, month_number, 1)
        return first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
    last = dt.date(y, month_number, calendar.monthrange(y, month_number)[1])
    return last - dt.timedelta(days=(last.weekday() - weekday) % 7)


def holiday(rule: tuple[str, int, int, int], y: int) -> dt.date:
    """The date of a holiday described by a ``vocabulary.HOLIDAYS`` entry in year ``y``."""
    kind, a, b, c = rule
    if kind == "fixed":
        return dt.date(y, a, b)
    if kind == "nth":
        return nth_weekday(y, a, b, c)
    if kind == "election":  # the Tuesday after the first Monday of November
        return nth_weekday(y, a, 0, 1) + dt.timedelta(days=1)
    if kind == "after_thanksgiving":  # the fourth Thursday of November, then ``a`` days on
        return nth_weekday(y, 11, 3, 4) + dt.timedelta(days=a)
    return easter(y) + dt.timedelta(days=a)
