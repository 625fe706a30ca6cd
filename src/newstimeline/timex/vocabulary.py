"""Vocabulary of English news time expressions, as data.

Everything language-specific the tagger knows lives here: adding a word is a one-line change.
The engine (``patterns.py``, ``finder.py``, ``resolver.py``) compiles these tables once.
"""

from __future__ import annotations

# Month names and the abbreviations news copy uses ("Dec.", "Sept"), mapped to month numbers.
MONTHS: dict[str, int] = {
    "january": 1, "jan": 1,
    "february": 2, "feb": 2,
    "march": 3, "mar": 3,
    "april": 4, "apr": 4,
    "may": 5,
    "june": 6, "jun": 6,
    "july": 7, "jul": 7,
    "august": 8, "aug": 8,
    "september": 9, "sep": 9, "sept": 9,
    "october": 10, "oct": 10,
    "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}  # fmt: skip

# Month names that are also common English words ("May I", "the March on Washington"): a bare
# one is a month only after a preposition or before a day or year.
AMBIGUOUS_MONTHS: frozenset[str] = frozenset({"may", "march", "mar", "jan", "jun", "aug", "dec"})

# Weekday names (Monday = 0, as in datetime.weekday()). Abbreviations need a capital and a period.
WEEKDAYS: dict[str, int] = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3,
    "friday": 4, "saturday": 5, "sunday": 6,
}  # fmt: skip
WEEKDAY_ABBREVIATIONS: dict[str, int] = {
    "Mon.": 0, "Tue.": 1, "Tues.": 1, "Wed.": 2, "Thu.": 3, "Thur.": 3, "Thurs.": 3,
    "Fri.": 4, "Sat.": 5, "Sun.": 6,
}  # fmt: skip

# Number words, for "three years", "two days ago", "a decade".
NUMBER_WORDS: dict[str, int] = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100,
    "twenty-four": 24, "forty-eight": 48, "seventy-two": 72, "a couple of": 2, "a dozen": 12,
    "couple of": 2,  # "the next couple of years"
}  # fmt: skip

# Vague quantities: the count is unknown, so TIMEX3 writes an X ("several years" = PXY).
VAGUE_QUANTITIES: frozenset[str] = frozenset({"several", "few", "a few", "many"})

# Calendar units: TIMEX3 duration letter, whether it is a time unit (needs "T"), and a multiplier
# for units TIMEX3 writes as multiples of another ("decade" = 10 years).
UNITS: dict[str, tuple[str, bool, int]] = {
    "second": ("S", True, 1), "minute": ("M", True, 1), "hour": ("H", True, 1),
    "day": ("D", False, 1), "night": ("D", False, 1), "week": ("W", False, 1),
    "fortnight": ("W", False, 2), "month": ("M", False, 1), "quarter": ("Q", False, 1),
    "year": ("Y", False, 1), "decade": ("Y", False, 10), "century": ("Y", False, 100),
}  # fmt: skip

# An unknown count of a unit written as a multiple of years: "PX00Y" cannot be written, and
# "PXY" loses the scale, so TIMEX3's own letter stands ("for centuries" PXC, as TimeBank writes
# it, like P2L for "two thousand years"). Decades stay PXY ("decades-long" in TimeBank).
UNKNOWN_COUNT_LETTERS: dict[str, str] = {"century": "C"}

# Half a unit in TIMEX3, as the next smaller unit ("2 1/2 years" = P2Y6M, "an hour and a half"
# = PT1H30M): the unit's letter, then the half's count and letter. Decades and centuries count
# years. Half a week is written in days.
HALF_UNITS: dict[str, tuple[str, str]] = {
    "year": ("Y", "6M"), "month": ("M", "15D"), "day": ("D", "T12H"), "night": ("D", "T12H"),
    "hour": ("H", "30M"), "minute": ("M", "30S"),
}  # fmt: skip

# A quarter of a unit in TIMEX3 ("a quarter of a century" = P25Y); halves use HALF_UNITS.
QUARTER_OF_UNITS: dict[str, str] = {"century": "P25Y", "hour": "PT15M", "year": "P3M"}

# Units that "later"/"earlier" turn into a stretch of time, as TimeBank writes them ("Three days
# later" P3D, "A day earlier" P1D; clock units too); a year or a quarter earlier is a date.
UNITS_LATER_AS_DURATION: frozenset[str] = frozenset({"day", "night"})

# Decades in words ("the nineties"): the tens digit of the decade.
DECADE_WORDS: dict[str, int] = {
    "twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7,
    "eighties": 8, "nineties": 9,
}  # fmt: skip

