"""WordCache: a per-word cache that computes each missing value once and empties when full."""

from __future__ import annotations

from newstimeline.events.model import shipped_model
from newstimeline.events.word_cache import WordCache
from newstimeline.text import tokens


def test_a_word_is_computed_once_and_then_read_from_the_cache() -> None:
    calls: list[str] = []

    def upper(word: str) -> str:
        calls.append(word)
        return word.upper()

    cache = WordCache(upper, maxsize=10)
    words = ["Officials", "said", "the", "talks", "said", "the"]
    assert list(map(cache.__getitem__, words)) == ["OFFICIALS", "SAID", "THE", "TALKS", "SAID",
                                                    "THE"]
    assert calls == ["Officials", "said", "the", "talks"]


def test_a_full_cache_is_emptied_before_it_takes_a_new_word() -> None:
    cache = WordCache(len, maxsize=2)
    assert (cache["Moscow"], cache["NATO"]) == (6, 4)
    assert cache["Grushko"] == 7
    assert dict(cache) == {"Grushko": 7}


def test_events_in_is_label_tokens_without_outside() -> None:
    toks = tokens("Russia released draft agreements on Friday after a week of talks, "
                  "Grushko said.")
    model = shipped_model()
    labels = model.label_tokens(toks)
    assert model.events_in(toks) == {i: label for i, label in enumerate(labels) if label != "O"}
    assert [toks[i].text for i in model.events_in(toks)] == ["released", "talks", "said"]
