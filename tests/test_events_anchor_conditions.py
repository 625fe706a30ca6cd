"""A condition told as a bare participle after "if" or "unless" ("If convicted, he faces life
in prison") is what may happen: undated, not the story's now that its present sentence would
give, nor a past range."""

from __future__ import annotations

from tests.test_events_stage import _by_trigger, _mentions


def test_a_bare_conditional_participle_is_undated() -> None:
    text = "The former nurse denies the charges. If convicted, he faces life in prison."
    convicted = _by_trigger(_mentions(text), "convicted").time
    assert (convicted.relation, convicted.basis, convicted.earliest, convicted.latest) == (
        "undated", "none", None, None)


def test_a_past_participle_after_a_subject_keeps_its_past() -> None:
    text = "The former nurse was convicted of murder, the court said."
    convicted = _by_trigger(_mentions(text), "convicted").time
    assert convicted.relation == "before"
