"""The finder's shortcuts change nothing: a rule skipped in a window for lack of its needed words
could not have matched there, on realistic copy and on the whole of TBAQ."""

from __future__ import annotations

from pathlib import Path

import pytest

from newstimeline.timex import find_mentions
from newstimeline.timex.finder import _COMPILED
from newstimeline.timex.rules import RULES
from tests.conftest import SEED, SHARED_DATA, needs_shared_data

COPY = (
    "WASHINGTON, Feb. 19 (Reuters) - The company said on Thursday it would cut 300 jobs by "
    "March 2021, two weeks after the merger. Net income for the third quarter rose 12%, and "
    "the year-earlier period included a charge. Three days later, at 3 p.m. EST, the board "
    "met again; it meets every Monday and twice a year in the fall. Talks resume Tuesday, "
    "the day after Labor Day, and half an hour before noon the next morning. In the coming "
    "weeks, officials said, a decision could one day be made; for a while nothing happened "
    "in the nineties or at year-end. The 1988 period, mid-November, last February, the "
    "first half of 1990, fiscal 1998, March eighth, the week of March 6, at 14:30."
)


def _spans(text: str, *, gates: bool) -> list[tuple[int, int, str, dict[str, str]]]:
    return [(m.start, m.end, m.rule.name, m.parts) for m in find_mentions(text, gates=gates)]


def test_gated_finder_gives_what_every_rule_in_every_window_gives() -> None:
    for text in (COPY, COPY.upper(), SEED.read_text(encoding="utf-8")):
        assert _spans(text, gates=True) == _spans(text, gates=False)


def test_every_match_of_a_rule_holds_one_of_its_needed_words() -> None:
    for rule, pattern in _COMPILED:
        if not rule.needs:
            continue
        for text in (COPY, rule.example):
            for match in pattern.finditer(text):
                # A need may sit in the lookahead ("[Three days] later"): read a little on; or
                # just before the match ("January-[March]", "January and [March]"), still inside
                # the window the finder searches (it opens 32 characters before a trigger word).
                stretch = text[max(match.start() - 5, 0):match.end() + 12].lower()
                assert any(need in stretch for need in rule.needs), (rule.name, match.group())


def test_needed_words_are_lowercase() -> None:
    assert all(need == need.lower() for rule in RULES for need in rule.needs)


def test_a_dotted_capital_i_turns_the_gates_off_and_changes_nothing() -> None:
    # "İ" lowercases to two characters and matches "i" when case is ignored.
    text = "İSTANBUL, March 3 - The talks ended three days ago, officials said on Friday."
    assert [(m.text, m.rule.name) for m in find_mentions(text)] == [
        ("March 3", "month_day"), ("three days ago", "units_ago"), ("Friday", "weekday")]
    assert _spans(text, gates=True) == _spans(text, gates=False)


@needs_shared_data()
def test_gated_finder_is_unchanged_on_every_tbaq_document() -> None:
    from newstimeline.evaluate.timeml import read_corpus

    documents = read_corpus(Path(SHARED_DATA) / "tbaq")
    assert len(documents) == 256
    for document in documents:
        assert _spans(document.text, gates=True) == _spans(document.text, gates=False), (
            document.path)


@pytest.mark.parametrize("rule", [r for r in RULES if r.needs], ids=lambda r: r.name)
def test_each_gated_rule_finds_its_own_example(rule: object) -> None:
    from newstimeline.timex.rules import Rule

    assert isinstance(rule, Rule)
    found = {m.rule.name for m in find_mentions(rule.example)}
    assert rule.name in found


def test_the_tense_cue_table_reads_each_word_as_reading_it_afresh_does() -> None:
    from newstimeline.timex import tense
    from newstimeline.timex import vocabulary as vocab

    words = set(tense._LISTED_CUES) | set(vocab.ED_ADJECTIVES) | {
        w.lower() for w in tense._WORD.findall(COPY + SEED.read_text(encoding="utf-8"))} | {
        "long-awaited", "so-called", "red", "shed", "announced", "will", "planned", "plans"}
    assert all(tense._cue(w) == tense._read_cue(w) for w in words)
    assert tense._cue("announced") == tense._Cue(False, None, False, True, False)
    assert tense._cue("long-awaited") is None
