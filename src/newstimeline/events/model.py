"""The event-mention model: an averaged perceptron over token features, shipped in the package.

``mention_model.json.gz`` is written by ``python -m newstimeline.events.train`` from TimeML
training data; it is read once, on first use. Nothing is downloaded at run time.
"""

from __future__ import annotations

import gzip
import json
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from importlib import resources

from newstimeline.events.features import sentence_features
from newstimeline.text import Token

MODEL_FILE = "mention_model.json.gz"
OUTSIDE = "O"


@dataclass(frozen=True, slots=True)
class MentionModel:
    """Per-feature weight vectors, one weight per label (``labels[0]`` is OUTSIDE)."""

    labels: tuple[str, ...]
    weights: dict[str, list[float]]
    outside_margin: float = 0.0
    """Subtracted from the OUTSIDE score: trades a little precision for recall."""

    def label_tokens(self, toks: list[Token]) -> list[str]:
        """The label of every token of a sentence: OUTSIDE or a TimeML EVENT class."""
        get = self.weights.get
        margin = [-self.outside_margin] + [0.0] * (len(self.labels) - 1)
        out: list[str] = []
        for feats in sentence_features(toks):
            if feats is None:
                out.append(OUTSIDE)
                continue
            vectors = [v for v in map(get, feats) if v is not None]
            vectors.append(margin)
            # Column sums in C (zip/sum) rather than a Python loop over labels.
            scores = list(map(sum, zip(*vectors, strict=True)))
            out.append(self.labels[scores.index(max(scores))])
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
