"""Anchoring: the time interval of an event, from the strongest evidence the text gives.

In order: a time expression in the event's own clause; the reporting convention (an undated
"said" in a news story is dated by the story); the tense relative to the DCT; discourse (the
date in force in the sentence). An event the text does not date is undated or given a bounded
range, never a guessed day.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Callable, Sequence
from itertools import compress
from operator import itemgetter
from typing import NamedTuple

from newstimeline.events.built import event_time, time_copy
from newstimeline.events.mentions import EventMention, ends_in_s
from newstimeline.events.vocabulary import (
    ADVERBS_BETWEEN,
    AUXILIARIES,
    DETERMINERS,
    IRREGULAR_PAST,
    NEVER_EVENTS,
    NOT_PLURAL_NOUNS,
    OBJECT_DETERMINERS,
    PERFECT_AUXILIARIES,
    PREPOSITIONS,
    PREPOSITIONS_BEFORE_NOUNS,
    RELATIVE_PRONOUNS,
    REPORT_VEHICLES,
    VEHICLE_RELATIVES,
)
from newstimeline.models import EventTime, Interval, Precision, TimeExpression
from newstimeline.text import Token
from newstimeline.timex import calendar as cal
from newstimeline.timex.vocabulary import MONTHS, NUMBER_WORDS, WEEKDAYS

# The longest period that dates the other events of its sentence: a decade (a century does not).
MAX_DECADE_DAYS = 3660
# Words before an expression that put the event before or after it rather than within it.
BEFORE_WORDS: frozenset[str] = frozenset({"before", "until", "till", "by"})
AFTER_WORDS: frozenset[str] = frozenset({"after", "since", "following"})
# Bounds that a negated event turns into its time ("did not leave until Friday": on Friday).
UNTIL_WORDS: frozenset[str] = frozenset({"until", "till"})
NEGATION_WORDS: frozenset[str] = frozenset({"not", "never", "cannot"})
# Words from a possessive expression to the noun it dates ("'s Campeau Corp. credit squeeze").
POSSESSIVE_REACH = 5
# Reporting words that name the source of their whole sentence ("according to diplomatic
# sources"): the sentence's dates are what the source tells, not when it told it.
SOURCE_ATTRIBUTIONS: frozenset[str] = frozenset({"according"})
# How many sentences after it a quarter frames ("the third quarter"): the figures of a quarterly
# report run on (a month or a year frames only the next sentence).
QUARTER_FRAME_SENTENCES = 3
# Expression types that place an event (durations and sets say how long or how often).
PLACING_TYPES = frozenset({"DATE", "TIME"})
# The days before the story's date on which an undated report may have been made.
REPORTING_WINDOW_DAYS = 1
_REPORTING_WINDOW = dt.timedelta(days=REPORTING_WINDOW_DAYS)  # (made once, not per test)
# Words that introduce the figure an event is compared with ("rose 5% from $4 a year earlier").
COMPARISON_WORDS: frozenset[str] = frozenset({"compared", "versus", "vs.", "vs"})
# Words of an expression that names the period of a comparison base.
EARLIER_WORDS: frozenset[str] = frozenset({"earlier", "ago", "year-ago", "before", "previous",
                                           "prior", "year-earlier"})
# Words between a trigger and an expression that make the expression another clause's time.
SUBORDINATE_BOUNDS: frozenset[str] = frozenset({"since", "after", "before", "until", "when",
                                                "while"})
# How far back a day named in a report's sentence may date the report (older days are background).
RECENT_DAYS = 7
_RECENT = dt.timedelta(days=RECENT_DAYS)
# Paragraph breaks after which a day before the story's "day before" is no longer in force: the
# story is back at its own date.
LAPSING_PARAGRAPHS = 3
# Tenses that place an event by the DCT alone, before any date elsewhere in the sentence.
DCT_TENSES = frozenset({"present", "future"})
# Verbs that "would" leaves in the present: a wish or a seeming, not a conditional act.
WOULD_PRESENT_VERBS: frozenset[str] = frozenset({"like", "love", "prefer", "want", "need",
                                                 "seem", "appear"})
# Verbs of seeming ("Moves to keep Elian appear to be stymied"): their time is what seems so.
SEEMING_VERBS: frozenset[str] = frozenset({"appear", "appears", "seem", "seems"})
# Verbs whose future goes on with a present state or act ("will remain in both posts", "we
# will continue to do everything we can"): at the story's date, as a present is.
CONTINUING_VERBS: frozenset[str] = frozenset({"continue", "remain"})
# Present verbs of intending, planning or expecting: the infinitive they govern is an act still
# to come ("The company plans to sell its unit", "wants to buy"), after the story's date like a
# future, not on it as "are believed to live" is.
_INTENDING_BASES = ("plan", "intend", "expect", "aim", "hope", "want", "seek", "promise", "vow",
                    "pledge", "threaten", "propose", "prepare", "decide", "agree", "wish", "mean",
                    "vote", "ask", "urge", "demand", "offer")
INTENDING_VERBS: frozenset[str] = frozenset(
    form for base in _INTENDING_BASES
    for form in (base, base + ("es" if base.endswith(("sh", "ch")) else "s")))
# The same verbs in the past ("agreed to buy", "decided to invite", "sought to block"): what
# they govern is still to come at their time, not on it.
INTENDING_PAST: frozenset[str] = frozenset({
    "planned", "intended", "expected", "aimed", "hoped", "wanted", "sought", "promised",
    "vowed", "pledged", "threatened", "proposed", "prepared", "decided", "agreed", "wished",
    "meant", "voted", "asked", "urged", "demanded", "offered",
})  # fmt: skip
# Determiners: an expression right after one modifies the noun that follows it ("the 1998
# bombing"); not the quantifiers or "my"/"your", rare before a date.
MODIFIER_DETERMINERS: frozenset[str] = DETERMINERS - {"some", "any", "no", "every", "each", "my",
                                                      "your"}
# Forms of "be" as a main verb: an infinitive after one is a goal, not a present state.
COPULA_FORMS: frozenset[str] = frozenset({"is", "are", "am", "been"})
# Modals in the present: what they govern is able, bound or possible at the story's date
# ("Embassy employees can offer only emergency service"); "could" and "would" are not.
PRESENT_MODALS: frozenset[str] = frozenset({"can", "cannot", "ca", "must", "should", "may",
                                            "might"})


def bounding_word(expression: TimeExpression, text: str) -> str:
    """The word before an expression that bounds an event by it ("before", "since"), else ""
    ("not until Tuesday" places the event on Tuesday; "prior to" counts as "before")."""
    start = expression.span.start  # (a pydantic field read once: ~400 instructions a read)
    preceding = text[max(0, start - 16):start].lower().split()
    word = preceding[-1] if preceding else ""
    if preceding[-2:] == ["prior", "to"]:
        return "before"
    if word == "until" and preceding[-2:-1] == ["not"]:
        return ""
    return word if word in BEFORE_WORDS or word in AFTER_WORDS else ""


def _possessed_by(expression: TimeExpression, text: str, trigger_start: int) -> bool:
    """Whether the trigger is the noun a possessive expression dates ("Friday's purchases",
    "next week's talks", "following last month's Campeau Corp. credit squeeze": the head noun
    may stand a few words on): a bound before the expression then bounds the phrase, not the
    noun."""
    end = expression.span.end
    between = text[end:trigger_start]
    return trigger_start >= end and between.lstrip().startswith(
        ("'s", "’s", "' ", "’ ")) and len(between.split()) <= POSSESSIVE_REACH


def _possessive(expression: TimeExpression, text: str) -> bool:
    """Whether the expression is a possessive ("last month's discovery", "Thursday's ruling")."""
    end = expression.span.end
    return text[end:end + 2] in ("'s", "’s")


def _negated_near(expression: TimeExpression, text: str, trigger_start: int) -> bool:
    """Whether a negation stands between the expression and the trigger, or in the three words
    before the trigger ("wouldn't be profitable until 1994"): the event happens then."""
    if trigger_start < 0:
        return False
    between = text[expression.span.end:trigger_start]  # empty when the trigger comes first
    before = text[max(0, trigger_start - 40):trigger_start].split()[-3:]
    words = [w.lower().strip(",.;:\"'`") for w in between.split() + before]
    return any(w in NEGATION_WORDS or w.endswith(("n't", "n’t")) for w in words)


# An expression that names the end of a period ("the end of the year", "year-end").
_END_WORD = re.compile(r"\bend\b|-end\b", re.IGNORECASE)


def anchor_by_expression(
    expression: TimeExpression, text: str, trigger_text: str, trigger_start: int = -1,
    bounded: bool = True,
) -> EventTime:
    """The event lies on, before or after the expression in its clause (``bounded=False``:
    on it, whatever word stands before it)."""
    interval = expression.interval
    word = bounding_word(expression, text) if bounded else ""
    if word and _possessed_by(expression, text, trigger_start):
        word = ""
    if word in UNTIL_WORDS and _negated_near(expression, text, trigger_start):
        word = ""  # "Until Thursday, they had not called him a suspect": on Thursday
    span = expression.span
    if word in BEFORE_WORDS and interval.earliest is not None:
        latest = interval.earliest if word == "by" else interval.earliest - dt.timedelta(days=1)
        if interval.latest is not None and (word == "by" or (
                word in UNTIL_WORDS and _END_WORD.search(span.text))):
            # "will continue until the end of the year": up to its last day, not before the
            # last part of the year that "the end of" names.
            latest = interval.latest
        return event_time(value=expression.value, earliest=None, latest=latest,
                         precision=Precision.UNKNOWN, relation="before", basis="expression",
                         expression=span,
                         explanation=f"'{trigger_text}' is {word} {expression.explanation}")
    if word in AFTER_WORDS and interval.latest is not None:
        earliest = interval.earliest if word == "since" else interval.latest + dt.timedelta(days=1)
        return event_time(value=expression.value, earliest=earliest, latest=None,
                         precision=Precision.UNKNOWN, relation="after", basis="expression",
                         expression=span,
                         explanation=f"'{trigger_text}' is {word} {expression.explanation}")
    return event_time(value=expression.value, earliest=interval.earliest, latest=interval.latest,
                     precision=interval.precision, relation="on", basis="expression",
                     expression=span,
                     explanation=f"{expression.explanation} (in the clause of '{trigger_text}')")


def anchor_by_convention(mention: EventMention, dct: dt.date) -> EventTime:
    """No expression in the clause: reporting convention, then tense, else undated."""
    return _by_convention(mention.token.text, mention.event_class, mention.tense, mention.aspect,
                          dct)


def _by_convention(word: str, event_class: str, tense: str, aspect: str,
                   dct: dt.date) -> EventTime:
    """``anchor_by_convention`` from what it reads of the mention. Not cached: keyed by the word,
    a bounded cache misses on most of a long run's mentions and its churn costs more garbage
    collection than building the EventTime (speed round 8)."""
    if event_class == "REPORTING" and tense != "future":
        earliest = dct - _REPORTING_WINDOW
        # The window is the convention; its usual case, the story's own day, is kept beside it.
        return event_time(value=None, earliest=earliest, latest=dct, precision=Precision.DAY,
                         relation="on", basis="reporting", expression=None, likely_day=dct,
                         explanation=f"undated report '{word}': by news convention on the "
                         f"story's date {dct} (usually) or the day before")
    if tense == "future":
        return event_time(value="FUTURE_REF", earliest=dct, latest=None,
                         precision=Precision.UNKNOWN, relation="after", basis="tense",
                         expression=None,
                         explanation=f"future '{word}': some time after the story's date {dct}")
    if tense == "past" or aspect in {"perfect", "perfect_progressive"}:
        form = {"perfect": "perfect", "perfect_progressive": "perfect progressive",
                "progressive": "past progressive"}.get(aspect, "past tense")
        return event_time(value="PAST_REF", earliest=None, latest=dct,
                         precision=Precision.UNKNOWN, relation="before", basis="tense",
                         expression=None,
                         explanation=f"{form} '{word}': some time up to the story's date {dct}")
    if tense == "present":
        return at_story_date(dct, f"present '{word}': going on at the story's date {dct}")
    return event_time(value=None, earliest=None, latest=None, precision=Precision.UNKNOWN,
                     relation="undated", basis="none", expression=None,
                     explanation=f"the text gives no time for '{word}'")


def at_story_date(dct: dt.date, explanation: str) -> EventTime:
    """An event going on or holding at the story's date (``basis: tense``)."""
    return event_time(value="PRESENT_REF", earliest=dct, latest=dct, precision=Precision.DAY,
                      relation="on", basis="tense", expression=None, explanation=explanation)


