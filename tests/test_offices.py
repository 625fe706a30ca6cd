"""Titled officeholders as evidence for the year of a story with a yearless dateline."""

from __future__ import annotations

import datetime as dt

import pytest

from newstimeline.dct import OFFICE_OUT_OF_TERM, infer_year, office_likelihood
from newstimeline.offices import HOLDERS, OFFICE_TITLES, OfficeEvidence, find_officeholders
from newstimeline.timex import find_mentions

REFERENCE = dt.date(2026, 11, 28)


def test_titled_holders_are_found_with_their_terms() -> None:
    text = ("Sinn Fein leader Gerry Adams met British Prime Minister Tony Blair 10 days ago and "
            "President Clinton last week.")
    assert find_officeholders(text) == [
        OfficeEvidence("British Prime Minister Tony Blair", ((1997, 2007),)),
        OfficeEvidence("President Clinton", ((1993, 2001),)),
    ]


def test_a_shared_surname_keeps_every_term_of_that_office() -> None:
    found = find_officeholders("President Bush on Tuesday ordered more troops to the Gulf.")
    assert found == [OfficeEvidence("President Bush", ((1989, 1993), (2001, 2009)))]


def test_former_puts_the_story_after_the_term_and_then_or_late_say_nothing() -> None:
    text = ("Former President Jimmy Carter will monitor the vote; the late President Kennedy "
            "and then-Prime Minister Thatcher were also recalled.")
    found = find_officeholders(text)
    assert found == [OfficeEvidence("President Jimmy Carter", ((1977, 1981),), former=True)]
    assert office_likelihood(1995, found[0], 2026) == 1.0
    assert office_likelihood(1979, found[0], 2026) == OFFICE_OUT_OF_TERM


def test_full_name_without_title_and_title_of_another_office_are_not_evidence() -> None:
    assert find_officeholders("Dick Cheney flew to John F. Kennedy airport.") == []
    assert find_officeholders("Prime Minister Clinton") == []
    # The deputy is another office: Eric Holder was attorney general only from 2009.
    assert find_officeholders("``That matter is under review,'' Deputy Attorney General Eric "
                              "Holder said.") == []


def test_a_cabinet_secretary_tells_which_president_bush_is_meant() -> None:
    text = ("WASHINGTON, Aug. 15 (AP) - President Bush said Defense Secretary Dick Cheney would "
            "fly to Saudi Arabia on Thursday.")
    assert find_officeholders(text) == [
        OfficeEvidence("President Bush", ((1989, 1993), (2001, 2009))),
        OfficeEvidence("Defense Secretary Dick Cheney", ((1989, 1993),)),
    ]
    result = infer_year(text, find_mentions(text), 8, 15, REFERENCE)
    assert result.year == 1990
    assert 2007 not in result.candidates  # Bush's second term, without Cheney at Defense


def test_fed_chair_treasury_and_attorney_general_are_dated_by_their_terms() -> None:
    text = ("Federal Reserve Chairman Alan Greenspan, Treasury Secretary Robert Rubin and "
            "Attorney General Janet Reno met Australian Prime Minister John Howard and "
            "Indian Prime Minister Atal Bihari Vajpayee.")
    assert [(o.phrase, o.terms) for o in find_officeholders(text)] == [
        ("Federal Reserve Chairman Alan Greenspan", ((1987, 2006),)),
        ("Treasury Secretary Robert Rubin", ((1995, 1999),)),
        ("Attorney General Janet Reno", ((1993, 2001),)),
        ("Australian Prime Minister John Howard", ((1996, 2007),)),
        ("Indian Prime Minister Atal Bihari Vajpayee", ((1996, 1996), (1998, 2004))),
    ]


def test_serving_holder_term_runs_to_the_reference_year() -> None:
    item = find_officeholders("Russian President Vladimir Putin earlier called for talks.")[0]
    assert item.terms == ((2000, 2008), (2012, None))
    assert office_likelihood(2021, item, 2026) == 1.0
    assert office_likelihood(2010, item, 2026) == OFFICE_OUT_OF_TERM


def test_officeholder_and_lead_weekday_date_a_story_without_years() -> None:
    # March 22 is a Sunday in 1981, 1987, 1992, 1998, 2009, 2015, 2020 and 2026; only 1998 falls
    # in both Blair's and Clinton's terms.
    text = ("BELFAST, March 22 (AP) — Police seized a car bomb Sunday, days after Sinn Fein leader "
            "Gerry Adams met British Prime Minister Tony Blair and President Clinton.")
    result = infer_year(text, find_mentions(text), 3, 22, REFERENCE)
    assert result.year == 1998
    assert '"President Clinton" held office 1993-2001' in result.explanation


def test_every_office_in_the_table_has_titles_and_terms_in_order() -> None:
    for office, _, _, start, end in HOLDERS:
        assert office in OFFICE_TITLES
        assert end is None or start <= end


