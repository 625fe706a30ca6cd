"""The document creation time: chosen by trust, with the year of a yearless dateline inferred.

Precedence: ``--dct`` > document metadata > dateline (its year as written, from ``--year``, or
inferred from the text's evidence) > the reference date, with a warning. The evidence: weekdays
and their tense, explicit years and their tense (reporting periods, maturities, decades among
them), "N years ago", anniversaries and ages of institutions leading from a named year, titled
officeholders and their terms, exchange rates implied by currency conversions; the reference
date bounds the year from above.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from itertools import pairwise

from newstimeline.accessions import accession_likelihood, find_accessions
from newstimeline.cycles import cycle_likelihood, find_cycle_events
from newstimeline.eras import (
    EraEvidence,
    find_era_terms,
    find_occasions,
    find_until_terms,
    founding_sentences,
)
from newstimeline.exchange_rates import conversion_likelihood, find_conversions
from newstimeline.models import Dateline, Dct
from newstimeline.offices import OfficeEvidence, find_officeholders
from newstimeline.text import sentence_at, sentence_spans
from newstimeline.timex.finder import Mention
from newstimeline.timex.resolver import WEEKDAY_NAMES
from newstimeline.timex.tense import clause_tense
from newstimeline.timex.vocabulary import MONTHS, NUMBER_WORDS, WEEKDAY_ABBREVIATIONS, WEEKDAYS

# News convention for a bare weekday in a past-tense report: how many days before the story's
# date it usually lies. Previous-day and same-day reports dominate wire copy, and the rest of the
# week is reported too (counted on news copy: the two halves of a 256-story corpus agree).
PAST_WEEKDAY_GAP: dict[int, float] = {0: 0.25, 1: 0.3, 2: 0.17, 3: 0.12, 4: 0.07, 5: 0.03, 6: 0.06}
# The same for a weekday in the lead, the first sentence of the story: wire copy opens with the
# day's development, so the lead's weekday is the dateline's own day far more often (8 in 10).
LEAD_WEEKDAY_GAP: dict[int, float] = {0: 0.76, 1: 0.08, 2: 0.03, 3: 0.06, 4: 0.02, 5: 0.02, 6: 0.03}
# The lead's weekday is the day's development when it is told in the past ("said on Saturday");
# one without tense ("by the Tuesday deadline") is read with the table for the rest of the story.
LEAD_NEEDS_PAST = True
# A lead is the first sentence after the dateline with at least this many words.
LEAD_MIN_WORDS = 5
# The same for a future-tense weekday ("will meet on Tuesday"): days after the story's date.
FUTURE_WEEKDAY_GAP: dict[int, float] = {0: 0.10, 1: 0.25, 2: 0.15, 3: 0.14, 4: 0.12, 5: 0.12,
                                        6: 0.12}  # fmt: skip
# A weekday whose sentence tells of a trading session ("closed at $29 Friday in composite trading",
# "London share prices closed sharply lower Friday") is most often the last session before the
# story: financial copy reports the close on the next working day. Counted in working days back
# from the story's date (TBAQ: 14 of the 17 such weekdays are one working day back, 6 of 8 and 8
# of 9 on the two halves; none lies more than two back).
MARKET_WEEKDAY_GAP: dict[int, float] = {0: 0.12, 1: 0.6, 2: 0.18, 3: 0.05, 4: 0.03, 5: 0.01,
                                        6: 0.01}  # fmt: skip
# A close is told with a price or a move: "closed at $29", "ended up 5 cents", "finished
# lower"; not "the polls closed at 8 p.m.", "the talks ended up in failure", "closed down".
_MARKET_SESSION = re.compile(
    r"\b(?:(?:composite trading|over-the-counter trading|(?:Stock|stock) [Ee]xchange trading|"
    r"(?:closed|closing|finished|ended) (?:lower|higher|unchanged|sharply|slightly|mixed)|"
    r"(?:shares|stock|prices|index) (?:fell|rose|dropped|gained|slipped|climbed|closed)|"
    r"trading volume|was quoted at)\b|"
    r"(?:closed|closing|finished|ended) (?:at \$?\d[\d,.]*(?![\d,:])(?! ?[aApP]\.?[mM]\b| o'clock)|"
    r"(?:up|down) (?:\$|\d)))")
MARKET_WEEKDAYS = True
# A story that says "yesterday" calls the day before it so: a past weekday it names lies further
# back (TBAQ: of 13 past weekdays in texts with "yesterday", none is the day before the story, 6
# and 7 on the two halves; elsewhere a quarter of them are).
YESTERDAY_STYLE = True
YESTERDAY_WEEKDAY_SHARE = 0.1
_YESTERDAY = re.compile(r"\byesterday\b", re.IGNORECASE)
# How much of the calendar-gap likelihood a gap counted in working days earns: a Monday story's
# "on Friday" is common, yet less so than a Friday story's.
BUSINESS_DAY_SHARE = 0.6
# How often a weekday written beside a date ("Friday, Feb. 13") is that date's weekday: nearly
# always; the rest are typos.
DATED_WEEKDAY_MATCH = 0.95
# A weekday in a clause without tense cues ("Monday's vote") points back this often.
NO_TENSE_PAST_SHARE = 0.7
# How many years a story usually lies after the latest year it mentions (in the past or without
# tense): the previous year most often, since copy says "this year" rather than the story's own
# year; a few years now and then (news is about now).
YEARS_AFTER_MENTION: dict[int, float] = {0: 0.2, 1: 0.24, 2: 0.14, 3: 0.09, 4: 0.07, 5: 0.05}
# The same for a year in a past-tense clause ("was elected in 1996"). The story's own year is
# the rarer the earlier in the year the story is: it scales with the share of the year gone.
YEARS_AFTER_PAST_MENTION: dict[int, float] = {0: 0.2, 1: 0.24, 2: 0.2, 3: 0.13, 4: 0.09,
                                              5: 0.06}  # fmt: skip
# The same, in twelve-month steps back from the story's month, for a mention that names a month
# ("Sept. 27, 1989"): a dated event of the last twelve months is the common case.
YEARS_AFTER_DATED_MENTION: dict[int, float] = {0: 0.36, 1: 0.2, 2: 0.1, 3: 0.07, 4: 0.05,
                                               5: 0.04}  # fmt: skip
# A future mention ("will be finished in 2024", "by 1992") lies this many years after the story:
# forecasts and plans reach into next year most often. The story's own year scales with the
# share of the year still ahead: "will open in 1990" is unlikely from a December 1990 story.
YEARS_BEFORE_FUTURE_MENTION: dict[int, float] = {0: 0.4, 1: 0.3, 2: 0.14, 3: 0.08, 4: 0.05,
                                                 5: 0.04}  # fmt: skip
# A target year a deadline preposition governs ("hopes to control 5% by 1992", "must divest by
# 1994", "a fixed rate until Dec. 31, 1994") is a goal or a term, set some years ahead: copy says
# "by next year" or "by the end of 1990" for a near one (a noun phrase between the preposition and
# the year keeps the plain table above). Round 12: three years ahead most often, four or five
# as often as two (TBAQ: targets 2, 3, 3, 5 and 5 years ahead; goals are set for some years).
YEARS_BEFORE_DEADLINE: dict[int, float] = {0: 0.05, 1: 0.1, 2: 0.16, 3: 0.2, 4: 0.17, 5: 0.13,
                                           6: 0.08, 7: 0.05}  # fmt: skip
DEADLINE_TARGETS = True
# A year told ahead once and elsewhere without tense is the kind of year ahead the mention ahead
# says (a whole year's figures, a deadline's target), as its tense is.
AHEAD_KIND_TOLD = True
# Beyond those tables, history: a mention d years back has likelihood TAIL / d, so an old year
# ("since 1947") bounds the story from below without pinning it near 1947.
MENTION_TAIL = 0.08
# Switches for the two readings of several years ahead (see _distinct_years), kept as names so
# that benchmarks/dct_halves.py can check each on the two halves of the development set.
LATER_THAN_AHEAD_IS_AHEAD = True
FUTURE_BOUNDS_ONLY = True
# "since 1972" dates the start of something still going on: it bounds the story from below but
# says nothing about how long ago, so every later year is equally likely.
SINCE_LIKELIHOOD = 0.04
# ... up to a point: what copy says has gone on "since 1990" is seldom older than a decade (TBAQ:
# 8 of 11 "since" years lie at most 10 years back, 3 and 5 on the two halves; the median is 9),
# so a story further on is likely in proportion to SINCE_HORIZON / years (an index base or a
# birth year, kept for decades, is no such stretch).
SINCE_HORIZON = 10
# ... and fades faster than in proportion (round 13): (SINCE_HORIZON / years) ** 1.5. With 1 / years
# over the 60 years scored, 64% of stretches would be older than the decade, with the power 1.5
# 54%; TBAQ's are 4 of 11 (36%: 13, 26, 50 and 97 years). A stretch of 51 years is then likelier
# than one of 62 by more than the recency preference ("built since it entered production in
# February 1947" in 1998 rather than 2009).
SINCE_FADE_POWER = 1.5
# "over the past five years" is a stretch up to now, and the year it starts at is one told with
# "since" ("the 14 killings since 1993 ... over the last five years"), not any year the text
# names ("joined Provigo in 1985 ... its profit record over the past two years"); with no such
# year it leads from none. "N years ago" and anniversaries still lead from any named year.
STRETCH_FROM_SINCE = True
# A year in a clause "since" opens ("since it entered production in February 1947") starts a
# stretch as "since 1947" does, the clause reaching this many words.
SINCE_CLAUSES = True
SINCE_REACH_WORDS = 20
# Round 12: "its lowest since 1985", "the biggest increase since 1991", "the first time since
# 1972" compare with the last time something happened, a record: news of it is news because the
# gap is long, so the year bounds the story from below without the horizon of a stretch.
RECORDS_SINCE = True
RECORD_WORDS: frozenset[str] = frozenset({
    "first", "highest", "lowest", "biggest", "largest", "smallest", "worst", "best", "most",
    "least", "fewest", "strongest", "weakest", "fastest", "slowest", "sharpest", "steepest",
    "deepest", "longest", "shortest", "greatest", "heaviest", "hottest", "coldest", "warmest",
    "wettest", "driest", "busiest", "cheapest", "costliest", "deadliest", "bloodiest", "only",
})  # fmt: skip
RECORD_WORDS_BEFORE = 8
# A year told once with "since" starts a stretch wherever else the text names it.
SINCE_FOR_EVERY_MENTION = True
# A story older than a year it mentions without tense ("the 2020 election" in 2019): likely
# enough to allow, decaying per year; in a past-tense clause it is far rarer.
AHEAD_OF_NEUTRAL_MENTION = 0.1
AHEAD_OF_PAST_MENTION = 0.008
AHEAD_DECAY = 0.5
# Prepositions that say on which side of the story a mentioned year lies.
PAST_PREPOSITIONS: frozenset[str] = frozenset({"since", "from", "after"})
OPEN_ENDED_PREPOSITIONS: frozenset[str] = frozenset({"since"})
OPEN_PREPOSITIONS: frozenset[str] = frozenset({"by", "until", "till", "through", "before", "to"})
# Of those, the ones that name a deadline: "by 1992", "until 1994" lie ahead of the story unless
# the clause is in the past ("had doubled by 1992").
DEADLINE_PREPOSITIONS: frozenset[str] = frozenset({"by", "until", "till", "through"})
# Of those, the ones read before a written date too ("until Dec. 31, 1994", "since Aug. 7,
# 1998"); "after Jan. 1, 1990" is left to the clause's tense (an option may open then).
DATE_PREPOSITIONS_BEFORE: frozenset[str] = DEADLINE_PREPOSITIONS | OPEN_ENDED_PREPOSITIONS
# The deadline prepositions whose year is a goal or a term's end (YEARS_BEFORE_DEADLINE); not
# "through": "from 1990 through 1994" closes a span told with its start.
DEADLINE_TARGET_PREPOSITIONS: frozenset[str] = DEADLINE_PREPOSITIONS - {"through"}
# Rules whose year names a reporting period ("the 1988 quarter", "the 1988 third quarter",
# "fiscal 1989", "the first half of 1989").
PERIOD_RULES: frozenset[str] = frozenset({"quarter", "year_quarter", "half_year", "fiscal_year"})
# Words that put a mentioned year ahead of the story ("expects record earnings in 1990", "cash
# flow for 1990 and beyond"): forecasts and plans, read within the mention's sentence.
YEAR_FUTURE_CUES: frozenset[str] = frozenset({
    "expect", "expects", "expected", "expecting", "forecast", "forecasts", "projected",
    "projects", "aims", "plans", "planned", "will", "'ll", "shall", "beyond", "upcoming",
    "scheduled", "due", "predict", "predicts", "predicting", "predicted", "forecasting",
    "forecasted", "anticipate", "anticipates",
})  # fmt: skip
# Intentions and targets put a deadline ahead even when told in the past ("by 1992 it intended to
# achieve a 50% share"); without a deadline preposition "intended" is often a participle
# ("demonstrations in 1992 intended to shut down clinics") and says nothing.
INTENTION_WORDS: frozenset[str] = frozenset({
    "intend", "intends", "intended", "hope", "hopes", "hoped", "target", "targets", "goal",
})  # fmt: skip
# Round 12: obligations put a deadline ahead as intentions do ("must repay the debt by 2001,
# creditors said"): what must be done by a year is not done yet.
OBLIGATION_WORDS: frozenset[str] = frozenset({"must", "required", "obliged", "obligated"})
DEADLINE_OBLIGATIONS = True
# Round 12: a year "since" opens lies behind the story whatever the clause's other words say
# ("its first loss since 1974, and it expects a profit in 1995").
SINCE_ALWAYS_PAST = True
YEAR_CUE_WORDS_BEFORE = 6
# A deadline preposition this many words before a year governs it through a noun phrase: "by
# the end of 1990", "until the opening of the 2000 Olympics".
DEADLINE_REACH_WORDS = 5
# A year reached so that names an event ("by the opening of the 2000 Olympics") is a target year,
# a goal set some years ahead, as one right after the preposition is.
EVENT_DEADLINES = True
YEAR_CUE_WORDS_AFTER = 3
# Words before a year that make it a modifier of the next noun ("its 1989 operating results",
# "the 2020 election"): the period the story is about, this year's or one close to it.
ATTRIBUTIVE_DETERMINERS: frozenset[str] = frozenset({
    "the", "its", "his", "her", "their", "our", "a", "this", "that", "whose",
})  # fmt: skip
YEARS_AROUND_ATTRIBUTIVE: dict[int, float] = {-1: 0.15, 0: 0.3, 1: 0.2, 2: 0.08, 3: 0.05}
# A reporting period named with its year ("the 1988 period", "fiscal 1989", "the 1988 third
# quarter") in results copy is the period just reported or the one a year before it.
YEARS_AFTER_PERIOD: dict[int, float] = {-1: 0.05, 0: 0.4, 1: 0.4, 2: 0.06, 3: 0.03}
# A period is a reporting period when its sentence reports figures for it ("earned $20.6
# million in the 1988 period", "losses through the third quarter of 1990"); one in which
# something happened ("stopped paying a dividend in the third quarter of 1984") is a past date.
REPORTED_PERIODS = True
QUARTER_ORDINALS: dict[str, int] = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1,
                                    "2nd": 2, "3rd": 3, "4th": 4, "final": 4, "last": 4}  # fmt: skip
_RESULTS = re.compile(
    r"\$ ?\d|\d(?:%| percent\b| cents?\b)|\b(?:earn(?:ed|s|ings)?|net|profits?|loss(?:es)?|"
    r"sales|revenues?|income|results|expenses?|margins?|[Tt]ax rates?|per share|a share)\b")
# A reporting period compared in its sentence with "a year ago" is the one just reported.
CURRENT_PERIODS = True
# A quarter or half the text names without a year ("third-quarter net") is the story's own, the
# one running, just ended or next (within TWIN_REACH_MONTHS); the same period written with a year
# ("the third quarter of 1984", "the 1988 third quarter") is then another one: the story is
# seldom that year's (wire copy names this year's quarter bare, and does not name it both ways).
TWIN_PERIODS = True
TWIN_SAME_PERIOD = 0.1
TWIN_REACH_MONTHS = 3
# A fiscal year named by its number and told in the past with figures ("In fiscal 1989, it had
# sales of $40 million") is the latest one completed when the text names no fiscal year bare:
# copy names fiscal years by number in their own year too (its "this year" is the calendar's), so
# the wire-style same-year discount does not hold for them, and the latest completed one is the
# story's own year once that fiscal year has ended by the story's month, else the year before.
# When the text also names the fiscal year just ended bare ("lower earnings for the fiscal
# year"), results copy names the comparison year by number: the plain period table holds.
COMPLETED_FISCAL_YEARS = True
# The share of fiscal years (other than the calendar's, which copy names "1989", not "fiscal
# 1989") that end in each month: June and September most often, then March and the retailers'
# January (rough shares of US and foreign listed companies' year ends).
FISCAL_YEAR_END_SHARE: dict[int, float] = {1: 0.1, 2: 0.04, 3: 0.14, 4: 0.03, 5: 0.04, 6: 0.28,
                                           7: 0.03, 8: 0.04, 9: 0.22, 10: 0.03, 11: 0.02,
                                           12: 0.03}  # fmt: skip
# How often a numbered fiscal year with figures is the latest completed one; the rest are older
# ones, the year before it most often (years further back: the usual tail).
LATEST_FISCAL_SHARE = 0.7
OLDER_FISCAL_GAP: dict[int, float] = {1: 0.5, 2: 0.2, 3: 0.1}
# "the fiscal year", "its latest fiscal year": the year just ended (or running), named bare; "the
# current fiscal year" and "next fiscal year" are not the one reported and do not match.
_BARE_FISCAL_YEAR = re.compile(
    r"\b(?:the|its|their) "
    r"(?:latest |last |just-ended |just-completed )?fiscal[- ]year\b"
    # "the fiscal year ended Sept. 30, 1988" names its year by a date.
    r"(?! ?(?:19|20)\d\d|,? (?:ended|ending) [A-Z][a-z]+\.? \d{1,2},? (?:19|20)\d\d)",
    re.IGNORECASE)
# A date written with its year in a sentence that tells what a period's figures include or reflect
# ("Those included costs of the acquisition, which was terminated on Sept. 27, 1989", "The
# per-share figures reflect a stock dividend in June 1989"), in results copy that names its own
# quarter or half bare ("third-quarter net"), lies within the year up to that period's end: what
# the figures just reported include happened in the period or the months before it. The
# wire-style same-year discount does not hold for it (it is written to pin the charge to a day),
# and a story a year or more after the date is EXPLAINED_ELSEWHERE as likely. A sentence about
# the year-ago figures ("the year-earlier results included a gain in August 1988") is left alone,
# and so is "including", which mostly opens a list ("several deals, including Acme in June 2001").
EXPLAINED_DATES = True
EXPLAINED_ELSEWHERE = 0.5
EXPLAINED_REACH_MONTHS = 12
_FIGURES_EXPLAINED = re.compile(
    r"\b(?:includ(?:e|es|ed)|reflect(?:s|ed|ing)?)\b", re.IGNORECASE)
_FIGURE_NOUNS = re.compile(
    r"\b(?:results|figures|earnings|net|income|loss(?:es)?|profits?|costs?|charges?|"
    r"write-?downs?|write-?offs?|gains?|per-share|revenues?|sales)\b", re.IGNORECASE)
# A security's maturity ("debentures due March 1, 2011", "notes due 1999") lies a term after the
# story when the security is new, and bonds are issued for round terms: 10 years most often, then
# 5, 30, 20, 7, 15, 3 and 2 (other terms, and an old issue redeemed, share the rest).
MATURITY_TERMS: dict[int, float] = {2: 0.05, 3: 0.06, 5: 0.12, 7: 0.07, 10: 0.2, 15: 0.06,
                                    20: 0.07, 25: 0.04, 30: 0.08}  # fmt: skip
MATURITY_OTHER_TERM = 0.01
MATURITY_CUES: frozenset[str] = frozenset({"due", "maturing", "mature", "matures", "maturity"})
SECURITY_NOUNS: frozenset[str] = frozenset({
    "notes", "note", "bonds", "bond", "debentures", "debenture", "securities", "bills",
    "certificates", "obligations", "debt", "loan", "loans", "paper", "issue",
})  # fmt: skip
MATURITIES = True
# Round 12: the end of a security's call protection or of its rate period ("the shares are
# redeemable after the end of 1994", "a floating dividend ... until Dec. 31, 1994", "the notes are
# callable after 1996") is a term from the issue as a maturity is: issuers set round terms (five
# years most often for resets and call protection, ten for maturities).
SECURITY_TERMS = True
SECURITY_TERM_CUES: frozenset[str] = frozenset({
    "redeemable", "callable", "puttable", "noncallable", "non-callable", "convertible",
    "exchangeable", "refundable", "nonrefundable", "non-refundable",
})  # fmt: skip
SECURITY_TERM_CUE_WORDS = 6
# A rate that holds "until" a date, in a sentence naming a security, ends a rate period.
RATE_TERM_NOUNS: frozenset[str] = frozenset({"rate", "dividend", "coupon", "interest", "yield"})
# How many years after the issue call protection or a rate period ends: five most often
# ("non-call five", five-year resets of preferred dividends), then ten, three, two and seven.
PROTECTION_TERMS: dict[int, float] = {2: 0.08, 3: 0.12, 4: 0.04, 5: 0.3, 7: 0.08, 10: 0.15,
                                      15: 0.03}  # fmt: skip
# The securities such terms are set for: the maturity nouns and shares of stock.
TERM_SECURITY_NOUNS: frozenset[str] = SECURITY_NOUNS | frozenset({
    "preferred", "shares", "stock", "debentures", "warrants", "units"})
# How much likelier a year written beside a month or a period is in the story's own year than
# the style books allow: wire copy writes "Aug. 10" and "the third quarter" for this year's.
WRITTEN_YEAR_SAME_YEAR = 0.25
# A whole year's figures spoken of ahead ("will reduce its operating results for 1989", "earnings
# for the last half of 1989 and for 1990") are settled only after the year ends: the story's own
# year stays likely however late in the year the story is.
WHOLE_YEAR_AHEAD = True
# Words after a year that open a stretch of years from it ("for 1990 and beyond").
OPEN_RANGE_AFTER: tuple[tuple[str, ...], ...] = (("and", "beyond"), ("and", "after"),
                                                ("and", "later"), ("onward",), ("onwards",))
# "last year", "this year", "next year" in a text that also names a year: the story's year is
# likelier the one that makes the deictic phrase name a year the text mentions.
DEICTIC_YEAR_SHIFTS: dict[str, int] = {"last": -1, "previous": -1, "this": 0, "current": 0,
                                       "next": 1, "coming": 1}  # fmt: skip
DEICTIC_MATCH_FACTOR = 2.5
# A deictic phrase and a year that one sentence compares ("from 100,000 in 1980 to 300,000 last
# year", "will rise in 1990 from $470 million this year", "14 billion last year, down 2.5 billion
# from 1996") name two years: the story is seldom the year that makes them one. In TBAQ the two
# name different years in all 6 sentences that have both (3 on each half), 5 of them compared.
DEICTIC_CONTRASTS = True
DEICTIC_CONTRAST_FACTOR = 0.2
CONTRAST_WORDS: frozenset[str] = frozenset({"from", "than", "over", "versus", "compared",
                                            "against"})  # fmt: skip
CONTRAST_WORDS_BEFORE = 4
# Which of the two is the base, the earlier: the one a word of these follows ("up from 5.2% in
# 2024", "will rise in 1990 from $470 million this year", "from 100,000 in 1980 to 300,000 last
# year"). A story that makes the base the later year is rarer still ("than" compares either way).
BASE_WORDS: frozenset[str] = frozenset({"from", "compared", "against", "versus", "vs"})
DEICTIC_ORDERS = True
DEICTIC_ORDER_FACTOR = 0.1
# "two years ago", "over the last five years", "four decades ago", "the 39th anniversary" in a
# text that names years: the story is likelier a year that lies that far after a named year
# ("in 1996 ... two years ago", "killings since 1993 ... over the last five years").
# A hedge widens the span ("nearly four years" is three or four); a count of decades spans ten.
SPAN_MATCH_FACTOR = 3.0
# A year a span leads from ("in 1962 ... the 39th anniversary") is then a bound, not a pull.
SPAN_EXPLAINS_GAP = True
SPAN_PINS_GAPS = 3
# A span that leads to the story's year never makes a year it leads from less likely than that
# year's plain reading: the bound is for distances the tables deem unlikely.
SPAN_NEVER_HURTS = True
SPAN_HEDGES_BELOW: frozenset[str] = frozenset({"nearly", "almost", "about", "some", "roughly",
                                               "just", "less than"})  # fmt: skip
SPAN_HEDGES_ABOVE: frozenset[str] = frozenset({"about", "some", "roughly", "over", "more than"})
# A relative phrase written beside a year names the story's year outright: "in 1987, seven years
# ago" (1994), "last year's 1996 campaign" (1997), "this year's 1998 budget", "in 2030, eight
# years from now" (2022). Such a pair is worth this factor for the year it names.
PIN_MATCH_FACTOR = 10.0
# The same with a noun the year names between: "the 1987 crash, two years ago", "the 1996
# Olympics -- four years ago".
ATTRIBUTIVE_PINS = True
_PIN_NOUN_JOINER = re.compile(r"(?: [A-Za-z][A-Za-z-]*){1,2}(?:,| --| —) ")
PINNED_PAIRS = True
# An anniversary or "the past N years" in a sentence that names one year leads from that year
# ("the 50th anniversary of the 1948 founding"): a pin too, though looser than a written pair.
SENTENCE_PINS = True
# What may stand between the year and the relative phrase of a pinned pair: a comma, a dash (not
# a hyphen, nor a semicolon: "founded in 1990; last year it earned" is two clauses), a
# parenthesis, "'s", "in" ("seven years ago, in 1987").
_PIN_JOINER = re.compile(r"(?:'s|’s)?[ ,(—–]*(?:in |of )?\(?", re.IGNORECASE)
PIN_JOINER_CHARS = 8
# A copyright notice ("Copyright 2021 The Associated Press", "(c) 2019-2021 Reuters") carries
# the year the copy was published: the last year written is the story's own.
COPYRIGHT_NOTICES = True
_COPYRIGHT = re.compile(r"(?:\u00a9|\([cC]\)|\b[Cc]opyright\b)\s*(?:\u00a9\s*)?"
                        r"(?:(?:19|20)\d\d\s*[-\u2013,]\s*)?((?:19|20)\d\d)\b")
# A fiscal year spoken of as running now ("the current fiscal 1998", "fiscal 1998, which began
# Oct. 1"): it ends in its own year or began in the one before, so the story is that year or
# the one before (a pin for both).
CURRENT_FISCAL_YEARS = True
_CURRENT_FISCAL = re.compile(
    r"\b(?:current|this|present) fiscal (?:year,? )?((?:19|20)\d\d)\b|"
    r"\bfiscal (?:year )?((?:19|20)\d\d),? (?:which|that) (?:began|begins|started|starts|ends|"
    r"will end|runs)\b", re.IGNORECASE)
# Fiscal years written short ("FY2024", "FY 2023", "FY24"), which the tagger leaves alone: read
# as "fiscal 2024" is, a period that ended when told in the past, else one that may be running.
FISCAL_ABBREVIATIONS = True
_FISCAL_SHORT = re.compile(r"\bFY ?'?((?:19|20)\d\d|\d\d)\b")
# A zero-coupon issue's price per $1,000 at maturity and its yield fix its term, which leads
# back from its maturity to the story (a pin, as "in 1987, seven years ago" is).
ZERO_COUPON_TERMS = True
_ZERO_PRICE = re.compile(r"\$(?P<price>\d{1,3}(?:\.\d+)?) (?:per|for each|a) \$1,000 "
                         r"(?:principal|face)(?: amount)? at maturity", re.IGNORECASE)
_YIELD_TO_MATURITY = re.compile(
    r"(?P<rate>\d{1,2}(?:\.\d+)?)(?:%| percent) yield to maturity|"
    r"yield to maturity of (?P<rate2>\d{1,2}(?:\.\d+)?)(?:%| percent)", re.IGNORECASE)
# Spans ahead: "within five years", "over the next three years", "ten years from now" beside a
# year spoken of ahead ("must sell the bonds by 1994 ... within five years") lead back from it.
FORWARD_SPANS = True
FORWARD_SPAN_WORDS: frozenset[str] = frozenset({"within"})
# "50 years since the death of Franco", "ten years on from the crash" run to the story, and so
# does "three years after the Sept. 11 attacks" in the lead (elsewhere "N years after" is as
# often a past moment): elapsed spans like "N years ago".
SINCE_SPANS = True
_SINCE_LINK = re.compile(r" (?P<word>since|after|on from)\b", re.IGNORECASE)
# An anniversary a deadline preposition governs in its clause ("a president by the opening of the
# 2000 Olympics and the 100th anniversary of federation") lies an unknown span ahead: no span.
ANNIVERSARY_DEADLINES = True
# A person's age beside the birth year ("Smith, 51, was born in 1947"): see birth_ages.
BIRTH_AGES = True
BIRTH_REACH_WORDS = 6
# A clause opened by a conjunction and a gerund ("after selling its unit in 2019", "before
# joining Apple in 2011") has no tense of its own: it is placed against the main clause, so it
# does not take that clause's "would" or "will" ("would invest by 2025, after selling ... in
# 2019" does not put 2019 ahead). Its year is read without tense.
GERUND_OPENERS: frozenset[str] = frozenset({"after", "before", "since", "while", "when",
                                            "upon", "on", "without"})  # fmt: skip
GERUND_CLAUSES = True
# A clause that only gives a comparison's base ("expects growth of 5.4% this year, up from 5.2%
# in 2024", "will earn $3 a share, compared with $2.50 in 1996") has no tense of its own either:
# its year is the figure compared against, not a time the main clause's "expects" or "will"
# puts ahead. Its year is read without tense. The clause's first words:
BASE_CLAUSE_OPENERS: tuple[tuple[str, ...], ...] = (
    ("up", "from"), ("down", "from"), ("compared", "with"), ("compared", "to"),
    ("against",), ("versus",), ("vs",),
)  # fmt: skip
BASE_CLAUSES = True
# The years of a decade a part names ("the early 1990s": 1990-1993); a decade told in the past
# bounds the story from below by the part's last year, one spoken of ahead from above by its first.
DECADE_PARTS: dict[str, tuple[int, int]] = {"early": (0, 3), "mid": (3, 6), "late": (6, 9)}
DECADE_BOUNDS = True
# A year told in the past before the end of a decade told in the past ("arrived in 1984 ... began
# to relax in the early 1990s") is history like any older year: a bound only.
DECADES_MAKE_HISTORY = True
# "the 50-year-old alliance", "a 136-year-old institution": the age of a thing founded in a year
# the text may name ("founded in 1949"). People's ages are left out: their birth years are seldom
# named, and an age would match some other year by chance.
AGED_NOUNS: frozenset[str] = frozenset({
    "alliance", "institution", "company", "firm", "business", "bank", "law", "act", "treaty",
    "pact", "accord", "agreement", "embargo", "ban", "war", "conflict", "dispute", "feud",
    "insurgency", "rebellion", "regime", "dictatorship", "monarchy", "republic", "federation",
    "union", "party", "movement", "organization", "agency", "tradition", "policy", "program",
    "constitution", "church", "cathedral", "building", "bridge", "dam", "plant", "factory",
    "mill", "mine", "museum", "newspaper", "magazine", "record", "mystery", "case", "border",
    "ceasefire", "cease-fire", "truce", "partnership", "rivalry", "festival", "tournament",
})  # fmt: skip
AGES_OF_THINGS = True
# A year before a thing made or an event that happened ("a 1996 law", "the 1959 trade embargo",
# "the 1990 invasion of Kuwait", "the 1956 uprising") names when it happened, in the past, not a
# period running near the story as "its 1989 results" does: read as a past-tense year.
HISTORY_NOUNS: frozenset[str] = AGED_NOUNS | frozenset({
    "invasion", "uprising", "revolution", "coup", "massacre", "resolution", "crash",
    "earthquake", "bombing", "bombings", "shooting", "attack", "attacks", "assassination",
    "riots", "revolt", "occupation", "merger", "takeover", "buyout", "scandal", "disaster",
    "famine", "flood", "hurricane", "explosion", "killing", "killings", "murder", "murders",
})  # fmt: skip
HISTORY_WORDS_AFTER = 2
HISTORY_YEARS = True
# A year before a vehicle make is a model year ("Kopp's 1987 Chevrolet Cavalier", "a 1994 Ford
# Explorer"): the car was built then or the autumn before, and may be driven for decades, so the
# year only bounds the story from below.
VEHICLE_MAKES: frozenset[str] = frozenset({
    "chevrolet", "chevy", "ford", "dodge", "chrysler", "plymouth", "pontiac", "buick",
    "oldsmobile", "cadillac", "lincoln", "mercury", "jeep", "gmc", "toyota", "honda", "nissan",
    "datsun", "mazda", "subaru", "mitsubishi", "hyundai", "kia", "volkswagen", "vw", "audi",
    "bmw", "mercedes", "mercedes-benz", "porsche", "volvo", "saab", "peugeot", "renault",
    "fiat", "jaguar", "rolls-royce", "bentley", "lexus", "acura", "infiniti", "tesla",
    "harley-davidson", "yamaha", "kawasaki", "suzuki", "cessna", "piper",
})  # fmt: skip
# Determiners of one vehicle ("a 1994 Ford", "Kopp's 1987 Chevrolet"); "the 1976 Ford campaign"
# names an event instead.
VEHICLE_DETERMINERS: frozenset[str] = frozenset({"a", "an", "his", "her", "their", "its", "my",
                                                 "your", "our"})  # fmt: skip
MODEL_YEARS = True
# An index's base year ("each index is based on the close of 1969 equaling 100", "1967 = 100")
# is chosen once and kept for decades: history, a bound from below only.
INDEX_BASES = True
_INDEX_BASE = re.compile(r"\s?(?:=|equal(?:s|ing|led|ling)?(?: to)?)\s?(?:100|1,000)\b"
                         r"(?![.,]\d)(?! ?(?:percent|%|million|billion|points?|shares?))")
# Round 12: the base year of a target ("cut emissions 5.2 percent below 1990 levels by 2012",
# "quadruple its 2000 gross domestic product by 2020") is chosen once and kept: history, a bound
# from below only, as an index's base is.
BASE_YEARS = True
_BASE_LEVELS = re.compile(r"(?:'s)? levels\b")
# One "level" is a base after a comparison ("from its 1990 level"); "the 1990 level of output
# was higher" is a past year's figure.
_BASE_LEVEL = re.compile(r"(?:'s)? level\b")
BASE_COMPARISONS: frozenset[str] = frozenset({"below", "above", "from", "to", "over", "under",
                                              "than", "beneath"})  # fmt: skip
MULTIPLIER_VERBS: frozenset[str] = frozenset({
    "double", "doubling", "triple", "tripling", "quadruple", "quadrupling", "halve", "halving",
})  # fmt: skip
# A split year names a season that straddles two ("the 1997-98 season", "the 1999-2000 school
# year"): a period near the story like "the 2020 election", counted from its second year.
SPLIT_YEAR_NOUNS: frozenset[str] = frozenset({
    "season", "seasons", "school", "academic", "fiscal", "financial", "budget", "winter",
    "term", "session", "campaign", "crop", "harvest", "marketing",
})  # fmt: skip
SPLIT_YEARS = True
# Round 12: ranges of years the tagger does not read ("grow 8% a year in 1990-92") count as their
# two years; two digits after the dash reach at most six years on, four at most ten.
YEAR_RANGES = True
RANGE_LONGEST_TWO = 6
RANGE_LONGEST_FOUR = 10
# Ordinals of anniversaries ("the 50th anniversary", "its fortieth anniversary").
ANNIVERSARY_ORDINALS: dict[str, int] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "fifteenth": 15, "twentieth": 20, "twenty-fifth": 25,
    "thirtieth": 30, "fortieth": 40, "fiftieth": 50, "sixtieth": 60, "seventy-fifth": 75,
    "hundredth": 100,
}  # fmt: skip
# An officeholder named with the title ("President Clinton") outside the term is rare in news
# copy, which says "former President Carter" (and then the story lies after the term).
OFFICE_OUT_OF_TERM = 0.05
# A term's first and last years hold the holder for part of the year only: by the story's month,
# a term that began on an unknown day of the year has run for the share of the year gone.
OFFICE_PARTIAL_YEARS = True
# An officeholder sworn in or resigning ("President Obama, sworn in on Tuesday", "Chancellor
# Lawson's resignation") dates the story to the term's first or last year; the other years of
# the term stay possible (a look back at the day) at this share.
OFFICE_EDGES = True
OFFICE_EDGE_ELSEWHERE = 0.05
# A name used before the thing or the word existed ("the euro zone" in 1990, "COVID-19" in 2015):
# a misreading of the table's pattern or a rare earlier use, not a story of that year.
ERA_BEFORE_FIRST = 0.02
# A thing that ended spoken of as current ("Soviet officials said", "40 million Deutsche marks")
# after it ended: history and quotes do so now and then, so the bound is soft.
ERA_AFTER_LAST = 0.1
ERA_UNTIL = True
# Spans lead from the year of a named event too ("the 10th anniversary of the Sept. 11 attacks").
ERA_EVENT_SPANS = True
# A named event's year is a year the text tells in the past, near the story as any is.
EVENT_YEARS = True
# How many years after a named event a story telling of it lies: the news of the event and its
# aftermath come in its own year, whatever the story's month (its month is not written), and
# fade as the years after a written year do.
YEARS_AFTER_EVENT: dict[int, float] = {0: 0.3, 1: 0.2, 2: 0.12, 3: 0.08, 4: 0.06, 5: 0.05}
# US election cycles: "the Iowa caucuses", "the midterm elections".
CYCLE_EVENTS = True
# Accessions to NATO, the EU and the euro told ahead ("will join NATO on March 12").
ACCESSIONS_AHEAD = True
# A named event its sentence dates without a year ("on Aug. 7", "last month") is of the story's
# year.
DATED_EVENTS = True
# "the creation of NATO 50 years ago": a span from a founding year in its sentence.
FOUNDING_PINS = True
# Games named by their host ("the Nagano Olympics") name their year.
OCCASION_YEARS = True
# Currency conversions ("15.6 billion yen ($110 million)") imply the day's exchange rate, which
# fits few years (`exchange_rates.py`).
CURRENCY_CONVERSIONS = True
# Among years the evidence fits equally, more recent ones are likelier (archives are young).
RECENCY_PENALTY = 0.02
# How far back from the reference date candidate years reach.
CANDIDATE_YEARS = 60
# Below this posterior probability the inferred year is reported as low confidence.
LOW_CONFIDENCE = 0.6
# Years reported as candidates: those the evidence supports, that is whose evidence likelihood
# (the recency prior left out, so an old year is not dropped for being old) is at least this
# share of the best-supported year's: the 1/8 likelihood support interval of statistics. One
# weekday rules out few years (a weekday two or three days back is common in news), two or more
# rule out many; with no evidence every year is one.
CANDIDATE_RATIO = 0.125


_WORD = re.compile(r"[A-Za-z]+(?:'[a-z]+)?|'ll")
_ANNIVERSARY = re.compile(r"\b(?:(?P<num>\d{1,3})(?:st|nd|rd|th)|(?P<word>[a-z]+(?:-[a-z]+)?))"
                          r" anniversary\b", re.IGNORECASE)
_AGE_OF_THING = re.compile(r"\b(?P<num>\d{1,3}|[a-z]+)[- ]years?[- ]old (?P<noun>[a-z]+)\b",
                           re.IGNORECASE)
_NOUN_AFTER = re.compile(r" [a-z]")
_WORD_AFTER = re.compile(r" [A-Za-z]")
# An anniversary's own date after it: "its 50th anniversary in 1998", "anniversary, in 1998".
_ANNIVERSARY_DATED = re.compile(r",? (?:in|on) (?:[A-Z][a-z]+\.? (?:\d{1,2},? )?)?(?:19|20)\d\d")
_MAKE_AFTER = re.compile(r" ([A-Z][A-Za-z-]+)")
_FOUR_DIGITS = re.compile(r"\d{4}")
_YEAR_WRITTEN = re.compile(r"\b(?:1[6-9]|20)\d\d\b")
_ANNIVERSARY_WORD = re.compile(r"\banniversar(?:y|ies)\b", re.IGNORECASE)
# A range of years ("1990-92", "1996-2000"), with the word after it (a season's noun). Not an
# ISO date ("1998-08-07", "1998-08"): nothing numeric may follow, and two digits reach at most
# RANGE_LONGEST_TWO years (a month "1998-08" would be ten).
_YEAR_RANGE = re.compile(r"(?<![\d/-])(?P<first>(?:19|20)\d\d) ?[-–] ?(?P<last>(?:19|20)\d\d|\d\d)"
                         r"(?![\d-])(?: (?P<noun>[a-z]+))?")
_SPLIT_YEAR = re.compile(r"\b((?:19|20)\d\d)[-–/]((?:19|20)?\d\d) ([a-z]+)(?: year)?\b")
# A person's age as news copy writes it: "Smith, 51,", "a 51-year-old", "at age 51", "is 51 years
# old". Ages told of a past moment ("when she was 4") are not ages now, so "was" is left out.
_AGE = re.compile(r"(?<=[A-Za-z]), (\d{1,3}),|\b(\d{1,3})-year-old\b|"
                  r"\b(?:at (?:the )?age(?: of)?|is|now|aged) (\d{1,3})\b(?! percent| %|%)")
# A comparison with the period a year before ("from $3 million a year ago", "than last year"): a
# reporting period named beside it is the one just reported. The adjectives ("the year-ago
# results ... in the 1988 second quarter") name the old period itself, so they are left out.
_YEAR_AGO = re.compile(r"\b(?:a year (?:ago|earlier|before)|the (?:previous|prior) year|"
                       r"the year before|last year)\b", re.IGNORECASE)
_YEAR_EARLIER_WORD = re.compile(r"\b(?:year-earlier|year-ago|prior-year|last year's)\b",
                                re.IGNORECASE)
_CLAUSE_MARKS = (",", ";", ":", " -- ", " — ")
# A weekday and a date written side by side name one day: "Oct. 2, a Monday", "Oct. 2 (Monday)",
# "Monday (Oct. 2)", "Monday 2 October" ("Monday, Oct. 2" is one mention of the tagger's).
_DATE_THEN_WEEKDAY = re.compile(r",? (?:an? )?|\s?\(")
_WEEKDAY_THEN_DATE = re.compile(r"\s?\(|\s")
DATE_RULES: frozenset[str] = frozenset({"month_day", "day_month"})


@dataclass(frozen=True, slots=True)
class WeekdayEvidence:
    phrase: str
    weekday: int
    tense: str
    month: int | None = None
    day: int | None = None
    """A written date beside the weekday ("Friday, Feb. 13"): the pair pins the year."""
    lead: bool = False
    """In the story's first sentence, where the weekday is most often the dateline's own."""
    market: bool = False
    """A trading session's close ("closed at $29 Friday in composite trading"): reported on the
    next business day."""
    not_yesterday: bool = False
    """The text says "yesterday" for the day before the story, so a weekday it names is not that
    day."""


@dataclass(frozen=True, slots=True)
class YearEvidence:
    phrase: str
    year: int
    tense: str
    """"past" (the story is not older), "future" (not newer) or "none" (either side)."""
    month: int | None = None
    """The month, when the mention names one ("July 1997"): distances are then counted in months."""
    since: bool = False
    """An open-ended start ("since 1972"): a lower bound only."""
    started: bool = False
    """Told with "since" ("has doubled its profits annually since 1980"): a stretch still running,
    seldom more than a decade old."""
    attributive: bool = False
    """A modifier of a noun ("the 2020 election"): near the story on either side."""
    until: bool = False
    """A year ahead beyond the nearest one ("by 1995" beside "in 1991"): an upper bound only."""
    period: bool = False
    """A reporting period ("the 1988 quarter", "fiscal 1989"): this year's or last year's."""
    current: bool = False
    """Compared in its sentence with "a year ago": the period just reported, not the year-ago one."""
    maturity: bool = False
    """When a security falls due ("notes due 1999"): a bond's term after the story."""
    protected: bool = False
    """With ``maturity``: the end of a call protection or a rate period ("redeemable after the
    end of 1994"), shorter terms than maturities."""
    straddles: bool = False
    """A season across two years ("the 1997-98 season"), ``year`` its second: under way from the
    autumn of the first."""
    whole: bool = False
    """A whole year's figures ("results for 1989", "the last half of 1989"): settled after it ends."""
    deadline: bool = False
    """A target year right after a deadline preposition ("hopes to ... by 1992", "until Dec. 31,
    1994"): a goal or a term some years ahead, not next year's plan."""
    twin: tuple[int, int] | None = None
    """The first and last month of a quarter or half named with this year that the text also
    names bare ("the third quarter of 1984" beside "third-quarter net"): not the story's own."""
    explains: tuple[tuple[int, int], ...] = ()
    """With a month: a date the figures of the period the text names bare include or reflect,
    those periods' first and last months ("costs of a deal terminated on Sept. 27, 1989" beside
    "third-quarter net"): within the year up to the period's end."""
    fiscal_latest: bool = False
    """A numbered fiscal year with figures told in the past, in a text that names no fiscal year
    bare ("In fiscal 1989, it had sales"): the latest completed one most often."""
    event: bool = False
    """The year of a named event the text tells of ("the embassy bombings in Nairobi"), not a
    year it writes: news of an event is most often of its own year."""


