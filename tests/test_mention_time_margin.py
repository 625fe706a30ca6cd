"""The mention model looks harder for events near a time word (round 9, mentions)."""

from __future__ import annotations

import gzip

from newstimeline.events.mentions import TIME_REACH, is_time_word, near_time_words
from newstimeline.events.model import MentionModel, shipped_model
from newstimeline.events.train import OUTSIDE_MARGIN, TIME_MARGIN
from newstimeline.text import tokens

LABELS = ("O", "OCCURRENCE", "STATE")


def _near(text: str) -> list[str]:
    toks = tokens(text)
    near = near_time_words(toks)
    return [] if near is None else [t.text for t, n in zip(toks, near, strict=True) if n]


def test_time_words_are_dates_days_and_calendar_units() -> None:
    words = ("Friday", "Nov", "Sept.", "1998", "1990s", "yesterday", "quarter", "ago", "weeks",
             "night", "days")
    assert [w for w in words if is_time_word(w)] == list(words)


def test_common_words_and_figures_are_no_time_words() -> None:
    # "may" the modal and "march" the verb are lowercase; a figure is no year.
    assert not any(map(is_time_word, ("may", "march", "sun", "1,500", "300", "2500", "years-old")))
    assert is_time_word("May") and is_time_word("March")


def test_a_sentence_without_a_time_word_has_no_near_tokens() -> None:
    assert near_time_words(tokens("Police arrested two men after the bombing.")) is None


def test_the_tokens_within_reach_of_a_time_word_are_near_it() -> None:
    assert TIME_REACH == 4
    text = ("The company said its net income rose sharply in the third quarter , "
            "helped by strong demand for its trucks and lower costs at its plants abroad .")
    assert _near(text) == ["sharply", "in", "the", "third", "quarter", ",", "helped", "by",
                           "strong"]
    assert _near("Rebels seized the town on Friday and held it .") == [
        "seized", "the", "town", "on", "Friday", "and", "held", "it", "."]


def test_the_time_margin_finds_an_event_near_a_date_and_not_away_from_one() -> None:
    # "closure" scores 1.0 for OCCURRENCE against 2.0 for OUTSIDE: found only where OUTSIDE's
    # margin exceeds 1.0, i.e. near "Friday" with a time margin of 1.5.
    weights = {"w=closure": [2.0, 1.0, 0.0]}
    model = MentionModel(LABELS, weights, outside_margin=0.5, time_margin=1.5)
    near = tokens("Workers protested the closure on Friday .")
    far = tokens("Workers protested the closure of the old steel plant near the river .")
    assert model.label_tokens(near)[3] == "OCCURRENCE"
    assert model.label_tokens(far)[3] == "O"
    # Without a time margin, or with a task's own margin, one margin holds everywhere.
    assert MentionModel(LABELS, weights, outside_margin=0.5).label_tokens(near)[3] == "O"
    assert model.label_tokens(near, 0.5)[3] == "O"


def test_the_time_margin_survives_the_model_file() -> None:
    model = MentionModel(LABELS, {"w=closure": [2.0, 1.0, 0.0]}, 0.5, 1.5)
    assert MentionModel.from_json(model.to_json()).time_margin == 1.5
    plain = MentionModel(LABELS, {"w=closure": [2.0, 1.0, 0.0]}, 0.5)
    assert MentionModel.from_json(plain.to_json()).time_margin is None
    assert b"time_margin" not in gzip.decompress(plain.to_json())


def test_the_shipped_model_carries_the_trained_margins() -> None:
    model = shipped_model()
    assert (model.outside_margin, model.time_margin) == (OUTSIDE_MARGIN, TIME_MARGIN)
    assert TIME_MARGIN > OUTSIDE_MARGIN
