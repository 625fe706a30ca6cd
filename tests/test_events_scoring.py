"""The mention model's packed scorer: the same labels as summing each label's weights."""

from __future__ import annotations

import copy
import pickle

import pytest

from newstimeline.events.features import sentence_features
from newstimeline.events.mentions import supporting_positions, verb_shape, verb_shapes
from newstimeline.events.model import MentionModel, shipped_model
from newstimeline.text import Token, tokens

SENTENCE = "The rebels did not attack the town, officials said on Friday."
LABELS = ("O", "OCCURRENCE", "REPORTING")


def _summed_labels(model: MentionModel, text: str) -> list[str]:
    """Labels by summing every label's float weights, the plain way, for comparison."""
    out = []
    for feats in sentence_features(tokens(text)):
        if feats is None:
            out.append("O")
            continue
        scores = [0.0] * len(model.labels)
        scores[0] -= model.outside_margin
        for f in feats:
            for k, w in enumerate(model.weights.get(f, [0.0] * len(model.labels))):
                scores[k] += w
        out.append(model.labels[scores.index(max(scores))])
    return out


def test_packed_scores_label_a_sentence_as_summed_weights_do() -> None:
    weights = {"w=attack": [-0.25, 1.5, -0.75], "w=said": [-1.0, 0.5, 2.125],
               "pg=NEG": [-0.5, 0.75, 0.0], "p=officials": [0.0, -0.125, 0.375],
               "x3=own": [0.3, -0.1, -0.2], "b": [0.4, 0.0, 0.0]}
    model = MentionModel(LABELS, weights, outside_margin=0.25)
    expected = ["O", "O", "O", "O", "OCCURRENCE", "O", "O", "O", "O", "REPORTING", "O", "O", "O"]
    assert model.label_tokens(tokens(SENTENCE)) == expected
    assert _summed_labels(model, SENTENCE) == expected


def test_pair_features_score_as_their_strings_even_beside_a_bar_token() -> None:
    # "pw=||fled": the previous word is the token "|"; "wn=fled||" would split the other way.
    text = "Residents | fled town"
    weights = {"pw=||fled": [0.0, 2.0, 0.0], "wn=fled|town": [0.0, 0.0, 0.5],
               "pg2=<s>|<s>": [1.0, 0.0, 0.0], "b": [0.25, 0.0, 0.0]}
    model = MentionModel(LABELS, weights)
    assert model.label_tokens(tokens(text)) == ["O", "O", "OCCURRENCE", "O"]
    assert _summed_labels(model, text) == ["O", "O", "OCCURRENCE", "O"]
    without_bar = MentionModel(LABELS, {k: v for k, v in weights.items() if k != "pw=||fled"})
    assert without_bar.label_tokens(tokens(text)) == ["O", "O", "REPORTING", "O"]


def test_a_tie_goes_to_the_first_label() -> None:
    # "fled" scores 1.0 as OCCURRENCE and as REPORTING, and 1.0 as OUTSIDE after the margin.
    model = MentionModel(LABELS, {"b": [1.0, 0.0, 0.0], "w=fled": [0.5, 1.0, 1.0]},
                         outside_margin=0.5)
    assert model.label_tokens(tokens("Thousands fled")) == ["O", "O"]
    tied = MentionModel(LABELS, {"b": [1.0, 0.0, 0.0], "w=fled": [0.0, 1.0, 1.0]},
                        outside_margin=0.5)
    assert tied.label_tokens(tokens("Thousands fled")) == ["O", "OCCURRENCE"]


def test_a_weight_too_large_to_pack_is_refused() -> None:
    with pytest.raises(ValueError, match="too large"):
        MentionModel(LABELS, {"w=fled": [0.0, 20_000.0, 0.0]})