def _lead_end(text: str, sentences: list[tuple[int, int]], body_start: int) -> int:
    """Where the lead (the first real sentence from the dateline on) ends."""
    for start, end in sentences:
        if end > body_start and len(text[max(start, body_start):end].split()) >= LEAD_MIN_WORDS:
            return end
    return body_start


def _evidence(
    text: str, mentions: list[Mention], body_start: int = 0
) -> tuple[list[WeekdayEvidence], list[YearEvidence]]:
    """Bare weekdays and explicit years the text mentions, with the tense of their clauses."""
    sentences = sentence_spans(text)
    lead_end = _lead_end(text, sentences, body_start)
    weekdays: list[WeekdayEvidence] = []
    years: list[YearEvidence] = []
    # Copy that says "yesterday" names the day before the story so, never by its weekday.
    says_yesterday = YESTERDAY_STYLE and bool(_YESTERDAY.search(text, body_start))
    beside = _dates_beside_weekdays(text, mentions)
    split = split_years(text) if SPLIT_YEARS else []
    bare = bare_periods(mentions) if TWIN_PERIODS else set()
    # Results copy that names the fiscal year just ended bare names the comparison one by number.
    fiscal_named_bare = bool(_BARE_FISCAL_YEAR.search(text))
    for index, m in enumerate(mentions):
        tense = clause_tense(text, sentence_at(sentences, m.start), m.context_start, m.end)
        phrase = text[m.context_start:m.end]
        if m.rule.family == "weekday" and "shift" not in m.parts:
            written = m.parts["weekday"]
            weekday = WEEKDAYS.get(written.lower(), WEEKDAY_ABBREVIATIONS.get(written))
            month = _month_of(m.parts)
            if weekday is not None and index in beside:
                date = mentions[beside[index]]
                end = max(m.end, date.end)
                end += text.startswith(")", end)  # "Oct. 2 (Monday)" with its parenthesis
                weekdays.append(WeekdayEvidence(text[min(m.context_start, date.context_start):end],
                                                weekday, tense, _month_of(date.parts),
                                                int(date.parts["day"])))
            elif weekday is not None and "day" in m.parts and month:
                weekdays.append(WeekdayEvidence(phrase, weekday, tense, month,
                                                int(m.parts["day"])))
            elif weekday is not None and "day" not in m.parts:
                sentence = sentence_at(sentences, m.start)
                market = (MARKET_WEEKDAYS and tense != "future"
                          and bool(_MARKET_SESSION.search(text, *sentence)))
                weekdays.append(WeekdayEvidence(phrase, weekday, tense,
                                                lead=body_start <= m.start < lead_end
                                                and (tense == "past" or not LEAD_NEEDS_PAST),
                                                market=market, not_yesterday=says_yesterday))
        elif len(written_year := m.parts.get("year") or m.parts.get("lead_year") or "") == 4 and not any(
                start <= m.start < end for _, (start, end) in split):
            sentence = sentence_at(sentences, m.start)
            # A year's tense is its own clause's when that has one: "finished in 1989, will open
            # in 1990" puts 1989 in the past although "will" is the nearest cue.
            clause = _clause(text, sentence, m.context_start, m.end)
            tense = clause_tense(text, clause, m.context_start, m.end)
            if tense == "none" and not ((GERUND_CLAUSES and _is_gerund_clause(text, clause))
                                        or (BASE_CLAUSES and _is_base_clause(text, clause))):
                tense = clause_tense(text, sentence, m.context_start, m.end)
            before = _WORD.findall(text, sentence[0], m.context_start)
            # A written date carries no preposition of its own: "until Dec. 31, 1994".
            preposition = m.parts.get("prep", "").lower() or (
                before[-1].lower() if before and before[-1].lower() in DATE_PREPOSITIONS_BEFORE
                else "")
            # "by 1992", "until Dec. 31, 1994": the preposition governs the year itself ("by the
            # end of 1990", "by mid-1992" name a point in the year, a nearer deadline).
            direct_deadline = preposition in DEADLINE_TARGET_PREPOSITIONS and "pos" not in m.parts
            reach = {w.lower() for w in _WORD.findall(text, clause[0], m.context_start)[
                -DEADLINE_REACH_WORDS:]}
            if not preposition and DEADLINE_PREPOSITIONS & reach:
                preposition = "by"  # "by the end of 1990", "until the opening of the 2000 Games"
                # A goal tied to an event named by its year ("by the opening of the 2000
                # Olympics", "until the 2004 election") is set as far ahead as "by 2000" is.
                direct_deadline = (EVENT_DEADLINES and bool(DEADLINE_TARGET_PREPOSITIONS & reach)
                                   and _names_event(text, m, before))
            # "has dwindled since Operation Rescue started its protests in 1992": the year dates
            # the start of a stretch running to now, as "since 1992" does.
            since_clause = (SINCE_CLAUSES and preposition in ("", "in", "of") and tense != "future"
                            and "since" in {w.lower() for w in before[-SINCE_REACH_WORDS:]})
            if since_clause:
                preposition = "since"
            if preposition in PAST_PREPOSITIONS and tense != "future":
                tense = "past"
            elif preposition in OPEN_PREPOSITIONS and tense == "past":
                tense = "none"  # "had pledged to finish by 1992" may still lie ahead
            elif preposition in DEADLINE_PREPOSITIONS:
                tense = "future"
            if m.rule.name == "fiscal_year" and tense != "past":
                tense = "none"  # fiscal years run ahead of the calendar, unless one has ended
            # Cues count within the clause too: "invited in July 1997, will join" is past.
            after = _WORD.findall(text, m.end, clause[1])[:YEAR_CUE_WORDS_AFTER]
            cues = {w.lower() for w in (
                *_WORD.findall(text, clause[0], m.context_start)[-YEAR_CUE_WORDS_BEFORE:],
                *after)}
            ahead_words = INTENTION_WORDS | (OBLIGATION_WORDS if DEADLINE_OBLIGATIONS
                                             else frozenset())
            if cues & YEAR_FUTURE_CUES or (preposition in DEADLINE_PREPOSITIONS
                                           and cues & ahead_words):
                tense = "future"
            if SINCE_ALWAYS_PAST and preposition in OPEN_ENDED_PREPOSITIONS:
                tense = "past"
            # "debentures due March 1, 2011": a maturity, a security's term after the story.
            maturity = MATURITY_CUES & {w.lower() for w in before[-3:]} and bool(
                SECURITY_NOUNS & {w.lower() for w in _WORD.findall(text, *sentence)})
            # "redeemable after the end of 1994", "a fixed dividend until Dec. 31, 1994": a
            # security's call protection or rate period, a round term from the issue too.
            protected = (not maturity and SECURITY_TERMS
                         and _is_security_term(text, sentence, clause, before, preposition))
            attributive = (not preposition and m.rule.name == "year_bare" and bool(before)
                           and _is_determiner(before[-1]) and bool(_NOUN_AFTER.match(text, m.end)))
            if attributive and HISTORY_YEARS and HISTORY_NOUNS & {
                    w.lower() for w in _WORD.findall(text, m.end, clause[1])[:HISTORY_WORDS_AFTER]}:
                attributive = False
                tense = "past" if tense == "none" else tense
            if INDEX_BASES and _INDEX_BASE.match(text, m.end):
                # "based on the close of 1969 equaling 100": an index's base, kept for decades.
                years.append(YearEvidence(phrase, int(written_year), "past", since=True))
                continue
            if BASE_YEARS and (_BASE_LEVELS.match(text, m.end) or (
                    _BASE_LEVEL.match(text, m.end) and BASE_COMPARISONS & {
                        w.lower() for w in before[-2:]}) or (
                    attributive and MULTIPLIER_VERBS & {w.lower() for w in before[-3:]})):
                # "5.2 percent below 1990 levels", "quadruple its 2000 output": a target's base
                # year, history however far back.
                years.append(YearEvidence(phrase, int(written_year), "past", since=True))
                continue
            if BIRTH_AGES and _is_birth_year(text, sentence, m):
                # A birth year is history: the person has lived since ("was born in 1947").
                years.append(YearEvidence(phrase, int(written_year), "past", since=True))
                continue
            make = _MAKE_AFTER.match(text, m.end) if m.rule.name == "year_bare" else None
            if (make and make[1].lower() in VEHICLE_MAKES and MODEL_YEARS and before
                    and (before[-1].lower() in VEHICLE_DETERMINERS or _is_possessive(before[-1]))):
                # The car exists: the story is not older than its model year (bar the autumn
                # before, when the model is sold already: rare enough to leave out).
                years.append(YearEvidence(phrase, int(written_year), "past", since=True))
                continue
            # "stopped paying a dividend in the third quarter of 1984": no figures, so a date
            # (its quarter's last month), not a reporting period.
            reported = (m.rule.name not in PERIOD_RULES or not REPORTED_PERIODS
                        or bool(_RESULTS.search(text, *sentence)))
            month = _month_of(m.parts) if reported else _period_month(m.parts)
            years.append(YearEvidence(
                phrase, int(written_year), tense, month,
                since=preposition in OPEN_ENDED_PREPOSITIONS and tense == "past",
                started=preposition in OPEN_ENDED_PREPOSITIONS and tense == "past"
                # The mention holds its own preposition ("since 1985"): put it back in place.
                and not (RECORDS_SINCE and _is_record_since([*before, m.parts.get("prep", "")])),
                attributive=attributive,
                # "fiscal 1990" names the fiscal year running now as often as one that ended.
                period=m.rule.name in PERIOD_RULES and (
                    m.rule.name != "fiscal_year" or tense == "past") and reported,
                current=tense != "future" and bool(_YEAR_AGO.search(text, *sentence)),
                maturity=(bool(maturity) or protected) and MATURITIES,
                protected=protected,
                # "cash flow for 1990 and beyond" opens a stretch of years, not one year's
                # figures; a fiscal year ends in a month of its own, not with the calendar's.
                whole=(m.rule.name in PERIOD_RULES or bool(before and before[-1].lower() == "for"))
                and m.rule.name != "fiscal_year" and not _opens_range(after),
                deadline=DEADLINE_TARGETS and direct_deadline and tense == "future",
                twin=span if (span := _period_span(m)) in bare else None,
                explains=tuple(sorted(bare)) if (
                    EXPLAINED_DATES and bare and month is not None and tense != "future"
                    and _explains_figures(text, sentence)) else (),
                fiscal_latest=(COMPLETED_FISCAL_YEARS and m.rule.name == "fiscal_year"
                               and tense == "past" and reported and not fiscal_named_bare)))
    return weekdays, years + [item for item, _ in split]


