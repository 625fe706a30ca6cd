"""One test of "a when-clause follows the expression" for both rules that ask it: the first
verb of the clause takes the expression's time, and so do the finite verbs joined to it. Commas or
the wire dash "_" may stand between the expression and "when"."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.test_events_stage import _by_trigger, _mentions

TUESDAY = dt.date(2022, 3, 8)


@pytest.mark.parametrize("between", [", ", " _ "])
def test_verbs_joined_in_a_when_clause_share_its_time(between: str) -> None:
    text = (f"In contrast to Tuesday{between}when two exile leaders and 133 other people were "
            "arrested and police were forced to use tear gas to disperse a crowd, protesters "
            "were calmer on Wednesday.")
    events = _mentions(text)
    for trigger in ("arrested", "forced"):
        time = _by_trigger(events, trigger).time
        assert (time.basis, time.earliest, time.latest) == ("expression", TUESDAY, TUESDAY), \
            trigger


@pytest.mark.parametrize("between", [", ", " _ "])
def test_a_when_clause_after_a_bound_is_dated_by_the_bound(between: str) -> None:
    text = (f"Since 1985{between}when the army created a buffer zone in the south, nearly 200 "
            "soldiers have been killed there.")
    created = _by_trigger(_mentions(text), "created").time
    assert (created.earliest, created.latest) == (dt.date(1985, 1, 1), dt.date(1985, 12, 31))
