"""The period named right after the figure a change starts from ("down from 80 percent in
2018", "from 4.1 percent in December") dates that base figure: it is no date in force for the
sentences after it, which go on about the period compared."""

from __future__ import annotations

import datetime as dt

from newstimeline.events.anchor import based_on_figure
from tests.test_events_stage import DCT, _by_trigger, _mentions


def test_the_next_sentence_keeps_the_period_compared_not_the_base() -> None:
    text = ("The jobless rate for adult men fell to 3.8 percent last month from 4.1 percent "
            "in December. The rate for adult women rose 0.3 percent, to 4.4 percent.")
    rose = _by_trigger(_mentions(text), "rose").time
    assert (rose.earliest, rose.latest) == (dt.date(2022, 2, 1), dt.date(2022, 2, 28))


def test_a_base_year_after_a_figure_does_not_date_the_next_event() -> None:
    text = ("Turnout was 78 percent, down from 80 percent in 2018. "
            "The mayor campaigned for his deputy in the final week.")
    campaigned = _by_trigger(_mentions(text), "campaigned").time
    assert (campaigned.relation, campaigned.earliest, campaigned.latest) == ("before", None, DCT)


def _words(text: str) -> list[str]:
    return text.split(" ")


def test_the_figure_base_words() -> None:
    assert based_on_figure(_words("was 78 percent , down from 80 percent in"))
    assert based_on_figure(_words("rose to $5 million from $4.1 million during"))
    # A place after "from", not a figure; a change told on to its end figure.
    assert not based_on_figure(_words("moved his family from Texas in"))
    assert not based_on_figure(_words("fell from 5 percent to 4 percent in"))
    assert not based_on_figure(_words("received $4 million from investors in"))
