"""The temporal tagger: values and spans for news sentences, and what must not be tagged.

Each case is (sentence, DCT, expected [(text, type, value)]) in the spirit of Duckling's corpus.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from newstimeline.timex import tag
from tests.timex_helpers import OCTOBER_6_2011, tagged

SEED = (Path(__file__).resolve().parents[1] / "seeds"
        / "tass-moscow-grushko-nato-security-proposals.txt")
DCT = dt.date(2021, 12, 18)  # a Saturday


def test_seed_story_weekdays_and_dates_resolve_against_saturday_dateline() -> None:
    found = {(e.span.text, e.value): e for e in tag(SEED.read_text(encoding="utf-8"), DCT)}
    assert ("Saturday", "2021-12-18") in found
    assert ("Friday", "2021-12-17") in found
    assert ("December 15", "2021-12-15") in found
    earlier = found[("earlier", "PAST_REF")].interval
    assert (earlier.earliest, earlier.latest) == (None, DCT)


def test_expression_far_into_long_text_is_found_with_its_whole_span() -> None:
    filler = "The committee met and talked about the budget at great length. " * 400
    text = filler + "Prices have risen for at least twenty-four hours straight, traders said."
    found = tag(text, DCT)
    assert [(e.span.text, e.value) for e in found] == [("at least twenty-four hours", "PT24H")]
    assert found[0].span.start == text.index("at least")


def test_month_cut_at_window_edge_is_not_an_abbreviation() -> None:
    # "Decemberists" must not yield "Dec"/"December" because a scan window ended inside it.
    assert tagged("Fans of the Decemberists and the Mayflower gathered in 2019.", DCT) == [
        ("2019", "DATE", "2019")]


@pytest.mark.parametrize("text", [
    "May I ask you a question?",
    "The March on Washington drew thousands.",
    "We will see.",
    "She sought a second opinion.",
    "Friday's child is loving and giving.",
    "The company sold 1,500 units and 250 cars for $2,000.",
])
def test_non_times_are_not_tagged(text: str) -> None:
    assert tagged(text, DCT) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("The filing is dated 12/18/2021.", [("12/18/2021", "2021-12-18")]),
    ("Markets open at 14:30 in Tokyo.", [("14:30", "2021-12-18T14:30")]),
    ("The strike began in the '90s.", [("the '90s", "199")]),
    ("Trading ended at 4 p.m. EST.", [("4 p.m. EST", "2021-12-18T16:00")]),
    ("It was built in the 19th century.", [("the 19th century", "18")]),
    ("The 2021-12-01 notice was withdrawn.", [("2021-12-01", "2021-12-01")]),
])
def test_number_shapes_trigger_their_rules(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(e.span.text, e.value) for e in tag(text, DCT)] == expected


def test_vocabulary_alternations_prefer_the_longest_word() -> None:
    # The prefix trie must still let "Thursday" win over nothing and "the near future" over
    # "the future"-less prefixes; "Sept." over "Sep".
    assert [(e.span.text, e.value) for e in tag(
        "Talks end Sept. 30; more are due in the near future, aides said Thursday.", DCT)] == [
        ("Sept. 30", "2021-09-30"), ("the near future", "FUTURE_REF"),
        ("Thursday", "2021-12-16")]


@pytest.mark.parametrize(("text", "expected"), [
    # Tokenized text sets the comma off; the year still belongs to the date.
    ("Jobs , born in San Francisco on February 24 , 1955 , has built the most valuable company .",
     [("February 24 , 1955", "DATE", "1955-02-24")]),
    ("Apple launched the iTunes Music Store on April 28 , 2003 .",
     [("April 28 , 2003", "DATE", "2003-04-28")]),
    ("The contract was signed on 21 September , 2004 in London .",
     [("21 September , 2004", "DATE", "2004-09-21")]),
    # Ordinary copy is unchanged.
    ("Jobs, born in San Francisco on February 24, 1955, built Apple.",
     [("February 24, 1955", "DATE", "1955-02-24")]),
])
def test_a_comma_set_off_by_tokenization_keeps_the_year_with_its_date(
        text: str, expected: list[tuple[str, str, str]]) -> None:
    assert tagged(text, OCTOBER_6_2011) == expected


def test_the_search_past_a_window_stops_at_a_word_end_not_inside_a_word() -> None:
    # "Eastern" holds "Easter": the search past the window stops at a word's end, not inside it.
    text = ("Delta attributed the increase to higher passenger traffic, new international routes "
            "and reduced service by rival Eastern Airlines at Easter.")
    assert [(e.span.text, e.value) for e in tag(text, dt.date(1989, 10, 26))] == [
        ("Easter", "1989-03-26")]