def nearest_to(expressions: Sequence[TimeExpression], position: int) -> TimeExpression:
    """The expression that starts nearest ``position`` in the text (the first of a tie)."""
    return min(expressions, key=lambda e: abs(e.span.start - position))


def anchor_by_discourse(
    mention: EventMention, expression: TimeExpression, text: str, where: str
) -> EventTime:
    """The date in force (in the sentence, or carried over from earlier ones). A bound before
    it ("cut since August, when they traded") bounds the verb whose clause holds it; the date in
    force is the time it names."""
    # ``anchor_by_expression(..., bounded=False)`` with the basis, expression and explanation
    # replaced, built at once: the expression's interval, "on" it.
    interval = expression.interval
    return event_time(value=expression.value, earliest=interval.earliest,
                      latest=interval.latest, precision=interval.precision, relation="on",
                      basis="discourse",
                      expression=None if expression.rule == STORY_DATE_RULE else expression.span,
                      explanation=f"{expression.explanation} (the date in force {where} of "
                      f"'{mention.token.text}')")


def anchor_event(
    mention: EventMention,
    text: str,
    own: list[TimeExpression],
    sentence: list[TimeExpression],
    in_force: TimeExpression | None,
    dct: dt.date,
    dependent: bool = False,
    unclaimed: Sequence[TimeExpression] = (),
    present_verb: str | None = None,
    report_days: Sequence[TimeExpression] | None = None,
    perfect_verb: str | None = None,
    relatives: Sequence[RelativeClause] = (),
    finite_starts: Sequence[int] = (),
    quotes: Sequence[tuple[int, int]] = (),
    sentence_tense: str | None = None,
) -> EventTime:
    """The strongest evidence first: own clause, reporting convention, tense, then discourse.
    A ``dependent`` trigger (infinitive, modal's verb) takes no date in force.
    ``unclaimed``: the sentence's expressions that date no finite verb (a report, or a
    dependent trigger before it, may take one). ``present_verb``: the simple or progressive
    present verb (or present "is/are") that governs the trigger in its clause, which places an
    untensed trigger at the DCT. ``report_days``: the expressions an undated report may take
    (``unclaimed`` and the days of participles describing its vehicle, "the letter, dated
    Monday"), when they differ from ``unclaimed``. ``perfect_verb``: the present perfect, not
    negated, that governs the trigger in its clause, which places an infinitive it governs at
    the DCT as ``present_verb`` does ("have fought to keep the boy"). ``relatives``: the
    sentence's relative clauses (``relative_clauses``), whose dates are theirs alone.
    ``finite_starts``: the offsets of the sentence's finite verbs. ``sentence_tense``:
    "present" when the sentence's finite verbs are all presents (simple, progressive or
    perfect), "future" when they are presents and futures, none past."""
    start = mention.token.start
    if mention.token.lower in SOURCE_ATTRIBUTIONS and mention.event_class == "REPORTING" \
            and text[mention.token.end:mention.token.end + 4].split()[:1] == ["to"]:
        # "..., with the vanguard arriving Tuesday, according to diplomatic sources": the
        # sentence is what the source says; its dates are not the source's.
        return anchor_by_convention(mention, dct)
    if mention.aspect in {"perfect", "perfect_progressive"} and ends_in_s(mention.token.lower):
        # "In fiscal 1989, it had sales of about $40 million": "had" is the main verb and the
        # plural noun its object, no participle: a simple past (or present) state.
        mention = dataclasses.replace(mention, aspect="simple")
    if own or sentence:
        # (62% of TBAQ's timeline events have no expression in their sentence: no filter.)
        own, sentence = _expressions_of(mention, text, own, sentence, dct, dependent,
                                        relatives, finite_starts, quotes)
    if own and mention.tense == "present" and mention.aspect in {"simple", "progressive"} \
            and mention.event_class == "I_STATE" and all(e.span.start > start for e in own):
        # "the closing, which is expected in December", "are worried about the future": a
        # present state of mind holds now; the expression after it dates what is expected.
        return anchor_by_convention(mention, dct)
    if mention.event_class == "I_STATE" and mention.tense == "past" \
            and mention.aspect == "simple" and not dependent \
            and all(e.span.start > start for e in (own or sentence)) \
            and describing_state(mention, text, finite_starts):
        # "The activist wanted for questioning in last month's shooting may have fled", "will
        # offer a package in a move expected to result in a fourth-quarter charge": a
        # participle of a state of mind describing a noun ("who is wanted") holds at the
        # story's date; the date after it dates what is wanted or expected.
        return at_story_date(dct, f"'{mention.token.text}' describes a noun as a state of mind "
                                  f"holding at the story's date {dct}")
    if own:
        nearest = nearest_to(own, start)
        return _bounded_by_dct(anchor_by_expression(
            nearest, text, mention.token.text, start,
            bounded=not when_clause_of(nearest, text, start)), mention, dct,
            since=bounding_word(nearest, text) == "since")
    # The convention's EventTime is made only where it is the answer (or its base): most
    # events that pass here take another rule's time.
    if mention.event_class == "REPORTING" and mention.tense != "future":
        by_convention = anchor_by_convention(mention, dct)  # the reporting convention
        # "In a televised address Friday, the president described ...": a date of the sentence
        # that no finite verb claims, outside what is reported, dates the report.
        told = [e for e in (unclaimed if report_days is None else report_days)
                if is_recent_day(e, dct)
                and not _inside_report(e, mention, text) and not bounding_word(e, text)]
        if told:
            nearest = nearest_to(told, start)
            return anchor_by_discourse(mention, nearest, text, "in the sentence")
        news = _news_day_before(in_force, mention, dct)
        if news is not None and in_force is not None:
            # The story has named the day before its date as the day in force ("NATO admitted
            # three members on Friday", in Saturday's paper): its undated past reports are
            # likely of that day, the convention's "day before".
            return time_copy(by_convention, {
                "likely_day": news,
                "explanation": f"undated report '{mention.token.text}': by news convention on "
                f"the day in force, {news} ({in_force.explanation}), or the story's date {dct}"})
        return by_convention
    if mention.tense == "future":
        # "the bridge will reopen, with the first trains in May": a coming date of the sentence.
        coming = [e for e in unclaimed if e.interval.earliest is not None
                  and e.interval.earliest >= dct and not bounding_word(e, text)]
        if coming:
            nearest = nearest_to(coming, start)
            return anchor_by_discourse(mention, nearest, text, "in the sentence")
        # "the business will achieve higher sales this year": a period of the sentence that
        # holds the story's date holds what will happen in it, in the part still to come.
        current = [e for e in unclaimed if e.interval.earliest is not None
                   and e.interval.latest is not None and not e.interval.is_point
                   and e.interval.earliest <= dct < e.interval.latest
                   and not bounding_word(e, text) and not _inside_report(e, mention, text)]
        if current:
            nearest = nearest_to(current, start)
            time = anchor_by_discourse(mention, nearest, text, "in the sentence")
            return time_copy(time, {
                "earliest": dct, "explanation": f"future '{mention.token.text}': the rest of "
                f"{nearest.span.text!r} after the story's date: {time.explanation}"})
    if _present_perfect(mention) and not dependent:
        # "More than 100 people have been killed ... in the blasts on Friday": a past date of
        # its own sentence, not a bound, is when the perfect's event took place.
        dated = [e for e in unclaimed if e.interval.latest is not None
                 and e.interval.earliest is not None and e.interval.latest <= dct
                 and not bounding_word(e, text) and not _inside_report(e, mention, text)
                 and not _dates_other_event(e, mention, text)]
        if dated:
            nearest = nearest_to(dated, start)
            return anchor_by_discourse(mention, nearest, text, "in the sentence")
        # "Sales have risen this year": a bounded period of the sentence that holds the story's
        # date holds what has happened in it, in the part already past.
        current = [e for e in unclaimed if e.interval.latest is not None
                   and e.interval.earliest is not None and e.interval.earliest < dct
                   and e.interval.latest > dct
                   and (e.interval.latest - e.interval.earliest).days <= MAX_DECADE_DAYS
                   and not bounding_word(e, text) and not _inside_report(e, mention, text)
                   and not _dates_other_event(e, mention, text)]
        if current:
            nearest = nearest_to(current, start)
            time = anchor_by_discourse(mention, nearest, text, "in the sentence")
            return time_copy(time, {
                "latest": dct, "explanation": f"perfect '{mention.token.text}': the part of "
                f"{nearest.span.text!r} up to the story's date: {time.explanation}"})
    if mention.tense == "future" and mention.token.lower in CONTINUING_VERBS:
        # "Sir Christopher will remain in both posts": what will go on is going on already.
        return at_story_date(dct, f"future '{mention.token.text}' goes on with what holds at "
                                  f"the story's date {dct}")
    if _present_perfect(mention) and _since_adverb(text, start):
        # "Prices hit a record in August 2022 and have since fallen", "It has since closed
        # two plants": between the date told before it (or in force) and the story's date.
        told = [e for e in sentence if e.span.end <= start and e.interval.earliest is not None
                and e.interval.earliest <= dct]
        reference = told[-1] if told else in_force
        if reference is not None and reference.interval.earliest is not None \
                and reference.interval.earliest <= dct:
            return event_time(
                value=reference.value, earliest=reference.interval.earliest, latest=dct,
                precision=Precision.UNKNOWN, relation="after", basis="discourse",
                expression=reference.span,
                explanation=f"'{mention.token.text}' has happened since the date before it, "
                f"{reference.explanation}: between it and the story's date {dct}")
    if mention.tense in DCT_TENSES:
        return anchor_by_convention(mention, dct)
    if mention.tense == "past" and any(
            noun < 0 and first <= start < end
            and not any(first <= e.span.start < end for e in sentence)
            for first, end, noun in relatives):
        # "the largest assault on Moscow since the war began": what a since-clause tells with no
        # date of its own opened the period up to the time told around it, which it precedes.
        return anchor_by_convention(mention, dct)
    # A vague "recently" or "soon" dates its own clause but names no time for the others.
    # "helps to stabilize a region that has been the staging ground for many of the disasters
    # of this century": a century dates no other event of its sentence (a decade still may:
    # "The situation began to relax in the early 1990s").
    framing = [e for e in sentence if e.interval.earliest is not None
               and e.interval.latest is not None
               and (e.interval.latest - e.interval.earliest).days <= MAX_DECADE_DAYS]
    # "These conversations are remembered by ...": a noun after "these" names events
    # told before, at their date, not a present state or act of its clause.
    # (Read only where it is tested: for an untensed trigger in a sentence without dates.)
    pointed_back = mention.tense == "none" and not sentence \
        and text[max(0, start - 8):start].lower().split()[-1:] == ["these"]
    if present_verb is not None and mention.tense == "none" and not dependent and not framing \
            and not pointed_back:
        # "Both sides are in talks to settle the dispute": an untensed event in the clause of a
        # present verb is going on when that verb is, at the story's date, not on a date
        # carried from earlier sentences.
        return at_story_date(dct, f"'{mention.token.text}' in the clause of present "
                                  f"'{present_verb}': going on at the story's date {dct}")
    in_sentence = nearest_to(framing, start) if framing else None
    if mention.aspect in {"perfect", "perfect_progressive"} and mention.tense == "past":
        free = [e for e in unclaimed if any(e is x for x in framing)]
        if free:
            # "Kopp had been arrested in several states since 1990": a date of its own sentence
            # that no finite verb claims frames the past perfect; it is not a later reference.
            nearest = nearest_to(free, start)
            return anchor_by_discourse(mention, nearest, text, "in the sentence")
        reference = in_sentence or in_force
        if reference is not None and reference.interval.earliest is not None:
            # "He had fled the city": before the time the story is telling, not on it.
            return event_time(
                value=reference.value, earliest=None, latest=reference.interval.earliest,
                precision=Precision.UNKNOWN, relation="before", basis="discourse",
                expression=reference.span,
                explanation=f"past perfect '{mention.token.text}': before the date in force, "
                f"{reference.explanation}")
    if dependent and not present_modal(mention, text):
        # "expects to achieve record earnings in 1990": the intended act takes a date told
        # after it in its sentence that no finite verb claims, not its governing verb's date.
        # Not a present modal's verb ("can participate in planning for the summit in April"):
        # able or bound now, below; the later date is a noun's.
        ahead = [e for e in unclaimed if e.span.start > start
                 and not _inside_report(e, mention, text) and not bounding_word(e, text)
                 # "would look for ways to get around Wednesday's ruling": a possessive
                 # dates the noun it possesses, not the act intended before it.
                 and not _possessive(e, text)
                 # "plans to hold a news conference to screen an advertisement ... of a
                 # bombing earlier this year": what a present verb intends is still to come.
                 and not (present_verb is not None and mention.tense == "none"
                          and e.interval.latest is not None and e.interval.latest <= dct)]
        if ahead:
            return anchor_by_discourse(mention, ahead[0], text, "in the sentence")
        if present_verb is not None and present_verb.lower() in INTENDING_VERBS:
            # "On Tuesday, the league plans to hold a news conference": a coming date told
            # before the present intending verb is when the intended act is to be done (one
            # told after the verb is its object's: "expects net income in the year ending
            # June 30 to fall").
            verb_at = text.rfind(present_verb, 0, start)
            planned = [e for e in sentence if e.span.end <= verb_at and coming_date(e, dct)
                       and not bounding_word(e, text) and not _possessive(e, text)]
            if planned:
                return anchor_by_discourse(mention, planned[-1], text, "planned in the sentence")
    # "The relatives have fought to keep the boy": a present perfect (not negated) the
    # infinitive hangs on places it as a present does; what was sought is still sought.
    governor = present_verb or perfect_verb
    if dependent and governor is not None and mention.tense == "none" and not sentence \
            and governor.lower() in INTENDING_VERBS and present_verb is not None:
        # "The company plans to sell its unit": the intending is now, the selling to come.
        return _by_convention(mention.token.text, mention.event_class, "future", "none", dct)
    if dependent and governor is not None and mention.tense == "none" and not framing \
            and governor.lower() not in COPULA_FORMS:
        # "The two men are believed to live in Cleveland": the infinitive hangs on a present
        # verb, as a present modal's verb does; after a copula it is a goal ("Our goal is to
        # reunite them", "It has been our destiny to rejoin them"), still to come.
        return at_story_date(dct, f"'{mention.token.text}' hangs on present "
                                  f"{'' if present_verb else 'perfect '}'{governor}': possible, intended "
                                  f"or bound at the story's date {dct}")
    wish = mention.token.lower in WOULD_PRESENT_VERBS
    # A passive after the modal ("can be converted") only in a sentence with no date: "may
    # finally be resolved in a court hearing the week of March 6" is then.
    if (present_modal(mention, text, passive_too=not framing)
            or (dependent and not framing and _modal_ready(mention, text))) and not (wish and any(
            e.interval.latest is not None and e.interval.latest < dct for e in sentence)):
        # A wish in a sentence with a past date is that date's ("He said in 1990 he would like
        # to retire"), not the story's: it is left to the tense below.
        what = "a wish or seeming" if wish else "possible, able or bound"
        return at_story_date(dct, f"'{mention.token.text}' after a present modal: {what} "
                                  f"at the story's date {dct}")
    progressive_past = mention.aspect == "progressive" and mention.tense == "past"
    if (mention.aspect != "simple" and not progressive_past) or dependent:
        # "has walked back": a range up to the DCT, not a day; "agreed to buy": the buying is
        # not on the date of the agreeing, and not on the date in force either. A past
        # progressive ("was heating soup last fall when he was shot") was going on then.
        return anchor_by_convention(mention, dct)
    if in_sentence is not None and mention.event_class == "I_STATE" and mention.tense == "none" \
            and not dependent and mention.token.lower not in SEEMING_VERBS \
            and in_sentence.span.start > start and in_sentence.interval.earliest is not None \
            and in_sentence.interval.earliest > dct:
        # "Pro-republicans hope to have a president by the 2000 Olympics", "Westinghouse
        # expects margins of more than 10% next year": the coming date is what is hoped for or
        # expected; the state of mind (a present the mention model left untensed) holds now.
        return at_story_date(dct, f"state of mind '{mention.token.text}' about a coming time "
                                  f"({in_sentence.span.text!r}): holding at the story's date {dct}")
    if in_sentence is not None and _fits_tense(in_sentence, mention, dct):
        return anchor_by_discourse(mention, in_sentence, text, "in the sentence")
    if mention.tense == "none" and not sentence and not pointed_back \
            and (sentence_tense == "present" or (sentence_tense and in_force is not None)) \
            and not any(first <= start < end for first, end in quotes):
        # "The filing of the charges has intensified the debate": an untensed event of a
        # sentence told in the present is the story's now, not a date carried from the past
        # narrative before it, nor undated when no date is in force yet. With a future in the
        # sentence, only instead of a carried date: "The tender offer will be followed by the
        # sale" is still to come. A quotation's words are the speaker's, told when reported.
        return at_story_date(dct, f"'{mention.token.text}' in a sentence told in the present: "
                                  f"at the story's date {dct}")
    if mention.tense == "none" and mention.event_class == "I_STATE" and not dependent \
            and not sentence and in_force is not None \
            and mention.token.lower not in SEEMING_VERBS \
            and not (mention.token.lower.endswith("ing")
                     and text[max(0, start - 4):start].rstrip().endswith(",")):
        # "``We haven't benefited the shareholder as much as we need to,'' said ...": a state
        # of mind told untensed (mostly a present the mention model missed) holds at the
        # story's date, not on a date carried from the narrative before it.
        return at_story_date(dct, f"state of mind '{mention.token.text}' with no date of its "
                                  f"own sentence: holding at the story's date {dct}")
    if in_force is not None and _fits_tense(in_force, mention, dct):
        return anchor_by_discourse(mention, in_force, text, "carried from an earlier sentence")
    return anchor_by_convention(mention, dct)


