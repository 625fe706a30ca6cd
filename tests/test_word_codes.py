"""word_codes: one code per word of a sentence, read by every per-token test of the event stage."""

from __future__ import annotations

from newstimeline.events.actors import names_in
from newstimeline.events.mentions import (
    CLAUSE_MARK,
    COPULA,
    HOLDING_HAVE,
    NAME_WORD,
    PRESENT_COPULA,
    QUOTE_MARK,
    RELATIVE_PRONOUN,
    _clause_bounds,
    find_event_mentions,
    model_mentions,
    verb_shapes_found,
    word_codes,
)
from newstimeline.text import tokens

SENTENCE = ("Russian Deputy Foreign Minister Alexander Grushko said on Friday that NATO, which "
            "has 30 members, was not ready and had refused the talks Moscow is seeking.")


def _flagged(flag: int) -> list[str]:
    toks = tokens(SENTENCE)
    return [t.text for t, code in zip(toks, word_codes(toks), strict=True) if code & flag]


def test_the_codes_flag_names_clause_marks_haves_and_copulas() -> None:
    # A weekday is no name ("Friday"); "Russian Deputy Foreign Minister" are name words.
    assert _flagged(NAME_WORD) == ["Russian", "Deputy", "Foreign", "Minister", "Alexander",
                                   "Grushko", "NATO", "Moscow"]
    assert _flagged(CLAUSE_MARK) == ["that", ",", ","]
    assert _flagged(HOLDING_HAVE) == ["has", "had"]
    assert _flagged(COPULA) == ["was", "is"]
    assert _flagged(PRESENT_COPULA) == ["is"]
    assert _flagged(RELATIVE_PRONOUN) == ["which"]


def test_the_codes_flag_the_words_that_may_open_relative_clauses_and_quotations() -> None:
    toks = tokens("``Which side wins,'' said Ms. Lee, whose firm WHOM hired, \u201cis unclear\u201d.")
    flagged = [(t.text, bool(c & RELATIVE_PRONOUN), bool(c & QUOTE_MARK))
               for t, c in zip(toks, word_codes(toks), strict=True) if c & (RELATIVE_PRONOUN
                                                                          | QUOTE_MARK)]
    # As written: `` and '' come as two tokens each; "Which" and "WHOM" are lowercased.
    assert flagged == [("`", False, True), ("`", False, True), ("Which", True, False),
                       ("'", False, True), ("'", False, True), ("whose", True, False),
                       ("WHOM", True, False), ("\u201c", False, True), ("\u201d", False, True)]


def test_the_tests_read_the_same_from_the_codes_as_from_the_words() -> None:
    toks = tokens(SENTENCE)
    codes = word_codes(toks)
    assert verb_shapes_found(toks, None, codes) == verb_shapes_found(toks)
    assert _clause_bounds(toks, codes) == _clause_bounds(toks) == [0, 9, 12]
    assert find_event_mentions(toks, codes) == find_event_mentions(toks)
    assert [m.token.text for m in find_event_mentions(toks, codes)] == ["said", "refused",
                                                                       "seeking"]
    assert model_mentions(toks, codes=codes) == model_mentions(toks)
    # "has 30 members": a "have" holding a figure is a STATE.
    assert [(m.token.text, m.event_class) for m in model_mentions(toks, codes=codes)] == [
        ("said", "REPORTING"), ("has", "STATE"), ("refused", "I_ACTION"),
        ("talks", "OCCURRENCE"), ("seeking", "I_STATE")]
    flags = [bool(code & NAME_WORD) for code in codes]
    assert names_in(toks, flags) == names_in(toks) == [
        (0, 5, "Alexander Grushko", True), (10, 10, "NATO", False), (25, 25, "Moscow", False)]
