"""The WordNet word classes the mention model reads (events/wordnet_classes.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from newstimeline.events.features import word_features
from newstimeline.events.model import shipped_model
from newstimeline.events.wordnet_classes import TABLE_FILE, derive, word_classes, wordnet_features
from newstimeline.text import tokens

WORDNET = Path("/usr/share/wordnet")


def test_inflected_nouns_and_verbs_find_their_lemmas() -> None:
    table = word_classes()
    assert [table.noun_lemma(w) for w in ("threats", "miscarriages", "crises", "talks")] == [
        "threat", "miscarriage", "crisis", "talks"]
    assert [table.verb_lemma(w) for w in ("strangled", "planned", "fled", "stopping", "talks")] == [
        "strangle", "plan", "flee", "stop", "talk"]
    assert table.noun_lemma("Grushko".lower()) is None


def test_event_nouns_are_filed_as_acts_and_events() -> None:
    # noun.act is file 4, noun.event 11, noun.artifact 6; wne is the event-like share in halves.
    assert wordnet_features("genocide") == ("wn1=4", "wne=2")
    assert wordnet_features("miscarriages") == ("wn1=11", "wne=2")
    assert wordnet_features("embassy") == ("wn1=6", "wne=0")
    assert wordnet_features("attacked") == ("wv1=33",)  # a verb form only: verb.competition
    assert wordnet_features("effective") == ("wa",)
    assert wordnet_features("the") == ("wnone",)


def test_word_features_carry_the_wordnet_classes() -> None:
    assert word_features("genocide")[-2:] == ("wn1=4", "wne=2")


def test_model_marks_event_nouns_of_a_news_sentence() -> None:
    toks = tokens("Thousands fled the genocide, and the storm caused three miscarriages, "
                  "officials said.")
    labels = shipped_model().label_tokens(toks)
    assert [(t.text, label) for t, label in zip(toks, labels, strict=True) if label != "O"] == [
        ("fled", "OCCURRENCE"), ("genocide", "OCCURRENCE"), ("caused", "OCCURRENCE"),
        ("miscarriages", "OCCURRENCE"), ("said", "REPORTING")]


@pytest.mark.skipif(not (WORDNET / "index.noun").exists(),
                    reason="WordNet 3.0 not installed (Debian package wordnet-base)")
def test_shipped_table_is_derived_from_wordnet_byte_for_byte() -> None:
    shipped = (Path(__file__).resolve().parents[1] / "src" / "newstimeline" / "events"
               / TABLE_FILE).read_bytes()
    assert derive(WORDNET) == shipped
