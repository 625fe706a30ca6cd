"""``clause_tense`` reads the words near an expression from a short stretch first: the words it
gets are those the full read gives, wherever the short read cuts a word."""

from __future__ import annotations

from newstimeline.timex.tense import _WORD, _words_after, _words_before

COPY = (
    "The long-awaited, lower-than-anticipated results we'll see on Tuesday -- O'Neil's firm "
    "said it'd re-open the well-known plant in mid-March -- were delayed again; officials "
    "couldn't say when the state-owned co-op would file its long-term plan, and a "
    "spokes-woman for the U.S.-based group declined to comment on the so-called deal."
)


def test_words_before_are_the_last_words_of_the_full_read() -> None:
    for begin in range(0, 60, 7):
        for start in range(begin, len(COPY) + 1):
            for count in (8, 16):
                expected = _WORD.findall(COPY, begin, start)[-count:]
                assert _words_before(COPY, begin, start, count) == expected, (begin, start)


def test_words_after_are_the_first_words_of_the_full_read() -> None:
    for end in range(len(COPY)):
        for stop in (len(COPY), min(len(COPY), end + 128), min(len(COPY), end + 40)):
            for count in (8, 14):
                expected = _WORD.findall(COPY, end, stop)[:count]
                assert _words_after(COPY, end, stop, count) == expected, (end, stop)


def test_hyphenated_and_contracted_words_read_whole() -> None:
    assert _WORD.findall("lower-than-anticipated we'll O'Neil re- x 'll") == [
        "lower-than-anticipated", "we'll", "O", "Neil", "re", "x", "'ll"]
