"""The tagger's rules: one declarative record each.

A rule names a *family* (which resolver settles it), the TIMEX3 type it yields, a template built
from the named sub-patterns in ``patterns.py`` and an example. A template may mark the expression
proper with a group ``t``; text outside it (a preposition such as "on") is context, not part of
the TIMEX3 span, following TimeML.
"""

from __future__ import annotations

from dataclasses import dataclass

from newstimeline.models import TimexType
from newstimeline.timex import vocabulary as vocab


@dataclass(frozen=True, slots=True)
class Rule:
    name: str
    family: str
    type: TimexType
    template: str
    example: str
    triggers: tuple[str, ...]
    """Classes of word (``vocabulary.TRIGGERS``, or a number shape from ``finder._number_classes``)
    one of which every match contains."""
    needs: tuple[str, ...] = ()
    """Lowercase strings one of which every match (with its lookahead) contains: the finder skips
    the rule in a window that holds none of them. Empty: no such test."""


def period_code_template(letter: str, numbers: str, group: str, opener: str) -> str:
    """The template of a financial period code ("Q4 2023", "2023 Q4", "Q4 of 2023"): ``letter``
    and one of ``numbers`` (captured as ``group``), with a year before or after it; with none,
    only after a word of the subpattern ``opener`` ("revenue in Q3"), since "the Audi Q3" is a
    name."""
    return (r"(?P<t>(?:(?P<lead_year>(?:1[6-9]|20)\d\d) )?"
            rf"(?(lead_year)|(?:(?={letter}{numbers} (?:of )?(?:1[6-9]|20)\d\d(?![\d%]))|{{{opener}}}))"
            rf"{letter}(?P<{group}>{numbers})(?: (?i:of )?{{YEAR}})?)(?![\w'’-])")


# Shorthands for the trigger classes of the rules below (number classes: see finder.py).
MON = ("month",)
UNIT = ("unit",)
# Shorthands for ``needs``: strings one of which every match of the rule holds.
DIGITS = tuple("0123456789")
DAY_NEEDS = DIGITS + tuple(vocab.DAY_ORDINAL_WORDS)  # "Dec. 18", "March eighth"
POSITION_NEEDS = ("early", "mid", "late", "end of", "beginning of", "start of", "middle of")
QUARTER_NEEDS = ("quarter", "period")
YEAR_AGO_NEEDS = ("year-earlier", "year-ago")