def _explains_figures(text: str, sentence: tuple[int, int]) -> bool:
    """Whether the sentence tells what figures include or reflect ("The latest results include
    write-downs", "The per-share figures reflect a stock dividend"), not the year-ago ones."""
    return (bool(_FIGURES_EXPLAINED.search(text, *sentence))
            and bool(_FIGURE_NOUNS.search(text, *sentence))
            and not _YEAR_AGO.search(text, *sentence)
            and not _YEAR_EARLIER_WORD.search(text, *sentence))


def _is_record_since(before: list[str]) -> bool:
    """Whether a superlative stands a few words before the "since" that opens the year's
    stretch ("its lowest level since 1985", "the first such visit since the war ended in 1991")."""
    lowered = [w.lower() for w in before]
    if "since" not in lowered:
        return False
    at = len(lowered) - 1 - lowered[::-1].index("since")
    return bool(RECORD_WORDS & set(lowered[max(0, at - RECORD_WORDS_BEFORE):at]))


def _is_security_term(text: str, sentence: tuple[int, int], clause: tuple[int, int],
                      before: list[str], preposition: str) -> bool:
    """Whether the year ends a security's call protection or rate period: "redeemable after the
    end of 1994", "a floating dividend ... until Dec. 31, 1994", in a sentence naming the
    security ("preferred shares", "notes")."""
    words = {w.lower() for w in _WORD.findall(text, *sentence)}
    if not TERM_SECURITY_NOUNS & words:
        return False
    if SECURITY_TERM_CUES & {w.lower() for w in before[-SECURITY_TERM_CUE_WORDS:]}:
        return True
    clause_words = {w.lower() for w in _WORD.findall(text, *clause)}
    return preposition == "until" and bool(RATE_TERM_NOUNS & clause_words)


