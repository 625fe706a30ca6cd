"""Shortcuts of the event stage's speed work: each gives what the longer way gives."""

from __future__ import annotations

import copy
import dataclasses
import gc
import pickle
import random

import pytest

from newstimeline.events import vocabulary as vocab
from newstimeline.events.anchor import quoted_spans, relative_clauses, since_clauses
from newstimeline.events.mentions import (
    _SKIP,
    _STOP,
    CLAUSE_PUNCTUATION,
    QUOTE_MARK,
    QUOTE_MARKS,
    RELATIVE_PRONOUN,
    SINCE,
    TAIL_REACH,
    EventMention,
    _before_step,
    _clause_bounds,
    _previous_words,
    _verb_before_report,
    find_event_mentions,
    joins_numbers,
    word_codes,
)
from newstimeline.events.vocabulary import RELATIVE_PRONOUNS
from newstimeline.events.word_cache import freeze_long_lived
from newstimeline.text import _WORD, Token, tokens

ASCII_SENTENCE = ("``We're not ready,'' said U.S. Rep. Jo-Ann O'Neil, 45, of Buffalo, N.Y., "
                  "after the 9.5-mile march_on Washington\x1c(e.g. $3.2 billion).")


def test_ascii_text_is_split_as_the_unicode_pattern_splits_it() -> None:
    # An ASCII text takes the faster pattern; its tokens are the Unicode pattern's, also at
    # the separator \x1c, which both read as whitespace.
    expected = [(m.group(), m.start(), m.end()) for m in _WORD.finditer(ASCII_SENTENCE)]
    assert [(t.text, t.start, t.end) for t in tokens(ASCII_SENTENCE)] == expected
    assert [t.text for t in tokens(ASCII_SENTENCE)][:8] == ["`", "`", "We're", "not", "ready",
                                                           ",", "'", "'"]
    assert "march" in [t.text for t in tokens(ASCII_SENTENCE)]  # "_" splits words


def test_every_ascii_character_splits_as_in_the_unicode_pattern() -> None:
    # Inside a word, after a space and doubled: letters, digits, "'.-", "_", the separators.
    for code in range(128):
        text = f"a{chr(code)}b 9{chr(code)}{chr(code)}"
        assert [(t.text, t.start) for t in tokens(text)] == [
            (m.group(), m.start()) for m in _WORD.finditer(text)], repr(chr(code))


def test_unicode_text_keeps_curly_apostrophes_inside_words() -> None:
    assert [t.text for t in tokens("Russia’s envoy said “no”.")] == [
        "Russia’s", "envoy", "said", "“", "no", "”", "."]


def _searched(text: str, start: int, end: int | None) -> list[Token]:
    """The tokens as a search of the word pattern between the offsets finds them (the way
    ``tokens`` took before it split the text)."""
    stop = len(text) if end is None else end
    return [Token(m.group(), m.start(), m.end()) for m in _WORD.finditer(text, start, stop)]


def test_split_tokens_are_the_searched_tokens_between_any_offsets() -> None:
    # Random texts of letters, digits, the marks inside words, spaces, separators, quotes and
    # non-ASCII letters (whose lowercase grows: "İ"), between offsets in and past the text.
    rng = random.Random(14)
    alphabet = "aZ09 .,'’-_\n\t\u00e9\u0130\u00df\u201c\u201d$%()\u2014\u00a0\x1c"
    for _ in range(20_000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randrange(30)))
        start = rng.randrange(-2, len(text) + 3)
        end = rng.choice([None, rng.randrange(-2, len(text) + 3)])
        found = tokens(text, start, end)
        assert found == _searched(text, start, end), (text, start, end)
        assert all(type(token) is Token and token.lower == token.text.lower()
                   for token in found)
    sentence = "The 9.5-mile march_on Washington ended."
    assert [(t.text, t.start, t.end) for t in tokens(sentence, 4, 21)] == [
        ("9.5-mile", 4, 12), ("march", 13, 18), ("on", 19, 21)]  # "_" is no token


