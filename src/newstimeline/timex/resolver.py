"""Step two of tagging: settle each found expression against the document creation time (DCT).

The news policy is explicit here: a bare weekday in a past-tense clause is the most recent such
day on or before the DCT (so "said on Saturday" in a Saturday story is the same day), in a future
clause the next on or after it; a month and day without a year is the one nearest the DCT in the
direction of the tense; anaphoric expressions ("the following day") count from the last date the
text put in force.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass

from newstimeline.models import Interval, Precision, TimeExpression, TimexType
from newstimeline.text import sentence_at, sentence_spans
from newstimeline.timex import built, fiscal
from newstimeline.timex import calendar as cal
from newstimeline.timex import vocabulary as vocab
from newstimeline.timex.finder import Mention
from newstimeline.timex.tense import ClauseTense, clause_tense, scheduled_present

WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
OPEN = Interval(earliest=None, latest=None, precision=Precision.UNKNOWN)


class TenseReading:
    """A clause's tense, given or read by ``clause_tense`` at the first ask and kept.

    Most resolvers never ask (a full date, a duration, a year): reading the words around every
    expression cost an eighth of tagging (round 15 in docs/tagger.md)."""

    __slots__ = ("_read", "_tense")

    def __init__(self, tense: ClauseTense | None = None,
                 read: Callable[[], ClauseTense] | None = None) -> None:
        self._tense = tense
        self._read = read

    def tense(self) -> ClauseTense:
        if self._tense is None:
            assert self._read is not None  # (one of the two is always given)
            self._tense = self._read()
        return self._tense


@dataclass(frozen=True, slots=True)
class Context:
    """What a resolver may look at besides the mention itself."""

    dct: dt.date
    tense_reading: TenseReading
    """The clause's tense (``tense``), read from the words around only when a resolver asks."""
    anchor: dt.date
    """The last day-precise date the text put in force before this mention (else the DCT)."""
    quarter: tuple[int, int] | None = None
    """The last quarter (year, number) the text named before this mention, if any."""
    period: dt.date | None = None
    """Start of the last month, quarter or year the text named ("in 1988 ... that year")."""
    stretch: str | None = None
    """The reporting stretch of months in force instead of a quarter ("the nine months"): P9M."""
    fiscal: bool = False
    """Whether the quarter in force was named as a fiscal one ("the fiscal first quarter")."""
    nearest: bool = False
    """A deadline set in a past clause ("extended its deadline until Tuesday"): the nearest day."""
    closed: bool = False
    """A closing date already passed ("the quarter ended Oct. 31"): on or before the DCT."""
    day_named: bool = False
    """Whether the text named a day-precise date before this mention (``anchor`` is not the DCT
    by default)."""
    period_month: bool = False
    """Whether ``period`` is a month ("last October"), not a year."""
    since: bool = False
    """The expression follows "since": a starting point already passed."""
    after_in: bool = False
    """The expression follows "in" ("redeemed in five years")."""
    preposition: str = ""
    """The preposition (or word) just before the expression, lowercased ("in the second
    quarter")."""
    range_start: dt.date | None = None
    """The start of a range this expression closes ("from May [to September]"): the first day
    of the date or month just before it, joined by "to", "through", "until" or a dash."""

    @property
    def tense(self) -> ClauseTense:
        """The tense of the expression's clause ("past", "future", "none")."""
        return self.tense_reading.tense()


@dataclass(frozen=True, slots=True)
class Resolved:
    value: str
    interval: Interval
    explanation: str
    anchors: bool = True
    """False for comparisons ("a year earlier"): they do not become the time in force."""
    type: TimexType | None = None
    """Overrides the rule's TIMEX3 type where the context decides it ("for the year")."""


Resolver = Callable[[Mention, Context], Resolved | None]


def _number(word: str | None) -> int | None:
    """Count written as digits or words; None for a vague count ("several")."""
    if word is None:
        return 1
    lowered = word.lower().replace(",", "")  # "2,000"
    if lowered.replace(".", "", 1).isdigit():
        return int(float(lowered))
    if lowered in vocab.NUMBER_WORDS:
        return vocab.NUMBER_WORDS[lowered]
    tens, _, units = lowered.replace("-", " ").partition(" ")
    if tens in vocab.NUMBER_WORDS and units in vocab.NUMBER_WORDS:
        return vocab.NUMBER_WORDS[tens] + vocab.NUMBER_WORDS[units]
    return None


def _month_number(parts: dict[str, str]) -> int:
    if "month_num" in parts:
        return int(parts["month_num"])
    return vocab.MONTHS[parts["month"].lower().rstrip(".")]


def _year_of(parts: dict[str, str], ctx: Context) -> int | None:
    raw = parts.get("year")
    if raw is None:
        return None
    if len(raw) == 2:  # "12/18/98": a two-digit year within ten years ahead of the DCT is 20xx
        short = int(raw)
        return 2000 + short if short <= ctx.dct.year % 100 + 10 else 1900 + short
    return int(raw)


def _period_year(parts: dict[str, str], ctx: Context) -> int | None:
    """The year written with a quarter or half: after it ("Q4 2023") or before it ("the 1988
    second quarter", "2023 Q4")."""
    return _year_of(parts, ctx) or (int(parts["lead_year"]) if "lead_year" in parts else None)


# How far past the DCT a yearless date in a past clause may fall (and before it in a future one).
TENSE_SLACK_DAYS = 30


def _year_for(month_number: int, day_number: int, ctx: Context,
              slack: int = TENSE_SLACK_DAYS) -> int:
    """The year of a yearless date: the DCT's if the clause has no tense and it is within half a
    year; otherwise the nearest to the DCT among the years the tense allows."""
    if ctx.tense == "none":
        this_year = cal.clamped_date(ctx.dct.year, month_number, day_number)
        ahead = (this_year - ctx.dct).days
        if abs(ahead) <= 183:
            return ctx.dct.year
        return ctx.dct.year - 1 if ahead > 0 else ctx.dct.year + 1
    best: tuple[int, int] | None = None
    for y in (ctx.dct.year - 1, ctx.dct.year, ctx.dct.year + 1):
        candidate = cal.clamped_date(y, month_number, day_number)
        ahead = (candidate - ctx.dct).days
        if (ctx.tense == "past" and ahead > slack) or (ctx.tense == "future" and ahead < -slack):
            continue
        if best is None or abs(ahead) < best[0]:
            best = (abs(ahead), y)
    return best[1] if best else ctx.dct.year


def _range_end_year(month_number: int, day_number: int, ctx: Context) -> int | None:
    """The year of a yearless date that closes a range: the first on or after the range's
    start ("from June through September" is one season; "from November to March" crosses the
    new year). None when the expression closes no range."""
    start = ctx.range_start
    if start is None:
        return None
    return start.year if (month_number, day_number) >= (start.month, start.day) else start.year + 1


def resolve_absolute(m: Mention, ctx: Context) -> Resolved | None:
    parts = m.parts
    if m.rule.name == "fiscal_year" or ("year" in parts and "month" not in parts
                                        and "month_num" not in parts):
        y = _year_of(parts, ctx)
        if y is None:
            return None
        value, interval = cal.year(y)
        if "pos" in parts:
            interval = cal.narrow(interval, parts["pos"])
        return Resolved(value, interval, f"the year {y} as written")
    month_number = _month_number(parts)
    explicit_year = _year_of(parts, ctx)
    if "yshift" in parts:  # "June last year", "Jan. 1 last year"
        explicit_year = ctx.dct.year + vocab.DEICTIC_SHIFTS[parts["yshift"].lower()]
    if "day" in parts:
        day_number = int(parts["day"])
        y = explicit_year or _range_end_year(month_number, day_number, ctx) or _year_for(
            month_number, day_number, ctx, slack=0 if ctx.closed else TENSE_SLACK_DAYS)
        date = cal.valid_date(y, month_number, day_number)
        if date is None:
            return None
        value, interval = cal.day(date)
        why = "date as written" if explicit_year else (
            f"month and day as written; year {y} from the story's date {ctx.dct} "
            f"({ctx.tense} tense)")
        return Resolved(value, interval, why)
    shift = parts.get("shift", "").lower()
    if shift and not explicit_year:
        return _shifted_month(month_number, shift, ctx)
    # A month in a past clause has begun by the story's date (its first day is no later), one in a
    # future clause has not yet ended: "resigned in January" in a December story is this January.
    reference_day = {"past": 1, "future": 28}.get(ctx.tense, 15)
    y = explicit_year or _range_end_year(month_number, 1, ctx) or _year_for(
        month_number, reference_day, ctx, slack=0)
    value, interval = cal.month(y, month_number)
    if "pos" in parts:
        interval = cal.narrow(interval, parts["pos"])
    why = "month as written" if explicit_year else (
        f"month as written; year {y} from the story's date {ctx.dct} ({ctx.tense} tense)"
    )
    return Resolved(value, interval, why)


def _shifted_month(month_number: int, shift: str, ctx: Context) -> Resolved:
    """"last February" is the latest February before the DCT's month, "next" the first after;
    but the month just ended is "last month" in news copy, so "last February" in a March story
    is a year back ("last December" in January stays last year's)."""
    y = ctx.dct.year
    if shift == "last" and month_number == ctx.dct.month - 1:
        y -= 1
    elif shift in {"last", "this past"}:
        y -= month_number >= ctx.dct.month
    elif shift in {"next", "coming"}:
        y += month_number <= ctx.dct.month
    value, interval = cal.month(y, month_number)
    return Resolved(value, interval, f"'{shift}' month counted from the story's date {ctx.dct}")


def resolve_week_of(m: Mention, ctx: Context) -> Resolved | None:
    """"The week of March 6": the ISO week holding the date."""
    day = resolve_absolute(m, ctx)
    if day is None or day.interval.earliest is None:
        return None
    value, interval = cal.week(day.interval.earliest)
    return Resolved(value, interval, f"the week holding {day.interval.earliest}")


