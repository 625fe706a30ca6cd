"""Wire-service datelines ("MOSCOW, December 18. /TASS/.") recognized from a table of forms.

Each form is one record: the agency, the languages its month names are written in, a template
over the named sub-patterns below, and a real-world-shaped example (pinned by a test). Month
names outside English ("18 декабря", "18 jun") are read with dateparser's locale data.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass

import dateparser

from newstimeline.models import Dateline, Span
from newstimeline.timex import vocabulary as vocab

# Only the head of an article can hold its dateline.
DATELINE_SEARCH_CHARS = 3000

# Capital letters of the scripts datelines are written in (Latin with accents, Cyrillic).
_UPPER = "A-ZÀ-ÖØ-ÞĀ-ſА-ЯЁІЇЄҐ"
_WORD = rf"[{_UPPER}][\w'’.-]*"
_CAPS_WORD = rf"[{_UPPER}][{_UPPER}'’.-]*"
# Lowercase particles inside place names ("RIO de JANEIRO", "Frankfurt am Main").
_PARTICLE = r"(?:de|da|do|dos|del|la|le|al|el|am|an|der|di|du|upon|on)"


def _place(word: str) -> str:
    """A place of up to five words, an optional ", Region" and an optional "[Country]"."""
    return (
        rf"(?P<place>{word}(?: (?:{_PARTICLE} )?{word}){{0,4}}"
        rf"(?:, {_WORD}(?: {_WORD})?)?(?: \[{_WORD}(?: {_WORD})?\])?)"
    )


PLACE = _place(_WORD)
PLACE_CAPS = _place(_CAPS_WORD)
DAY = r"(?:3[01]|[12]\d|0?[1-9])"
YEAR = r"(?:19|20)\d\d"
# Any month word; the form's languages decide whether it is one ("Dec.", "декабря", "jun").
MONTH_WORD = r"[^\W\d_]{3,12}\.?"
DATE = (
    rf"(?P<date>{MONTH_WORD} {DAY}(?:,? {YEAR})?(?![\d])|{DAY} {MONTH_WORD}(?:,? {YEAR})?"
    rf"|{YEAR}-[01]\d-[0-3]\d)"
)
WEEKDAY_WORD = r"(?:[^\W\d_]{3,12}\.?,? )"
CLOCK = r"(?:\d{1,2}[:.]\d\d(?: ?[AaPp]\.?[Mm]\.?)?(?: [A-Z]{2,4})?,? )"
CLOCK_END = r"(?:(?:at )?\d{1,2}[:.]\d\d(?: ?[AaPp]\.?[Mm]\.?)?(?: [A-Z]{2,4}(?![\w]))?)"
# What follows a dateline: a dash, an underscore, a colon, a bracket, or the end of the line.
AFTER = r"(?=[ \t]*(?:--|[-–—_:(/.]|$))"

_ENGLISH = ("en",)


@dataclass(frozen=True, slots=True)
class DatelineForm:
    """One agency's dateline form: a template over the sub-patterns, its languages, an example."""

    name: str
    agency: str | None
    """Canonical agency name; None takes it from the template's ``agency`` group."""
    languages: tuple[str, ...]
    template: str
    example: str


