"""The event-mention model: an averaged perceptron over token features, shipped in the package.

``mention_model.json.gz`` is written by ``python -m newstimeline.events.train`` from TimeML
training data; it is read once, on first use. Nothing is downloaded at run time.
"""

from __future__ import annotations

import gzip
import json
import struct
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from importlib import resources
from itertools import compress
from operator import itemgetter

from newstimeline.events.features import group_of, is_scored, shape_of, word_features
from newstimeline.events.mentions import near_time_words, verb_shapes_found
from newstimeline.events.word_cache import WordCache, freeze_long_lived
from newstimeline.text import Token

MODEL_FILE = "mention_model.json.gz"
OUTSIDE = "O"
# Scoring packs a feature's weights (in thousandths, the precision the model is stored at) into
# one integer, one field per event class holding the class's weight less OUTSIDE's: summing a
# token's features is then one integer sum instead of one sum per label, and exact. A field may
# be negative (fields borrow from each other); the sum starts from _FIELD_START in every field,
# which keeps every field of the total non-negative, so the fields read back exactly. A field's
# top bit (``_high``) is then set exactly when its class outscores OUTSIDE: one AND tells the
# tokens that stay OUTSIDE (most of them) without reading the fields.
_SCALE = 1000
# A weight, and a class's weight less OUTSIDE's, must be smaller than this in thousandths.
_OFFSET = 1 << 24
# 32-bit fields, so that one bytes conversion and one struct unpack read them all.
_FIELD_BITS = 32
_WORD_CACHE_SIZE = 50_000
# More features than any token has (about thirty-five: a word's own at most 20, 13 of its
# context, the margin): the sum of a field's differences stays within 64 * 2**24 = 2**30.
_SUM_FLOOR = 64
# Where each field's sum starts: the top bit of a 32-bit field is set from 2**31 (a class's
# score above OUTSIDE's) on, and the field stays within [2**31 - 1 - 2**30, 2**31 + 2**30).
_FIELD_START = (1 << (_FIELD_BITS - 1)) - 1
_CONTEXT_FEATURES = 14  # 13 features of the context at most, and the margin
# The features that join two words by "|" ("pw=said|that"): the scorer looks them up by the pair.
_PAIR_PREFIXES = ("pg2=", "pw=", "px3=", "wn=", "nx3=", "rv=")
# Those whose partners (``MentionModel._partners``) are kept by the pair's second word.
_BY_SECOND = frozenset({"pg2=", "pw=", "px3="})
# A word's record as a neighbour (``MentionModel._as_neighbour``) and its group's and
# ``is_scored``'s places in it. Its last five places hold the packed weights of the pair
# features the word takes part in, by the other word of the pair (see there).
_Partners = dict[str, int]
_Neighbour = tuple[int, int, int, int, str, str, bool,
                   _Partners, _Partners, _Partners, _Partners, _Partners]
_GROUP, _SCORED = itemgetter(5), itemgetter(6)
# A word with no pair feature on that side: one shared, never written, empty dict.
_NO_PARTNERS: _Partners = {}
# Token.lower read as the tuple item it is: a C-level index, where attrgetter("lower")
# goes through the generic attribute lookup of a NamedTuple field.
_LOWER = itemgetter(Token._fields.index("lower"))