def _expressions_of(
    mention: EventMention, text: str, own: list[TimeExpression], sentence: list[TimeExpression],
    dct: dt.date, dependent: bool, relatives: Sequence[RelativeClause],
    finite_starts: Sequence[int], quotes: Sequence[tuple[int, int]],
) -> tuple[list[TimeExpression], list[TimeExpression]]:
    """``anchor_event``'s own and sentence expressions, without those that date something
    else than the trigger (comparison bases, possessives, other clauses' and quotations')."""
    start = mention.token.start
    # (Each list is filtered in one pass: the tests are pure, so their order does not change
    # what is kept.)
    past = mention.tense == "past"
    objects_too = mention.token.lower not in OCCASION_VERBS
    simple_present = mention.tense == "present" and mention.aspect in {"simple", "progressive"}
    reporting = mention.event_class == "REPORTING"
    finite = mention.tense != "none" and mention.aspect == "simple"
    perfect = _present_perfect(mention)
    own = [e for e in own if not comparison_base(e, start, text)
           # "$100 million of senior notes due Nov. 1, 2009, priced at par": a past event does
           # not lie in a year after the story's; such a date is another phrase's (a
           # maturity). Nor does it lie on a coming day that premodifies a noun ("Meissner
           # gave no reason for the Jan. 14 deadline": the deadline's day).
           and (not past or e.interval.earliest is None
                or (e.interval.earliest.year <= dct.year
                    and not (e.interval.earliest > dct and noun_modifier(e, text))))
           # "said last month's discovery was a breakthrough": a possessive expression told
           # after the trigger dates the noun it possesses, not the trigger.
           and not (e.span.start > start and _possessive(e, text))
           # "reported a third-quarter net loss": a date between a determiner and a noun, told
           # after the trigger, dates that noun (the loss), not the trigger.
           and not (objects_too and _object_modifier(e, start, text))
           # "what he calls an ``eternal merger''" after "his Aug. 2 power-grab": a present
           # going on now does not lie on a past date that premodifies a noun.
           # (Unless it premodifies the trigger itself, a noun the mention model read as a
           # present: "The Friday explosions at two embassies killed 110 people".)
           and not (simple_present and e.interval.latest is not None and e.interval.latest < dct
                    and noun_modifier(e, text) and text[e.span.end:start].strip() != "")
           # "Blinken said Washington would consider the request and that a decision could
           # come next week", "The judges found that he diverted funds in 2016": a date of
           # what a report says or of a that-clause the trigger takes is not the trigger's
           # (when no trigger of that clause took it: the time of the events told alone).
           and not (e.span.start > start and (
               (reporting and _inside_report(e, mention, text))
               or (finite and _in_complement(e, mention, text))))
           # "has asked for talks next week": what has happened by now does not lie on a date
           # still to come (the object's).
           and not (perfect and e.interval.earliest is not None and e.interval.earliest > dct)]
    if not objects_too and own:
        # "won the 2024 Nobel Peace Prize on Friday": the occasion's year dates the winning
        # only when the clause names no narrower time within it (given to a nearer noun).
        modifiers = [e for e in own if _object_modifier(e, start, text)]
        if modifiers:
            narrower = [e for e in sentence if e.span.start > modifiers[0].span.end
                        and _within(e, modifiers[0]) and not bounding_word(e, text)]
            own = narrower[:1] or own
    sentence = [e for e in sentence if not comparison_base(e, start, text)
                and not (objects_too and _object_modifier(e, start, text))
                and not (finite and _in_complement(e, mention, text))]
    untensed = mention.tense == "none"
    if relatives or quotes or untensed:
        # "Judge Smith, who became a judge in 1990, resigned": a date inside a relative clause
        # that does not hold the trigger dates that clause (and the noun it describes), not
        # the verbs around it. "``I am willing to leave tomorrow,'' Castro read": a date
        # inside a quotation is the speaker's, not the date of the events told around it.
        kept = sentence
        sentence = [e for e in kept
                    if not _in_other_relative(e, mention, relatives, kept, text)
                    and not _in_other_quote(e, mention, quotes)
                    and not (untensed and _coarse_beyond_verb(e, start, text, finite_starts)
                             and not _describes(mention, e, relatives))]
    if not own and not dependent:
        # "last year's deadly U.S. Embassy blasts": a possessive expression dates the noun it
        # possesses, whichever trigger of the clause it was given to.
        own = [e for e in sentence if _possessive(e, text) and _possessed_by(e, text, start)
               and not {",", "to", "that"} & set(text[e.span.end:start].lower().split())]
    return own, sentence