def resolve_weekday(m: Mention, ctx: Context) -> Resolved | None:
    parts = m.parts
    target = _weekday_number(parts["weekday"])
    if "day" in parts and "month" in parts:  # "Saturday, Dec. 18": the date decides
        return resolve_absolute(m, ctx)
    dct = ctx.dct
    back = (dct.weekday() - target) % 7
    forward = (target - dct.weekday()) % 7
    shift = parts.get("shift", "").lower()
    if "this_shift" in parts:  # "this coming Sunday" is the next one, "this past Sunday" the last
        shift = "coming" if parts["this_shift"].lower().endswith("coming") else "last"
    name = WEEKDAY_NAMES[target]
    start = ctx.range_start
    if start is not None and not shift:
        # "from Monday to Friday", "Tuesday through Thursday": the end of a range follows its
        # start, within the week after it.
        date = start + dt.timedelta(days=(target - start.weekday()) % 7 or 7)
        value, interval = cal.day(date)
        return Resolved(value, interval, f"the {name} closing a range from {start}")
    if shift == "last":
        date = dct - dt.timedelta(days=back or 7)
        why = f"'last {name}': the {name} before the story's date {dct}"
    elif shift in {"next", "coming"}:
        date = dct + dt.timedelta(days=forward or 7)
        why = f"'{shift} {name}': the {name} after the story's date {dct}"
    elif shift == "this":
        date = dct - dt.timedelta(days=dct.weekday()) + dt.timedelta(days=target)
        why = f"'this {name}': the {name} of the story's week"
    elif ctx.nearest and forward < back:
        date = dct + dt.timedelta(days=forward)
        why = f"a deadline set in a past clause: the nearest {name}, after the story's date {dct}"
    elif ctx.tense == "future":
        date = dct + dt.timedelta(days=forward)
        why = (f"future tense: the next {name} on or after the story's date {dct}"
               if forward else f"the dateline's own weekday ({name} {dct})")
    else:
        date = dct - dt.timedelta(days=back)
        why = (f"{'past tense' if ctx.tense == 'past' else 'news convention'}: the most recent "
               f"{name} before the story's date {dct} ({WEEKDAY_NAMES[dct.weekday()]})"
               if back else f"weekday of the dateline itself (same-day report, {name} {dct})")
    if "day_offset" in parts:  # "the day before last Tuesday"
        date += dt.timedelta(days=-1 if parts["day_offset"].lower() == "before" else 1)
        why += f"; the day {parts['day_offset'].lower()} it"
    part = parts.get("part", "").lower()
    if part in vocab.WEEKDAY_PARTS_IN_VALUE:  # "Friday evening": a TIME, the day and its part
        interval = Interval(earliest=date, latest=date, precision=Precision.TIME)
        return Resolved(f"{date.isoformat()}T{vocab.PARTS_OF_DAY[part]}", interval, why,
                        type="TIME")
    # "Friday night" stays a DATE: its value is the day (a part of day would make it a TIME).
    value, interval = cal.day(date)
    return Resolved(value, interval, why)


def resolve_day_of_month(m: Mention, ctx: Context) -> Resolved | None:
    """"On the 15th": that day of the month in force, the story's month unless the text named
    another; a past clause points back past a later day, a future one on past an earlier one."""
    day_number = int(m.parts["day"])
    base = ctx.period if (ctx.period is not None and ctx.period_month) else None
    if base is None:
        base = ctx.dct.replace(day=1)
        if ctx.tense == "past" and day_number > ctx.dct.day:
            base = cal.add_months(base, -1)
        elif ctx.tense == "future" and day_number < ctx.dct.day:
            base = cal.add_months(base, 1)
    date = cal.valid_date(base.year, base.month, day_number)
    if date is None:
        return None
    value, interval = cal.day(date)
    return Resolved(value, interval, f"day {day_number} of the month {base:%Y-%m} ({ctx.tense})")


def resolve_ranked_part_of_month(m: Mention, ctx: Context) -> Resolved | None:
    """"The first week of April": the week holding the month's 4th (as ISO 8601 counts a year's
    first week), then one week on per rank; the last week holds the 4th day from the end.
    "The last day of March": the day itself; "the second weekend of September": the weekend of
    its second Saturday."""
    if "mshift" in m.parts:  # "the first day of next month"
        start = cal.add_months(ctx.dct.replace(day=1), vocab.DEICTIC_SHIFTS[
            m.parts["mshift"].lower()])
        _, month_interval = cal.month(start.year, start.month)
    else:
        month_resolved = resolve_absolute(m, ctx)
        if month_resolved is None:
            return None
        month_interval = month_resolved.interval
    first, last = month_interval.earliest, month_interval.latest
    if first is None or last is None:
        return None
    rank = vocab.MONTH_PART_RANKS[m.parts["rank"].lower()]
    part = m.parts["part"].lower()
    if part == "weekend":  # the weekend of the month's nth Saturday
        saturday = cal.nth_weekday(first.year, first.month, 5, rank)
        value, interval = cal.weekend(saturday)
    elif part == "day":
        date = first + dt.timedelta(days=rank - 1) if rank > 0 else last
        value, interval = cal.day(date)
    else:
        date = (first + dt.timedelta(days=3 + 7 * (rank - 1)) if rank > 0
                else last - dt.timedelta(days=3))
        value, interval = cal.week(date)
    return Resolved(value, interval, f"'{m.text}': in the month from {first}")


def resolve_weekdays_ago(m: Mention, ctx: Context) -> Resolved | None:
    count = _number(m.parts.get("num"))
    if count is None or count < 1:
        return None  # "several Fridays ago": no day
    target = _weekday_number(m.parts["weekday"])
    # "Last Friday" is the first one back (a week back on a Friday), "two Fridays ago" the one
    # before it.
    back = (ctx.dct.weekday() - target) % 7 or 7
    date = ctx.dct - dt.timedelta(days=back + 7 * (count - 1))
    value, interval = cal.day(date)
    return Resolved(value, interval, f"{count} {WEEKDAY_NAMES[target]}s back from the story's "
                                     f"date {ctx.dct}")


def _weekday_number(word: str) -> int:
    if word in vocab.WEEKDAY_ABBREVIATIONS:
        return vocab.WEEKDAY_ABBREVIATIONS[word]
    return vocab.WEEKDAYS[word.lower()]


def resolve_relative_day(m: Mention, ctx: Context) -> Resolved | None:
    parts = m.parts
    if "dir" in parts:
        offset = -2 if parts["dir"].lower().startswith("before") else 2
        word = m.text.lower()
    else:
        word = parts["rel"].lower()
        offset = vocab.RELATIVE_DAYS[word]
    date = ctx.dct + dt.timedelta(days=offset)
    value, interval = cal.day(date)  # a DATE: "tonight", "yesterday morning" name the day
    return Resolved(value, interval, f"'{word}' counted from the story's date {ctx.dct}")


def resolve_current_day(m: Mention, ctx: Context) -> Resolved | None:
    """"It is the eighth day of the strike": the count reaches the story's own day."""
    value, interval = cal.day(ctx.dct)
    return Resolved(value, interval, f"an ongoing count of days in the present: the story's "
                                     f"date {ctx.dct}")


def _day_in_force(ctx: Context) -> tuple[dt.date, str]:
    """The day a part of the day or a clock time with no day of its own falls on: the date in
    force, unless that date is still ahead and the clause is past ("Policymakers next meet on
    May 15. ... the Nasdaq gained 8 percent in the afternoon"): what happened, happened by the
    story's date."""
    if ctx.anchor > ctx.dct and ctx.tense == "past":
        return ctx.dct, "the story's date (the date in force is still ahead)"
    return ctx.anchor, "the date in force"


def resolve_part_of_day(m: Mention, ctx: Context) -> Resolved | None:
    part = m.parts["part"].lower()
    shift = m.parts.get("shift", "").lower()
    if "rel" in m.parts:  # "mid-afternoon yesterday"
        date = ctx.dct + dt.timedelta(days=vocab.RELATIVE_DAYS[m.parts["rel"].lower()])
        where = f"'{m.parts['rel']}'"
    elif shift:
        date = ctx.dct - dt.timedelta(days=1) if shift == "last" else ctx.dct
        where = f"'{shift}' from the story's date"
    else:  # "at mid-afternoon": of the day in force
        date, where = _day_in_force(ctx)
    interval = Interval(earliest=date, latest=date, precision=Precision.TIME)
    return Resolved(f"{date.isoformat()}T{vocab.PARTS_OF_DAY[part]}", interval,
                    f"the {part} of {where} ({date})")


def resolve_year_to_date(m: Mention, ctx: Context) -> Resolved | None:
    """"Up 12% year to date": the story's year, from its first day to the story's date."""
    interval = Interval(earliest=dt.date(ctx.dct.year, 1, 1), latest=ctx.dct,
                        precision=Precision.DAY)
    return Resolved(str(ctx.dct.year), interval,
                    f"the story's year up to its date {ctx.dct}", anchors=False)


# The furthest a day in force may lie before the story's date and still be the day whose night
# "overnight" names ("Shares fell on Friday, depressed by overnight losses" in a Monday story).
OVERNIGHT_ANCHOR_MAX_DAYS = 7


def resolve_overnight(m: Mention, ctx: Context) -> Resolved | None:
    """"Rescuers pulled a girl alive overnight": the night before the day in force (else the
    story's date); in a clause that looks ahead ("will fall overnight"), that day's night. A
    night ahead is not before the story's date, nor one passed after it."""
    ahead = ctx.tense == "future"
    # A day named long before ("nearly 10 years after the Sept. 11 attacks") is history, not
    # the night's day: "overnight" is news of the last few days.
    anchor = ctx.anchor if (ctx.dct - ctx.anchor).days <= OVERNIGHT_ANCHOR_MAX_DAYS else ctx.dct
    date = (max(anchor, ctx.dct) if ahead
            else min(anchor, ctx.dct) - dt.timedelta(days=1))
    interval = Interval(earliest=date, latest=date + dt.timedelta(days=1),
                        precision=Precision.DAY)
    return Resolved(f"{date.isoformat()}TNI", interval,
                    f"the night {'of' if ahead else 'before'} the date in force or the story's "
                    f"date, whichever the tense allows ({date})")