# Words for the day relative to the story's date.
RELATIVE_DAYS: dict[str, int] = {"today": 0, "yesterday": -1, "tomorrow": 1, "tonight": 0}

# Deictic determiners before a unit or weekday: "last week", "next Friday", "this year".
DEICTIC_SHIFTS: dict[str, int] = {
    "last": -1, "previous": -1, "next": 1, "coming": 1, "this": 0, "current": 0,
}
# What follows a four-digit clock time in wire copy ("0800 GMT", "2300 local time"): without
# one of these, "0800" is a number. "local time" stays outside the span. Not "hours": "logged
# 1200 hours" is a count.
FOUR_DIGIT_CLOCK_ZONES: tuple[str, ...] = (
    "GMT", "UTC", "EST", "EDT", "CST", "CDT", "PST", "PDT", "BST", "CET", "CEST", "MSK", "IST",
    "JST")
FOUR_DIGIT_CLOCK_AFTER: tuple[str, ...] = (*FOUR_DIGIT_CLOCK_ZONES, "local time")

# Words before "time" after a clock time, naming its zone: "2:46 p.m. local time", "7 a.m.
# Eastern time". They stay in the span, as an abbreviated zone does ("3 p.m. EST").
CLOCK_ZONE_NAMES: tuple[str, ...] = (
    "local", "Eastern", "Central", "Mountain", "Pacific", "Atlantic", "Greenwich Mean",
    "Eastern Standard", "Eastern Daylight", "Pacific Standard", "Pacific Daylight",
    "Central European", "Moscow", "Beijing", "Tokyo", "Hong Kong", "Indian Standard")

# The rank of a week or day within its month: "the first week of April", "the last day of
# March" (-1: counted from the month's end).
MONTH_PART_RANKS: dict[str, int] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "last": -1, "final": -1,
}

# Half of a long unit as a count of a smaller one, for "half a century ago" (50 years back).
HALF_UNIT_AS_COUNT: dict[str, tuple[str, int]] = {
    "century": ("year", 50), "decade": ("year", 5), "year": ("month", 6),
}

# After a unit, two back: "the week before last" is the week before last week. Kept apart from
# DEICTIC_SHIFTS, which also stand before weekdays ("the day before last Tuesday").
SHIFTS_AFTER_UNIT: dict[str, int] = {"before last": -2}

# Vague references to past, present and future (TIMEX3 *_REF values), as whole phrases.
# Adverbs that only order an event against another ("previously", "once", "formerly", "as soon
# as", "soon after", a past "soon became") name no time and are not TIMEX3 expressions; "in the
# past" is tagged as "the past". "Soon" in a clause that looks ahead ("may soon seek") is the near
# future (TimeBank: 4 of 7 such; none of the ordering uses).
VAGUE_REFERENCES: dict[str, str] = {
    "earlier": "PAST_REF", "recently": "PAST_REF", "lately": "PAST_REF", "the past": "PAST_REF",
    # "right now", "for now": TimeBank tags the "now" alone (4 of 5).
    "now": "PRESENT_REF", "currently": "PRESENT_REF", "nowadays": "PRESENT_REF",
    "at present": "PRESENT_REF", "at the moment": "PRESENT_REF",
    "these days": "PRESENT_REF", "presently": "PRESENT_REF",
    # TimeML tags the temporal adjectives too ("the current crisis", "a recent filing").
    "current": "PRESENT_REF", "recent": "PAST_REF",
    # "at the then current price": the present of a past time.
    "then current": "PAST_REF", "then-current": "PAST_REF",
    "the future": "FUTURE_REF", "the near future": "FUTURE_REF", "the near term": "FUTURE_REF",
    "the short term": "FUTURE_REF", "the foreseeable future": "FUTURE_REF",
    "a later date": "FUTURE_REF", "soon": "FUTURE_REF",
    # Only before a verb ("could one day be", rule "someday"); elsewhere a duration wins.
    "one day": "FUTURE_REF",
}  # fmt: skip

# Stretches of unstated length after "for", "in", "after", "within" ("for a while"): TIMEX3
# durations with an unknown unit. TimeBank leaves "for a long time" untagged and writes "for some
# time" PXM, so those two stay out.
VAGUE_DURATIONS: dict[str, str] = {"a while": "PXX", "a little while": "PXX", "quite a while": "PXX"}

