"""Events that recur on a fixed calendar cycle, as evidence for a story's year.

The US elects its president in years divisible by four and the whole House two years later
("the midterm elections"); the Iowa caucuses, the New Hampshire primary, Super Tuesday and the
parties' national conventions open the presidential year. A story that speaks of them without a
year lies in a year of the right phase of the cycle, or near it (the campaign is covered in the
year before, the results in the year after). Facts of general knowledge, written as data.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from newstimeline.text import sentence_at, sentence_spans

# (pattern, cycle in years, how likely a story of each phase names it: the phase is the year's
# remainder by the cycle). Patterns are case-sensitive: "a primary" or "a caucus" of a party in
# a legislature is no election.
CYCLE_EVENTS: tuple[tuple[str, int, dict[int, float], str], ...] = (
    # The presidential year itself, the campaign year before it little less often.
    (r"\bIowa caucus(?:es)?\b|\bNew Hampshire (?:presidential )?primary\b|\bSuper Tuesday\b|"
     r"\b(?:Republican|Democratic) National Convention\b", 4, {0: 1.0, 3: 0.4, 1: 0.05, 2: 0.05},
     "the US presidential primaries and conventions, in years divisible by four"),
    # Two years after a presidential election; spoken of in the years either side too.
    (r"\b(?:[Mm]idterm|[Mm]id-term) (?:elections?|races?|campaigns?|vote)\b", 4,
     {2: 1.0, 1: 0.3, 3: 0.3, 0: 0.1}, "the US midterm elections, two years after a presidential one"),
)  # fmt: skip

_CYCLE_PATTERNS: tuple[tuple[re.Pattern[str], int, dict[int, float], str], ...] = tuple(
    (re.compile(pattern), cycle, phases, what) for pattern, cycle, phases, what in CYCLE_EVENTS)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
# A year of the wrong phase: the event is named in passing (history, a comparison).
OFF_CYCLE = 0.05


@dataclass(frozen=True, slots=True)
class CycleEvidence:
    """A recurring event the text names without a year, and how likely each phase of its cycle
    is for a story that names it."""

    phrase: str
    cycle: int
    phases: dict[int, float]
    what: str


def find_cycle_events(text: str) -> list[CycleEvidence]:
    """The recurring events the text names, the first mention of each table row. A sentence that
    writes a year ("the 1996 New Hampshire primary") dates the event itself: it is left out."""
    found: list[CycleEvidence] = []
    sentences = sentence_spans(text)
    for pattern, cycle, phases, what in _CYCLE_PATTERNS:
        for m in pattern.finditer(text):
            if _YEAR.search(text, *sentence_at(sentences, m.start())):
                continue
            found.append(CycleEvidence(m[0], cycle, phases, what))
            break
    return found


def cycle_likelihood(year: int, item: CycleEvidence) -> float:
    """How likely a story of ``year`` names the recurring event as it does."""
    return item.phases.get(year % item.cycle, OFF_CYCLE)
