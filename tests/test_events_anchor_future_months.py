"""A month without its year that a future verb owns is the next one: the time tagger may read
the tense of another clause ("The airline will resume flights to the island in June because
demand has recovered", in a March story: the perfect made it last June)."""

from __future__ import annotations

import datetime as dt

from tests.test_events_stage import _by_trigger, _mentions


def test_a_future_verb_s_month_is_the_coming_one() -> None:
    text = "The airline will resume flights to the island in June because demand has recovered."
    resume = _by_trigger(_mentions(text), "resume").time
    assert (resume.earliest, resume.latest) == (dt.date(2022, 6, 1), dt.date(2022, 6, 30))


def test_a_past_verb_s_month_stays_the_last_one() -> None:
    text = "The airline resumed flights to the island in June because demand had recovered."
    resumed = _by_trigger(_mentions(text), "resumed").time
    assert resumed.earliest == dt.date(2021, 6, 1)