# "earlier agreements" and "once more" are not times: a vague adverb counts only when the next
# word is not a noun it could modify. These words may follow the adverb without blocking it.
VAGUE_ADVERB_FOLLOWERS: frozenset[str] = frozenset({
    "this", "that", "in", "on", "at", "and", "but", "or", "to", "the", "a", "an", "as", "when",
    "than", "said", "told", "says", "he", "she", "it", "they", "we", "had", "has", "have", "was",
    "were", "is", "are", "been", "be", "today", "yesterday", "week", "month", "year",
})
# After a set adverb a preposition too shows the adverb ("held here annually for the poet",
# "paid quarterly through 1995"); after "earlier" it would not ("announced earlier by").
SET_ADVERB_FOLLOWERS: frozenset[str] = VAGUE_ADVERB_FOLLOWERS | frozenset({
    "for", "since", "through", "until", "from", "by", "with", "during", "over", "after",
    "before",
})
VAGUE_ADVERBS_NEEDING_CONTEXT: frozenset[str] = frozenset({"earlier"})

# Words before "a year"/"a week" that make it a rate ("$500 million a year", "700 seats a week").
RATE_WORDS: frozenset[str] = frozenset({
    "million", "billion", "thousand", "hundred", "percent", "cents", "dollars", "pounds",
    "euros", "yen", "points", "barrels", "tons", "shares", "times",
})
# Determiners that make the word after them a noun ("its profits annually": a rate's noun, not
# a verb as in "the board meets annually").
NOUN_DETERMINERS: frozenset[str] = frozenset({
    "the", "its", "their", "his", "her", "our", "your", "my", "these", "those", "some", "all",
})

# Nouns after "today's" that make it the present age, not the story's day ("today's youth",
# "in today's world"): TimeBank leaves these generic uses untagged.
GENERIC_PRESENT_NOUNS: frozenset[str] = frozenset({
    "world", "youth", "society", "generation", "generations", "children", "kids", "teenagers",
    "families", "parents", "women", "men", "people", "students", "workers", "consumers",
    "culture", "standards", "technology", "computers", "cars", "music", "politics", "workplace",
})  # fmt: skip

# Strings the rules would match that are not times ("a second opinion", "wait a minute").
NON_TIMES: frozenset[str] = frozenset({"a second", "one second", "a minute"})

# Capitalized words that may stand before a year in prose without naming something ("In 1990"
# in a title-case line, "Fiscal 1990", "Christmas 1989"); after any other capitalized word in
# running prose a year is part of a name ("a venture called Orion 1980", "Expo 2000").
WORDS_BEFORE_A_YEAR: frozenset[str] = frozenset({
    "in", "on", "since", "until", "till", "by", "during", "from", "to", "before", "after", "of",
    "through", "throughout", "early", "late", "mid", "last", "next", "this", "the", "and", "or",
    "around", "circa", "about", "fiscal", "calendar", "year", "end", "for", "between", "than",
})  # fmt: skip

# Phrases in which a time word is not a time; a match overlapping one is dropped.
NON_TIME_PHRASES: tuple[str, ...] = (
    "may i", "may we", "may be", "march on", "march to", "march against", "friday's child",
    "man friday", "girl friday", "sunday school", "sunday best", "sunday times",
    "saturday night live", "monday morning quarterback", "high noon",
    "christmas island", "easter island", "christmas tree", "christmas trees",
    # "important to the future of our peoples": the fate of something, not a time.
    "the future of",
    # Stock trading outside the session, written without its hyphen: no stretch of hours.
    "after hours trading", "after hours session",
    # "as recently as June": the date after it is the time; "recently" only limits it.
    "as recently as",
    # Restaurant chains named after a weekday: "met at a TGI Friday's near the plant".
    "tgi friday's", "tgi fridays", "t.g.i. friday's", "ruby tuesday",
    # The Olympics by season are events, not seasons: "London will host the next Summer Games".
    "summer games", "winter games", "summer olympics", "winter olympics", "summer olympic",
    "winter olympic", "summer paralympics", "winter paralympics", "summer paralympic",
    "winter paralympic",
)

# Words that can follow a month without the month being an adjective before a noun: "the
# March on Washington", "a May of protests" are no dates, "a June agreement" is.
NOT_NOUNS_AFTER_MONTH: tuple[str, ...] = (
    "of", "on", "in", "to", "and", "or", "for", "at", "by", "with", "from", "into", "onto",
    "against", "toward", "towards", "through", "across", "down", "up", "past", "as", "that",
    "which", "who", "is", "was", "were", "are", "be", "been", "has", "had", "have", "will",
    "would", "can", "could", "should", "may", "might", "must", "i", "we", "you", "he", "she",
    "it", "they", "the", "a", "an", "not",
)

