"""The event-mention model: an averaged perceptron over token features, shipped in the package.

``mention_model.json.gz`` is written by ``python -m newstimeline.events.train`` from TimeML
training data; it is read once, on first use. Nothing is downloaded at run time.
"""

from __future__ import annotations

import gzip
import json
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from importlib import resources

from newstimeline.events.features import sentence_context, word_features
from newstimeline.text import Token

MODEL_FILE = "mention_model.json.gz"
OUTSIDE = "O"
# Scoring packs a feature's per-label weights (in thousandths, the precision the model is stored
# at) into one integer, one field per label, each shifted up by _OFFSET so it is never negative:
# summing a token's features is then one integer sum instead of one sum per label, and exact.
_SCALE = 1000
_OFFSET = 1 << 24
_FIELD_BITS = 40  # room for 2**40 / 2**25 = 32,768 summed features per token
_FIELD_MASK = (1 << _FIELD_BITS) - 1
_WORD_CACHE_SIZE = 50_000


@dataclass(frozen=True, slots=True)
class MentionModel:
    """Per-feature weight vectors, one weight per label (``labels[0]`` is OUTSIDE)."""

    labels: tuple[str, ...]
    weights: dict[str, list[float]]
    outside_margin: float = 0.0
    """Subtracted from the OUTSIDE score: trades a little precision for recall."""
    _packed: dict[str, int] = field(init=False, repr=False, compare=False)
    _by_word: dict[str, tuple[int, int]] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        packed = {f: self._pack(v) for f, v in self.weights.items()}
        object.__setattr__(self, "_packed", packed)
        object.__setattr__(self, "_by_word", {})

    def _pack(self, vector: list[float]) -> int:
        if len(vector) != len(self.labels):
            raise ValueError(f"a weight vector has {len(vector)} labels, not {len(self.labels)}")
        total = 0
        for k, weight in enumerate(vector):
            scaled = round(weight * _SCALE)
            if abs(scaled) >= _OFFSET:
                raise ValueError(f"weight {weight} is too large for the packed scorer")
            total |= (scaled + _OFFSET) << (_FIELD_BITS * k)
        return total

    def _word_part(self, word: str) -> tuple[int, int]:
        """The packed sum of the word's own features and how many there are, cached per word."""
        cached = self._by_word.get(word)
        if cached is None:
            vectors = [v for v in map(self._packed.get, word_features(word)) if v is not None]
            if len(self._by_word) >= _WORD_CACHE_SIZE:
                self._by_word.clear()
            cached = self._by_word[word] = (sum(vectors), len(vectors))
        return cached

    def label_tokens(self, toks: list[Token]) -> list[str]:
        """The label of every token of a sentence: OUTSIDE or a TimeML EVENT class."""
        get = self._packed.get
        labels = self.labels
        margin = self._pack([-self.outside_margin] + [0.0] * (len(labels) - 1))
        shifts = [_FIELD_BITS * k for k in range(len(labels))]
        out: list[str] = []
        for word, context in sentence_context(toks):
            if context is None:
                out.append(OUTSIDE)
                continue
            total, count = self._word_part(word)
            vectors = [v for v in map(get, context) if v is not None]
            total += sum(vectors) + margin
            bias = (count + len(vectors) + 1) * _OFFSET
            scores = [((total >> shift) & _FIELD_MASK) - bias for shift in shifts]
            out.append(labels[scores.index(max(scores))])
        return out

    def to_json(self) -> bytes:
        """Deterministic bytes: sorted features, weights rounded to 3 decimals."""
        weights = {f: [round(w, 3) for w in v] for f, v in sorted(self.weights.items())}
        payload = {"labels": list(self.labels), "outside_margin": self.outside_margin,
                   "weights": weights}
        text = json.dumps(payload, separators=(",", ":"), sort_keys=True)
        return gzip.compress(text.encode("utf-8"), mtime=0)

    @classmethod
    def from_json(cls, data: bytes) -> MentionModel:
        payload = json.loads(gzip.decompress(data))
        return cls(tuple(payload["labels"]), payload["weights"],
                   float(payload.get("outside_margin", 0.0)))


_active: list[MentionModel] = []


def shipped_model() -> MentionModel:
    """The model in the package (loaded once), unless a test or cross-validation swapped it."""
    if not _active:
        data = resources.files("newstimeline.events").joinpath(MODEL_FILE).read_bytes()
        _active.append(MentionModel.from_json(data))
    return _active[-1]


@contextmanager
def using_model(model: MentionModel) -> Iterator[None]:
    """Run the pipeline with another model (cross-validation trains one per fold)."""
    shipped_model()
    _active.append(model)
    try:
        yield
    finally:
        _active.pop()
