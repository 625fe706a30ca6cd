"""The reference oracle of issue 5: the gold event mentions, each dated by its article's DCT.

It knows which mentions belong to each entity's timeline but nothing of their dates or order
beyond the publication date of the document they come from: a floor that a system reading the
text must beat on dates.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

from newstimeline.evaluate.timelines_score import UNKNOWN_DATE, EntityTimeline, Entry


def mention_document(mention: str) -> str:
    """The DOCID part of ``DOCID-SENTENCE-word``."""
    return mention.split("-", 1)[0]


def dated_timeline(entity: str, mentions: Mapping[str, str]) -> EntityTimeline:
    """A timeline from mention → normalized date: ranks follow distinct dates, undated at 0."""
    dates = sorted({d for d in mentions.values() if d != UNKNOWN_DATE})
    rank = {d: i + 1 for i, d in enumerate(dates)}
    grouped: dict[tuple[int, str], list[str]] = {}
    for mention, date in mentions.items():
        grouped.setdefault((rank.get(date, 0), date), []).append(mention)
    return EntityTimeline(entity, tuple(Entry(order, date, tuple(ms))
                                        for (order, date), ms in sorted(grouped.items())))


def dct_oracle(gold: EntityTimeline, dcts: Mapping[str, dt.date]) -> EntityTimeline:
    """Every gold mention dated by its document's DCT (undated when the document is unknown)."""
    mentions: dict[str, str] = {}
    for mention in gold.mention_dates():  # listed order: it sets the order of the chains
        dct = dcts.get(mention_document(mention))
        mentions[mention] = dct.isoformat() if dct else UNKNOWN_DATE
    return dated_timeline(gold.entity, mentions)