DATELINE_FORMS: tuple[DatelineForm, ...] = (
    DatelineForm("tass", "TASS", _ENGLISH, r"{PLACE}, {DATE}\. /TASS/\.?",
                 "MOSCOW, December 18. /TASS/."),
    DatelineForm("tass_ru", "TASS", ("ru",), r"{PLACE}, {DATE}\. /ТАСС/\.?",
                 "МОСКВА, 18 декабря. /ТАСС/."),
    DatelineForm("afp", "AFP", ("en", "fr"), r"{PLACE}(?:, {DATE})? \(AFP\)",
                 "PARIS, Dec 18, 2021 (AFP) -"),
    DatelineForm("reuters", "Reuters", _ENGLISH, r"{PLACE}(?:, {DATE})? \(Reuters\)",
                 "WASHINGTON, Dec 18 (Reuters) -"),
    DatelineForm("ap", "AP", _ENGLISH, r"{PLACE}(?:, {DATE})? \(AP\)",
                 "KYIV, Ukraine (AP) —"),
    DatelineForm("xinhua", "Xinhua", ("en", "es", "pt", "fr", "de", "it"),
                 r"{PLACE}, {DATE} \(Xinhua\)", "LISBOA, 18 jun (Xinhua) --"),
    DatelineForm("xinhua_ru", "Xinhua", ("ru",), r"{PLACE}, {DATE} /Синьхуа/",
                 "ПЕКИН, 18 декабря /Синьхуа/ --"),
    DatelineForm("interfax", None, _ENGLISH,
                 r"{PLACE}\. {DATE} \((?P<agency>Interfax(?:-[A-Z][\w-]+)?)\)",
                 "MOSCOW. Dec 18 (Interfax) -"),
    DatelineForm("interfax_ru", "Interfax", ("ru",), r"{PLACE}\. {DATE}\. INTERFAX\.RU",
                 "Москва. 18 декабря. INTERFAX.RU -"),
    DatelineForm("ria", "RIA Novosti", _ENGLISH, r"{PLACE}, {DATE} \(RIA Novosti\)",
                 "MOSCOW, December 18 (RIA Novosti) -"),
    DatelineForm("ria_ru", "RIA Novosti", ("ru",), r"{PLACE}, {DATE} [—–-]{1,2} РИА Новости",
                 "МОСКВА, 18 дек — РИА Новости."),
    DatelineForm("upi", "UPI", _ENGLISH, r"{PLACE}(?:, {DATE})? \(UPI\)",
                 "WASHINGTON, Dec. 18 (UPI) --"),
    DatelineForm("dpa", None, ("en", "de"), r"{PLACE}(?:, {DATE})? \((?P<agency>dpa(?:-AFX)?)\)",
                 "Berlin (dpa) -"),
    DatelineForm("bloomberg", "Bloomberg", _ENGLISH, r"(?:{PLACE} )?\(Bloomberg\)",
                 "(Bloomberg) -- "),
    DatelineForm("kyodo", "Kyodo", _ENGLISH, r"{PLACE}, {DATE} \(?Kyodo\)?",
                 "TOKYO, Dec. 18 Kyodo -"),
    DatelineForm("yonhap", "Yonhap", _ENGLISH, r"{PLACE}, {DATE} \(Yonhap\)",
                 "SEOUL, Dec. 18 (Yonhap) --"),
    DatelineForm("india_wire", None, _ENGLISH, r"{PLACE}, {DATE} \((?P<agency>PTI|IANS|ANI)\)",
                 "New Delhi [India], December 18 (ANI):"),
    # Wire copy that leaves the place out for nationwide stories: "Dec 18 (Reuters) -".
    DatelineForm("wire_no_place", None, _ENGLISH, r"{DATE} \((?P<agency>Reuters|UPI|AP)\)",
                 "Dec 18 (Reuters) -"),
    DatelineForm("published", None, ("en", "ru", "fr", "de", "es", "pt"),
                 r"(?i:published|first published|posted|publication date|date published"
                 r"|опубликовано|publié le|veröffentlicht|publicado)(?i: on| at)?:? "
                 r"{CLOCK}?{WEEKDAY}?{DATE}(?:,? {CLOCK_END})?",
                 "Published: Saturday, December 18, 2021 10:42 AM EST"),
    DatelineForm("generic", None, _ENGLISH, r"{PLACE_CAPS}, {DATE}{AFTER}",
                 "LONDON, December 18 -"),
)  # fmt: skip

_SUBPATTERNS = {"PLACE": PLACE, "PLACE_CAPS": PLACE_CAPS, "DATE": DATE, "WEEKDAY": WEEKDAY_WORD,
                "CLOCK": CLOCK, "CLOCK_END": CLOCK_END, "AFTER": AFTER}  # fmt: skip


def _compile(template: str) -> re.Pattern[str]:
    body = re.sub(r"\{([A-Z_]+)\}", lambda m: _SUBPATTERNS[m.group(1)], template)
    return re.compile(r"^[ \t]*" + body, re.MULTILINE)


