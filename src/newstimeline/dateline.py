"""Wire-service datelines ("MOSCOW, December 18. /TASS/.") recognized from a table of forms."""

from __future__ import annotations

import re
from dataclasses import dataclass

from newstimeline.models import Dateline, Span
from newstimeline.timex import vocabulary as vocab
from newstimeline.timex.patterns import MONTH

# Only the head of an article can hold its dateline.
DATELINE_SEARCH_CHARS = 3000

PLACE = r"(?P<place>[A-Z][A-Z.'’-]*(?:[ -][A-Z][A-Z.'’-]*){0,4}(?:, [A-Z][A-Za-z.]+)?)"
DAY = r"(?P<day>3[01]|[12]\d|0?[1-9])"
YEAR = r"(?P<year>(?:19|20)\d\d)"


@dataclass(frozen=True, slots=True)
class DatelineForm:
    """One agency's dateline form: a template over PLACE, MONTH, DAY and YEAR, and an example."""

    name: str
    agency: str | None
    template: str
    example: str


DATELINE_FORMS: tuple[DatelineForm, ...] = (
    DatelineForm("tass", "TASS", r"{PLACE}, {MONTH} {DAY}\. /(?P<agency>TASS)/\.",
                 "MOSCOW, December 18. /TASS/."),
    DatelineForm("afp", "AFP", r"{PLACE}, {MONTH} {DAY}, {YEAR} \((?P<agency>AFP)\)",
                 "PARIS, Dec 18, 2021 (AFP) -"),
    DatelineForm("reuters", "Reuters", r"{PLACE}(?:, {MONTH} {DAY})? \((?P<agency>Reuters)\)",
                 "WASHINGTON, Dec 18 (Reuters) -"),
    DatelineForm("xinhua", "Xinhua", r"{PLACE}, {MONTH} {DAY} \((?P<agency>Xinhua)\)",
                 "BEIJING, Dec. 18 (Xinhua) --"),
    DatelineForm("ap", "AP", r"{PLACE}(?:, {MONTH} {DAY})? \((?P<agency>AP)\)",
                 "NEW YORK (AP) —"),
    DatelineForm("generic_with_year", None, r"{PLACE}, {MONTH} {DAY},? {YEAR}\b",
                 "LONDON, December 18, 2021 -"),
    DatelineForm("generic", None, r"{PLACE}, {MONTH} {DAY}(?![\d])", "LONDON, December 18 -"),
)  # fmt: skip

_COMPILED = tuple(
    (
        form,
        re.compile(
            r"^[ \t]*"
            + form.template.replace("{PLACE}", PLACE)
            .replace("{MONTH}", MONTH)
            .replace("{DAY}", DAY)
            .replace("{YEAR}", YEAR),
            re.MULTILINE,
        ),
    )
    for form in DATELINE_FORMS
)


_SEPARATOR = re.compile(r"[ \t]*(?:[-—–]{1,2}[ \t]*)?")


def find_dateline(text: str) -> Dateline | None:
    """The first dateline at the start of a line in the article's head, by the first form that fits."""
    head = text[:DATELINE_SEARCH_CHARS]
    best: tuple[int, int, DatelineForm, re.Match[str]] | None = None
    for order, (form, pattern) in enumerate(_COMPILED):
        match = pattern.search(head)
        if match and (best is None or (match.start(), order) < (best[0], best[1])):
            best = (match.start(), order, form, match)
    if best is None:
        return None
    _, _, form, match = best
    parts = match.groupdict()
    month = vocab.MONTHS[parts["month"].lower().rstrip(".")] if parts.get("month") else None
    start = match.start("place")
    # The separator after a dateline ("(Reuters) -", "(AP) —") belongs to it, not to the story.
    end = _SEPARATOR.match(text, match.end()).end()  # type: ignore[union-attr]
    end = len(text[:end].rstrip())
    return Dateline(
        span=Span(text=text[start:end], start=start, end=end),
        place=parts["place"].title() if parts.get("place") else None,
        agency=parts.get("agency") or form.agency,
        month=month,
        day=int(parts["day"]) if parts.get("day") else None,
        year=int(parts["year"]) if parts.get("year") else None,
        rule=form.name,
    )