def test_fbi_and_cia_directors_are_dated_by_their_terms() -> None:
    text = ("Last week, FBI Director Louis Freeh, on an official visit to Mexico, met CIA Director "
            "George Tenet.")
    assert [(o.phrase, o.terms) for o in find_officeholders(text)] == [
        ("FBI Director Louis Freeh", ((1993, 2001),)),
        ("CIA Director George Tenet", ((1997, 2004),)),
    ]


def test_israeli_prime_ministers_are_dated_by_their_terms() -> None:
    text = ("The army will stay in the security zone, said Israeli Prime Minister Benjamin "
            "Netanyahu, as Premier Ehud Barak's supporters and former Prime Minister Shimon "
            "Peres called for a withdrawal.")
    assert [(o.phrase, o.terms, o.former) for o in find_officeholders(text)] == [
        ("Israeli Prime Minister Benjamin Netanyahu", ((1996, 1999), (2009, 2021), (2022, None)),
         False),
        ("Premier Ehud Barak", ((1999, 2001),), False),
        ("Prime Minister Shimon Peres", ((1984, 1986), (1995, 1996)), True),
    ]


def test_an_israeli_prime_minister_and_a_lead_sunday_date_a_story() -> None:
    # March 1 is a Sunday in 1970, 1981, 1987, 1992, 1998, 2009, 2015, 2020 and 2026: of those
    # only 1998 falls in Netanyahu's first term, and 2009, 2015, 2020 and 2026 in later ones.
    text = ("JERUSALEM, March 1 (AP) — Top Israeli officials sent mixed signals Sunday on a "
            "withdrawal from Lebanon. Prime Minister Benjamin Netanyahu told his Cabinet the "
            "army would stay.")
    result = infer_year(text, find_mentions(text), 3, 1, REFERENCE)
    assert sorted([result.year, *result.candidates]) == [1998, 2009, 2015, 2020, 2026]


def test_a_terms_first_and_last_years_count_for_the_part_of_the_year_in_office() -> None:
    # Clinton served 1993-2001: a February story of 2001 falls after most of the terms that end
    # in 2001 have ended; a November story of 1993 falls well inside the first year.
    clinton = OfficeEvidence("President Clinton", ((1993, 2001),))
    assert office_likelihood(2001, clinton, 2026, month=2) == pytest.approx(
        (1 - 1.5 / 12) + 1.5 / 12 * OFFICE_OUT_OF_TERM)
    assert office_likelihood(2001, clinton, 2026, month=12) == pytest.approx(
        0.5 / 12 + 11.5 / 12 * OFFICE_OUT_OF_TERM)
    assert office_likelihood(1993, clinton, 2026, month=11) == pytest.approx(
        10.5 / 12 + 1.5 / 12 * OFFICE_OUT_OF_TERM)
    assert office_likelihood(1997, clinton, 2026, month=2) == 1.0
    # A serving holder's term has no last year yet; without a month every year counts whole.
    serving = OfficeEvidence("President Putin", ((2000, 2008), (2012, None)))
    assert office_likelihood(2026, serving, 2026, month=11) == 1.0
    assert office_likelihood(2001, clinton, 2026) == 1.0


def test_a_december_story_naming_a_president_is_not_from_the_year_his_term_ended() -> None:
    text = ("WASHINGTON, Dec. 14 (AP) — President Clinton signed the spending bill, aides said.")
    result = infer_year(text, find_mentions(text), 12, 14, REFERENCE)
    assert result.year == 2000


@pytest.mark.parametrize("text, phrase, terms", [
    ("Chancellor of the Exchequer Gordon Brown cut the basic rate of income tax.",
     "Chancellor of the Exchequer Gordon Brown", ((1997, 2007),)),
    ("British Foreign Secretary Robin Cook flew to Belgrade on Tuesday.",
     "British Foreign Secretary Robin Cook", ((1997, 2001),)),
    ("South Korean President Kim Dae-jung met the North's leader in Pyongyang.",
     "South Korean President Kim Dae-jung", ((1998, 2003),)),
    ("Egyptian President Abdel Fattah el-Sisi received the envoy in Cairo.",
     "Egyptian President Abdel Fattah el-Sisi", ((2014, None),)),
    ("Senate Majority Leader Bob Dole said the bill would pass.",
     "Senate Majority Leader Bob Dole", ((1985, 1987), (1995, 1996))),
    ("ECB President Christine Lagarde said rates would stay on hold.",
     "ECB President Christine Lagarde", ((2019, None),)),
    ("Philippine President Joseph Estrada denied the charges.",
     "Philippine President Joseph Estrada", ((1998, 2001),)),
])
def test_more_offices_date_their_holders(
        text: str, phrase: str, terms: tuple[tuple[int, int | None], ...]) -> None:
    assert find_officeholders(text) == [OfficeEvidence(phrase, terms)]