def test_verb_shape_reads_the_same_with_or_without_the_supporting_positions() -> None:
    toks = tokens("Officials said the talks will start soon, and the rebels did not agree.")
    supporting = supporting_positions(toks)
    assert [toks[j].text for j in supporting] == ["will", "did", "not"]
    shapes = [verb_shape(toks, i, supporting) for i in range(len(toks))]
    assert shapes == [verb_shape(toks, i) for i in range(len(toks))]
    assert {toks[i].text: s for i, s in enumerate(shapes) if s} == {
        "said": ("REPORTING", "past", "simple"),
        "start": ("OCCURRENCE", "future", "simple"),
        "agree": ("OCCURRENCE", "past", "simple"),
    }


def test_shipped_model_finds_verbs_and_the_nominal_event() -> None:
    # "agreements" (drafts, i.e. documents) is left out: TBAQ marks "agreement" as an event
    # about half the time (19 of 35), and the model no longer leans to it in this context.
    toks = tokens("Russia released draft agreements on Friday after a week of talks, Grushko said.")
    labels = shipped_model().label_tokens(toks)
    assert [(t.text, label) for t, label in zip(toks, labels, strict=True) if label != "O"] == [
        ("released", "OCCURRENCE"), ("talks", "OCCURRENCE"), ("said", "REPORTING")]


@pytest.mark.parametrize("text", [
    "Russia released draft agreements on Friday, Grushko said.",
    "The rebels did not attack the town, officials said on Friday.",
    "He went on to say that the talks will resume next week after the U.S. election.",
    "Iraq's ambassador didn't answer; the council had been meeting since 10 a.m. | \"No,\" he said.",
    "ALBANY - Shares of X-ray maker Hologic rose 5% to $4.25, compared with $3 a year earlier.",
])
def test_shipped_model_labels_as_its_feature_strings_sum(text: str) -> None:
    # label_tokens reads the features without building their strings: it must score exactly
    # what the training features (sentence_features) name.
    assert shipped_model().label_tokens(tokens(text)) == _summed_labels(shipped_model(), text)


@pytest.mark.parametrize("text", [
    "Officials said the talks will not soon start, and the rebels didn’t agree to them.",
    "He went on to say that Moscow had been violating the deal it signed on Friday.",
    "The United Nations Security Council, which met on Monday, has voted to extend the mission.",
])
def test_verb_shapes_of_a_sentence_are_verb_shape_of_each_token(text: str) -> None:
    toks = tokens(text)
    assert verb_shapes(toks) == [verb_shape(toks, i) for i in range(len(toks))]


def test_verb_shapes_skip_capitalized_names_and_read_the_perfect() -> None:
    toks = tokens("The United Nations Security Council, which met on Monday, has voted to extend "
                  "the mission.")
    assert [(t.text, s) for t, s in zip(toks, verb_shapes(toks), strict=True) if s] == [
        ("met", ("OCCURRENCE", "past", "simple")), ("voted", ("OCCURRENCE", "present", "perfect"))]


def test_token_keeps_its_lowercase_form_and_equals_a_token_made_by_hand() -> None:
    toks = tokens("MOSCOW, December 18. Putin SAID")
    assert [t.lower for t in toks] == ["moscow", ",", "december", "18", ".", "putin", "said"]
    assert toks[6] == Token("SAID", 27, 31)
    assert (toks[6].text, toks[6].start, toks[6].end) == ("SAID", 27, 31)


def test_token_survives_pickle_and_copy_whole() -> None:
    token = tokens("Grushko SAID")[1]
    assert pickle.loads(pickle.dumps(token)) == token
    assert copy.deepcopy(token) == Token("SAID", 8, 12)
    assert copy.deepcopy(token).lower == "said"


def test_a_task_can_label_with_its_own_outside_margin() -> None:
    toks = tokens("Russia released draft agreements on Friday after a week of talks, Grushko said.")
    model = shipped_model()
    assert model.label_tokens(toks, model.outside_margin) == model.label_tokens(toks)
    assert set(model.label_tokens(toks, -1000.0)) == {"O"}
    assert [t.text for t, label in zip(toks, model.label_tokens(toks, 1000.0), strict=True)
            if label != "O"] == ["Russia", "released", "draft", "agreements", "Friday", "week",
                                 "talks", "Grushko", "said"]
