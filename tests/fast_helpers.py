"""Helpers that several tests/test_fast_*.py files share (one copy here, imported by each)."""

from __future__ import annotations

import re

from hypothesis import strategies as st

try:  # Python 3.11+
    from re import _constants as C, _parser as P
except ImportError:  # pragma: no cover
    import sre_constants as C
    import sre_parse as P


# Texts joined from up to 24 of `pieces`: built from a pattern's own pieces, they match often.
def _text(pieces):
    return st.lists(st.sampled_from(pieces), max_size=24).map("".join)


# The first letters a pattern's leading lookahead allows, against those its matches can really
# start with, read with the standard library's parser: for the word lists that open with a
# lookahead on their words' first letters (dates.py, relations.py, figures.py).
_ZERO_WIDTH = (C.AT, C.ASSERT, C.ASSERT_NOT)


def _first(items) -> tuple[set[str], bool]:
    """The literal first characters a parsed sequence can start with, and whether it can
    match the empty string (then the caller adds what follows it)."""
    chars: set[str] = set()
    for op, av in items:
        if op in _ZERO_WIDTH:
            continue
        if op is C.LITERAL:
            chars.add(chr(av))
            return chars, False
        if op is C.IN:
            for iop, iav in av:
                if iop is C.LITERAL:
                    chars.add(chr(iav))
                elif iop is C.RANGE:
                    chars.update(map(chr, range(iav[0], iav[1] + 1)))
                else:
                    raise AssertionError(f"class item {iop} is not a plain letter")
            return chars, False
        if op is C.SUBPATTERN:
            sub, empty = _first(av[-1])
        elif op is C.BRANCH:
            sub, empty = set(), False
            for alt in av[1]:
                c, e = _first(alt)
                sub |= c
                empty = empty or e
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT):
            sub, empty = _first(av[2])
            empty = empty or av[0] == 0
        else:
            raise AssertionError(f"cannot tell the first characters of {op}")
        chars |= sub
        if not empty:
            return chars, False
    return chars, True


def _lookahead_and_rest(pattern: re.Pattern) -> tuple[set[str], set[str]]:
    """The letters a pattern's leading lookahead allows, and the letters its matches can
    really start with (both lower-cased: the patterns ignore case)."""
    items = list(P.parse(pattern.pattern, pattern.flags))
    while items and items[0][0] is C.AT:
        items.pop(0)
    op, av = items[0]
    assert op is C.ASSERT and av[0] == 1, "the pattern does not open with a lookahead"
    allowed, _ = _first(av[1])
    real, empty = _first(items[1:])
    assert not empty
    return {c.lower() for c in allowed}, {c.lower() for c in real}
