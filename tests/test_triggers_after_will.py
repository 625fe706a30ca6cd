"""After "will", a preposition or an adverb is no verb: the verb it stands beside is the event."""

from __future__ import annotations

from newstimeline.events.mentions import find_event_mentions, word_codes
from newstimeline.text import words_and_tokens


def _triggers(sentence: str) -> list[str]:
    _, tokens = words_and_tokens(sentence, 0, len(sentence))
    return [m.token.text for m in find_event_mentions(tokens, word_codes(tokens))]


def test_a_preposition_after_will_be_is_no_event() -> None:
    assert _triggers("The meeting will be on Friday.") == []


def test_an_adverb_after_will_is_no_event_the_verb_is() -> None:
    assert _triggers("He will also meet the Chinese president on Wednesday.") == ["meet"]
    assert _triggers("The firm will likely be recommending acquisitions.") == ["recommending"]
