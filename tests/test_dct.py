"""The document creation time: precedence of sources and the year of a yearless dateline."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from newstimeline.cli import main
from newstimeline.dateline import find_dateline
from newstimeline.dct import (
    LOW_CONFIDENCE,
    ElapsedSpan,
    YearEvidence,
    _deictic_matches,
    _distinct_years,
    _evidence,
    _spanned,
    bare_period_year,
    birth_ages,
    choose_dct,
    copyright_years,
    current_fiscal_years,
    decade_bounds,
    deictic_contrasts,
    elapsed_spans,
    fiscal_abbreviations,
    forward_spans,
    infer_year,
    pinned_pairs,
    sentence_pins,
    since_spans,
    weekday_likelihood,
    year_mention_likelihood,
    zero_coupon_terms,
)
from newstimeline.ingest import Source, read_source
from newstimeline.pipeline import BuildOptions, process_document
from newstimeline.timex import find_mentions

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "tass-moscow-grushko-nato-security-proposals.txt"
REFERENCE = dt.date(2026, 11, 28)


def _infer(text: str, month: int, day: int) -> tuple[int, float, list[int], str]:
    result = infer_year(text, find_mentions(text), month, day, REFERENCE)
    return result.year, result.confidence, result.candidates, result.explanation


def _dct(text: str, **options: object) -> tuple[dt.date, str]:
    kwargs: dict[str, object] = {"option_dct": None, "option_year": None, "metadata_date": None,
                                 "reference": REFERENCE}  # fmt: skip
    kwargs.update(options)
    dct = choose_dct(text, find_mentions(text), find_dateline(text), **kwargs)  # type: ignore[arg-type]
    return dct.date, dct.source


def test_tass_seed_is_dated_2021_by_its_saturday() -> None:
    info, _ = process_document(read_source(Source(str(SEED))),
                               BuildOptions(reference_date=REFERENCE))
    assert info.dct.date == dt.date(2021, 12, 18)
    assert info.dct.source == "inferred"
    assert ('"on Saturday" in the lead (past tense) falls on the dateline\'s own day'
            in info.dct.explanation)


def test_redated_seed_with_march_4_dateline_is_dated_2023() -> None:
    text = SEED.read_text(encoding="utf-8").replace("MOSCOW, December 18.", "MOSCOW, March 4.")
    text = text.replace("Grushko said on Saturday.",
                        "Grushko said on Saturday. He first spoke of it on March 1.")
    year, _, _, _ = _infer(text, 3, 4)
    assert year == 2023


def test_precedence_option_over_metadata_over_dateline_over_reference() -> None:
    text = "LONDON, Dec 18, 2020 (AFP) - Britain said on Friday it would act."
    assert _dct(text, option_dct=dt.date(2021, 1, 5), metadata_date=dt.date(2020, 12, 17)) == (
        dt.date(2021, 1, 5), "option")
    assert _dct(text, metadata_date=dt.date(2020, 12, 17)) == (dt.date(2020, 12, 17), "metadata")
    assert _dct(text) == (dt.date(2020, 12, 18), "dateline")
    assert _dct("Britain said it would act.") == (REFERENCE, "reference")


def test_year_option_fills_a_yearless_dateline() -> None:
    assert _dct("MOSCOW, December 18. /TASS/. Talks went on.", option_year=2010) == (
        dt.date(2010, 12, 18), "option")


def test_reference_date_is_an_upper_bound() -> None:
    # December 18 is a Saturday in 2027 too, but that is after the reference date.
    year, _, _, explanation = _infer(
        "MOSCOW, December 18. /TASS/. The minister said on Saturday talks had stalled.", 12, 18)
    assert year == 2021
    assert "2027 would also fit but is after the reference date" in explanation


def test_weekday_only_evidence_is_low_confidence_with_candidates() -> None:
    year, confidence, candidates, _ = _infer(
        "SEOUL, Dec. 18 (Yonhap) -- South Korea reported 7,314 new cases on Saturday.", 12, 18)
    assert year == 2021
    assert confidence < LOW_CONFIDENCE
    assert {2010, 2004, 1999} <= set(candidates)


def test_latest_past_year_and_weekday_pin_the_year() -> None:
    text = ("WASHINGTON, Feb 19 (Reuters) - The Senate on Thursday approved the bill, which had "
            "stalled since 1995. Lawmakers said in 1997 that the plan would cost less than its "
            "1996 estimate. The agency expects a surplus in 1999.")
    year, confidence, candidates, explanation = _infer(text, 2, 19)
    assert year == 1998
    assert confidence >= LOW_CONFIDENCE
    # 1999 fits the Thursday, but the surplus expected "in 1999" lies ahead of the story.
    assert candidates == []
    assert "older years (1995" in explanation and "only bound it from below" in explanation
    assert '"in 1999" (future tense) puts the story shortly before 1999' in explanation


def test_old_since_year_bounds_without_pulling_the_story_back() -> None:
    # Not 1993, the first Saturday Dec. 18 after 1991: a stretch since a year is flat for a
    # decade (SINCE_HORIZON), so the latest such Saturday within it wins, and later ones stay
    # candidates.
    text = "MOSCOW, Dec 18 (Interfax) - The plant, idle since 1991, reopened on Saturday."
    year, _, candidates, _ = _infer(text, 12, 18)
    assert (year, candidates[:4]) == (1999, [1993, 2004, 2010, 2021])


def test_forecast_year_puts_the_story_before_it() -> None:
    text = ("LONDON, Oct 27 - The company said it expects record earnings in 1990, and analysts "
            "agreed on Friday.")
    year, _, _, _ = _infer(text, 10, 27)
    assert year == 1989


def test_month_named_after_the_dateline_month_is_last_year() -> None:
    # "November 1995" in a February story: the story is from 1996 at the earliest, and the
    # Friday pins 1998 among the nearby years.
    text = ("BEIJING, Feb. 27 (Xinhua) -- The talks, first held in November 1995, resumed on "
            "Friday.")
    year, _, _, _ = _infer(text, 2, 27)
    assert year == 1998


def test_monday_story_reporting_friday_fits_through_working_days() -> None:
    # Past the lead, Friday is one working day before a Monday: as likely as a Saturday story's
    # "on Friday" once the working-day share is taken.
    text = ("NEW YORK, Oct. 30 (AP) — Stocks opened higher in early trading. The Dow fell 190 "
            "points on Friday, traders said.")
    year, _, candidates, _ = _infer(text, 10, 30)
    assert 1989 in [year, *candidates]  # October 30, 1989 was a Monday


def test_no_evidence_takes_the_most_recent_year_with_low_confidence() -> None:
    year, confidence, _, explanation = _infer("LONDON, March 3 - Talks went on.", 3, 3)
    assert year == 2026
    assert confidence < LOW_CONFIDENCE
    assert "the text gives no weekday or year evidence" in explanation


def test_cli_reports_low_confidence_plainly(tmp_path: Path) -> None:
    # One past weekday and no year: every year whose March 6 falls on or after a Friday fits.
    story = tmp_path / "talks.txt"
    story.write_text("LONDON, March 6 (Reuters) - Talks on the budget resumed on Friday, "
                     "officials said.\n", encoding="utf-8")
    result = CliRunner().invoke(main, [
        "build", str(story), "--out", str(tmp_path), "--reference-date", "2026-11-28"])
    assert result.exit_code == 0
    assert "dated 2026-03-06 from inferred (low confidence" in result.output
    assert "pass --year or --dct to pin it" in result.output


@pytest.mark.parametrize(("option", "value", "expected"), [
    ("--year", "2010", "2010-12-18"),
    ("--dct", "2021-12-20", "2021-12-20"),
])
def test_cli_year_and_dct_options_pin_the_date(
    tmp_path: Path, option: str, value: str, expected: str
) -> None:
    result = CliRunner().invoke(main, [
        "build", str(SEED), "--out", str(tmp_path), "--name", "seed", option, value])
    assert result.exit_code == 0
    data = json.loads((tmp_path / "seed.events.json").read_text(encoding="utf-8"))
    assert data["documents"][0]["dct"]["date"] == expected
    assert data["documents"][0]["dct"]["source"] == "option"


def test_weekday_written_beside_a_date_pins_the_calendar() -> None:
    text = "WASHINGTON, Feb. 19 (AP) — The hearing, set for Friday, Feb. 13, was postponed."
    year, _, candidates, explanation = _infer(text, 2, 19)
    # February 13 is a Friday in 2026, 2015, 2009, 2004, 1998 ...; never in 2025 or 2024.
    assert year == 2026
    assert candidates[:4] == [2015, 2009, 2004, 1998]
    assert '"Friday, Feb. 13" fits the calendar of the year around the story' in explanation


def test_abbreviated_weekday_counts_as_evidence() -> None:
    year, _, _, explanation = _infer(
        "SEOUL, Dec. 18 (Yonhap) -- The ministry said Sat. that new cases rose.", 12, 18)
    assert year == 2021
    assert '"Sat." in the lead (past tense) falls on the dateline\'s own day' in explanation


def test_possessive_year_is_attributive_and_near_the_story() -> None:
    text = ("NEW YORK, Oct. 26 (Reuters) - The brewer said Anheuser's 1989 results were hurt by "
            "a price war.")
    year, _, _, explanation = _infer(text, 10, 26)
    assert year == 1989
    assert '"1989" names a period near the story' in explanation


def test_year_option_without_that_day_falls_back_to_inference() -> None:
    text = "MOSCOW, February 29. /TASS/. The ministry said on Saturday that talks had stalled."
    date, source = _dct(text, option_year=2021)
    assert (date, source) == (dt.date(2020, 2, 29), "inferred")  # a Saturday, in a leap year


def test_past_year_mentioned_in_the_same_year_is_likelier_late_in_the_year() -> None:
    # "completed in 2019" with a December dateline: the story's own year is likely, since most of
    # 2019 is gone; with a January dateline it is the year after.
    text = "The company said the merger was completed in 2019, and shares rose."
    december = year_mention_likelihood(2019, YearEvidence("in 2019", 2019, "past"), 12)
    january = year_mention_likelihood(2019, YearEvidence("in 2019", 2019, "past"), 1)
    assert december > january
    assert _infer("LONDON, Jan 10 (Reuters) - " + text, 1, 10)[0] == 2020


def test_future_year_of_the_story_is_unlikely_late_in_that_year() -> None:
    # "will open in 1990" from an October story points to 1989, not to October 1990.
    text = ("CHICAGO, Oct. 27 (AP) — The plant, finished in 1989, will open in 1990, the company "
            "said.")
    assert _infer(text, 10, 27)[0] == 1989


def test_next_year_matches_only_a_year_spoken_of_ahead() -> None:
    # "next year" beside a past-tense 1989 must not pull the story back to 1988.
    years = [YearEvidence("1988", 1988, "past"), YearEvidence("1989", 1989, "past")]
    assert _deictic_matches(1988, {1}, years) == 0
    assert _deictic_matches(1989, {-1}, years) == 1
    ahead = [YearEvidence("in 1990", 1990, "future")]
    assert _deictic_matches(1989, {1}, ahead) == 1


def test_years_ago_lead_from_a_named_year_to_the_story() -> None:
    # 1994 + "nearly four years ago" fits 1997 or 1998; the Friday lead pins 1998.
    text = ("KIGALI, Feb. 27 (Reuters) - Rwanda on Friday executed two men convicted of the "
            "genocide of 1994 that killed more than 500,000 people nearly four years ago.")
    mentions = find_mentions(text)
    assert elapsed_spans(text, mentions) == [ElapsedSpan("nearly four years ago", frozenset({3, 4}))]
    year, _, _, explanation = _infer(text, 2, 27)
    assert year == 1998
    assert '"nearly four years ago" leads from 1994 to 1998' in explanation


def test_decades_ago_span_ten_years_and_more_than_widens_upwards() -> None:
    text = ("HAVANA, April 1 (AP) — Thousands paid tribute on Saturday to the men who launched "
            "the revolution more than four decades ago, when the yacht Granma landed on "
            "Dec. 2, 1956.")
    assert elapsed_spans(text, find_mentions(text)) == [
        ElapsedSpan("more than four decades ago", frozenset(range(40, 50)))]
    year, _, _, explanation = _infer(text, 4, 1)
    assert year == 2000  # April 1 is a Saturday in 2000, 40+ years after 1956
    assert "1956" in explanation


def test_anniversary_dates_the_story_from_the_founding_year() -> None:
    text = ("BRUSSELS, April 4 (Reuters) - NATO, founded in 1949, marked its 50th anniversary "
            "on Sunday.")
    assert elapsed_spans(text, find_mentions(text)) == [
        ElapsedSpan("50th anniversary", frozenset({49, 50}))]
    assert _infer(text, 4, 4)[0] == 1999  # April 4, 1999 was a Sunday


def test_an_anniversary_set_as_a_deadline_gives_no_elapsed_span() -> None:
    # The centenary of 1901 is a target ahead of a 1998 story, not the story's own year.
    text = ("CANBERRA, Feb. 13 (AP) - Australia has been independent since 1901. Republicans hope "
            "to have a president by the opening of the 2000 Olympics and the 100th anniversary "
            "of federation.")
    assert elapsed_spans(text, find_mentions(text)) == []
    spoken = "SYDNEY, Jan. 1 (AP) - Australia, federated in 1901, marked its 100th anniversary."
    assert elapsed_spans(spoken, find_mentions(spoken)) == [
        ElapsedSpan("100th anniversary", frozenset({99, 100}))]


def test_a_year_ago_compares_periods_and_dates_nothing() -> None:
    text = "Net income rose to $5 million from $3 million a year ago, the bank said in 1989."
    assert elapsed_spans(text, find_mentions(text)) == []


def test_future_cue_across_a_comma_does_not_move_a_past_year_ahead() -> None:
    text = ("WARSAW, Feb. 27 (Xinhua) -- Poland, which was invited to join NATO in July 1997, "
            "will officially join on March 12.")
    _, years = _evidence(text, find_mentions(text))
    assert [(y.year, y.tense) for y in years] == [(1997, "past")]


def test_weekday_only_candidates_are_the_years_the_weekday_supports() -> None:
    # A lead weekday is most often the dateline's own day, or the day before a weekend story:
    # the candidates are the years whose October 30 is a Friday, Saturday or Sunday, no others.
    text = "NEW YORK, Oct. 30 (AP) — The Dow fell 190 points on Friday, traders said."
    year, confidence, candidates, explanation = _infer(text, 10, 30)
    assert confidence < LOW_CONFIDENCE
    supported = [y for y in range(1966, 2027) if dt.date(y, 10, 30).weekday() in (4, 5, 6)]
    assert sorted([year, *candidates]) == supported
    assert 1989 not in candidates  # a Monday: "on Friday" in the lead is unlikely then
    assert "other candidates the evidence does not rule out (92% of the probability with 2026)" in (
        explanation)


def test_one_weekday_past_the_lead_rules_out_no_year() -> None:
    # Past the lead a bare past weekday may lie up to a week back: every year stays a candidate.
    text = ("NEW YORK, Oct. 30 (AP) — Stocks opened higher in early trading. The Dow fell 190 "
            "points on Friday, traders said.")
    year, _, candidates, _ = _infer(text, 10, 30)
    assert sorted([year, *candidates]) == list(range(1966, 2027))


def test_deadline_prepositions_put_the_year_ahead_unless_the_clause_is_past() -> None:
    text = ("The utility must cut emissions by 1992 under the accord. Output had doubled by "
            "1985, officials said.")
    _, years = _evidence(text, find_mentions(text))
    assert [(y.year, y.tense) for y in years] == [(1992, "future"), (1985, "none")]


def test_older_year_without_tense_may_still_lie_ahead_of_the_story() -> None:
    # A bound from an older year named without tense is soft when the story lies before it.
    soft = YearEvidence("1990", 1990, "none", since=True)
    hard = YearEvidence("in 1990", 1990, "past", since=True)
    assert year_mention_likelihood(1989, soft) == 0.1
    assert year_mention_likelihood(1989, hard) == 0.008
    assert year_mention_likelihood(1995, soft) == year_mention_likelihood(1995, hard) == 0.04


def test_a_fiscal_year_that_ended_bounds_the_story_from_below() -> None:
    text = ("NEW YORK, Nov. 12 (Reuters) - Net income for fiscal 1997 ended Sept. 30 rose 12%, "
            "and the company expects fiscal 1998 sales to rise.")
    _, years = _evidence(text, find_mentions(text))
    assert [(y.year, y.tense) for y in years] == [(1997, "past"), (1998, "future")]
    assert _infer(text, 11, 12)[0] == 1997


def test_last_years_names_the_year_before_one_the_text_mentions() -> None:
    text = ("PARIS, March 3 (AFP) - Last year's deficit, the largest since the 1993 recession, "
            "rose after the budget was cut in 2001.")
    year, _, _, explanation = _infer(text, 3, 3)
    assert year == 2002
    assert '"Last year" then names 2001, a year the text mentions' in explanation


def test_the_last_n_years_lead_from_the_year_they_began() -> None:
    # "since 1993" alone only bounds the story; "over the last five years" puts it in 1998, a
    # year whose April 2 is the Thursday of the lead.
    text = ("NEWARK, April 2 (AP) — A task force began delving Thursday into the slayings of 14 "
            "women over the last five years. Eight of the killings since 1993 were already under "
            "investigation.")
    assert elapsed_spans(text, find_mentions(text)) == [
        ElapsedSpan("the last five years", frozenset({5}), stretch=True)]
    year, _, _, explanation = _infer(text, 4, 2)
    assert year == 1998
    assert '"the last five years" leads from 1993 to 1998' in explanation


def test_a_year_written_beside_a_date_is_seldom_the_story_year() -> None:
    # Wire style writes "Aug. 10" for a date of the story's own year: "Aug. 10, 1988" in an
    # October story points to 1989, not to two months earlier in 1988.
    text = ("NEW YORK, Oct. 30 (AP) — Hewlett-Packard acquired the shares as a result of an "
            "Aug. 10, 1988, stock purchase agreement, the filing said.")
    year, _, candidates, explanation = _infer(text, 10, 30)
    assert year == 1989
    assert candidates[:2] == [1990, 1988]
    assert ('"Aug. 10, 1988" (past tense), written with its year as dates of other years are, '
            "puts the story shortly after 1988") in explanation
    dated = YearEvidence("Aug. 10, 1988", 1988, "none", month=8)
    assert year_mention_likelihood(1988, dated, 10) == pytest.approx(0.09)
    assert year_mention_likelihood(1989, dated, 10) == 0.2


def test_month_and_year_in_the_past_point_to_the_following_year() -> None:
    text = ("LOS ANGELES, Oct. 27 - The thrifts agreed to the transaction in August 1988, and "
            "the banks must wait 30 days.")
    assert _infer(text, 10, 27)[0] == 1989


def test_a_year_before_a_quarter_names_a_reporting_period() -> None:
    # "the 1988 third quarter" is the year-ago comparison of a results story.
    text = ("NEW YORK, Oct. 26 - In the 1988 third quarter, the company posted a net loss of "
            "$876,706, or 22 cents a share.")
    _, years = _evidence(text, find_mentions(text))
    assert [(y.year, y.tense, y.period) for y in years] == [(1988, "past", True)]
    assert _infer(text, 10, 26)[:1] == (1989,)
    period = YearEvidence("the 1988 period", 1988, "past", period=True)
    assert [year_mention_likelihood(y, period, 10) for y in (1988, 1989, 1990)] == [
        pytest.approx(0.1), 0.4, 0.06]


def test_a_deadline_preposition_before_a_written_date_puts_it_ahead() -> None:
    text = ("TORONTO, Oct. 30 - The preferred shares will carry a floating annual dividend "
            "until Dec. 31, 1994. The embassy has stayed closed since Aug. 7, 1988.")
    _, years = _evidence(text, find_mentions(text))
    assert [(y.year, y.tense, y.since) for y in years] == [
        (1994, "future", False), (1988, "past", True)]


def test_a_deadline_preposition_reaches_a_year_through_its_noun_phrase() -> None:
    text = ("Such arrangements could slash research costs in half by the end of 1990. "
            "Republicans hope to have a president by the opening of the 2000 Olympics.")
    _, years = _evidence(text, find_mentions(text))
    assert [(y.year, y.tense) for y in years] == [(1990, "future"), (2000, "future")]


def test_a_tenseless_mention_does_not_undo_a_future_one() -> None:
    text = ("MINNEAPOLIS, Oct. 30 - \"We expect that to continue into 1990,\" he said. The "
            "company has no intention of tapping its bank lines for a good part of 1990.")
    _, years = _evidence(text, find_mentions(text))
    assert [y.tense for y in years] == ["future", "none"]
    assert [(y.year, y.tense) for y in _distinct_years(years)] == [(1990, "future")]
    assert _infer(text, 10, 30)[0] == 1989


def test_a_fiscal_year_without_tense_may_be_the_one_running_now() -> None:
    # "fiscal 1990" in a November 1989 story is the fiscal year under way, not a past period.
    text = ("ROCKFORD, Ill., Nov. 2 - Sales in fiscal 1990 are running slightly above plan, "
            "the maker of fasteners says.")
    _, years = _evidence(text, find_mentions(text))
    assert [(y.year, y.tense, y.period) for y in years] == [(1990, "none", False)]


def test_later_years_ahead_only_bound_the_story_from_above() -> None:
    # The nearest year ahead says how near the story is; a later one, and a tenseless year after
    # it ("an auction in June 1994"), only says the story comes before them.
    text = ("ATLANTA, Oct. 30 - BellSouth will begin buying more LIN shares in 1991. The "
            "proposal requires an auction process in June 1994 for the remaining shares.")
    _, years = _evidence(text, find_mentions(text))
    assert [(y.year, y.tense) for y in years] == [(1991, "future"), (1994, "none")]
    assert [(y.year, y.tense, y.until) for y in _distinct_years(years)] == [
        (1991, "future", False), (1994, "future", True)]
    year, _, _, explanation = _infer(text, 10, 30)
    assert year == 1990
    assert "later years spoken of ahead (1994) only bound it from above" in explanation
    bound = YearEvidence("by 1995", 1995, "future", until=True)
    assert [year_mention_likelihood(y, bound) for y in (1980, 1995, 1996, 1997)] == [
        0.04, 0.04, 0.008, 0.004]


def test_predicting_a_year_puts_it_ahead() -> None:
    text = "Analysts were predicting 1990 BellSouth earnings in the range of $3.90 a share."
    _, years = _evidence(text, find_mentions(text))
    assert [(y.year, y.tense) for y in years] == [(1990, "future")]


def test_a_period_compared_with_a_year_ago_is_the_one_just_reported() -> None:
    # "lower than a year ago" makes "the 1989 period" this year's quarter, not the year-ago one.
    text = ("DALLAS, Nov. 1 - Kimberly-Clark posted a 20% gain in third-quarter net income. In "
            "the 1989 period also, interest expense and tax rates were lower than a year ago.")
    _, years = _evidence(text, find_mentions(text))
    assert [(y.year, y.period, y.current) for y in years] == [(1989, True, True)]
    assert _infer(text, 11, 1)[0] == 1989
    current = YearEvidence("the 1989 period", 1989, "past", period=True, current=True)
    assert [year_mention_likelihood(y, current, 11) for y in (1988, 1989, 1990)] == [
        0.05, pytest.approx(0.7), pytest.approx(0.1)]


def test_a_year_ago_adjective_names_the_old_period_itself() -> None:
    # "The year-ago results ... the 1988 second quarter" is the comparison period, a year back.
    text = ("HARTFORD, Nov. 2 - The year-ago results included a $415 million charge in the 1988 "
            "second quarter for real estate loans.")
    _, years = _evidence(text, find_mentions(text))
    assert [(y.year, y.period, y.current) for y in years] == [(1988, True, False)]
    assert _infer(text, 11, 2)[0] == 1989


def test_decades_told_in_the_past_or_ahead_bound_the_story() -> None:
    text = ("AMHERST, N.Y., Oct. 25 - Little of the vitriol that the issue aroused in the late "
            "1980s and early 1990s remains, residents said. The brewer will gain market share "
            "by the mid-1990s.")
    bounds = decade_bounds(text, find_mentions(text))
    assert [(b.phrase, b.year, b.since, b.until) for b in bounds] == [
        ("the late 1980s", 1989, True, False), ("early 1990s", 1993, True, False),
        ("the mid-1990s", 1993, False, True)]
    year, _, _, explanation = _infer(text, 10, 25)
    assert year == 1993  # after the early 1990s, and not after the mid-1990s
    assert '"early 1990s" (past tense) puts the story after 1993' in explanation


def test_the_age_of_an_institution_leads_from_its_founding_year() -> None:
    # "the 50-year-old alliance" founded in 1949: the story's year is 1949 + 50.
    text = ("INDEPENDENCE, Mo., March 12 (AP) - Poland, Hungary and the Czech Republic joined the "
            "50-year-old alliance. NATO was founded in 1949. Its warplanes struck in 1995.")
    assert elapsed_spans(text, find_mentions(text)) == [
        ElapsedSpan("50-year-old alliance", frozenset({50}))]
    year, _, _, explanation = _infer(text, 3, 12)
    assert year == 1999
    assert '"50-year-old alliance" leads from 1949 to 1999' in explanation
    # A person's age is not linked to the years the text names.
    person = "ROME, May 2 - Kopp, a 44-year-old protester, was seen there in 1955."
    assert elapsed_spans(person, find_mentions(person)) == []


def test_a_maturity_lies_a_bond_term_after_the_story() -> None:
    # A new 10-year issue: "due Oct. 15, 1999" in an October 1989 story, not a 1998 one.
    text = ("MOUNTAIN VIEW, Calif., Oct. 30 - Sun Microsystems announced the effectiveness of its "
            "registration statement for $125 million of 6 3/8% convertible subordinated "
            "debentures due Oct. 15, 1999.")
    _, years = _evidence(text, find_mentions(text))
    assert [(y.year, y.maturity) for y in _distinct_years(years)] == [(1999, True)]
    year, _, _, explanation = _infer(text, 10, 30)
    assert year == 1989
    assert ('"Oct. 15, 1999" is a maturity, a bond\'s term (10 years most often) after the story'
            in explanation)
    # "due" without a security is an ordinary year ahead.
    plain = "PARIS, Oct. 30 - The report is due in 1999, officials said."
    assert [y.maturity for y in _evidence(plain, find_mentions(plain))[1]] == [False]


def test_a_year_named_once_as_a_maturity_is_one_throughout() -> None:
    text = ("NEW YORK, Oct. 30 - Hertz Corp. -- $100 million of senior notes due Nov. 1, 2009, "
            "priced at par. The issue, which is puttable back to the company in 1999, was "
            "priced at a spread. Sun Microsystems -- $125 million of debentures due Oct. 15, 1999.")
    _, years = _evidence(text, find_mentions(text))
    assert [(y.year, y.maturity) for y in _distinct_years(years)] == [(1999, True), (2009, True)]
    assert _infer(text, 10, 30)[0] == 1989  # a 10-year and a 20-year issue


def test_an_intention_puts_its_deadline_year_ahead() -> None:
    text = ("BATTLE CREEK, Mich., Oct. 30 - Until recently, Kellogg had been telling Wall Street "
            "that by 1992 it intended to achieve a 50% share of the market.")
    _, years = _evidence(text, find_mentions(text))
    assert [(y.year, y.tense) for y in years] == [(1992, "future")]
    # Without a deadline, "intended" is a participle of a past event.
    past = ("AMHERST, N.Y., Oct. 25 - Operation Rescue started demonstrations in 1992 intended "
            "to shut down abortion clinics.")
    assert [(y.year, y.tense) for y in _evidence(past, find_mentions(past))[1]] == [
        (1992, "past")]


def test_a_whole_years_figures_ahead_may_be_the_story_s_own_year() -> None:
    # "will reduce ... results for 1989" in a November 1989 story: the year's figures are settled
    # only after it ends, so a late-1989 story is as likely as one a year earlier.
    text = ("KALAMAZOO, Mich., Nov. 2 - First of America Bank Corp. said it completed its "
            "acquisition of Midwest Financial Group. Severance payments to those executives not "
            "staying with the company will reduce First of America's operating results for 1989 "
            "by $3 million to $4 million.")
    _, years = _evidence(text, find_mentions(text))
    assert [(y.year, y.tense, y.whole) for y in years] == [(1989, "future", True)]
    year, _, _, explanation = _infer(text, 11, 2)
    assert year == 1989
    assert '"1989" (future tense) puts the story in or shortly before 1989' in explanation
    whole = YearEvidence("for 1989", 1989, "future", whole=True)
    event = YearEvidence("in 1989", 1989, "future")
    assert year_mention_likelihood(1989, whole, 11) == 0.4
    assert year_mention_likelihood(1989, event, 11) == pytest.approx(0.4 * 1.5 / 12)


def test_a_year_and_beyond_opens_a_stretch_not_one_years_figures() -> None:
    text = ("BAYONNE, N.J., Oct. 27 - The company said it is confident about future earnings and "
            "cash flow for 1990 and beyond.")
    _, years = _evidence(text, find_mentions(text))
    assert [(y.year, y.tense, y.whole) for y in years] == [(1990, "future", False)]


def test_a_lead_weekday_without_tense_is_not_taken_for_the_dateline_day() -> None:
    # "by the Tuesday deadline" has no tense of its own: in a Thursday story it is two days back,
    # so the years whose Nov. 2 is a Thursday stay candidates.
    text = ("TOKYO, Nov. 2 - Sony Corp. completed its tender offer for Columbia Pictures "
            "Entertainment Inc., with Columbia shareholders tendering 99.3% of all common shares "
            "outstanding by the Tuesday deadline.")
    weekdays, _ = _evidence(text, find_mentions(text), body_start=text.index("Sony"))
    assert [(w.phrase, w.tense, w.lead) for w in weekdays] == [("Tuesday", "none", False)]
    result = infer_year(text, find_mentions(text), 11, 2, REFERENCE,
                        body_start=text.index("Sony"))
    assert 1989 in [result.year, *result.candidates]
    # Told in the past, the lead's weekday is the day's development: a Tuesday story.
    past = "TOKYO, Nov. 2 - Sony Corp. completed its tender offer on Tuesday, the company said."
    weekdays, _ = _evidence(past, find_mentions(past), body_start=past.index("Sony"))
    assert [(w.tense, w.lead) for w in weekdays] == [("past", True)]


@pytest.mark.parametrize("sentence, phrase", [
    ("Stocks fell sharply on Oct. 13, a Friday, when a buyout of UAL Corp. collapsed.",
     "Oct. 13, a Friday"),
    ("Stocks fell sharply on Oct. 13 (Friday) when a buyout of UAL Corp. collapsed.",
     "Oct. 13 (Friday)"),
    ("Stocks fell sharply Friday (Oct. 13) when a buyout of UAL Corp. collapsed.",
     "Friday (Oct. 13)"),
    ("Stocks fell sharply on Friday 13 October when a buyout of UAL Corp. collapsed.",
     "on Friday 13 October"),
])
def test_a_weekday_beside_a_date_fixes_the_calendar(sentence: str, phrase: str) -> None:
    # The pair names one day: the years whose Oct. 13 is a Friday (1989, 1995, 2000, ...) fit.
    text = "NEW YORK, Oct. 30 - " + sentence
    weekdays, _ = _evidence(text, find_mentions(text))
    assert [(w.phrase, w.weekday, w.month, w.day) for w in weekdays] == [(phrase, 4, 10, 13)]
    year, _, candidates, explanation = _infer(text, 10, 30)
    assert sorted([year, *candidates]) == [1967, 1972, 1978, 1989, 1995, 2000, 2006, 2017, 2023]
    assert f'"{phrase}" fits the calendar of the year around the story' in explanation


def test_a_weekday_and_a_date_in_separate_clauses_stay_apart() -> None:
    text = "NEW YORK, Oct. 30 - The vote was held on Friday. Oct. 13 was a holiday."
    weekdays, _ = _evidence(text, find_mentions(text))
    assert [(w.phrase, w.month, w.day) for w in weekdays] == [("on Friday", None, None)]


def test_a_model_year_only_bounds_the_story_from_below() -> None:
    # "Kopp's 1987 Chevrolet Cavalier" found in 1999: a car is driven for years after it is built.
    text = ("WASHINGTON, Jan. 22 (AP) - Kopp's 1987 Chevrolet Cavalier was discovered last month "
            "at Newark, N.J., airport. Police said a 1994 Ford Explorer was seen near the house.")
    _, years = _evidence(text, find_mentions(text))
    assert [(y.phrase, y.year, y.tense, y.since) for y in years] == [
        ("1987", 1987, "past", True), ("1994", 1994, "past", True)]
    year, _, _, explanation = _infer(text, 1, 22)
    assert year > 1994
    assert "older years (1987, 1994) only bound it from below" in explanation
    # An event named with "the" keeps its year near the story: "the 1976 Ford campaign".
    event = "ATLANTA, Jan. 22 - He ran the 1976 Ford campaign in Georgia."
    assert [(y.year, y.since) for y in _evidence(event, find_mentions(event))[1]] == [
        (1976, False)]


def test_a_birth_year_is_history_and_an_age_beside_it_leads_to_the_story() -> None:
    # Born in 1954 and 44 years old: the story is 1998 or 1999, not shortly after 1954.
    text = ("ROME, May 2 - The 44-year-old protester was born in Buffalo, N.Y., in 1954, police "
            "said.")
    mentions = find_mentions(text)
    assert [(y.year, y.tense, y.since) for y in _evidence(text, mentions)[1]] == [
        (1954, "past", True)]
    assert birth_ages(text, mentions) == [
        ElapsedSpan("44-year-old ... born in 1954", frozenset({44, 45}), source=1954)]
    year, _, candidates, explanation = _infer(text, 5, 2)
    assert (year, candidates[0]) == (1999, 1998)
    assert '"44-year-old ... born in 1954" leads from 1954 to 1999' in explanation
    # An appositive age ("Smith, 51,") counts too; an age at a past moment ("was 4") does not,
    # and a year after the birth year in the same clause is not a birth year.
    appositive = "ATLANTA, May 2 - Smith, 51, who was born in 1947 in Ohio, retired."
    assert [s.gaps for s in birth_ages(appositive, find_mentions(appositive))] == [
        frozenset({51, 52})]
    later = "MIAMI, May 2 - She was born in 1958 and left Cuba in 1962 when she was 4."
    mentions = find_mentions(later)
    assert birth_ages(later, mentions) == []
    assert [(y.year, y.since) for y in _evidence(later, mentions)[1]] == [
        (1958, True), (1962, False)]


@pytest.mark.parametrize("text, month, day, year", [
    ("CHICAGO, March 3 - The Bulls won 62 games in the 1997-98 season, their coach said.",
     3, 3, 1998),
    # From the autumn of its first year the season is this year's.
    ("PARIS, Sept. 4 - Enrollment for the 1999-2000 school year rose 3 percent.", 9, 4, 1999),
])
def test_a_season_across_two_years_is_near_the_story(
        text: str, month: int, day: int, year: int) -> None:
    _, years = _evidence(text, find_mentions(text))
    assert [(y.year, y.attributive, y.straddles) for y in years] == [(year + (month >= 7), True,
                                                                     True)]
    assert _infer(text, month, day)[0] == year


def test_a_range_of_years_is_not_a_season() -> None:
    text = "LONDON, May 2 - Prices rose 1997-99 across Europe, the survey said."
    assert _evidence(text, find_mentions(text))[1] == []


def test_a_year_before_a_thing_made_or_done_is_history_not_a_period() -> None:
    # "a 1996 law", "the 1959 trade embargo": when they happened; "its 1989 operating results"
    # is the period near the story.
    text = ("MIAMI, Jan. 7 (AP) - Burton is an outspoken critic of the Castro regime. A 1996 law "
            "named for him strengthened the 1959 trade embargo against Cuba. Its 1989 operating "
            "results were weak.")
    _, years = _evidence(text, find_mentions(text))
    assert [(y.year, y.tense, y.attributive) for y in years] == [
        (1996, "past", False), (1959, "past", False), (1989, "past", True)]


def test_a_year_an_anniversary_leads_from_bounds_the_story_without_pulling_it_near() -> None:
    # The anniversary says the invasion lies 38 or 39 years back: "in 1961" no longer pulls the
    # story into the 1960s, where April 17 is a Monday in 1967 as it is in 2000.
    text = ("MIAMI, April 17 (AP) - Hundreds of Cuban exiles gathered on Monday to mark the 39th "
            "anniversary of the Bay of Pigs invasion, which failed in 1961. Many of the veterans "
            "said they still felt betrayed.")
    year, _, candidates, explanation = _infer(text, 4, 17)
    assert (year, candidates) == (2000, [])
    assert '"39th anniversary" leads from 1961 to 2000' in explanation
    assert "older years (1961) only bound it from below" in explanation


def test_a_decade_span_leaves_the_distance_open_and_the_year_still_pulls() -> None:
    # "four decades ago" allows 40 to 49 years: it explains no distance, so 1956 still counts
    # as the nearest year looked back on.
    text = ("HAVANA, April 1 (AP) - Fidel Castro began the revolution more than four decades "
            "ago, when the yacht Granma landed on Dec. 2, 1956.")
    mentions = find_mentions(text)
    years = _distinct_years(_evidence(text, mentions)[1])
    spans = elapsed_spans(text, mentions)
    assert [(e.year, e.since) for e in _spanned(2000, years, spans)] == [(1956, False)]


@pytest.mark.parametrize("text, month, day, phrase, gaps, source, year", [
    ("BONN, May 3 (AP) - The plant opened in 1987, seven years ago, and has not made a profit "
     "since.", 5, 3, "in 1987, seven years ago", {7}, 1987, 1994),
    ("WASHINGTON, March 4 - Nearly seven years ago, in March 1987, the plant opened.", 3, 4,
     "Nearly seven years ago, in March 1987", {6, 7}, 1987, 1994),
    ("DES MOINES, Iowa, May 3 (AP) - Dole said last year's 1996 campaign had cost him dearly.",
     5, 3, "last year's 1996", {1}, 1996, 1997),
    ("LONDON, May 3 (Reuters) - Parliament approved this year's 1998 budget on Tuesday.", 5, 3,
     "this year's 1998", {0}, 1998, 1998),
    ("SYDNEY, May 3 (AP) - Tickets for next year's 2000 Olympics went on sale.", 5, 3,
     "next year's 2000", {-1}, 2000, 1999),
])
def test_a_relative_phrase_beside_a_year_pins_the_story_year(
        text: str, month: int, day: int, phrase: str, gaps: set[int], source: int,
        year: int) -> None:
    assert pinned_pairs(text, find_mentions(text)) == [
        ElapsedSpan(phrase, frozenset(gaps), source=source)]
    inferred, _, _, explanation = _infer(text, month, day)
    assert inferred == year
    assert (f'"{phrase}" leads from {source} to {year}' if source != year else
            f'"{phrase}" names {year} as the story\'s own year') in explanation


def test_a_deictic_year_beside_another_year_without_a_possessive_is_no_pin() -> None:
    # "last year's champion" is the champion of the year before the story, not of 1990's.
    text = "ROME, May 3 - In 1990, last year's champion lost in the first round."
    assert pinned_pairs(text, find_mentions(text)) == []
    # "a year earlier" is counted from another event, not from the story.
    earlier = "ROME, May 3 - The company posted a loss in 1995, a year earlier."
    assert pinned_pairs(earlier, find_mentions(earlier)) == []
    # A semicolon or a hyphen ends one clause and starts another: no pair across it.
    for joined in ("ROME, May 3 - The company was founded in 1990; last year it earned $5 million.",
                   "ROME, May 3 - Sales peaked in 1985 - two years ago they rose again."):
        assert pinned_pairs(joined, find_mentions(joined)) == []


def test_a_span_ahead_stays_loose_beside_a_year_spoken_of_ahead() -> None:
    text = ("GENEVA, April 29 - The convention requires member states to destroy their chemical "
            "weapons by 2007. Russia, which holds the largest stockpile, says it cannot do so "
            "within 10 years.")
    mentions = find_mentions(text)
    assert forward_spans(text, mentions) == [ElapsedSpan("within 10 years", frozenset({-10}))]
    # Nothing says the ten years count from 2007, so the span is no pin: the years a few before
    # the target "by 2007" lead, and 1997 stays a candidate.
    year, _, candidates, _ = _infer(text, 4, 29)
    assert (year, candidates) == (2004, [2003, 2005, 2002, 1997, 2006, 2001, 2000, 2007])
    # A plan "within five years" and a plant opening "in 1991" are separate matters: the story
    # is shortly before 1991, not five years before it.
    separate = ("NEW YORK, Oct. 26 - The company said it hopes to double sales within five years. "
                "Separately, it said its new plant will open in 1991.")
    assert _infer(separate, 10, 26)[0] == 1990
    ahead = ("NEW YORK, Oct. 26 - Sales should double over the next three years. Prices will "
             "fall ten years from now.")
    assert [(s.phrase, s.gaps) for s in forward_spans(ahead, find_mentions(ahead))] == [
        ("the next three years", frozenset({-3})), ("ten years from now", frozenset({-10}))]
    # Told in the past, "within five years" is history, not a plan.
    past = "NEW YORK, Oct. 26 - Sales had tripled within five years, the company said."
    assert forward_spans(past, find_mentions(past)) == []


def test_an_anniversary_or_the_past_n_years_leads_from_the_one_year_of_its_sentence() -> None:
    text = ("SEOUL, June 25 (AP) - Veterans marked the 50th anniversary of the outbreak of the "
            "Korean War, which began in 1950.")
    mentions = find_mentions(text)
    assert sentence_pins(text, mentions) == [
        ElapsedSpan("50th anniversary", frozenset({49, 50}), source=1950)]
    year, _, candidates, _ = _infer(text, 6, 25)
    assert (year, candidates) == (2000, [1999])
    since = ("BOGOTA, May 3 - The guerrillas have fought the army for the past seven years, since "
             "1990, officials said.")
    assert sentence_pins(since, find_mentions(since)) == [
        ElapsedSpan("the past seven years", frozenset({7}), source=1990)]
    assert _infer(since, 5, 3)[:3:2] == (1997, [])
    # Two years in the sentence: which one the span leads from is unclear.
    two = "PARIS, May 3 - Sales rose in 1995 and in 1996 over the past five years."
    assert sentence_pins(two, find_mentions(two)) == []
    # The year an anniversary falls in, and a year that ends a span, lead from nothing.
    for text in ("ROME, May 3 - The company celebrated its 50th anniversary in 1998.",
                 "ROME, May 3 - Sales have doubled over the past five years to $2 billion in "
                 "1998."):
        assert sentence_pins(text, find_mentions(text)) == []


def test_a_copyright_notice_names_the_story_s_own_year() -> None:
    text = ("WASHINGTON, Dec. 18 (AP) - Lawmakers left town without a deal, officials said.\n\n"
            "Copyright 2021 The Associated Press. All rights reserved.")
    year, confidence, candidates, explanation = _infer(text, 12, 18)
    assert (year, confidence, candidates) == (2021, 0.726, [])
    assert '"Copyright 2021" names 2021 as the story\'s own year' in explanation
    # A range of years: the last is the year of this copy.
    assert copyright_years("Copyright \u00a9 2019-2021 Thomson Reuters") == [
        ElapsedSpan("Copyright \u00a9 2019-2021", frozenset({0}), source=2021)]
    assert copyright_years("The (c) 1998 notice was missing; see the 1997 edition.") == [
        ElapsedSpan("(c) 1998", frozenset({0}), source=1998)]


def test_a_fiscal_year_written_short_is_read_as_fiscal_years_are() -> None:
    text = ("TOKYO, May 8 (Reuters) - Toyota Motor Corp posted a record operating profit for "
            "FY2023 on Wednesday, helped by a weak yen.")
    assert [(e.phrase, e.year, e.tense, e.period) for e in fiscal_abbreviations(text, 2026)] == [
        ("FY2023", 2023, "past", True)]
    result = infer_year(text, find_mentions(text), 5, 8, REFERENCE,
                        body_start=text.index("Toyota"))
    assert (result.year, result.candidates) == (2024, [])
    # Two digits: the latest such year up to a year after the reference date; a forecast's
    # fiscal year lies ahead.
    ahead = "BENGALURU, May 3 (Reuters) - Infosys raised its revenue forecast for FY25 on Thursday."
    assert [(e.year, e.tense) for e in fiscal_abbreviations(ahead, 2026)] == [(2025, "future")]
    assert [e.year for e in fiscal_abbreviations("FY99 sales fell.", 2026)] == [1999]
    assert [e.year for e in fiscal_abbreviations("FY27 targets", 2026)] == [2027]


def test_a_fiscal_year_running_now_puts_the_story_in_its_year_or_the_one_before() -> None:
    text = ("WASHINGTON, March 4 (Reuters) - The agency expects to spend $2 billion in the current "
            "fiscal 1998, officials said.")
    assert current_fiscal_years(text) == [
        ElapsedSpan("current fiscal 1998", frozenset({0, -1}), source=1998)]
    assert _infer(text, 3, 4)[:3:2] == (1998, [1997])
    began = "WASHINGTON, Nov. 4 - Spending in fiscal 1998, which began Oct. 1, will rise 3 percent."
    assert [s.source for s in current_fiscal_years(began)] == [1998]
    # One that ended is the past, not the year running.
    ended = "WASHINGTON, Nov. 4 - Spending in fiscal 1997, which ended Sept. 30, rose 3 percent."
    assert current_fiscal_years(ended) == []


def test_a_year_in_a_gerund_clause_does_not_take_the_main_clause_s_would() -> None:
    # "after selling ... in 2019" has no tense of its own: the main clause's "would" governs
    # "by 2025", not the sale, so 2019 is not a year ahead and the story may lie after it.
    text = ("LONDON, March 3 (Reuters) - The company said it would invest $2 billion in new "
            "plants by 2025, after selling its chemicals unit in 2019.")
    _, years = _evidence(text, find_mentions(text))
    assert [(y.phrase, y.year, y.tense) for y in years] == [
        ("by 2025", 2025, "future"), ("in 2019", 2019, "none")]
    # The story lies after 2019 and a few years before the target "by 2025" (round 12: a
    # target lies 3 years ahead most often and up to 7, so 2018-19 stay weak candidates).
    year, _, candidates, _ = _infer(text, 3, 3)
    assert year == 2020
    assert sorted([year, *candidates]) == [2018, 2019, 2020, 2021, 2022, 2023, 2024]
    # A finite verb in the clause still gives its tense: "after it sold the unit in 2019".
    finite = ("LONDON, March 3 (Reuters) - The company would invest $2 billion by 2025, after it "
              "sold its chemicals unit in 2019.")
    assert [(y.year, y.tense) for y in _evidence(finite, find_mentions(finite))[1]] == [
        (2025, "future"), (2019, "past")]


def test_n_years_since_an_event_runs_to_the_story() -> None:
    text = ("MADRID, Nov. 20 (Reuters) - Spain marked 50 years since the death of Francisco Franco, "
            "who ruled from 1939 until 1975, with events on Thursday.")
    assert since_spans(text, find_mentions(text)) == [
        ElapsedSpan("50 years since", frozenset({50}))]
    year, _, candidates, explanation = _infer(text, 11, 20)
    assert (year, candidates) == (2025, [1975, 1980])
    assert '"50 years since" leads from 1975 to 2025' in explanation
    # A hedge widens it, a count of decades spans ten; "ten years on from" runs to now too.
    hedged = ("It is nearly 20 years since the war, and two decades since the flood. Ten years on "
              "from the crash, the site is empty.")
    assert since_spans(hedged, find_mentions(hedged)) == [
        ElapsedSpan("nearly 20 years since", frozenset({19, 20})),
        ElapsedSpan("two decades since", frozenset(range(20, 23))),
        ElapsedSpan("Ten years on from", frozenset({10}))]
    # "It had been 20 years since" tells of a past moment.
    past = "By then it had been 20 years since he left Havana in 1961."
    assert since_spans(past, find_mentions(past)) == []


def test_n_years_after_an_event_counts_only_in_the_lead() -> None:
    # Sept. 11, 2004 was a Saturday: three years after the attacks of 2001.
    text = ("NEW YORK, Sept. 11 (AP) - Three years after the Sept. 11 attacks, the city held a "
            "quiet ceremony on Saturday.")
    body = text.index("Three")
    year, _, _, explanation = _infer_from(text, 9, 11, body)
    assert year == 2004
    assert '"Three years after" leads from 2001 to 2004' in explanation
    # Anywhere in the lead: the lead tells of the day.
    raid = ("WASHINGTON, May 2 (AP) - Osama bin Laden was killed in a U.S. raid in Pakistan on "
            "Sunday, nearly 10 years after the Sept. 11 attacks, President Barack Obama said.")
    lead = (raid.index("Osama"), len(raid))
    assert since_spans(raid, find_mentions(raid), lead) == [
        ElapsedSpan("nearly 10 years after", frozenset({9, 10}))]
    # Later in a story "N years after" is as often a past moment: no span.
    later = ("LONDON, July 5 (Reuters) - The shop on Brick Lane closed on Friday after 60 years. "
             "Three years after the war ended, its founder had opened it.")
    mentions = find_mentions(later)
    assert since_spans(later, mentions, (later.index("The"), later.index("Three"))) == []
    assert since_spans(later, mentions, (later.index("Three"), len(later))) == [
        ElapsedSpan("Three years after", frozenset({3}))]


def _infer_from(text: str, month: int, day: int, body: int) -> tuple[int, float, list[int], str]:
    result = infer_year(text, find_mentions(text), month, day, REFERENCE, body_start=body)
    return result.year, result.confidence, result.candidates, result.explanation


def test_an_index_base_year_is_history_not_a_year_near_the_story() -> None:
    text = ("LONDON, Oct. 30 - To make them directly comparable, each index is based on the close "
            "of 1969 equaling 100. Sales in 1988 equaled 100 million pounds.")
    _, years = _evidence(text, find_mentions(text))
    assert [(y.year, y.tense, y.since) for y in years] == [(1969, "past", True),
                                                           (1988, "past", False)]
    plain = "LONDON, Oct. 30 - The consumer price index (1967 = 100) rose to 125.2."
    assert [(y.year, y.since) for y in _evidence(plain, find_mentions(plain))[1]] == [
        (1967, True)]


def test_a_zero_coupon_price_and_yield_lead_back_from_the_maturity() -> None:
    # 1,000 / 308.32 = 1.04 ** 30: fifteen years of semiannual 4% before Nov. 1, 2004.
    text = ("NEW YORK, Oct. 27 - Blockbuster Entertainment Corp. said it raised $92 million from "
            "an offering of liquid yield option notes, which will be due on Nov. 1, 2004. Each "
            "note is being offered at $308.32 per $1,000 principal amount at maturity, "
            "representing an 8% yield to maturity.")
    mentions = find_mentions(text)
    _, years = _evidence(text, mentions)
    assert [(y.year, y.maturity) for y in years] == [(2004, True)]
    assert zero_coupon_terms(text, years) == [ElapsedSpan(
        "$308.32 per $1,000 principal amount at maturity ... 8% yield to maturity",
        frozenset({-15}), source=2004)]
    year, _, _, explanation = _infer(text, 10, 27)
    assert year == 1989
    assert "leads from 2004 to 1989" in explanation
    # Ten years at 7%: $502.57; without a maturity year there is nothing to lead from.
    ten = ("Zero-coupon notes due 1999 were priced at $502.57 per $1,000 face amount at "
           "maturity, a yield to maturity of 7 percent.")
    ten_years = _evidence(ten, find_mentions(ten))[1]
    assert [span.gaps for span in zero_coupon_terms(ten, ten_years)] == [frozenset({-10})]
    assert zero_coupon_terms(ten.replace(" due 1999", ""), []) == []


def test_a_name_in_ing_after_a_conjunction_opens_no_gerund_clause() -> None:
    # "after Boeing deliveries in 2019" is no gerund clause: the sentence's "would" reads its
    # year, as before the gerund rule.
    text = ("SEATTLE, March 3 (Reuters) - The airline would order 50 more jets by 2025, after "
            "Boeing deliveries in 2019.")
    _, years = _evidence(text, find_mentions(text))
    assert [(y.year, y.tense) for y in years] == [(2025, "future"), (2019, "future")]


def test_a_year_a_deadline_preposition_governs_is_a_target_some_years_ahead() -> None:
    # "by 1992" is a goal: copy says "by next year" or "by the end of 1990" for a near one.
    text = ("SEATTLE, Oct. 31 - Ratners has said it hopes to control 5% of the jewelry business "
            "in the U.S. by 1992; currently it controls about 2%.")
    _, years = _evidence(text, find_mentions(text))
    assert [(y.year, y.tense, y.deadline) for y in years] == [(1992, "future", True)]
    assert [round(year_mention_likelihood(story, years[0], 10), 3)
            for story in (1991, 1990, 1989, 1988)] == [0.1, 0.16, 0.2, 0.17]
    assert _infer(text, 10, 31)[0] == 1989
    near = ("DALLAS, Oct. 26 - The company has said it wants to boost non-GM revenue to at least "
            "50% of its total business by the end of 1990.")
    assert [(y.year, y.tense, y.deadline) for y in _evidence(near, find_mentions(near))[1]] == [
        (1990, "future", False)]
    term = ("TORONTO, Oct. 30 - The preferred shares will carry a floating annual dividend equal "
            "to 72% of the 30-day bankers' acceptance rate until Dec. 31, 1994.")
    assert [(y.year, y.deadline) for y in _evidence(term, find_mentions(term))[1]] == [
        (1994, True)]


def test_a_year_told_ahead_keeps_its_kind_beside_a_tenseless_mention() -> None:
    # "for the last half of 1989" is a whole year's figures, settled after the year ends; "1989 is
    # following the trend" has no tense and does not undo that.
    text = ("ST. LOUIS, Oct. 26 - Anheuser said its new strategy will mean lower-than-anticipated "
            "earnings for the last half of 1989. Anheuser noted that beer industry sales volume in "
            "1989 is following the trend of the last half of the '80s.")
    _, years = _evidence(text, find_mentions(text))
    assert [(y.year, y.tense, y.whole) for y in years] == [(1989, "future", True),
                                                          (1989, "none", False)]
    assert [(y.year, y.tense, y.whole) for y in _distinct_years(years)] == [
        (1989, "future", True)]
    assert _infer(text, 10, 26)[0] == 1989


def test_a_trading_session_weekday_is_the_last_session_before_the_story() -> None:
    # Financial copy reports a close on the next working day: "closing unchanged Friday" in a
    # story of Monday, Oct. 30 (1989), not of Friday, Oct. 30 (1987).
    text = ("NASHUA, N.H., Oct. 30 - Nashua Corp. said it will buy back up to one million of its "
            "shares. Under a program approved by the company in 1987, Nashua had purchased "
            "481,000 shares through Sept. 29. Its stock has slumped recently, closing unchanged "
            "Friday at $29 a share in composite trading on the New York Stock Exchange.")
    weekdays, _ = _evidence(text, find_mentions(text))
    assert [(w.phrase, w.tense, w.market) for w in weekdays] == [("Friday", "past", True)]
    monday, friday, saturday = dt.date(1989, 10, 30), dt.date(1987, 10, 30), dt.date(1993, 10, 30)
    assert [round(weekday_likelihood(d, weekdays[0]) / 7, 2) for d in (monday, friday, saturday)] == [
        0.6, 0.12, 0.12]
    assert _infer(text, 10, 30)[:3:2] == (1989, [1988, 1990, 1987])
    # A weekday without a trading session keeps the general table, and 1989 is no longer chosen.
    plain = text.replace("Its stock has slumped recently, closing unchanged Friday at $29 a share "
                         "in composite trading on the New York Stock Exchange.",
                         "The board met Friday to approve the plan.")
    assert [w.market for w in _evidence(plain, find_mentions(plain))[0]] == [False]
    assert _infer(plain, 10, 30)[0] == 1988


def test_copy_that_says_yesterday_names_no_weekday_for_the_day_before() -> None:
    # "said late yesterday" calls the day before the story so: "Saturday night" lies further
    # back, and a Sunday story (Saturday the day before) fits less than a Monday one.
    text = ("WASHINGTON, Feb. 25 - The allied push into Kuwait went well, officials said. Allied "
            "forces pressed their ground offensive, which began Saturday night. White House "
            "spokesman Marlin Fitzwater said late yesterday that the operation has been very "
            "successful.")
    weekdays, _ = _evidence(text, find_mentions(text))
    assert [(w.phrase, w.tense, w.not_yesterday) for w in weekdays] == [
        ("Saturday night", "past", True)]
    sunday, monday = dt.date(1990, 2, 25), dt.date(1991, 2, 25)
    assert [round(weekday_likelihood(d, weekdays[0]) / 7, 3) for d in (sunday, monday)] == [
        0.03, 0.17]
    plain = text.replace(" late yesterday", "")
    assert [w.not_yesterday for w in _evidence(plain, find_mentions(plain))[0]] == [False]
    assert round(weekday_likelihood(sunday, _evidence(plain, find_mentions(plain))[0][0]) / 7,
                 3) == 0.3


def test_a_span_from_a_near_year_does_not_weaken_that_year() -> None:
    # "two years ago" leads from 1985 to 1987; read as a bound only, 1985 would fit 1987 worse
    # than its plain two-year distance does, and 1986 won. The better reading counts.
    text = ("MONTREAL, Oct. 26 - Pierre Lortie, chairman and chief executive, resigned. Mr. Lortie "
            "joined Provigo in 1985 and spearheaded its drive outside the food business. "
            "Its profits began to fall two years ago, analysts said.")
    year, _, candidates, explanation = _infer(text, 10, 26)
    assert (year, candidates) == (1987, [1986, 1985, 1988, 1989])
    assert '"two years ago" leads from 1985 to 1987' in explanation


def test_the_past_n_years_lead_only_from_a_year_told_with_since() -> None:
    # "over the past two years" is a stretch up to now: it starts at a "since" year, not at the
    # year Mr. Lortie joined, so 1987 gets no lead from 1985 (it had 0.40 with one).
    text = ("MONTREAL, Oct. 26 - Pierre Lortie, chairman and chief executive, resigned. Mr. Lortie "
            "joined Provigo in 1985 and spearheaded its drive outside the food business. "
            "Provigo's profit record over the past two years tarnished the company's reputation.")
    assert elapsed_spans(text, find_mentions(text)) == [
        ElapsedSpan("the past two years", frozenset({2}), stretch=True)]
    year, confidence, candidates, explanation = _infer(text, 10, 26)
    assert (year, confidence, candidates) == (1986, 0.21, [1987, 1985, 1988, 1989, 1990])
    assert "leads from" not in explanation


@pytest.mark.parametrize(("sentence", "market"), [
    ("Its stock closed at $29 a share Friday.", True),
    ("The Dow Jones index closed up 12.5 points Friday.", True),
    ("The polls closed at 8 p.m. and the votes were counted Friday.", False),
    ("The talks ended up in failure Friday.", False),
    ("The plant closed down Friday after the strike.", False),
])
def test_only_a_close_told_with_a_price_or_a_move_is_a_trading_session(
        sentence: str, market: bool) -> None:
    text = f"NEW YORK, Oct. 30 - The company said it will cut costs. {sentence}"
    weekdays, _ = _evidence(text, find_mentions(text))
    assert [(w.phrase, w.market) for w in weekdays] == [("Friday", market)]


def test_a_deadline_tied_to_an_event_named_by_its_year_is_a_target_some_years_ahead() -> None:
    # The Olympics are fixed years ahead: a goal set "by the opening of the 2000 Olympics" is as
    # far off as "by 2000", not next year's plan; "by the end of 1990" stays a near deadline.
    text = ("CANBERRA, Feb. 13 - Pro-republicans hope to have an Australian president by the "
            "opening of the 2000 Olympics and the 100th anniversary of Australian federation.")
    _, years = _evidence(text, find_mentions(text))
    assert [(y.year, y.tense, y.deadline) for y in years] == [(2000, "future", True)]
    assert [round(year_mention_likelihood(story, years[0], 2), 3)
            for story in (1999, 1998, 1997)] == [0.1, 0.16, 0.2]
    until = ("LONDON, March 3 - The league will keep its present format until the 2026 World "
             "Cup, officials said.")
    assert [(y.year, y.deadline) for y in _evidence(until, find_mentions(until))[1]] == [
        (2026, True)]
    near = ("DALLAS, Oct. 26 - The company wants to boost non-GM revenue to at least half of its "
            "business by the end of 1990.")
    assert [(y.year, y.deadline) for y in _evidence(near, find_mentions(near))[1]] == [
        (1990, False)]


def test_a_period_without_figures_is_a_date_not_a_reporting_period() -> None:
    # A quarter in which something happened is a past date (its last month), not the period just
    # reported; one the sentence reports figures for stays a reporting period.
    text = ("DEARBORN, Mich., Oct. 27 - The energy company stopped paying a dividend in the third "
            "quarter of 1984 because of troubles at its Midland nuclear plant.")
    _, years = _evidence(text, find_mentions(text))
    assert [(y.year, y.tense, y.month, y.period) for y in years] == [(1984, "past", 9, False)]
    reported = ("MOUNTAIN VIEW, Calif., Oct. 27 - In the 1988 third quarter, the company earned "
                "$20.6 million, or 26 cents a share.")
    _, years = _evidence(reported, find_mentions(reported))
    assert [(y.year, y.month, y.period) for y in years] == [(1988, None, True)]
    half = "LONDON, Oct. 27 - The mine was closed for the first half of 1985 by a strike."
    assert [(y.year, y.month, y.period) for y in _evidence(half, find_mentions(half))[1]] == [
        (1985, 6, False)]


def test_a_period_named_bare_and_with_a_year_is_not_the_story_s_own_twice() -> None:
    # Copy names the quarter it reports bare ("third-quarter net"): the third quarter written with
    # a year is another one, so a story of that year is ten times less likely.
    text = ("PITTSBURGH, Oct. 26 - The steelmaker said third-quarter net income fell 8% to $33 "
            "million, or 35 cents a share. Analysts expect the industry to report losses through "
            "the third quarter of 1990.")
    mentions = find_mentions(text)
    _, years = _evidence(text, mentions)
    assert [(y.year, y.tense, y.twin) for y in years] == [(1990, "future", (7, 9))]
    assert [round(year_mention_likelihood(story, years[0], 10), 3)
            for story in (1990, 1989)] == [0.01, 0.3]
    result = infer_year(text, mentions, 10, 26, dt.date(2026, 11, 28), body_start=22)
    assert (result.year, result.candidates) == (1989, [1988, 1987, 1986, 1985])
    assert ('"the third quarter of 1990" is not the period the text names without its year'
            in result.explanation)
    # Another quarter named bare leaves 1990 possible (the third quarter may be reported then).
    other = text.replace("third-quarter", "second-quarter")
    result = infer_year(other, find_mentions(other), 10, 26, dt.date(2026, 11, 28), body_start=22)
    assert (result.year, result.candidates) == (1989, [1988, 1990, 1987, 1986, 1985])


def test_a_bare_period_is_the_one_running_just_ended_or_next() -> None:
    # A February story's "fourth-quarter" results are last year's; an October story's "second
    # quarter" is too far either way to say which year it is.
    assert bare_period_year(1990, 2, (10, 12)) == 1989
    assert bare_period_year(1990, 10, (7, 9)) == 1990
    assert bare_period_year(1990, 10, (10, 12)) == 1990
    assert bare_period_year(1990, 11, (1, 3)) == 1991
    assert bare_period_year(1990, 10, (4, 6)) is None


def test_a_deictic_year_and_a_year_in_one_sentence_name_two_years() -> None:
    # "from ... in 1980 to ... last year" sets two years against each other: the story is not
    # 1981, which would make them one (before, "last year" matching 1980 chose 1981 at 0.40),
    # nor before 1981, where "last year", the later of the two, would not come after 1980.
    text = ("DAR ES SALAAM, Sept. 7 - The number of visitors to Tanzania jumped from fewer than "
            "100,000 in 1980 to more than 300,000 last year, officials said.")
    mentions = find_mentions(text)
    assert deictic_contrasts(text, mentions) == frozenset({(-1, 1980)})
    result = infer_year(text, mentions, 9, 7, dt.date(2026, 11, 28), body_start=14)
    assert (result.year, result.confidence) == (1982, 0.25)
    assert round(result.posterior[1981], 3) == 0.059
    assert ('"last year" and 1980 are compared in one sentence: two years, so not 1981'
            in result.explanation)
    # Written side by side they are one year, a pin, not a contrast.
    pin = "WASHINGTON, Feb. 4 - Last year's 1996 campaign cost more than any before it."
    assert deictic_contrasts(pin, find_mentions(pin)) == frozenset()
    compared = ("PARIS, Oct. 30 - Mr. Fournier said the company's 1989 profit is likely to be 4.7 "
                "billion francs, up from 633.8 million francs last year.")
    assert deictic_contrasts(compared, find_mentions(compared)) == frozenset({(-1, 1989)})


def test_a_year_naming_a_thing_then_its_distance_from_now_is_a_pin() -> None:
    # "the 1987 crash, two years ago" names 1989 as "in 1987, two years ago" does; a span told of
    # something else in the sentence ("and two years ago he returned") is no pin.
    text = "NEW YORK, Oct. 16 - Stocks fell more sharply than in the 1987 crash, two years ago."
    mentions = find_mentions(text)
    assert [(p.phrase, p.gaps, p.source) for p in pinned_pairs(text, mentions)] == [
        ("1987 crash, two years ago", frozenset({2}), 1987)]
    result = infer_year(text, mentions, 10, 16, dt.date(2026, 11, 28), body_start=12)
    assert (result.year, result.confidence) == (1989, 0.868)
    dashed = "ATLANTA, July 19 - Security is tighter than at the 1996 Olympics -- four years ago."
    assert [(p.gaps, p.source) for p in pinned_pairs(dashed, find_mentions(dashed))] == [
        (frozenset({4}), 1996)]
    other = "NEW YORK, Oct. 16 - He left in 1987, and two years ago he returned."
    assert pinned_pairs(other, find_mentions(other)) == []


def test_a_stretch_since_a_year_is_seldom_more_than_a_decade_old() -> None:
    # "since 1980" bounds the story from below and is flat for a decade, then fades as (10 / years)
    # ** 1.5 (round 13; was 10 / years); a birth year, kept for a lifetime, stays flat.
    text = "LONDON, Oct. 30 - The conglomerate has been doubling its profits annually since 1980."
    years = _distinct_years(_evidence(text, find_mentions(text))[1])
    assert [(y.year, y.since, y.started) for y in years] == [(1980, True, True)]
    assert [round(year_mention_likelihood(story, years[0], 10), 3)
            for story in (1985, 1990, 2000, 2020)] == [0.04, 0.04, 0.014, 0.005]
    result = infer_year(text, find_mentions(text), 10, 30, dt.date(2026, 11, 28), body_start=16)
    assert '"since 1980" tells of a stretch seldom more than 10 years old' in result.explanation
    born = "BUFFALO, N.Y., Oct. 24 - Slepian was born in Buffalo in 1946."
    years = _distinct_years(_evidence(born, find_mentions(born))[1])
    assert [(y.year, y.since, y.started) for y in years] == [(1946, True, False)]
    assert [round(year_mention_likelihood(story, years[0], 10), 3)
            for story in (1985, 2020)] == [0.04, 0.04]
