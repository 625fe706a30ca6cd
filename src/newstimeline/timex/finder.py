"""Step one of tagging: find time expressions and read their parts, without resolving them.

The result is *underspecified* ("weekday Saturday, year unknown"); ``resolver.py`` settles it
against the document creation time. Keeping the steps apart lets the dateline stage use the
findings to infer a missing year before anything is resolved.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from newstimeline.timex import vocabulary as vocab
from newstimeline.timex.patterns import expand
from newstimeline.timex.rules import RULES, Rule


@dataclass(frozen=True, slots=True)
class Mention:
    """A time expression found in text: its span, the rule that matched and the parts it read."""

    start: int
    end: int
    text: str
    rule: Rule
    parts: dict[str, str]
    context_start: int
    """Start of the whole match, including a leading preposition ("on Saturday")."""


_COMPILED: tuple[tuple[Rule, re.Pattern[str]], ...] = tuple(
    (rule, re.compile(r"(?<![\w])(?:" + expand(rule.template) + ")")) for rule in RULES
)
_NON_TIME = re.compile(
    r"(?<![\w])(?:" + "|".join(re.escape(p) for p in vocab.NON_TIME_PHRASES) + r")(?![\w])",
    re.IGNORECASE,
)
_WORD_AFTER = re.compile(r"[ \t]*([A-Za-z']+)")


def _span(match: re.Match[str]) -> tuple[int, int]:
    if "t" in match.re.groupindex and match.start("t") >= 0:
        return match.start("t"), match.end("t")
    return match.start(), match.end()


def _is_time(rule: Rule, text: str, source: str, end: int) -> bool:
    """Reject matches the negative vocabulary rules out."""
    lowered = text.lower()
    if lowered in vocab.NON_TIMES:
        return False
    if rule.family == "vague" and lowered in vocab.VAGUE_ADVERBS_NEEDING_CONTEXT:
        # "earlier agreements" is an adjective on a noun, "Putin earlier called" an adverb.
        after = _WORD_AFTER.match(source, end)
        if after:
            word = after.group(1).lower()
            if word not in vocab.VAGUE_ADVERB_FOLLOWERS and not word.endswith("ed"):
                return False
    return True


def find_mentions(text: str) -> list[Mention]:
    """All non-overlapping time expressions in ``text``, in text order.

    Of overlapping matches the longer wins (then the earlier rule); a non-time phrase ("May I")
    beats any match it overlaps. One sweep over the matches sorted by start keeps this linear.
    """
    candidates: list[tuple[int, int, int, re.Match[str] | None]] = []
    for order, (rule, pattern) in enumerate(_COMPILED):
        for match in pattern.finditer(text):
            start, end = _span(match)
            if end > start and _is_time(rule, text[start:end], text, end):
                candidates.append((start, end, order, match))
    candidates.extend((p.start(), p.end(), -1, None) for p in _NON_TIME.finditer(text))
    candidates.sort(key=lambda c: (c[0], -(c[1] - c[0]), c[2]))
    kept: list[tuple[int, int, int, re.Match[str] | None]] = []
    for candidate in candidates:
        start, end, order, _ = candidate
        if kept and kept[-1][1] > start:
            last_start, last_end, last_order, _ = kept[-1]
            if last_order != -1 and (order == -1 or end - start > last_end - last_start):
                kept[-1] = candidate
            continue
        kept.append(candidate)
    chosen: list[Mention] = []
    for start, end, order, found in kept:
        if found is None:
            continue
        parts = {k: v for k, v in found.groupdict().items() if v is not None and k != "t"}
        chosen.append(Mention(start, end, text[start:end], _COMPILED[order][0], parts,
                              min(found.start(), start)))
    return chosen
