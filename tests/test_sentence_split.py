"""The sentence splitter: quotations opened after a full stop, initials, titles and abbreviations."""

from __future__ import annotations

from newstimeline.text import sentence_spans


def _sentences(text: str) -> list[str]:
    return [text[start:end] for start, end in sentence_spans(text)]


def test_a_ptb_double_backquote_after_a_full_stop_opens_a_new_sentence() -> None:
    text = ("The troops would be in the gulf region for some time, the company said. ``We will "
            "fight,'' a spokesman added.")
    assert sentence_spans(text) == [(0, 71), (72, 109)]
    assert _sentences(text)[1] == "``We will fight,'' a spokesman added."


def test_a_quotation_opened_after_a_closing_ptb_quote_is_a_new_sentence() -> None:
    text = "Iraq called the order ``grave and sinister.'' ``What we fear is that they will stay.''"
    assert _sentences(text) == [
        "Iraq called the order ``grave and sinister.''",
        "``What we fear is that they will stay.''",
    ]


def test_straight_and_curly_quotes_after_a_full_stop_open_new_sentences() -> None:
    text = 'Jobs spoke first. "We are done." \u201cNext year,\u201d he said.'
    assert sentence_spans(text) == [(0, 17), (18, 32), (33, 54)]


def test_a_middle_initial_does_not_end_a_sentence() -> None:
    text = "Defense Secretary Frank C. Carlucci said the carrier John F. Kennedy would sail."
    assert sentence_spans(text) == [(0, 80)]


def test_a_title_then_initials_stay_in_one_sentence() -> None:
    text = "Gen. J. A. Smith met U.S. officials on Friday. He left on Saturday."
    assert _sentences(text) == ["Gen. J. A. Smith met U.S. officials on Friday.",
                                "He left on Saturday."]


def test_an_abbreviation_before_a_sentence_opener_ends_the_sentence() -> None:
    text = ("The plant will close, according to Lipper Analytical Services Inc. That is less "
            "than a year after it opened at 5 p.m. The talks resume on Jan. 5 in the U.S. Senate.")
    assert _sentences(text) == [
        "The plant will close, according to Lipper Analytical Services Inc.",
        "That is less than a year after it opened at 5 p.m.",
        "The talks resume on Jan. 5 in the U.S. Senate.",
    ]


def test_an_abbreviation_before_an_opening_quote_ends_the_sentence() -> None:
    text = 'said an analyst with Harris Upham amp Co. "It\'s going to get bloody."'
    assert sentence_spans(text) == [(0, 41), (42, 69)]


def test_a_state_after_a_city_and_a_comma_ends_the_sentence_before_a_capital() -> None:
    text = ("Slepian was shot in his home in Buffalo, N.Y. Slepian provided abortions. "
            "Gov. Pataki of N.Y. State spoke in Miami Beach, Fla., on Monday.")
    assert _sentences(text) == [
        "Slepian was shot in his home in Buffalo, N.Y.",
        "Slepian provided abortions.",
        "Gov. Pataki of N.Y. State spoke in Miami Beach, Fla., on Monday.",
    ]


def test_a_lowercase_verb_spelled_like_an_abbreviation_ends_the_sentence() -> None:
    # "sat." and "no." are words here, not "Sat." (Saturday) or "No." (number).
    text = "He sat. Then he left. The answer was no. Team no. 225 went in."
    assert _sentences(text) == ["He sat.", "Then he left.", "The answer was no.",
                                "Team no. 225 went in."]


def test_a_sentence_may_open_with_a_word_like_iphone() -> None:
    text = "Android phones outsold iPhones. iPhone users, however, spend more."
    assert sentence_spans(text) == [(0, 31), (32, 66)]


def test_titles_written_in_capitals_and_inside_braces_do_not_end_a_sentence() -> None:
    text = "This is done at the suggestion of {Mr. Drabinsky}. MR. SMITH agreed."
    assert _sentences(text) == ["This is done at the suggestion of {Mr. Drabinsky}.",
                                "MR. SMITH agreed."]