# Words before "last" that make it the verb ("expected to last six weeks", "may last several
# days"): then "last" is no shift word and stays out of the span of the stretch after it.
VERB_LAST_AUXILIARIES: tuple[str, ...] = (
    "to", "will", "'ll", "would", "could", "can", "may", "might", "should", "must", "shall",
    "did", "does", "do", "not", "n't", "cannot",
)
# Modifiers that make a count after "in" a stretch, not a date ahead: "to be phased in [over 18
# months]", "the first cut in [more than five years]" ("redeemed in five years" is a date).
STRETCH_MODIFIERS: frozenset[str] = frozenset({"over", "more than", "at least"})

# Prepositions that name a quarter as a time something happens in ("close in the second
# quarter", "by the third quarter"), not as the period a report covers ("results for").
QUARTER_AHEAD_PREPOSITIONS: frozenset[str] = frozenset({
    "in", "during", "by", "until", "till", "through", "into", "before",
})

# Financial shorthand for quarters and halves: "Q4 2023", "2023 Q4", "in Q3", "H1 2024".
# (The rules read the number from the code itself.)
PERIOD_CODES: frozenset[str] = frozenset({"q1", "q2", "q3", "q4", "h1", "h2"})
# Words before a code with no year that make it a period, not a name ("the Audi Q3", "H2
# fuel"): "revenue in Q3", "the Q4 results". Halves, rarer and more often something else, only
# after a preposition.
QUARTER_CODE_OPENERS: tuple[str, ...] = (
    "in", "In", "for", "For", "during", "During", "by", "of", "through", "until", "since",
    "the", "The", "its", "their",
)
HALF_CODE_OPENERS: tuple[str, ...] = ("in", "In", "for", "For", "during", "During", "by")

# A stretch written in two units, the larger first: "1 hour 20 minutes" PT1H20M, "two years
# and three months" P2Y3M, "three days and six hours" P3DT6H. (Weeks mix with no other unit in
# an ISO 8601 duration.)
COMPOUND_DURATION_UNITS: frozenset[tuple[str, str]] = frozenset({
    ("year", "month"), ("day", "hour"), ("hour", "minute"), ("minute", "second"),
})

# The place of a weekday in its month: "the second Sunday in May", "the last Friday of June".
WEEKDAY_RANKS: dict[str, int] = {"first": 1, "second": 2, "third": 3, "fourth": 4, "last": -1}

# Nouns naming a state of affairs that lasts: after a counted age ("the IRA's 8-month-old
# truce", "a 10-day-old strike") the age is how long it has lasted, a duration (TimeBank tags
# it); the age of a person or a thing ("a 6-year-old boy", "the 50-year-old alliance") is not.
AGED_EVENT_NOUNS: tuple[str, ...] = (
    "truce", "ceasefire", "cease-fire", "war", "conflict", "strike", "walkout", "lockout",
    "boycott", "blockade", "embargo", "siege", "standoff", "stand-off", "occupation",
    "insurgency", "uprising", "rebellion", "revolt", "crisis", "slump", "recession",
    "downturn", "rally", "bull", "dispute", "feud", "fight", "battle", "campaign", "drought",
    "moratorium", "freeze", "ban", "shutdown", "investigation", "inquiry", "probe", "search",
    "manhunt", "negotiations", "talks", "stalemate", "deadlock", "impasse", "protest",
    "protests", "hunger", "marriage", "presidency", "tenure", "rule", "regime", "reign",
    "dictatorship", "career", "effort", "offensive", "bombing", "bombardment", "violence",
)

# Money counted in units of time: "a bonus equal to [six months of base pay]" is a sum, not a
# stretch of time (TimeBank leaves it untagged).
PAY_NOUNS: tuple[str, ...] = (
    "pay", "salary", "salaries", "wage", "wages", "rent", "rents", "compensation", "severance",
    "income", "earnings", "benefits", "pension",
)
PAY_ADJECTIVES: tuple[str, ...] = ("base", "basic", "regular", "full", "back", "annual", "gross")

# Capitalized adverbs that, opening a sentence and set off by a comma, only link it to the one
# before ("Now, he says"). "Earlier," and "Currently," are left out although TimeBank tags
# neither as an opener: they still place the sentence's events ("Earlier, Putin called on
# NATO" is before the story, a range, not the date in force).
DISCOURSE_OPENERS: frozenset[str] = frozenset({"Now"})

# Sets: recurring times.
SET_WORDS: dict[str, str] = {
    "daily": "P1D", "weekly": "P1W", "monthly": "P1M", "annually": "P1Y", "yearly": "P1Y",
    "quarterly": "P3M", "nightly": "P1D", "hourly": "PT1H",
}