def _unit_period(unit: str, date: dt.date) -> tuple[str, Interval]:
    """The calendar period of ``unit`` that contains ``date``."""
    if unit == "week":
        return cal.week(date)
    if unit == "weekend":
        return cal.weekend(date)
    if unit == "month":
        return cal.month(date.year, date.month)
    if unit == "quarter":
        return cal.quarter(date.year, (date.month - 1) // 3 + 1)
    if unit == "decade":
        return cal.decade(date.year - date.year % 10)
    if unit == "century":
        start = date.year - date.year % 100
        _, interval = cal.decade(start)
        return f"{start // 100:02d}", Interval(earliest=interval.earliest,
                                               latest=dt.date(start + 99, 12, 31),
                                               precision=Precision.CENTURY)
    if unit == "day":
        return cal.day(date)
    return cal.year(date.year)


def _shift_date(date: dt.date, unit: str, amount: int) -> dt.date:
    if unit in {"day", "night"}:
        return date + dt.timedelta(days=amount)
    if unit in {"week", "weekend"}:
        return date + dt.timedelta(weeks=amount)
    if unit == "fortnight":
        return date + dt.timedelta(weeks=2 * amount)
    if unit == "month":
        return cal.add_months(date, amount)
    if unit == "quarter":
        return cal.add_months(date, 3 * amount)
    if unit == "decade":
        return cal.add_months(date, 120 * amount)
    if unit == "century":
        return cal.add_months(date, 1200 * amount)
    return cal.add_months(date, 12 * amount)


def resolve_shifted_unit(m: Mention, ctx: Context) -> Resolved | None:
    unit = m.parts["unit"].lower()
    shift = " ".join(m.parts["shift"].lower().split())
    amount = vocab.DEICTIC_SHIFTS.get(shift)
    if amount is None:
        amount = vocab.SHIFTS_AFTER_UNIT[shift]
    if (unit == "quarter" and shift == "this" and ctx.quarter is not None
            and ctx.quarter < _dct_quarter(ctx.dct) and ctx.tense != "future"):
        # Earnings copy: "This quarter's loss includes charges" in an October report on the
        # third quarter is the quarter reported on, not the one still running.
        value, interval = cal.quarter(*ctx.quarter)
        return Resolved(value, interval, f"'this quarter' of a report: the quarter in force "
                                         f"({ctx.quarter[0]}-Q{ctx.quarter[1]})")
    base = ctx.dct
    # "The talks opened on March 3. The next week, the rebels walked out.": told in the past,
    # "the next week" is the one after the date in force (TimeML's anaphoric reading), as "the
    # following week" is; in a present or future clause it is the week after the story's date.
    anaphoric_next = shift == "next" and ctx.tense == "past"
    if ((shift == "previous" or anaphoric_next) and unit in {"week", "month", "year"}
            and m.text.lower().startswith("the ")):
        # "The attack came on March 3, 1998. The previous week, ...": "the previous" counts
        # back from the date in force, as "the following week" counts on from it.
        if unit == "week" and ctx.period is not None:
            return _unknown_day_or_week_of_period(unit, amount, ctx.period, ctx.period_month,
                                                  shift)
        if unit != "week" and ctx.period is not None:
            base = ctx.period
        elif ctx.day_named:
            base = ctx.anchor
    value, interval = _unit_period(unit, _shift_date(base, unit, amount))
    position = (m.parts.get("pos") or m.parts.get("rel_pos") or m.parts.get("rel_year")
                or "").lower()
    if position == "earlier" and amount == 0 and interval.latest and interval.latest > ctx.dct:
        interval = Interval(earliest=interval.earliest, latest=ctx.dct,
                            precision=interval.precision)
    elif position == "later" and amount == 0 and interval.earliest and interval.earliest < ctx.dct:
        interval = Interval(earliest=ctx.dct, latest=interval.latest,
                            precision=interval.precision)
    elif position in {"early", "late"}:
        interval = cal.narrow(interval, position)
    if "edge" in m.parts:  # "the end of this week"
        interval = cal.narrow(interval, m.parts["edge"])
    base_name = "the story's date" if base == ctx.dct else "the date in force"
    return Resolved(value, interval, f"'{shift} {unit}' counted from {base_name} {base}")


def resolve_weekend_around(m: Mention, ctx: Context) -> Resolved | None:
    """"This past weekend": the latest weekend begun before the story's date; "this coming
    weekend": the first one after it."""
    saturday_weekday = 5
    if m.parts["side"].lower() == "past":
        saturday = ctx.dct - dt.timedelta(days=(ctx.dct.weekday() - saturday_weekday) % 7 or 7)
    else:
        saturday = ctx.dct + dt.timedelta(days=(saturday_weekday - ctx.dct.weekday()) % 7 or 7)
    value, interval = cal.weekend(saturday)
    return Resolved(value, interval, f"'{m.text}': the weekend of Saturday {saturday}")


def resolve_units_ago(m: Mention, ctx: Context) -> Resolved | None:
    amount = _number(m.parts.get("num"))
    unit = m.parts["unit"].lower().rstrip("s")
    unit = "century" if unit == "centurie" else unit
    direction = (m.parts.get("dir") or m.parts["later"]).lower()
    if "halfof" in m.parts and unit in vocab.HALF_UNIT_AS_COUNT and direction in {
            "ago", "from now", "hence"}:
        # "half a century ago": 50 years back from the story's date.
        unit, amount = vocab.HALF_UNIT_AS_COUNT[unit]
        sign = -1 if direction == "ago" else 1
        value, interval = _unit_period(unit, _shift_date(ctx.dct, unit, sign * amount))
        return Resolved(value, interval, f"half a {m.parts['unit'].lower()} ({amount} {unit}s) "
                                         f"{direction} from the story's date {ctx.dct}")
    clock = unit in {"second", "minute", "hour"} or "halfof" in m.parts
    if clock and direction in {"ago", "from now", "hence"}:
        return None  # "two hours ago": a time of day the story does not give
    unanchored_later = direction in {"later", "after"} and not ctx.day_named \
        and ctx.period is None and "num" in m.parts and "def" not in m.parts
    if clock or unanchored_later or (
            unit in vocab.UNITS_LATER_AS_DURATION and direction in {"later", "earlier"}):
        # "An hour later", "three days later": TimeML tags the stretch of time ("later" is a
        # signal), a duration; "a year earlier" in financial copy stays a date. So does "two
        # years later" with no date named before it: counted from the story's date it would
        # put a past event in the future ("Two years later, the firm was sold").
        count = amount if "num" in m.parts else None
        value = _duration_value(count, unit)
        if "halfof" in m.parts:  # "half an hour ago"
            value = _half_duration_value(0, unit) or value
        return Resolved(value, OPEN,
                        f"a stretch of {count or 'some'} {unit}(s) {direction}", anchors=False,
                        type="DURATION")
    if ("def" in m.parts and "num" not in m.parts and direction in {"before", "after"}
            and not m.text.split()[-2].lower().endswith("s")):  # not "the days before"
        # "He was seen on March 3. The day before, ...": one unit from the date in force.
        amount = 1
    elif amount is None or "num" not in m.parts:
        # "several years ago", "months earlier": some unknown time before or after.
        before = direction in {"ago", "earlier", "before"}
        ref = "PAST_REF" if before else "FUTURE_REF"
        base = ctx.dct if direction in {"ago", "from now", "hence"} else ctx.anchor
        interval = Interval(earliest=None if before else base, latest=base if before else None,
                            precision=Precision.UNKNOWN)
        return Resolved(ref, interval, f"an unknown number of {unit}s {direction}")
    sign = -1 if direction in {"ago", "earlier", "before"} else 1
    if unit == "year" and ctx.quarter is not None and direction in {"ago", "earlier"}:
        # Financial copy: "a year earlier" compares with the quarter under discussion.
        y, q = ctx.quarter
        value, interval = cal.quarter(y - amount, q)
        return Resolved(value, interval, f"the quarter in force ({y}-Q{q}) {amount} year(s) back",
                        anchors=False)
    if direction in {"ago", "from now", "hence"}:
        base = ctx.dct
    elif unit in {"month", "year", "decade", "century"} and ctx.period is not None:
        # "He left in 1990. Two years later ...", "listed in 1998 and delisted a decade later":
        # from the month or year named last (as "the following year" counts), not from an
        # older day or the story's date.
        base = ctx.period
    else:
        base = ctx.anchor
    base_name = "the story's date" if base == ctx.dct else "the date in force"
    date = _shift_date(base, unit, sign * amount)
    value, interval = _unit_period(unit, date)
    return Resolved(value, interval,
                    f"{amount} {unit}(s) {'before' if sign < 0 else 'after'} {base_name} {base}")


def resolve_anaphoric(m: Mention, ctx: Context) -> Resolved | None:
    ref = " ".join(m.parts["ref"].lower().split())
    unit = m.parts["unit"].lower()
    amount = {"the following": 1, "the next": 1, "the previous": -1, "the prior": -1}.get(ref, 0)
    if amount == 0 and (unit == "day" or unit in vocab.PARTS_OF_DAY):
        if ctx.period is not None and ctx.period_month:
            # "killed last October ... crossed out that same day": a day of the month named
            # last, which day unknown (TIMEX3 writes the unknown day as XX).
            _, interval = cal.month(ctx.period.year, ctx.period.month)
            return Resolved(f"{ctx.period.year:04d}-{ctx.period.month:02d}-XX", interval,
                            f"'{ref} {unit}': a day of the month in force {ctx.period:%Y-%m}")
        if not ctx.day_named:
            # "trades made that day at dropping prices" with no day named before: the day of
            # an event or a hypothetical one, not a date the text gives.
            return None
    elif amount == 0 and not ctx.day_named and ctx.period is None:
        return None  # "that year" with no date named before it: nothing to point back to
    # "that year", "the following month" count from the last month or year named, if later
    # in the text than the last day named.
    base = ctx.period if unit in {"month", "year"} and ctx.period is not None else ctx.anchor
    if unit in vocab.PARTS_OF_DAY:  # "the next morning": the day, as "Friday night" is
        unit = "day"
    if amount != 0 and unit in {"day", "week"} and ctx.period is not None:
        return _unknown_day_or_week_of_period(unit, amount, ctx.period, ctx.period_month, ref)
    value, interval = _unit_period(unit, _shift_date(base, unit, amount))
    return Resolved(value, interval, f"'{ref} {unit}' counted from the date in force {base}")


def _unknown_day_or_week_of_period(unit: str, amount: int, period: dt.date, period_month: bool,
                                   ref: str) -> Resolved:
    """"The talks opened in March. The following week, ...": a day or week one on (or back) from
    an unknown one of the month or year in force; which one the text does not say (TIMEX3
    writes the unknown part as XX), but the month or year does, not the story's date."""
    _, interval = (cal.month(period.year, period.month) if period_month
                   else cal.year(period.year))
    step = dt.timedelta(days=amount if unit == "day" else 7 * amount)
    assert interval.earliest is not None and interval.latest is not None  # a calendar period
    # The period's own precision, as "that same day" of a month in force keeps it.
    shifted = built.interval(interval.earliest + step, interval.latest + step, interval.precision)
    if unit == "week":
        value = f"{period.year:04d}-WXX"
    elif period_month:
        value = f"{period.year:04d}-{period.month:02d}-XX"
    else:
        value = f"{period.year:04d}-XX-XX"
    return Resolved(value, shifted, f"'{ref} {unit}': counted from an unknown {unit} of the "
                                    f"{'month' if period_month else 'year'} in force "
                                    f"{period:%Y-%m}")


def resolve_anaphoric_named(m: Mention, ctx: Context) -> Resolved | None:
    """"The following January", "that summer", "the next weekend": the month, season or weekend
    that is (or follows, or precedes) the date in force; nothing named before, no date."""
    ref = " ".join(m.parts["ref"].lower().split())
    amount = {"the following": 1, "the next": 1, "the previous": -1, "the prior": -1}.get(ref, 0)
    if not ctx.day_named and ctx.period is None:
        return None  # "that summer" with nothing named before: no time to count from
    base = ctx.period if ctx.period is not None else ctx.anchor
    year_only = ctx.period is not None and not ctx.period_month
    if "unit" in m.parts:  # weekend: of the week in force, or one week on or back
        value, interval = cal.weekend(_shift_date(base, "week", amount))
        return Resolved(value, interval, f"'{ref} weekend' counted from the date in force {base}")
    if "season" in m.parts:
        code = vocab.SEASONS[m.parts["season"].lower()]
        seasons = [cal.season(y, code) for y in range(base.year - 2, base.year + 2)]
        if year_only:  # "in 2005 ... the following summer": the next year's
            value, interval = cal.season(base.year + amount, code)
        elif amount > 0:  # the first one begun after the base
            value, interval = next(s for s in seasons if s[1].earliest and s[1].earliest > base)
        elif amount < 0:  # the last one over before it
            value, interval = [s for s in seasons if s[1].latest and s[1].latest < base][-1]
        else:  # the one holding the base, else that year's
            holding = [s for s in seasons if s[1].earliest and s[1].latest
                       and s[1].earliest <= base <= s[1].latest]
            value, interval = holding[0] if holding else cal.season(base.year, code)
        return Resolved(value, interval, f"'{m.text}' counted from the date in force {base}")
    if amount == 0 and m.parts["month"].lower().rstrip(".") in vocab.AMBIGUOUS_MONTHS:
        return None  # "said that May would ...": a name as often as a month
    month_number = _month_number(m.parts)
    y = base.year
    if year_only:
        y += amount  # "in 1999 ... the following March": March 2000
    elif amount > 0 and month_number <= base.month:
        y += 1  # "the following January" after November 1999 is January 2000
    elif amount < 0 and month_number >= base.month:
        y -= 1
    value, interval = cal.month(y, month_number)
    return Resolved(value, interval, f"'{m.text}' counted from the date in force {base}")


def resolve_until_then(m: Mention, ctx: Context) -> Resolved | None:
    """"The rights terminate on Nov. 30. Until then, ...": the date last named (a month or year
    named after the last day wins); nothing named before, no date."""
    if ctx.period is not None:
        value, interval = (cal.month(ctx.period.year, ctx.period.month) if ctx.period_month
                           else cal.year(ctx.period.year))
    elif ctx.day_named:
        value, interval = cal.day(ctx.anchor)
    else:
        return None
    return Resolved(value, interval, f"'then': the date in force {value}")


def resolve_anaphoric_weekday(m: Mention, ctx: Context) -> Resolved | None:
    ref = m.parts["ref"].lower()
    target = _weekday_number(m.parts["weekday"])
    if ref in {"the following", "the next"}:
        date = ctx.anchor + dt.timedelta(days=(target - ctx.anchor.weekday()) % 7 or 7)
    else:
        date = ctx.anchor - dt.timedelta(days=(ctx.anchor.weekday() - target) % 7 or 7)
    value, interval = cal.day(date)
    return Resolved(value, interval, f"'{m.text}' counted from the date in force {ctx.anchor}")


def resolve_time_of_day(m: Mention, ctx: Context) -> Resolved | None:
    clock = m.parts.get("clock", "").lower()
    if clock:
        hour, minute = (24, 0) if clock == "midnight" else (12, 0)
    else:
        hour = int(m.parts["hour"])
        minute = int(m.parts.get("minute") or 0)
        ampm = m.parts.get("ampm", "").lower()
        afternoon = m.parts.get("pod", "").lower() in {"afternoon", "evening"}
        if (ampm.startswith("p") or afternoon) and hour < 12:
            hour += 12
        elif ampm.startswith("a") and hour == 12:
            hour = 0
    date, where = _day_in_force(ctx)
    if "month" in m.parts:
        day = resolve_absolute(m, ctx)
        if day is None or day.interval.earliest is None:
            return None
        date, where = day.interval.earliest, "the date written with it"
    elif "weekday" in m.parts:
        day = resolve_weekday(m, ctx)
        if day is None or day.interval.earliest is None:
            return None
        date, where = day.interval.earliest, f"the {m.parts['weekday']} meant"
    elif "rel" in m.parts:
        date = ctx.dct + dt.timedelta(days=vocab.RELATIVE_DAYS[m.parts["rel"].lower()])
        where = f"'{m.parts['rel']}'"
    interval = Interval(earliest=date, latest=date, precision=Precision.TIME)
    return Resolved(f"{date.isoformat()}T{hour:02d}:{minute:02d}", interval,
                    f"time of day on {where} ({date})")


def resolve_holiday(m: Mention, ctx: Context) -> Resolved | None:
    """A named holiday: in the year written, else the occurrence the shift or tense points to."""
    name = m.parts["holiday"].lower()
    rule = vocab.HOLIDAYS[name]
    explicit = _year_of(m.parts, ctx)
    shift = m.parts.get("shift", "").lower()
    if explicit is not None:
        date = cal.holiday(rule, explicit)
    else:
        candidates = [cal.holiday(rule, y) for y in range(ctx.dct.year - 1, ctx.dct.year + 2)]
        if shift in {"last", "previous"}:
            date = max(d for d in candidates if d < ctx.dct)
        elif shift in {"next", "coming"}:
            date = min(d for d in candidates if d > ctx.dct)
        elif shift in {"this", "current"}:
            date = candidates[1]
        else:
            date = cal.holiday(rule, _year_for(candidates[1].month, candidates[1].day, ctx))
    side = m.parts.get("hside", "").lower()
    if side:  # "the day after Christmas"
        date += dt.timedelta(days=1 if side == "after" else -1)
        value, interval = cal.day(date)
        return Resolved(value, interval, f"the day {side} {m.parts['holiday']}: {date}")
    if "hweek" in m.parts:
        value, interval = (cal.week(date) if m.parts["hweek"].lower() == "week"
                           else cal.weekend(date))
    else:
        value, interval = cal.day(date)
    return Resolved(value, interval, f"{m.parts['holiday']} falls on {date}")


def resolve_ranked_weekday(m: Mention, ctx: Context) -> Resolved | None:
    """"The second Sunday in May": that day in the year written, else in the year the tense
    points to (as a holiday's)."""
    rank = vocab.WEEKDAY_RANKS[m.parts["rank"].lower()]
    weekday = vocab.WEEKDAYS[m.parts["weekday"].lower()]
    month_number = _month_number(m.parts)
    y = _year_of(m.parts, ctx)
    if y is None:
        this_year = cal.nth_weekday(ctx.dct.year, month_number, weekday, rank)
        y = _year_for(month_number, this_year.day, ctx)
    date = cal.nth_weekday(y, month_number, weekday, rank)
    value, interval = cal.day(date)
    return Resolved(value, interval, f"{m.parts['rank']} {m.parts['weekday']} of "
                                     f"{m.parts['month']} {y}: {date}")


def resolve_half_year(m: Mention, ctx: Context) -> Resolved | None:
    """"The first half of 2006" is 2006-H1; without a year, the latest such half begun."""
    half = int(m.parts["hnum"]) if "hnum" in m.parts else (
        1 if m.parts["half"].lower() == "first" else 2)
    y = _period_year(m.parts, ctx)
    named = m.parts.get("hyear", "").lower()
    if named in {"this", "next", "last"}:  # "the second half of next year"
        y = ctx.dct.year + vocab.DEICTIC_SHIFTS[named]
    elif named == "the":  # "the first half of the year": the year in force, else the story's
        y = ctx.period.year if ctx.period is not None and not ctx.period_month else ctx.dct.year
    if y is None:
        y = ctx.dct.year if half == 1 or ctx.dct.month > 6 else ctx.dct.year - 1
    first = dt.date(y, 1 if half == 1 else 7, 1)
    last = dt.date(y, 6, 30) if half == 1 else dt.date(y, 12, 31)
    return Resolved(f"{y}-H{half}", Interval(earliest=first, latest=last,
                                            precision=Precision.QUARTER), f"half {half} of {y}",
                    anchors=False)  # a half is no quarter to refer back to


def resolve_spelled_year(m: Mention, ctx: Context) -> Resolved | None:
    """Years as broadcast transcripts write them: "nineteen ninety-six", "the year two thousand"."""
    parts = m.parts
    if "millennium" in parts:
        y = 2000 + vocab.NUMBER_WORDS.get(parts.get("units2", "").lower(), 0)
    else:
        y = (1900 if parts["century"].lower() == "nineteen" else 1800)
        y += vocab.NUMBER_WORDS[parts["tens"].lower()]
        y += vocab.NUMBER_WORDS.get(parts.get("units", "").lower(), 0)
    if "month" in parts:  # "January nineteen ninety-seven"
        value, interval = cal.month(y, _month_number(parts))
    elif "season" in parts:  # "the winter of nineteen ninety-four"
        value, interval = cal.season(y, vocab.SEASONS[parts["season"].lower()])
    else:
        value, interval = cal.year(y)
    return Resolved(value, interval, f"the year {y}, spelled out")


def resolve_year_end(m: Mention, ctx: Context) -> Resolved | None:
    y = ctx.anchor.year
    if ctx.tense == "past" and dt.date(y, 12, 31) > ctx.dct:
        # "The change is since year-end" in an October story: this year's end is still ahead,
        # so the one passed is last year's.
        y -= 1
    if ctx.since:
        # "since year-end": the start of a stretch, the year's last day (TIMEX3 writes the day).
        value, interval = cal.day(dt.date(y, 12, 31))
        return Resolved(value, interval, f"since the last day of {y}, already passed")
    value, interval = cal.year(y)
    return Resolved(value, cal.narrow(interval, "late"), f"the end of {y}")


def resolve_century(m: Mention, ctx: Context) -> Resolved | None:
    number = int(m.parts["cent"])
    start = (number - 1) * 100
    interval = Interval(earliest=dt.date(max(start, 1), 1, 1), latest=dt.date(start + 99, 12, 31),
                        precision=Precision.CENTURY)
    return Resolved(f"{number - 1:02d}", interval, f"the {m.parts['cent']}th century")


_SEASON_UNITS = {"summer", "winter", "spring", "fall", "autumn"}
_PART_UNITS = {"morning", "afternoon", "evening"}


def resolve_definite_unit(m: Mention, ctx: Context) -> Resolved | None:
    """"The year", "the weekend", "the summer": the period of the story's date, by tense."""
    unit = m.parts["unit"].lower()
    stretch_word = m.parts.get("for", "").lower() in {"over", "throughout"}
    if ((stretch_word and not m.parts.get("adj")) or m.parts.get("ended")) and unit in {
            "year", "month", "week"}:
        # "throughout the year", "the year ended Sept. 30" measure a stretch of time (TimeML: a
        # duration); "for the year" with no closing date is the year reported on ("Sales for the
        # year rose"), a date.
        return Resolved(_duration_value(1, unit), OPEN, f"a duration of one {unit}",
                        type="DURATION")
    if unit in _PART_UNITS:
        date, where = _day_in_force(ctx)
        code = vocab.PARTS_OF_DAY[unit]
        return Resolved(f"{date.isoformat()}T{code}",
                        Interval(earliest=date, latest=date, precision=Precision.TIME),
                        f"the {unit} of {where} ({date})", type="TIME")
    if unit in _SEASON_UNITS:
        code = vocab.SEASONS[unit]
        y = ctx.dct.year
        first_month = cal.SEASON_MONTHS[code][0]
        if ctx.tense == "past" and dt.date(y, first_month, 1) > ctx.dct:
            y -= 1
        elif ctx.tense == "future" and (end := cal.season(y, code)[1].latest) and end < ctx.dct:
            y += 1  # "will start in the spring" in an October story: next year's
        value, interval = cal.season(y, code)
        return Resolved(value, interval, f"the {unit} of the story's year ({ctx.tense} tense)")
    if unit == "weekend":
        # A weekend on or before the DCT unless the clause looks ahead.
        back = (ctx.dct.weekday() - 5) % 7
        saturday = ctx.dct - dt.timedelta(days=back)
        if ctx.tense == "future" and back > 1:
            saturday += dt.timedelta(days=7)
        value, interval = cal.weekend(saturday)
        return Resolved(value, interval, f"the weekend nearest the story's date ({ctx.tense})")
    value, interval = _unit_period(unit, ctx.dct)
    position = m.parts.get("in_pos", "").lower()
    if position in {"early", "late"}:  # "late in the week"
        interval = cal.narrow(interval, position)
    elif position == "earlier" and interval.latest and interval.latest > ctx.dct:
        interval = Interval(earliest=interval.earliest, latest=ctx.dct,
                            precision=interval.precision)
    elif position == "later" and interval.earliest and interval.earliest < ctx.dct:
        interval = Interval(earliest=ctx.dct, latest=interval.latest,
                            precision=interval.precision)
    if "edge" in m.parts:  # "the end of the month"
        interval = cal.narrow(interval, m.parts["edge"])
    return Resolved(value, interval, f"the {unit} of the story's date {ctx.dct}")


def resolve_decade_edge(m: Mention, ctx: Context) -> Resolved | None:
    """"The end of the decade": the story's decade, or in a past clause the decade of the year
    in force ("In 1983 ... By the end of the decade it had 500 stores")."""
    # ("by" in a past clause reads as a deadline set then: ``nearest``.)
    past_period = ctx.period if ctx.tense == "past" or ctx.nearest else None
    base = past_period or ctx.dct
    value, interval = _unit_period("decade", base)
    interval = cal.narrow(interval, m.parts["edge"])
    where = "the year in force" if past_period else "the story's date"
    return Resolved(value, interval, f"'{m.text}' of the decade of {where} {base}")


def resolve_decade(m: Mention, ctx: Context) -> Resolved | None:
    word = m.parts.get("decade_word")
    digit = vocab.DECADE_WORDS[word.lower()] if word else int(m.parts["decade"])
    century = m.parts.get("century")
    if century and century != "'":
        first = int(century) * 100 + digit * 10
    else:  # "the '90s": the most recent such decade not after the DCT's
        first = (ctx.dct.year // 100) * 100 + digit * 10
        if first > ctx.dct.year:
            first -= 100
    value, interval = cal.decade(first)
    if "pos" in m.parts:
        interval = cal.narrow(interval, m.parts["pos"])
    return Resolved(value, interval, f"the decade {first}s")


def _dct_quarter(dct: dt.date) -> tuple[int, int]:
    return dct.year, (dct.month - 1) // 3 + 1


def _previous_quarter(year_quarter: tuple[int, int]) -> tuple[int, int]:
    y, q = year_quarter
    return (y, q - 1) if q > 1 else (y - 1, 4)


def _relative_year(qref: str, ctx: Context) -> int | None:
    """The year named by "this year's", "last year's" or "the year-ago" before a quarter."""
    if qref.startswith("this"):
        return ctx.dct.year
    if qref.startswith("next"):
        return ctx.dct.year + 1
    if qref.startswith("last"):
        return ctx.dct.year - 1
    return None


def _closing_year(month_number: int, day_number: int, ctx: Context) -> int:
    """The year of a closing date already passed ("ended Oct. 31"): the latest on or before the
    story's date."""
    this_year = cal.clamped_date(ctx.dct.year, month_number, day_number)
    return ctx.dct.year - 1 if this_year > ctx.dct else ctx.dct.year


def _quarter_ahead(m: Mention, q: int, ctx: Context) -> bool:
    """Whether a quarter not yet begun this year is this year's: "the merger is expected to
    close in the second quarter" in a March story. Only a calendar quarter named as a time
    ("in", "by", "during" it) in a clause that looks ahead, and not the quarter just before the
    story's (a January "will post a loss in the fourth quarter" reports on the one just ended)."""
    if ctx.tense != "future" or "fiscal" in m.text.lower():  # a fiscal quarter: its own year
        return False
    # A quarter named as a time ("in", "by" it), or as an adjective ("expects a fourth-quarter
    # charge" in August: this year's; "will report second-quarter results" in March: this
    # year's too, to come).
    if "-" not in m.text and ctx.preposition not in vocab.QUARTER_AHEAD_PREPOSITIONS:
        return False
    return q != (_dct_quarter(ctx.dct)[1] - 2) % 4 + 1


def resolve_quarter(m: Mention, ctx: Context) -> Resolved | None:
    q = int(m.parts["qnum"]) if "qnum" in m.parts else vocab.ORDINALS[m.parts["ord"].lower()]
    qref = m.parts.get("qref", "").lower()
    y = _period_year(m.parts, ctx)
    why = f"quarter {q} as written"
    if y is None:
        y = _relative_year(qref, ctx)
    if y is None and "qyear_shift" in m.parts:  # "the second quarter of next year"
        y = ctx.dct.year + vocab.DEICTIC_SHIFTS[m.parts["qyear_shift"].lower()]
    if y is None:
        # News reports on the latest such quarter that has begun; a future clause on the next.
        y = ctx.dct.year
        start = dt.date(y, 3 * (q - 1) + 1, 1)
        # Quarters are reported after the fact: even "will report third-quarter results" is
        # about the latest third quarter, so the tense is not consulted for them.
        ahead = _quarter_ahead(m, q, ctx)
        if start > ctx.dct and not ahead:
            y -= 1
        elif ahead and cal.clamped_date(y, 3 * q, 31) < ctx.dct:
            # "expects the deal to close in the first quarter" in a November story: this
            # year's first quarter is over, so the coming one is next year's.
            y += 1
        why = (f"quarter {q}: the next one not over by the story's date {ctx.dct} (a clause "
               "that looks ahead)" if ahead else
               f"quarter {q}: the latest one begun by the story's date {ctx.dct}")
        closed_month = vocab.MONTHS.get(m.parts.get("closed_month", "").lower().rstrip("."))
        if closed_month is not None:
            # "The second quarter ended Oct. 31" in an Oct. 27 story closed a year before.
            closing_day = int(m.parts["closed_day"])
            y = _closing_year(closed_month, closing_day, ctx)
            why = f"quarter {q} closed on {m.parts['closed_month']} {closing_day}, by the " \
                  f"story's date {ctx.dct}"
        if qref.startswith(("the year", "year")):
            y -= 1
            why = f"quarter {q} of the year before the story's"
    elif qref.startswith(("the year", "year")):
        y -= 1
    value, interval = cal.quarter(y, q)
    return Resolved(value, interval, why, anchors=not qref.startswith(("the year", "year")))


def resolve_anaphoric_quarter(m: Mention, ctx: Context) -> Resolved | None:
    """"The quarter", "the year-ago period": the quarter in force, or the one before the DCT's."""
    if "year" in m.parts:
        return _quarter_of_year(m, ctx)
    qref = m.parts["qref"].lower()
    end_month = vocab.MONTHS.get(m.parts.get("end_month", "").lower())
    if "current" in qref:
        y, q = _dct_quarter(ctx.dct)
        why = f"the quarter of the story's date {ctx.dct}"
    elif end_month is not None and ctx.fiscal and ctx.quarter is not None:
        # "The fiscal first quarter ... the quarter ended Sept. 30": the closing date dates the
        # fiscal quarter in force, which keeps its own number (TimeML writes fiscal quarters as
        # named), not the calendar quarter the date falls in.
        y, q = ctx.quarter
        why = f"the fiscal quarter in force ({y}-Q{q}), closing on {m.parts['end_month']} " \
              f"{m.parts['end_day']}"
    elif end_month is not None:
        # A quarter is named for the calendar quarter holding most of it: the one that holds
        # the month before its closing date ("ended July 31" is mostly May to July: Q2).
        closing = _closing_year(end_month, int(m.parts["end_day"]), ctx) if (
            m.parts.get("end_verb", "").lower() in vocab.CLOSING_WORDS
        ) else _year_for(end_month, int(m.parts["end_day"]), ctx)
        before = cal.add_months(dt.date(closing, end_month, 1), -1)
        y, q = _dct_quarter(before)
        why = f"the quarter closing on {m.parts['end_month']} {m.parts['end_day']}"
    elif ctx.quarter is not None:
        y, q = ctx.quarter
        why = f"the quarter in force ({y}-Q{q})"
    elif m.parts.get("unit", "quarter").lower() == "period" and "latest" not in qref:
        if ctx.stretch is not None and "year-" in qref:  # "nine months ... year-earlier period"
            return Resolved(ctx.stretch, OPEN, f"the stretch in force ({ctx.stretch})",
                            anchors=False, type="DURATION")
        return None  # "the period" with no quarter in force is not a quarter
    elif ctx.stretch is not None and m.rule.name == "year_ago_adjective":
        # "For the nine months, ... compared with year-earlier net income": the comparison is
        # with the stretch a year back, valued as its year, as "a year earlier" is there.
        value, interval = cal.year(ctx.anchor.year - 1)
        return Resolved(value, interval, f"the year before the stretch in force ({ctx.stretch})",
                        anchors=False)
    else:
        y, q = _previous_quarter(_dct_quarter(ctx.dct))
        why = f"the last full quarter before the story's date {ctx.dct}"
    comparison = "year-" in qref or "ly" in m.parts or qref.startswith("last year")
    if comparison:
        y -= 1
        why += ", a year earlier"
    value, interval = cal.quarter(y, q)
    return Resolved(value, interval, why, anchors=not comparison)


def _quarter_of_year(m: Mention, ctx: Context) -> Resolved:
    """"The 1988 period": the quarter in force (else the last full one), in the year named; a
    "period" with no quarter in force is that year."""
    y = int(m.parts["year"])
    if ctx.quarter is not None:
        q = ctx.quarter[1]
        why = f"quarter {q}, the one in force, of {y}"
    elif m.parts["unit"].lower() == "period":
        value, interval = cal.year(y)
        return Resolved(value, interval, f"the year {y} as written")
    else:
        q = _previous_quarter(_dct_quarter(ctx.dct))[1]
        why = f"quarter {q}, the last full one, of {y}"
    value, interval = cal.quarter(y, q)
    return Resolved(value, interval, why,
                    anchors=ctx.quarter is None or ctx.quarter[0] == y)


def resolve_season(m: Mention, ctx: Context) -> Resolved | None:
    code = vocab.SEASONS[m.parts["season"].lower()]
    y = _year_of(m.parts, ctx)
    shift = m.parts.get("shift", "").lower()
    if y is None and "syear_shift" in m.parts:  # "the spring of next year"
        y = ctx.dct.year + vocab.DEICTIC_SHIFTS[m.parts["syear_shift"].lower()]
    if y is None and "past" in m.parts:  # "this past spring": the latest one begun
        y = ctx.dct.year
        if dt.date(y, cal.SEASON_MONTHS[code][0], 1) > ctx.dct:
            y -= 1
    position = m.parts.get("pos")
    if y is None and position is not None:
        # "the early summer": the latest one begun, or in a clause that looks ahead the next one
        # not yet over.
        y = ctx.dct.year
        _, whole = cal.season(y, code)
        if ctx.tense == "future":
            if whole.latest is not None and whole.latest < ctx.dct:
                y += 1
        elif whole.earliest is not None and whole.earliest > ctx.dct:
            y -= 1
    if y is None:
        if not shift:
            return None  # a bare "fall" or "spring" is too often a verb or a noun
        y = ctx.dct.year + vocab.DEICTIC_SHIFTS[shift]
    value, interval = cal.season(y, code)
    if position is not None:
        interval = cal.narrow(interval, position)
    return Resolved(value, interval, f"season {code} of {y}")


def _duration_value(amount: int | None, unit: str) -> str:
    letter, is_time, multiplier = vocab.UNITS[unit]
    if amount is None:
        letter = vocab.UNKNOWN_COUNT_LETTERS.get(unit, letter)
    count = "X" if amount is None else str(amount * multiplier)
    return f"P{'T' if is_time else ''}{count}{letter}"


def _half_duration_value(amount: int, unit: str) -> str | None:
    """``amount`` and a half units: "2 1/2 years" is P2Y6M, "5 1/2 hours" PT5H30M."""
    letter, is_time, multiplier = vocab.UNITS[unit]
    if multiplier > 1:  # "two and a half decades" = P25Y
        return f"P{amount * multiplier + multiplier // 2}{letter}"
    if unit in {"week", "fortnight"}:
        return f"P{amount * 7 * multiplier + 3 * multiplier}D"
    if unit not in vocab.HALF_UNITS:
        return None
    letter, half = vocab.HALF_UNITS[unit]
    whole = f"{amount}{letter}" if amount else ""
    if is_time:
        return f"PT{whole}{half}"
    return f"P{whole}{half}"


def _decimal_duration_value(count: str, unit: str) -> str:
    """"0.1 seconds" PT0.1S, "1.2 decades" P12Y: the count as written, times the unit's size."""
    letter, is_time, multiplier = vocab.UNITS[unit]
    amount = f"{float(count) * multiplier:.2f}".rstrip("0").rstrip(".")
    return f"P{'T' if is_time else ''}{amount}{letter}"


def _unit_name(raw: str) -> str:
    lowered = raw.lower()
    if lowered == "centuries":
        return "century"
    return lowered if lowered in vocab.UNITS else lowered.rstrip("s")


def resolve_duration(m: Mention, ctx: Context) -> Resolved | None:
    unit = _unit_name(m.parts["unit"])
    if unit not in vocab.UNITS:
        return None
    # "recent years", "for months", "the first hours": a plural with no count is an unknown
    # number of units.
    plural = m.rule.name in {"vague_units", "bare_plural_units"} or "plural" in m.parts or (
        "num" not in m.parts and m.text.lower().endswith(("s", "centuries")))
    amount = None if plural else _number(m.parts.get("num"))
    half = "half" in m.parts or "half_after" in m.parts or (
        m.parts.get("num", "").endswith(".5"))
    value = _duration_value(amount, unit)
    halved = _half_duration_value(amount, unit) if half and amount is not None else None
    if halved is not None:
        value = halved
    elif amount is not None and "." in m.parts.get("num", ""):
        # "with 0.1 seconds left": ISO 8601 writes the fraction itself (PT0.1S), not PT0S.
        value = _decimal_duration_value(m.parts["num"], unit)
    shift = m.parts.get("shift", "").lower()
    if (ctx.after_in and ctx.tense == "future" and amount is not None and not half and not shift
            and unit in {"day", "week", "month", "year"}
            # "phased in over 18 months", "the first cut in more than five years": a stretch
            and m.parts.get("mod", "").lower() not in vocab.STRETCH_MODIFIERS):
        # "The stock would be redeemed in five years": the time that far ahead of the story's
        # date, a date ("completed in two years" in a past clause stays a stretch of time).
        value, interval = _unit_period(unit, _shift_date(ctx.dct, unit, amount))
        return Resolved(value, interval, f"{amount} {unit}(s) ahead of the story's date "
                                         f"{ctx.dct}", anchors=False, type="DATE")
    interval = OPEN
    why = f"a duration of {amount if amount is not None else 'several'} {unit}(s)"
    if shift in {"past", "last", "previous"} and amount is not None and not vocab.UNITS[unit][1]:
        start = _shift_date(ctx.dct, unit, -amount)
        interval = Interval(earliest=start, latest=ctx.dct, precision=Precision.DAY)
        why += f" ending at the story's date {ctx.dct}"
    elif shift in {"next", "coming"} and amount is not None and not vocab.UNITS[unit][1]:
        end = _shift_date(ctx.dct, unit, amount)
        interval = Interval(earliest=ctx.dct, latest=end, precision=Precision.DAY)
        why += f" starting at the story's date {ctx.dct}"
    return Resolved(value, interval, why)


def resolve_compound_duration(m: Mention, ctx: Context) -> Resolved | None:
    """"1 hour 20 minutes" PT1H20M, "two years and three months" P2Y3M: ISO 8601 writes both
    units in one duration. Units out of order ("20 minutes 1 hour") are no such stretch."""
    first, second = _unit_name(m.parts["unit"]), _unit_name(m.parts["unit2"])
    if (first, second) not in vocab.COMPOUND_DURATION_UNITS:
        return None
    big, small = _number(m.parts["num"]), _number(m.parts["num2"])
    if big is None or small is None:
        return None
    # Each count goes in the date part or, after "T", the time part, the larger unit first.
    counts = [(f"{count}{vocab.UNITS[unit][0]}", vocab.UNITS[unit][1])
              for count, unit in ((big, first), (small, second))]
    date_part = "".join(count for count, is_time in counts if not is_time)
    time_part = "".join(count for count, is_time in counts if is_time)
    value = f"P{date_part}" + (f"T{time_part}" if time_part else "")
    return Resolved(value, OPEN, f"a stretch of {big} {first}(s) and {small} {second}(s)")


def resolve_fraction(m: Mention, ctx: Context) -> Resolved | None:
    """"Half an hour" PT30M, "a half-day" PT12H, "a quarter of a century" P25Y."""
    unit = _unit_name(m.parts["unit"])
    if unit not in vocab.UNITS:
        return None
    value = (vocab.QUARTER_OF_UNITS.get(unit) if "quarter" in m.parts
             else _half_duration_value(0, unit))
    if value is None:
        return None
    return Resolved(value, OPEN, f"part of one {unit}")


def resolve_set(m: Mention, ctx: Context) -> Resolved | None:
    parts = m.parts
    if "setword" in parts:
        value = vocab.SET_WORDS[parts["setword"].lower()]
    elif "weekday" in parts:
        value = f"XXXX-WXX-{_weekday_number(parts['weekday']) + 1}"
        if "part" in parts:  # "Tuesday nights"
            value += f"T{vocab.PARTS_OF_DAY[parts['part'].lower()]}"
    elif "month" in parts:
        value = f"XXXX-{_month_number(parts):02d}"
    elif "season" in parts:  # "every summer"
        value = f"XXXX-{vocab.SEASONS[parts['season'].lower()]}"
    elif "weekend_set" in parts:  # "every weekend", "on weekends"
        value = "XXXX-WXX-WE"
    elif "part" in parts:  # "every morning"
        value = f"XXXX-XX-XXT{vocab.PARTS_OF_DAY[parts['part'].lower()]}"
    else:
        unit = _unit_name(parts["unit"])
        every = parts.get("num", "1").lower()
        count = 2 if every == "other" else (_number(every) or 1)
        if "every_nth" in parts:  # "every third year": one in three
            count = vocab.MONTH_PART_RANKS[parts["every_nth"].lower()]
        value = _duration_value(count, unit)
        if "." in every:  # "every 6.5 years": P6Y6M, "every 1.2 seconds": PT1.2S
            value = (_half_duration_value(count, unit) if every.endswith(".5") else None) or (
                _decimal_duration_value(every, unit))
    return Resolved(value, OPEN, f"recurring: '{m.text}'")


def resolve_vague(m: Mention, ctx: Context) -> Resolved | None:
    word = m.parts["vague"].lower()
    if word == "soon" and ctx.tense == "past":
        return None  # "the trickle soon became a flood": orders past events, names no time
    value = vocab.VAGUE_REFERENCES[word]
    if value == "PAST_REF":
        interval = Interval(earliest=None, latest=ctx.dct, precision=Precision.UNKNOWN)
        why = f"vague past: some time up to the story's date {ctx.dct}"
    elif value == "FUTURE_REF":
        interval = Interval(earliest=ctx.dct, latest=None, precision=Precision.UNKNOWN)
        why = f"vague future: some time from the story's date {ctx.dct}"
    else:
        interval = Interval(earliest=ctx.dct, latest=ctx.dct, precision=Precision.DAY)
        why = f"the present: the story's date {ctx.dct}"
    return Resolved(value, interval, why)


def resolve_vague_duration(m: Mention, ctx: Context) -> Resolved | None:
    value = vocab.VAGUE_DURATIONS[m.parts["vague_duration"].lower()]
    return Resolved(value, OPEN, f"a stretch of unstated length: '{m.text}'")


RESOLVERS: dict[str, Resolver] = {
    "until_then": resolve_until_then,
    "anaphoric_named": resolve_anaphoric_named,
    "absolute": resolve_absolute,
    "weekday": resolve_weekday,
    "weekdays_ago": resolve_weekdays_ago,
    "day_of_month": resolve_day_of_month,
    "ranked_part_of_month": resolve_ranked_part_of_month,
    "week_of": resolve_week_of,
    "relative_day": resolve_relative_day,
    "current_day": resolve_current_day,
    "part_of_day": resolve_part_of_day,
    "overnight": resolve_overnight,
    "year_to_date": resolve_year_to_date,
    "shifted_unit": resolve_shifted_unit,
    "units_ago": resolve_units_ago,
    "weekend_around": resolve_weekend_around,
    "anaphoric": resolve_anaphoric,
    "anaphoric_weekday": resolve_anaphoric_weekday,
    "time_of_day": resolve_time_of_day,
    "decade": resolve_decade,
    "decade_edge": resolve_decade_edge,
    "quarter": resolve_quarter,
    "anaphoric_quarter": resolve_anaphoric_quarter,
    "spelled_year": resolve_spelled_year,
    "half_year": resolve_half_year,
    "holiday": resolve_holiday,
    "ranked_weekday": resolve_ranked_weekday,
    "year_end": resolve_year_end,
    "century": resolve_century,
    "definite_unit": resolve_definite_unit,
    "season": resolve_season,
    "duration": resolve_duration,
    "compound_duration": resolve_compound_duration,
    "fraction": resolve_fraction,
    "set": resolve_set,
    "vague": resolve_vague,
    "vague_duration": resolve_vague_duration,
}


# A quarter that began this many days or more before the story's date is history ("stopped paying
# a dividend in the third quarter of 1984"), not the quarter the story reports on.
REPORTED_QUARTER_MAX_AGE_DAYS = 455


def _historical(start: dt.date, dct: dt.date) -> bool:
    return (dct - start).days >= REPORTED_QUARTER_MAX_AGE_DAYS


def _reported_quarter(mention: Mention, result: Resolved, dct: dt.date,
                      in_force: tuple[int, int] | None, fiscal: bool = False) -> bool:
    """Whether a quarter becomes the one later anaphora refer to. Earnings copy names the
    quarter it reports on first ("third-quarter net income"); a quarter named later in passing
    ("after a flat second quarter") does not replace it, but one given by its closing date
    ("the quarter ended Sept. 30") does, and so does a recent one after a historical one, and a
    calendar quarter named after a fiscal one or a fiscal one after a calendar one (the story
    has moved on to another company)."""
    start = result.interval.earliest
    if in_force is None or "end_month" in mention.parts or "closed_month" in mention.parts:
        return True
    if mention.rule.family == "quarter" and fiscal != ("fiscal" in mention.text.lower()):
        return True
    in_force_start = dt.date(in_force[0], 3 * in_force[1] - 2, 1)
    return start is not None and _historical(in_force_start, dct) and not _historical(start, dct)


def _reporting_stretch(mention: Mention, result: Resolved) -> bool:
    """A stretch of six months or more ("the first nine months"), which earnings copy reports on
    after the quarter: later comparisons ("a year earlier") are with it, not the quarter."""
    if (result.type or mention.rule.type) != "DURATION":
        return False
    unit = mention.parts.get("unit", "").lower()
    return unit.startswith("month") and (_number(mention.parts.get("num")) or 0) >= 6


_WORD_BEFORE = re.compile(r"([A-Za-z]+)[ \t]+$")
# A hedge on a bound between a preposition and its date: "until [at least] September".
_HEDGES = ("at least", "at the latest", "at the earliest")
_HEDGE_BEFORE = re.compile(r"([A-Za-z]+)[ \t]+(?i:" + "|".join(_HEDGES) + r")[ \t]+$")
_HEDGE_ENDS = frozenset(hedge.split()[-1] for hedge in _HEDGES)


def _preposition(text: str, mention: Mention) -> str:
    """The preposition of the expression ("by August"), or the word just before it."""
    prep = mention.parts.get("prep")
    if prep is None:
        before = _WORD_BEFORE.search(text, max(0, mention.context_start - 12),
                                     mention.context_start)
        prep = before.group(1) if before else ""
        if prep.lower() in _HEDGE_ENDS:  # read past the hedge to the preposition
            hedged = _HEDGE_BEFORE.search(text, max(0, mention.context_start - 40),
                                          mention.context_start)
            prep = hedged.group(1) if hedged else prep
    return prep.lower()


# Up to four words before "until": the verb and its object ("adjourned the hearing until").
_PUT_OFF = re.compile(r"((?:[A-Za-z']+[ \t]+){1,4})(?:until|till)[ \t]+[^.;]{0,24}$",
                      re.IGNORECASE)


# "starting [Friday]", "beginning on [May 1]", "effective at [midnight]".
_START_BEFORE = re.compile(r"(?<![\w])(?:" + "|".join(vocab.START_WORDS)
                           + r")[ \t]+(?:(?:at|on|from)[ \t]+)?$", re.IGNORECASE)


# The words that can stand just before such an expression: the start word or its preposition.
_START_NEIGHBOURS = frozenset(vocab.START_WORDS) | {"at", "on", "from"}


def _starting(text: str, mention: Mention, preposition: str) -> bool:
    """Whether the expression opens a stretch from it on ("starting at midnight Friday");
    ``preposition`` is the word just before it (most are no such word: no search)."""
    return preposition in _START_NEIGHBOURS and _START_BEFORE.search(
        text, max(0, mention.context_start - 24), mention.context_start) is not None


# Up to four words before "for": the verb and its object ("set a hearing for").
_SET_FOR = re.compile(r"((?:[A-Za-z']+[ \t]+){1,4})for[ \t]+$", re.IGNORECASE)


def _scheduled_for(text: str, mention: Mention) -> bool:
    """Whether a verb fixing an event for a date ("set a hearing for", "scheduled the vote
    for") precedes the expression's "for"."""
    words = _SET_FOR.search(text, max(0, mention.context_start - 64), mention.context_start)
    return words is not None and not vocab.SCHEDULING_VERBS.isdisjoint(
        words.group(1).lower().split())


def _postponed(text: str, mention: Mention) -> bool:
    """Whether a verb of putting off ("postponed", "put off") precedes the deadline's "until"."""
    words = _PUT_OFF.search(text, max(0, mention.start - 80), mention.start)
    if words is None:
        return False
    return any(w in vocab.POSTPONING_VERBS for w in words.group(1).lower().split())


# What joins the two ends of a range of dates: "from May to September", "June 3-5".
# An expression of each of these families closes a range opened by one of the same family: a
# date or month ("from June through September"), a weekday ("from Monday to Friday"). Across
# them, "to" is seldom a range ("a revision Friday to December's figures").
_RANGE_FAMILIES = frozenset({"absolute", "weekday"})
_RANGE_JOINER = re.compile(r"\s*(?:(?:to|through|thru|until|till)\s|[-–]\s*)", re.IGNORECASE)


def _range_start(text: str, mention: Mention, resolved: list[TimeExpression],
                 families: list[str]) -> dt.date | None:
    """The first day of the date, month or weekday that the mention closes a range from ("from
    May [to September]", "June 3-[5]", "from Monday [to Friday]"): the expression of the same
    family resolved just before it, joined to it by "to", "through", "until" or a dash. None when
    the mention closes no range."""
    if (resolved and families[-1] in _RANGE_FAMILIES and families[-1] == mention.rule.family
            and _RANGE_JOINER.fullmatch(text, resolved[-1].span.end, mention.start)
            and resolved[-1].interval.precision in {Precision.DAY, Precision.MONTH}):
        return resolved[-1].interval.earliest
    return None


def _clause_tense_reader(text: str, sentence: tuple[int, int],
                         mention: Mention) -> Callable[[], ClauseTense]:
    return lambda: clause_tense(text, sentence, mention.context_start, mention.end)


@dataclass(slots=True)
class FiscalCalendar:
    """What a document has said so far about its fiscal calendar, and the days of the quarter in
    force when they are not its calendar quarter's."""

    year_ends: list[tuple[int, int]]
    """Where the text says when the fiscal year ends (offset, month), not yet passed."""
    end_month: int | None = None
    """The month the fiscal year ends, once the text has said it."""
    source: str = ""
    """What said it, for explanations ("the fiscal year ends in June")."""
    in_force_days: Interval | None = None
    """The days of the quarter in force when the text dated them otherwise than its calendar
    quarter ("the fiscal first quarter ended Sept. 30")."""
    in_force_index: int | None = None
    """The expression that put the quarter in force (a later closing day may date it)."""
    in_force_dated: bool = False
    """Whether the days of the quarter in force come from the text, not from the calendar."""

    def learn(self, end_month: int, source: str) -> None:
        self.end_month, self.source = end_month, source

    def passed(self, offset: int) -> None:
        """Take in what the text said about the fiscal year's end before ``offset``."""
        while self.year_ends and self.year_ends[0][0] <= offset:
            _, month = self.year_ends.pop(0)
            self.learn(month, f"the fiscal year ends in {fiscal.month_name(month)}")


def _quarter_of_value(value: str) -> tuple[int, int] | None:
    found = _QUARTER_VALUE.fullmatch(value)
    return (int(found.group(1)), int(found.group(2))) if found else None


# Families whose quarter is the one in force when its number is ("a year earlier", "the
# quarter", "this quarter"): they take its days.
_IN_FORCE_FAMILIES = frozenset({"anaphoric_quarter", "units_ago", "shifted_unit"})
# The families that can name a fiscal period or a period by its closing day; of the "absolute"
# family only these rules ("fiscal 2004", "FY2004"). The rest are no fiscal periods, and skipping
# them keeps the check off most expressions (dates, durations of days).
_FISCAL_FAMILIES = _IN_FORCE_FAMILIES | {"quarter", "duration", "definite_unit", "absolute"}
_FISCAL_YEAR_RULES = frozenset({"fiscal_year", "fiscal_code"})
_UNKNOWN_CALENDAR = "; fiscal calendar unknown, so the calendar period"


def _fiscal_days(text: str, mention: Mention, result: Resolved, ctx: Context,
                 calendar: FiscalCalendar, resolved: list[TimeExpression]) -> tuple[Interval, str]:
    """The days an expression covers where the text's fiscal calendar moves them off its
    calendar period, and what to add to its explanation; its own interval and "" otherwise."""
    family, interval = mention.rule.family, result.interval
    if family not in _FISCAL_FAMILIES or (
            family == "absolute" and mention.rule.name not in _FISCAL_YEAR_RULES):
        return interval, ""
    quarter_value = _quarter_of_value(result.value)
    if family in {"quarter", "anaphoric_quarter"} or (
            # a stretch of months ("the three months ended Oct. 31") or a year ended
            family == "duration" and mention.parts.get("unit", "").startswith("month")) or (
            family == "definite_unit" and "ended" in mention.parts):
        closing = fiscal.closing_after(text, mention.end, ctx.dct)
        if closing is not None:
            return _closing_days(mention, result, closing, ctx, calendar, resolved)
    if not fiscal.is_fiscal(mention.text):
        if (family in _IN_FORCE_FAMILIES and quarter_value is not None
                and calendar.in_force_days is not None and ctx.quarter is not None
                and quarter_value[1] == ctx.quarter[1]):
            return (fiscal.shift_years(calendar.in_force_days, quarter_value[0] - ctx.quarter[0]),
                    "; the days of the quarter in force")
        return interval, ""
    if (result.type or mention.rule.type) == "DURATION" or interval.earliest is None:
        return interval, ""
    end = calendar.end_month
    kind = "quarter" if quarter_value is not None else "year"
    if end is None:
        return interval, f"{_UNKNOWN_CALENDAR} ({kind}) is kept"
    why = f"; fiscal {kind} of a year ending in {fiscal.month_name(end)} ({calendar.source})"
    if quarter_value is not None:
        y, q = quarter_value
        if family == "quarter" and ("year" in mention.parts or "lead_year" in mention.parts):
            return fiscal.fiscal_quarter_span(y, q, end), why
        if family == "quarter":
            days = fiscal.latest_quarter_begun(q, end, ctx.dct)
            back = -1 if mention.parts.get("qref", "").lower().startswith(("the year", "year")) \
                else 0
            return fiscal.shift_years(days, back), why
        fiscal_year, fiscal_q = fiscal.fiscal_quarter_holding(ctx.dct, end)
        dct_y, dct_q = _dct_quarter(ctx.dct)
        steps = (y * 4 + q) - (dct_y * 4 + dct_q)  # "next fiscal quarter": one on
        index = fiscal_year * 4 + fiscal_q - 1 + steps
        return fiscal.fiscal_quarter_span(index // 4, index % 4 + 1, end), why
    if not (result.value.isdigit() and len(result.value) == 4):
        return interval, ""
    year = int(result.value)
    if family == "shifted_unit":
        # "the current fiscal year", "next fiscal year": counted from the one holding the DCT.
        current = fiscal.fiscal_year_of(ctx.dct, end)
        return fiscal.fiscal_year_span(current + year - ctx.dct.year, end), why
    if mention.parts.get("adj", "").lower() == "latest":  # the last one over by the DCT
        return fiscal.fiscal_year_span(fiscal.latest_year_ended(end, ctx.dct), end), why
    # "fiscal 2004", "FY2004", "for the fiscal year" (the story's year): the fiscal year of
    # that number, as its value reads
    return fiscal.fiscal_year_span(year, end), why


def _closing_days(mention: Mention, result: Resolved, closing: fiscal.Closing, ctx: Context,
                  calendar: FiscalCalendar,
                  resolved: list[TimeExpression]) -> tuple[Interval, str]:
    """A period given by its closing day ("the quarter ended Sept. 30", "the three months ended
    Oct. 31", "the first quarter, which ended in June"): the months ending then. A numbered
    quarter so dated tells the fiscal calendar (a first quarter ending in September: a year
    ending in June) when it is a fiscal one or no calendar quarter; so does the fiscal quarter
    in force dated by "the quarter ended ...", whose own days it also gives."""
    quarter_value = _quarter_of_value(result.value)
    family = mention.rule.family
    if quarter_value is not None:
        days = fiscal.months_ending(closing.day, 3, Precision.QUARTER)
        why = f"; its days: the three months {closing.words}"
        q = quarter_value[1]
        if family == "quarter" and (fiscal.is_fiscal(mention.text) or closing.day.month != 3 * q):
            calendar.learn(fiscal.year_end_after_quarter(q, closing.day.month),
                           f"quarter {q} {closing.words}")
        elif (family == "anaphoric_quarter" and ctx.fiscal and ctx.quarter == quarter_value
              and calendar.in_force_index is not None and not calendar.in_force_dated):
            calendar.learn(fiscal.year_end_after_quarter(q, closing.day.month),
                           f"fiscal quarter {q} {closing.words}")
            named = resolved[calendar.in_force_index]
            resolved[calendar.in_force_index] = named.model_copy(update={
                "interval": days,
                "explanation": named.explanation.split(_UNKNOWN_CALENDAR)[0]
                + f"; its days: the three months {closing.words}, as said after it"})
        return days, why
    unit = mention.parts.get("unit", "").lower()
    months = 12 if unit == "year" else _number(mention.parts.get("num")) or 0
    if (result.type or mention.rule.type) == "DURATION" and (
            unit == "year" or unit.startswith("month")) \
            and 0 < months <= 24:
        return (fiscal.months_ending(closing.day, months, Precision.MONTH),
                f"; its days: the {months} months {closing.words}")
    return result.interval, ""


def resolve_mentions(text: str, mentions: list[Mention], dct: dt.date,
                     sentences: list[tuple[int, int]] | None = None) -> list[TimeExpression]:
    """Resolve mentions in text order; each day-precise date becomes the anchor for anaphora.
    ``sentences`` is ``sentence_spans(text)`` when the caller has it (the event stage shares it)."""
    if sentences is None:
        sentences = sentence_spans(text)
    anchor = dct
    quarter: tuple[int, int] | None = None
    period: dt.date | None = None
    stretch: str | None = None
    fiscal_in_force = False
    day_named = period_month = False
    # Only a text that says "fiscal" or "FY" can say when its fiscal year ends.
    fiscal_calendar = FiscalCalendar(
        fiscal.fiscal_year_ends(text) if "iscal" in text or "FY" in text else [])
    resolved: list[TimeExpression] = []
    families: list[str] = []
    undated_clocks: list[int] = []  # indices in ``resolved`` of clock times with no day written
    for mention in mentions:
        sentence = sentence_at(sentences, mention.start)
        nearest = closed = since = False
        preposition = _preposition(text, mention)
        # The clause's tense is read from the words around only if something asks for it: most
        # resolvers never do (a full date, a duration, a year).
        reading = TenseReading(read=_clause_tense_reader(text, sentence, mention))
        if mention.rule.family == "weekday" and text.startswith(("'s", "’s"), mention.end):
            # "Wednesday's ruling" names a reported event by its day: the latest such day.
            reading = TenseReading("past")
        elif ((mention.rule.family == "weekday" or "weekday" in mention.parts)
              and reading.tense() == "none"
              and scheduled_present(text, sentence, mention.context_start)):
            # "the two sides meet separately Monday", "voting ends at midnight Saturday": a
            # timetable, ahead
            reading = TenseReading("future")
        elif preposition == "since":
            # "on patrol since March": a start already passed
            reading, since = TenseReading("past"), True
        elif preposition in vocab.CLOSING_WORDS:
            # "the quarter ended Oct. 31": closed by the DCT
            reading, closed = TenseReading("past"), True
        elif preposition in vocab.DEADLINE_PREPOSITIONS:
            # "by August", "until 9 a.m. Tuesday": a deadline ahead; one set in a past clause
            # ("gave it until mid-November") is the nearest such date, not a past one.
            tense = reading.tense()
            if tense == "none" or _postponed(text, mention):
                # "postponed until Tuesday": put off past the decision
                reading = TenseReading("future")
            elif tense == "past":
                reading, nearest = TenseReading("none"), True
        elif (((preposition == "for" and mention.rule.family in {"absolute", "weekday"}
                and _scheduled_for(text, mention)) or _starting(text, mention, preposition))
              and reading.tense() == "past"):
            # "The judge set a hearing for Dec. 6", "suspended travel for 30 days, starting at
            # midnight Friday": the plan's date, the nearest such one. (With no tense a start
            # keeps the clause's reading: "within a week, starting at noon Saturday" in a
            # story told in the past beyond the words read.)
            reading, nearest = TenseReading("none"), True
        range_start = _range_start(text, mention, resolved, families)
        ctx = Context(dct=dct, tense_reading=reading, anchor=anchor, quarter=quarter,
                      period=period, stretch=stretch, fiscal=fiscal_in_force, nearest=nearest, closed=closed,
                      day_named=day_named, period_month=period_month, since=since,
                      after_in=mention.rule.family == "duration" and preposition == "in",
                      preposition=preposition, range_start=range_start)
        try:
            result = RESOLVERS[mention.rule.family](mention, ctx)
        except (ValueError, OverflowError, KeyError):
            result = None  # an impossible date ("February 30") is not a time
        if result is None:
            continue
        phrase = text[mention.context_start:mention.end]
        if mention.rule.family == "time_of_day" and _DAY_PARTS.isdisjoint(mention.parts):
            undated_clocks.append(len(resolved))
        families.append(mention.rule.family)
        if fiscal_calendar.year_ends:
            fiscal_calendar.passed(mention.start)
        days, days_why = _fiscal_days(text, mention, result, ctx, fiscal_calendar, resolved)
        resolved.append(built.time_expression(
            mention.text, mention.start, mention.end, result.type or mention.rule.type,
            result.value, days, mention.rule.name,
            f'"{phrase}" → {result.value}: {result.explanation}{days_why}'))
        if ((result.type or mention.rule.type) == "DATE" and result.interval.is_point
                and result.interval.earliest):
            anchor = result.interval.earliest
            period = None
            # "now" (PRESENT_REF) keeps the DCT in force but names no day to point back to.
            day_named = day_named or result.value[:1].isdigit()
        elif (result.anchors and result.interval.earliest and (
                (mention.rule.family in {"absolute", "spelled_year"}
                 and result.interval.precision in {Precision.MONTH, Precision.YEAR})
                # "last year ... the year before": a year named by its distance counts too
                or (mention.rule.family == "shifted_unit"
                    and result.interval.precision == Precision.YEAR)
                # "sold 21 million iPods in the first quarter, 50 % more than the previous
                # year": a quarter named is a period in force, its year counts
                or result.interval.precision == Precision.QUARTER)):
            period = result.interval.earliest
            period_month = result.interval.precision == Precision.MONTH
        if _reporting_stretch(mention, result):
            # "Net for the nine months ...": a year earlier now means that stretch's year.
            quarter, stretch = None, result.value
        if (result.interval.precision == Precision.QUARTER and result.interval.earliest
                and result.anchors and _reported_quarter(mention, result, dct, quarter, fiscal_in_force)):
            new_quarter = _quarter_of_value(result.value) or _dct_quarter(
                result.interval.earliest)
            if new_quarter != quarter:
                fiscal_in_force = "fiscal" in mention.text.lower()
            quarter = new_quarter
            fiscal_calendar.in_force_index = len(resolved) - 1
            # (``_fiscal_days`` hands back the very interval it was given when it moves nothing:
            # the identity test spares comparing the two on most quarters)
            fiscal_calendar.in_force_days = None if (
                days is result.interval or days == result.interval) else days
            fiscal_calendar.in_force_dated = bool(days_why) and not days_why.startswith(
                _UNKNOWN_CALENDAR)
    _settle_appositions(text, resolved, families)
    _settle_clock_days(text, resolved, undated_clocks)
    return resolved


# Parts of a clock time's match that give its day ("3 p.m. Monday", "noon on March 20",
# "10 a.m. tomorrow").
_DAY_PARTS = frozenset({"weekday", "month", "rel"})
# Between a clock time and a day written after it: a restatement in another zone in parentheses
# ("4:17 a.m. local time (0117 GMT) on Monday"), a comma, "on", or nothing ("6 a.m. the day
# after Christmas").
_CLOCK_TO_DAY = re.compile(r"(?:[ \t]*\([^()\n]{1,30}\))?,?[ \t]+(?:on[ \t]+)?")


def _settle_clock_days(text: str, resolved: list[TimeExpression], undated: list[int]) -> None:
    """A clock time with no day of its own followed at once by a day-precise date is a time on
    that day ("at 4:17 a.m. local time (0117 GMT) on Monday", "open at 6 a.m. the day after
    Christmas"), not on the date in force before it."""
    for i in undated:
        if i + 1 >= len(resolved):
            continue
        clock, day = resolved[i], resolved[i + 1]
        date = day.interval.earliest
        if (day.type != "DATE" or not day.interval.is_point or date is None
                or not day.value[:1].isdigit() or "T" not in clock.value
                or not _CLOCK_TO_DAY.fullmatch(text, clock.span.end, day.span.start)):
            continue
        value = f"{date.isoformat()}T{clock.value.split('T', 1)[1]}"
        resolved[i] = clock.model_copy(update={
            "value": value,
            "interval": Interval(earliest=date, latest=date, precision=Precision.TIME),
            "explanation": f'"{clock.span.text}" → {value}: time of day on the date written '
                           f'after it, "{day.span.text}" ({date})'})


_QUARTER_VALUE = re.compile(r"(\d{4})-Q([1-4])")


def _settle_appositions(text: str, resolved: list[TimeExpression], families: list[str]) -> None:
    """"In the comparable year-ago quarter, the second quarter ended Oct. 31, ...": a quarter
    named by reference and then, set off by a comma, by its number has that number (in the year
    the reference gave it: a year-ago quarter stays a year back)."""
    for i in range(len(resolved) - 1):
        first, second = resolved[i], resolved[i + 1]
        if not (families[i] == "anaphoric_quarter" and families[i + 1] == "quarter"
                and text[first.span.end:second.span.start] == ", "):
            continue
        named, numbered = _QUARTER_VALUE.fullmatch(first.value), _QUARTER_VALUE.fullmatch(
            second.value)
        if named is None or numbered is None or named.group(2) == numbered.group(2):
            continue
        value, interval = cal.quarter(int(named.group(1)), int(numbered.group(2)))
        if second.interval != cal.quarter(int(numbered.group(1)), int(numbered.group(2)))[1]:
            # the numbered quarter's own days (a fiscal one), moved to the reference's year
            interval = fiscal.shift_years(second.interval,
                                          int(named.group(1)) - int(numbered.group(1)))
        resolved[i] = first.model_copy(update={
            "value": value, "interval": interval,
            "explanation": f'"{first.span.text}" → {value}: numbered by the quarter named '
                           f'after it, "{second.span.text}"'})
