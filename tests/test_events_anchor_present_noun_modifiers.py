"""A present going on at the story's date does not lie on a past date that premodifies a noun
of its clause ("Under the 1998 law, the agency owns the land"), unless the date premodifies
the trigger itself, a noun the mention model read as a present ("The Friday explosions")."""

from __future__ import annotations

import datetime as dt

from tests.test_events_stage import DCT, _by_trigger, _mentions


def test_a_present_does_not_take_a_past_date_premodifying_another_noun() -> None:
    time = _by_trigger(_mentions("Under the 1998 law, the agency owns the land."), "owns").time
    assert (time.basis, time.earliest, time.latest) == ("tense", DCT, DCT)


def test_a_date_premodifying_the_trigger_still_dates_it() -> None:
    text = "The Friday explosions at two embassies killed 110 people."
    time = _by_trigger(_mentions(text), "explosions").time
    assert (time.earliest, time.latest) == (dt.date(2022, 3, 4), dt.date(2022, 3, 4))