def test_a_title_of_several_words_is_read_whole_before_a_shorter_one() -> None:
    # "Vice President" is the vice president's title, not "President" after another word.
    assert find_officeholders("Vice President Dick Cheney flew to Riyadh.") == [
        OfficeEvidence("Vice President Dick Cheney", ((2001, 2009),))]
    assert find_officeholders("Former ECB President Jean-Claude Trichet spoke.") == [
        OfficeEvidence("ECB President Jean-Claude Trichet", ((2003, 2011),), former=True)]
    # A company's president is nobody's office.
    assert find_officeholders("Samsung President Lee Kun-hee opened the plant.") == []


def test_a_president_elect_dates_the_story_between_election_and_inauguration() -> None:
    text = ("WILMINGTON, Del., Dec. 1 (AP) - President-elect Joe Biden named his economic team "
            "on Monday, aides said.")
    assert find_officeholders(text) == [OfficeEvidence("President-elect Joe Biden",
                                                       ((2020, 2021),))]
    result = infer_year(text, find_mentions(text), 12, 1, REFERENCE,
                        body_start=text.index("President-"))
    assert result.year == 2020
    # Once inaugurated he is "President Biden", a four-year term.
    assert find_officeholders("President Biden signed the bill.") == [
        OfficeEvidence("President Biden", ((2021, 2025),))]


def test_a_swearing_in_dates_the_story_to_the_first_year_of_the_term() -> None:
    # Jan. 21, 2009 was a Wednesday; Jan. 21 is a Tuesday in 2014, inside the same term, so
    # without the cue the lead's Tuesday would pick 2014.
    text = ("WASHINGTON, Jan. 21 (Reuters) - President Barack Obama, sworn in on Tuesday, began "
            "his first full day in office by freezing the pay of senior White House staff.")
    found = find_officeholders(text)
    assert found == [OfficeEvidence("President Barack Obama", ((2009, 2017),), edge="start")]
    assert office_likelihood(2009, found[0], 2026, 1) == 1.0
    assert office_likelihood(2014, found[0], 2026, 1) == 0.05
    result = infer_year(text, find_mentions(text), 1, 21, REFERENCE,
                        body_start=text.index("President"))
    assert result.year == 2009
    assert "tells of the term's first day" in result.explanation


def test_a_resignation_dates_the_story_to_the_last_year_of_the_term() -> None:
    text = ("London share prices closed sharply lower Friday after Chancellor of the Exchequer "
            "Nigel Lawson's resignation slapped the market. The outgoing Prime Minister Tony "
            "Blair spoke on Monday.")
    assert find_officeholders(text) == [
        OfficeEvidence("Chancellor of the Exchequer Nigel Lawson", ((1983, 1989),), edge="end"),
        OfficeEvidence("Prime Minister Tony Blair", ((1997, 2007),), edge="outgoing"),
    ]
    # The last year counts whole however late in it the story is: a resignation is its news.
    lawson = find_officeholders(text)[0]
    assert office_likelihood(1989, lawson, 2026, 10) == 1.0
    assert office_likelihood(1987, lawson, 2026, 10) == 0.05


def test_an_outgoing_holder_may_be_in_the_year_before_the_term_s_last() -> None:
    # Elected out in November, gone in January: "outgoing" fits both years, not the rest.
    [obama] = find_officeholders("Outgoing President Barack Obama met Donald Trump on Thursday.")
    assert obama.edge == "outgoing"
    assert obama.terms == ((2009, 2017),)
    assert office_likelihood(2017, obama, 2026, 11) == 1.0
    assert office_likelihood(2016, obama, 2026, 11) == 1.0
    assert office_likelihood(2014, obama, 2026, 11) == 0.05


def test_a_term_s_edge_needs_news_of_the_day_not_a_look_back_or_a_demand() -> None:
    for text in ("President Obama, who has been in office since taking office in 2009, spoke.",
                 "Prime Minister Tony Blair refused to resign over the war.",
                 "Critics called for the resignation of Prime Minister Tony Blair.",
                 "Prime Minister Tony Blair said he would quit before the next election.",
                 "Prime Minister Tony Blair, who took office in 1997, flew to Washington.",
                 "President Clinton, sworn in six years ago, spoke on Monday."):
        assert [item.edge for item in find_officeholders(text)] == [None], text


def test_a_demand_for_a_resignation_is_no_resignation_past_a_possessive() -> None:
    # The blocking word may stand before "his" or before the holder's title.
    for text in ("Chancellor Nigel Lawson, facing calls for his resignation, defended the budget.",
                 "Opposition leaders demanded Chancellor Nigel Lawson's resignation."):
        assert [item.edge for item in find_officeholders(text)] == [None], text
    assert [item.edge for item in find_officeholders(
        "Shares fell after Chancellor Nigel Lawson's resignation.")] == ["end"]
