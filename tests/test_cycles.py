"""US election cycles named without a year put the story in a year of the right phase."""

from __future__ import annotations

import pytest

from newstimeline.cycles import OFF_CYCLE, cycle_likelihood, find_cycle_events
from tests.dct_stories import infer_story_year


@pytest.mark.parametrize("text, phrase", [
    ("Candidates spent the weekend in diners before the Iowa caucuses.", "Iowa caucuses"),
    ("He finished third in the New Hampshire primary.", "New Hampshire primary"),
    ("Republicans fear losing the House in the midterm elections.", "midterm elections"),
    ("Delegates gathered for the Democratic National Convention.",
     "Democratic National Convention"),
])
def test_a_recurring_election_is_found(text: str, phrase: str) -> None:
    assert [c.phrase for c in find_cycle_events(text)] == [phrase]


@pytest.mark.parametrize("text", [
    # The event dated by its own year is history, not the story's cycle.
    "He won the 1992 New Hampshire primary before losing the nomination.",
    # A party caucus in a legislature is no election.
    "The House Democratic caucus met on Tuesday.",
])
def test_a_dated_or_other_caucus_is_no_cycle_evidence(text: str) -> None:
    assert find_cycle_events(text) == []


def test_the_caucuses_fit_a_presidential_year_and_less_the_year_before() -> None:
    item = find_cycle_events("Polls opened for the Iowa caucuses.")[0]
    assert [cycle_likelihood(y, item) for y in (2024, 2023, 2025, 2026)] == [
        1.0, 0.4, OFF_CYCLE, OFF_CYCLE]


def test_the_iowa_caucuses_date_a_january_story_to_a_presidential_year() -> None:
    # January 17 is a Saturday in 2004, 2009, 2015 and 2026: only 2004 is a presidential year
    # (before: 2026, the latest Saturday).
    text = ("DES MOINES, Iowa, Jan. 17 - The candidates crisscrossed the state on Saturday, two "
            "days before the Iowa caucuses.")
    result = infer_story_year(text, 1, 17)
    assert result.year == 2004
    assert '"Iowa caucuses" fits 2004' in result.explanation


def test_the_midterm_elections_date_a_november_story_to_a_midterm_year() -> None:
    # November 7 is a Tuesday in 2006, 2017 and 2023; 2006 is the midterm year.
    text = ("WASHINGTON, Nov. 7 - Republicans lost 40 House seats in the midterm elections on "
            "Tuesday, the party's worst showing in decades.")
    result = infer_story_year(text, 11, 7)
    assert result.year == 2006
