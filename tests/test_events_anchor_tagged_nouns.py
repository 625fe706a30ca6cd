"""A trigger the mention model gave a tense but that stands right after a
determiner or a comparative ("will achieve higher sales this year") is a noun: it claims no
date of its sentence as a finite verb would."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

import newstimeline.events as events_stage
from newstimeline.events.anchor import tagged_noun
from newstimeline.events.mentions import EventMention, model_mentions
from newstimeline.text import Token, tokens
from tests.test_events_stage import _by_trigger, _mentions

TEXT = ("Mr. Marous said the business will achieve higher sales this year than the company's "
        "target goal of 8.5%.")


def _with_present_sales(toks: list[Token], outside_margin: float | None = None,
                        codes: list[int] | None = None) -> list[EventMention]:
    """The model's mentions, with "sales" read as a present verb (as fold models of the
    mention model read it in TBAQ's wsj_0973)."""
    found = [m for m in model_mentions(toks, outside_margin, codes) if m.token.lower != "sales"]
    [i] = [k for k, t in enumerate(toks) if t.lower == "sales"]
    template = found[0]
    sales = dataclasses.replace(template, index=i, token=toks[i], event_class="OCCURRENCE",
                                tense="present", aspect="simple", polarity="POS",
                                clause=(i, len(toks)), dependent=False)
    return sorted([*found, sales], key=lambda m: m.index)


def test_a_future_keeps_its_period_when_a_noun_after_a_comparative_is_read_as_a_verb(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(events_stage, "model_mentions", _with_present_sales)
    achieve = _by_trigger(_mentions(TEXT), "achieve")
    # The rest of this year (the DCT is 2022-03-10), not an open time after the story's date.
    assert (achieve.time.earliest, achieve.time.latest) == \
        (dt.date(2022, 3, 10), dt.date(2022, 12, 31))


def test_a_tensed_trigger_after_a_comparative_is_a_noun_but_one_after_will_a_verb() -> None:
    toks = tokens(TEXT)
    [sales] = [m for m in _with_present_sales(toks) if m.token.lower == "sales"]
    assert tagged_noun(sales, toks) is True
    verb_toks = tokens("The bank will sell the unit this year.")
    [sell] = [m for m in model_mentions(verb_toks) if m.token.lower == "sell"]
    assert (sell.tense, tagged_noun(sell, verb_toks)) == ("future", False)
