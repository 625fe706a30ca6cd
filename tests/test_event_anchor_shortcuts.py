"""Shortcuts of the anchoring's speed work (speed round 13): each gives what the longer way gives."""

from __future__ import annotations

import datetime as dt

from newstimeline.events.anchor import (
    anchor_by_convention,
    anchor_event,
    carried_date,
    story_day_after,
)
from newstimeline.events.mentions import find_event_mentions, word_codes
from newstimeline.models import TimeExpression
from newstimeline.text import sentence_spans, tokens
from newstimeline.timex import find_mentions, resolve_mentions

DCT = dt.date(2021, 12, 18)  # a Saturday
TEXT = ("MindSpring closed the site on Thursday night. Officials met in March. "
        "The ministry said on Friday that the talks would resume.")


def _expressions() -> dict[str, TimeExpression]:
    found = resolve_mentions(TEXT, find_mentions(TEXT), DCT, sentence_spans(TEXT))
    return {e.span.text: e for e in found}


def test_paragraphs_are_counted_only_for_a_day_that_may_lapse() -> None:
    # Only a recent day before the story's "day before" lapses (Thursday in a Saturday
    # story); for the others the count of paragraphs is not read, and not needed.
    counted: list[str] = []

    def paragraphs(expression: TimeExpression) -> int:
        counted.append(expression.span.text)
        return 3

    expressions = _expressions()
    for name in ("Friday", "March", "Thursday night"):
        carried_date(expressions[name], 0, None, DCT, paragraphs)
    assert counted == ["Thursday night"]


def test_the_carried_date_is_the_long_ways_for_any_count_of_paragraphs() -> None:
    expressions = _expressions()
    for name in ("Friday", "March", "Thursday night"):
        for count in (0, 2, 3, 7):
            shortcut = carried_date(expressions[name], 0, None, DCT, lambda _e, c=count: c)
            assert shortcut == story_day_after(expressions[name], count, DCT), (name, count)
    lapsed = carried_date(expressions["Thursday night"], 0, None, DCT, lambda _e: 3)
    assert lapsed is not None
    assert (lapsed.value, lapsed.rule) == ("2021-12-18", "story_date")


def test_events_without_dates_take_the_conventions_time_as_before() -> None:
    # The convention's EventTime is built only where it is returned: an undated report, a
    # present, a perfect and a plain past still get exactly its fields.
    text = "Officials said the rebels have fled the city and the army is guarding the bridge."
    toks = tokens(text)
    found = find_event_mentions(toks, word_codes(toks))
    times = {m.token.text: anchor_event(m, text, [], [], None, DCT) for m in found}
    assert {word: time.basis for word, time in times.items()} == {
        "said": "reporting", "fled": "tense", "guarding": "tense"}
    for mention in found:
        assert times[mention.token.text] == anchor_by_convention(mention, DCT)