def _period_span(m: Mention) -> tuple[int, int] | None:
    """The first and last month of the quarter or half a mention names, if it names one by
    number ("the third quarter", "the first two quarters of 1990"), not a fiscal one."""
    if m.rule.name not in ("quarter", "half_year") or "fiscal" in m.text.lower() or (
            "closed_month" in m.parts):
        return None
    last = _period_month(m.parts)
    if last is None:
        return None
    return (last - 2, last) if m.rule.name == "quarter" else (last - 5, last)


def bare_periods(mentions: list[Mention]) -> set[tuple[int, int]]:
    """The quarters and halves the text names without a year ("third-quarter net"): the story's
    own, which copy does not name with its year too."""
    # "last quarter" without a year is the latest one, whichever that is.
    return {span for m in mentions if "year" not in m.parts and "lead_year" not in m.parts
            and "qref" not in m.parts and m.parts.get("ord", "").lower() != "last"
            and (span := _period_span(m)) is not None}


def bare_period_year(story_year: int, story_month: int, span: tuple[int, int]) -> int | None:
    """The year of the period a bare quarter or half names in a story of that month: the one
    running, or the nearest one ended or to come within TWIN_REACH_MONTHS (the past one on a
    tie); None when none is that near."""
    now = story_year * 12 + story_month - 1
    near: list[tuple[int, int, int]] = []
    for year in (story_year - 1, story_year, story_year + 1):
        first, last = year * 12 + span[0] - 1, year * 12 + span[1] - 1
        distance = 0 if first <= now <= last else (now - last if now > last else first - now)
        if distance <= TWIN_REACH_MONTHS:
            near.append((distance, 0 if now >= first else 1, year))
    return min(near)[2] if near else None


def explained_within(story_year: int, story_month: int, year: int, month: int,
                     spans: tuple[tuple[int, int], ...]) -> bool | None:
    """Whether ``month`` of ``year`` lies within EXPLAINED_REACH_MONTHS up to the end of the
    latest period the story names bare (the story's own quarter or half: running, just ended or
    next; one not yet ended counts up to the story's month); None when none is that near."""
    now = story_year * 12 + story_month - 1
    ends = [min(now, period_year * 12 + span[1] - 1) for span in spans
            if (period_year := bare_period_year(story_year, story_month, span)) is not None]
    if not ends:
        return None
    gap = max(ends) - (year * 12 + month - 1)
    return 0 <= gap < EXPLAINED_REACH_MONTHS


def fiscal_abbreviations(text: str, reference_year: int) -> list[YearEvidence]:
    """"FY2024", "FY 2023", "FY24" as fiscal years; two digits name the latest such year not more
    than a year after the reference date (FY fiscal years may end in the next calendar year)."""
    sentences = sentence_spans(text)
    found: list[YearEvidence] = []
    for m in _FISCAL_SHORT.finditer(text):
        digits = m[1]
        if len(digits) == 2:
            year = (reference_year + 1) // 100 * 100 + int(digits)
            year -= 100 if year > reference_year + 1 else 0
        else:
            year = int(digits)
        sentence = sentence_at(sentences, m.start())
        tense = clause_tense(text, sentence, m.start(), m.end())
        cues = {w.lower() for w in (*_WORD.findall(text, sentence[0], m.start())[
            -YEAR_CUE_WORDS_BEFORE:], *_WORD.findall(text, m.end(), sentence[1])[
            :YEAR_CUE_WORDS_AFTER])}
        if cues & YEAR_FUTURE_CUES:  # "raised its forecast for FY25": a year ahead
            found.append(YearEvidence(m[0], year, "future"))
        else:
            found.append(YearEvidence(m[0], year, "past" if tense == "past" else "none",
                                      period=tense == "past"))
    return found


def split_years(text: str) -> list[tuple[YearEvidence, tuple[int, int]]]:
    """Seasons named by two years ("the 1997-98 season"), as periods near the story, with spans."""
    found: list[tuple[YearEvidence, tuple[int, int]]] = []
    for m in _SPLIT_YEAR.finditer(text):
        first, second = int(m[1]), int(m[2][-2:])
        end = first - first % 100 + second + (100 if second < first % 100 else 0)
        if end == first + 1 and m[3] in SPLIT_YEAR_NOUNS:
            found.append((YearEvidence(m[0], end, "none", attributive=True, straddles=True),
                          m.span()))
    return found


