"""Helpers that several tests/test_fast_*.py files share (one copy here, imported by each)."""

from __future__ import annotations

import re

from hypothesis import strategies as st

from checker.document import Document
from checker.mentions import Mentions

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


# The figures' and relations' prefilter tests: each runs the extractor with the prefilter and
# with it disabled (`ALWAYS`, a pattern that always matches, patched in by `_both`) on `TEXTS`.
ALWAYS = re.compile("")

# Invented wire-style sentences: changes, shares, rates, in several cases and spellings.
TEXTS = [
    "Sales rose from 200 to 300, a 50% increase, the company said.",
    "Profits fell FROM £820m in 2023 to £615m, a drop of 25%.",
    "Output rose 5% to US$2.1bn from US$2bn last year.",
    "Revenue was 615 last year, down 25% from 820, while costs rose 4% On 90.",
    "Revenue climbed From $1.2 million to $1.5 million (up 25%) in the year.",
    "Of the 80 seats, 1,200 of the 4,000 workers, or 30 percent, went on strike.",
    "Exactly 312,000 Of The 480,000 registered voters cast ballots, a turnout of 65 percent.",
    "About 40 out of all 200 pupils, or 20%, passed; 12 of its 48 branches (25%) closed.",
    "Unemployment stood at 6.2%, while inflation rose 2% to 3.1% from 1.1%.",
    "The 6.8 percent jobless rate and the Interest rate of 4.75% were unchanged.",
    "Turnout hits 71% as the rate of inflation, which is currently 1.6%, eases.",
    "The highest rate of Inflation at 26.2% since 1990 hit youth unemployment of 14%.",
    "Mortgage interest rates rose 0.5% and joblessness fell 1%, the bank's 2% target.",
    "Shares in Fennick rose 19% from 52p as its stake of 35% fell to 30% of the firm.",
    "The court ruled 6-3 in the case. Three Justices Dissented, and two judges opposed it.",
    "The 15-member board VOTED 9 To 4 with two members abstaining; four members Voted No.",
    "Councillors voted 7–2 on the budget and 5-4 on parking, by 5 votes to 2 overall.",
    "The vote was 12-1. The 64 deputies who voted against it had voted for the 2019 rules.",
]


def _both(monkeypatch, extract_name: str, patched: dict, text: str):
    doc = Document(text)
    fast = repr(getattr(Mentions(doc), extract_name))
    with monkeypatch.context() as m:
        for (module, name), value in patched.items():
            m.setattr(module, name, value)
        slow = repr(getattr(Mentions(Document(text)), extract_name))
    return fast, slow
