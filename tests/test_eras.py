"""Names that exist only from a known year on bound the story's year from below."""

from __future__ import annotations

import pytest

from newstimeline.dct import ERA_AFTER_LAST, era_likelihood, infer_year
from newstimeline.eras import EraEvidence, find_era_terms, find_occasions, find_until_terms
from newstimeline.timex import find_mentions
from tests.dct_stories import REFERENCE, infer_story_year


@pytest.mark.parametrize("text, phrase, first", [
    ("Oil output in the former Soviet Union fell 9 percent.", "former Soviet Union", 1991),
    ("The bank lent 40 million euros to the port authority.", "euros", 1995),
    ("Inflation in the euro zone slowed to 2.1 percent.", "euro zone", 1996),
    ("The Homeland Security Department raised the alert level.",
     "Homeland Security Department", 2002),
    ("Hospitals braced for a new wave of COVID-19 cases.", "COVID-19", 2020),
    ("Sterling fell as Brexit talks stalled.", "Brexit", 2012),
    ("The senator said on Twitter that she would vote no.", "Twitter", 2006),
    ("Families of the victims of the Sept. 11 attacks met the president.",
     "Sept. 11 attacks", 2001),
    ("Germany has changed beyond recognition since the fall of the Berlin Wall.",
     "fall of the Berlin Wall", 1989),
    ("Washington said it would rejoin the Paris climate agreement.",
     "Paris climate agreement", 2015),
    ("Moscow annexed Crimea after a disputed referendum.", "annexed Crimea", 2014),
    ("He posted the video on X, formerly known as Twitter.", "formerly known as Twitter", 2023),
    ("The ministry put the list on its Web site.", "Web site", 1993),
])
def test_an_era_name_is_found_with_the_year_it_began(text: str, phrase: str, first: int) -> None:
    assert [(e.phrase, e.first) for e in find_era_terms(text)] == [(phrase, first)]


@pytest.mark.parametrize("text", [
    # A former officeholder of a state still standing, not the state gone.
    "Former Soviet leader Nikita Khrushchev denounced Stalin in 1956.",
    # "Euro" names and prefixes that are not the currency.
    "Euro Disney drew 11 million visitors, and Eurobonds rallied.",
    "Trading in euro-yen futures was light.",
    # A date written with slashes, not the attacks.
    "The note was dated 9/11/87.",
    # The 1973 accords on Vietnam, not the climate agreement.
    "Kissinger defended the Paris agreement on Vietnam.",
])
def test_a_look_alike_is_no_era_name(text: str) -> None:
    assert find_era_terms(text) == []


def test_an_era_name_rules_out_the_years_before_it() -> None:
    # A lead weekday alone leaves every year whose March 6 is a Friday; "euro zone" removes the
    # ones before 1996 (1987, 1992) from the candidates.
    text = ("FRANKFURT, March 6 (Reuters) - The European Central Bank left rates unchanged on "
            "Friday, saying inflation in the euro zone was under control.")
    result = infer_year(text, find_mentions(text), 3, 6, REFERENCE)
    assert result.year == 2026
    assert [y for y in result.candidates if y < 1996] == []
    assert ('"euro zone" puts the story in 1996 or later (the euro\'s members, named from 1996)'
            in result.explanation)
    without = "FRANKFURT, March 6 (Reuters) - The central bank left rates unchanged on Friday."
    assert 1992 in infer_year(without, find_mentions(without), 3, 6, REFERENCE).candidates


def test_era_evidence_records_what_the_name_is() -> None:
    assert find_era_terms("Brexit talks stalled.") == [
        EraEvidence("Brexit", 2012, "the word was coined in 2012")]


@pytest.mark.parametrize("text, phrase, last", [
    ("Soviet officials also said women and children would be allowed to leave Iraq.",
     "Soviet officials", 1991),
    ("The approval permits West Germany's second-largest bank to acquire the stake.",
     "West Germany", 1990),
    ("The bid values the company at 1,850 French francs a share.", "French francs", 2001),
    ("The company is negotiating with the Soviets to build a truck plant.",
     "with the Soviets", 1991),
])
def test_a_name_of_a_thing_that_ended_spoken_of_as_current_is_found(
        text: str, phrase: str, last: int) -> None:
    assert [(e.phrase, e.last) for e in find_until_terms(text)] == [(phrase, last)]


@pytest.mark.parametrize("text", [
    "Former West German Chancellor Helmut Schmidt spoke in Hamburg.",
    "Poverty deepened during the post-Soviet transition.",
    "Doctors confirmed the Zaire strain of Ebola in the outbreak.",
    "The Jets were forced to punt twice; both punts went out of bounds.",
    # History told with its year.
    "The alliance added Greece and Turkey in 1952, West Germany in 1955 and Spain in 1982.",
])
def test_an_ended_name_told_as_history_bounds_nothing(text: str) -> None:
    assert find_until_terms(text) == []


