"""The mention model's lemma, nominalization and neighbour-shape features (events/features.py)."""

from __future__ import annotations

from newstimeline.events.features import lemma_features, sentence_features, word_features
from newstimeline.text import tokens


def test_irregular_and_inflected_verbs_share_their_lemma_and_its_lexicon() -> None:
    # The crude stem splits "tried" ("tri") from "trying" ("try") and misses "sought": the
    # WordNet lemma joins them, and the lexicons read it (I_ACTION "iac", I_STATE "ist").
    assert lemma_features("sought") == ["vl=seek", "vlex=iac"]
    assert lemma_features("tried") == lemma_features("trying") == ["vl=try", "vlex=iac"]
    assert lemma_features("thought") == ["vl=think", "vlex=ist"]


def test_nominalizations_carry_their_verb_and_its_lexicon() -> None:
    assert lemma_features("decision") == ["dv=decide", "dsx=sion", "dlex=iac"]
    assert lemma_features("arrival") == ["dv=arrive", "dsx=al"]
    assert lemma_features("investigation") == ["dv=investigate", "dsx=ation", "dlex=iac"]
    # Neither a verb nor made from one: nothing.
    assert lemma_features("embassy") == []


def test_word_features_include_the_lemma_before_the_wordnet_classes() -> None:
    assert word_features("agreement")[-6:] == (
        "lex=evn", "dv=agree", "dsx=ment", "dlex=iac", "wn1=10", "wne=0")


def test_neighbour_shapes_mark_names_and_figures_beside_a_word() -> None:
    toks = tokens("Profits rose 5 % after Smith resigned, officials said.")
    feats = sentence_features(toks)
    by_word = {t.text: f for t, f in zip(toks, feats, strict=True) if f is not None}
    assert tuple(f for f in by_word["rose"] if f[:3] in {"ps=", "ns="}) == ("ps=Xx", "ns=d")
    assert tuple(f for f in by_word["resigned"] if f[:3] in {"ps=", "ns="}) == ("ps=Xx", "ns=p")
    assert tuple(f for f in by_word["said"] if f[:3] in {"ps=", "ns="}) == ("ps=x", "ns=p")
    # The first word's previous shape is the sentence start's.
    assert "ps=<s>" in by_word["Profits"]