# Set words that are times only as adverbs ("paid quarterly"), not before a noun ("quarterly
# dividend", "annual"-like reporting jargon); "daily", "weekly", "hourly" are tagged either way.
SET_WORDS_ADVERB_ONLY: frozenset[str] = frozenset({"quarterly", "monthly", "yearly", "annually"})

# Seasons (TIMEX3 season codes) and parts of the day (TIMEX3 time-of-day codes).
SEASONS: dict[str, str] = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA",
                           "winter": "WI"}  # fmt: skip
PARTS_OF_DAY: dict[str, str] = {"morning": "MO", "afternoon": "AF", "evening": "EV",
                                "night": "NI"}  # fmt: skip

# Words after "quarter(s)" that make it a fraction of a percentage point, not of a year, in
# central bank copy: "cut rates by a quarter point", "a quarter-point rise", "three quarters of
# a percentage point".
QUARTER_OF_A_POINT_AFTER: tuple[str, ...] = (
    "point", "points", "percentage", "of a point", "of a percentage point",
)

# Nouns after which "overnight" names a kind of thing, not a night: money lent for one night
# ("the overnight rate", "overnight repo"), a kind of stay or service ("an overnight bag"), or
# suddenness ("an overnight success"). Before any other noun it dates it ("overnight losses").
OVERNIGHT_KIND_NOUNS: frozenset[str] = frozenset({
    "rate", "rates", "lending", "loan", "loans", "repo", "repos", "interbank", "deposit",
    "deposits", "funds", "index", "money", "borrowing", "stay", "stays", "bag", "bags", "camp",
    "camps", "trip", "trips", "flight", "flights", "train", "trains", "shift", "shifts",
    "delivery", "shipping", "mail", "guest", "guests", "parking", "success", "sensation", "star",
    "celebrity", "hit", "millionaire", "oats",
})  # fmt: skip

# Parts of day written into the value after a weekday ("Friday evening" = ...TEV, a TIME, as in
# TimeML). TimeBank writes "Friday night" and "Friday morning" as the bare day about as often as
# with TNI/TMO, so those stay DATEs valued by their day.
WEEKDAY_PARTS_IN_VALUE: frozenset[str] = frozenset({"evening"})

# Ordinals for quarters and halves ("the third quarter").
ORDINALS: dict[str, int] = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2,
                            "3rd": 3, "4th": 4}  # fmt: skip

# Days of the month spelled as ordinals, as broadcast transcripts write them ("Sunday, March
# eighth", "the first of May").
_ORDINAL_UNITS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
                  "ninth")
DAY_ORDINAL_WORDS: dict[str, int] = {
    **{word: n for n, word in enumerate(_ORDINAL_UNITS, start=1)},
    **{word: n for n, word in enumerate(
        ("tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
         "seventeenth", "eighteenth", "nineteenth", "twentieth"), start=10)},
    "thirtieth": 30,
    **{f"twenty{sep}{word}": 20 + n for n, word in enumerate(_ORDINAL_UNITS, start=1)
       for sep in ("-", " ")},
    **{f"thirty{sep}first": 31 for sep in ("-", " ")},
}

# Prepositions that make a bare month or year a date ("in May", "since 2019"), and the slips
# real copy makes ("in Friday" for "on Friday") which we accept before weekdays.
DATE_PREPOSITIONS: frozenset[str] = frozenset({
    "in", "on", "since", "until", "till", "by", "during", "from", "to", "before", "after",
    "of", "through", "throughout", "early", "late", "mid", "last", "next", "this",
})
WEEKDAY_PREPOSITIONS: frozenset[str] = frozenset({"on", "in", "by", "until", "since", "from"})

