"""When countries joined NATO, the European Union and the euro, as evidence for a story's year.

"Poland, the Czech Republic and Hungary will join NATO on March 12" tells of an accession ahead:
a story before March 1999, most likely in the year before it; "Poland ... formally joined NATO"
one behind: a story from March 1999 on. Facts of general knowledge (the accession treaties'
dates), written as data.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from newstimeline.text import sentence_at, sentence_spans

# (organisation, year, month, members that joined then). Only accessions since 1960; the euro's
# founding members adopted it on January 1, 1999.
ACCESSIONS: tuple[tuple[str, int, int, tuple[str, ...]], ...] = (
    ("EU", 1973, 1, ("Britain", "Ireland", "Denmark")),
    ("EU", 1981, 1, ("Greece",)),
    ("EU", 1986, 1, ("Spain", "Portugal")),
    ("EU", 1995, 1, ("Austria", "Finland", "Sweden")),
    ("EU", 2004, 5, ("Cyprus", "Czech Republic", "Estonia", "Hungary", "Latvia", "Lithuania",
                     "Malta", "Poland", "Slovakia", "Slovenia")),
    ("EU", 2007, 1, ("Bulgaria", "Romania")),
    ("EU", 2013, 7, ("Croatia",)),
    ("NATO", 1982, 5, ("Spain",)),
    ("NATO", 1999, 3, ("Poland", "Hungary", "Czech Republic")),
    ("NATO", 2004, 3, ("Bulgaria", "Estonia", "Latvia", "Lithuania", "Romania", "Slovakia",
                       "Slovenia")),
    ("NATO", 2009, 4, ("Albania", "Croatia")),
    ("NATO", 2017, 6, ("Montenegro",)),
    ("NATO", 2020, 3, ("North Macedonia",)),
    ("NATO", 2023, 4, ("Finland",)),
    ("NATO", 2024, 3, ("Sweden",)),
    ("euro", 1999, 1, ("Austria", "Belgium", "Finland", "France", "Germany", "Ireland", "Italy",
                       "Luxembourg", "Netherlands", "Portugal", "Spain")),
    ("euro", 2001, 1, ("Greece",)),
    ("euro", 2007, 1, ("Slovenia",)),
    ("euro", 2008, 1, ("Cyprus", "Malta")),
    ("euro", 2009, 1, ("Slovakia",)),
    ("euro", 2011, 1, ("Estonia",)),
    ("euro", 2014, 1, ("Latvia",)),
    ("euro", 2015, 1, ("Lithuania",)),
    ("euro", 2023, 1, ("Croatia",)),
)  # fmt: skip

# The names news gives the bodies of ``ACCESSIONS``.
BODY_NAMES: dict[str, str] = {"NATO": "NATO", "the North Atlantic Treaty Organization": "NATO",
                              "the European Union": "EU", "the EU": "EU", "the euro": "euro",
                              "the euro zone": "euro", "the eurozone": "euro",
                              "the euro area": "euro", "the single currency": "euro"}
# "will join NATO", "is set to join the European Union", "to adopt the euro": an accession ahead;
# "formally joined NATO", "adopted the euro": one behind. (Longer names first: "the euro zone"
# before "the euro".)
_ACCESSION = re.compile(
    r"\b(?:(?P<ahead>will|shall|to|would)\s+(?:\w+ly\s+)?(?:join|enter|adopt|become (?:a )?"
    r"members? of)|(?:joined|adopted|became (?:a )?members? of))\s+"
    r"(?P<body>" + "|".join(re.escape(name) for name in sorted(BODY_NAMES, key=len, reverse=True)) + r")\b")


@dataclass(frozen=True, slots=True)
class AccessionEvidence:
    """Countries the text says will join (or joined) a body, and when they did."""

    phrase: str
    year: int
    month: int
    ahead: bool = True


def find_accessions(text: str) -> list[AccessionEvidence]:
    """The first accession the text tells of: the members its sentence names that joined the
    body together (a sentence naming members of two different enlargements says nothing)."""
    sentences = sentence_spans(text)
    for m in _ACCESSION.finditer(text):
        body = BODY_NAMES[m["body"]]
        sentence = text[slice(*sentence_at(sentences, m.start()))]
        dates = {(year, month) for name, year, month, members in ACCESSIONS if name == body
                 for member in members if re.search(rf"\b{member}\b", sentence)}
        if len(dates) == 1:
            year, month = dates.pop()
            return [AccessionEvidence(m[0], year, month, ahead=bool(m["ahead"]))]
    return []


# How likely a story tells of an accession so far ahead, by whole years ahead: the news of it
# (ratifications, ceremonies) crowds into its last year.
YEARS_BEFORE_ACCESSION: dict[int, float] = {0: 1.0, 1: 0.4, 2: 0.16, 3: 0.06}
# After the accession, "will join" is a misreading or a quote; before it, "joined".
AFTER_ACCESSION = 0.02


def accession_likelihood(year: int, month: int, item: AccessionEvidence) -> float:
    """How likely a story of ``year`` and ``month`` tells of the accession as it does."""
    months_ahead = (item.year - year) * 12 + item.month - month
    if not item.ahead:  # history from the day on, as long as news recalls it
        return 1.0 if months_ahead <= 0 else AFTER_ACCESSION
    if months_ahead < 0:
        return AFTER_ACCESSION
    return YEARS_BEFORE_ACCESSION.get(months_ahead // 12, YEARS_BEFORE_ACCESSION[3])
