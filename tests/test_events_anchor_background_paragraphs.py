"""A month or year of the past told in a paragraph of background ("The last budget was
rejected in 2019.") frames no sentence of the next paragraph: the story goes back to its own
day ("Opposition deputies walked out of the chamber"). In the same paragraph it still frames the
sentence after it, and a sentence that points back to it ("That agreement ...") or opens with a
quotation answering it ("``We lost a whole year,'' she said") keeps it."""

from __future__ import annotations

import datetime as dt

from tests.test_events_stage import _by_trigger, _mentions

WEDNESDAY = dt.date(2022, 3, 9)


def _day(text: str, trigger: str) -> tuple[dt.date | None, dt.date | None]:
    time = _by_trigger(_mentions(text), trigger).time
    return time.earliest, time.latest


def test_a_background_year_does_not_date_the_next_paragraph() -> None:
    text = ("Lawmakers approved the budget on Wednesday after a long debate.\n\n"
            "The last budget was rejected in 2019.\n\n"
            "Opposition deputies walked out of the chamber in protest.")
    assert _day(text, "walked") == (WEDNESDAY, WEDNESDAY)


def test_a_background_month_does_not_date_the_next_paragraph() -> None:
    text = ("A typhoon slammed into the northern coast on Wednesday, killing 12 people.\n\n"
            "In November 2013, a storm killed more than 6,000 people in the same region.\n\n"
            "Rescuers pulled survivors from collapsed houses.")
    assert _day(text, "pulled") == (WEDNESDAY, WEDNESDAY)


def test_the_story_s_own_date_without_a_day_named() -> None:
    text = ("The company was founded in 1946 by two brothers.\n\n"
            "Its shares fell 6 percent in morning trading.")
    assert _day(text, "fell") != (dt.date(1946, 1, 1), dt.date(1946, 12, 31))


def test_a_background_year_still_frames_its_own_paragraph() -> None:
    text = ("The court upheld the result on Wednesday.\n\n"
            "In 2017, the same court annulled a presidential vote. "
            "The judges ordered a new election within 60 days.")
    assert _day(text, "ordered") == (dt.date(2017, 1, 1), dt.date(2017, 12, 31))


def test_a_sentence_pointing_back_keeps_the_background_year() -> None:
    text = ("Rebels attacked an army post on Wednesday.\n\n"
            "The government signed a peace deal with the rebels in 2016.\n\n"
            "That agreement ended five decades of war.")
    assert _day(text, "ended") == (dt.date(2016, 1, 1), dt.date(2016, 12, 31))


def test_a_current_year_still_frames_the_next_paragraph() -> None:
    text = ("The bank raised its forecast this year.\n\n"
            "Its profit rose 8 percent.")
    assert _day(text, "rose") == (dt.date(2022, 1, 1), dt.date(2022, 12, 31))


def test_a_quotation_answering_the_background_keeps_its_year() -> None:
    text = ("Lawmakers approved the budget on Wednesday.\n\n"
            "The last budget was rejected in 2019.\n\n"
            "``We lost a whole year of investment,'' the finance minister said.")
    assert _day(text, "lost") == (dt.date(2019, 1, 1), dt.date(2019, 12, 31))


def test_a_quotation_in_curly_marks_keeps_its_year() -> None:
    text = ("Lawmakers approved the budget on Wednesday.\n\n"
            "The last budget was rejected in 2019.\n\n"
            "\u201cWe lost a whole year of investment,\u201d the finance minister said.")
    assert _day(text, "lost") == (dt.date(2019, 1, 1), dt.date(2019, 12, 31))
