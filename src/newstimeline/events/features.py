"""Token features for the event-mention model: the word, its shape, its neighbours, a lexicon.

Kept small and cheap: a dozen-odd strings per token, computed in one pass over a sentence.
"""

from __future__ import annotations

from newstimeline.events import vocabulary as vocab
from newstimeline.events.mentions import verb_shape
from newstimeline.text import Token

_LEXICON: tuple[tuple[str, frozenset[str]], ...] = (
    ("rep", vocab.REPORTING_VERBS), ("asp", vocab.ASPECTUAL_STEMS), ("ist", vocab.I_STATE_STEMS),
    ("iac", vocab.I_ACTION_STEMS), ("per", vocab.PERCEPTION_STEMS), ("sta", vocab.STATE_WORDS),
    ("irr", vocab.IRREGULAR_PAST), ("evn", vocab.EVENT_NOUNS),
)
# Function-word groups, so that "had", "has" and "have" teach the model one thing.
_GROUPS: tuple[tuple[str, frozenset[str]], ...] = (
    ("AUX", vocab.AUXILIARIES), ("MOD", vocab.IRREALIS_MODALS | vocab.FUTURE_MODALS),
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


def sentence_features(toks: list[Token]) -> list[list[str]]:
    """Feature strings for every token of one sentence."""
    lowers = [t.lower for t in toks]
    groups = [_group(w) for w in lowers]
    shapes = [_shape(t.text) for t in toks]
    n = len(toks)
    result: list[list[str]] = []
    for i, word in enumerate(lowers):
        s = stem(word)
        prev = lowers[i - 1] if i > 0 else "<s>"
        prev2 = lowers[i - 2] if i > 1 else "<s>"
        nxt = lowers[i + 1] if i + 1 < n else "</s>"
        nxt2 = lowers[i + 2] if i + 2 < n else "</s>"
        feats = [
            "b", "w=" + word, "s=" + s, "x3=" + word[-3:], "x2=" + word[-2:], "x4=" + word[-4:],
            "sh=" + shapes[i] + ("0" if i == 0 else ""),
            "p=" + prev, "n=" + nxt, "p2=" + prev2, "n2=" + nxt2,
            "pg=" + groups[i - 1] if i > 0 else "pg=<s>",
            "ng=" + groups[i + 1] if i + 1 < n else "ng=</s>",
            "pg2=" + (groups[i - 2] if i > 1 else "<s>") + "|" + (groups[i - 1] if i else "<s>"),
            "pw=" + prev + "|" + word,
            "px3=" + (prev[-3:] if i else "<s>") + "|" + word[-3:],
            "f5=" + word[:5], "f4=" + word[:4],
            "wn=" + word + "|" + nxt, "nx3=" + word[-3:] + "|" + nxt[-3:],
        ]
        shape = verb_shape(toks, i)
        if shape is not None:
            feats.append("rv=" + shape[0] + "|" + shape[1])
        for name, words in _LEXICON:
            if word in words or s in words:
                feats.append("lex=" + name)
        result.append(feats)
    return result