# Words that mark the clause as future for resolving weekdays and relative dates.
FUTURE_CUES: frozenset[str] = frozenset({
    "will", "'ll", "shall", "planned", "planning", "scheduled",
    "expected", "expect", "expects", "due", "intends", "upcoming", "next", "wo", "tomorrow", "coming",
    "would", "soon", "aims", "hopes", "payable", "effective",
    # Modals of possibility look ahead ("the ministers could meet on Friday"); before "have"
    # they look back ("could have fled on Friday": PERFECT_AFTER_MODAL).
    "could", "might",
})  # fmt: skip
# What a possibility modal's perfect looks back on: "might have left on Friday".
POSSIBILITY_MODALS: frozenset[str] = frozenset({"could", "might"})
PERFECT_AFTER_MODAL: frozenset[str] = frozenset({"have", "'ve"})
# Words after a modal that leave its tense to the clause: "could" is also the past of "can"
# ("could not be reached for comment Friday", "could be located Wednesday": back, where
# "could be approved Friday" looks ahead).
MODAL_UNSURE_BEFORE: dict[str, frozenset[str]] = {
    "could": frozenset({"be", "not", "n't", "never"}),
}
# Words that look ahead only before one of the given words: "plans to" (not "the plan"), "set
# to"/"set for" (not "a record set in May"), "is to resume", "going to".
FUTURE_CUES_BEFORE: dict[str, frozenset[str]] = {
    "plan": frozenset({"to"}), "plans": frozenset({"to"}), "going": frozenset({"to"}),
    "set": frozenset({"to", "for"}), "is": frozenset({"to"}), "are": frozenset({"to"}),
    # "were planning to drive ... on Monday": a plan made in the past, still ahead.
    "was": frozenset({"planning", "going", "scheduled", "due", "set"}),
    "were": frozenset({"planning", "going", "scheduled", "due", "set"}),
}  # fmt: skip
# "let the offensive begin as (previously) planned Saturday night": a plan compared with what
# happened says nothing of tense; the clause's other words decide.
AS_PLANNED_WORDS: frozenset[str] = frozenset({"planned", "scheduled", "expected"})
AS_PLANNED_ADVERBS: frozenset[str] = frozenset({"previously", "originally", "earlier"})
# The words that make such a plan a comparison: "as planned", and "than expected" ("Sales were
# weaker than expected in July": the sales are July's, this year's).
AS_PLANNED_COMPARISONS: frozenset[str] = frozenset({"as", "than"})
# "had been scheduled to expire Friday": a plan in the pluperfect was overtaken (the offer was
# extended), so its date lies back, not ahead. These words before a future cue make it past.
PLUPERFECT_PLAN: tuple[str, str] = ("had", "been")

# Auxiliaries that govern a whole clause: read further back when no cue is near.
FAR_FUTURE_CUES: frozenset[str] = frozenset({
    "will", "'ll", "shall", "would",
    # A present expectation governs the clause it opens: "Forecasters expect Maria to pass near
    # the Turks and Caicos on Friday".
    "expect", "expects",
})  # fmt: skip
FAR_PAST_CUES: frozenset[str] = frozenset({"was", "were", "had", "did"})
# Phrases just before an expression that point it ahead whatever the verb: "could come as early
# as Tuesday", "a ruling no later than Friday".
LOOKAHEAD_PHRASES: tuple[str, ...] = ("as early as", "as soon as", "no later than")
# Phrases that set a limit on a date and make a bare month after them one ("could begin cutting
# rates as early as June", "as recently as March"), as a preposition does: "June" and "March"
# alone are too often names to tag.
MONTH_LIMIT_PHRASES: tuple[str, ...] = (
    *LOOKAHEAD_PHRASES, "as late as", "as recently as", "as far back as")