_COMPILED = tuple((form, _compile(form.template)) for form in DATELINE_FORMS)
_TOKEN = re.compile(r"\d+|[^\W\d_]+")
# The separator after a dateline ("(Reuters) -", "(AP) —", "(ANI):") belongs to it, not the story.
_SEPARATOR = re.compile(r"[ \t]*(?:(?:[-—–_]{1,2}|:)[ \t]*)?")
_ISO = re.compile(r"(\d{4})-(\d\d)-(\d\d)$")
# A base date in a leap year, so that a yearless "29 февраля" still parses.
_LEAP_BASE = dt.datetime(2000, 6, 15)


@functools.cache
def month_number(word: str, languages: tuple[str, ...]) -> int | None:
    """The month a month word names in one of ``languages`` ("Dec." → 12, "декабря" → 12)."""
    key = word.lower().rstrip(".")
    if "en" in languages and key in vocab.MONTHS:
        return vocab.MONTHS[key]
    if languages == _ENGLISH:
        return None
    parsed = dateparser.parse(
        f"15 {word}", languages=list(languages),
        settings={"RELATIVE_BASE": _LEAP_BASE, "PREFER_DATES_FROM": "current_period",
                  "REQUIRE_PARTS": ["day", "month"], "RETURN_AS_TIMEZONE_AWARE": False},
    )
    # Anything but the 15th of some month in the base year is a relative reading ("15 min").
    if parsed is None or parsed.day != 15 or parsed.year != _LEAP_BASE.year:
        return None
    return int(parsed.month)


def parse_date(text: str, languages: tuple[str, ...]) -> tuple[int, int, int | None] | None:
    """Month, day and (if written) year of a dateline's date, or None if it is not a date."""
    year: int | None
    iso = _ISO.match(text)
    if iso:
        year, month, day = map(int, iso.groups())
    else:
        tokens = _TOKEN.findall(text)
        words = [t for t in tokens if not t.isdigit()]
        numbers = [t for t in tokens if t.isdigit()]
        if len(words) != 1:
            return None
        found = month_number(words[0], languages)
        if found is None:
            return None
        month = found
        day = int(numbers[0])
        year = int(numbers[1]) if len(numbers) > 1 else None
    try:
        dt.date(year or 2000, month, day)
    except ValueError:
        return None
    return month, day, year


def find_dateline(text: str) -> Dateline | None:
    """The earliest dateline starting a line of the article's head (table order breaks ties)."""
    head = text[:DATELINE_SEARCH_CHARS]
    best: tuple[int, int, Dateline] | None = None
    for order, (form, pattern) in enumerate(_COMPILED):
        for match in pattern.finditer(head):
            if best is not None and match.start() > best[0]:
                break
            found = _dateline(text, form, match)
            if found is not None:
                if best is None or (match.start(), order) < (best[0], best[1]):
                    best = (match.start(), order, found)
                break
    return best[2] if best else None


def _dateline(text: str, form: DatelineForm, match: re.Match[str]) -> Dateline | None:
    """The Dateline a match reads, or None when its date part is not a date."""
    parts = match.groupdict()
    month = day = year = None
    if parts.get("date"):
        parsed = parse_date(parts["date"], form.languages)
        if parsed is None:
            return None
        month, day, year = parsed
    place = parts.get("place")
    start = match.start("place") if place else match.start() + len(match.group()) - len(
        match.group().lstrip())
    separator = _SEPARATOR.match(text, match.end())
    end = separator.end() if separator else match.end()
    end = len(text[:end].rstrip())
    return Dateline(
        span=Span(text=text[start:end], start=start, end=end),
        place=_place_name(place) if place else None,
        agency=form.agency or parts.get("agency"),
        month=month,
        day=day,
        year=year,
        rule=form.name,
    )


def _place_name(place: str) -> str:
    """"NEW DELHI" → "New Delhi"; mixed-case names ("New Delhi [India]") are kept as written."""
    return place.title() if place.upper() == place else place
