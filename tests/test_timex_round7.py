"""News conventions of the seventh round: each rule with a realistic sentence and exact values."""

from __future__ import annotations

import datetime as dt

import pytest

from newstimeline.timex import tag

DCT = dt.date(2007, 10, 25)  # a Thursday


def tagged(text: str, dct: dt.date = DCT) -> list[tuple[str, str, str]]:
    return [(e.span.text, e.type, e.value) for e in tag(text, dct)]


@pytest.mark.parametrize(("text", "expected"), [
    ("The bank said it is still trying to sell itself under a June agreement with its "
     "largest shareholder.", [("June", "DATE", "2007-06")]),
    ("The March accession will let the three countries vote at the summit.",
     [("March", "DATE", "2008-03")]),
    ("Traders still talk about the Oct. sell-off.", [("Oct.", "DATE", "2007-10")]),
    # Before a function word the month is no adjective of a date; "May" is too often a name.
    ("Thousands joined the March on Washington.", []),
    ("Critics of the May government walked out.", []),
])
def test_a_month_before_a_noun_is_a_date(
        text: str, expected: list[tuple[str, str, str]]) -> None:
    assert tagged(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("In the capital, today is the eighth day of the blockade.",
     [("today", "DATE", "2007-10-25"), ("the eighth day", "DATE", "2007-10-25")]),
    ("It's the second day of an offensive by the security forces in the province.",
     [("the second day", "DATE", "2007-10-25")]),
    ("The walkout marks the 12th straight day of disruption at the port.",
     [("the 12th straight day", "DATE", "2007-10-25")]),
    # In the past tense the count ends on an earlier day the text does not give: not tagged.
    ("It was the third day of protests when the army moved in.", []),
])
def test_an_ordinal_day_in_the_present_is_the_story_s_day(
        text: str, expected: list[tuple[str, str, str]]) -> None:
    assert tagged(text) == expected


def test_an_ordinal_day_after_another_day_is_not_the_story_s_day() -> None:
    # "Monday is the first day of the new term": Monday is the day counted, not the story's.
    found = tag("Monday is the first day of the new term.", DCT)
    assert [e.rule for e in found if e.rule == "ordinal_day_present"] == []
    assert (found[0].span.text, found[0].value) == ("Monday", "2007-10-22")


@pytest.mark.parametrize("text", [
    "Jan. 1 is the first day of the new law.",
    "Dec. 25, 2007, is the first day of the holiday.",
])
def test_an_ordinal_day_after_a_date_is_not_the_story_s_day(text: str) -> None:
    # The written date is the day counted: "the first day" is not the story's date.
    assert [e.rule for e in tag(text, DCT) if e.rule == "ordinal_day_present"] == []