def year_ranges(text: str, mentions: list[Mention]) -> list[YearEvidence]:
    """Ranges of years the tagger leaves alone ("sales will grow 8% a year in 1990-92", "rose in
    1985-87", "the 1991-95 plan"): both years, with the tense of their clause and its forecast
    words. Ahead, the first year is the nearest ahead and the last only bounds the story; told
    in the past, the last is the latest year looked back on. Seasons ("the 1997-98 season") are
    read by ``split_years``, ISO dates ("1998-08-07") not at all."""
    sentences = sentence_spans(text)
    found: list[YearEvidence] = []
    for m in _YEAR_RANGE.finditer(text):
        first, written = int(m["first"]), m["last"]
        last = int(written) if len(written) == 4 else (
            first - first % 100 + int(written) + (100 if int(written) < first % 100 else 0))
        longest = RANGE_LONGEST_FOUR if len(written) == 4 else RANGE_LONGEST_TWO
        if not 0 < last - first <= longest:
            continue
        # The tagger reads the second of two full years ("1996-2000") as a year of its own:
        # only the years no mention covers are added.
        unread = [year for year, (start, end) in ((first, m.span("first")), (last, m.span("last")))
                  if not any(start < x.end and x.start < end for x in mentions)]
        if not unread:
            continue
        if m["noun"] and m["noun"].lower() in SPLIT_YEAR_NOUNS:
            continue
        sentence = sentence_at(sentences, m.start())
        clause = _clause(text, sentence, m.start(), m.end())
        tense = clause_tense(text, clause, m.start(), m.end())
        if tense == "none":
            tense = clause_tense(text, sentence, m.start(), m.end())
        cues = {w.lower() for w in (*_WORD.findall(text, clause[0], m.start())[
            -YEAR_CUE_WORDS_BEFORE:], *_WORD.findall(text, m.end(), clause[1])[
            :YEAR_CUE_WORDS_AFTER])}
        if cues & YEAR_FUTURE_CUES:
            tense = "future"
        found += [YearEvidence(m[0], year, tense) for year in unread]
    return found


def _dates_beside_weekdays(text: str, mentions: list[Mention]) -> dict[int, int]:
    """For each bare weekday written beside a month and day, the index of that date's mention."""
    pairs: dict[int, int] = {}
    for index, m in enumerate(mentions):
        if m.rule.family != "weekday" or "shift" in m.parts or "day" in m.parts:
            continue
        for other in (index - 1, index + 1):
            if not 0 <= other < len(mentions) or mentions[other].rule.name not in DATE_RULES:
                continue
            date = mentions[other]
            if not date.parts.get("day", "").isdigit() or _month_of(date.parts) is None:
                continue
            if (other < index and _DATE_THEN_WEEKDAY.fullmatch(text, date.end, m.context_start)) or (
                    other > index and _WEEKDAY_THEN_DATE.fullmatch(text, m.end, date.context_start)):
                pairs[index] = other
                break
    return pairs


def _opens_range(after: list[str]) -> bool:
    """Whether the words after a year open a stretch of years from it ("1990 and beyond")."""
    lowered = tuple(w.lower() for w in after)
    return any(lowered[:len(words)] == words for words in OPEN_RANGE_AFTER)


def _clause(text: str, sentence: tuple[int, int], start: int, end: int) -> tuple[int, int]:
    """The stretch between the clause marks (, ; : dashes) around ``start``..``end``."""
    left = max((text.rfind(mark, sentence[0], start) for mark in _CLAUSE_MARKS), default=-1)
    rights = [i for i in (text.find(mark, end, sentence[1]) for mark in _CLAUSE_MARKS) if i >= 0]
    return (left + 1 if left >= sentence[0] else sentence[0]), min(rights, default=sentence[1])


def _is_base_clause(text: str, clause: tuple[int, int]) -> bool:
    """Whether the clause opens with the words that give a comparison's base ("up from 5.2% in
    2024", "compared with $2.50 a share in 1996")."""
    words = tuple(w.lower() for w in _WORD.findall(text, *clause)[:2])
    return any(words[:len(opener)] == opener for opener in BASE_CLAUSE_OPENERS)


def _is_gerund_clause(text: str, clause: tuple[int, int]) -> bool:
    """Whether the clause opens with a conjunction and a gerund ("after selling ...", not a
    name in -ing: "after Boeing announced ...")."""
    words = _WORD.findall(text, *clause)[:2]
    return (len(words) == 2 and words[0].lower() in GERUND_OPENERS and words[1].endswith("ing")
            and words[1].islower() and len(words[1]) > 4)


def _names_event(text: str, m: Mention, before: list[str]) -> bool:
    """Whether a bare year is part of an event's name: "the 2000 Olympics", "the 2004 election"."""
    return (m.rule.name == "year_bare" and bool(before) and before[-1].lower() == "the"
            and bool(_WORD_AFTER.match(text, m.end)))


def _is_possessive(word: str) -> bool:
    """"Kopp's" (or "s" alone, left by a typographic apostrophe the word pattern splits at)."""
    lowered = word.lower()
    return lowered == "s" or lowered.endswith("'s")


def _is_determiner(word: str) -> bool:
    """A word that can stand before "1989 results": a determiner or a possessive ("Sony's")."""
    lowered = word.lower()
    # The word pattern splits a possessive with a typographic apostrophe into the name and "s".
    return lowered in ATTRIBUTIVE_DETERMINERS or _is_possessive(word)


def _is_deictic_year(m: Mention) -> bool:
    """Whether the mention is a "last year" / "this year" / "next year" phrase (not "last year's")."""
    return (m.rule.name == "shifted_unit" and m.parts.get("unit", "").lower() == "year"
            and m.parts.get("shift", "").lower() in DEICTIC_YEAR_SHIFTS and "pos" not in m.parts)


def deictic_years(mentions: list[Mention]) -> set[int]:
    """Shifts of the "last year" / "this year" / "next year" phrases in the text."""
    return {DEICTIC_YEAR_SHIFTS[m.parts["shift"].lower()] for m in mentions if _is_deictic_year(m)}


def _deictic_matches(year: int, shifts: set[int], years: list[YearEvidence],
                     contrasts: frozenset[tuple[int, int]] = frozenset()) -> int:
    """How many deictic phrases name a year the text mentions on the same side of the story.

    "next year" matches a year spoken of ahead ("will open in 1990"), "last year" one spoken of
    in the past; a year without tense matches either. A year the sentence of the phrase sets
    against it (``contrasts``) is no match.
    """
    matches = 0
    for shift in shifts:
        for item in years:
            # An event named without its year ("the embassy bombings") is no year the phrase
            # could stand for: "revenues dropped last year" is not the bombings' year.
            if year + shift != item.year or (shift, item.year) in contrasts or item.event:
                continue
            if (shift < 0 and item.tense == "future") or (shift > 0 and item.tense == "past"):
                continue
            matches += 1
            break
    return matches


def deictic_contrasts(text: str, mentions: list[Mention]) -> frozenset[tuple[int, int]]:
    """(shift, year) for each deictic phrase and written year that one sentence compares ("1989
    profit ... up from 633.8 million francs last year"), not written side by side as one."""
    return frozenset((shift, year) for shift, year, _ in _compared_years(text, mentions))


def deictic_orders(text: str, mentions: list[Mention]) -> frozenset[tuple[int, int, bool]]:
    """(shift, year, deictic_later) for the compared pairs whose base is told ("up from 5.2% in
    2024": 2024 is the base, "this year" the later), ``deictic_later`` saying which is later."""
    return frozenset((shift, year, later) for shift, year, later in _compared_years(text, mentions)
                     if later is not None)


def _compared_years(text: str, mentions: list[Mention]
                    ) -> Iterator[tuple[int, int, bool | None]]:
    """Each deictic phrase and written year one sentence compares: (shift, year, whether the
    deictic one is the later, or None when no base word tells)."""
    sentences = sentence_spans(text)
    for i, deictic in enumerate(mentions):
        if not _is_deictic_year(deictic):
            continue
        sentence = sentence_at(sentences, deictic.start)
        for j, other in enumerate(mentions):
            written = other.parts.get("year") or other.parts.get("lead_year") or ""
            if (len(written) != 4 or not written.isdigit()
                    or not sentence[0] <= other.start < sentence[1]):
                continue
            first, second = (deictic, other) if i < j else (other, deictic)
            between = text[first.end:second.context_start]
            # The second's own preposition joins them too: "rose last year from 2019".
            joining = {w.lower() for w in (*_WORD.findall(text, first.end, second.context_start),
                                           second.parts.get("prep", ""))} - {""}
            if (abs(i - j) == 1 and len(between) <= PIN_JOINER_CHARS
                    and _PIN_JOINER.fullmatch(between) and not CONTRAST_WORDS & joining):
                continue  # "last year's 1996 campaign", "in 1996, last year": one year
            opening = {w.lower() for w in (*_WORD.findall(text, sentence[0], first.context_start)[
                -CONTRAST_WORDS_BEFORE:], first.parts.get("prep", ""))} - {""}
            if not CONTRAST_WORDS & (opening | joining):
                continue  # "last year's deficit rose after the budget was cut in 2001"
            # The base follows its word: the second when one joins them, else the first.
            base = second if BASE_WORDS & joining else first if BASE_WORDS & opening else None
            yield (DEICTIC_YEAR_SHIFTS[deictic.parts["shift"].lower()], int(written),
                   None if base is None else base is other)


def deictic_phrases(mentions: list[Mention]) -> dict[int, str]:
    """The first "last year" / "this year" / "next year" phrase of each shift, for explanations."""
    phrases: dict[int, str] = {}
    for m in mentions:
        if _is_deictic_year(m):
            phrases.setdefault(DEICTIC_YEAR_SHIFTS[m.parts["shift"].lower()], m.text)
    return phrases


@dataclass(frozen=True, slots=True)
class ElapsedSpan:
    """A phrase that says how long ago something happened: "two years ago", "50th anniversary"."""

    phrase: str
    gaps: frozenset[int]
    """The numbers of years the phrase allows between the thing dated and the story (negative for
    a thing ahead: "within five years")."""
    source: int | None = None
    """The year the span leads from when the text ties them ("Smith, 51, was born in 1947")."""
    stretch: bool = False
    """"the past five years": a stretch up to now, which starts at a year told with "since"."""


def elapsed_spans(
    text: str, mentions: list[Mention], lead: tuple[int, int] | None = None
) -> list[ElapsedSpan]:
    """The years that "N years ago", "the past N years", "the Nth anniversary" allow.

    ``lead`` is the story's first sentence after the dateline, where "N years after" dates now.
    """
    spans: list[ElapsedSpan] = forward_spans(text, mentions) if FORWARD_SPANS else []
    spans += since_spans(text, mentions, lead) if SINCE_SPANS else []
    for m in mentions:
        past_units = m.rule.name == "past_units" and m.parts.get("shift", "").lower() in (
            "past", "last")
        if not past_units and (m.rule.name != "units_ago"
                               or m.parts.get("dir", "").lower() != "ago"):
            continue
        unit = m.parts.get("unit", "").lower()
        if unit not in ("year", "decade"):
            continue
        written = m.parts.get("num", "a").lower()
        count = int(written) if written.isdigit() else NUMBER_WORDS.get(written)
        if not count:
            continue
        if unit == "year" and count == 1:
            continue  # "a year ago" compares periods; "last year" speaks for itself
        spans.append(ElapsedSpan(text[m.context_start:m.end], _hedged_years(text, m, unit, count),
                                 stretch=past_units))
    for found in _AGE_OF_THING.finditer(text) if AGES_OF_THINGS else ():
        written = found["num"].lower()
        count = int(written) if written.isdigit() else NUMBER_WORDS.get(written, 0)
        if count > 1 and found["noun"].lower() in AGED_NOUNS:
            # Copy counts calendar years: the story's year less the founding year.
            spans.append(ElapsedSpan(found[0], frozenset({count})))
    sentences = sentence_spans(text) if ANNIVERSARY_DEADLINES else []
    for found in _ANNIVERSARY.finditer(text):
        count = (int(found["num"]) if found["num"]
                 else ANNIVERSARY_ORDINALS.get(found["word"].lower(), 0))
        if count > 1 and not (sentences and _is_deadline(text, sentences, found.start())):
            # The story may come a year ahead of an anniversary it announces.
            spans.append(ElapsedSpan(found[0], frozenset({count - 1, count})))
    return spans


def since_spans(
    text: str, mentions: list[Mention], lead: tuple[int, int] | None = None
) -> list[ElapsedSpan]:
    """Spans that run to the story: "50 years since the death of Franco", "ten years on from the
    crash", and "three years after the Sept. 11 attacks" in the lead, which tells of the day.

    "It had been 20 years since" tells of a past moment; "N years after" elsewhere in a story is
    as often a past moment ("three years after the war, he moved") and is left out.
    """
    spans: list[ElapsedSpan] = []
    for m in mentions:
        unit = m.parts.get("unit", "").lower()
        if m.rule.name != "duration" or unit not in ("year", "decade"):
            continue
        link = _SINCE_LINK.match(text, m.end)
        if link is None:
            continue
        if link["word"].lower() == "after" and not (
                lead is not None and lead[0] <= m.context_start < lead[1]):
            continue
        if {"had", "'d"} & {w.lower() for w in _WORD.findall(
                text, max(0, m.context_start - 24), m.context_start)[-3:]}:
            continue  # "it had been 20 years since": a past moment's span
        written = m.parts.get("num", "a").lower()
        count = int(written) if written.isdigit() else NUMBER_WORDS.get(written)
        if not count:
            continue
        spans.append(ElapsedSpan(text[m.context_start:link.end()],
                                 _hedged_years(text, m, unit, count)))
    return spans


def _hedged_years(text: str, m: Mention, unit: str, count: int) -> frozenset[int]:
    """The numbers of years a span of ``count`` years or decades allows, widened by a hedge
    before it ("nearly 10 years", "about two decades": the count is not exact)."""
    hedge = " ".join(_WORD.findall(text, m.context_start, m.end)[:2]).lower()
    below = any(hedge.startswith(h) for h in SPAN_HEDGES_BELOW)
    above = any(hedge.startswith(h) for h in SPAN_HEDGES_ABOVE)
    if unit == "decade":
        low, high = count * 10 - (2 if below else 0), count * 10 + (9 if above else 2)
    else:
        low, high = count - (1 if below else 0), count + (1 if above else 0)
    return frozenset(range(low, high + 1))


def _span_count(text: str, m: Mention) -> tuple[int, bool, bool] | None:
    """The number of years of a span mention, with whether a hedge widens it below and above."""
    if m.parts.get("unit", "").lower() != "year":
        return None
    written = m.parts.get("num", "a").lower()
    count = int(written) if written.isdigit() else NUMBER_WORDS.get(written)
    if not count:
        return None
    hedge = " ".join(_WORD.findall(text, m.context_start, m.end)[:2]).lower()
    return (count, any(hedge.startswith(h) for h in SPAN_HEDGES_BELOW),
            any(hedge.startswith(h) for h in SPAN_HEDGES_ABOVE))


def forward_spans(text: str, mentions: list[Mention]) -> list[ElapsedSpan]:
    """Spans ahead of the story: "within five years", "over the next three years", "ten years
    from now"; they lead back from a year spoken of ahead, so their gaps are negative.
    """
    sentences = sentence_spans(text)
    spans: list[ElapsedSpan] = []
    for m in mentions:
        name, parts = m.rule.name, m.parts
        before = _WORD.findall(text, max(0, m.context_start - 12), m.context_start)
        ahead = ((name == "past_units" and parts.get("shift", "").lower() in ("next", "coming"))
                 or (name == "units_ago" and parts.get("dir", "").lower() in ("from now", "hence"))
                 or (name == "duration" and bool(before)
                     and before[-1].lower() in FORWARD_SPAN_WORDS))
        counted = _span_count(text, m) if ahead else None
        if counted is None or counted[0] < 2:
            continue
        if clause_tense(text, sentence_at(sentences, m.start), m.context_start, m.end) == "past":
            continue  # "had tripled within five years" tells of the past
        count, below, above = counted
        low, high = count - (1 if below else 0), count + (1 if above else 0)
        phrase = text[m.context_start:m.end]
        if name == "duration":
            phrase = f"{before[-1]} {phrase}"
        spans.append(ElapsedSpan(phrase, frozenset(-gap for gap in range(low, high + 1))))
    return spans


