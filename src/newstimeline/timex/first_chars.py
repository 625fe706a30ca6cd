"""The characters a regex's match can begin with, read from its parse, for a cheap lookahead.

A rule's locator (``finder._locator``) starts a match at every non-word character; a template
that opens with optional words ("more than", "the") and a long alternation (a number) tries all
of them there. A lookahead for the characters a match can begin with (``(?=[0-9acefh…])``) turns
most starts away at one test.
"""

from __future__ import annotations

import re
from typing import Any

# Python's regex parser is private (``re._parser``, present in 3.11-3.14). A Python that moves
# or changes it loses only the lookahead, never a match: ``first_chars`` then answers None.
try:
    import re._constants as sre  # type: ignore[import-not-found]
    import re._parser as sre_parse  # type: ignore[import-not-found]

    # Op codes that match no character: what follows them gives the first character.
    _ZERO_WIDTH = frozenset({sre.AT, sre.ASSERT, sre.ASSERT_NOT})
    _REPEATS = frozenset({sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT})
    PARSER_READABLE = True
except (ImportError, AttributeError):
    PARSER_READABLE = False


class _Unknown(Exception):
    """A construct whose first characters are not read here (any character may begin it)."""


def _cased(char: str, ignore_case: bool) -> set[str]:
    return {char, char.lower(), char.upper()} if ignore_case else {char}


def _in_set(items: list[tuple[Any, Any]], ignore_case: bool) -> set[str]:
    chars: set[str] = set()
    for op, value in items:
        if op is sre.LITERAL:
            chars |= _cased(chr(value), ignore_case)
        elif op is sre.RANGE and value[1] - value[0] < 256:
            for code in range(value[0], value[1] + 1):
                chars |= _cased(chr(code), ignore_case)
        elif op is sre.CATEGORY and value is sre.CATEGORY_DIGIT:
            chars |= set("0123456789")  # (ASCII text only: see ``first_chars``)
        else:
            raise _Unknown
    return chars


def _first(items: Any, ignore_case: bool) -> tuple[set[str], bool]:
    """The first characters of a sequence of parsed items, and whether it can match empty."""
    chars: set[str] = set()
    for op, value in items:
        if op is sre.LITERAL:
            return chars | _cased(chr(value), ignore_case), False
        if op is sre.IN:
            return chars | _in_set(value, ignore_case), False
        if op in _ZERO_WIDTH:
            continue
        if op is sre.SUBPATTERN:
            _, add_flags, del_flags, body = value
            case = (ignore_case or bool(add_flags & re.IGNORECASE)) and not del_flags & re.IGNORECASE
            found, empty = _first(body, case)
        elif op is sre.BRANCH:
            found, empty = set(), False
            for branch in value[1]:
                branch_chars, branch_empty = _first(branch, ignore_case)
                found |= branch_chars
                empty = empty or branch_empty
        elif op in _REPEATS:
            found, empty = _first(value[2], ignore_case)
            empty = empty or value[0] == 0
        elif op is sre.ATOMIC_GROUP:
            found, empty = _first(value, ignore_case)
        elif op is sre.GROUPREF_EXISTS:
            found, empty = _first(value[1], ignore_case)
            if value[2] is None:
                empty = True
            else:
                other, other_empty = _first(value[2], ignore_case)
                found, empty = found | other, empty or other_empty
        else:
            raise _Unknown
        chars |= found
        if not empty:
            return chars, False
    return chars, True


def first_chars(pattern: str) -> frozenset[str] | None:
    """Every ASCII character a match of ``pattern`` can begin with in ASCII text, or None when
    that is not known (a match may be empty, or begin with a construct not read here).
    Digits stand for ``\\d`` (ASCII text holds no other)."""
    if not PARSER_READABLE:
        return None
    try:
        parsed = sre_parse.parse(pattern)
        chars, empty = _first(parsed.data, bool(parsed.state.flags & re.IGNORECASE))
    except (_Unknown, AttributeError, TypeError, ValueError, IndexError):
        # _Unknown: a construct not read here; the others: a parser whose shape has changed.
        return None
    if empty:
        return None
    return frozenset(c for c in chars if c.isascii())
