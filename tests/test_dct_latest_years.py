"""Only the latest time the text looks back on says how near the story is: a decade told in the
past makes the years before its end history, and fades itself as a stretch "since" a year does."""

from __future__ import annotations

from tests.dct_stories import infer_story_year


def test_a_year_before_a_decade_looked_back_on_is_history() -> None:
    # "in 1984" pulled the story to 1985, before the early 1990s it looks back on. The decade's
    # end (1993) is the latest time looked back on: a stretch, flat for a decade (1993-2003),
    # with the mild recency preference taking its last year.
    text = ("MIAMI, Feb. 24 - His sister came to Miami in 1984. Travel rules began to relax in "
            "the early 1990s, when Havana allowed families to send dollars home.")
    result = infer_story_year(text, 2, 24)
    assert (result.year, result.candidates[:3]) == (2003, [2002, 2001, 2000])
    assert "older years (1984) only bound it from below" in result.explanation


def test_only_the_latest_decade_fades() -> None:
    # "the 1960s" is older history, a plain bound: it does not fade, so it does not pull the
    # story back from 2000, where "since 1990" (flat for a decade) and the early 1990s meet.
    text = ("MIAMI, Feb. 24 - Her brother was jailed in the 1960s. Families began to reconcile in "
            "the early 1990s, and since 1990 the trend has grown.")
    result = infer_story_year(text, 2, 24)
    assert result.year == 2000
