"""A report whose clause starts after an aside, or whose speaker follows the verb, names its
speaker and what was said (the summaries had read " says: Bush, however")."""

from __future__ import annotations

from tests.test_events_stage import _by_trigger, _events


def _summary(text: str, verb: str) -> str:
    return _by_trigger(_events(text), verb).summary


def test_the_opening_phrase_speaks_across_an_aside() -> None:
    assert _summary("Bush, however, says he sees no short-term hope for a settlement.",
                    "says") == "Bush says: He sees no short-term hope for a settlement."
    assert _summary("John Prescott, a shipping correspondent, said there was no shipping in the "
                    "ports.", "said") == "John Prescott said: There was no shipping in the ports."
    assert _summary("And Robert Gates, the deputy adviser, asserted in an interview that troops "
                    "had set fires.", "asserted") == "Robert Gates asserted: Troops had set fires."
    assert _summary("Similarly, the foreign minister, Janos Martonyi, who recalls the uprising, "
                    "said membership meant a return home.", "said") == (
        "The foreign minister said: Membership meant a return home.")
    # What is said may follow the clause: "said that ..."
    assert _summary("Ebrahim, whose company sends travelers on safaris, said that his company had "
                    "one cancellation.", "said") == "Ebrahim said: His company had one cancellation."


def test_a_speaker_after_the_verb_says_what_comes_before() -> None:
    assert _summary("Proceeds will be used to reduce debt, said Robert Vaux, vice president.",
                    "said") == "Robert Vaux said: Proceeds will be used to reduce debt"
    assert _summary("There have been reports of looting, said a spokesman, who was not "
                    "identified.", "said") == "A spokesman said: There have been reports of looting"


def test_a_report_sharing_its_subject_through_a_conjunction() -> None:
    assert _summary("In an interview on ABC, he declined to discuss details, but said he was "
                    "hopeful.", "said") == "He said: He was hopeful."


def test_an_opening_adverbial_or_a_clause_is_no_speaker() -> None:
    # Neither "Proceeds will be used to reduce debt" nor "In an interview" speaks.
    summary = _summary("In an interview on Monday, officials, however, said talks would resume.",
                       "said")
    assert not summary.startswith("In an interview")
