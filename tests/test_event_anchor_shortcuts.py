"""Shortcuts of the anchoring's speed work: each gives what the longer way gives."""

from __future__ import annotations

import dataclasses
import datetime as dt
import random

from newstimeline import events
from newstimeline.events import (
    _present_governors,
    _present_passive,
    _retensed,
    anchor,
    built,
    extract_events,
)
from newstimeline.events.anchor import (
    RelativeClause,
    anchor_by_convention,
    anchor_event,
    carried_date,
    quoted_spans,
    relative_clauses,
    story_day_after,
)
from newstimeline.events.mentions import (
    EventMention,
    find_event_mentions,
    model_mentions,
    word_codes,
)
from newstimeline.events.vocabulary import CLAUSE_OPENERS
from newstimeline.models import EventTime, TimeExpression
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
    # story), and a past month or year frames no later paragraph (March); for the others the
    # count of paragraphs is not read, and not needed.
    counted: list[str] = []

    def paragraphs(expression: TimeExpression) -> int:
        counted.append(expression.span.text)
        return 3

    expressions = _expressions()
    for name in ("Friday", "March", "Thursday night"):
        carried_date(expressions[name], 0, None, DCT, paragraphs)
    assert counted == ["March", "Thursday night"]


def test_the_carried_date_is_the_long_ways_for_any_count_of_paragraphs() -> None:
    expressions = _expressions()
    for name in ("Friday", "March", "Thursday night"):
        for count in (0, 2, 3, 7):
            shortcut = carried_date(expressions[name], 0, None, DCT, lambda _e, c=count: c)
            if name == "March" and count:
                # A past month told paragraphs back: the story's news day (none here).
                assert shortcut is None, count
                continue
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


def _filtered_the_long_way(mention: EventMention, text: str, own: list[TimeExpression],
                           sentence: list[TimeExpression], dct: dt.date, dependent: bool,
                           relatives: list[RelativeClause], finite_starts: list[int],
                           quotes: list[tuple[int, int]],
                           ) -> tuple[list[TimeExpression], list[TimeExpression]]:
    """anchor_event's filters as they were before speed round 13: one list after another."""
    start = mention.token.start
    own = [e for e in own if not anchor.comparison_base(e, start, text)]
    if mention.tense == "past":
        own = [e for e in own if e.interval.earliest is None
               or (e.interval.earliest.year <= dct.year
                   and not (e.interval.earliest > dct and anchor.noun_modifier(e, text)))]
    sentence = [e for e in sentence if not anchor.comparison_base(e, start, text)]
    own = [e for e in own if not (e.span.start > start and anchor._possessive(e, text))]
    if mention.token.lower not in anchor.OCCASION_VERBS:
        own = [e for e in own if not anchor._object_modifier(e, start, text)]
        sentence = [e for e in sentence if not anchor._object_modifier(e, start, text)]
    sentence = [e for e in sentence
                if not anchor._in_other_relative(e, mention, relatives, sentence)]
    sentence = [e for e in sentence if not anchor._in_other_quote(e, mention, quotes)]
    if mention.tense == "none":
        sentence = [e for e in sentence
                    if not (anchor._coarse_beyond_verb(e, start, text, finite_starts)
                            and not anchor._describes(mention, e, relatives))]
    if not own and not dependent:
        own = [e for e in sentence if anchor._possessive(e, text)
               and anchor._possessed_by(e, text, start)
               and not {",", "to", "that"} & set(text[e.span.end:start].lower().split())]
    return own, sentence


FILTERED = [
    "Profit jumped 45% to $5.8 million from $4 million a year earlier, the company said Friday.",
    "Judge Smith, who became a judge in 1990, resigned on Monday after last month's ruling.",
    "``I am willing to leave tomorrow,'' Castro read on Wednesday in Havana.",
    "The company reported a third-quarter net loss and expects higher sales next year.",
    "With more people drawn into the labor force, the rate remained at 4.7 percent last month.",
    "Officials attended a Sunday memorial service for the victims of the Aug. 7 bombings.",
]