def test_an_ended_name_spoken_of_as_current_bounds_the_story_from_above_softly() -> None:
    # "after Jan. 1, 1990" alone leaves 1991 likeliest; a West German bank acting now puts the
    # story in 1990 or before.
    text = ("PARIS, Oct. 27 - West German and French authorities have cleared the sale. The bank "
            "has an option to buy a 30% stake in BIP after Jan. 1, 1990 at 1,015 francs a share.")
    result = infer_year(text, find_mentions(text), 10, 27, REFERENCE)
    assert (result.year, result.candidates[:2]) == (1989, [1990, 1988])
    assert ('"West German", spoken of as current, puts the story in 1990 or before'
            in result.explanation)
    assert era_likelihood(1991, find_until_terms(text)[0]) == ERA_AFTER_LAST


def test_an_anniversary_of_a_named_event_leads_from_the_event_s_year() -> None:
    # No year is written; "the Sept. 11 attacks" are of 2001, so the 10th anniversary is 2011
    # (September 11 is a Sunday in 2011 as in 2005, 2016 and 2022).
    text = ("NEW YORK, Sept. 11 (AP) - Families gathered at ground zero on Sunday to mark the 10th "
            "anniversary of the Sept. 11 attacks.")
    assert [(e.phrase, e.first, e.event) for e in find_era_terms(text)] == [
        ("Sept. 11 attacks", 2001, True)]
    result = infer_story_year(text, 9, 11)
    assert result.year == 2011
    assert '"10th anniversary" leads from 2001 to 2011' in result.explanation


@pytest.mark.parametrize("text, phrase, first", [
    ("The report was carried by the ITAR-Tass news agency.", "ITAR-Tass", 1992),
    ("Floods cut the rail line between Mumbai and Pune.", "Mumbai", 1995),
    ("The junta in Myanmar freed two reporters.", "Myanmar", 1989),
    ("Police in Kenya arrested a suspect in the bombings at the U.S. embassies in Nairobi and "
     "Dar es Salaam.", "bombings at the U.S. embassies in Nairobi and Dar es Salaam", 1998),
    ("Tourism has not recovered since the embassy bombings in East Africa.",
     "embassy bombings in East Africa", 1998),
    ("Survivors of the Bali bombings testified in Denpasar.", "Bali bombings", 2002),
    ("A memorial to the Madrid train bombings was unveiled at Atocha.",
     "Madrid train bombings", 2004),
    ("The sailors killed on the USS Cole were honored in Norfolk.", "USS Cole", 2000),
    ("Rudolph was charged in the Olympic Park bombing.", "Olympic Park bombing", 1996),
    ("Airlines cut routes hit by the Asian financial crisis.", "Asian financial crisis", 1997),
    ("Beijing still bans any mention of the Tiananmen Square crackdown.",
     "Tiananmen Square crackdown", 1989),
    ("Tokyo Electric still pumps water onto the reactors after the Fukushima nuclear disaster.",
     "Fukushima nuclear disaster", 2011),
    ("Prices were rounded up after the introduction of the euro.", "introduction of the euro",
     1999),
])
def test_renamed_places_and_attacks_named_by_place_have_a_first_year(
        text: str, phrase: str, first: int) -> None:
    assert [(e.phrase, e.first) for e in find_era_terms(text)] == [(phrase, first)]


@pytest.mark.parametrize("text", [
    # The magazine, not the attack on it.
    "Charlie Hebdo printed the cartoons again.",
    # An embassy in Nairobi with no attack on it.
    "The U.S. Embassy in Nairobi issued new visa rules.",
])
def test_a_place_of_an_attack_alone_is_no_event(text: str) -> None:
    assert find_era_terms(text) == []


def test_itar_tass_reporting_now_puts_the_story_before_2014_softly() -> None:
    # The agency took back the name TASS in 2014.
    text = "The mayor's office said so, according to ITAR-Tass."
    assert [(e.phrase, e.last) for e in find_until_terms(text)] == [("ITAR-Tass", 2014)]


def test_a_named_event_pulls_the_story_near_its_year() -> None:
    # No year is written. August 12 is a Wednesday in 1998, 2009, 2015 and 2020: the bombings
    # of August 1998 make their own year the likeliest (before, every one fit alike and the
    # latest, 2020, was taken).
    text = ("NAIROBI, Kenya, Aug. 12 (AP) - Rescuers pulled the last bodies from the rubble on "
            "Wednesday, five days after the bombings at the U.S. embassies in Kenya and "
            "Tanzania.")
    result = infer_story_year(text, 8, 12)
    assert result.year == 1998