def pinned_pairs(text: str, mentions: list[Mention]) -> list[ElapsedSpan]:
    """A relative phrase written beside a year, naming the story's year outright: "in 1987, seven
    years ago" (1994), "last year's 1996 campaign" (1997), "next year's 2000 Olympics" (1999)."""
    spans: list[ElapsedSpan] = []
    for first, second in pairwise(mentions):
        between = text[first.end:second.context_start]
        joined = len(between) <= PIN_JOINER_CHARS and bool(_PIN_JOINER.fullmatch(between))
        if not joined and not (ATTRIBUTIVE_PINS and _attributive_pin(text, first, second)):
            continue
        for year_m, other in ((first, second), (second, first)):
            written = year_m.parts.get("year") or year_m.parts.get("lead_year") or ""
            if len(written) != 4 or not written.isdigit():
                continue
            gaps: frozenset[int] | None = None
            shift = other.parts.get("shift", "").lower()
            direction = other.parts.get("dir", "").lower()
            if _is_deictic_year(other) and _possessive_pin(text, other, year_m):
                gaps = frozenset({-DEICTIC_YEAR_SHIFTS[shift]})
            elif other.rule.name == "units_ago" and direction in ("ago", "from now", "hence"):
                counted = _span_count(text, other)
                if counted is not None:
                    count, below, above = counted
                    sign = 1 if direction == "ago" else -1
                    gaps = frozenset(sign * gap for gap in range(count - (1 if below else 0),
                                                                 count + (1 if above else 0) + 1))
            if gaps is not None:
                phrase = text[min(first.context_start, second.context_start):second.end]
                spans.append(ElapsedSpan(phrase, gaps, source=int(written)))
                break
    return spans


def copyright_years(text: str) -> list[ElapsedSpan]:
    """The year of a copyright notice, the story's own: "Copyright 2021 The Associated Press"."""
    return [ElapsedSpan(m[0], frozenset({0}), source=int(m[1]))
            for m in _COPYRIGHT.finditer(text)][:1]


def zero_coupon_terms(text: str, years: list[YearEvidence]) -> list[ElapsedSpan]:
    """A zero-coupon issue's term from its price and yield ("offered at $308.32 per $1,000
    principal amount at maturity, representing an 8% yield to maturity": 15 years), leading back
    from the one maturity the text names ("due on Nov. 1, 2004": 1989)."""
    maturities = {e.year for e in years if e.maturity and not e.protected}
    price, rate = _ZERO_PRICE.search(text), _YIELD_TO_MATURITY.search(text)
    if len(maturities) != 1 or price is None or rate is None:
        return []
    value, percent = float(price["price"]), float(rate["rate"] or rate["rate2"])
    if not 0 < value < 1000 or not 0 < percent < 30:
        return []
    # Bond-equivalent yields compound twice a year: 1,000 = price * (1 + y/2) ** (2 * term).
    term = math.log(1000 / value) / (2 * math.log(1 + percent / 200))
    gaps = {round(term)} if abs(term - round(term)) <= 0.25 else {math.floor(term),
                                                                   math.ceil(term)}
    return [ElapsedSpan(f"{price[0]} ... {rate[0]}", frozenset(-gap for gap in gaps if gap > 0),
                        source=maturities.pop())]


def current_fiscal_years(text: str) -> list[ElapsedSpan]:
    """A fiscal year running now ("the current fiscal 1998"): the story is its year or the one
    before."""
    return [ElapsedSpan(m[0], frozenset({0, -1}), source=int(m[1] or m[2]))
            for m in _CURRENT_FISCAL.finditer(text)][:1]


def sentence_pins(text: str, mentions: list[Mention]) -> list[ElapsedSpan]:
    """Spans tied to the one year named in their sentence: "the 50th anniversary of the 1948
    founding" (1997 or 1998), "for the past seven years, since 1990" (1997)."""
    # With two years in the sentence the source is unclear: the span stays a loose one.
    sentences = sentence_spans(text)
    years: dict[tuple[int, int], list[Mention]] = {}
    for m in mentions:
        written = m.parts.get("year") or m.parts.get("lead_year") or ""
        if len(written) == 4 and written.isdigit():
            years.setdefault(sentence_at(sentences, m.start), []).append(m)
    pins: list[ElapsedSpan] = []
    for sentence, named in years.items():
        found = {int(m.parts.get("year") or m.parts["lead_year"]) for m in named}
        if len(found) != 1:
            continue
        source = found.pop()
        # "the past five years ... in 1998" may end in the year named; only "since 1990"
        # says the span starts there.
        since = any(m.parts.get("prep", "").lower() in OPEN_ENDED_PREPOSITIONS for m in named)
        for span in _elapsed_spans_in_sentence(text, mentions, sentence, sentences, since,
                                    min(m.start for m in named)):
            pins.append(replace(span, source=source))
    return pins


def _elapsed_spans_in_sentence(
    text: str, mentions: list[Mention], sentence: tuple[int, int],
    sentences: list[tuple[int, int]], since: bool, year_start: int,
) -> list[ElapsedSpan]:
    """The anniversaries of an event the year dates ("the 50th anniversary of the Korean War,
    which began in 1950") and, when the year opens with "since", "the past N years" phrases.
    """
    spans: list[ElapsedSpan] = []
    for found in _ANNIVERSARY.finditer(text, *sentence):
        count = (int(found["num"]) if found["num"]
                 else ANNIVERSARY_ORDINALS.get(found["word"].lower(), 0))
        # "celebrated its 50th anniversary in 1998" dates the anniversary, not the event.
        if (count > 1 and not _is_deadline(text, sentences, found.start())
                and text.startswith(" of ", found.end()) and year_start > found.end()
                and not _ANNIVERSARY_DATED.match(text, found.end())):
            spans.append(ElapsedSpan(found[0], frozenset({count - 1, count})))
    for m in mentions if since else ():
        if not sentence[0] <= m.start < sentence[1] or m.rule.name != "past_units":
            continue
        if m.parts.get("shift", "").lower() not in ("past", "last"):
            continue
        counted = _span_count(text, m)
        if counted is not None and counted[0] > 1:
            count, below, above = counted
            spans.append(ElapsedSpan(text[m.context_start:m.end], frozenset(
                range(count - (1 if below else 0), count + (1 if above else 0) + 1))))
    return spans


def _attributive_pin(text: str, year: Mention, ago: Mention) -> bool:
    """"the 1987 crash, two years ago": a year naming a thing, then its distance from now."""
    before = _WORD.findall(text, max(0, year.context_start - 12), year.context_start)
    return (year.rule.name == "year_bare" and ago.rule.name == "units_ago"
            and bool(before) and _is_determiner(before[-1])
            and bool(_PIN_NOUN_JOINER.fullmatch(text, year.end, ago.context_start)))


def _possessive_pin(text: str, deictic: Mention, year: Mention) -> bool:
    """"last year's 1996 campaign", "in 1996, last year," name one year; "In 1990, last year's
    champion" does not (the champion is of the year before the story, 1990 another time).
    """
    possessive = text.startswith(("'s", "\u2019s"), deictic.end)
    return possessive if deictic.start < year.start else not possessive


def _is_deadline(text: str, sentences: list[tuple[int, int]], start: int) -> bool:
    """Whether a deadline preposition governs ``start`` in its clause ("by the 100th anniversary").

    A deadline lies ahead of the story by an unknown span, so it gives no elapsed span.
    """
    clause = _clause(text, sentence_at(sentences, start), start, start)
    return bool(DEADLINE_PREPOSITIONS & {w.lower() for w in _WORD.findall(text, clause[0], start)})


def decade_bounds(text: str, mentions: list[Mention]) -> list[YearEvidence]:
    """Decades told in the past ("aroused in the late 1980s and early 1990s") or ahead ("by the
    mid-1990s"): bounds on the story's year, from below after the part named, from above before it.
    """
    decades = [m for m in mentions if m.rule.name == "decade"]
    sentences = sentence_spans(text) if decades else []
    bounds: list[YearEvidence] = []
    for m in decades:
        century, decade = m.parts.get("century", ""), m.parts.get("decade", "")
        if not century.isdigit() or not decade.isdigit():  # "the '80s" has no century
            continue
        start = int(century) * 100 + int(decade) * 10
        first, last = DECADE_PARTS.get(m.parts.get("pos", "").lower(), (0, 9))
        tense = clause_tense(text, sentence_at(sentences, m.start), m.context_start, m.end)
        phrase = text[m.context_start:m.end]
        if tense == "past":
            bounds.append(YearEvidence(phrase, start + last, "past", since=True))
        elif tense == "future":
            bounds.append(YearEvidence(phrase, start + first, "future", until=True))
    return bounds


def _span_matches(
    year: int, spans: list[ElapsedSpan], named: set[int], ahead: set[int] | None = None
) -> int:
    """How many elapsed spans lead from a named year (their own, if tied to one) to ``year``.

    A span ahead ("within five years") leads back from a year not told in the past (``ahead``).
    """
    return sum(1 for span in spans if any(
        year - gap in (named if gap >= 0 or ahead is None else ahead) if span.source is None
        else year - gap == span.source for gap in span.gaps))


def _is_birth_year(text: str, sentence: tuple[int, int], m: Mention) -> bool:
    """Whether "born" stands a few words before the year ("was born in Buffalo, N.Y., in 1954").

    Another year between them is the birth year instead ("born in 1958 and left in 1962").
    """
    before = list(_WORD.finditer(text, sentence[0], m.context_start))[-BIRTH_REACH_WORDS:]
    born = [w.end() for w in before if w.group().lower() == "born"]
    return bool(born) and not _FOUR_DIGITS.search(text, born[-1], m.context_start)


def birth_ages(text: str, mentions: list[Mention]) -> list[ElapsedSpan]:
    """A person's age in the sentence that gives the birth year: "Smith, 51, was born in 1947".

    Alone an age would match some other year by chance; beside "born in 1947" it leads from it.
    The story is the birth year plus the age, or a year later before the birthday.
    """
    sentences = sentence_spans(text)
    spans: list[ElapsedSpan] = []
    for m in mentions:
        written = m.parts.get("year") or m.parts.get("lead_year") or ""
        if len(written) != 4 or not BIRTH_AGES:
            continue
        start, end = sentence_at(sentences, m.start)
        if not _is_birth_year(text, (start, end), m):
            continue
        for found in _AGE.finditer(text, start, end):
            age = int(found[1] or found[2] or found[3])
            if 0 < age < 120:
                said = found[0].strip(", ")
                spans.append(ElapsedSpan(f"{said} ... born {text[m.context_start:m.end]}",
                                         frozenset({age, age + 1}), source=int(written)))
    return spans


def _period_month(parts: dict[str, str]) -> int | None:
    """The last month of a quarter or half a mention names ("the third quarter": 9), else its
    month as written."""
    ordinal = parts.get("ord", "").lower()
    if ordinal in QUARTER_ORDINALS:
        return 3 * QUARTER_ORDINALS[ordinal]
    half = parts.get("half", "").lower()
    if half:
        return 6 if half == "first" else 12
    return _month_of(parts)


def _month_of(parts: dict[str, str]) -> int | None:
    if "month_num" in parts:
        return int(parts["month_num"])
    name = parts.get("month", "").lower().rstrip(".")
    return MONTHS.get(name)


def _distinct_weekdays(evidence: list[WeekdayEvidence]) -> list[WeekdayEvidence]:
    """One item per weekday and tense: a story repeating "on Friday" says it once."""
    seen: dict[tuple[int, str, int | None, int | None], WeekdayEvidence] = {}
    for item in evidence:
        key = (item.weekday, "future" if item.tense == "future" else "past", item.month, item.day)
        if key not in seen or (item.market and not seen[key].market):
            seen[key] = item  # a trading session's close says more than another mention
    return list(seen.values())


def _distinct_years(evidence: list[YearEvidence], looked_back_to: int | None = None
                    ) -> list[YearEvidence]:
    """One item per year; its tense is the mentions' where none contradicts it, else "none".

    ``looked_back_to`` is the latest time the text looks back on otherwise (the end of "the early
    1990s" told in the past): years before it are history, bounds only.

    Maturities stand apart: a bond's term, not the story's nearness, says how far ahead they lie.
    A year named once as a maturity is one throughout ("notes due 1999 ... puttable in 1999").
    """
    by_year: dict[int, list[YearEvidence]] = {}
    for item in evidence:
        by_year.setdefault(item.year, []).append(item)
    # A year a security falls due is a maturity though a put or call also names it ("due 1999
    # ... puttable in 1999"): the maturity's own mention speaks for it.
    maturities = [min((i for i in items if i.maturity), key=lambda i: i.protected)
                  for _, items in sorted(by_year.items()) if any(i.maturity for i in items)]
    by_year = {y: items for y, items in by_year.items() if not any(i.maturity for i in items)}
    result: list[YearEvidence] = []
    for year, items in sorted(by_year.items()):
        tenses = {i.tense for i in items}
        if "future" in tenses and "past" not in tenses:
            tense = "future"  # a tenseless mention does not contradict a future one
        elif "past" in tenses and "future" not in tenses:
            tense = "past"
        else:
            tense = "none"
        months = {i.month for i in items}
        month = max(m for m in months if m) if None not in months else None
        # The mentions that tell the year ahead say what kind of year ahead it is: "the last
        # half of 1989 and for 1990" is a whole year's figures though "1989 is following the
        # trend" has no tense.
        told = ([i for i in items if i.tense == tense] if tense == "future" and AHEAD_KIND_TOLD
                else items)
        result.append(YearEvidence(items[0].phrase, year, tense, month,
                                   # "since 1992 ... the 1992 protests": a stretch from it.
                                   since=all(i.since for i in items) or (
                                       SINCE_FOR_EVERY_MENTION
                                       and any(i.started for i in items)),
                                   started=any(i.started for i in items)
                                   if SINCE_FOR_EVERY_MENTION
                                   else all(i.started for i in items),
                                   attributive=all(i.attributive for i in items),
                                   period=all(i.period for i in items),
                                   current=any(i.current for i in items),
                                   whole=all(i.whole for i in told),
                                   deadline=all(i.deadline for i in told),
                                   straddles=all(i.straddles for i in items),
                                   twin=next((i.twin for i in items if i.twin), None),
                                   explains=next((i.explains for i in items if i.explains), ()),
                                   fiscal_latest=all(i.fiscal_latest for i in items),
                                   event=all(i.event for i in items)))
    ahead = [e for e in result if e.tense == "future"]
    if ahead and LATER_THAN_AHEAD_IS_AHEAD:
        # A year after one the text speaks of ahead lies ahead too: "will open in 1991 ... the
        # contract runs until 1994" does not pull the story after 1994.
        first = min(e.year for e in ahead)
        result = [replace(e, tense="future") if e.tense == "none" and e.year > first
                  and not e.since else e for e in result]
        ahead = [e for e in result if e.tense == "future"]
    # Only the latest year looking back (and the earliest looking ahead) says how near the story
    # is; older years are history that bounds it from below ("in 1995 ... in 1997" → after 1997),
    # later ones plans that bound it from above ("in 1991 ... by 1995" → before 1991).
    back = [e for e in result if e.tense != "future" and not e.since]
    # A year ahead that lies before one told in the past ("said in 1997 ... its 1996 estimate
    # would") is a misreading or an old plan: the nearest year ahead is looked for after it.
    latest_past = max((e.year for e in back if e.tense == "past"), default=None)
    plausible = [e for e in ahead if latest_past is None or e.year >= latest_past] or ahead
    first_ahead = min(e.year for e in plausible) if plausible else None
    latest_back = max(back, key=lambda e: e.year).year if back else None
    if latest_back is not None and looked_back_to is not None and latest_back < looked_back_to:
        latest_back = None  # "in 1984 ... began to relax in the early 1990s": 1984 is history
    nearest = {latest_back, first_ahead}
    return maturities + [e if e.year in nearest or e.since else
            YearEvidence(e.phrase, e.year, e.tense, e.month, since=e.tense != "future",
                         until=(e.tense == "future" and FUTURE_BOUNDS_ONLY
                                and first_ahead is not None and e.year > first_ahead),
                         twin=e.twin)
            for e in result]


