"""The clause's tense is read only when a resolver asks for it, and reads the same when it does.

``resolve_mentions`` used to read the words around every expression for its tense; most
resolvers (a full date, a duration, a year) never look at it."""

from __future__ import annotations

import datetime as dt

import pytest

from newstimeline.timex import find_mentions, resolve_mentions, resolver, tense

DCT = dt.date(2024, 3, 14)

COPY = (
    "The company said on Friday that it will meet again on Tuesday. Talks ended March 3, and "
    "the two sides meet separately Monday. Since June the plant has been shut for three weeks; "
    "the quarter ended Oct. 31 was weak. It gave the union until Thursday's deadline, and it "
    "must decide by May. He was elected in 1998 and took office the following January. "
    "Officials will announce the results next week, two days after the vote on March 20, 2024."
)


def _values(text: str) -> list[tuple[str, str, str]]:
    return [(text[e.span.start:e.span.end], e.value, e.explanation)
            for e in resolve_mentions(text, find_mentions(text), DCT)]


def _eager(text: str, sentence: tuple[int, int], mention: resolver.Mention):  # type: ignore[no-untyped-def]
    value = tense.clause_tense(text, sentence, mention.context_start, mention.end)
    return lambda: value


def test_lazy_reading_gives_what_an_eager_one_gives(monkeypatch: pytest.MonkeyPatch) -> None:
    lazy = _values(COPY)
    monkeypatch.setattr(resolver, "_clause_tense_reader", _eager)
    assert _values(COPY) == lazy
    assert len(lazy) >= 12


def test_a_full_date_and_a_duration_read_no_tense(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[int] = []

    def counted(*args: object) -> tense.ClauseTense:
        calls.append(1)
        return "none"

    monkeypatch.setattr(resolver, "clause_tense", counted)
    found = _values("The plant reopened on March 20, 2024, after three weeks.")
    assert [(t, v) for t, v, _ in found] == [("March 20, 2024", "2024-03-20"), ("three weeks", "P3W")]
    assert calls == []
    _values("The plant will reopen on Tuesday.")  # a bare weekday: its tense decides the day
    assert calls == [1]


def test_a_reading_is_read_once_and_kept() -> None:
    reads: list[int] = []

    def read() -> tense.ClauseTense:
        reads.append(1)
        return "past"

    reading = resolver.TenseReading(read=read)
    assert (reading.tense(), reading.tense()) == ("past", "past")
    assert reads == [1]
    assert resolver.TenseReading("future").tense() == "future"