def _within(inner: TimeExpression, outer: TimeExpression) -> bool:
    """Whether ``inner`` names a time inside ``outer`` and narrower than it."""
    a, b = inner.interval, outer.interval
    return (a.earliest is not None and a.latest is not None and b.earliest is not None
            and b.latest is not None and b.earliest <= a.earliest <= a.latest <= b.latest
            and (a.earliest, a.latest) != (b.earliest, b.latest))


def _in_complement(expression: TimeExpression, mention: EventMention, text: str) -> bool:
    """Whether the expression lies in the that-clause the trigger takes right after it ("The
    judges found that he diverted funds between 2015 and 2018": the finding is not in 2015).
    A clause has a subject and a verb before the expression; one word (and a preposition)
    after "that" is the trigger's object, "that" its determiner ("He repeated that position on
    Monday": the repeating is on Monday)."""
    end = mention.token.end
    start = expression.span.start
    if start <= end or text[end:end + 6].split()[:1] != ["that"]:
        return False  # (most expressions: one short slice read)
    words = text[end:start].split()
    return not (len(words) == 2 or (len(words) == 3 and words[2].lower() in PREPOSITIONS))


# Words that may stand between an expression and the "when" of the clause it introduces.
_WHEN_GAP = 4


# Words before a past form that make it a finite verb or a passive's participle, not one
# describing the noun before it.
_NOT_NOUNS_BEFORE_PARTICIPLE: frozenset[str] = frozenset({
    "is", "are", "was", "were", "be", "been", "being", "am", "has", "have", "had", "and", "or",
    "not", "who", "which", "that", "he", "she", "it", "they", "we", "i", "you", "also", "still"})
# Auxiliaries and modals: one told after the past form, in its clause, is the main verb's.
_CLAUSE_AUXILIARIES: frozenset[str] = frozenset({
    "may", "might", "can", "could", "will", "would", "shall", "should", "must", "is", "are",
    "was", "were", "has", "have", "had"})


def describing_state(mention: EventMention, text: str, finite_starts: Sequence[int]) -> bool:
    """Whether a past form of a state of mind right after a lowercase noun, before "to" or
    "for", describes that noun ("the activist wanted for questioning ... may have fled", "a
    move expected to result in a charge" as an object): a reduced "who is wanted", not the
    clause's finite verb ("The team planned to leave on Thursday"). It is one when the clause
    has its finite verb before the noun, or an auxiliary or modal after the past form."""
    start, end = mention.token.start, mention.token.end
    before = text[max(0, start - 30):start].split()
    after = text[end:end + 6].split()
    if not before or not after or after[0].lower() not in {"to", "for"}:
        return False
    word = before[-1]
    if not (word.isalpha() and word.islower()) or word in _NOT_NOUNS_BEFORE_PARTICIPLE \
            or word.endswith("ly"):
        return False
    clause_start = max(text.rfind(mark, 0, start) for mark in ",;:.")
    ends = [at for at in (text.find(mark, end, end + 200) for mark in ",;:.?!") if at != -1]
    rest = text[end:min(ends, default=end + 200)].lower().split()
    return any(clause_start < at < start for at in finite_starts) \
        or not _CLAUSE_AUXILIARIES.isdisjoint(rest)


def coming_date(expression: TimeExpression, dct: dt.date) -> bool:
    """Whether the expression names a time that begins after the story's date."""
    return expression.interval.earliest is not None and expression.interval.earliest > dct


# "when" opening a clause right after an expression: commas and the wire dash "_" may stand
# between ("Thursday, when", "in 1985 _ when"), any whitespace (a line break) after it.
_WHEN_AFTER = re.compile(r"[\s,_]*when\b", re.IGNORECASE)


def when_follows(expression: TimeExpression, text: str) -> bool:
    """Whether a when-clause opens right after the expression ("Thursday, when ...")."""
    return _WHEN_AFTER.match(text, expression.span.end) is not None


def when_clause_of(expression: TimeExpression, text: str, trigger_start: int) -> bool:
    """Whether the trigger opens a when-clause right after the expression ("Since 1985, when the
    Israelis created a buffer zone": the creating is in 1985, whatever bounds the expression),
    or is a verb joined to that clause's by "and" with no comma between ("since 2019, when a
    boat capsized in a storm and killed 23 people": the killing is in 2019 too)."""
    end = expression.span.end
    if trigger_start < end or not when_follows(expression, text):
        return False
    between = text[end:trigger_start]
    words = between.replace(",", " ").replace("_", " ").split()
    if len(words) <= _WHEN_GAP:
        return True
    return words[-1].lower() == "and" and "," not in between[between.lower().find("when"):]


def _bounded_by_dct(time: EventTime, mention: EventMention, dct: dt.date,
                    since: bool = False) -> EventTime:
    """Close an open bound at the story's date where the tense says which side it lies on:
    what holds "since 1985" (``since``) runs up to the DCT, unless told in the future; a past event
    "after" a date lies before the DCT; a coming event "by Dec. 15" (future or untensed)
    starts after it."""
    perfect = mention.tense == "present" and mention.aspect in {"perfect", "perfect_progressive"}
    if time.relation == "after" and time.latest is None and time.earliest is not None \
            and time.earliest <= dct and (perfect or mention.tense == "past"
                                          or (since and mention.tense != "future")):
        return time_copy(time, {"latest": dct})
    if time.relation == "before" and time.earliest is None and mention.tense in {"future", "none"} \
            and time.latest is not None and time.latest > dct:
        return time_copy(time, {"earliest": dct})
    return time


def noun_modifier(expression: TimeExpression, text: str) -> bool:
    """Whether the expression stands between a determiner and the noun it dates ("the 1998
    abortion clinic bombing", "a third-quarter net loss", "the Aug. 7 terrorist blasts")."""
    before = text[max(0, expression.span.start - 12):expression.span.start].split()
    return bool(before) and before[-1].lower() in MODIFIER_DETERMINERS and \
        expression.span.text.split()[0].lower() not in MODIFIER_DETERMINERS


# Verbs whose object is an occasion, at the occasion's time ("attended a Sunday night memorial
# service", "held a Friday news conference", "won the 2018 election").
OCCASION_VERBS: frozenset[str] = frozenset({
    "attend", "attends", "attended", "attending", "hold", "holds", "held", "holding",
    "host", "hosts", "hosted", "hosting", "watch", "watches", "watched", "watching",
    "win", "wins", "won", "winning", "lose", "loses", "lost", "losing",
    "contest", "contests", "contested", "contesting",
})  # fmt: skip
# Prepositions that put an event within the thing a dated noun names ("injured in the 1998
# bombing", "laid down by the Feb. 23 accord"): the noun's date is the event's too.
WITHIN_PREPOSITIONS: frozenset[str] = frozenset({"in", "by", "during", "at", "near", "of", "for"})


