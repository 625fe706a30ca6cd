"""The SemEval-2015 TimeLine output format: one ``<name>.txt`` per entity timeline."""

from __future__ import annotations

import re

from newstimeline.evaluate.timelines_score import EntityTimeline

_UNSAFE = re.compile(r"[^a-z0-9]+")


def timeline_file_name(entity: str) -> str:
    """``iPhone 4`` → ``iphone_4.txt`` (the task's naming: lowercase, words joined by "_")."""
    return (_UNSAFE.sub("_", entity.lower()).strip("_") or "timeline") + ".txt"


def semeval_text(timeline: EntityTimeline) -> str:
    """The entity on the first line, then ``ORDER<TAB>DATE<TAB>MENTION...`` lines."""
    lines = [timeline.entity.replace("\n", " ").strip()]
    lines += ["\t".join([str(e.order), e.date, *e.mentions]) for e in timeline.entries]
    return "\n".join(lines) + "\n"