def _business_days_back(date: dt.date, weekday: int) -> int:
    """Working days from a past weekday to the story's date: Friday is 1 before a Monday."""
    gap = (date.weekday() - weekday) % 7
    return sum(1 for back in range(gap) if (date.weekday() - back) % 7 < 5) if weekday < 5 else gap


def weekday_likelihood(date: dt.date, item: WeekdayEvidence) -> float:
    """How likely a story dated ``date`` mentions ``item``'s weekday in that tense (times 7)."""
    if item.month is not None and item.day is not None:
        return _dated_weekday_likelihood(date, item.weekday, item.month, item.day)
    if item.market:
        # Markets close on working days, and the close is news the next working day.
        return MARKET_WEEKDAY_GAP[min(_business_days_back(date, item.weekday), 6)] * 7
    past_gap = (date.weekday() - item.weekday) % 7
    # News counts working days: Monday's paper reports Friday as "the previous day".
    table = LEAD_WEEKDAY_GAP if item.lead else PAST_WEEKDAY_GAP
    past = max(table[past_gap], BUSINESS_DAY_SHARE
               * table[min(_business_days_back(date, item.weekday), 6)])
    if past_gap == 1 and item.not_yesterday:
        past *= YESTERDAY_WEEKDAY_SHARE
    future = FUTURE_WEEKDAY_GAP[(item.weekday - date.weekday()) % 7]
    if item.tense == "future":
        return future * 7
    if item.tense == "past":
        return past * 7
    return (NO_TENSE_PAST_SHARE * past + (1 - NO_TENSE_PAST_SHARE) * future) * 7


def _dated_weekday_likelihood(date: dt.date, weekday: int, month: int, day: int) -> float:
    """"Friday, Feb. 13" fits a story year whose nearest Feb. 13 is a Friday (times 7)."""
    nearest: dt.date | None = None
    for year in (date.year - 1, date.year, date.year + 1):
        try:
            candidate = dt.date(year, month, day)
        except ValueError:
            continue
        if nearest is None or abs(candidate - date) < abs(nearest - date):
            nearest = candidate
    if nearest is None:
        return 1.0
    return DATED_WEEKDAY_MATCH * 7 if nearest.weekday() == weekday else (
        (1 - DATED_WEEKDAY_MATCH) * 7 / 6)


def _weekday_log_likelihood(date: dt.date, evidence: list[WeekdayEvidence]) -> float:
    return sum(math.log(weekday_likelihood(date, item)) for item in evidence)


def year_mention_likelihood(story_year: int, item: YearEvidence, story_month: int = 12) -> float:
    """How likely a story of ``story_year`` mentions ``item.year`` as it does.

    Wire style writes a date of the story's own year without the year ("Aug. 10", "in August",
    "the third quarter"): a year written beside a month or a period is seldom the story's own.
    """
    likelihood = _mention_likelihood(story_year, item, story_month)
    if item.explains and item.month is not None:
        within = explained_within(story_year, story_month, item.year, item.month, item.explains)
        if within:
            return likelihood
        if within is not None:
            likelihood *= EXPLAINED_ELSEWHERE
    if story_year == item.year and (item.month is not None or item.period) and not (
            item.current and (item.period or item.attributive) and CURRENT_PERIODS) and not (
            item.fiscal_latest):
        likelihood *= WRITTEN_YEAR_SAME_YEAR
    if item.twin is not None and bare_period_year(story_year, story_month, item.twin) == item.year:
        likelihood *= TWIN_SAME_PERIOD
    return likelihood


def _mention_likelihood(story_year: int, item: YearEvidence, story_month: int) -> float:
    """How likely a story of ``story_year`` mentions ``item.year`` with that tense.

    A mention with a month counts in twelve-month steps back from the story's month, so "November
    1995" in a February story is one step back from February 1996, and ahead of February 1995.
    """
    if item.maturity:
        term = item.year - story_year
        terms = PROTECTION_TERMS if item.protected else MATURITY_TERMS
        return terms.get(term, MATURITY_OTHER_TERM) if term > 0 else AHEAD_OF_PAST_MENTION
    if item.month is not None:
        months = (story_year - item.year) * 12 + story_month - item.month
        after = months // 12 if item.tense != "future" else -((-months) // 12)
    else:
        # A season across two years is this year's from the autumn of its first (a September
        # story of "the 1999-2000 school year" is from 1999), and the spring of its second.
        after = story_year - item.year + (1 if item.straddles and story_month >= 7 else 0)
    if item.since:
        if after >= 0:
            if item.started and SINCE_HORIZON and after > SINCE_HORIZON:
                return SINCE_LIKELIHOOD * math.pow(SINCE_HORIZON / after, SINCE_FADE_POWER)
            return SINCE_LIKELIHOOD
        # An older year without tense may still be a plan ("1990" beside "in 1988 ... 1991").
        return AHEAD_OF_PAST_MENTION if item.tense != "none" else (
            AHEAD_OF_NEUTRAL_MENTION * AHEAD_DECAY ** (-after - 1))
    if item.until:
        if after <= 0:
            return SINCE_LIKELIHOOD
        return AHEAD_OF_PAST_MENTION * AHEAD_DECAY ** (after - 1)
    if item.fiscal_latest:
        return completed_fiscal_likelihood(after, story_month)
    if (item.period or item.attributive) and item.current and CURRENT_PERIODS:
        # The period just reported ends before the story: this year's unless the story is early in
        # the next year (fourth-quarter and annual results are reported from January to March).
        gone = (story_month - 0.5) / 12
        if after in (0, 1):
            return YEARS_AFTER_PERIOD[0] * 2 * (gone if after == 0 else 1 - gone)
    if (item.period or item.attributive) and item.tense != "future":
        # Results copy compares the period just ended with the one a year before.
        around = YEARS_AFTER_PERIOD if item.period else YEARS_AROUND_ATTRIBUTIVE
        if after in around:
            return around[after]
        if after > 0:
            return MENTION_TAIL / after
        return AHEAD_OF_NEUTRAL_MENTION * AHEAD_DECAY ** (-after - 1)
    if item.event and after >= 0:
        return YEARS_AFTER_EVENT[after] if after in YEARS_AFTER_EVENT else MENTION_TAIL / after
    if item.tense == "future":
        table, ahead, after = (YEARS_BEFORE_DEADLINE if item.deadline else
                               YEARS_BEFORE_FUTURE_MENTION), AHEAD_OF_PAST_MENTION, -after
    else:
        if item.month is not None:
            table = YEARS_AFTER_DATED_MENTION
        else:
            table = YEARS_AFTER_PAST_MENTION if item.tense == "past" else YEARS_AFTER_MENTION
        ahead = AHEAD_OF_PAST_MENTION if item.tense == "past" else AHEAD_OF_NEUTRAL_MENTION
    if after < 0:
        return ahead * AHEAD_DECAY ** (-after - 1)
    if after == 0 and item.whole and item.tense == "future" and WHOLE_YEAR_AHEAD:
        return table[0]
    if after == 0 and item.month is None and item.tense != "none":
        gone = (story_month - 0.5) / 12
        return table[0] * (gone if item.tense == "past" else 1 - gone)
    return table[after] if after in table else MENTION_TAIL / after


def completed_fiscal_likelihood(after: int, story_month: int) -> float:
    """How likely a story ``after`` years after a numbered fiscal year told with figures is, in
    ``story_month``: the latest completed fiscal year is the story's own once it has ended (its
    year-end month lies before the story's), else the year before; older ones now and then."""
    if after < 0:
        return AHEAD_OF_PAST_MENTION * AHEAD_DECAY ** (-after - 1)
    ended = sum(share for month, share in FISCAL_YEAR_END_SHARE.items() if month < story_month)
    likelihood = 0.0
    for latest_after, weight in ((0, ended), (1, 1 - ended)):
        gap = after - latest_after
        if gap == 0:
            likelihood += weight * LATEST_FISCAL_SHARE
        elif gap > 0:
            likelihood += weight * (1 - LATEST_FISCAL_SHARE) * OLDER_FISCAL_GAP.get(
                gap, MENTION_TAIL / gap)
    return likelihood


def office_likelihood(
    year: int, item: OfficeEvidence, reference_year: int, month: int | None = None
) -> float:
    """How likely a story of ``year`` names the officeholder as it does (1 when it fits).

    With the story's ``month``, a term's first and last years count for the share of the year a
    holder whose term began or ended on an unknown day was in office by then or still.
    """
    if item.former:
        ends = [reference_year if end is None else end for _, end in item.terms]
        return 1.0 if any(year >= end for end in ends) else OFFICE_OUT_OF_TERM
    if item.edge and OFFICE_EDGES:
        # "sworn in", "resigned": the term's first (last) year, whatever the story's month.
        edges = {start if item.edge == "start" else end for start, end in item.terms}
        if item.edge == "outgoing":  # a successor chosen, the term runs on into a new year
            edges |= {end - 1 for _, end in item.terms if end is not None}
        if year in edges:
            return 1.0
        if any(start <= year <= (reference_year if end is None else end)
               for start, end in item.terms):
            return OFFICE_EDGE_ELSEWHERE
        return OFFICE_OUT_OF_TERM
    best = OFFICE_OUT_OF_TERM
    for start, end in item.terms:
        last = reference_year if end is None else end
        if not start <= year <= last:
            continue
        share = 1.0
        if month is not None and OFFICE_PARTIAL_YEARS and start != last:
            gone = (month - 0.5) / 12
            if year == start:
                share = gone
            elif year == last and end is not None:
                share = 1 - gone
        best = max(best, share + (1 - share) * OFFICE_OUT_OF_TERM)
    return best


def _office_log_likelihood(
    year: int, evidence: list[OfficeEvidence], reference_year: int, month: int | None = None
) -> float:
    return sum(math.log(office_likelihood(year, item, reference_year, month)) for item in evidence)


def era_likelihood(year: int, item: EraEvidence) -> float:
    """How likely a story of ``year`` uses a name that exists from ``item.first`` on, or one of
    a thing that ended after ``item.last`` as current."""
    if item.last is not None and year > item.last:
        return ERA_AFTER_LAST
    return 1.0 if item.first is None or year >= item.first else ERA_BEFORE_FIRST


def event_years(eras: list[EraEvidence]) -> list[YearEvidence]:
    """The years of the named events the text tells of, as years told in the past: "the
    embassy bombings in Nairobi" is "the 1998 bombings", and a story is as near the event it
    names as it is to a year it writes."""
    return [YearEvidence(e.phrase, e.first, "past", event=True) for e in eras
            if e.event and e.first is not None]


def dated_events(text: str, mentions: list[Mention], eras: list[EraEvidence], month: int,
                 body_start: int = 0) -> list[ElapsedSpan]:
    """Named events their sentence dates without a year ("the bombings at U.S. embassies in
    Nairobi ... on Aug. 7", "the bombing ... last month"): wire copy writes a date of the story's
    own year without the year, so the event is of the story's year (the year before when its
    month lies after the story's). Pins, as "in 1987, seven years ago" is. The dateline's own
    date is no date of the event, nor is an anniversary's day: "the 10th anniversary of the
    Fukushima disaster on March 11" leads from the event's year instead."""
    sentences = sentence_spans(text)
    pins: list[ElapsedSpan] = []
    for era in eras:
        at = text.find(era.phrase)
        if not era.event or era.first is None or at < 0:
            continue
        start, end = sentence_at(sentences, at)
        # "the 10th anniversary of the Fukushima disaster": a pin as "of the Korean War, which
        # began in 1950" is.
        anniversaries = _elapsed_spans_in_sentence(text, mentions, (start, end), sentences,
                                                   since=False, year_start=at)
        pins += [replace(span, source=era.first) for span in anniversaries]
        if anniversaries or _ANNIVERSARY_WORD.search(text, start, end):
            continue
        for m in mentions:
            dated = _yearless_month(m, month) if max(start, body_start) <= m.start < end else None
            if dated is not None:
                gap = 0 if 1 <= dated <= month else 1
                pins.append(ElapsedSpan(text[m.start:m.end], frozenset({gap}), source=era.first))
                break
    return pins


def _yearless_month(m: Mention, month: int) -> int | None:
    """The month a date written without a year names ("on Aug. 7"), or the one "last month" or
    "this week" names in a story of ``month`` (0 for "last month" in January); None for another
    expression."""
    if m.rule.name in DATE_RULES and not m.parts.get("year"):
        return _month_of(m.parts)
    if m.rule.name == "shifted_unit" and m.parts.get("unit") in ("month", "week") and (
            m.parts.get("shift") in ("last", "this")):
        return month - (m.parts["unit"] == "month" and m.parts["shift"] == "last")
    return None


def founding_pins(text: str, mentions: list[Mention], lead: tuple[int, int] | None = None
                  ) -> list[ElapsedSpan]:
    """Spans in a sentence that tells of an institution's founding and writes no year: "the
    creation of NATO 50 years ago" leads from 1949 to 1999, a pin as "in 1987, seven years ago"
    is. Only such sentences count: "NATO bombed Serbia 20 years ago" is no span from 1949."""
    founded = founding_sentences(text)
    if not founded:
        return []
    spans = elapsed_spans(text, mentions, lead)
    pins: list[ElapsedSpan] = []
    for year, (start, end) in founded:
        if _YEAR_WRITTEN.search(text, start, end):
            continue
        pins += [replace(span, source=year) for span in spans if span.phrase in text[start:end]
                 and all(gap > 0 for gap in span.gaps)]
    return pins


def _spanned(year: int, years: list[YearEvidence], spans: list[ElapsedSpan]) -> list[YearEvidence]:
    """The years with the ones an elapsed span leads from to ``year`` read as bounds only.

    "left Cuba in 1962 ... the 39th anniversary" says how far the story lies after 1962: the
    span accounts for the distance, so 1962 no longer pulls the story near it.
    """
    if not SPAN_EXPLAINS_GAP or not spans:
        return years
    # A wide span ("more than four decades ago": 40 to 49 years) leaves the distance open.
    pinned = [span for span in spans if len(span.gaps) <= SPAN_PINS_GAPS]
    sources = {year - gap for span in pinned if span.source is None for gap in span.gaps
               if gap > 0}
    sources |= {span.source for span in pinned
                if span.source is not None and year - span.source in span.gaps
                and year > span.source}
    # Mirrored ahead: "by 1994 ... within five years" says how far 1994 lies after the story,
    # so 1994 only bounds it from above.
    targets = {year - gap for span in pinned for gap in span.gaps if gap < 0
               if span.source is None or span.source == year - gap}
    return [replace(e, since=True) if e.year in sources and e.tense != "future"
            and not e.maturity and not e.since else
            replace(e, until=True) if e.year in targets and e.tense != "past"
            and not e.maturity and not e.since and not e.until else e for e in years]


def _year_log_likelihood(year: int, month: int, evidence: list[YearEvidence]) -> float:
    return sum(math.log(year_mention_likelihood(year, item, month)) for item in evidence)