def test_one_pass_filters_keep_what_the_filters_one_after_another_kept() -> None:
    compared = dropped = 0
    for text in FILTERED:
        toks = tokens(text)
        found = find_event_mentions(toks, word_codes(toks))
        placing = [e for e in resolve_mentions(text, find_mentions(text), DCT,
                                               sentence_spans(text))
                   if e.type in anchor.PLACING_TYPES]
        relatives = relative_clauses(toks)
        quotes = quoted_spans(toks)
        finite = [m.token.start for m in found if m.tense != "none"]
        for mention in found:
            for own in (placing, placing[:1], []):
                for dependent in (False, True):
                    args = (mention, text, own, placing, DCT, dependent, relatives, finite, quotes)
                    kept = anchor._expressions_of(*args)
                    assert kept == _filtered_the_long_way(*args)
                    compared += 1
                    dropped += len(kept[1]) < len(placing)
    # Every sentence's triggers, and filters that drop expressions (bases, quotes, clauses).
    assert (compared, dropped) == (42, 18)


def test_a_date_in_force_is_built_at_once_as_the_long_way_built_it() -> None:
    # anchor_by_discourse was anchor_by_expression(bounded=False) and a copy of it with the
    # basis, expression and explanation replaced: the same model, state for state.
    expressions = _expressions()
    toks = tokens(TEXT)
    mention = find_event_mentions(toks, word_codes(toks))[0]
    lapsed = story_day_after(expressions["Thursday night"], 3, DCT)
    for expression in [*expressions.values(), lapsed]:
        time = anchor.anchor_by_expression(expression, TEXT, mention.token.text,
                                           mention.token.start, bounded=False)
        long_way = built.time_copy(time, {
            "basis": "discourse",
            "expression": None if expression.rule == anchor.STORY_DATE_RULE else time.expression,
            "explanation": f"{expression.explanation} (the date in force in the sentence of "
                           f"'{mention.token.text}')"})
        shortcut = anchor.anchor_by_discourse(mention, expression, TEXT, "in the sentence")
        assert shortcut.__getstate__() == long_way.__getstate__()
    assert anchor.anchor_by_discourse(mention, lapsed, TEXT, "here").expression is None


RETENSED = [
    "The law requires parties to register, and the talks are now stalled.",
    "Westinghouse also is well positioned to sell turbines, the company said.",
    "The business will achieve higher sales this year as demand rises.",
    "His death shows again how the bombing that killed 224 people was planned.",
]


def test_tenses_are_corrected_as_the_three_tests_on_every_mention_corrected_them() -> None:
    changed = 0
    for text in RETENSED:
        toks = tokens(text)
        for found in (find_event_mentions(toks, word_codes(toks)), model_mentions(toks)):
            long_way = [dataclasses.replace(m, tense="present")
                        if anchor.untensed_present(m, toks, found) or _present_passive(m, toks)
                        else dataclasses.replace(m, tense="none", aspect="simple")
                        if anchor.tagged_noun(m, toks) else m for m in found]
            assert _retensed(found, toks) == long_way
            changed += sum(a != b for a, b in zip(found, long_way, strict=True))
    assert changed == 5


TIMES_TEXT = (
    "Both sides are in talks to settle the dispute. Embassy employees can offer only emergency "
    "service. The two men are believed to live in Cleveland. Sir Christopher will remain in "
    "both posts. A closing date hasn't been set. On Monday, police arrived at the clinic. "
    "The gunman had fled the city. The company plans to sell its unit. Profit rose after "
    "Monday, and the bank will cut rates by Dec. 15, officials said."
)


def test_every_built_time_is_the_model_validation_makes_of_its_fields() -> None:
    # The anchors build their EventTimes (and copies) without validation: each is, state for
    # state, the EventTime validated from the fields it has set.
    explanations: set[str] = set()
    for mode in ("timeline", "mentions"):
        expressions = resolve_mentions(TIMES_TEXT, find_mentions(TIMES_TEXT), DCT,
                                       sentence_spans(TIMES_TEXT))
        for event in extract_events("doc", TIMES_TEXT, 0, expressions, DCT, mode=mode):
            time = event.time
            fields = {name: getattr(time, name) for name in time.__pydantic_fields_set__}
            assert time.__getstate__() == EventTime(**fields).__getstate__(), event.trigger.text
            explanations.add(time.explanation.split(":")[0])
    assert {"'talks' in the clause of present 'are'",
            "'rose' is after \"Monday\" → 2021-12-13",
            "'offer' after a present modal",
            "'live' hangs on present 'believed'",
            "future 'remain' goes on with what holds at the story's date 2021-12-18",
            "negated present perfect 'set'",
            "past perfect 'fled'",
            "future 'sell'"} <= explanations


