"""A participle in -ing inserted between commas right before its subject's finite verb ("Acme,
facing a cash shortage, said ...") tells the subject's state or act at that verb's time."""

from __future__ import annotations

from tests.test_events_stage import _by_trigger, _mentions


def test_a_company_facing_a_squeeze_faces_it_when_it_reports() -> None:
    text = ("Harbor Freight Lines Inc., facing a cash-flow squeeze, said it is seeking new "
            "loans from its banks.")
    events = _mentions(text)
    said, facing = _by_trigger(events, "said").time, _by_trigger(events, "facing").time
    assert facing.basis == "reporting"
    assert (facing.earliest, facing.latest, facing.likely_day) == (said.earliest, said.latest,
                                                                  said.likely_day)
    assert "describes the subject of 'said'" in facing.explanation


def test_a_participle_with_a_finite_verb_inside_the_insertion_is_left_alone() -> None:
    text = ("The bank, reeling from rules that regulators imposed in the spring, said it "
            "would cut jobs.")
    reeling = _by_trigger(_mentions(text), "reeling").time
    assert "describes the subject" not in reeling.explanation