def _spanned_log_likelihood(
    year: int, month: int, years: list[YearEvidence], spanned: list[YearEvidence]
) -> float:
    """The years' log likelihood with the spans read in: a year a span leads from is a bound
    ("left Cuba in 1962 ... the 39th anniversary"), unless its plain reading fits better ("joined
    in 1985 ... over the past two years": two years on is a common distance anyway)."""
    total = 0.0
    for plain, read in zip(years, spanned, strict=True):
        likelihood = year_mention_likelihood(year, read, month)
        if read is not plain and SPAN_NEVER_HURTS:
            likelihood = max(likelihood, year_mention_likelihood(year, plain, month))
        total += math.log(likelihood)
    return total


@dataclass(frozen=True, slots=True)
class YearInference:
    year: int
    confidence: float
    candidates: list[int]
    explanation: str
    posterior: dict[int, float] = field(default_factory=dict, repr=False, compare=False)
    """Every scored year's probability, for benchmarks that weigh how far off a miss is."""


def infer_year(
    text: str, mentions: list[Mention], month: int, day: int, reference: dt.date,
    body_start: int = 0,
) -> YearInference:
    """The likeliest year for a dateline's month and day, from the text's own evidence.

    ``body_start`` is where the story begins after the dateline: its first sentence is the lead.
    """
    weekdays, years = _evidence(text, mentions, body_start)
    if FISCAL_ABBREVIATIONS:
        years += fiscal_abbreviations(text, reference.year)
    eras = find_era_terms(text) + (find_until_terms(text) if ERA_UNTIL else [])
    if EVENT_YEARS:
        years += event_years(eras)
    if YEAR_RANGES:
        years += year_ranges(text, mentions)
    if OCCASION_YEARS:
        # "the Sydney Olympics" names 2000 as "the 2000 Olympics" does: near, on either side.
        years += [YearEvidence(phrase, year, "none", attributive=True)
                  for phrase, year in find_occasions(text)]
    decades = decade_bounds(text, mentions) if DECADE_BOUNDS else []
    # The latest decade looked back on ends after the years older than it.
    looked_back_to = max((d.year for d in decades if d.since), default=None
                         ) if DECADES_MAKE_HISTORY else None
    # Looked back on, the latest decade fades as a stretch "since" a year does: "began to relax
    # in the early 1990s" is seldom said more than a decade on.
    decades = [replace(d, started=True) if d.since and d.year == looked_back_to else d
               for d in decades]
    weekdays, years = _distinct_weekdays(weekdays), _distinct_years(years, looked_back_to)
    shifts = deictic_years(mentions) if years else set()
    contrasts = deictic_contrasts(text, mentions) if years and DEICTIC_CONTRASTS else frozenset()
    orders = deictic_orders(text, mentions) if years and DEICTIC_ORDERS else frozenset()
    sentences = sentence_spans(text)
    lead_end = _lead_end(text, sentences, body_start)
    lead = (max(sentence_at(sentences, lead_end - 1)[0], body_start), lead_end)
    spans = elapsed_spans(text, mentions, lead) + birth_ages(text, mentions) if years else []
    if STRETCH_FROM_SINCE:  # the latest "since" year starts the stretch, if there is one
        starts = sorted(e.year for e in years if e.started)[-1:]
        spans = [kept for span in spans for kept in (
            [replace(span, source=start) for start in starts]
            if span.stretch and span.source is None else [span])]
    pins = pinned_pairs(text, mentions) if years and PINNED_PAIRS else []
    pins += sentence_pins(text, mentions) if years and SENTENCE_PINS else []
    pins += copyright_years(text) if years and COPYRIGHT_NOTICES else []
    pins += current_fiscal_years(text) if years and CURRENT_FISCAL_YEARS else []
    pins += zero_coupon_terms(text, years) if years and ZERO_COUPON_TERMS else []
    pins += dated_events(text, mentions, eras, month, body_start) if DATED_EVENTS else []
    pins += founding_pins(text, mentions, lead) if FOUNDING_PINS else []
    named = {e.year for e in years}
    ahead = {e.year for e in years if e.tense != "past"}
    # "the 10th anniversary of the Sept. 11 attacks": an event's known year leads as a named one.
    events = {e.first for e in eras if e.event and e.first is not None and ERA_EVENT_SPANS}
    if events and not years:  # no named year: the spans were not read above
        spans = elapsed_spans(text, mentions, lead)
    offices = find_officeholders(text)
    cycles = find_cycle_events(text) if CYCLE_EVENTS else []
    accessions = find_accessions(text) if ACCESSIONS_AHEAD else []
    conversions = find_conversions(text) if CURRENCY_CONVERSIONS else []
    scores: dict[int, float] = {}
    evidence: dict[int, float] = {}
    for year in range(reference.year - CANDIDATE_YEARS, reference.year + 1):
        try:
            date = dt.date(year, month, day)
        except ValueError:  # February 29 outside leap years
            continue
        if date > reference:
            continue
        evidence[year] = (
            _weekday_log_likelihood(date, weekdays)
            + _spanned_log_likelihood(year, month, years, _spanned(year, years, spans + pins))
            + _year_log_likelihood(year, month, decades)
            + math.log(DEICTIC_MATCH_FACTOR) * _deictic_matches(year, shifts, years,
                                                                contrasts=contrasts)
            + math.log(DEICTIC_CONTRAST_FACTOR) * sum(year + shift == named_year
                                                      for shift, named_year in contrasts)
            + math.log(DEICTIC_ORDER_FACTOR) * sum(
                year + shift < named_year if later else year + shift > named_year
                for shift, named_year, later in orders)
            + math.log(SPAN_MATCH_FACTOR) * _span_matches(year, spans, named | events, ahead)
            + math.log(PIN_MATCH_FACTOR) * _span_matches(year, pins, named)
            + _office_log_likelihood(year, offices, reference.year, month)
            + sum(math.log(era_likelihood(year, item)) for item in eras)
            + sum(math.log(cycle_likelihood(year, item)) for item in cycles)
            + sum(math.log(accession_likelihood(year, month, item)) for item in accessions)
            + sum(math.log(conversion_likelihood(year, month, item)) for item in conversions)
        )
        scores[year] = evidence[year] - RECENCY_PENALTY * (reference.year - year)
    top = max(scores.values())
    weights = {y: math.exp(s - top) for y, s in scores.items()}
    total = sum(weights.values())
    ranked = sorted(weights, key=lambda y: (-weights[y], -y))
    best = ranked[0]
    confidence = weights[best] / total
    supported = max(evidence.values()) + math.log(CANDIDATE_RATIO)
    runners_up = [year for year in ranked[1:] if evidence[year] >= supported]
    links = _link_reasons(best, deictic_phrases(mentions) if years else {}, spans + pins, years,
                          events)
    phrases = deictic_phrases(mentions) if contrasts else {}
    links += [f'"{phrases[shift]}" is compared with {named_year} as the '
              + (f"later year: after {named_year - shift}" if later
                 else f"earlier year: before {named_year - shift}")
              for shift, named_year, later in sorted(orders) if shift in phrases]
    links += [f'"{phrases[shift]}" and {named_year} are compared in one sentence: two years, '
              f"so not {named_year - shift}" for shift, named_year in sorted(contrasts)
              if shift in phrases]
    links += [f'"{d.phrase}" ({d.tense} tense) puts the story '
              + (f"after {d.year}" if d.since else f"before {d.year}") for d in decades]
    links += [f'"{e.phrase}" puts the story in {e.first} or later ({e.what})'
              if e.last is None else
              f'"{e.phrase}", spoken of as current, puts the story in {e.last} or before ({e.what})'
              for e in eras]
    links += [f'"{c.phrase}" fits {best} ({c.what})' if cycle_likelihood(best, c) == max(
              c.phases.values()) else f'"{c.phrase}" is named near its year ({c.what})'
              for c in cycles]
    links += [f'"{a.phrase}" tells of an accession {"ahead" if a.ahead else "made"} '
              f'({dt.date(a.year, a.month, 1):%B %Y})' for a in accessions]
    links += [f'"{c.phrase}" converts at {c.units_per_dollar:.4g} to the dollar, '
              + _rate_fit(conversion_likelihood(best, month, c)) + f" {best}"
              for c in conversions]
    explanation = _explain(best, confidence, {y: weights[y] / total for y in runners_up},
                           weekdays, _spanned(best, years, spans + pins), month, day, reference,
                           offices, links)
    return YearInference(best, round(confidence, 3), runners_up, explanation,
                         {y: weights[y] / total for y in ranked})


def _rate_fit(likelihood: float) -> str:
    """How an exchange rate fits the year chosen, in words: within the spread of a year's rates,
    at its edge, or far off."""
    return ("a rate that fits" if likelihood >= 0.5 else "a rate that fits loosely"
            if likelihood >= 0.1 else "a rate that does not fit")


def _later_fit(best: dt.date, weekdays: list[WeekdayEvidence], reference: dt.date) -> int | None:
    """The first year after the reference date whose weekdays fit as well as ``best``'s."""
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
    runners_up: dict[int, float],
    weekdays: list[WeekdayEvidence],
    years: list[YearEvidence],
    month: int,
    day: int,
    reference: dt.date,
    offices: list[OfficeEvidence] | None = None,
    links: list[str] | None = None,
) -> str:
    date = dt.date(best, month, day)
    label = f"{date:%B} {day}"
    reasons: list[str] = []
    for w in weekdays[:4]:
        if w.month is not None:
            fits = _dated_weekday_likelihood(date, w.weekday, w.month, w.day or 1) > 1
            reasons.append(f'"{w.phrase}" {"fits" if fits else "does not fit"} the calendar of '
                           "the year around the story")
            continue
        gap = (date.weekday() - w.weekday) % 7 if w.tense != "future" else None
        where = "on the dateline's own day" if gap == 0 else (
            f"{gap} day(s) before it" if gap is not None else "after it")
        lead = " in the lead" if w.lead else ""
        reasons.append(f'"{w.phrase}"{lead} ({w.tense} tense) falls {where} when {label} is a '
                       f"{WEEKDAY_NAMES[date.weekday()]}")
    reasons.extend(_year_reasons(years))
    reasons.extend(links or [])
    reasons.extend(_office_reasons(offices or []))
    if not reasons:
        reasons.append("the text gives no weekday or year evidence, so the most recent year "
                       "is assumed")
    # With year evidence, a later year with the same weekdays does not fit as well.
    later = None if years else _later_fit(date, weekdays, reference)
    level = "low" if confidence < LOW_CONFIDENCE else "high"
    text = (f"year {best} inferred for the yearless dateline '{label}': " + "; ".join(reasons)
            + f"; most likely year not after the reference date {reference}")
    if runners_up:
        more = f" and {len(runners_up) - 8} more" if len(runners_up) > 8 else ""
        shown = ", ".join(f"{year} ({share:.0%})" for year, share in list(runners_up.items())[:8])
        held = confidence + sum(runners_up.values())
        text += (f"; other candidates the evidence does not rule out ({held:.0%} of the probability "
                 f"with {best}): {shown}{more}")
    if later:
        text += f"; {later} would also fit but is after the reference date"
    return text + f"; confidence {confidence:.2f} ({level})"


def _link_reasons(
    best: int, deictic: dict[int, str], spans: list[ElapsedSpan], years: list[YearEvidence],
    events: set[int] | None = None,
) -> list[str]:
    """Clauses for "last year" and "two years ago" phrases that lead to a named year."""
    reasons = [f'"{phrase}" then names {best + shift}, a year the text mentions'
               for shift, phrase in sorted(deictic.items())
               if _deictic_matches(best, {shift}, years)]
    named = {e.year for e in years} | (events or set())
    for span in spans:
        sources = sorted(y for y in (named if span.source is None else {span.source})
                         if best - y in span.gaps)
        if sources and sources[-1] == best:
            reasons.append(f'"{span.phrase}" names {best} as the story\'s own year')
        elif sources:
            reasons.append(f'"{span.phrase}" leads from {sources[-1]} to {best}')
    return reasons


def _office_reasons(offices: list[OfficeEvidence]) -> list[str]:
    """One clause per officeholder named: the terms that date the story."""
    reasons: list[str] = []
    for item in offices[:4]:
        terms = ", ".join(f"{start}-{'' if end is None else end}" for start, end in item.terms)
        if item.former:
            reasons.append(f'"{item.phrase}" puts the story after the term ({terms})')
        elif item.edge and OFFICE_EDGES:
            which = "first" if item.edge == "start" else "last"
            reasons.append(f'"{item.phrase}" held office {terms}, and the text tells of the '
                           f"term's {which} day")
        else:
            reasons.append(f'"{item.phrase}" held office {terms}')
    return reasons


def _year_reasons(years: list[YearEvidence]) -> list[str]:
    """One clause per role a mentioned year plays: pulling the story near, or only bounding it."""
    reasons: list[str] = []
    near = [y for y in years if not y.since and not y.until and not y.attributive
            and not y.maturity]
    bounds = sorted(y.year for y in years if y.since)
    attributive = [y for y in years if y.attributive]
    for item in near:
        side = "shortly after" if item.tense != "future" else (
            "in or shortly before" if item.whole and WHOLE_YEAR_AHEAD else "shortly before")
        # Wire copy writes this year's dates without the year: say why that year is unlikely,
        # unless the date is one the reported figures include or a completed fiscal year.
        written = (", a date the figures of the period reported include," if item.explains else
                   ", a fiscal year told with figures (the latest completed one most often),"
                   if item.fiscal_latest else
                   ", written with its year as dates of other years are,"
                   if item.month is not None or item.period else "")
        if item.explains or item.fiscal_latest:
            side = "in or shortly after"
        reasons.append(f'"{item.phrase}" ({item.tense} tense){written} puts the story '
                       f"{side} {item.year}")
    for item in attributive:
        reasons.append(f'"{item.phrase}" names a period near the story')
    for item in years:
        if item.twin is not None:
            reasons.append(f'"{item.phrase}" is not the period the text names without its year')
        if item.started and SINCE_HORIZON:
            reasons.append(f'"{item.phrase}" tells of a stretch seldom more than '
                           f"{SINCE_HORIZON} years old")
    for item in years:
        if item.maturity:
            reasons.append(f'"{item.phrase}" ends a call protection or rate period (5 years '
                           "most often) after the story" if item.protected else
                           f'"{item.phrase}" is a maturity, a bond\'s term (10 years most often) '
                           "after the story")
    if bounds:
        reasons.append("older years (" + ", ".join(map(str, bounds[:6]))
                       + ") only bound it from below")
    later = sorted(y.year for y in years if y.until)
    if later:
        reasons.append("later years spoken of ahead (" + ", ".join(map(str, later[:6]))
                       + ") only bound it from above")
    return reasons


def _valid(year: int, month: int, day: int) -> bool:
    try:
        dt.date(year, month, day)
    except ValueError:
        return False
    return True


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
        if option_year is not None and _valid(option_year, dateline.month, dateline.day):
            date = dt.date(option_year, dateline.month, dateline.day)
            return Dct(date=date, source="option", confidence=1.0,
                       explanation=f"month and day from the {where}; year {option_year} "
                       "given by --year")
        inference = infer_year(text, mentions, dateline.month, dateline.day, reference,
                               body_start=dateline.span.end)
        if option_year is not None:  # "Feb. 29" with a --year that has none
            inference = replace(inference, explanation=f"--year {option_year} has no "
                                f"{dateline.month}-{dateline.day:02d}; " + inference.explanation)
        return Dct(date=dt.date(inference.year, dateline.month, dateline.day), source="inferred",
                   confidence=inference.confidence, explanation=inference.explanation,
                   candidates=inference.candidates)
    return Dct(date=reference, source="reference", confidence=0.0,
               explanation=f"no --dct, metadata or dated dateline: the reference date {reference} "
               "is used, and relative dates may be wrong")
