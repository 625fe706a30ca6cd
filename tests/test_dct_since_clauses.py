"""A year in a clause "since" opens starts a stretch running to the story, as "since 1992" does."""

from __future__ import annotations

from tests.dct_stories import infer_story_year


def _infer(text: str, month: int, day: int) -> tuple[int, list[int], str]:
    result = infer_story_year(text, month, day)
    return result.year, result.candidates, result.explanation


def test_a_year_in_a_since_clause_starts_a_stretch() -> None:
    # October 25 is a Sunday in 2015 and 2020. Read as a plain past year, "in 2012" put the story
    # shortly after it (2015, at 0.72); a stretch since 2012 is as likely a decade on.
    text = ("CHICAGO, Oct. 25 - The owners said on Sunday that attendance has dwindled since the "
            "league moved its games to cable television in 2012.")
    year, candidates, explanation = _infer(text, 10, 25)
    assert (year, candidates[:2]) == (2020, [2015, 2026])
    assert '"in 2012" tells of a stretch seldom more than 10 years old' in explanation


def test_a_year_told_once_with_since_starts_a_stretch_wherever_it_is_named() -> None:
    # "the 1992 protests" alone would pull the story to 1992 (October 25 is a Sunday then);
    # the issue "had faded since" the protests of 1992, so the story lies years after them.
    text = ("BUFFALO, Oct. 25 - Abortion foes marched on Sunday in a town where the issue had faded "
            "since Operation Rescue staged its protests in 1992. Few of the pastors who led the "
            "1992 protests are still in town.")
    year, candidates, _ = _infer(text, 10, 25)
    assert (year, candidates[:2]) == (1998, [1992, 2009])