def _object_modifier(expression: TimeExpression, trigger_start: int, text: str) -> bool:
    """Whether the expression, told after the trigger, dates a noun of its own and not the
    trigger ("reported a third-quarter net loss"); not after a preposition of being within."""
    if expression.span.start <= trigger_start:
        return False
    if not noun_modifier(expression, text):
        # "reported third-quarter net income", "expects to release third-quarter results in
        # mid-November": a period said as one hyphenated word right after the trigger, before
        # a lowercase word, is that noun's modifier.
        following = text[expression.span.end:expression.span.end + 20].split()
        return ("-" in expression.span.text and " " not in expression.span.text
                and len(text[trigger_start:expression.span.start].split()) == 1
                and bool(following) and following[0][:1].islower())
    before = text[max(0, expression.span.start - 24):expression.span.start].split()
    return len(before) < 2 or before[-2].lower() not in WITHIN_PREPOSITIONS


def _present_perfect(mention: EventMention) -> bool:
    """Whether the trigger is a present perfect ("has fled", "have been killed")."""
    return mention.tense == "present" and mention.aspect in {"perfect", "perfect_progressive"}


def _dates_other_event(expression: TimeExpression, mention: EventMention, text: str) -> bool:
    """Whether the expression dates something else than the trigger: a bound or subordinator
    stands between them ("has eluded authorities since they obtained a warrant", "have
    finished after the parliament ratified the treaty on Tuesday"), or it modifies the noun
    after it ("gathered evidence in the October slaying")."""
    token = mention.token
    if expression.span.start >= token.end:
        between = text[token.end:expression.span.start]
    else:
        between = text[expression.span.end:token.start]
    if not SUBORDINATE_BOUNDS.isdisjoint(between.lower().split()):
        return True
    following = text[expression.span.end:expression.span.end + 30].split()
    word = following[0] if following else ""
    return word.isalpha() and word.islower() and word not in NEVER_EVENTS


def _since_adverb(text: str, trigger_start: int) -> bool:
    """Whether "since" stands as an adverb in the perfect before the trigger ("have since
    fallen", "has since been closed"): the time since the date in force."""
    words = text[max(0, trigger_start - 24):trigger_start].lower().split()[-3:]
    return "since" in words and not PERFECT_AUXILIARIES.isdisjoint(
        words[:words.index("since")])


def _news_day_before(in_force: TimeExpression | None, mention: EventMention,
                     dct: dt.date) -> dt.date | None:
    """The day in force when it is within the reporting window before the story's date and the
    report is a simple past or a participle ("said", "..., saying"; a present "say" or a
    perfect "has said" is of the DCT)."""
    participle = mention.tense == "none" and mention.token.lower.endswith("ing")
    if in_force is None or mention.aspect != "simple" or not (
            mention.tense == "past" or participle):
        return None
    interval = in_force.interval
    day = interval.earliest
    if not interval.is_point or day is None:
        return None
    return day if dct - _REPORTING_WINDOW <= day < dct else None


def present_modal(mention: EventMention, text: str, passive_too: bool = False) -> bool:
    """Whether the trigger is the verb of a present modal ("can offer", "should not keep"), or
    a wish or seeming put politely with "would" ("I would like to see him", "Bethlehem would
    seem to be the most vulnerable"): a present wish or seeming. ``passive_too``: also a
    passive's participle after the modal's "be" ("each note can be converted")."""
    words = text[max(0, mention.token.start - 40):mention.token.start].lower().split()
    passive = False
    for word in reversed(words[-4:]):
        if word.endswith((",", ";", ":")):
            return False  # "talks that are supposed to conclude by May, invited": a clause ends
        word = word.strip(",\"'`").replace("\u2019", "'")
        if word == "be" and passive_too and not passive:
            passive = True  # "each note can be converted into common stock"
            continue
        if word.endswith("n't"):
            return word[:-3] in PRESENT_MODALS
        if word in PRESENT_MODALS:
            return True
        if word in {"would", "'d"}:
            return mention.token.lower in WOULD_PRESENT_VERBS
        if word not in ADVERBS_BETWEEN and not word.endswith("ly"):
            return False
    return False


# A month ("2001-05") or a day ("2001-05-14") value, as a month named without its year resolves to.
_MONTH_OR_DAY = re.compile(r"(\d{4})-(\d{2})(?:-(\d{2}))?")
_SEASON_VALUE = re.compile(r"(\d{4})-(" + "|".join(cal.SEASON_MONTHS) + ")")
# A written year in an expression ("1998", "'98"), or a word that names the year relative to now.
_YEAR_WRITTEN = re.compile(r"\d{4}|'\d\d|\b(?:next|coming|this|last)\b", re.IGNORECASE)


# Words before a weekday that make it a target or a bound of the event, not its time ("was
# postponed to Monday", "extended until Friday"): such a day may lie on either side of the DCT.
_TARGET_WORDS: frozenset[str] = frozenset({
    "to", "for", "until", "till", "through", "by", "before", "after", "from", "since", "next"})
_WEEK = dt.timedelta(days=7)
_WEEKDAY_WORD = re.compile(r"\b(?:" + "|".join(WEEKDAYS) + r")\b", re.IGNORECASE)
# A month or a year in the expression: the day is written out ("on Monday, Oct. 26").
_DATE_WORDS = re.compile(r"\d{4}|\b(?:" + "|".join(MONTHS) + r")\b", re.IGNORECASE)


# Expressions of the year before the story's that name, in a comparison about a quarter, that
# quarter a year back ("compared with earnings of $33 million last year").
_LAST_YEAR = re.compile(r"last year", re.IGNORECASE)
_QUARTER_VALUE = re.compile(r"(\d{4})-Q([1-4])")


def quarter_a_year_back(expression: TimeExpression,
                        quarter: TimeExpression) -> TimeExpression | None:
    """The quarter ``quarter`` names, a year earlier, for an expression that says "last year"
    and names the year before that quarter's; else None."""
    match = _QUARTER_VALUE.fullmatch(quarter.value)
    if match is None or not _LAST_YEAR.fullmatch(expression.span.text.strip()) \
            or expression.value != str(int(match[1]) - 1):
        return None
    value, interval = cal.quarter(int(match[1]) - 1, int(match[2]))
    return expression.model_copy(update={
        "value": value, "interval": interval,
        "explanation": f"{expression.explanation}; the base of a comparison about "
        f"{quarter.span.text!r} ({quarter.value}): {value}, that quarter a year back"})


# The time tagger's rule for a time counted back or ahead ("a year earlier", "two days ago").
COUNTED_BACK_RULE = "units_ago"


def quarter_counted_back(expression: TimeExpression) -> bool:
    """Whether the expression is the quarter in force counted back ("Revenue rose 6%. A year
    earlier it had posted a profit of 1.8 billion", read by the tagger as that quarter a year
    back): the base of a comparison, which the story does not go on telling."""
    return expression.rule == COUNTED_BACK_RULE \
        and _QUARTER_VALUE.fullmatch(expression.value) is not None


def _year_shifted(expression: TimeExpression, years: int) -> tuple[str, Interval] | None:
    """The value and interval of the month, day or season ``expression`` names without its year,
    ``years`` years on (back when negative), at the expression's own precision; None for
    anything else (a written year, a weekday, other values, February 29 of another year)."""
    match = _MONTH_OR_DAY.fullmatch(expression.value)
    # "expect the first cut in the autumn": a season named without its year, as a month.
    season = _SEASON_VALUE.fullmatch(expression.value) if match is None else None
    if (match is None and season is None) or _YEAR_WRITTEN.search(expression.span.text) \
            or _WEEKDAY_WORD.search(expression.span.text):
        return None  # (a weekday is the one of its week: ``weekday_for_tense``)
    if match is None:
        return None if season is None else cal.season(int(season[1]) + years, season[2])
    year, month = int(match[1]) + years, int(match[2])
    if match[3] is None:
        value, shifted = cal.month(year, month)
    else:
        try:
            value, shifted = cal.day(dt.date(year, month, int(match[3])))
        except ValueError:  # February 29
            return None
    if shifted.precision != expression.interval.precision:
        return None
    return value, shifted


def a_year_earlier(expression: TimeExpression, dct: dt.date) -> TimeExpression | None:
    """The same month or day a year earlier, for a month or day named without its year that
    the resolver put after the story's date ("In January, ... a clinic bombing killed a
    guard", in an October story: the January before), else None."""
    interval = expression.interval
    if interval.earliest is None or interval.earliest <= dct:
        return None  # (most expressions: tested before the value is matched)
    shifted = _year_shifted(expression, -1)
    if shifted is None or shifted[1].earliest is None or shifted[1].earliest > dct:
        return None
    value, earlier = shifted
    return expression.model_copy(update={
        "value": value, "interval": earlier,
        "explanation": f"{expression.explanation}; told of a past event: {value}, the last "
        f"one before the story's date"})


def a_year_later(expression: TimeExpression, dct: dt.date) -> TimeExpression | None:
    """The same month or day a year later, for a month or day named without its year that the
    resolver put before the story's date, when it dates what is still to come ("Traders now
    expect the first cut in September", in a May story: the September after), else None."""
    interval = expression.interval
    if interval.latest is None or interval.latest >= dct:
        return None  # (most expressions: tested before the value is matched)
    shifted = _year_shifted(expression, 1)
    if shifted is None:
        return None
    value, later = shifted
    if later.latest is None or later.latest < dct or later.earliest is None \
            or (later.earliest - dct).days > 366:
        return None
    return expression.model_copy(update={
        "value": value, "interval": later,
        "explanation": f"{expression.explanation}; told of what is to come: {value}, the "
        f"next one after the story's date"})


def moved_to_day(expression: TimeExpression, day: dt.date, why: str) -> TimeExpression:
    """A day-precise expression moved to ``day`` (its time of day, if any, kept), with ``why``
    added to its explanation."""
    return expression.model_copy(update={
        "value": day.isoformat() + expression.value[10:],
        "interval": expression.interval.model_copy(update={"earliest": day, "latest": day}),
        "explanation": f"{expression.explanation}; {why}"})


def weekday_for_tense(expression: TimeExpression, tense: str, text: str,
                      dct: dt.date) -> TimeExpression | None:
    """The same weekday a week earlier or later, for a weekday named without its date that the
    tagger put on the wrong side of the story's date for the tense of the verb it dates (the
    tagger reads the tense around the expression, which may be another verb's): a simple past
    does not lie after the DCT ("Senators rejected an amendment on Wednesday that would have
    cut the aid", in a Thursday story: the day before), a future not before it ("Biden, who
    will travel to Detroit on Monday, urged the House to act", in a Thursday story: the coming
    Monday). None when the day fits, or is a target or a bound ("postponed to Monday")."""
    interval = expression.interval
    day = interval.earliest
    if not interval.is_point or day is None or expression.type not in PLACING_TYPES:
        return None
    if tense == "past" and dct < day <= dct + _WEEK:
        shift = -_WEEK
    elif tense == "future" and dct - _WEEK <= day < dct:
        shift = _WEEK
    else:
        return None  # (most expressions: tested before the text is read)
    if not _WEEKDAY_WORD.search(expression.span.text) or _DATE_WORDS.search(expression.span.text):
        return None
    before = text[max(0, expression.span.start - 12):expression.span.start].lower().split()
    if before and before[-1] in _TARGET_WORDS:
        return None
    moved = day + shift
    return moved_to_day(expression, moved, f"told of a {tense} event: the {moved:%A} "
                        f"{'before' if shift < dt.timedelta(0) else 'after'} the story's date, "
                        f"{moved}")


