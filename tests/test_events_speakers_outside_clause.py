"""A report whose clause starts after an aside, or whose speaker follows the verb, names its
speaker (the summaries had read " says: Bush, however", " said: By custom was not identified")."""

from __future__ import annotations

from tests.test_events_stage import _by_trigger, _events


def _summary(text: str, verb: str) -> str:
    return _by_trigger(_events(text), verb).summary


def test_the_opening_phrase_speaks_across_an_aside() -> None:
    assert _summary("Bush, however, says he sees no short-term hope for a settlement.",
                    "says").startswith("Bush, however, says he sees")
    assert _summary("John Prescott, a shipping correspondent, said there was no shipping in the "
                    "ports.", "said").startswith("John Prescott, a shipping correspondent, said")
    assert _summary("Ebrahim, whose company sends travelers on safaris, said that his company had "
                    "one cancellation.", "said") == "Ebrahim said: His company had one cancellation."


def test_a_speaker_after_the_verb_says_what_comes_before() -> None:
    assert _summary("Proceeds will be used to reduce debt, said Robert Vaux, vice president.",
                    "said") == "Robert Vaux said: Proceeds will be used to reduce debt"
    assert _summary("There have been reports of looting, said a spokesman, who was not "
                    "identified.", "said") == "A spokesman said: There have been reports of looting"


def test_no_report_summary_lacks_its_speaker() -> None:
    for text in ("In an interview on ABC, he declined to discuss details, but said he was "
                 "hopeful.", "In an interview on Monday, officials, however, said talks would "
                 "resume.", "Similarly, the foreign minister, Janos Martonyi, who recalls the "
                 "uprising, said membership meant a return home."):
        summary = _summary(text, "said")
        assert not summary.startswith(("Said", " said")), summary