# Words that mark the clause as past (reporting verbs are listed with the events vocabulary).
PAST_CUES: frozenset[str] = frozenset({
    "was", "were", "had", "did", "said", "told", "ago", "last", "earlier", "previously", "since",
})  # fmt: skip
# Verbs that report speech: after a comma or a quote they frame the clause and are no tense cue.
# ("In September, it announced plans" has its main verb there: only the verbs of a frame count.)
REPORTING_VERBS: frozenset[str] = frozenset({"said", "says", "added", "told", "tells"})
# Past reporting verbs before an expression: the expression dates the saying, and a future after
# it belongs to what was said ("said in a statement on Monday that it would appeal").
PAST_REPORTING_VERBS: frozenset[str] = frozenset({"said", "told", "added", "announced"})
# Common irregular past tenses (no "-ed" to show them). Like "-ed" forms they are participles,
# not past tenses, after "be", "will", "to" ("will be held Monday", "is set").
IRREGULAR_PAST_VERBS: frozenset[str] = frozenset({
    "began", "became", "brought", "bought", "came", "fell", "felt", "fled", "found", "gave",
    "got", "grew", "held", "kept", "knew", "led", "left", "lost", "made", "meant", "met",
    "paid", "ran", "rose", "sank", "saw", "sent", "sold", "spent", "spoke", "stood", "struck",
    "took", "thought", "threw", "won", "wrote", "went", "woke", "drew", "drove", "ate", "flew",
    "set", "hit", "cut", "put", "quit", "shut", "beat", "sought", "taught", "caught", "fought",
    "built", "lent", "dealt", "heard", "hid", "laid", "swore", "tore", "wore",
})  # fmt: skip
# Present-tense verbs of a scheduled event: just before a bare weekday, news present tense is a
# timetable ("the two sides meet separately Monday", "the talks resume Tuesday"): it looks ahead.
SCHEDULE_VERBS: frozenset[str] = frozenset({
    "meet", "meets", "resume", "resumes", "begin", "begins", "start", "starts", "open", "opens",
    "convene", "convenes", "vote", "votes", "visit", "visits", "arrive", "arrives", "leave",
    "leaves", "travel", "travels", "return", "returns", "face", "faces", "play", "plays",
    "host", "hosts", "end", "ends", "close", "closes", "expire", "expires", "is", "are",
})  # fmt: skip
# Adverbs without "-ly" that may stand between such a verb and its weekday: "the central bank
# meets again Wednesday".
SCHEDULE_ADVERBS: frozenset[str] = frozenset({"again"})
# Words before such a verb that make it no timetable: "did not meet Monday", "failed to meet".
SCHEDULE_VERB_BLOCKERS: frozenset[str] = frozenset({
    "to", "not", "n't", "did", "didn't", "never", "would", "could", "should", "might", "must",
})  # fmt: skip
# Verbs of putting off: "postponed until Tuesday" is later than the decision, so ahead.
POSTPONING_VERBS: frozenset[str] = frozenset({
    "postponed", "delayed", "deferred", "adjourned", "recessed", "rescheduled", "off", "back",
})  # fmt: skip
# Past verbs that fix an event for a date after "for": "The judge set a hearing for Dec. 6",
# "called a snap election for Sunday". The date is the plan's, after the setting: the nearest
# such date, not a past one.
SCHEDULING_VERBS: frozenset[str] = frozenset({
    "set", "scheduled", "rescheduled", "slated", "called", "booked", "fixed", "moved",
    "pushed", "postponed", "delayed", "deferred",
})  # fmt: skip
# Prepositions of a deadline: "by May", "until Friday" look ahead unless a past cue says not.
DEADLINE_PREPOSITIONS: frozenset[str] = frozenset({"by", "until", "till"})
# Words that open a stretch from a date on: in a past clause the nearest such date, as for a
# deadline ("suspended travel for 30 days, starting at midnight Friday": not last week's).
START_WORDS: tuple[str, ...] = ("starting", "beginning", "effective")
# Words before a date that put it on or before the story's date: "the quarter ended Oct. 31" in
# an Oct. 27 story closed a year before (a past clause otherwise allows a month's slack).
CLOSING_WORDS: frozenset[str] = frozenset({"ended"})
# Present-tense auxiliaries: a date in such a clause ("is payable Jan. 2") is the nearest one.
# Present timetable verbs in the third person that are seldom nouns: the nearest verb before a
# date ("when the new Congress convenes in January", "Miami opens the finals in Denver on
# Thursday") tells the clause is no past one, whatever a verb further off says. ("Returns",
# "votes", "starts", "visits", "plays", "hosts" are left out: as often nouns, "housing starts
# in March".)
SCHEDULE_PRESENT_VERBS: frozenset[str] = frozenset({
    "meets", "resumes", "begins", "opens", "convenes", "reconvenes", "arrives", "travels",
    "expires", "closes", "ends", "faces", "leaves", "departs", "adjourns",
})  # fmt: skip
PRESENT_CUES: frozenset[str] = frozenset({"is", "are", "am", "can", "may"}) | (
    SCHEDULE_PRESENT_VERBS)
# "-ed" words that are adjectives, not past tenses ("markets untouched by the crisis", "an
# unidentified man", "a Paris-based group", "the United Nations").
ED_ADJECTIVES: frozenset[str] = frozenset({
    "untouched", "unchanged", "unexpected", "unidentified", "unnamed", "undisclosed",
    "unspecified", "unconfirmed", "unprecedented", "unemployed", "unarmed", "unrelated",
    "united", "limited", "based", "related", "detailed", "interested", "concerned", "qualified",
    "alleged", "armed", "advanced", "experienced", "sophisticated", "talented", "sacred",
    "naked", "wicked", "beloved", "aged", "crooked", "rugged", "ragged", "supposed", "skilled",
    "so-called", "embattled", "troubled",
})  # fmt: skip
# Words before an "-ed" form that make it a participle rather than a past tense.
PARTICIPLE_AUXILIARIES: frozenset[str] = frozenset({
    "be", "been", "being", "is", "are", "am", "to", "will", "can", "may", "might", "should",
    "must", "would", "could", "the", "a", "an",
    "get", "gets", "getting",  # a passive with "get": "start getting beat up in the spring"
    # a state named by a participle after a linking verb: "the border stays shut until Oct. 1"
    "remain", "remains", "remaining", "stay", "stays", "staying", "seem", "seems", "become",
    "becomes", "becoming",
})