def _fits_tense(expression: TimeExpression, mention: EventMention, dct: dt.date) -> bool:
    """A past-tense event cannot lie on a date that begins after the story's date."""
    earliest = expression.interval.earliest
    return mention.tense != "past" or earliest is None or earliest <= dct


# Marks that open what a report says: a date after them is the reported event's, not the report's.
REPORT_OPENERS: frozenset[str] = frozenset({"that", "would", "will", ":", '"', "“", "”", "``",
                                            "''"})


def _inside_report(expression: TimeExpression, mention: EventMention, text: str) -> bool:
    """Whether the expression stands in what the report says: quoted, or after "that"."""
    token = mention.token
    if expression.span.start >= token.end:
        between = text[token.end:expression.span.start]
    else:
        between = text[expression.span.end:token.start]
    words = between.replace(":", " : ").replace('"', ' " ').replace("“", " “ ").split()
    if len(words) > 2 and words[0].lower() in DETERMINERS and words[1].lower() in REPORT_VEHICLES \
            and words[2].lower() in VEHICLE_RELATIVES:
        # "said a message that was read Wednesday night": the report's speaker, a vehicle, and
        # a relative clause telling of it, not a "that" opening what is said.
        words = words[3:]
    return any(w.lower().strip(",") in REPORT_OPENERS for w in words) or any(
        q in between for q in ('"', "“", "”", "``", "''"))


# Words before a noun that make it name a known event again ("the bombing", "Slepian's slaying").
DEFINITE_WORDS: frozenset[str] = frozenset({"the", "this", "that", "these", "those", "its",
                                            "their", "his", "her"})
# How many words (modifiers) may stand between the definite word and the noun ("the Kenya bombing").
DEFINITE_REACH = 3
# The longest period that dates a past event once, for a noun to name it again (a month).
ONCE_DAYS = 31


def definite_noun(text: str, start: int) -> bool:
    """Whether a definite word or a possessive stands in the few words before the trigger
    ("the Kenya bombing", "Slepian's slaying"), with no comma between."""
    words = text[max(0, start - 60):start].split(",")[-1].lower().split()[-DEFINITE_REACH:]
    return any(w in DEFINITE_WORDS or w.endswith(("'s", "\u2019s")) for w in words)


def dated_once(time: EventTime, dct: dt.date) -> bool:
    """Whether the time is a past day or month: one past occasion a noun may name again."""
    return time.earliest is not None and time.latest is not None and time.latest < dct \
        and (time.latest - time.earliest).days < ONCE_DAYS


def is_recent_day(expression: TimeExpression, dct: dt.date) -> bool:
    """Whether the expression names one day of the week up to the story's date."""
    interval = expression.interval
    earliest = interval.earliest
    # (The day's bounds first: most expressions are no recent day, and ``is_point`` reads the
    # model's fields again.)
    return earliest is not None and dct - _RECENT <= earliest <= dct and interval.is_point


def carried_date(in_force: TimeExpression | None, sentences_since: int,
                 news_day: TimeExpression | None, dct: dt.date,
                 paragraphs_since: Callable[[TimeExpression], int] | None = None,
                 goes_on_in_past: bool = False) -> TimeExpression | None:
    """The date an earlier sentence hands on to the undated events of this one.

    A recent day (the week up to the story's date) stays in force; a month or year frames only
    the sentence after it, a quarter the three after it (the figures of a quarterly report: "Net
    income fell 37% in the third quarter. ... Revenue declined 8%."); an older day or a coming
    one is background. Past
    background, the story returns to the last recent day it named (its news day), if any.
    ``paragraphs_since`` counts the paragraph breaks told since an expression: a recent day
    before the story's "day before" lapses after ``LAPSING_PARAGRAPHS`` of them
    (``story_day_after``), and a past month or year (not a quarter) after any unless
    ``goes_on_in_past``: the sentence opens going on with that past (``PAST_FRAME_OPENERS``: a
    word pointing back, a quotation).
    """
    carried = _carried(in_force, sentences_since, news_day, dct,
                       None if goes_on_in_past else paragraphs_since)
    if carried is None or paragraphs_since is None or not _may_lapse(carried, dct):
        # (The paragraphs, counted along the text since the expression, only when they matter.)
        return carried
    return story_day_after(carried, paragraphs_since(carried), dct)


def _carried(in_force: TimeExpression | None, sentences_since: int,
             news_day: TimeExpression | None, dct: dt.date,
             paragraphs_since: Callable[[TimeExpression], int] | None = None,
             ) -> TimeExpression | None:
    """``carried_date`` before a recent day's lapse; ``paragraphs_since`` None when the
    sentence goes on in the past told before it."""
    if in_force is None or is_recent_day(in_force, dct):
        return in_force
    quarter = "-Q" in (in_force.value or "")  # "1989-Q3": a quarterly report's period
    if sentences_since < (QUARTER_FRAME_SENTENCES if quarter else 1):
        # (The interval read only here: each pydantic field read costs ~400 instructions.)
        interval = in_force.interval
        earliest = interval.earliest
        if earliest is not None and earliest <= dct and not interval.is_point:  # coarse
            if not quarter and paragraphs_since is not None and interval.latest is not None \
                    and interval.latest < dct and paragraphs_since(in_force):
                # "The last budget was rejected in 2019. / Opposition deputies walked out": a
                # past month or year told as background in a paragraph of its own; the next
                # paragraph is back at the story's day. (A quarter frames a quarterly report's
                # paragraphs; a current period, "this month", is no background.)
                return news_day
            return in_force
    return news_day


# The rule of a date in force that stands for the story's own date (a day told paragraphs back
# has lapsed; a sentence told in the present came before): no expression of the text names that
# date, so the events it dates show none.
STORY_DATE_RULE = "story_date"


def story_day_after(carried: TimeExpression, paragraphs: int, dct: dt.date) -> TimeExpression:
    """The carried date, or the story's own date once a day told before the story's "day
    before" (a Thursday night, in a Saturday paper) lies ``LAPSING_PARAGRAPHS`` paragraphs back:
    the narrative of that day is over and the story is back at its own day ("MindSpring closed
    the site Thursday night. ... [three paragraphs on] Horsley called the move a setback")."""
    day = carried.interval.earliest
    if paragraphs < LAPSING_PARAGRAPHS or not _may_lapse(carried, dct):
        return carried
    value, interval = cal.day(dct)
    return carried.model_copy(update={
        "value": value, "interval": interval, "rule": STORY_DATE_RULE,
        "explanation": f"the story's own date {dct}: {carried.span.text!r} ({day}) was told "
        f"{paragraphs} paragraphs back"})


def _may_lapse(carried: TimeExpression, dct: dt.date) -> bool:
    """Whether the carried date is a recent day before the story's "day before": one that
    lapses after ``LAPSING_PARAGRAPHS`` paragraphs (``story_day_after``)."""
    day = carried.interval.earliest
    # (``is_recent_day`` tests that the interval is one day.)
    return day is not None and day < dct - _REPORTING_WINDOW and is_recent_day(carried, dct)


# Superlatives a "since" after them bounds as a record ("its worst day since March", "the
# highest level since 2009", "for the first time since the war").
SUPERLATIVES: frozenset[str] = frozenset({
    "worst", "best", "most", "least", "first", "biggest", "largest", "highest", "lowest",
    "strongest", "weakest", "sharpest", "steepest", "deepest", "fastest", "slowest", "smallest",
    "greatest", "longest", "heaviest", "deadliest", "busiest", "hottest", "coldest", "wettest",
    "driest", "warmest", "cheapest", "worst-ever", "briefest", "shortest", "widest", "narrowest"})
# How many words before "since" a superlative may stand ("its lowest closing level since").
SUPERLATIVE_REACH = 5


def record_since(expression: TimeExpression, text: str) -> bool:
    """Whether the expression is the bound of a record, after "since" and a superlative told
    shortly before it ("its worst day since March", "the weakest pace since 1991")."""
    start = expression.span.start
    if text[max(0, start - 7):start].rstrip()[-5:].lower() != "since":
        return False  # (most expressions: one short slice read)
    words = text[max(0, start - 60):start].lower().split()
    return words[-1:] == ["since"] and not SUPERLATIVES.isdisjoint(
        w.strip(",") for w in words[-SUPERLATIVE_REACH - 1:-1])


def comparison_base(expression: TimeExpression, trigger_start: int, text: str) -> bool:
    """Whether the expression dates the figure the event is compared with, not the event:
    "profit jumped 45% to $5.8 million from $4 million a year earlier", "compared with ... in
    the year-ago quarter"."""
    if expression.span.start < trigger_start:
        # "the weakest pace since 1991, figures released on Wednesday showed": a record's
        # bound is no event's, told before the event too.
        return record_since(expression, text)
    between = text[trigger_start:expression.span.start].lower().split()
    if between[-1:] == ["since"] and record_since(expression, text):
        # "The Dow dropped 1.2%, its worst day since March": the bound of the record, not of
        # the event, nor of the record's noun ("its steepest drop since 2009").
        return True
    if not COMPARISON_WORDS.isdisjoint(between) or after_than(between):
        return True
    if between[-1:] == ["over"] and _possessive(expression, text):
        # "a 24% premium over Thursday's closing price", "a gain over last year's level".
        return True
    # "from" opens the base when a figure or the expression itself follows it ("from $4
    # million a year earlier", "narrowed from a year earlier"), not a place ("trying to cross
    # from Cuba to Florida six weeks ago"). (Its words read only when one stands between.)
    if "from" not in between:
        return False
    if any(word == "from" and (k + 1 == len(between) or between[k + 1][:1] in _FIGURE_STARTS)
           for k, word in enumerate(between)) and not EARLIER_WORDS.isdisjoint(
            expression.span.text.lower().split()):
        return True
    if based_on_figure(between):
        return True
    after = text[expression.span.end:expression.span.end + 40].lower().split()
    if between[-1] == "from" and any(w[:1] in _FIGURE_STARTS for w in between[-4:-1]) \
            and after[:1] != ["to"]:
        # "Sales volumes dropped 0.7 percent from September": a change by a figure from a
        # period is measured against that period (not "from January to March": a span).
        return True
    # "jumped from fewer than 100,000 in 1980 to more than 300,000 last year": the start of a
    # change told from one figure to another; the change is dated by its end.
    return after[:1] == ["to"] and figure_follows(after, "to") and figure_follows(between, "from")


