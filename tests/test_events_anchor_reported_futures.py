"""A month told with what "would" foretells in an undated past report ("said the government
would cut the tax rate in January", in a March story) is still to come: the next one, not the
one already past, which the tagger may take when another month of the sentence reads as near."""

from __future__ import annotations

import datetime as dt

from tests.test_events_stage import _by_trigger, _mentions


def test_a_month_foretold_in_a_report_is_the_coming_one() -> None:
    text = ("Finance Minister Ana Costa said the government would cut the corporate tax rate "
            "by one point in January and raise pensions in April.")
    events = _mentions(text)
    cut = _by_trigger(events, "cut").time
    assert (cut.earliest, cut.latest) == (dt.date(2023, 1, 1), dt.date(2023, 1, 31))
    raise_ = _by_trigger(events, "raise").time
    assert (raise_.earliest, raise_.latest) == (dt.date(2022, 4, 1), dt.date(2022, 4, 30))


def test_a_month_of_a_past_act_in_a_report_stays_past() -> None:
    text = ("Finance Minister Ana Costa said the government cut the corporate tax rate by one "
            "point in January and raised pensions in April.")
    cut = _by_trigger(_mentions(text), "cut").time
    assert (cut.earliest, cut.latest) == (dt.date(2022, 1, 1), dt.date(2022, 1, 31))