GOVERNED = [
    "They believe Kopp is hiding in Mexico and has fled the country.",
    "The relatives have fought to keep the boy, who is staying with them in Miami.",
    "Police say the gunman was driven to the border after the shooting.",
    "The company plans to sell its unit, which lost money last year.",
]


def test_finite_triggers_are_anchored_alike_with_or_without_their_governors() -> None:
    # The stage reads the governing verbs only for a sentence with an untensed trigger: a
    # finite trigger's time does not depend on them.
    governed = 0
    for text in GOVERNED:
        toks = tokens(text)
        codes = word_codes(toks)
        for found in (find_event_mentions(toks, codes), model_mentions(toks, codes=codes)):
            presents, perfects = _present_governors(found, toks, codes, text)
            for k, mention in enumerate(found):
                if mention.tense == "none":
                    continue
                governed += presents[k] is not None or perfects[k] is not None
                assert anchor_event(mention, text, [], [], None, DCT,
                                    dependent=mention.dependent, present_verb=presents[k],
                                    perfect_verb=perfects[k]) == anchor_event(
                    mention, text, [], [], None, DCT, dependent=mention.dependent)
    assert governed == 7


def test_finite_triggers_are_anchored_alike_whatever_the_sentences_tense() -> None:
    # The main clauses' tenses are read for a dated sentence only when it has an untensed
    # trigger or a coming date carried to it: a finite trigger's time does not depend on them.
    in_force = _expressions()["Friday"]
    finite = 0
    for text in GOVERNED:
        toks = tokens(text)
        for mention in find_event_mentions(toks, word_codes(toks)):
            if mention.tense == "none":
                continue
            finite += 1
            times = [anchor_event(mention, text, [], [], in_force, DCT, sentence_tense=tense)
                     for tense in ("present", "future", None)]
            assert times[0] == times[1] == times[2]
    assert finite == 6



def _trimmed_the_long_way(cleaned: str, openers: frozenset[str]) -> str:
    """``_trimmed`` by partitions, two strips and a capital always joined to the rest."""
    cleaned = cleaned.strip(" ,;:-—")
    first, space, rest = cleaned.partition(" ")
    if first.lower() in openers:
        cleaned = rest if space else ""
    head, space, last = cleaned.rpartition(" ")
    if last.lower().strip(",") in CLAUSE_OPENERS:
        cleaned = head if space else ""
    cleaned = cleaned.strip(" ,;:-—")
    if len(cleaned) > events.SUMMARY_MAX_CHARS:
        cleaned = cleaned[:events.SUMMARY_MAX_CHARS].rsplit(" ", 1)[0].rstrip(",;:") + "…"
    return cleaned[:1].upper() + cleaned[1:]


def _cleaned_the_long_way(text: str, openers: frozenset[str] = CLAUSE_OPENERS) -> str:
    """``_clean`` with both regexes run on every text, before the long way's trimming (an
    emptied pair of commas dropped, a comma left before a final period too)."""
    cleaned = " ".join(events._QUOTE.sub("", text).split())
    return _trimmed_the_long_way(events._SPACE_BEFORE_PUNCT.sub("", cleaned).replace(",,", "")
                                 .replace(",.", "."), openers)


