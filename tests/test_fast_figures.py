"""The faster spellings of figure and quotation patterns find what the plain spellings find.

figures.py reads the last two words before a verb frame and the last clause stop with reversed
patterns, opens its stop and name patterns with a character class (so `re` skips to candidate
characters), and searches a lower-cased sentence case-sensitively for another time. Each test
compares the fast form with the straightforward one on random text built from pieces that
exercise the edges. (The quotation readers of plain documents: test_fast_quotes.py.)
"""

from __future__ import annotations

import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from checker.mentions import figures as F
from checker.mentions.plain import lower_matches_ignorecase, plain

SETTINGS = settings(max_examples=400, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow])

# The patterns as first written (before the fast spellings).
VERB_AT_END = re.compile(rf"({F._WORD})[ \t]+{F._WORD}[ \t]*$")
FRAME_STOP = re.compile(r"[,;:()\[\]!?\u2013\u2014]|\.(?!\d)|\s-\s")
NAME = re.compile(rf"\b[{F._UPPER}][{F._LOWER}\u0300-\u036f'’-]{{2,}}")
NAME_RUN = re.compile(rf"{NAME.pattern}(?:[ \t]+{NAME.pattern})*")

PIECES = [
    "shares", "closed", "down", "rose", "to", "the", "Its", "profits", "O'Neil", "co-op",
    "rock’n", "x2", "2.5", "3", "Élan", "Łódź", "Ärger", "Mr", "Ilse Brandauer", "US", "Ab",
    "in 2003", "last year", "Former", "former Treasurer Lord Fenwick", "formerly", "ago",
    "compared with £4bn", "a year earlier", "the year before", "earlier this", "since",
    " ", " ", "  ", "\t", "\n", "\x1c", "\xa0", ",", ".", ". ", ";", ":", "(", ")", "[", "]",
    "!", "?", "-", " - ", " - - ", "\u2013", "\u2014", "'", "’", "£", "$", "_",
]
TEXTS = st.lists(st.sampled_from(PIECES), max_size=16).map("".join)


@SETTINGS
@given(TEXTS)
def test_verb_at_end_reversed(left):
    m = VERB_AT_END.search(left, max(0, len(left) - 30))
    r = F._VERB_AT_END_R.match(left[-30:][::-1])
    assert (m is None) == (r is None)
    if m:
        assert m.group(1) == r.group(1)[::-1]
        assert m.start() == len(left) - r.end()


@SETTINGS
@given(TEXTS)
def test_frame_stop_and_clause_start(text):
    assert [m.span() for m in F._FRAME_STOP.finditer(text)] == \
        [m.span() for m in FRAME_STOP.finditer(text)]
    assert F._clause_start(text) == max((m.end() for m in FRAME_STOP.finditer(text)), default=0)


def test_clause_start_overlapping_dashes():
    # a left-to-right scan takes the first " - " and skips the one sharing its space
    for left in ("a - - b", "a - - ", " - - - ", "x. - - y", "9.5 - -"):
        assert F._clause_start(left) == max((m.end() for m in FRAME_STOP.finditer(left)),
                                            default=0)


@SETTINGS
@given(TEXTS)
def test_name_patterns(text):
    assert NAME.findall(text) == F._NAME.findall(text)
    assert [m.span() for m in NAME_RUN.finditer(text, 1)] == \
        [m.span() for m in F._NAME_RUN.finditer(text, 1)]


@SETTINGS
@given(TEXTS)
def test_ascii_name_runs_on_plain_text(text):
    # a plain document reads `_NAME_RUN_ASCII`, which must find `_NAME_RUN`'s runs there
    if plain(text):
        assert [m.span() for m in F._NAME_RUN_ASCII.finditer(text, 1)] == \
            [m.span() for m in F._NAME_RUN.finditer(text, 1)]


@SETTINGS
@given(TEXTS)
def test_other_time_on_lower_case(text):
    if lower_matches_ignorecase(text):
        assert F._other_time(text, 0, len(text), text.lower()) == \
            bool(F._OTHER_TIME.search(text))
    assert F._other_time(text, 0, len(text), None) == bool(F._OTHER_TIME.search(text))