def test_a_sentence_without_quote_marks_has_no_quotations() -> None:
    # The stage reads quoted_spans only when a quote mark is among the tokens (their codes).
    plain = tokens("The ministry said on Friday that the talks would resume in January.")
    assert QUOTE_MARKS.isdisjoint(t.text for t in plain)
    assert not any(code & QUOTE_MARK for code in word_codes(plain))
    assert quoted_spans(plain) == []
    quoted = tokens("``I am willing to leave tomorrow,'' Castro read.")
    assert not QUOTE_MARKS.isdisjoint(t.text for t in quoted)
    assert [t.text for t, code in zip(quoted, word_codes(quoted), strict=True)
            if code & QUOTE_MARK] == ["`", "`", "'", "'"]
    assert quoted_spans(quoted) == [(2, 33)]


def test_relative_clauses_need_a_relative_pronoun_after_the_first_word() -> None:
    # The stage reads relative_clauses only when such a pronoun stands past the first word.
    opening = tokens("Which way the vote goes is unclear.")
    assert relative_clauses(opening) == []
    assert RELATIVE_PRONOUNS.isdisjoint(t.lower for t in opening[1:])
    assert [bool(code & RELATIVE_PRONOUN) for code in word_codes(opening)][:2] == [True, False]
    assert not any(code & RELATIVE_PRONOUN for code in word_codes(opening)[1:])
    inner = tokens("Kopp, who fled in 1998, was arrested.")
    assert [(r.start, r.end) for r in relative_clauses(inner)] == [(6, 22)]


def test_the_long_lived_objects_are_frozen_once_per_moment() -> None:
    freeze_long_lived("a test's moment")
    frozen = gc.get_freeze_count()
    later = [[word] for word in ("talks", "said", "war")]  # tracked containers made after
    freeze_long_lived("a test's moment")
    assert gc.get_freeze_count() == frozen  # a second freeze would have taken ``later`` too
    del later


def test_words_no_verb_form_are_tried_only_after_a_word_that_may_make_them_verbs(
        monkeypatch: pytest.MonkeyPatch) -> None:
    from newstimeline.events import mentions
    from newstimeline.events.mentions import verb_shape, verb_shapes_found

    # "did not agree", "will be over", "didn't sign": the rules find these. Of the words
    # within reach after "not", "will" and "didn't", only those right after such a word (or
    # after a negation, past adverbs) are tried: "the", "deal", "talks", "now" are not.
    text = ("The union did not agree to the deal, and the company will not soon start talks "
            "now that the strike will be over, but it didn't sign either.")
    toks = tokens(text)
    found = verb_shapes_found(toks)
    # The same verbs as verb_shape, token by token.
    assert found == {i: s for i in range(len(toks)) if (s := verb_shape(toks, i)) is not None}
    assert [toks[i].text for i in found] == ["agree", "over", "sign"]
    tried: list[str] = []
    shape_of = mentions._shape_of

    def counting(toks_: list[Token], i: int, previous: dict[int, list[str]] | None = None,
                 ) -> object:
        tried.append(toks_[i].text)
        return shape_of(toks_, i, previous)

    monkeypatch.setattr(mentions, "_shape_of", counting)
    verb_shapes_found(toks)
    assert tried == ["agree", "soon", "start", "over", "sign"]


def test_an_event_mention_made_by_its_slot_setters_is_the_dataclass_it_was() -> None:
    token = tokens("The army stormed the town.")[2]
    mention = EventMention(2, token, "OCCURRENCE", "past", "simple", "POS", (0, 6), False)
    # Each field in its place (the setters are bound in field order).
    assert [getattr(mention, f.name) for f in dataclasses.fields(EventMention)] == [
        2, token, "OCCURRENCE", "past", "simple", "POS", (0, 6), False]
    assert dataclasses.replace(mention, tense="none").tense == "none"
    assert dataclasses.replace(mention, tense="none") != mention
    assert pickle.loads(pickle.dumps(mention)) == mention == copy.deepcopy(mention)
    assert hash(mention) == hash(dataclasses.replace(mention))
    with pytest.raises(dataclasses.FrozenInstanceError):
        mention.tense = "none"  # type: ignore[misc]


def test_since_clauses_need_a_since_among_the_words() -> None:
    # The stage reads since_clauses only when a word's code flags "since".
    text = "Elian has been the focus of a custody battle since he was found on Nov. 25."
    toks = tokens(text)
    finite = [m for m in find_event_mentions(toks) if m.tense != "none"]
    assert [t.text for t, c in zip(toks, word_codes(toks), strict=True) if c & SINCE] == ["since"]
    assert [(c.start, c.end) for c in since_clauses(toks, finite)] == [(45, 75)]
    shouted = tokens("SINCE he left, nothing has changed.")
    assert [bool(c & SINCE) for c in word_codes(shouted)][:2] == [True, False]
    plain = tokens("Elian has been the focus of a custody battle after he was found on Nov. 25.")
    assert not any(c & SINCE for c in word_codes(plain))
    assert since_clauses(plain, [m for m in find_event_mentions(plain) if m.tense != "none"]) == []