def test_a_fiscal_quarter_after_a_calendar_one_is_the_quarter_in_force() -> None:
    # A roundup of earnings: the second company reports a fiscal quarter; its "quarter ended
    # Sept. 30" keeps the fiscal number, and so does "the latest period".
    text = ("Alcan posted third-quarter net income of $40 million. "
            "Metals Corp. posted net income for the fiscal second-quarter of $8.6 million. "
            "Sales increased in the quarter ended Sept. 30 to $747.8 million. "
            "The latest period includes gains from the retirement of debt.")
    values = [(text_, value) for text_, _, value in tagged(text, dt.date(2007, 10, 26))]
    assert values == [("third-quarter", "2007-Q3"), ("fiscal second-quarter", "2007-Q2"),
                      ("the quarter", "2007-Q2"), ("Sept. 30", "2007-09-30"),
                      ("The latest period", "2007-Q2")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Oil rose 2%. Now, he says, the market is calm.", []),
    # "Earlier," and "Currently," still place their sentence's events; inside a sentence, or
    # without the comma, the adverbs name a time as well.
    ("The offer values the company at $3 a share. Earlier, the board had rejected a higher bid.",
     [("Earlier", "DATE", "PAST_REF")]),
    ("Livers go to the nearest patients. Currently, the sickest wait about a week.",
     [("Currently", "DATE", "PRESENT_REF"), ("a week", "DURATION", "P1W")]),
    ("The board had earlier rejected a higher bid.", [("earlier", "DATE", "PAST_REF")]),
    ("Currently the sickest patients wait longest.", [("Currently", "DATE", "PRESENT_REF")]),
])
def test_only_now_opening_a_sentence_before_a_comma_is_a_discourse_marker(
        text: str, expected: list[tuple[str, str, str]]) -> None:
    assert tagged(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Management expects revenue to increase by 20% annually.", []),
    ("The plant would produce about 10,000 units annually.", []),
    ("The redemption will eliminate dividend payments of C$17.9 million annually.", []),
    # After anything but an amount the adverb is a recurrence.
    ("The commemorations are held here annually for the poet.", [("annually", "SET", "P1Y")]),
    # A word in -s after no amount nor determiner is a verb or its object, not a rate's noun.
    ("The board of the foundation meets annually.", [("annually", "SET", "P1Y")]),
    ("The utility pays dividends quarterly.", [("quarterly", "SET", "P3M")]),
    ("He has been doubling its profits annually.", []),
])
def test_a_set_adverb_after_an_amount_is_a_rate(
        text: str, expected: list[tuple[str, str, str]]) -> None:
    assert tagged(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A quarter "ended" on a date after the story's date closed a year before; it becomes the
    # quarter in force ("that quarter"), and the closing date takes the same year. (Since round
    # 9 the year-ago quarter takes the number of the quarter set after it by a comma.)
    ("The operator expects third-quarter net of 15 cents a share. In the comparable year-ago "
     "quarter, the second quarter ended Oct. 31, it had a loss of $12.5 million. Results for "
     "that quarter included a write-down.",
     [("third-quarter", "2007-Q3"), ("the comparable year-ago quarter", "2006-Q2"),
      ("the second quarter", "2006-Q2"), ("Oct. 31", "2006-10-31"), ("that quarter", "2006-Q2")]),
    ("Sales rose 5% in the quarter ended Oct. 31.",
     [("the quarter", "2006-Q3"), ("Oct. 31", "2006-10-31")]),
    # A closing date already passed, or one still ahead ("ending"), is read as before.
    ("The third quarter ended Sept. 30 was the best in years.",
     [("The third quarter", "2007-Q3"), ("Sept. 30", "2007-09-30"), ("years", "PXY")]),
    ("Sales will rise in the quarter ending Dec. 31.",
     [("the quarter", "2007-Q4"), ("Dec. 31", "2007-12-31")]),
])
def test_a_closing_date_after_ended_is_on_or_before_the_story_s_date(
        text: str, expected: list[tuple[str, str]]) -> None:
    assert [(e.span.text, e.value) for e in tag(text, dt.date(2007, 10, 27))] == expected


@pytest.mark.parametrize(("text", "dct", "expected"), [
    # A closing date two days after the story's date closed a year before, whatever the day of
    # the month: the 29th to the 31st count as written, not as the 28th.
    ("Net income for the year ended Dec. 31 rose.", dt.date(2021, 12, 29),
     [("the year", "DURATION", "P1Y"), ("Dec. 31", "DATE", "2020-12-31")]),
    ("Net income for the year ended Dec. 31 rose.", dt.date(2022, 1, 29),
     [("the year", "DURATION", "P1Y"), ("Dec. 31", "DATE", "2021-12-31")]),
    # A past-tense "Dec. 30" in a Dec. 29 story is within the tense's slack: this year.
    ("The deal was signed on Dec. 30.", dt.date(2021, 12, 29),
     [("Dec. 30", "DATE", "2021-12-30")]),
])
def test_late_days_of_a_month_choose_the_year_as_written(
        text: str, dct: dt.date, expected: list[tuple[str, str, str]]) -> None:
    assert tagged(text, dct) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The fall in prices hurt farmers.", []),
    ("Analysts blamed the fall in the dollar.", []),
    ("Sales will rise in the fall.", [("the fall", "DATE", "2007-FA")]),
    ("The company cut prices in the spring, the report said.", [("the spring", "DATE", "2007-SP")]),
    # After "in" or "during", "the fall in" / "the spring in" is the season, then a place.
    ("He was elected in the fall in a special election.", [("the fall", "DATE", "2007-FA")]),
    ("During the spring in Geneva, talks stalled.", [("the spring", "DATE", "2007-SP")]),
])
def test_the_fall_in_something_is_a_decline_not_a_season(
        text: str, expected: list[tuple[str, str, str]]) -> None:
    assert tagged(text) == expected