def test_summaries_are_cleaned_as_when_both_regexes_ran_on_every_text() -> None:
    # The quote and space-before-punctuation regexes are skipped for a text without what they
    # remove: the summaries are the same with quotes, curly quotes, guillemets and spaces.
    # (Also: openers and closers cut from either end, lowercase and capital starts, "ß" whose
    # capital is two letters, texts past the length cap, ASCII control characters that are
    # whitespace or not, runs of spaces.)
    pieces = ["said", " ", "  ", '"', "“", "”", "«", "»", ",", " ,", " .", " ;", " :", " !",
              " ?", "é", "\u00a0", "\n", "--", "Berg", "'", "''", "—", "that", "and", "But",
              "ß", "-", " and,", "x" * 70, "which", "\t", "\x1f", "   ", "\x7f"]
    rng = random.Random(13)
    texts = ["The bank raised rates on Tuesday , Governor Anna Berg said .",
             "``We are ready,'' said O'Neil.", "“No,” said Putin « now » ."]
    texts += ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 12))) for _ in range(20_000)]
    for text in texts:
        assert events._clean(text) == _cleaned_the_long_way(text), repr(text)
        assert events._clean(text, CLAUSE_OPENERS | {"said"}) == _cleaned_the_long_way(
            text, CLAUSE_OPENERS | {"said"}), repr(text)
    assert events._clean(texts[0]) == "The bank raised rates on Tuesday, Governor Anna Berg said."
    assert events._clean(texts[2]) == "No, said Putin now."


def test_recent_days_and_lapsing_days_read_as_their_long_tests() -> None:
    # is_recent_day tests the day's bounds before is_point, _may_lapse leaves is_point to
    # is_recent_day: the verdicts of the tests written in full, over days, spans and open
    # bounds around a story's date.
    rng = random.Random(16)
    base = _expressions()["Friday"]
    days: list[dt.date | None] = [None] + [DCT + dt.timedelta(days=d) for d in range(-12, 4)]
    for _ in range(600):
        earliest, latest = rng.choice(days), rng.choice(days)
        if earliest is not None and latest is not None and earliest > latest:
            earliest, latest = latest, earliest
        interval = base.interval.model_copy(update={"earliest": earliest, "latest": latest})
        expression = base.model_copy(update={"interval": interval})
        recent = (interval.is_point and interval.earliest is not None
                  and DCT - anchor._RECENT <= interval.earliest <= DCT)
        assert anchor.is_recent_day(expression, DCT) == recent
        lapses = interval.is_point and earliest is not None and recent \
            and earliest < DCT - anchor._REPORTING_WINDOW
        assert anchor._may_lapse(expression, DCT) == lapses
    assert anchor.is_recent_day(_expressions()["Thursday night"], DCT)
    assert not anchor.is_recent_day(_expressions()["March"], DCT)


def _quoted_spans_every_token(toks: list) -> list[tuple[int, int]]:
    """quoted_spans as it read every token (before it visited only the quote marks)."""
    spans: list[tuple[int, int]] = []
    opened: int | None = None
    i = 0
    while i < len(toks):
        token = toks[i]
        text, end = token.text, token.end
        if text in {"'", "`"} and i + 1 < len(toks) and toks[i + 1].text == text \
                and toks[i + 1].start == end:
            text, end = text * 2, toks[i + 1].end
            i += 1
        i += 1
        if text in {"``", "\u201c"} or (opened is None and text in {"''", '"'}):
            opened = end if opened is None else opened
        elif opened is not None and (text in {"''", "\u201d"} or text == '"'):
            spans.append((opened, token.start))
            opened = None
    if opened is not None and toks:
        spans.append((opened, toks[-1].end))
    return spans


def test_quotations_and_relative_clauses_found_from_their_marks_alone() -> None:
    # quoted_spans and relative_clauses visit only their marks' tokens: the spans of the
    # loops over every token, on random sentences of quote marks, pronouns and words.
    rng = random.Random(16)
    pieces = ["``", "''", "'", "`", '"', "\u201c", "\u201d", "who", "which", "in", ",", ";",
              "said", "the", "man", "fled", "Kopp", "that"]
    for _ in range(3000):
        text = " ".join(rng.choice(pieces) for _ in range(rng.randrange(12)))
        if rng.random() < 0.5:
            text = text.replace("` `", "``").replace("' '", "''")
        toks = tokens(text)
        assert quoted_spans(toks) == _quoted_spans_every_token(toks), text
        # One clause per relative pronoun past the first word, as the loop over every token
        # made them.
        assert [c[0] for c in relative_clauses(toks)] == [
            t.start for i, t in enumerate(toks) if i and t.lower in anchor.RELATIVE_PRONOUNS]
