"""The document creation time: chosen by trust, with the year of a yearless dateline inferred.

Precedence: ``--dct`` > document metadata > dateline (its year as written, from ``--year``, or
inferred from the text's evidence) > the reference date, with a warning.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass

from newstimeline.models import Dateline, Dct
from newstimeline.text import sentence_at, sentence_spans
from newstimeline.timex.finder import Mention
from newstimeline.timex.resolver import WEEKDAY_NAMES
from newstimeline.timex.tense import clause_tense
from newstimeline.timex.vocabulary import WEEKDAYS

# News convention for a bare weekday in a past-tense report: how many days before the story's
# date it usually lies. Same-day and previous-day reports dominate wire copy.
PAST_WEEKDAY_GAP: dict[int, float] = {0: 0.40, 1: 0.30, 2: 0.08, 3: 0.06, 4: 0.06, 5: 0.05, 6: 0.05}
# The same for a future-tense weekday ("will meet on Tuesday"): days after the story's date.
FUTURE_WEEKDAY_GAP: dict[int, float] = {0: 0.10, 1: 0.25, 2: 0.15, 3: 0.14, 4: 0.12, 5: 0.12,
                                        6: 0.12}  # fmt: skip
# An explicit year mentioned in a past or neutral clause: the story is rarely older than it.
YEAR_BEFORE_MENTION_PENALTY = 4.0
# Mentioned years pull the story's year towards them, by this much per year of distance.
YEAR_DISTANCE_PENALTY = 0.15
# Among years the evidence fits equally, more recent ones are likelier (archives are young).
RECENCY_PENALTY = 0.02
# How far back from the reference date candidate years reach.
CANDIDATE_YEARS = 60
# Below this posterior probability the inferred year is reported as low confidence.
LOW_CONFIDENCE = 0.6


@dataclass(frozen=True, slots=True)
class WeekdayEvidence:
    phrase: str
    weekday: int
    tense: str


@dataclass(frozen=True, slots=True)
class YearEvidence:
    phrase: str
    year: int
    tense: str


def _evidence(text: str, mentions: list[Mention]) -> tuple[list[WeekdayEvidence], list[YearEvidence]]:
    """Bare weekdays and explicit years the text mentions, with the tense of their clauses."""
    sentences = sentence_spans(text)
    weekdays: list[WeekdayEvidence] = []
    years: list[YearEvidence] = []
    for m in mentions:
        tense = clause_tense(text, sentence_at(sentences, m.start), m.context_start, m.end)
        phrase = text[m.context_start:m.end]
        if m.rule.family == "weekday" and "shift" not in m.parts and "day" not in m.parts:
            name = m.parts["weekday"].lower()
            if name in WEEKDAYS:
                weekdays.append(WeekdayEvidence(phrase, WEEKDAYS[name], tense))
        elif "year" in m.parts and len(m.parts["year"]) == 4:
            years.append(YearEvidence(phrase, int(m.parts["year"]), tense))
    return weekdays, years


def _weekday_log_likelihood(date: dt.date, evidence: list[WeekdayEvidence]) -> float:
    total = 0.0
    for item in evidence:
        if item.tense == "future":
            gap = (item.weekday - date.weekday()) % 7
            total += math.log(FUTURE_WEEKDAY_GAP[gap] * 7)
        else:
            gap = (date.weekday() - item.weekday) % 7
            total += math.log(PAST_WEEKDAY_GAP[gap] * 7)
    return total


def _year_log_likelihood(year: int, evidence: list[YearEvidence]) -> float:
    total = 0.0
    for item in evidence:
        if year < item.year and item.tense != "future":
            total -= YEAR_BEFORE_MENTION_PENALTY
        total -= YEAR_DISTANCE_PENALTY * abs(year - item.year)
    return total


@dataclass(frozen=True, slots=True)
class YearInference:
    year: int
    confidence: float
    candidates: list[int]
    explanation: str


def infer_year(
    text: str, mentions: list[Mention], month: int, day: int, reference: dt.date
) -> YearInference:
    """The likeliest year for a dateline's month and day, from the text's own evidence."""
    weekdays, years = _evidence(text, mentions)
    scores: dict[int, float] = {}
    for year in range(reference.year - CANDIDATE_YEARS, reference.year + 1):
        try:
            date = dt.date(year, month, day)
        except ValueError:  # February 29 outside leap years
            continue
        if date > reference:
            continue
        scores[year] = (
            _weekday_log_likelihood(date, weekdays)
            + _year_log_likelihood(year, years)
            - RECENCY_PENALTY * (reference.year - year)
        )
    top = max(scores.values())
    weights = {y: math.exp(s - top) for y, s in scores.items()}
    total = sum(weights.values())
    ranked = sorted(weights, key=lambda y: (-weights[y], -y))
    best = ranked[0]
    confidence = weights[best] / total
    runners_up = [y for y in ranked[1:6] if weights[y] / total >= 0.01]
    explanation = _explain(best, confidence, runners_up, weekdays, years, month, day, reference)
    return YearInference(best, round(confidence, 3), runners_up, explanation)


def _later_fit(best: dt.date, weekdays: list[WeekdayEvidence], reference: dt.date) -> int | None:
    """The first year after the reference date whose weekdays fit the evidence as well as ``best``."""
    if not weekdays:
        return None
    target = _weekday_log_likelihood(best, weekdays)
    for year in range(reference.year, reference.year + 12):
        try:
            date = best.replace(year=year)
        except ValueError:
            continue
        if date > reference and _weekday_log_likelihood(date, weekdays) >= target:
            return year
    return None


def _explain(
    best: int,
    confidence: float,
    runners_up: list[int],
    weekdays: list[WeekdayEvidence],
    years: list[YearEvidence],
    month: int,
    day: int,
    reference: dt.date,
) -> str:
    date = dt.date(best, month, day)
    label = f"{date:%B} {day}"
    reasons: list[str] = []
    for w in weekdays[:4]:
        gap = (date.weekday() - w.weekday) % 7 if w.tense != "future" else None
        where = "on the dateline's own day" if gap == 0 else (
            f"{gap} day(s) before it" if gap is not None else "after it")
        reasons.append(f'"{w.phrase}" ({w.tense} tense) falls {where} when {label} is a '
                       f"{WEEKDAY_NAMES[date.weekday()]}")
    if years:
        mentioned = sorted({y.year for y in years})
        reasons.append("years mentioned in the text: " + ", ".join(map(str, mentioned[:8])))
    if not reasons:
        reasons.append("the text gives no weekday or year evidence, so the most recent year "
                       "is assumed")
    later = _later_fit(date, weekdays, reference)
    level = "low" if confidence < LOW_CONFIDENCE else "high"
    text = (f"year {best} inferred for the yearless dateline '{label}': " + "; ".join(reasons)
            + f"; most likely year not after the reference date {reference}")
    if runners_up:
        text += "; other candidates: " + ", ".join(map(str, runners_up))
    if later:
        text += f"; {later} would also fit but is after the reference date"
    return text + f"; confidence {confidence:.2f} ({level})"


def choose_dct(
    text: str,
    mentions: list[Mention],
    dateline: Dateline | None,
    *,
    option_dct: dt.date | None,
    option_year: int | None,
    metadata_date: dt.date | None,
    reference: dt.date,
    metadata_source: str | None = None,
) -> Dct:
    """The document creation time by the precedence in this module's docstring."""
    if option_dct is not None:
        return Dct(date=option_dct, source="option", confidence=1.0,
                   explanation=f"given by --dct {option_dct}")
    if metadata_date is not None:
        where = f" ({metadata_source})" if metadata_source else ""
        return Dct(date=metadata_date, source="metadata", confidence=1.0,
                   explanation=f"publication date {metadata_date} from the document's "
                   f"metadata{where}")
    if dateline is not None and dateline.month and dateline.day:
        where = f"dateline '{dateline.span.text}'"
        if dateline.year is not None:
            date = dt.date(dateline.year, dateline.month, dateline.day)
            return Dct(date=date, source="dateline", confidence=1.0,
                       explanation=f"{date} from the {where}")
        if option_year is not None:
            date = dt.date(option_year, dateline.month, dateline.day)
            return Dct(date=date, source="option", confidence=1.0,
                       explanation=f"month and day from the {where}; year {option_year} "
                       "given by --year")
        inference = infer_year(text, mentions, dateline.month, dateline.day, reference)
        return Dct(date=dt.date(inference.year, dateline.month, dateline.day), source="inferred",
                   confidence=inference.confidence, explanation=inference.explanation,
                   candidates=inference.candidates)
    return Dct(date=reference, source="reference", confidence=0.0,
               explanation=f"no --dct, metadata or dated dateline: the reference date {reference} "
               "is used, and relative dates may be wrong")
