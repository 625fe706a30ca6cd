"""A vague "recently" or a century in a sentence names no time for its other events: an untensed
event a present verb governs is still at the story's date ("helps to secure a region that has
been the scene of the worst wars of this century": the securing is what helps now)."""

from __future__ import annotations

from tests.test_events_stage import DCT, _by_trigger, _mentions


def test_a_century_does_not_keep_an_infinitive_from_its_present_verb() -> None:
    text = ("Expanding the alliance helps to secure a region that has been the scene of the "
            "worst wars of this century, the minister said.")
    events = _mentions(text)
    for trigger in ("secure", "Expanding"):
        time = _by_trigger(events, trigger).time
        assert (time.basis, time.earliest, time.latest) == ("tense", DCT, DCT)


def test_recently_does_not_keep_an_infinitive_from_its_present_verb() -> None:
    text = ("The bank recently opened an office in Lagos, which allows it to serve clients "
            "across West Africa.")
    serve = _by_trigger(_mentions(text), "serve").time
    assert (serve.basis, serve.earliest, serve.latest) == ("tense", DCT, DCT)


def test_a_dated_sentence_still_keeps_the_infinitive_from_the_story_date() -> None:
    text = "The agreement allows the company to build a second plant in 2024, officials said."
    build = _by_trigger(_mentions(text), "build").time
    assert (build.earliest, build.latest) != (DCT, DCT)
