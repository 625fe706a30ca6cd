"""The finite verbs joined in a when-clause share the time of the expression it follows even
when the clause's first verb, told a few words on, took the expression as its nearest trigger
("Thursday, when two exile leaders and 133 other people were arrested and police were forced to
use tear gas")."""

from __future__ import annotations

import datetime as dt

from tests.test_events_stage import _by_trigger, _mentions


def test_a_verb_joined_to_a_distant_when_verb_shares_its_time() -> None:
    text = ("In contrast to Tuesday, when two exile leaders and 133 other people were arrested "
            "and police were forced to use tear gas to disperse a crowd, protesters were calmer "
            "on Wednesday.")
    events = _mentions(text)
    tuesday = dt.date(2022, 3, 8)
    for trigger in ("arrested", "forced"):
        time = _by_trigger(events, trigger).time
        assert (time.basis, time.earliest, time.latest) == ("expression", tuesday, tuesday), \
            trigger