# Prepositions that may stand between "than" and the expression of a comparison's base ("higher
# than in 1988").
_THAN_PREPOSITIONS: frozenset[str] = frozenset({"in", "during", "for", "at", "on", "over"})
# Comparatives that set a time against the expression, not a figure: "no later than Friday" is
# a limit of the event's own time, not the period of a base.
_TIME_COMPARATIVES: frozenset[str] = frozenset({"later", "earlier", "sooner"})


def after_than(words_before: Sequence[str]) -> bool:
    """Whether the words told before an expression end in a comparison's "than" ("interest
    expense and tax rates were lower than a year ago", "higher than in 1988"): the expression
    dates the base compared with, not the state compared. ``words_before`` are lowercase."""
    words = list(words_before[-3:])
    if words and words[-1] in _THAN_PREPOSITIONS:
        words.pop()
    return len(words) >= 2 and words[-1] == "than" and words[-2] not in _TIME_COMPARATIVES


# Words that may stand before a figure ("fewer than 100,000", "about $4 million").
_FIGURE_QUANTIFIERS: frozenset[str] = frozenset({
    "fewer", "more", "less", "than", "about", "nearly", "almost", "some", "around", "roughly",
    "over", "under", "just"})


def figure_follows(words: Sequence[str], opener: str) -> bool:
    """Whether ``opener`` in ``words`` is followed by a figure, past quantifiers ("from
    fewer than 100,000", "to more than 300,000")."""
    for k, word in enumerate(words):
        if word != opener:
            continue
        rest = list(words[k + 1:])
        while rest and rest[0] in _FIGURE_QUANTIFIERS:
            rest.pop(0)
        if rest and rest[0][:1] in _FIGURE_STARTS:
            return True
    return False


# Prepositions that name the period of a figure right before its expression ("80 percent in
# 2020").
_FIGURE_PERIOD_PREPOSITIONS: frozenset[str] = frozenset({"in", "during", "for"})
# The most words from "from" to the expression of the base's period ("from $1.69 billion, or
# $7.03 a share, in 1988").
BASE_FIGURE_REACH = 9


def based_on_figure(words_before: Sequence[str]) -> bool:
    """Whether the words told before an expression end in the base of a change, a figure after
    "from" and a preposition naming its period ("Turnout was 78 percent, down from 80 percent
    in 2020", "profit rose to $5 million from $4.1 million in 1988"): the expression dates the
    figure compared with. A change told on "to" a figure after it is read apart (its start)."""
    if not words_before or words_before[-1] not in _FIGURE_PERIOD_PREPOSITIONS:
        return False
    tail = list(words_before[-BASE_FIGURE_REACH:])
    if "from" not in tail:
        return False
    base = tail[len(tail) - 1 - tail[::-1].index("from"):]
    return figure_follows(base, "from") and "to" not in base


# First characters of a figure: an amount or a number.
_FIGURE_STARTS = frozenset("$#0123456789")


# Tokens that close a relative clause (the comma closing an insertion, or a stronger break).
_RELATIVE_ENDS: frozenset[str] = frozenset({",", ";", ":", "--", "(", ")"})


class RelativeClause(NamedTuple):
    """A relative clause's character offsets and the start of the noun it describes."""

    start: int
    end: int
    noun: int


def in_clauses(at: int, clauses: Sequence[RelativeClause]) -> bool:
    """Whether the character offset ``at`` lies inside one of the clauses."""
    return any(first <= at < end for first, end, _ in clauses)


# Token.lower and Token.text read as the tuple items they are (C-level indexes).
_LOWER = itemgetter(Token._fields.index("lower"))
_TEXT = itemgetter(Token._fields.index("text"))


def relative_clauses(toks: Sequence[Token]) -> list[RelativeClause]:
    """The relative clauses of a sentence as (start, end) character offsets and the start of
    the noun they describe: from "who/whom/whose/which" to the next comma or stronger break,
    else to the sentence's end ("Kopp, who fled in 1998, was arrested"; "arrested the man who
    attacked the clinic in 1998"). The noun is found behind a preposition ("the meeting at
    which"), and a parenthetical right after the pronoun is part of the clause ("the man who,
    police said, fled in 1998")."""
    spans: list[RelativeClause] = []
    # Only the relative pronouns are visited (a C-level filter), not every token.
    for i in compress(range(len(toks)), map(RELATIVE_PRONOUNS.__contains__, map(_LOWER, toks))):
        if i == 0:
            continue
        token = toks[i]
        before = i - 1
        if toks[before].lower in PREPOSITIONS and before > 0:
            before -= 1
        if toks[before].text == "," and before > 0:
            before -= 1
        body = i + 1
        if body < len(toks) and toks[body].text == ",":
            body = next((j + 1 for j in range(body + 1, len(toks))
                         if toks[j].text in _RELATIVE_ENDS), body)
        end = next((t.start for t in toks[body:] if t.text in _RELATIVE_ENDS), toks[-1].end)
        spans.append(RelativeClause(token.start, end, toks[before].start))
    return spans


# The most words of a subject opened by a determiner in a since-clause ("since the war began").
SINCE_SUBJECT_WORDS = 3
# Words that join a noun phrase to a verb of another clause ("since the explosion and found").
_CONJUNCTIONS: frozenset[str] = frozenset({"and", "or", "but"})


# Words that open a date, not a clause's subject, after "since" ("since March", "since Monday").
_CALENDAR_WORDS: frozenset[str] = frozenset(w.lower() for w in (*MONTHS, *WEEKDAYS))


def since_clauses(toks: Sequence[Token], finite: Sequence[EventMention]) -> list[RelativeClause]:
    """The clauses opened by "since" and a subject, with a finite verb (``finite``) before the
    next comma or stronger break ("has been the focus of a custody battle since he was found
    off the coast on Nov. 25"), as relative clauses describing no noun: their dates are
    theirs, wherever the clause stands. A subject opened by a determiner has its verb within
    a few words ("since the war began"). Not "since" and a noun phrase ("since the 1998
    bombing"), nor the adverb ("has since sold his stake"), nor "since" and a date ("has cut
    5,000 jobs since 2022 and plans to sell": the year is no subject of "plans")."""
    spans: list[RelativeClause] = []
    for i, token in enumerate(toks[:-1]):
        following = toks[i + 1]
        if token.lower != "since" or any(m.index == i + 1 for m in finite) \
                or following.text[:1].isdigit() or following.lower in _CALENDAR_WORDS \
                or (following.lower in DETERMINERS and not any(
                    i + 2 < m.index <= i + 1 + SINCE_SUBJECT_WORDS
                    and all(t.text.isalpha() and t.lower not in _CONJUNCTIONS
                            for t in toks[i + 2:m.index]) for m in finite)):
            continue
        end = next((t.start for t in toks[i + 1:] if t.text in _RELATIVE_ENDS), toks[-1].end)
        if any(token.start < m.token.start < end for m in finite):
            spans.append(RelativeClause(token.start, end, -1))
    return spans


def _in_other_relative(expression: TimeExpression, mention: EventMention,
                       relatives: Sequence[RelativeClause],
                       expressions: Sequence[TimeExpression] = (), text: str = "") -> bool:
    """Whether the expression lies in a relative clause that holds neither the trigger nor
    starts right after it (the noun the clause describes shares its date: "the bombing which
    killed 224 people on Aug. 7"). A relative clause that runs to the sentence's end holds one
    date, its first of ``expressions``: a later one is the main clause's again ("people paid
    tribute to the men who launched the revolution four decades ago in a rally Saturday"); one
    closed by a comma or a stronger break (read in ``text``) holds all it tells ("Sarkozy, who
    led France from 2007 to 2012, did not attend the hearing")."""
    start, at = mention.token.start, expression.span.start
    return any(first <= at < end and not first <= start < end and start != noun
               and (text[end:end + 1] in _CLAUSE_CLOSERS
                    or not any(first <= e.span.start < at for e in expressions))
               for first, end, noun in relatives)


# First characters of the breaks that close a relative clause inside its sentence.
_CLAUSE_CLOSERS: frozenset[str] = frozenset({",", ";", ":", "-", "(", ")"})


# Tokens that open or close a quotation (the tagger's `` and '' and plain or curly marks).
_OPEN_QUOTES: frozenset[str] = frozenset({"``", "\u201c"})
_CLOSE_QUOTES: frozenset[str] = frozenset({"''", "\u201d"})
# Every token quoted_spans acts on: the marks above, the plain '"' and the halves of `` and ''.
_QUOTE_TOKENS = _OPEN_QUOTES | _CLOSE_QUOTES | {'"', "'", "`"}


def quoted_spans(toks: Sequence[Token]) -> list[tuple[int, int]]:
    """The quotations of a sentence as (start, end) character offsets. `` and a curly opening
    mark open one, a curly closing mark closes it; '' and a plain
    '"' open and close in turn ("''I am willing to leave tomorrow,'' Castro read"). A quote
    left open runs to the sentence's end. (The tagger splits `` and '' in two tokens.)"""
    spans: list[tuple[int, int]] = []
    opened: int | None = None
    paired = -1  # the second mark of a `` or '' read as one
    # Only the quote marks are visited (a C-level filter): no other token opens or closes one.
    for i in compress(range(len(toks)), map(_QUOTE_TOKENS.__contains__, map(_TEXT, toks))):
        if i == paired:
            continue
        token = toks[i]
        text, end = token.text, token.end
        if text in {"'", "`"} and i + 1 < len(toks) and toks[i + 1].text == text \
                and toks[i + 1].start == end:
            text, end = text * 2, toks[i + 1].end
            paired = i + 1
        if text in _OPEN_QUOTES or (opened is None and text in {"''", '"'}):
            opened = end if opened is None else opened
        elif opened is not None and (text in _CLOSE_QUOTES or text == '"'):
            spans.append((opened, token.start))
            opened = None
    if opened is not None and toks:
        spans.append((opened, toks[-1].end))
    return spans