RULES: tuple[Rule, ...] = (
    # Absolute calendar dates.
    Rule("iso_date", "absolute", "DATE",
         r"(?P<year>(?:1[6-9]|20)\d\d)-(?P<month_num>0[1-9]|1[0-2])-(?P<day>[0-2]\d|3[01])(?![\d])",
         "2021-12-18",
         ("year",)),
    Rule("numeric_mdy", "absolute", "DATE",
         r"(?<![\d/])(?P<month_num>1[0-2]|0?[1-9])/(?P<day>3[01]|[12]\d|0?[1-9])/"
         r"(?P<year>(?:19|20)\d\d|\d\d)(?![\d/])",
         "12/18/2021",
         ("slash_date",)),
    # Day first, as British and European copy writes it: only when the first number cannot be
    # a month ("14/03/2024"); "03/04/2024" stays month first.
    Rule("numeric_dmy", "absolute", "DATE",
         r"(?<![\d/])(?P<day>3[01]|2\d|1[3-9])/(?P<month_num>1[0-2]|0?[1-9])/"
         r"(?P<year>(?:19|20)\d\d)(?![\d/])",
         "14/03/2024",
         ("slash_date",)),
    # Tokenized copy sets the comma off ("April 28 , 2003"): the same date.
    Rule("month_day_year", "absolute", "DATE", r"(?:{APPROX} )?{MONTH} {DAY}(?: ?,)? {YEAR}",
         "December 18, 2021",
         MON,
         needs=DIGITS),
    Rule("day_month_year", "absolute", "DATE", r"{DAY} (?:of )?{MONTH}(?: ?,)? {YEAR}",
         "18 December 2021",
         MON,
         needs=DIGITS),
    # "The week of March 6": the week holding that day.
    Rule("week_of_date", "week_of", "DATE",
         r"(?P<t>(?i:the )?(?i:week) (?i:of) {MONTH} {DAY}(?:,? {YEAR})?)(?!\d)",
         "the week of March 6",
         MON,
         needs=("week",)),
    # TimeBank keeps "around" in the span ("[around Nov. 1]", "[around 7:15 p.m.]": 3 of 3).
    # "March the 31st": an ordinal day after "the".
    Rule("month_day", "absolute", "DATE",
         r"(?:{APPROX} )?{MONTH} (?:(?i:the) (?=\d\d?(?:st|nd|rd|th)(?![\w-])))?{DAY}",
         "Dec. 18, March the 31st",
         MON,
         needs=DAY_NEEDS),
    Rule("day_month", "absolute", "DATE", r"{DAY} (?:of )?{MONTH}", "18 December",
         MON,
         needs=DAY_NEEDS),
    # "Ministers meet on 20-21 March": the first day of a day-first range shares the month (and
    # year) written after the second.
    Rule("day_before_dash_day_month", "absolute", "DATE",
         r"(?P<t>(?P<day>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?)"
         r"(?=[-–](?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)? (?:of )?{MONTH}(?:,? {YEAR})?)",
         "20-21 March",
         MON,
         needs=("-", "–")),
    # "on Thursday 21 March", "Monday, 11 March 2024": British copy puts the day first after
    # the weekday; the date decides, as in "Thursday, March 21" (a weekday with its date, as the
    # `weekday` rule gives it: the DCT inference reads the pair as calendar evidence).
    Rule("weekday_day_month", "weekday", "DATE",
         r"(?:{WEEKDAY_PREPOSITION} )?"
         r"(?P<t>{WEEKDAY},? {DAY} (?:of )?{MONTH}(?:,? {YEAR})?)(?![\w'])",
         "Thursday 21 March",
         ("weekday",),  # (weekday windows: fewer than month windows in news copy)
         needs=DIGITS),
    Rule("month_year", "absolute", "DATE", r"{MONTH},? (?:of )?{YEAR}", "December 2021",
         MON,
         needs=DIGITS),
    # "March '98", "June ’24": a month with its year cut to two digits after an apostrophe
    # (20xx up to ten years past the story's year, else 19xx, as for "12/18/98").
    Rule("month_short_year", "absolute", "DATE",
         r"(?P<t>{MONTH},? ['’](?P<year>\d\d))(?![\w'’])",
         "March '98",
         MON,
         needs=("'", "’")),
    Rule("position_year", "absolute", "DATE",
         r"(?P<t>{POSITION}[ -](?:{MONTH} )?{YEAR})", "mid-2006",
         ("year",)),
    Rule("fiscal_year", "absolute", "DATE", r"(?i:fiscal )(?:year )?{YEAR}", "fiscal 1998",
         ("year",),
         needs=("fiscal",)),
    # "FY2024", "FY24", "FY 2025": a fiscal year written as a code, valued by its number as
    # "fiscal 2024" is (a two-digit year as in "12/18/98").
    Rule("fiscal_code", "absolute", "DATE",
         r"(?<![\w-])(?P<t>FY ?(?P<year>(?:19|20)\d\d|\d\d))(?![\w%-])",
         "FY2024, FY24, FY 2025",
         ("fiscal_code",),
         needs=("fy",)),
    Rule("month_after_preposition", "absolute", "DATE",
         r"{DATE_PREPOSITION} (?P<t>{MONTH})(?!\.? \d)", "in May",
         MON),
    # A range of months written with a dash: "exports fell in January-March", "the Jan.-March
    # period", "the survey ran June-July 2023" ("March" and "May" alone need a preposition; here
    # the dash serves). A year after the second month is the first's too.
    Rule("month_before_dash", "absolute", "DATE",
         r"(?P<t>{MONTH})(?=[-–]{MONTH_PLAIN}(?:,? (?P<year>(?:1[6-9]|20)\d\d)(?![\d%]))?)",
         "January-March, June-July 2023",
         MON,
         needs=("-", "–")),
    # (One-character tests first: most positions fail them before the month forms.)
    Rule("month_after_dash", "absolute", "DATE",
         r"(?<=[-–])(?=[A-Z]){AFTER_MONTH_DASH}(?P<t>{MONTH})(?!\.? \d)(?![\w-])",
         "January-March",
         MON,
         # (The dash lies just before the match, inside the window the finder searches.)
         needs=("-", "–")),
    # A month coordinated with a month before it: "between January and March", "in May or
    # June" ("March", "May" alone need a preposition; the first month serves here).
    Rule("month_after_month_and", "absolute", "DATE",
         r"(?:(?<=[Aa]nd )|(?<=[Oo]r )){AFTER_MONTH_AND}(?P<t>{MONTH})(?!\.? \d)(?![\w-])",
         "between January and March",
         MON,
         needs=(" and ", " or ")),
    # A month after a phrase limiting a date: "could begin cutting rates as early as June", "as
    # recently as March" ("June", "March" alone need a preposition; the phrase serves; TimeML
    # would at most give it a mod).
    Rule("month_after_limit", "absolute", "DATE",
         # (Not before a capitalized word: "as early as June Carter" is a name.)
         r"{AFTER_LIMIT_PHRASE}(?P<t>{MONTH})(?!\.? \d)(?![\w-])(?! [A-Z])",
         "as early as June",
         MON,
         # (The phrase's last word, just before the month, where the finder's window holds it.)
         needs=tuple(sorted({p.split()[-1] + " " for p in vocab.MONTH_LIMIT_PHRASES}))),
    Rule("month_bare", "absolute", "DATE", r"{MONTH_UNAMBIGUOUS}(?! \d)", "December",
         MON),
    # A month before a noun is an adjective naming a date: "under a June agreement", "the March
    # accession" (TimeBank tags all 3 in TBAQ). Not before a function word ("the March on
    # Washington") nor a number ("a March 15 deadline" is a day), and not "May", too often a
    # name ("the May government").
    Rule("month_attributive", "absolute", "DATE",
         r"(?i:a|an|the|its|their|his|her|our) (?!(?i:may)\b)(?P<t>{MONTH})(?!\.? \d)"
         r"{NOUN_AFTER_MONTH}",
         "a June agreement",
         MON),
    Rule("month_relative_year", "absolute", "DATE",
         r"(?P<t>{MONTH} (?:{DAY},? )?(?:(?i:of) )?(?P<yshift>(?i:last|this|next)) (?i:year))"
         r"(?![\w'])",
         "June last year, January of this year, Jan. 1 last year",
         MON),
    Rule("half_year", "half_year", "DATE",
         r"(?P<t>(?:(?i:the) )?(?P<half>(?i:first|second|last|latter|back))"
         # "the first two quarters of 1990" is the first half of that year, a date.
         r"(?:(?:[ -](?i:half)|(?:(?<=[Ff]irst)|(?<=[Ll]ast)) (?i:two quarters)) (?i:of )?"
         r"(?:(?:(?i:fiscal) )?{YEAR}|(?P<hyear>(?i:the|this|next|last)) (?i:year)(?![\w'-]))"
         r"|-(?i:half)(?= [a-z])))",
         "the first half of 2006, second-half profit, the first two quarters of 1990, "
         "the second half of the year",
         ("half", "unit"),
         needs=("half", "two quarters")),
    # "the second Sunday in May", "the last Friday of June 2025": a day fixed by its rank.
    Rule("ranked_weekday", "ranked_weekday", "DATE",
         r"(?P<t>(?:(?i:the) )?(?P<rank>(?i:" + "|".join(vocab.WEEKDAY_RANKS) + r")) {WEEKDAY_NAME} "
         r"(?i:of|in) {MONTH}(?:,? {YEAR})?)(?![\w'])",
         "the second Sunday in May",
         ("weekday",),
         needs=tuple(vocab.WEEKDAY_RANKS)),
    # "the first week of April", "the last day of March 2025", "the first day of next month",
    # "the second weekend of September": a week, day or weekend fixed by its rank in a month.
    Rule("ranked_part_of_month", "ranked_part_of_month", "DATE",
         r"(?P<t>(?:(?i:the) )?(?P<rank>(?i:" + "|".join(vocab.MONTH_PART_RANKS) + r")) "
         r"(?P<part>(?i:weekend|week|day)) (?i:of|in) (?:{MONTH}(?:,? {YEAR})?|"
         r"(?P<mshift>(?i:next|last|this)) (?i:month)))(?![\w'])",
         "the first week of April, the last day of March, the first day of next month, "
         "the second weekend of September",
         UNIT,
         needs=("week of", "week in", "day of", "day in", "weekend of", "weekend in")),
    # "the day after Christmas", "the day before Thanksgiving": a day off the holiday, one date.
    Rule("holiday", "holiday", "DATE",
         r"(?P<t>(?:(?i:the day) (?P<hside>(?i:before|after)) )?(?:{SHIFT} )?{HOLIDAY}"
         r"(?: (?P<hweek>(?i:weekend|week))(?![\w-]))?"
         r"(?:,? {YEAR})?)",
         "Thanksgiving Day, last Christmas, Easter week, the Easter weekend, "
         "the day after Christmas",
         ("holiday",),
         needs=tuple(vocab.HOLIDAYS)),
    Rule("shifted_month", "absolute", "DATE",
         r"(?P<t>(?P<shift>(?i:last|next|this|coming|this past)) {MONTH})"
         r"(?!\.? \d)(?!\.?,? {YEAR})",
         "last February",
         MON,
         needs=("last", "next", "this", "coming")),
    Rule("position_month", "absolute", "DATE",
         r"(?P<t>{POSITION}[ -]{MONTH})(?!\.? \d)(?!\.?,? {YEAR})", "late November, mid-November",
         MON,
         needs=POSITION_NEEDS),
    Rule("spelled_year", "spelled_year", "DATE",
         r"(?P<t>(?:{MONTH} |(?:(?i:the) )?{SEASON} (?i:of )?|(?i:the year) )?"
         r"(?P<century>(?i:nineteen|eighteen)) "
         r"(?P<tens>{TENS_WORD})(?:[ -](?P<units>{UNIT_WORD}))?(?![\w-])|"
         r"(?i:the year )(?P<millennium>(?i:two thousand))(?: (?i:and) )?"
         r"(?: ?(?P<units2>{UNIT_WORD}))?(?![\w-]))",
         "nineteen ninety-six, January nineteen ninety-seven, the year two thousand",
         ("spelled_year",)),
    Rule("year_end", "year_end", "DATE",
         r"(?P<t>(?:{APPROX} )?(?i:year[- ]end|year's end|the end of the year))(?![\w-])",
         "at year-end",
         UNIT,
         needs=("end",)),
    # "Payments are due on the 15th.": a day of the month in force, given by its number alone.
    # Only after a preposition, and before punctuation or a word that joins a second date or a
    # clause ("began on the 3rd and ended on the 9th"): "the 20th century", "the 15th
    # anniversary", "the 3rd floor", "the 3rd and final day" rank other things.
    Rule("ordinal_day_alone", "day_of_month", "DATE",
         r"(?i:on|by|until|till|from|since|before|after) (?P<t>(?i:the) "
         r"(?P<day>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th))(?=[.,;:!?)]|$|"
         r" (?:and|or|to|through|until|till|at|when)\b(?! (?:final|last|fourth|fifth)\b))",
         "due on the 15th.",
         ("ordinal",)),
    Rule("ordinal_century", "century", "DATE",
         r"(?P<t>(?:(?i:the) )?(?P<cent>1\d|2[01]|[1-9])(?:st|nd|rd|th)[ -](?i:century))",
         "the 20th century",
         ("ordinal",),
         needs=("century",)),
    # Not before a dash and digits ("1990-91", "1998-08"), except a second full year: "served
    # as mayor 2010-2014" names two years, as "from 2010 to 2014" does.
    Rule("year_bare", "absolute", "DATE",
         r"(?<![$\d,.])(?:{DATE_PREPOSITION} )?(?P<t>{YEAR})"
         r"(?!-(?!(?:1[6-9]|20)\d\d(?![\w-]))\d)",
         "2019, 2010-2014",
         ("year",)),
    Rule("decade", "decade", "DATE",
         # "in his 30s" is an age, not a decade.
         r"(?<!(?i:his|her) )(?<!(?i:their) )"
         r"(?P<t>(?:(?i:the) )?(?:(?P<pos>(?i:early|mid|late))[ -])?"
         r"(?P<century>1[6-9]|20|')?(?P<decade>\d)0'?s)(?![\w])",
         "the 1990s",
         ("decade",)),
    # "The nineties", "the late seventies" (without "the" it is an age: "in her nineties").
    Rule("decade_word", "decade", "DATE",
         r"(?P<t>(?i:the) (?:(?P<pos>(?i:early|mid|late))[ -])?(?P<decade_word>{DECADE_WORD}))"
         r"(?![\w-])",
         "the nineties",
         ("decade_word",)),
    Rule("quarter", "quarter", "DATE",
         # "the [third-quarter] loss": before a hyphenated quarter "the" belongs to the noun
         # after it (TimeBank 4 of 4).
         r"(?P<t>(?:(?i:the) (?!(?:(?i:fiscal)[ -])?[A-Za-z0-9]+-(?i:quarter|period)))?"
         r"(?:(?P<lead_year>(?:1[6-9]|20)\d\d)(?:'s)? |"
         r"(?P<qref>(?i:this year's|last year's|next year's|(?:the )?year-earlier|"
         r"(?:the )?year-ago)) )?(?:(?i:fiscal)[ -])?{ORDINAL}[ -]"
         # "the fourth fiscal quarter" names a fiscal quarter as "the fiscal fourth quarter" does.
         r"(?:(?i:fiscal) (?=(?i:quarter)))?(?i:quarter|period)"
         # "his third period of medical leave" counts spells, not quarters ("the third period
         # of 1989" is one).
         r"(?!(?<=(?i:period)) (?i:of) (?!(?:(?i:fiscal) )?(?:1[6-9]|20)\d\d))"
         # "the second quarter of next year": the year named by its distance.
         r"(?: (?i:of )?(?:(?i:fiscal) )?{YEAR}|"
         r" (?i:of) (?P<qyear_shift>(?i:this|next|last)) (?i:year)(?![\w'-]))?)(?!s)"
         # "the second quarter ended Oct. 31": a closing date already passed dates the quarter.
         r"(?:(?= (?i:ended) (?P<closed_month>[A-Z][a-z]{2,8})\.? (?P<closed_day>\d\d?)\b))?",
         "the third quarter, third-quarter profit, the 1988 second quarter",
         UNIT,
         needs=QUARTER_NEEDS),
    # Financial shorthand: "Q4 2023", "2023 Q4", "Q4 of 2023"; with no year, only after a
    # preposition or determiner ("revenue in Q3"), since "the Audi Q3" is a name.
    Rule("quarter_code", "quarter", "DATE",
         period_code_template("Q", "[1-4]", "qnum", "QUARTER_CODE_OPENER"),
         "Q4 2023, 2023 Q4, in Q3",
         ("period_code", "year"),
         needs=("q1", "q2", "q3", "q4")),
    Rule("half_code", "half_year", "DATE",
         period_code_template("H", "[12]", "hnum", "HALF_CODE_OPENER"),
         "H1 2024, in H2",
         ("period_code", "year"),
         needs=("h1", "h2")),
    # Financial copy names the quarter it reports on without its number.
    Rule("anaphoric_quarter", "anaphoric_quarter", "DATE",
         r"(?P<t>(?P<qref>(?i:the comparable year-earlier|the comparable year-ago|"
         r"the year-earlier|the year-ago|the latest|the current|the same|the comparable|"
         r"the corresponding|the latest fiscal|the fiscal|last year's|this year's|the|that))[ -]"
         r"(?P<unit>(?i:quarter|period))(?!s?[\w-])"
         r"(?: (?P<ly>(?i:last year|a year (?:ago|earlier))))?)"
         # "the period from June to August" is a span to come; "in the quarter from" is not.
         r"(?! (?i:of|between|when))(?!(?<=(?i:period)) (?i:from))"
         # "the quarter ended Sept. 30": the quarter is the one that date closes.
         r"(?:(?= (?P<end_verb>(?i:ended|ending)) (?P<end_month>[A-Z][a-z]{2,8})\.? "
         r"(?P<end_day>\d\d?)\b))?",
         "the latest quarter, the year-ago period",
         ("unit", "period"),
         needs=QUARTER_NEEDS),
    # "The 1988 period", "the 1989 quarter": the quarter under discussion, in the year named.
    Rule("year_quarter", "anaphoric_quarter", "DATE",
         r"(?P<t>(?i:the) (?:(?i:comparable|same) )?{YEAR}(?:'s)? (?P<unit>(?i:quarter|period)))"
         r"(?![\w-])",
         "the 1988 period",
         ("year",),
         needs=QUARTER_NEEDS),
    Rule("year_ago_adjective", "anaphoric_quarter", "DATE",
         r"(?P<t>(?P<qref>(?i:year-earlier|year-ago)))(?![\w-])", "year-earlier results",
         UNIT,
         needs=YEAR_AGO_NEEDS),
    # "The early summer", "late fall": a position makes a bare season a time (TimeBank 1 of 1);
    # alone, "fall" and "spring" are too often a verb or a noun.
    Rule("season", "season", "DATE",
         r"(?P<t>(?:(?P<past>(?i:this past)) |{SHIFT} |(?:(?i:the) )?{POSITION}[ -])?{SEASON}"
         # "spring of next year": the year named by its distance.
         r"(?: (?:of )?{YEAR}| (?i:of) (?P<syear_shift>(?i:this|next|last)) (?i:year)(?![\w'-]))?)",
         "last summer, this past spring, the early summer, spring of next year",
         ("season",)),
    # Days relative to the story's date.
    # "Earlier yesterday", "later that year": TimeBank keeps the adverb in the span here (4 of 5),
    # unlike "earlier this week"; on its own it would be a second, vague expression.
    Rule("relative_day", "relative_day", "DATE",
         r"(?P<t>(?:(?i:earlier|later|early|late) )?{RELATIVE_DAY}(?: {PART_OF_DAY})?)",
         "yesterday morning, late yesterday",
         ("relative_day",)),
    # "Today is the eighth day of the blockade", "It's the second day of an offensive": an
    # ongoing event counted in days up to the story's day, which the present tense names. Not
    # when another day is the subject ("Monday is the first day of the term", "Jan. 1 is the
    # first day of the new law", "Dec. 25, 1989, is").
    Rule("ordinal_day_present", "current_day", "DATE",
         r"(?<!(?i:monday|friday|sunday) )(?<!(?i:tuesday) )(?<!(?i:thursday|saturday) )"
         r"(?<!(?i:wednesday|yesterday) )(?<!(?i:tomorrow) )(?<!\d )(?<!\d, )"
         r"(?i:is|it's|it’s|marks) (?P<t>(?i:the) {NTH} (?:(?i:straight|consecutive|full) )?"
         r"(?i:day))(?![\w-])",
         "today is the eighth day of the blockade",
         UNIT,
         needs=("is the", "s the", "marks the")),
    Rule("day_before_yesterday", "relative_day", "DATE",
         r"(?P<t>(?i:the day (?P<dir>before yesterday|after tomorrow)))",
         "the day before yesterday",
         ("relative_day",)),
    Rule("this_part_of_day", "part_of_day", "TIME",
         r"(?P<t>(?P<shift>(?i:this|last)) {PART_OF_DAY})", "this morning",
         ("part_of_day",)),
    # "Rescuers pulled a girl alive overnight", "overnight losses in New York": the night
    # before the day in force (TimeBank: a TIME valued ...TNI); not "the overnight rate".
    Rule("overnight", "overnight", "TIME",
         r"(?<![\w-])(?P<t>(?i:overnight))(?![\w-])(?! (?i:"
         + "|".join(sorted(vocab.OVERNIGHT_KIND_NOUNS)) + r")(?![\w-]))",
         "overnight",
         ("overnight",),
         needs=("overnight",)),
    Rule("mid_part_of_day", "part_of_day", "TIME",
         r"(?P<t>(?i:mid)[- ](?P<part>(?i:morning|afternoon|evening))"
         r"(?: (?P<rel>(?i:today|yesterday|tomorrow)))?)(?![\w-])",
         "mid-afternoon yesterday",
         ("part_of_day",)),
    # "on Monday and Tuesday nights": a weekday joined to a plural one shares its plural (the
    # flights leave every Monday night too); "Monday and Tuesday" stay two days.
    Rule("weekday_shared_plural", "set", "SET",
         r"(?P<t>{WEEKDAY_NAME})(?= (?i:and|or) {WEEKDAY_PLAIN}s?(?: {PART_OF_DAY}s)?(?<=s)"
         r"(?![\w']))",
         "on Monday and Tuesday nights",
         ("weekday",),
         needs=(" and ", " or ")),
    # "every Monday and Thursday": the second weekday recurs too. ("every" lies before the
    # match, so no ``needs`` gate; the cheap lookahead keeps the lookbehinds to weekday starts.)
    Rule("weekday_after_every", "set", "SET",
         r"(?=[MTWFS][a-z]{2,5}day){AFTER_EVERY_WEEKDAY}(?P<t>{WEEKDAY_NAME})(?![\w'])",
         "every Monday and Thursday",
         ("weekday",)),
    Rule("weekday", "weekday", "DATE",
         # "this coming Sunday" looks ahead, "this past Sunday" back: both words in the span.
         # "the [day before last Tuesday]": a day off the weekday ("the" stays outside).
         r"(?:{WEEKDAY_PREPOSITION} |(?i:the) (?=(?i:day) ))?"
         r"(?P<t>(?:(?i:day) (?P<day_offset>(?i:before|after)) )?"
         r"(?:(?P<this_shift>(?i:this (?:coming|past))) |"
         r"{SHIFT} )?{WEEKDAY}(?:,? {MONTH} {DAY})?"
         r"(?: {PART_OF_DAY})?)",
         "on Saturday",
         ("weekday",)),
    Rule("shifted_unit", "shifted_unit", "DATE",
         # TimeML leaves "earlier"/"later" out of the span ("earlier [this week]") but not "early",
         # except before "this year": "[earlier this year]" (TimeBank 7 of 8; "this week" 0 of 4).
         r"(?:(?P<rel_pos>(?i:earlier|later)) (?!(?i:this year)\b))?"
         r"(?P<t>(?:(?P<rel_year>(?i:earlier|later)) (?=(?i:this year)\b))?"
         r"(?:{EDGE} )?(?:(?P<pos>(?i:early|late)) )?"
         r"(?:(?i:the) )?"
         # "next fiscal year": a fiscal year is counted as the year it mostly covers.
         r"{SHIFT} (?:(?i:fiscal) (?=(?i:year|quarter)))?"
         r"(?P<unit>(?i:week|weekend|month|year|quarter|decade|century))(?!s?\w)"
         r"(?: (?i:or so)(?!\w))?)",
         "last week",
         UNIT,
         needs=tuple(vocab.DEICTIC_SHIFTS)),
    # "the week before last", "the month before last": two units back from the story's date.
    Rule("unit_before_last", "shifted_unit", "DATE",
         r"(?P<t>(?i:the) (?P<unit>(?i:week|weekend|month|year|quarter)) "
         r"(?P<shift>(?i:before last)))(?![\w-])",
         "the week before last",
         UNIT,
         needs=tuple(vocab.SHIFTS_AFTER_UNIT)),
    # "by the end of the decade", "at the start of the decade": an edge of the decade meant.
    # ("the decade" alone is too often a stretch: "over the decade", "the decade since".)
    Rule("decade_edge", "decade_edge", "DATE",
         r"(?P<t>{EDGE} (?i:the) (?i:decade))(?![\w'-])",
         "by the end of the decade",
         UNIT,
         needs=("decade",)),
    # "this past weekend" is the weekend just gone, "this coming weekend" the next one.
    Rule("this_past_weekend", "weekend_around", "DATE",
         r"(?P<t>(?i:this) (?P<side>(?i:past|coming)) (?i:weekend))(?![\w'-])",
         "this past weekend, this coming weekend",
         UNIT,
         needs=("this past", "this coming")),
    # "twice as high a dividend this year as last": the year left out after "last" (ellipsis).
    Rule("elliptic_last", "shifted_unit", "DATE",
         r"(?<=[Tt]his (?P<unit>[Yy]ear) )(?i:as|than) (?P<t>(?P<shift>(?i:last)))"
         r"(?=[ \t]*[.,;:!?)\"'’”]|[ \t]+(?i:and|but|or)\b)",
         "more this year than last.",
         UNIT,
         needs=("as last", "than last")),
    Rule("units_ago", "units_ago", "DATE",
         # "the day before," is a date counted from the one in force; "the" stays out of the
         # span (TimeBank: "the [day before last Tuesday]").
         r"(?:(?P<def>(?i:the)) )?"
         r"(?P<t>(?:(?i:nearly|almost|about|some|roughly|more than|less than|over) )?"
         r"(?P<halfof>(?i:half) )?(?:{NUMBER}[ -])?{UNIT}s?(?: (?i:or so))?"
         # "before"/"after" with a noun phrase after it is a preposition: "[two days] before
         # the vote" is a duration; only "two days before," stands alone as a date. After days
         # and clock units "later" is a signal outside the span ("[Three days] later": TimeBank 3
         # of 3); "two years later" is a date, "later" and all.
         r"(?:(?:" + "|".join(f"(?<=(?i:{u}))" for u in (
             "day", "days", "night", "nights", "hour", "hours", "minute", "minutes"))
         + r")(?= (?P<later>(?i:later))(?![\w-]))|"
         r" (?P<dir>(?i:ago|earlier|later|from now|hence|(?:before|after)(?=[.,;:!?)]|$)))))",
         "two days ago",
         UNIT,
         needs=("ago", "earlier", "later", "from now", "hence", "before", "after")),
    Rule("anaphoric_unit", "anaphoric", "DATE",
         r"(?P<t>(?:(?i:earlier|later) )?"
         r"(?P<ref>(?i:that(?: same| very)?|the (?:very )?same|the following|the next|the previous"
         r"|the prior)) "
         r"(?P<unit>(?i:day|week|month|year|morning|afternoon|evening|night)))(?!s?\w)",
         "the following day, the next morning",
         ("unit", "part_of_day"),
         needs=("that", "same", "following", "next", "previous", "prior")),
    # "He was elected in November 1999 and took office the following January", "that summer",
    # "the following weekend": a month, season or weekend counted from the date in force.
    Rule("anaphoric_named", "anaphoric_named", "DATE",
         r"(?P<t>(?P<ref>(?i:that|the same|the following|the next|the previous|the prior)) "
         r"(?:{MONTH}|{SEASON}|(?P<unit>(?i:weekend))(?!s?\w)))",
         "the following January, that summer",
         ("month", "season", "unit"),
         needs=("that", "same", "following", "next", "previous", "prior")),
    # "Until then" after a date: that date (TimeML tags "then" when it names a time); "since
    # then", "and then" order events and are left alone (TimeBank leaves them untagged).
    Rule("until_then", "until_then", "DATE",
         r"(?i:until|till) (?P<t>(?i:then))(?![\w-])",
         "until then",
         ("then",),
         needs=("until then", "till then")),
    Rule("anaphoric_weekday", "anaphoric_weekday", "DATE",
         r"(?P<t>(?P<ref>(?i:the following|the next|the previous|the prior)) {WEEKDAY})",
         "the following Monday",
         ("weekday",),
         needs=("following", "next", "previous", "prior")),
    # British copy puts a point between hours and minutes: "10.30pm", "9.15 a.m.".
    Rule("time_of_day", "time_of_day", "TIME",
         r"(?P<t>(?:{APPROX} )?(?P<hour>1[0-2]|0?[1-9])(?:[:.](?P<minute>[0-5]\d))? ?"
         r"(?P<ampm>[ap]\.m\.|[ap]\.m(?![\w])|[AaPp][Mm](?![\w]))"
         r"(?: (?P<tz>EST|EDT|GMT|UTC|PST|PDT|CST|CDT|BST|CET|MSK|ET|PT|JST|IST)(?![\w])"
         r"| (?:" + "|".join(vocab.CLOCK_ZONE_NAMES) + r") (?i:time)(?![\w]))?"
         # "10 p.m. Wednesday", "5 p.m. EST Nov. 9", "10:15 a.m. on Wednesday, July 16".
         r"(?: (?P<rel>(?i:today|yesterday|tomorrow|tonight))|(?:,? (?:(?i:on) )?{WEEKDAY})?"
         r"(?:,? (?:(?i:on) )?{MONTH} {DAY}(?:,? {YEAR})?)?))",
         "3 p.m. EST, 10 p.m. Wednesday, 5 p.m. EST Nov. 9, 11 p.m. tonight",
         ("clock",)),
    # Wire copy's 24-hour clock in four digits: "at 0800 GMT", "2300 local time", "(1315 GMT)".
    # Only with a zone or "local time" after it, which tell it from a count ("1200 workers").
    # Not in parentheses: "at 10:35 a.m. (0735 GMT)" restates the time before it in another
    # zone (TimeBank leaves it untagged), and its value would read the zone's hour as local.
    Rule("clock_four_digits", "time_of_day", "TIME",
         r"(?<![$.,:/(-])(?P<t>(?P<hour>[01]\d|2[0-3])(?P<minute>[0-5]\d)"
         r"(?: (?P<tz>" + "|".join(vocab.FOUR_DIGIT_CLOCK_ZONES) + r")(?![\w])|"
         r"(?= (?i:local time)(?![\w])))"
         r"(?:,? (?:(?i:on) )?{WEEKDAY})?(?:,? (?:(?i:on) )?{MONTH} {DAY}(?:,? {YEAR})?)?)",
         "0800 GMT, 2300 local time, 1430 GMT on Friday",
         ("clock",),
         needs=tuple(word.lower() for word in vocab.FOUR_DIGIT_CLOCK_AFTER)),
    Rule("clock_part_of_day", "time_of_day", "TIME",
         r"(?P<t>(?P<hour>1[0-2]|0?[1-9])(?::(?P<minute>[0-5]\d))?(?: (?i:o'clock))? (?i:in the) "
         r"(?P<pod>(?i:morning|afternoon|evening)))(?![\w-])",
         "4 in the morning",
         ("part_of_day",),
         needs=("in the",)),
    Rule("clock_word", "time_of_day", "TIME",
         r"(?P<t>(?P<clock>(?i:noon|midnight|midday))"
         r"(?:,? (?:(?i:on) )?{WEEKDAY}| (?P<rel>(?i:today|yesterday|tomorrow|tonight)))?"
         # "midnight on March 31", "noon Friday, March 15": the date written with it.
         r"(?:,? (?:(?i:on) )?{MONTH} {DAY}(?:,? {YEAR})?)?)"
         r"(?![\w-])",
         "noon Thursday, midnight tonight, midnight on March 31",
         ("clock",),
         needs=("noon", "midnight", "midday")),
    # With a zone and a day as the 12-hour form takes them: "at 00:01 GMT on Monday", "at 14:00
    # CET". After "at", or with a zone ("from 00:01 GMT"), which tells it from a score ("2:1").
    Rule("clock_24h", "time_of_day", "TIME",
         r"(?:(?P<at>(?i:at)) )?(?P<t>(?P<hour>[01]?\d|2[0-3]):(?P<minute>[0-5]\d)(?![\d:])"
         r"(?(at)(?: (?P<tz>" + "|".join(vocab.FOUR_DIGIT_CLOCK_ZONES) + r")"
         r"| (?:" + "|".join(vocab.CLOCK_ZONE_NAMES) + r") (?i:time))?|"
         r" (?P<tz_alone>" + "|".join(vocab.FOUR_DIGIT_CLOCK_ZONES) + r"))(?![\w])"
         r"(?:,? (?:(?i:on) )?{WEEKDAY})?(?:,? (?:(?i:on) )?{MONTH} {DAY}(?:,? {YEAR})?)?)",
         "at 14:30, at 00:01 GMT on Monday, at 05:46 local time",
         ("clock",),
         needs=(":",)),
    # Sets before durations: "once a year" is a frequency, not a year.
    # "every six weeks", "every 15 minutes": a counted unit recurs too.
    Rule("every_unit", "set", "SET",
         # "every second Tuesday", "every third year": a rank before a weekday or a unit counts
         # like a number ("every second" alone is each second).
         r"(?P<t>(?i:every|each) (?:(?P<num>(?i:other|\d+(?:\.\d\d?)?)|{COUNT_WORD}|"
         r"(?P<every_nth>(?i:second|third|fourth))(?= (?:{WEEKDAY_PLAIN}|(?i:week|month|year)\b))) )?"
         # "every morning", "each weekend" recur too ("every night" stays a day's count).
         r"(?:{WEEKDAY}|{MONTH}|{SEASON}|(?!(?i:night)){PART_OF_DAY}(?![\w-])"
         r"|(?P<weekend_set>(?i:weekend))(?![\w-])"
         r"|(?P<unit>(?i:second|minute|hour|day|night|week|month|quarter|year|decade))s?))"
         r"(?!\w)",
         "every Monday, each July, every six weeks, every summer",
         ("set",),
         needs=("every", "each")),
    # "busy on weekends", "closed at weekends": the weekend recurs.
    Rule("weekends_plural", "set", "SET",
         r"(?:(?<=[Oo]n )|(?<=[Aa]t )|(?<=[Dd]uring )|(?<=[Oo]ver ))"
         r"(?P<t>(?P<weekend_set>(?i:weekends)))(?![\w'-])",
         "open on weekends",
         UNIT,
         needs=("weekends",)),
    Rule("times_per_unit", "set", "SET",
         r"(?P<t>(?P<times>(?i:once|twice|\d+ times|{COUNT_WORD} times)) (?i:a|an|per|every) "
         r"(?P<unit>(?i:day|week|month|year)))(?!\w)",
         "twice a year",
         ("set",),
         needs=("once", "twice", "times")),
    # "Two Fridays ago", "three Sundays ago": a day counted back by its weekday, not a SET.
    Rule("weekdays_ago", "weekdays_ago", "DATE",
         r"(?P<t>{NUMBER} {WEEKDAY_NAME}s (?i:ago))(?![\w-])",
         "two Fridays ago",
         ("weekday",),
         needs=("ago",)),
    # A plural weekday recurs (TimeML: a SET): "on Mondays", "Tuesday nights".
    Rule("weekday_plural", "set", "SET",
         # Ends in "s": the weekday or the part of day is plural.
         r"(?P<t>{WEEKDAY_NAME}s?(?: {PART_OF_DAY}s)?(?<=s))(?![\w'])",
         "on Mondays, Tuesday nights",
         ("weekday",)),
    Rule("set_word", "set", "SET", r"{SET_WORD}(?![\w-])", "annually",
         ("set",),
         needs=tuple(vocab.SET_WORDS)),
    # "The year", "the weekend": the period of the story's date ("for the year" is a duration).
    Rule("definite_unit", "definite_unit", "DATE",
         # "earlier in the year" is one expression: the year, part of it.
         r"(?:(?P<for>(?i:for|over|throughout)) )?(?P<t>(?:{EDGE} )?(?:(?P<in_pos>(?i:earlier|later|early|"
         r"late)) (?i:in) )?(?i:the) "
         r"(?:(?P<adj>(?i:full|current|latest|entire|whole)) )?(?:(?P<fiscal>(?i:fiscal)) )?"
         r"(?P<unit>(?i:year|week|weekend|month|summer|winter|spring|fall|autumn|morning|"
         r"afternoon|evening)))(?![\w-])(?:(?= (?P<ended>(?i:ended|ending))))?"
         # "The fall in prices" is a decline, "the spring in his step" no season; after "in" or
         # "during" it is the season still ("was elected in the fall in a special election").
         r"(?:(?<=[Ii]n the [Ff]all)|(?<=[Dd]uring the [Ff]all)|(?!(?<=[Ff]all) in\b))"
         r"(?:(?<=[Ii]n the [Ss]pring)|(?<=[Dd]uring the [Ss]pring)|(?!(?<=[Ss]pring) in\b))"
         # "the year that changed everything" is no date, "the current year that ends" is.
         # "the year to date", "the year to Sept. 30" run to a date; "in the morning to start
         # trading" is still the morning (a purpose follows).
         # "a high for the year of $42.875": "of" before an amount belongs to the noun before.
         r"(?(adj)(?! (?:\d|(?i:ago|earlier|before|after|later|{OF_NOT_AMOUNT}|"
         r"{TO_AFTER_UNIT})\b))|"
         r"(?! (?:\d|(?i:ago|earlier|before|after|later|{OF_NOT_AMOUNT}|{TO_AFTER_UNIT}|that|when|"
         r"in which)\b)))",
         "the year, over the weekend",
         ("unit", "season", "part_of_day"),
         needs=tuple(f"the {word}" for word in (
             "full", "current", "latest", "entire", "whole", "fiscal", "year", "week", "month",
             "summer", "winter", "spring", "fall", "autumn", "morning", "afternoon", "evening"))),
    # Durations.
    Rule("vague_units", "duration", "DURATION",
         r"(?P<t>(?P<shift>(?i:recent|coming|the coming|ensuing|the ensuing)) "
         r"(?P<unit>(?i:days|weeks|months|quarters|years|decades)){OR_UNITS})(?![\w-])",
         "in recent years, in coming weeks",
         UNIT,
         needs=("recent", "coming", "ensuing")),
    Rule("bare_plural_units", "duration", "DURATION",
         # "in the [weeks] before the shooting": there "the" stays outside (TimeBank 6 of 6);
         # "[the weeks ahead]" keeps "ahead".
         # "within weeks of his capture" is a time after an event, "after weeks of talks" a
         # quantity: "of" ends the expression only after "within".
         r"(?:(?P<within>(?i:within))|(?i:for|over|in|after|during)) (?:(?i:the) (?=(?i:hours|"
         r"days|weeks|months|years|decades|centuries) (?i:before|after|that|when)\b))?"
         r"(?P<t>(?:(?i:the) (?:(?i:early|coming|following|"
         r"next|past|last) )?)?(?P<unit>(?i:hours|days|weeks|months|years|decades|centuries))"
         r"{OR_UNITS}(?![\w-])(?: (?i:ahead)(?![\w-]))?)"
         r"(?(within)(?! (?:(?i:ago|earlier|later|to come)\b))"
         r"|(?! (?:(?i:ago|earlier|later|of|to come)\b)))",
         "for years, in the weeks before the vote",
         UNIT,
         needs=("hours", "days", "weeks", "months", "years", "decades", "centuries")),
    # "the deal took [months]": an unstated number of units spent on something.
    Rule("units_taken", "duration", "DURATION",
         r"(?i:took|take|takes|taking|spent|spend|spends|lasted|waited) "
         r"(?P<t>(?P<unit>(?i:hours|days|weeks|months|years|decades)))(?![\w-])",
         "the deal took months",
         UNIT,
         needs=("hours", "days", "weeks", "months", "years", "decades")),
    Rule("past_units", "duration", "DURATION",
         # "last a couple of years" is the verb "last": no article after the shift word.
         # "expected to last six weeks" is the verb too: only "[six weeks]" is the expression.
         r"(?P<t>(?i:the )?(?P<shift>(?i:past|last|next|coming|previous|first)){NOT_VERB_LAST} "
         r"(?!(?i:an?) )"
         # TimeBank keeps a hedge in the span: "[the next two years or so]" (3 of 3).
         r"(?:{NUMBER} )?{UNIT}s?(?![\w])(?: (?i:or so)(?!\w))?)",
         "the past 24 hours",
         UNIT,
         needs=("past", "last", "next", "coming", "previous", "first")),
    # "Net for the year-earlier nine months": the same stretch a year back, still a stretch.
    Rule("comparison_duration", "duration", "DURATION",
         r"(?P<t>(?i:the) (?:(?i:comparable|same) )?(?i:year-earlier|year-ago) "
         r"{NUMBER} (?P<unit>(?i:months|weeks)))(?![\w-])",
         "the year-earlier nine months",
         UNIT,
         needs=YEAR_AGO_NEEDS),
    # "Shares are up 12% year to date", "year-to-date sales": the story's year so far (as "so
    # far this year" names this year).
    Rule("year_to_date", "year_to_date", "DATE",
         r"(?P<t>(?:(?i:the) )?(?i:year)[- ](?i:to)[- ](?i:date))(?![\w-])",
         "year to date, year-to-date sales",
         UNIT,
         needs=("to date", "to-date")),
    # "Hungary could one day be the largest": "one day" before a verb is some future day.
    Rule("someday", "vague", "DATE",
         r"(?i:will|would|could|can|may|might|to|he|she|they|we|it) (?P<t>(?P<vague>(?i:one day)))"
         r"(?= [a-z]+\b)(?! (?:of|and|or|later|after|before|ago|earlier|in|at|to|for|with|when|"
         r"the|a|an|that|this|last|next)\b)",
         "could one day be",
         UNIT,
         needs=("one day",)),
    # "half an hour", "a half-day", "a quarter of a century": part of one unit.
    Rule("fraction_of_unit", "fraction", "DURATION",
         r"(?P<t>(?:(?i:a|one) (?P<quarter>(?i:quarter)) (?i:of) (?i:an?) |"
         r"(?P<half>(?i:half))(?: (?i:of))? (?i:an?) |(?i:an?) (?P<half2>(?i:half))[ -])"
         r"{UNIT})(?![\w-])",
         "half an hour, a quarter of a century",
         UNIT,
         needs=("half", "quarter of a")),
    # "A day-long meeting", "the decades-long feud": a compound adjective naming a stretch of
    # time with no count (one unit; a plural is an unknown number). TimeBank tags both forms.
    Rule("unit_long", "duration", "DURATION",
         r"(?<![\w-])(?P<t>(?P<unit>(?i:second|minute|hour|day|night|week|month|year|decade))"
         r"(?P<plural>s)?-(?i:long))(?![\w-])",
         "a day-long meeting, the decades-long feud",
         UNIT,
         needs=("-long",)),
    # "in 1 hour 20 minutes", "two years and three months": one stretch in two units.
    Rule("compound_duration", "compound_duration", "DURATION",
         # Only the pairs ISO 8601 writes in one value, the larger unit first.
         r"(?P<t>{NUMBER} (?P<unit>(?P<after_year>(?i:years?))|(?P<after_day>(?i:days?))|"
         r"(?P<after_hour>(?i:hours?))|(?i:minutes?))(?:,? (?i:and) |,? ){SECOND_NUMBER} "
         r"(?P<unit2>(?(after_year)(?i:months?)|(?(after_day)(?i:hours?)|"
         r"(?(after_hour)(?i:minutes?)|(?i:seconds?))))))(?![\w-])",
         "1 hour 20 minutes, two years and three months",
         UNIT,
         needs=("month", "hour", "minute", "second")),
    Rule("duration", "duration", "DURATION",
         # TimeML keeps the article ("[the nine months]": 13 of 14 in TimeBank; "[the latest
         # nine months]" too). "about" and "almost" stay outside ("about [five hours]": 6 of
         # 8), "more than", "nearly" inside.
         r"(?P<t>(?:(?P<mod>(?i:more than|less than|nearly|around|over|at least|"
         r"up to|roughly|some)) |(?P<art>(?i:the)(?: (?i:latest))? ))?"
         # "20-plus years", "20+ years": at least that many (the count is the value).
         r"{NUMBER}(?:(?P<half> 1/2|(?i: and a half))|(?i:-plus)|\+)?[ -]"
         r"(?:(?i:more|additional|extra|straight|consecutive|trading|business|working) )?"
         r"{UNIT}s?(?P<half_after>(?i: and a half))?(?:[ -](?i:long)|(?P<aged>{AGED_EVENT}))?"
         r"(?(art)(?<=s)))(?![\w])"
         # An age ("a 6-year-old", "52 years old") and a fraction ("three-quarters") are no
         # times; the age of a lasting state of affairs ("an 8-month-old truce") is a duration.
         r"(?![ -](?i:old)(?!\w))(?<!-quarters)",
         "three years, 2 1/2 years, an hour and a half",
         UNIT),
    # "For a while": a stretch of unstated length (after a preposition only).
    Rule("vague_duration", "vague_duration", "DURATION",
         r"(?i:for|in|after|within|over) (?P<t>{VAGUE_DURATION})(?![\w-])"
         r"(?! (?i:ago|later|earlier|before|since)\b)",
         "for a while",
         ("vague_duration",)),
    # Vague references: the past, the present, the future.
    Rule("vague", "vague", "DATE", r"{VAGUE}(?![\w])", "earlier",
         ("vague",)),
)  # fmt: skip