# Holidays: a fixed date (month, day), the nth weekday of a month (month, weekday, n; n = -1 for
# the last), the day after the first Monday of November (US Election Day), days from Easter, or
# days from (US) Thanksgiving, the shopping days after it.
HOLIDAYS: dict[str, tuple[str, int, int, int]] = {
    "new year's day": ("fixed", 1, 1, 0), "new year's eve": ("fixed", 12, 31, 0),
    "valentine's day": ("fixed", 2, 14, 0), "st. patrick's day": ("fixed", 3, 17, 0),
    "independence day": ("fixed", 7, 4, 0), "halloween": ("fixed", 10, 31, 0),
    "veterans day": ("fixed", 11, 11, 0), "christmas eve": ("fixed", 12, 24, 0),
    "christmas": ("fixed", 12, 25, 0), "christmas day": ("fixed", 12, 25, 0),
    "boxing day": ("fixed", 12, 26, 0),
    "martin luther king day": ("nth", 1, 0, 3), "presidents' day": ("nth", 2, 0, 3),
    "mother's day": ("nth", 5, 6, 2), "memorial day": ("nth", 5, 0, -1),
    "father's day": ("nth", 6, 6, 3), "labor day": ("nth", 9, 0, 1),
    "thanksgiving": ("nth", 11, 3, 4), "thanksgiving day": ("nth", 11, 3, 4),
    "election day": ("election", 11, 1, 0),
    "easter": ("easter", 0, 0, 0), "easter sunday": ("easter", 0, 0, 0),
    "good friday": ("easter", -2, 0, 0), "easter monday": ("easter", 1, 0, 0),
    "black friday": ("after_thanksgiving", 1, 0, 0), "cyber monday": ("after_thanksgiving", 4, 0, 0),
}  # fmt: skip

# Trigger words: every rule names the classes of word it cannot match without, and the finder
# runs a rule only in windows around such words, which keeps tagging fast on long text.
# Runs of digits get classes by their shape ("year", "slash_date", "clock", "decade", "ordinal",
# see finder.py). Lowercase, whole words.
TRIGGERS: dict[str, frozenset[str]] = {
    "month": frozenset(MONTHS),
    "weekday": frozenset(WEEKDAYS) | frozenset(day + "s" for day in WEEKDAYS) | frozenset(
        a.rstrip(".").lower() for a in WEEKDAY_ABBREVIATIONS),
    "unit": frozenset(UNITS) | frozenset(u + "s" for u in UNITS) | {
        "centuries", "weekend", "weekends"},
    "relative_day": frozenset(RELATIVE_DAYS),
    "part_of_day": frozenset(PARTS_OF_DAY),
    "overnight": frozenset({"overnight"}),
    "season": frozenset(SEASONS),
    "vague": frozenset(phrase.split()[-1] for phrase in VAGUE_REFERENCES),
    "set": frozenset(SET_WORDS) | {"every", "each", "once", "twice", "times"},
    "period": frozenset({"period"}),
    "period_code": frozenset(PERIOD_CODES),
    "spelled_year": frozenset({"nineteen", "eighteen", "thousand"}),
    "clock": frozenset({"noon", "midnight", "midday"}),
    "half": frozenset({"half"}),
    "holiday": frozenset(name.split()[0].split("'")[0] for name in HOLIDAYS),
    "decade_word": frozenset(DECADE_WORDS),
    "vague_duration": frozenset(phrase.split()[-1] for phrase in VAGUE_DURATIONS),
    "then": frozenset({"then"}),
    # "FY2024", "FY24", "FY 2024": the year is fused to the letters, so each fused form is a word.
    "fiscal_code": frozenset({"fy"} | {f"fy{n:02d}" for n in range(100)}
                             | {f"fy{y}" for y in range(1900, 2100)}),
}  # fmt: skip

# Verbs that give the day a fiscal period closes on: "the quarter ended Sept. 30", "whose fiscal
# year ends June 30", "the three months ending in October". The past ones put the closing day
# on or before the story's date; the others at the nearest such day.
PAST_CLOSING_VERBS: frozenset[str] = frozenset({"ended", "closed"})
CLOSING_VERBS: frozenset[str] = PAST_CLOSING_VERBS | frozenset({
    "ends", "ending", "end", "closes", "closing",
})  # fmt: skip
# Words that mark a period as a fiscal one ("fiscal 2004", "FY2004", "the fiscal first quarter").
FISCAL_MARKS: tuple[str, ...] = ("fiscal", "fy")