@dataclass(frozen=True, slots=True)
class MentionModel:
    """Per-feature weight vectors, one weight per label (``labels[0]`` is OUTSIDE)."""

    labels: tuple[str, ...]
    weights: Mapping[str, Sequence[float]]
    outside_margin: float = 0.0
    """Subtracted from the OUTSIDE score: trades a little precision for recall."""
    time_margin: float | None = None
    """Subtracted from the OUTSIDE score instead of ``outside_margin`` near a time word
    (``mentions.near_time_words``): the events beside a date are those a timeline can place,
    so more recall is worth its precision there. None: ``outside_margin`` everywhere."""
    _packed: dict[str, int] = field(init=False, repr=False, compare=False)
    """Each feature's packed weights, a field per event class (its weight less OUTSIDE's):
    an absent feature adds 0."""
    _high: int = field(init=False, repr=False, compare=False)
    """The top bit of every field: set in a token's sum where the class beats OUTSIDE."""
    _base: int = field(init=False, repr=False, compare=False)
    """What a token's sum starts from: _FIELD_START in every field, and the OUTSIDE margin."""
    _time_base: int = field(init=False, repr=False, compare=False)
    """``_base`` with ``time_margin`` instead of ``outside_margin``."""
    _by_word: WordCache[str, int] = field(init=False, repr=False, compare=False)
    """The packed sum of a word's own features (``word_features``), by word."""
    _by_neighbour: WordCache[str, _Neighbour] = field(init=False, repr=False, compare=False)
    """A word's weights as the previous word (with its group's), the next word (with its
    group's), the second previous and the second next word, its last three letters, its group
    and whether it is scored at all, by word: one record read once per token of a sentence."""
    _by_written: WordCache[str, int] = field(init=False, repr=False, compare=False)
    """The packed sum of a word's own features and its shape's ("sh="), by the word as written
    (not the first word of a sentence, whose shape feature differs)."""
    _pairs: dict[str, dict[tuple[str, str], int]] = field(init=False, repr=False, compare=False)
    """For each of _PAIR_PREFIXES, ``_packed[f"{prefix}{a}|{b}"]`` by ``(a, b)``: a pair of
    words already hashed costs less to look up than a new string built from them."""
    _partners: dict[str, dict[str, _Partners]] = field(init=False, repr=False, compare=False)
    """The same by one word of the pair, then the other: for "pw=" and "px3=" (and "pg2=")
    by the second word (suffix, group), for "wn=" and "nx3=" by the first. A word's record
    as a neighbour holds its partners, so the scorer looks a pair up by the other word alone,
    without building a tuple per pair."""
    _pair_lookups: tuple[Callable[[tuple[str, str], int], int], ...] = field(
        init=False, repr=False, compare=False)
    """``_pairs[prefix].get`` for each of _PAIR_PREFIXES, in their order: made once, not for
    every sentence."""
    _unpacking: tuple[int, str] = field(init=False, repr=False, compare=False)
    """The byte length of a token's packed sum and the ``struct`` format of its 32-bit fields
    (a format, not a ``struct.Struct``, which would not pickle)."""

    def __post_init__(self) -> None:
        # Tuples, not lists: tuples of floats drop out of the garbage collector's tracking, so
        # its full collections no longer walk ~40k weight vectors (17 -> 11 ms each, TBAQ held).
        object.__setattr__(self, "weights", {f: tuple(v) for f, v in self.weights.items()})
        packed = {f: self._pack(v) for f, v in self.weights.items()}
        object.__setattr__(self, "_packed", packed)
        object.__setattr__(self, "_high", sum(1 << (_FIELD_BITS * k + _FIELD_BITS - 1)
                                              for k in range(len(self.labels) - 1)))
        object.__setattr__(self, "_base", self._base_for(self.outside_margin))
        object.__setattr__(self, "_time_base", self._base_for(
            self.outside_margin if self.time_margin is None else self.time_margin))
        object.__setattr__(self, "_by_word", WordCache(self._word_part, _WORD_CACHE_SIZE))
        object.__setattr__(self, "_by_neighbour", WordCache(self._as_neighbour, _WORD_CACHE_SIZE))
        object.__setattr__(self, "_by_written", WordCache(self._written_part, _WORD_CACHE_SIZE))
        pairs: dict[str, dict[tuple[str, str], int]] = {p: {} for p in _PAIR_PREFIXES}
        for feature, value in packed.items():
            for prefix in _PAIR_PREFIXES:
                if feature.startswith(prefix):
                    rest = feature[len(prefix):]
                    # A word may be "|" itself: every split that joins back to ``rest`` maps
                    # here (no other feature joins back to it), so the lookup stays exact.
                    bar = rest.find("|")
                    while bar >= 0:
                        pairs[prefix][rest[:bar], rest[bar + 1:]] = value
                        bar = rest.find("|", bar + 1)
                    break
        object.__setattr__(self, "_pairs", pairs)
        partners: dict[str, dict[str, _Partners]] = {p: {} for p in _PAIR_PREFIXES}
        for prefix, by_pair in pairs.items():
            if prefix == "rv=":
                continue  # a verb's shape and tense: looked up by the pair
            by_second = prefix in _BY_SECOND
            for (first, second), value in by_pair.items():
                key, other = (second, first) if by_second else (first, second)
                partners[prefix].setdefault(key, {})[other] = value
        object.__setattr__(self, "_partners", partners)
        object.__setattr__(self, "_pair_lookups", tuple(pairs[p].get for p in _PAIR_PREFIXES))
        classes = len(self.labels) - 1
        object.__setattr__(self, "_unpacking", (_FIELD_BITS // 8 * classes, f"<{classes}I"))

    def _pack(self, vector: Sequence[float]) -> int:
        if len(vector) != len(self.labels):
            raise ValueError(f"a weight vector has {len(vector)} labels, not {len(self.labels)}")
        scaled = [round(weight * _SCALE) for weight in vector]
        total = 0
        for k, weight in enumerate(vector):
            if abs(scaled[k]) >= _OFFSET or abs(scaled[k] - scaled[0]) >= _OFFSET:
                raise ValueError(f"weight {weight} is too large for the packed scorer")
            if k:
                total += (scaled[k] - scaled[0]) << (_FIELD_BITS * (k - 1))
        return total

    def _word_part(self, word: str) -> int:
        """The packed sum of the word's own features (filling ``_by_word``)."""
        get = self._packed.get
        features = word_features(word)
        if len(features) + _CONTEXT_FEATURES >= _SUM_FLOOR:
            raise ValueError(f"{len(features)} features of {word!r}: raise _SUM_FLOOR")
        return sum(get(f, 0) for f in features)

    def _as_neighbour(self, word: str) -> _Neighbour:
        """The weights of a word as the previous word ("p=", and its group's "pg="), the next
        ("n=", "ng="), the second previous ("p2=") and the second next word ("n2="); the
        word's last three letters (for "px3=" and "nx3="), its group (``group_of``, for
        "pg2=") and ``is_scored``."""
        get = self._packed.get
        group = group_of(word)
        partners = self._partners
        return (get("p=" + word, 0) + get("pg=" + group, 0), get("n=" + word, 0)
                + get("ng=" + group, 0), get("p2=" + word, 0), get("n2=" + word, 0), word[-3:],
                group, is_scored(word),
                partners["pw="].get(word, _NO_PARTNERS), partners["wn="].get(word, _NO_PARTNERS),
                partners["px3="].get(word[-3:], _NO_PARTNERS),
                partners["nx3="].get(word[-3:], _NO_PARTNERS),
                partners["pg2="].get(group, _NO_PARTNERS))

    def _written_part(self, text: str) -> int:
        """The word's own features and the shape of the word as written, not first in its
        sentence."""
        return self._by_word[text.lower()] + self._packed.get("sh=" + shape_of(text), 0)

    def _base_for(self, outside_margin: float) -> int:
        """The packed sum every token's scoring starts from, for this margin on OUTSIDE."""
        # _FIELD_START in every field keeps each field within its 32 bits (see there); the
        # margin lowers OUTSIDE, i.e. raises every class's difference from it.
        return self._pack([-outside_margin] + [0.0] * (len(self.labels) - 1)) + sum(
            _FIELD_START << (_FIELD_BITS * k) for k in range(len(self.labels) - 1))

    def label_tokens(self, toks: list[Token], outside_margin: float | None = None) -> list[str]:
        """The label of every token of a sentence: OUTSIDE or a TimeML EVENT class.
        ``outside_margin`` replaces the model's own margins, ``outside_margin`` and
        ``time_margin`` (a task that wants fewer, surer events, wherever they stand)."""
        out = [OUTSIDE] * len(toks)
        for i, label in self.events_in(toks, outside_margin).items():
            out[i] = label
        return out

    def events_in(self, toks: list[Token], outside_margin: float | None = None,
                  codes: list[int] | None = None, previous: dict[int, list[str]] | None = None,
                  ) -> dict[int, str]:
        """``label_tokens`` without the OUTSIDE labels: the class of each event, by token index
        in text order (``codes``: ``mentions.word_codes(toks)``, when the caller has it;
        ``previous`` receives the words before the verbs the verb reader found, as there).

        Sums the packed weights of the features ``features.sentence_context`` names, taking
        those of one word (as the previous word, the next word's group, ...) from caches per
        word instead of building their strings."""
        classes = self.labels[1:]
        if outside_margin is None:
            base = self._base
            near_time = near_time_words(toks) if self.time_margin is not None else None
        else:
            base, near_time = self._base_for(outside_margin), None
        time_base = self._time_base
        high = self._high
        width, unpacked = self._unpacking
        lowers = list(map(_LOWER, toks))
        padded = ["<s>", "<s>", *lowers, "</s>", "</s>"]
        neighbours = list(map(self._by_neighbour.__getitem__, padded))
        # The pads are their own groups (group_of("<s>") is "<s>"): read from the records.
        padded_groups = list(map(_GROUP, neighbours))
        by_written = self._by_written
        verbs = verb_shapes_found(toks, previous, codes)
        rv = self._pair_lookups[-1]
        found: dict[int, str] = {}
        for i in compress(range(len(lowers)), map(_SCORED, neighbours[2:-2])):
            word = lowers[i]
            before, own, after = neighbours[i + 1], neighbours[i + 2], neighbours[i + 3]
            # The pairs by the other word, from the records: "pw=" prev|word, "wn=" word|next,
            # "px3=" and "nx3=" by last three letters, "pg2=" the groups of the two before.
            total = ((time_base if near_time is not None and near_time[i] else base)
                     + (by_written[toks[i].text] if i else self._by_word[word]
                        + self._packed.get("sh=" + shape_of(toks[0].text) + "0", 0))
                     + before[0] + after[1] + neighbours[i][2] + neighbours[i + 4][3]
                     + before[11].get(padded_groups[i], 0)
                     + own[7].get(padded[i + 1], 0)
                     + own[9].get(before[4], 0)
                     + own[8].get(padded[i + 3], 0)
                     + own[10].get(after[4], 0))
            verb = verbs.get(i)
            if verb is not None and (word.isalpha() or "-" in word):
                total += rv((verb[0], verb[1]), 0)
            if total & high:  # some class beats OUTSIDE: the best, the first of equals
                scores = struct.unpack(unpacked, total.to_bytes(width, "little"))
                found[i] = classes[scores.index(max(scores))]
        return found

    def to_json(self) -> bytes:
        """Deterministic bytes: sorted features, weights rounded to 3 decimals."""
        weights = {f: [round(w, 3) for w in v] for f, v in sorted(self.weights.items())}
        payload: dict[str, object] = {"labels": list(self.labels),
                                      "outside_margin": self.outside_margin, "weights": weights}
        if self.time_margin is not None:
            payload["time_margin"] = self.time_margin
        text = json.dumps(payload, separators=(",", ":"), sort_keys=True)
        return gzip.compress(text.encode("utf-8"), mtime=0)

    @classmethod
    def from_json(cls, data: bytes) -> MentionModel:
        payload = json.loads(gzip.decompress(data))
        time_margin = payload.get("time_margin")
        return cls(tuple(payload["labels"]), payload["weights"],
                   float(payload.get("outside_margin", 0.0)),
                   None if time_margin is None else float(time_margin))


_active: list[MentionModel] = []


def shipped_model() -> MentionModel:
    """The model in the package (loaded once), unless a test or cross-validation swapped it."""
    if not _active:
        data = resources.files("newstimeline.events").joinpath(MODEL_FILE).read_bytes()
        _active.append(MentionModel.from_json(data))
        freeze_long_lived("model loaded")  # the model lives as long as the process
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
