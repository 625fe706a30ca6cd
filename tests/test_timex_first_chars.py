"""The locators' first-character lookahead turns away no match.

``first_chars`` reads from a regex's parse the characters its matches can begin with; each
rule's locator looks ahead for them after its non-word character. A set missing one character
would skip real matches, so: the reading of small patterns, every rule's matches on written
copy beginning with a character of its set, and each locator finding, from every offset, what
the same locator without the lookahead finds."""

from __future__ import annotations

import re

import pytest

from newstimeline.timex.finder import _COMPILED, _LOCATORS
from newstimeline.timex.first_chars import first_chars
from newstimeline.timex.patterns import expand

COPY = (
    "WASHINGTON, Feb. 19 (Reuters) - More than two weeks after the merger, the company said on "
    "Thursday it would cut 300 jobs by March 2021. Net income for the third quarter rose 12%; "
    "the year-earlier period included a charge. Some 18 months ago, at least a dozen times a "
    "year, up to four-and-a-half hours late, the latest 10 days, a couple of days before "
    "Christmas Eve, in the 1990s and '80s, the first half of fiscal 1990, Q4 2023, FY2024, at "
    "0800 GMT on 12/18/2021, every Monday and Thursday, two years later, this coming weekend, "
    "the week before last, twenty-four hours, nearly a decade, the following January."
)


@pytest.mark.parametrize(("pattern", "chars"), [
    (r"(?:more than )?\d+", "m0123456789"),
    (r"(?i:the) day", "tT"),
    (r"(?=x)ab|c", "ac"),             # a lookahead consumes nothing: the next item decides
    (r"(?:a|b?)c", "abc"),            # an optional branch lets the item after it begin
    (r"(?P<y>x)?(?(y)q|r)", "xqr"),    # either side of a condition
    (r"[A-Ca-c]z", "ABCabc"),
    (r"(?i)[a-b]", "aAbB"),
])
def test_first_chars_of_small_patterns(pattern: str, chars: str) -> None:
    assert first_chars(pattern) == frozenset(chars)


@pytest.mark.parametrize("pattern", [r"a?", r"[^a]b", r".x", r"\wx", r"(?:x|)"])
def test_first_chars_unknown_or_empty_is_none(pattern: str) -> None:
    assert first_chars(pattern) is None  # no lookahead is built: every start is tried


@pytest.mark.parametrize("order", range(len(_COMPILED)), ids=lambda o: _COMPILED[o][0].name)
def test_every_match_begins_with_a_first_char(order: int) -> None:
    rule, pattern = _COMPILED[order]
    chars = first_chars(expand(rule.template))
    if chars is None:
        return  # the locator has no lookahead
    for text in (COPY, COPY.lower(), COPY.upper(), rule.example, rule.example.upper()):
        for match in pattern.finditer(text):
            if match.end() > match.start():
                assert text[match.start()] in chars, (match.group(), sorted(chars))


@pytest.mark.parametrize("order", range(len(_COMPILED)), ids=lambda o: _COMPILED[o][0].name)
def test_locator_finds_what_it_finds_without_the_lookahead(order: int) -> None:
    rule, _ = _COMPILED[order]
    template = expand(rule.template)
    flags = "" if "\\s" in template or "\\S" in template else "(?a)"
    plain = re.compile(flags + r"[^0-9A-Za-z_](?:" + template + ")")
    for text in (COPY, COPY.lower(), COPY.upper(), "(" + rule.example + ")."):
        for start in range(0, len(text), 3):
            expected = plain.search(text, start)
            found = _LOCATORS[order].search(text, start)
            assert (found and found.span()) == (expected and expected.span()), start


_TAG_COPY = (
    "import datetime as dt, json, sys\n"
    "from newstimeline.timex import tag\n"
    "from newstimeline.timex.first_chars import PARSER_READABLE\n"
    "found = [(e.span.start, e.span.end, e.value) for e in tag(sys.argv[1], dt.date(2021, 2, 19))]\n"
    "print(json.dumps({'readable': PARSER_READABLE, 'found': found}))\n"
)


def _tagged_in_fresh_python(*, hide_parser: bool) -> dict[str, object]:
    import json
    import os
    import subprocess
    import sys

    # A ``None`` entry in sys.modules makes the import fail, as on a Python without the module
    # (``re`` itself, imported first, keeps the parser it bound).
    hide = "import re, sys; sys.modules['re._parser'] = None\n" if hide_parser else ""
    completed = subprocess.run([sys.executable, "-c", hide + _TAG_COPY, COPY], check=True,
                               capture_output=True, text=True, env=dict(os.environ))
    result: dict[str, object] = json.loads(completed.stdout)
    return result


def test_a_python_without_the_private_parser_tags_the_same_without_the_lookahead() -> None:
    hidden = _tagged_in_fresh_python(hide_parser=True)
    assert hidden["readable"] is False
    assert first_chars("(?:more than )?\\d+") is not None  # (this Python reads it)
    shown = _tagged_in_fresh_python(hide_parser=False)
    assert shown["readable"] is True
    assert hidden["found"] == shown["found"]
    assert len(hidden["found"]) > 20  # type: ignore[arg-type]
