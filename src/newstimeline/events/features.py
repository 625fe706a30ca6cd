"""Token features for the event-mention model: the word, its shape, its neighbours, lexicons.

Kept small and cheap: a dozen-odd strings per token, computed in one pass over a sentence.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

from newstimeline.events import vocabulary as vocab
from newstimeline.events.mentions import supporting_positions, verb_shape
from newstimeline.events.word_cache import WordCache
from newstimeline.events.wordnet_classes import wordnet_features
from newstimeline.text import Token

_LEXICON: tuple[tuple[str, frozenset[str]], ...] = (
    ("rep", vocab.REPORTING_VERBS), ("asp", vocab.ASPECTUAL_STEMS), ("ist", vocab.I_STATE_STEMS),
    ("iac", vocab.I_ACTION_STEMS), ("per", vocab.PERCEPTION_STEMS), ("sta", vocab.STATE_WORDS),
    ("irr", vocab.MODEL_IRREGULAR_PAST), ("evn", vocab.EVENT_NOUNS),
)
# Function-word groups, so that "had", "has" and "have" teach the model one thing.
_GROUPS: tuple[tuple[str, frozenset[str]], ...] = (
    ("BE", vocab.FORMS_OF_BE), ("HAVE", vocab.FORMS_OF_HAVE), ("AUX", vocab.AUXILIARIES),
    ("MOD", vocab.IRREALIS_MODALS | vocab.FUTURE_MODALS),
    ("DET", vocab.DETERMINERS), ("NEG", vocab.NEGATIONS), ("PREP", vocab.PREPOSITIONS),
)


def stem(word: str) -> str:
    """A crude stem: enough to join "resumed", "resumes" and "resuming"."""
    for suffix in ("ing", "ed", "es", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word


def _group(word: str) -> str:
    for name, words in _GROUPS:
        if word in words:
            return name
    return word if len(word) <= 3 or not word.isalpha() else "W"


def _shape(text: str) -> str:
    if text.isdigit():
        return "d"
    if not any(c.isalpha() for c in text):
        return "p"
    if text.isupper():
        return "X"
    return "Xx" if text[0].isupper() else "x"


# News repeats its words: the per-word values below are cached (dict lookups, word_cache.py).
_CACHE_SIZE = 100_000


def _scored(word: str) -> bool:
    return not (word in vocab.NEVER_EVENTS or not any(c.isalpha() for c in word))


group_of: Callable[[str], str] = WordCache(_group, _CACHE_SIZE).__getitem__
"""``_group(word)``, cached per word."""
shape_of: Callable[[str], str] = WordCache(_shape, _CACHE_SIZE).__getitem__
"""``_shape(text)``, cached per word as written."""
is_scored: Callable[[str], bool] = WordCache(_scored, _CACHE_SIZE).__getitem__
"""Whether a (lowercased) word may be an event at all: not a closed-class word, and has a
letter. Cached per word."""


@lru_cache(maxsize=65536)
def word_features(word: str) -> tuple[str, ...]:
    """Features of the word alone, cached: news repeats its words."""
    s = stem(word)
    feats = ["b", "w=" + word, "s=" + s, "x3=" + word[-3:], "x2=" + word[-2:],
             "x4=" + word[-4:], "f5=" + word[:5], "f4=" + word[:4]]
    feats.extend("lex=" + name for name, words in _LEXICON if word in words or s in words)
    # What WordNet files the word under (an act, an event, a state; a verb; an adjective):
    # known for words the training data never saw ("genocide", "miscarriages").
    feats.extend(wordnet_features(word))
    return tuple(feats)


def sentence_features(toks: list[Token]) -> list[list[str] | None]:
    """Feature strings for every token of one sentence; None for a token that is never an event
    (punctuation, numbers, closed-class words), which the model need not score."""
    return [None if context is None else [*word_features(word), *context]
            for word, context in sentence_context(toks)]


def sentence_context(toks: list[Token]) -> list[tuple[str, list[str] | None]]:
    """Each token's lowercased word and the features that depend on its neighbours (None for a
    token never scored). The word's own features are ``word_features(word)``, kept apart so
    that a scorer can cache them per word. ``MentionModel.label_tokens`` reads the same features
    without building their strings: a change here must be made there too (a test compares them)."""
    lowers = [t.lower for t in toks]
    groups = [_group(w) for w in lowers]
    n = len(toks)
    padded = ["<s>", "<s>", *lowers, "</s>", "</s>"]
    padded_groups = ["<s>", "<s>", *groups, "</s>", "</s>"]
    supporting = supporting_positions(toks)
    result: list[tuple[str, list[str] | None]] = []
    for i, word in enumerate(lowers):
        if word in vocab.NEVER_EVENTS or not any(c.isalpha() for c in word):
            result.append((word, None))
            continue
        prev2, prev, nxt, nxt2 = padded[i], padded[i + 1], padded[i + 3], padded[i + 4]
        group_prev2, group_prev = padded_groups[i], padded_groups[i + 1]
        feats = [
            "sh=" + _shape(toks[i].text) + ("0" if i == 0 else ""),
            "p=" + prev, "n=" + nxt, "p2=" + prev2, "n2=" + nxt2,
            "pg=" + group_prev, "ng=" + padded_groups[i + 3],
            "pg2=" + group_prev2 + "|" + group_prev,
            "pw=" + prev + "|" + word,
            "px3=" + prev[-3:] + "|" + word[-3:],
            "wn=" + word + "|" + nxt, "nx3=" + word[-3:] + "|" + nxt[-3:],
        ]
        if n and (word.isalpha() or "-" in word):
            shape = verb_shape(toks, i, supporting)
            if shape is not None:
                feats.append("rv=" + shape[0] + "|" + shape[1])
        result.append((word, feats))
    return result


