"""A comma opens a reporting tail (", officials said") only when no verb of the clause before
stands between: "Delaney, 52, had pleaded not guilty and his lawyers said ..." keeps its
subject."""

from __future__ import annotations

from newstimeline.events.mentions import _clause_bounds
from newstimeline.text import tokens
from tests.test_events_stage import _by_trigger, _events


def _clause_starts(text: str) -> list[str]:
    words = tokens(text)
    return [words[i].text for i in _clause_bounds(words) if i < len(words)]


def test_a_verb_before_the_report_keeps_the_comma_in_its_clause() -> None:
    text = "Delaney, 52, had pleaded not guilty and his lawyers said they would appeal."
    assert _clause_starts(text) == ["Delaney"]
    pleaded = _by_trigger(_events(text), "pleaded")
    assert pleaded.summary.startswith("Delaney, 52, had pleaded not guilty")


def test_a_reporting_tail_with_its_own_auxiliaries_still_opens_a_clause() -> None:
    assert _clause_starts("The talks went well, Yeltsin was quoted as saying.") == [
        "The", "Yeltsin"]
    assert _clause_starts("Kopp fled to Mexico, federal officials have said.") == [
        "Kopp", "federal"]
    assert _clause_starts("The plant will close, the company said on Monday.") == [
        "The", "the"]
