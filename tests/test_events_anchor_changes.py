"""A change told from one figure to another ("jumped from fewer than 100,000 in 1980 to more
than 300,000 last year") is dated by its end: the date after "from" and a figure dates the
figure the change started from, as a comparison base does."""

from __future__ import annotations

import datetime as dt

from newstimeline.events.anchor import figure_follows
from tests.test_events_stage import _by_trigger, _mentions


def test_a_change_from_one_figure_to_another_takes_the_date_of_its_end() -> None:
    text = ("The number of visitors jumped from fewer than 100,000 in 1980 to more than "
            "300,000 last year.")
    time = _by_trigger(_mentions(text), "jumped").time
    assert (time.earliest, time.latest) == (dt.date(2021, 1, 1), dt.date(2021, 12, 31))


def test_a_place_after_from_opens_no_change() -> None:
    text = "The family moved from Havana in 1980 to Miami."
    time = _by_trigger(_mentions(text), "moved").time
    assert (time.earliest, time.latest) == (dt.date(1980, 1, 1), dt.date(1980, 12, 31))


def test_figures_after_quantifiers() -> None:
    assert figure_follows(["from", "fewer", "than", "100,000"], "from")
    assert figure_follows(["to", "about", "$3", "million"], "to")
    assert not figure_follows(["from", "havana"], "from")