def _in_other_quote(expression: TimeExpression, mention: EventMention,
                    quotes: Sequence[tuple[int, int]]) -> bool:
    """Whether the expression lies inside a quotation that does not hold the trigger."""
    start, at = mention.token.start, expression.span.start
    return any(first <= at < end and not first <= start < end for first, end in quotes)


def _describes(mention: EventMention, expression: TimeExpression,
               relatives: Sequence[RelativeClause]) -> bool:
    """Whether the expression lies in a relative clause describing the trigger ("the judge's
    ruling, which is expected early next week")."""
    return any(noun == mention.token.start and first <= expression.span.start < end
               for first, end, noun in relatives)


def _coarse_beyond_verb(expression: TimeExpression, trigger_start: int, text: str,
                       finite_starts: Sequence[int]) -> bool:
    """Whether a month, year or week is told after the trigger past a comma and a finite verb
    (whose offsets are ``finite_starts``): the period of another clause ("With growing
    opportunities for work drawing more people into the labor force, the unemployment rate
    remained at 4.7 percent last month")."""
    end = expression.span.start
    if end <= trigger_start or expression.interval.is_point \
            or "," not in text[trigger_start:end]:
        return False
    return any(trigger_start < verb < end for verb in finite_starts)


# Words before an untensed form in -s that keep it a noun or an infinitive.
_NOT_SUBJECT_WORDS: frozenset[str] = (DETERMINERS | PREPOSITIONS | PREPOSITIONS_BEFORE_NOUNS
                                      | AUXILIARIES | frozenset({"and", "or", "but", "to"}))
# Words after a form in -s that end a noun phrase rather than open a verb's complement.
_NOUN_PHRASE_ENDS: frozenset[str] = frozenset({
    ",", ".", ";", ":", "and", "or", "'s", "''", "--", ")", "of", "from", "by", "at", "with",
    "were", "was", "are", "have", "had", "is", "has",
})  # fmt: skip
_FINITE_COPULAS: frozenset[str] = frozenset({"is", "are", "am", "was", "were", "has", "have",
                                             "had"})


# Tokens after which a form in -s opening a complement is a verb coordinated with an earlier
# one or told after an insertion ("and wants Elian back", "Control Data, ..., thinks it will",
# 'said it "intends to seek control"').
_VERB_JOINS: frozenset[str] = frozenset({"and", ",", "``", '"', "\u201c"})
_OBJECT_PRONOUNS: frozenset[str] = frozenset({"him", "her", "them", "us", "me", "it", "you"})


def _opens_complement(toks: Sequence[Token], j: int) -> bool:
    """Whether the token at ``j`` opens a verb's object or complement: a determiner, an object
    pronoun, "that", a figure, a name, or an infinitive."""
    token = toks[j]
    word = token.lower
    if word in OBJECT_DETERMINERS or word in _OBJECT_PRONOUNS or word in {"that", "$"} \
            or token.text[:1].isdigit() or (token.text[:1].isupper() and token.text.isalpha()):
        return True
    after = toks[j + 1].lower if j + 1 < len(toks) else ""
    return word == "to" and after.isalpha() and after not in DETERMINERS


def untensed_present(mention: EventMention, toks: Sequence[Token],
                     found: Sequence[EventMention]) -> bool:
    """Whether an untensed trigger in -s is the present verb of its clause ("The law requires
    parties to register", "His death shows again how"): right after a singular common noun,
    with no finite verb before it in its clause, and before its complement."""
    word, i = mention.token.lower, mention.index
    if mention.tense != "none" or mention.dependent or i == 0 or i + 1 >= len(toks):
        return False
    if not (word.isalpha() and mention.token.text.islower() and ends_in_s(word)) \
            or word in NOT_PLURAL_NOUNS:
        return False
    previous = toks[i - 1]
    before = previous.lower
    if before in _VERB_JOINS:
        return _opens_complement(toks, i + 1)
    if not (previous.text.isalpha() and previous.text.islower()) or before in _NOT_SUBJECT_WORDS \
            or ends_in_s(before) or before.endswith(("ly", "ing", "ed")):
        return False
    following = toks[i + 1].lower
    if following in _NOUN_PHRASE_ENDS or following.endswith("ed") or following in IRREGULAR_PAST:
        return False  # "The car bombings occurred", "catastrophe losses totaled": a noun
    first = mention.clause[0]
    return not any(m.tense != "none" and first <= m.index < i for m in found) \
        and not any(t.lower in _FINITE_COPULAS for t in toks[first:i])


def negated_perfect_now(mention: EventMention, text: str, dct: dt.date) -> EventTime | None:
    """The story's date for a negated present perfect ("A closing date hasn't been set", "Iraq
    still hasn't unleashed its stockpile"): no past event is told, only what holds now (it has
    not happened yet); None for another trigger, or one bounded by "since" ("has not appeared
    publicly since the announcement": a range since then)."""
    if not _present_perfect(mention) or mention.polarity != "NEG" or mention.dependent \
            or "since" in text[mention.token.end:mention.token.end + 80].lower().split():
        return None
    return at_story_date(dct, f"negated present perfect '{mention.token.text}': not happened "
                              f"yet, as things stand at the story's date {dct}")


def _modal_ready(mention: EventMention, text: str) -> bool:
    """Whether the infinitive hangs on an adjective after a present modal's "be" ("NATO must be
    ready to face an aggressive regime", "should be able to pay"): able, bound or possible at
    the story's date, as the modal's own verb is."""
    words = [w.lower() for w in text[max(0, mention.token.start - 50):mention.token.start].split()]
    if len(words) < 4 or words[-1] != "to" or words[-3] != "be":
        return False
    modal = words[-4].replace("\u2019", "'")
    if modal in ADVERBS_BETWEEN or modal.endswith("ly") or modal == "not":
        modal = words[-5].replace("\u2019", "'") if len(words) > 4 else ""
    return modal in PRESENT_MODALS or (modal.endswith("n't") and modal[:-3] in PRESENT_MODALS)


# Words after which a word is a noun, not a finite verb: determiners and comparatives of
# amount ("the business will achieve higher sales this year").
NOUN_OPENERS: frozenset[str] = frozenset({
    "the", "a", "an", "its", "their", "his", "her", "our", "my", "your", "higher", "lower",
    "more", "fewer", "greater", "bigger", "larger", "smaller", "stronger", "weaker"})


def tagged_noun(mention: EventMention, toks: Sequence[Token]) -> bool:
    """Whether a trigger the mention model gave a tense is a noun right after a determiner or a
    comparative ("higher sales this year"), or a plural noun made of a verb in -ing ("Terrorist
    bombings at two embassies blew apart buildings"): a noun claims no date of its sentence as a
    finite verb does, nor is it going on at the story's date as a present is."""
    i = mention.index
    if mention.tense == "none" or not mention.token.text.islower():
        return False
    return (i > 0 and toks[i - 1].lower in NOUN_OPENERS
            and not mention.token.lower.endswith("ed")) or plural_of_ing(mention.token.lower) \
        or (mention.tense == "present" and mention.token.lower.endswith("s")
            and counted_plural(mention, toks))


# Words that count or point at plural nouns: a form in -s after them is a plural noun, not a
# present in -s, which would agree with a singular subject ("three attacks", "similar protests",
# "these talks").
PLURAL_OPENERS: frozenset[str] = frozenset(
    {w for w, n in NUMBER_WORDS.items() if n > 1 and " " not in w}
    | {"several", "many", "both", "these", "those", "other", "such", "similar", "few",
       "numerous", "various", "dozens", "hundreds", "thousands", "recent", "previous"})


def counted_plural(mention: EventMention, toks: Sequence[Token]) -> bool:
    """Whether a trigger in -s is a plural noun after a word that counts or points at plurals
    ("He is charged in three Atlanta attacks, including the 1996 Olympic bombing", "Similar
    protests in July 2019 left 30 dead", "three separate protests"), past a name or, after a
    word, one modifier between: no present in -s, which agrees with a singular subject, so no
    verb going on at the story's date."""
    i = mention.index - 1
    if not ends_in_s(mention.token.lower) or i < 0:
        return False
    if toks[i].lower in PLURAL_OPENERS:
        return True
    if toks[i].lower.replace(",", "").isdigit():
        return True  # "1,700 injuries"
    # One modifier between, after a word that counts: a name ("three Atlanta attacks") or a
    # lowercase word not itself a plural ("three separate protests"; not "these three
    # democracies helps"); not after a figure ("$5 million covers").
    between = toks[i].text
    return i > 0 and between.isalpha() and not ends_in_s(between.lower()) \
        and toks[i - 1].lower in PLURAL_OPENERS


def plural_of_ing(word: str) -> bool:
    """Whether a word in -ings is the plural of a noun in -ing ("bombings", "drawings",
    "findings"), not a present in -s of a verb whose stem ends in "ing" ("brings", "springs",
    "clings"): such a stem has no vowel before its "ing"."""
    return word.endswith("ings") and any(c in "aeiouy" for c in word[:-4])


# Reporting verbs that also name the adding of a quantity ("added $20 million to its loan
# loss reserves", "the economy added 358,000 jobs"): with an amount after them, no report.
ADDING_VERBS: frozenset[str] = frozenset({"add", "adds", "added", "adding"})
# First characters of an amount: a currency sign or a digit.
_AMOUNT_STARTS = frozenset("$#£€0123456789")


def adds_an_amount(mention: EventMention, toks: Sequence[Token]) -> bool:
    """Whether a trigger classed as a report is a verb of adding followed by an amount ("During
    the quarter, the company added $20 million to its reserves"): an act done in the time its
    sentence tells, not a report made on the story's date."""
    i = mention.index
    return mention.event_class == "REPORTING" and mention.token.lower in ADDING_VERBS \
        and i + 1 < len(toks) and toks[i + 1].text[:1] in _AMOUNT_STARTS


def coordinated_progressives(mentions: list[EventMention],
                             toks: Sequence[Token]) -> list[EventMention]:
    """An untensed -ing trigger right after "and"/"or" and a progressive trigger ("a team that
    is investigating and prosecuting the bombings") shares that progressive's tense: the
    auxiliary serves both."""
    by_index = {m.index: m for m in mentions}
    out: list[EventMention] = []
    for m in mentions:
        i = m.index
        before = by_index.get(i - 2)
        if m.tense == "none" and i >= 2 and m.token.lower.endswith("ing") \
                and toks[i - 1].lower in {"and", "or"} and before is not None \
                and before.tense != "none" and before.aspect == "progressive":
            m = dataclasses.replace(m, tense=before.tense, aspect=before.aspect)
        out.append(m)
    return out