def _clause_bounds_the_long_way(toks: list[Token]) -> list[int]:
    """``_clause_bounds`` as it read every token's lowercase form and each comma's tail."""
    starts = [0]
    lowers = [t.lower for t in toks]
    for i, word in enumerate(lowers):
        if word in CLAUSE_PUNCTUATION:
            if not joins_numbers(toks, i):
                starts.append(i + 1)
        elif word == "," and i + 1 < len(lowers):
            tail = lowers[i + 1:i + 1 + TAIL_REACH]
            tail = tail[: tail.index(",")] if "," in tail else tail
            before = lowers[max(0, i - 3):i]
            if lowers[i + 1] in vocab.CLAUSE_OPENERS or (not vocab.REPORTING_VERBS.isdisjoint(
                    tail) and not _verb_before_report(tail)) or not vocab.REPORTING_VERBS.isdisjoint(
                    before):
                starts.append(i + 1)
        elif word in vocab.COMPLEMENTIZERS and not vocab.REPORTING_VERBS.isdisjoint(
                lowers[max(0, i - 3):i]):
            starts.append(i)
    return sorted(set(starts))


def _previous_words_the_long_way(toks: list[Token], i: int) -> list[str]:
    """``_previous_words`` by its loop alone, without the shortcut for a stopping word."""
    words: list[str] = []
    j = i - 1
    while j >= 0 and len(words) < 4:
        word, step = _before_step(toks[j].lower)
        if step != _SKIP:
            words.append(word)
            if step == _STOP:
                break
        j -= 1
    return words


def test_clause_bounds_and_words_before_are_the_long_ways() -> None:
    sentences = [
        "NATO, he said, lives on; the talks, which began Monday, will not soon resume.",
        "Officials said that the plant, closed since May, had not really been inspected, "
        "according to the ministry (which declined comment) - and that it would reopen.",
        "But, he said, they have also quietly been told that, if needed, troops will go.",
    ]
    words = ["said", ",", "that", "he", "has", "not", "also", "been", "told", ";", "(", ")",
             "which", "will", "really", "the", "talks", "and", "—", "says", "whether", "it"]
    rng = random.Random(14)
    sentences += [" ".join(rng.choice(words) for _ in range(rng.randrange(1, 30)))
                  for _ in range(3000)]
    for sentence in sentences:
        toks = tokens(sentence)
        expected = _clause_bounds_the_long_way(toks)
        assert _clause_bounds(toks) == expected == _clause_bounds(toks, word_codes(toks))
        for i in range(len(toks)):
            assert _previous_words(toks, i) == _previous_words_the_long_way(toks, i)
    toks = tokens(sentences[0])
    # After "NATO," (a reporting tail), "he said," (it ends), ";" and before "which".
    assert [toks[i].text for i in _clause_bounds(toks)[1:]] == ["he", "lives", "the", "which"]


def test_tokens_of_one_word_share_one_lowercase_string() -> None:
    # One lowercase string per distinct word as written (hashed once for the stage's set
    # lookups), equal to the token's own text lowercased, in ASCII and Unicode text alike.
    toks = tokens("Police said SAID said; the Police Chief said “Said” and ÉTÉ été.")
    assert all(t.lower == t.text.lower() for t in toks)
    saids = [t.lower for t in toks if t.text == "said"]
    assert len(saids) == 3 and all(s is saids[0] for s in saids)
    assert toks[0].lower is tokens("Police arrived.")[0].lower



def test_the_split_words_give_the_tokens_texts_and_their_codes() -> None:
    from newstimeline.events.mentions import codes_of_words
    from newstimeline.text import words_and_tokens

    text = "``We won't,'' Sen. Jo-Ann O’Neil said on Monday (at 5 p.m.) in Zürich."
    for start, end in [(0, None), (3, 40), (10, -1), (-5, 200)]:
        words, toks = words_and_tokens(text, start, end)
        assert toks == tokens(text, start, end)
        assert words == [t.text for t in toks]
        assert codes_of_words(words) == word_codes(toks)
