"""Names that exist only from a known year on, or ended in one, as evidence for a story's year.

A story that speaks of "the former Soviet Union", "the euro zone", "COVID-19" or "Brexit" cannot
be older than the thing or the word: these are lower bounds, facts of general knowledge written
here as data (the year the thing began or the word came into news use, whichever is earlier).
A name that ceased to exist ("the Soviet Union", "West Germany", "Deutsche marks") is spoken of
in history long after, so only its uses as something current ("Soviet officials said", "a West
German bank", a price in marks) bound the story from above, and softly.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from newstimeline.text import sentence_at, sentence_spans

# (pattern, first year it can appear in news, what it is). Patterns are case-sensitive: "Euro
# Disney" (1992) and "Eurobonds" (the 1960s) are not the currency, a bird's "twitter" is not the
# service. The first year is the earliest the name was in use, so a story in that year fits.
# Names used before the thing under another meaning are left out ("Islamic State", a goal of
# several movements; "Arab Spring", said of 2005; "Hurricane Katrina", a name used before 2005).
ERA_TERMS: tuple[tuple[str, int, str], ...] = (
    # States that ended: only the noun counts, since "former Soviet leader Khrushchev" or
    # "former East German leader Honecker" is a former officeholder of a state still standing.
    (r"\b(?:[Ff]ormer|ex-)\s?Soviet (?:Union|republics?|states?)\b", 1991,
     "the Soviet Union dissolved in December 1991"),
    (r"\b[Ff]ormer Yugoslavia\b|\b[Ff]ormer Yugoslav republics?\b", 1991,
     "Yugoslavia broke up from 1991"),
    (r"\b[Ff]ormer East Germany\b", 1990, "Germany reunified in October 1990"),
    (r"\b[Ff]ormer Czechoslovakia\b", 1993, "Czechoslovakia split on January 1, 1993"),
    # Unions, currencies and institutions that began
    (r"\bEuropean Union\b", 1992, "the Maastricht treaty on European Union, signed 1992"),
    (r"\b[Ee]uro ?zone\b|\b[Ee]uro area\b", 1996, "the euro's members, named from 1996"),
    (r"\beuros?\b(?!-)", 1995, "the euro was named in December 1995"),
    (r"\bWorld Trade Organi[sz]ation\b", 1993, "the WTO was agreed in December 1993"),
    (r"\bDepartment of Homeland Security\b|\bHomeland Security (?:Department|Secretary)\b",
     2002, "the department was created in 2002"),
    (r"\bAffordable Care Act\b", 2009, "the health law of 2009-2010"),
    (r"\bObamacare\b", 2007, "the word for Obama's health plan, from 2007"),
    (r"\bNAFTA\b|\bNorth American Free Trade Agreement\b", 1990, "talks began in 1990"),
    (r"\bUSMCA\b", 2018, "the trade agreement that replaced NAFTA, 2018"),
    (r"\bTaliban\b", 1994, "the movement arose in 1994"),
    # News agencies and places under names they took in a known year (the old name then fell
    # out of news use; names still written both ways, as "Burma", are left out).
    (r"\bITAR-(?:Tass|TASS)\b", 1992, "Tass was renamed ITAR-Tass in January 1992"),
    (r"\bCzech Republic\b", 1990, "the Czech part of Czechoslovakia, so named from 1990"),
    (r"\bMyanmar\b", 1989, "Burma renamed itself Myanmar in 1989"),
    (r"\bMumbai\b", 1995, "Bombay renamed in 1995"),
    (r"\bChennai\b", 1996, "Madras renamed in 1996"),
    (r"\bKolkata\b", 2001, "Calcutta renamed in 2001"),
    (r"\bNorth Macedonia\b", 2018, "the name agreed with Greece in 2018"),
    (r"\bEswatini\b", 2018, "Swaziland renamed in 2018"),
    # Events whose name dates them
    (r"\bOperation Desert (?:Storm|Shield)\b", 1990, "the Gulf war of 1990-1991"),
    (r"\bY2K\b", 1995, "the year-2000 computer problem, named in 1995"),
    (r"\bSARS (?:outbreak|epidemic|virus)\b", 2003, "the disease was named in 2003"),
    (r"\bOccupy Wall Street\b", 2011, "the protests of 2011"),
    (r"\bBrexit\b", 2012, "the word was coined in 2012"),
    (r"\bBlack Lives Matter\b", 2013, "the movement began in 2013"),
    (r"\bCOVID(?:-19)?\b|\bCovid(?:-19)?\b|\bSARS-CoV-2\b", 2020,
     "the disease was named in February 2020"),
    (r"\bOmicron variant\b|\bDelta variant\b", 2021, "variants named in 2021"),
    (r"\bmpox\b", 2022, "the name given in November 2022"),
    # Products and services, by the year they were introduced (or renamed)
    (r"\bWorld Wide Web\b", 1990, "proposed in 1989-1990"),
    (r"\b[Ww]eb ?sites?\b", 1993, "the Web opened to the public in 1991-1993"),
    (r"\bDVDs?\b", 1995, "the format was agreed in 1995"),
    (r"\beBay\b|\bAmazon\.com\b", 1995, "founded in 1995"),
    (r"\bNetflix\b", 1997, "founded in 1997"),
    (r"\bWi-?Fi\b", 1999, "named in 1999"),
    (r"\bGoogle\b", 1998, "founded in 1998"),
    (r"\bSpaceX\b", 2002, "founded in 2002"),
    (r"\bAirbnb\b", 2008, "founded in 2008"),
    (r"\bEthereum\b", 2014, "proposed in 2013-2014"),
    (r"\bAlphabet Inc\b", 2015, "Google's parent from 2015"),
    (r"\b[Nn]on-fungible tokens?\b|\bNFTs\b", 2017, "from 2017"),
    (r"\bMeta Platforms\b", 2021, "Facebook's parent renamed in October 2021"),
    (r"\bformerly (?:known as )?Twitter\b", 2023, "Twitter renamed X in July 2023"),
    (r"\bWikipedia\b", 2001, "founded in 2001"),
    (r"\biPods?\b", 2001, "introduced in 2001"),
    (r"\bFacebook\b", 2004, "founded in 2004"),
    (r"\bYouTube\b", 2005, "founded in 2005"),
    (r"\bTwitter\b", 2006, "founded in 2006"),
    (r"\biPhones?\b", 2007, "introduced in 2007"),
    (r"\b[Bb]itcoins?\b", 2008, "described in 2008"),
    (r"\bWhatsApp\b", 2009, "founded in 2009"),
    (r"\biPads?\b", 2010, "introduced in 2010"),
    (r"\bInstagram\b", 2010, "founded in 2010"),
    (r"\bTikTok\b", 2016, "launched in 2016-2017"),
    (r"\bChatGPT\b", 2022, "released in November 2022"),
)  # fmt: skip

# Events and agreements whose name dates them, to the year: a lower bound as above, and a year
# the text names in effect, so that "the 10th anniversary of the Sept. 11 attacks" leads from 2001.
ERA_EVENTS: tuple[tuple[str, int, str], ...] = (
    (r"\bSept(?:ember|\.)? 11(?:th)?,? (?:2001,? )?(?:attacks?|terror)|\b9/11\b(?!/)", 2001,
     "the attacks of September 11, 2001"),
    (r"\bWatergate (?:scandal|affair|break-in|hearings)\b", 1972, "the break-in of June 1972"),
    (r"\bChernobyl (?:disaster|accident|catastrophe|explosion)\b", 1986, "April 1986"),
    (r"\b(?:[Ss]pace [Ss]huttle )?Challenger (?:disaster|explosion|accident)\b", 1986,
     "January 1986"),
    (r"\bIran-[Cc]ontra\b", 1986, "the affair came to light in November 1986"),
    (r"\bLockerbie bombing\b", 1988, "December 1988"),
    (r"\bExxon Valdez (?:oil )?spill\b", 1989, "March 1989"),
    (r"\b(?:fall|collapse) of the Berlin Wall\b", 1989, "November 1989"),
    (r"\bTiananmen (?:Square )?(?:crackdown|massacre|killings)\b", 1989, "June 1989"),
    (r"\b(?:German|Germany's) reunification\b|\breunification of Germany\b", 1990,
     "October 1990"),
    (r"\bOslo (?:[Aa]ccords?|peace accords?)\b", 1993, "signed in 1993"),
    (r"\bRwandan genocide\b|\bgenocide in Rwanda\b", 1994, "April-July 1994"),
    (r"\bSrebrenica massacre\b|\bmassacre (?:at|in) Srebrenica\b", 1995, "July 1995"),
    (r"\b(?:handover|return) of Hong Kong\b|\bHong Kong(?:'s)? handover\b", 1997, "July 1997"),
    (r"\bAsian financial crisis\b", 1997, "from July 1997"),
    (r"\b(?:launch|introduction) of the euro\b|\beuro's launch\b", 1999, "January 1999"),
    (r"\bColumbine (?:High School )?(?:shootings?|massacre)\b", 1999, "April 1999"),
    (r"\b(?:Indian Ocean|Asian|Boxing Day) tsunami\b", 2004, "December 2004"),
    (r"\bDeepwater Horizon\b(?: (?:oil )?(?:spill|explosion|disaster))", 2010, "April 2010"),
    (r"\bFukushima (?:nuclear )?(?:disaster|accident|meltdowns?|crisis)\b", 2011, "March 2011"),
    (r"\bOklahoma City bombing\b", 1995, "April 1995"),
    # Terrorist attacks that news goes on naming by their place for years after.
    (r"\bKhobar Towers\b", 1996, "the bombing of June 1996"),
    # Within a sentence: a dot counts only after an initial ("the U.S. embassies").
    (r"\b(?:bomb\w*|blasts?|attacks?|explo\w+)\b(?:[^.]|(?<=\b[A-Z])\.){0,60}\b[Ee]mbass(?:y|ies)\b"
     r"(?:[^.]|(?<=\b[A-Z])\.){0,40}\b(?:Kenya|Nairobi|Tanzania|Dar es Salaam)|"
     r"\b[Ee]mbassy (?:bombings?|blasts?|attacks?)\b(?:[^.]|(?<=\b[A-Z])\.){0,30}"
     r"\b(?:Kenya|Nairobi|Tanzania|Dar es Salaam|East Africa)", 1998,
     "the bombings of the US embassies in Kenya and Tanzania, August 1998"),
    (r"\bOlympic [Pp]ark bombing\b", 1996, "the Atlanta Olympics bombing, July 1996"),
    (r"\bUSS Cole\b", 2000, "the bombing of October 2000"),
    (r"\bBali (?:bombings?|attacks?|blasts?)\b", 2002, "October 2002"),
    (r"\bMadrid (?:train )?(?:bombings?|attacks?)\b", 2004, "March 2004"),
    (r"\bBeslan (?:school|siege|hostage|massacre|tragedy)", 2004, "the school siege of September 2004"),
    (r"\b(?:7/7|July 7) (?:bombings?|attacks?)\b|\bLondon (?:transit |transport |Tube )?"
     r"bombings\b", 2005, "July 2005"),
    (r"\bMumbai (?:terror )?(?:attacks?|siege)\b", 2008, "November 2008"),
    (r"\bBoston Marathon bombings?\b", 2013, "April 2013"),
    # The magazine is older: only the attack on it.
    (r"\b(?:attacks? on|shooting at|massacre at) Charlie Hebdo\b|"
     r"\bCharlie Hebdo (?:attacks?|shootings?|massacre)\b", 2015, "January 2015"),
    (r"\bDayton (?:[Aa]ccords?|peace accords?|peace agreement)\b", 1995, "signed in 1995"),
    (r"\bKyoto [Pp]rotocol\b", 1997, "adopted in December 1997"),
    (r"\bGood Friday [Aa]greement\b", 1998, "signed in April 1998"),
    (r"\bLehman Brothers(?:'s?)? (?:collapse|bankruptcy|failure)\b|"
     r"\b(?:collapse|bankruptcy|failure) of Lehman Brothers\b", 2008, "September 2008"),
    (r"\bannexation of (?:the )?Crimea\b|\bannexed (?:the )?Crimea\b", 2014, "March 2014"),
    # Only with "climate": "the Paris agreement" also names the 1973 accords on Vietnam.
    (r"\bParis climate (?:[Aa]greement|[Aa]ccords?|deal|pact)\b", 2015,
     "adopted in December 2015"),
)  # fmt: skip

# Games named by their host ("the Sydney Olympics", "the Lillehammer Games", "the World Cup in
# Qatar"): the year they are held, named in effect as "the 2000 Olympics" names it, near the
# story on either side (bids are won years ahead). (host, year) for the Summer and Winter
# Olympics and the men's football World Cup since 1960, leaving out hosts of two editions in
# that time (Tokyo, Los Angeles, Beijing, Innsbruck, Mexico, Germany, the United States), whose
# name alone is no year ("the Beijing Winter Games" is).
SUMMER_OLYMPIC_HOSTS: tuple[tuple[str, int], ...] = (
    ("Rome", 1960), ("Munich", 1972), ("Montreal", 1976), ("Moscow", 1980), ("Seoul", 1988),
    ("Barcelona", 1992), ("Atlanta", 1996), ("Sydney", 2000), ("Athens", 2004),
    ("London", 2012), ("Rio", 2016), ("Rio de Janeiro", 2016), ("Paris", 2024),
    ("Brisbane", 2032),
)  # fmt: skip
WINTER_OLYMPIC_HOSTS: tuple[tuple[str, int], ...] = (
    ("Grenoble", 1968), ("Sapporo", 1972), ("Lake Placid", 1980), ("Sarajevo", 1984),
    ("Calgary", 1988), ("Albertville", 1992), ("Lillehammer", 1994), ("Nagano", 1998),
    ("Salt Lake City", 2002), ("Salt Lake", 2002), ("Turin", 2006), ("Torino", 2006),
    ("Vancouver", 2010), ("Sochi", 2014), ("Pyeongchang", 2018), ("PyeongChang", 2018),
    ("Beijing Winter", 2022), ("Milan-Cortina", 2026), ("Milan Cortina", 2026),
)  # fmt: skip
WORLD_CUP_HOSTS: tuple[tuple[str, int], ...] = (
    ("England", 1966), ("Argentina", 1978), ("Spain", 1982), ("Italy", 1990),
    ("France", 1998), ("South Korea and Japan", 2002), ("Japan and South Korea", 2002),
    ("South Africa", 2010), ("Brazil", 2014), ("Russia", 2018), ("Qatar", 2022),
)  # fmt: skip
_GAMES = r"(?:Summer |Winter )?(?:Olympics|Olympic Games|Games|Paralympics)"


def _occasion_patterns() -> tuple[tuple[re.Pattern[str], int], ...]:
    rows: list[tuple[str, int]] = []
    for host, year in SUMMER_OLYMPIC_HOSTS + WINTER_OLYMPIC_HOSTS:
        # "the Sydney Olympics", "the Nagano Winter Games", "the Games in Lillehammer"; the
        # Winter Games of a Summer host ("Beijing Winter") come first, as a longer name.
        rows.append((rf"\b{host} {_GAMES}\b|\b{_GAMES} in {host}\b(?! Winter)", year))
    for host, year in WORLD_CUP_HOSTS:
        rows.append((rf"\b{host} World Cup\b|\bWorld Cup (?:finals )?in {host}\b", year))
    rows.sort(key=lambda row: -len(row[0]))
    return tuple((re.compile(pattern), year) for pattern, year in rows)


_OCCASIONS = _occasion_patterns()


def find_occasions(text: str) -> list[tuple[str, int]]:
    """The games the text names by their host, with the year they are held: each once."""
    found: list[tuple[str, int]] = []
    taken: list[tuple[int, int]] = []
    for pattern, year in _OCCASIONS:
        if m := first_free_match(pattern, text, taken):
            found.append((m[0], year))
            taken.append(m.span())
    return found


def first_free_match(pattern: re.Pattern[str], text: str, taken: list[tuple[int, int]]
                     ) -> re.Match[str] | None:
    """The first match of ``pattern`` in ``text`` that overlaps none of the ``taken`` spans."""
    for m in pattern.finditer(text):
        if not any(start < m.end() and m.start() < end for start, end in taken):
            return m
    return None


# Institutions whose founding news dates by its anniversaries ("the creation of NATO 50 years
# ago", "the United Nations' 75th anniversary"): (pattern, year founded, what).
FOUNDINGS: tuple[tuple[str, int, str], ...] = (
    (r"\bNATO\b|\bNorth Atlantic Treaty Organi[sz]ation\b|\bNorth Atlantic alliance\b", 1949,
     "the North Atlantic Treaty, April 1949"),
    (r"\bUnited Nations\b|\bU\.N\.(?=[ ']|$)", 1945, "the UN Charter, October 1945"),
    (r"\bOPEC\b", 1960, "founded in September 1960"),
    (r"\bASEAN\b", 1967, "founded in August 1967"),
    (r"\bWarsaw Pact\b", 1955, "signed in May 1955"),
    (r"\bPeople's Republic of China\b", 1949, "proclaimed in October 1949"),
    (r"\b(?:[Ss]tate of )?Israel\b", 1948, "independence in May 1948"),
)  # fmt: skip
# A sentence that tells of the founding itself, not of something the body did since.
# ("formed" is left out: "Israel formed a government two years ago" tells of no founding.)
FOUNDING_WORDS = re.compile(r"\b(?:creat(?:ion|ed)|found(?:ing|ed|ation)|birth|establish(?:ed|"
                            r"ment)|formation|anniversar(?:y|ies)|independence)\b|-year-old\b")
_COMPILED_FOUNDINGS: tuple[tuple[re.Pattern[str], int], ...] = tuple(
    (re.compile(pattern), year) for pattern, year, _ in FOUNDINGS)


def founding_sentences(text: str) -> list[tuple[int, tuple[int, int]]]:
    """The founding years of institutions named in sentences that tell of their founding or age,
    with those sentences: "the creation of NATO 50 years ago" (1949)."""
    found: list[tuple[int, tuple[int, int]]] = []
    sentences = sentence_spans(text)
    for pattern, year in _COMPILED_FOUNDINGS:
        for m in pattern.finditer(text):
            sentence = sentence_at(sentences, m.start())
            if FOUNDING_WORDS.search(text, *sentence) and (year, sentence) not in found:
                found.append((year, sentence))
    return found


# Names of things that ended, spoken of as current: a state acting now ("Soviet officials said",
# "West Germany's second-largest bank"), a currency prices are quoted in ("40 million marks")
# (pattern, last year it was current, what it is). History speaks of them long after ("born in
# West Germany", "the 1979 Soviet invasion"), so these bound the story softly; "former",
# "then-", "ex-" and "formerly" before the name say it is gone and are left out.
ERA_UNTIL_TERMS: tuple[tuple[str, int, str], ...] = (
    (r"\bSoviet (?:officials?|government|authorities|spokes(?:man|woman)|Foreign Ministry|"
     r"Foreign Minister|Defense Ministry|news agency|leadership|legislature|parliament|"
     r"negotiators?|diplomats?|delegation|[Ee]mbassy)\b|"
     r"\bthe Soviet Union (?:says|said|is|has|will|wants|plans)\b|"
     r"\b(?:with|to) the Soviets\b", 1991, "the Soviet Union dissolved in December 1991"),
    (r"\bWest German(?:y|y's)?\b", 1990, "Germany reunified in October 1990"),
    (r"\bEast German(?:y|y's)?\b", 1990, "Germany reunified in October 1990"),
    (r"\bEuropean Community\b", 1994, "renamed the European Union from 1993"),
    (r"\bITAR-(?:Tass|TASS)\b", 2014, "renamed TASS in 2014"),
    # "the Zaire strain" of Ebola keeps the old name.
    (r"\bZaire\b(?! (?:strain|ebolavirus|species|virus))", 1997,
     "renamed the Democratic Republic of Congo in 1997"),
    # Not "escudos" (Cape Verde's) or "punts" (football's).
    (r"\b(?:Deutsche ?marks?|D-marks?|French francs|Italian lire|lire|pesetas|drachmas|"
     r"guilders|Austrian schillings|Belgian francs|Irish pounds)\b", 2001,
     "euro notes and coins replaced them in 2002"),
)  # fmt: skip
# Words before a name that say the thing is gone ("former West Germany", "then-Soviet").
GONE_WORDS: frozenset[str] = frozenset({"former", "formerly", "then", "ex", "old", "late",
                                        "defunct", "post"})  # fmt: skip

_COMPILED: tuple[tuple[re.Pattern[str], int, str, bool], ...] = tuple(
    (re.compile(pattern), first, what, event)
    for rows, event in ((ERA_EVENTS, True), (ERA_TERMS, False))
    for pattern, first, what in rows)


_COMPILED_UNTIL: tuple[tuple[re.Pattern[str], int, str], ...] = tuple(
    (re.compile(pattern), last, what) for pattern, last, what in ERA_UNTIL_TERMS)
_WORD_BEFORE = re.compile(r"([A-Za-z]+)[ -]$")
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


@dataclass(frozen=True, slots=True)
class EraEvidence:
    """A name the text uses that exists only from ``first`` on (or is current until ``last``)."""

    phrase: str
    first: int | None
    what: str
    last: int | None = None
    event: bool = False
    """An event of the year ``first`` ("the Sept. 11 attacks"): spans may lead from it."""


def find_era_terms(text: str) -> list[EraEvidence]:
    """The era names the text uses: the first match of each table row, a word counting once
    ("euro zone" is not also "euro": rows run specific first)."""
    found: list[EraEvidence] = []
    taken: list[tuple[int, int]] = []
    for pattern, first, what, event in _COMPILED:
        if m := first_free_match(pattern, text, taken):
            found.append(EraEvidence(m[0], first, what, event=event))
        taken.extend(m.span() for m in pattern.finditer(text))
    return found


def find_until_terms(text: str) -> list[EraEvidence]:
    """Names of things that ended, spoken of as current: the first such use of each table row."""
    found: list[EraEvidence] = []
    sentences = sentence_spans(text)
    for pattern, last, what in _COMPILED_UNTIL:
        for m in pattern.finditer(text):
            before = _WORD_BEFORE.search(text, max(0, m.start() - 12), m.start())
            if before and before[1].lower() in GONE_WORDS:
                continue
            # History told with its year: "adding Greece and Turkey in 1952, West Germany in 1955".
            start, end = sentence_at(sentences, m.start())
            if any(int(y) <= last for y in _YEAR.findall(text, start, end)):
                continue
            found.append(EraEvidence(m[0], None, what, last=last))
            break
    return found