def test_an_event_s_year_is_no_year_last_year_names() -> None:
    # "last year" is set beside no year the text writes: the bombings (1998) are not what it
    # names, so 1999 gains nothing from it and the event's own year stays likeliest.
    text = ("WASHINGTON, Sept. 7 - Tourism revenues dropped to $300 million last year. The "
            "bombings at the American embassies in Kenya and Tanzania have frightened away "
            "travelers.")
    result = infer_year(text, find_mentions(text), 9, 7, REFERENCE)
    assert result.year == 1998


@pytest.mark.parametrize("text, found", [
    ("Skaters arrived for the Nagano Winter Olympics.", [("Nagano Winter Olympics", 1998)]),
    ("Tickets for the Sydney Olympics went on sale.", [("Sydney Olympics", 2000)]),
    ("The Beijing Winter Games drew few foreign fans.", [("Beijing Winter Games", 2022)]),
    ("Athens spent billions on the Athens Olympics.", [("Athens Olympics", 2004)]),
    ("Migrant workers built the stadiums for the World Cup in Qatar.",
     [("World Cup in Qatar", 2022)]),
    # A host of two editions in the window names no year; lowercase "games" are matches.
    ("The Tokyo Olympics were postponed.", []),
    ("Beijing spent billions on the Beijing Olympics.", []),
    ("The Atlanta games were sold out.", []),
])
def test_games_named_by_their_host_name_their_year(text: str, found: list[tuple[str, int]]
                                                   ) -> None:
    assert find_occasions(text) == found


def test_games_named_by_their_host_pull_the_story_near_their_year() -> None:
    # No year is written; February 13 is a Friday in 1998, 2004, 2009, 2015 and 2026. The Nagano
    # Games name 1998 as "the 1998 Olympics" would (before: 2026, the latest Friday).
    text = ("NAGANO, Japan, Feb. 13 (AP) - Fog delayed the men's downhill again on Friday, the "
            "third postponement of the Nagano Olympics.")
    result = infer_story_year(text, 2, 13)
    assert result.year == 1998


def test_a_crisis_named_without_its_year_dates_the_story_near_it() -> None:
    # February 13 is a Friday in 1998, 2004, 2009, 2015 and 2026: the Asian financial crisis
    # (from July 1997) makes 1998 likeliest (before: 2026).
    text = ("CANBERRA, Australia, Feb. 13 (AP) - Qantas will double its flights to India in "
            "search of markets untouched by the Asian financial crisis, the airline said Friday.")
    result = infer_story_year(text, 2, 13)
    assert result.year == 1998


def test_a_named_event_dated_without_a_year_is_of_the_story_s_year() -> None:
    # August 20 is a Thursday in 1998 and 2009, and 1999 is a year after the bombings, as near
    # as their own: "on Aug. 7", written without a year, is this year's date in wire copy
    # (before: 1999, at 0.48).
    text = ("WASHINGTON, Aug. 20 (AP) - U.S. missiles struck camps in Afghanistan on Thursday. "
            "The bombings at U.S. embassies in Nairobi and Dar es Salaam on Aug. 7 killed 257 "
            "people.")
    result = infer_story_year(text, 8, 20)
    assert result.year == 1998
    assert '"Aug. 7" names 1998 as the story\'s own year' in result.explanation


def test_a_named_event_last_month_in_a_january_story_is_of_the_year_before() -> None:
    # "last month" in January is December: the 2004 tsunami is a year back (2005), not this
    # year's (January 14 is a Friday in 2005, 2011, 2016 and 2022).
    text = ("COLOMBO, Jan. 14 (Reuters) - Aid agencies said on Friday that the Indian Ocean "
            "tsunami last month had left a million people homeless.")
    result = infer_story_year(text, 1, 14)
    assert result.year == 2005


def test_an_anniversary_of_a_named_event_in_its_sentence_is_a_pin() -> None:
    # The dateline's "March 11" is the anniversary's day, not a date of the disaster: the 10th
    # anniversary leads from 2011 to 2020 or 2021, and March 11 is a Thursday in 2021 (the
    # dateline's date read as the event's put the story in 2011).
    text = ("TOKYO, March 11 (Reuters) - Japan marked the 10th anniversary of the Fukushima "
            "nuclear disaster on Thursday with a minute of silence.")
    result = infer_story_year(text, 3, 11)
    assert (result.year, result.candidates[:1]) == (2021, [2020])
