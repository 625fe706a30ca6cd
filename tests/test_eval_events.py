"""The events scorer on a small hand-built TimeML document with hand-counted figures."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from newstimeline.cli import main
from newstimeline.evaluate.events_score import (
    figures,
    gold_anchors,
    gold_pairs,
    score_document,
    value_interval,
)
from newstimeline.evaluate.timeml import parse_timeml
from newstimeline.models import (
    Event,
    EventTime,
    Interval,
    Precision,
    Span,
    TimeExpression,
)

D = dt.date
TML = """<?xml version="1.0" ?>
<TimeML>
<DOCID>T1</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="1998-02-19" functionInDocument="CREATION_TIME">1998-02-19</TIMEX3></DCT>
<TEXT>
Officials <EVENT eid="e1" class="REPORTING">said</EVENT> the rebels <EVENT eid="e2" class="OCCURRENCE">attacked</EVENT> the town on <TIMEX3 tid="t1" type="DATE" value="1998-02-16">Monday</TIMEX3>. The <EVENT eid="e3" class="OCCURRENCE">fighting</EVENT> <EVENT eid="e4" class="ASPECTUAL">ended</EVENT> in <TIMEX3 tid="t2" type="DATE" value="1998-02">February</TIMEX3>.
</TEXT>
<MAKEINSTANCE eventID="e1" eiid="ei1" tense="PAST" aspect="NONE" polarity="POS" pos="VERB"/>
<MAKEINSTANCE eventID="e2" eiid="ei2" tense="PAST" aspect="NONE" polarity="POS" pos="VERB"/>
<MAKEINSTANCE eventID="e3" eiid="ei3" tense="NONE" aspect="NONE" polarity="POS" pos="NOUN"/>
<MAKEINSTANCE eventID="e4" eiid="ei4" tense="PAST" aspect="NONE" polarity="POS" pos="VERB"/>
<TLINK lid="l1" relType="IS_INCLUDED" eventInstanceID="ei1" relatedToTime="t0"/>
<TLINK lid="l2" relType="IS_INCLUDED" eventInstanceID="ei2" relatedToTime="t1"/>
<TLINK lid="l3" relType="IS_INCLUDED" eventInstanceID="ei3" relatedToTime="t2"/>
<TLINK lid="l4" relType="DURING" eventInstanceID="ei4" relatedToTime="t2"/>
<TLINK lid="l5" relType="AFTER" eventInstanceID="ei1" relatedToEventInstance="ei2"/>
<TLINK lid="l6" relType="BEFORE" eventInstanceID="ei2" relatedToEventInstance="ei4"/>
<TLINK lid="l7" relType="BEFORE" eventInstanceID="ei3" relatedToEventInstance="ei4"/>
<TLINK lid="l8" relType="INCLUDES" eventInstanceID="ei1" relatedToEventInstance="ei2"/>
</TimeML>
"""  # noqa: E501 (TimeML keeps each sentence on one line)


def _event(text: str, word: str, event_class: str, day: dt.date | None,
           tense: str = "past") -> Event:
    start = text.index(word)
    return Event(
        id=f"ev-{word}", document="T1", summary=word, actors=[],
        trigger=Span(text=word, start=start, end=start + len(word)),
        event_class=event_class, tense=tense, polarity="POS",  # type: ignore[arg-type]
        sentence=Span(text=text, start=0, end=len(text)),
        time=EventTime(value=None, earliest=day, latest=day, precision=Precision.DAY,
                       relation="on" if day else "undated",
                       basis="expression" if day else "none", expression=None,
                       explanation="test"),
    )


def _expression(text: str, words: str, value: str, first: dt.date,
                last: dt.date) -> TimeExpression:
    start = text.index(words)
    return TimeExpression(
        span=Span(text=words, start=start, end=start + len(words)), type="DATE", value=value,
        interval=Interval(earliest=first, latest=last, precision=Precision.DAY),
        rule="test", explanation="test")


@pytest.fixture
def scored() -> dict[str, object]:
    doc = parse_timeml(TML)
    text = doc.text
    # The system's time-sorted list: "ended" first (wrongly), then "attacked", "said", "town".
    events = [
        _event(text, "ended", "OCCURRENCE", D(1998, 2, 10)),
        _event(text, "attacked", "OCCURRENCE", D(1998, 2, 17)),
        _event(text, "said", "REPORTING", D(1998, 2, 19)),
        _event(text, "town", "OCCURRENCE", None, tense="none"),
    ]
    expressions = [_expression(text, "Monday", "1998-02-16", D(1998, 2, 16), D(1998, 2, 16)),
                   _expression(text, "February", "1998-02", D(1998, 2, 1), D(1998, 2, 28))]
    return figures(score_document(doc, events, expressions))


def test_mentions_match_by_overlap_and_count_class(scored: dict[str, object]) -> None:
    assert (scored["gold_events"], scored["system_events"]) == (4, 4)
    assert scored["mention_precision"] == pytest.approx(75.0)
    assert scored["mention_recall"] == pytest.approx(75.0)
    assert scored["mention_f1"] == pytest.approx(75.0)
    assert scored["class_accuracy"] == pytest.approx(200 / 3)
    assert scored["tense_accuracy"] == pytest.approx(100.0)


def test_anchoring_counts_missing_events_and_wrong_days_as_wrong(
        scored: dict[str, object]) -> None:
    # said ∈ DCT: right; attacked on 17th ≠ Monday 16th: wrong; fighting: missing; ended on
    # the 10th lies in February, the timex's granularity: right.
    assert scored["anchored_events"] == 4
    assert scored["anchoring_accuracy"] == pytest.approx(50.0)
    assert scored["anchoring_found"] == pytest.approx(75.0)


def test_baselines_use_the_nearest_expression_in_the_sentence(scored: dict[str, object]) -> None:
    # "said" takes Monday (wrong); attacked, fighting and ended are right.
    assert scored["baseline_anchoring_accuracy"] == pytest.approx(75.0)
    assert scored["gold_timex_baseline_anchoring_accuracy"] == pytest.approx(75.0)
    # The DCT (Feb 19) is right for said, fighting and ended (in February), not for Monday.
    assert scored["dct_baseline_anchoring_accuracy"] == pytest.approx(75.0)


def test_ordering_uses_list_positions_and_missing_pairs_are_wrong(
        scored: dict[str, object]) -> None:
    # attacked<said: right; attacked<ended: wrong (ended listed first); fighting<ended: missing.
    assert scored["ordered_pairs"] == 3
    assert scored["ordering_accuracy"] == pytest.approx(100 / 3)
    # Text order gets attacked<ended and fighting<ended right, but says "said" comes first.
    assert scored["text_order_accuracy"] == pytest.approx(200 / 3)


def test_gold_pairs_are_oriented_earlier_first() -> None:
    pairs = gold_pairs(parse_timeml(TML))
    assert [(p.first, p.second) for p in pairs] == [("e2", "e1"), ("e2", "e4"), ("e3", "e4")]


def test_gold_anchors_prefer_a_text_timex_over_the_dct() -> None:
    tml = TML.replace('relatedToTime="t0"/>', 'relatedToTime="t0"/>\n<TLINK lid="l9" '
                      'relType="IS_INCLUDED" eventInstanceID="ei1" relatedToTime="t1"/>')
    anchors, skipped = gold_anchors(parse_timeml(tml))
    assert [(a.eid, a.value, a.to_dct) for a in anchors] == [
        ("e1", "1998-02-16", False), ("e2", "1998-02-16", False),
        ("e3", "1998-02", False), ("e4", "1998-02", False)]
    assert skipped == 0


@pytest.mark.parametrize(("value", "expected"), [
    ("1998-02-19", (D(1998, 2, 19), D(1998, 2, 19))),
    ("1998-02-19T14:26:00", (D(1998, 2, 19), D(1998, 2, 19))),
    ("19980108", (D(1998, 1, 8), D(1998, 1, 8))),
    ("1998-02", (D(1998, 2, 1), D(1998, 2, 28))),
    ("1998-W08", (D(1998, 2, 16), D(1998, 2, 22))),
    ("1989-Q3", (D(1989, 7, 1), D(1989, 9, 30))),
    ("1998-SU", (D(1998, 6, 1), D(1998, 8, 31))),
    ("1998", (D(1998, 1, 1), D(1998, 12, 31))),
    ("199X", (D(1990, 1, 1), D(1999, 12, 31))),
    ("PAST_REF", None),
    ("P3D", None),
])
def test_value_interval_covers_the_value_at_its_granularity(
        value: str, expected: tuple[dt.date, dt.date] | None) -> None:
    assert value_interval(value) == expected


def _write(tmp_path: Path) -> Path:
    folder = tmp_path / "gold"
    folder.mkdir()
    (folder / "T1.tml").write_text(TML, encoding="utf-8")
    return folder


def test_eval_events_command_prints_json_with_the_gold_counts(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["eval", "events", str(_write(tmp_path)), "--json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    assert (report["documents"], report["gold_events"], report["anchored_events"],
            report["ordered_pairs"]) == (1, 4, 4, 3)
    assert report["text_order_accuracy"] == pytest.approx(200 / 3)


def test_eval_events_fails_below_a_recorded_baseline(tmp_path: Path) -> None:
    baseline = tmp_path / "baseline.json"
    baseline.write_text(json.dumps({"figures": {"text_order_accuracy": 99.0}}), encoding="utf-8")
    result = CliRunner().invoke(main, ["eval", "events", str(_write(tmp_path)),
                                       "--baseline", str(baseline)])
    assert result.exit_code == 1
    assert "regression: text_order_accuracy 66.7 < recorded 99.0" in result.output


SHARED = Path(__file__).resolve().parents[1] / ".." / "shared" / "data" / "tbaq"


@pytest.mark.skipif(not SHARED.is_dir(), reason="../shared/data/tbaq (TimeML data) is absent")
def test_text_order_baseline_on_tbaq_matches_the_issue() -> None:
    result = CliRunner().invoke(main, ["eval", "events", str(SHARED), "--json"])
    report = json.loads(result.output)
    assert report["ordered_pairs"] == 3041
    assert round(report["text_order_accuracy"]) == 61


def test_eval_events_records_figures_rounded_down(tmp_path: Path) -> None:
    record = tmp_path / "baseline.json"
    gold = _write(tmp_path)
    result = CliRunner().invoke(main, ["eval", "events", str(gold), "--record", str(record)])
    assert result.exit_code == 0, result.output
    recorded = json.loads(record.read_text(encoding="utf-8"))
    assert recorded["documents"] == 1
    assert recorded["context"]["text_order_accuracy"] == 66.6
    assert set(recorded["figures"]) == {"mention_f1", "class_accuracy", "anchoring_accuracy",
                                        "ordering_accuracy"}
    again = CliRunner().invoke(main, ["eval", "events", str(gold), "--baseline", str(record)])
    assert again.exit_code == 0, again.output


def test_an_undated_report_is_scored_by_its_usual_day_not_its_window() -> None:
    doc = parse_timeml(TML)
    said = _event(doc.text, "said", "REPORTING", None)
    window = EventTime(value=None, earliest=D(1998, 2, 18), latest=D(1998, 2, 19),
                       precision=Precision.DAY, relation="on", basis="reporting",
                       expression=None, explanation="test")
    counts = [score_document(doc, [said.model_copy(update={"time": time})], [])
              for time in (window, window.model_copy(update={"likely_day": D(1998, 2, 19)}),
                           window.model_copy(update={"likely_day": D(1998, 2, 18)}))]
    assert [c.anchored_correct for c in counts] == [0, 1, 0]


def test_figures_on_the_events_found_leave_missed_triggers_out(scored: dict[str, object]) -> None:
    # Found anchored events: said (right), attacked (wrong), ended (right); the baseline gets
    # attacked and ended. Found pairs: attacked<said (right, text order wrong) and
    # attacked<ended (wrong, text order right).
    assert scored["anchoring_accuracy_of_found"] == pytest.approx(200 / 3)
    assert scored["baseline_anchoring_accuracy_of_found"] == pytest.approx(200 / 3)
    assert scored["ordering_accuracy_of_found"] == pytest.approx(50.0)
    assert scored["text_order_accuracy_of_found"] == pytest.approx(50.0)


LINKS_TML = """<?xml version="1.0" ?>
<TimeML>
<DOCID>T2</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="1998-02-19" functionInDocument="CREATION_TIME">1998-02-19</TIMEX3></DCT>
<TEXT>
Rebels <EVENT eid="e1" class="OCCURRENCE">shelled</EVENT> the town <TIMEX3 tid="t1" type="DATE" value="1998-02-16">Monday</TIMEX3> at <TIMEX3 tid="t2" type="TIME" value="1998-02-16T09:00">9 a.m.</TIMEX3> after a <EVENT eid="e2" class="OCCURRENCE">siege</EVENT> of <TIMEX3 tid="t3" type="DURATION" value="P3D">three days</TIMEX3>. Talks <EVENT eid="e3" class="OCCURRENCE">failed</EVENT> <TIMEX3 tid="t4" type="DATE" value="PAST_REF">recently</TIMEX3>, and a <EVENT eid="e4" class="OCCURRENCE">truce</EVENT> <EVENT eid="e5" class="OCCURRENCE">began</EVENT> <TIMEX3 tid="t5" type="DATE" value="1998-02-18">Wednesday</TIMEX3>; aid is <EVENT eid="e6" class="OCCURRENCE">arriving</EVENT>.
</TEXT>
<MAKEINSTANCE eventID="e1" eiid="ei1" tense="PAST" aspect="NONE" polarity="POS" pos="VERB"/>
<MAKEINSTANCE eventID="e2" eiid="ei2" tense="NONE" aspect="NONE" polarity="POS" pos="NOUN"/>
<MAKEINSTANCE eventID="e3" eiid="ei3" tense="PAST" aspect="NONE" polarity="POS" pos="VERB"/>
<MAKEINSTANCE eventID="e4" eiid="ei4" tense="NONE" aspect="NONE" polarity="POS" pos="NOUN"/>
<MAKEINSTANCE eventID="e5" eiid="ei5" tense="PAST" aspect="NONE" polarity="POS" pos="VERB"/>
<MAKEINSTANCE eventID="e6" eiid="ei6" tense="PRESENT" aspect="PROGRESSIVE" polarity="POS" pos="VERB"/>
<TLINK lid="l1" relType="IS_INCLUDED" eventInstanceID="ei1" relatedToTime="t2"/>
<TLINK lid="l2" relType="INCLUDES" timeID="t1" relatedToEventInstance="ei1"/>
<TLINK lid="l3" relType="DURING" eventInstanceID="ei2" relatedToTime="t3"/>
<TLINK lid="l4" relType="BEFORE" eventInstanceID="ei2" relatedToTime="t1"/>
<TLINK lid="l5" relType="IS_INCLUDED" eventInstanceID="ei3" relatedToTime="t4"/>
<TLINK lid="l6" relType="BEGINS" timeID="t5" relatedToEventInstance="ei4"/>
<TLINK lid="l7" relType="IS_INCLUDED" eventInstanceID="ei5" relatedToTime="t5"/>
<TLINK lid="l8" relType="IS_INCLUDED" eventInstanceID="ei5" relatedToTime="t0"/>
<TLINK lid="l9" relType="INCLUDES" eventInstanceID="ei6" relatedToTime="t0"/>
<TLINK lid="l10" relType="IDENTITY" eventInstanceID="ei4" relatedToEventInstance="ei5"/>
</TimeML>
"""  # noqa: E501 (TimeML keeps each sentence on one line)


def test_gold_anchors_count_the_issues_link_types_to_dates_in_either_direction() -> None:
    # shelled: a DATE timex links to it (l2; the TIME link l1 is no DATE); siege: only a
    # DURATION and a BEFORE link, so it is not anchored; failed: PAST_REF has no calendar
    # value (skipped, counted); truce: BEGINS from the timex side; began: the text timex wins
    # over the DCT; arriving: INCLUDES the DCT.
    anchors, skipped = gold_anchors(parse_timeml(LINKS_TML))
    assert [(a.eid, a.value, a.to_dct) for a in anchors] == [
        ("e1", "1998-02-16", False), ("e4", "1998-02-18", False), ("e5", "1998-02-18", False),
        ("e6", "1998-02-19", True)]
    assert skipped == 1


@pytest.mark.skipif(not SHARED.is_dir(), reason="../shared/data/tbaq (TimeML data) is absent")
def test_tbaq_has_3000_events_anchored_to_a_date_of_which_216_have_no_calendar_value() -> None:
    from newstimeline.evaluate.timeml import read_corpus

    totals = [gold_anchors(doc) for doc in read_corpus(SHARED)]
    anchored = sum(len(anchors) for anchors, _ in totals)
    skipped = sum(skipped for _, skipped in totals)
    to_dct = sum(a.to_dct for anchors, _ in totals for a in anchors)
    assert (anchored, skipped, to_dct) == (2784, 216, 1060)
