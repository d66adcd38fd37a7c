"""The asciip pass's cheaper forms agree with what they replace.

- dates `_ANCHOR`: its two-letter endings grouped by first letter find the same matches as
  the plain alternation it replaced;
- people `_APPOS_AFTER_ASCII` (re, ASCII classes) matches an ASCII window as `_APPOS_AFTER`
  (regex, Unicode classes) does;
Texts are built from the patterns' own pieces with varied glue, so that they match often.
"""

from __future__ import annotations

import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from checker.mentions import dates as D
from checker.mentions import people as P

SETTINGS = settings(max_examples=500, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow])

_OLD_ANCHOR = re.compile(
    r"[ADFJMNOSTW12](?:an|eb|ar|pr|ay|un|ul|ug|ep|ct|ov|ec|onday|uesday|ednesday|hursday|"
    r"riday|aturday|unday|[09]\d\d-\d)"
)
DATE_PIECES = ["Jan", "Sun", "Sunday", "Sat", "Saturday", "Mon", "Monday", "Tue", "May", "Dec",
               "Tan", "1", "2", "0", "9", "19", "2019", "-", "1an", "A", "S", "un", "ay", "ep",
               "ec", "eb", " ", ". ", "\n", "٢", "ednesday", "Wed"]
APPOS_PIECES = [",", ", ", " ", "  ", "\t", "\x1c", "\n", "the", "a", "an", "his", "their",
                "company's", "firm’s", "boss", "chief", "executive", "head", "of", "who",
                "whose", "at", "whom", "52", "1234", ",", ".", ";", ")", "-", "ex-", "x",
                "Acme", "operations", "_", "9"]


def _text(pieces):
    return st.lists(st.sampled_from(pieces), max_size=24).map("".join)


@SETTINGS
@given(_text(DATE_PIECES))
def test_anchor_finds_what_the_plain_alternation_found(text):
    assert [m.span() for m in D._ANCHOR.finditer(text)] == \
        [m.span() for m in _OLD_ANCHOR.finditer(text)]


def _appos(pattern, text, end):
    m = pattern.match(text, 0, end)
    return m and (m.span(), m.groups())


@SETTINGS
@given(_text(APPOS_PIECES), st.integers(0, 40))
def test_ascii_apposition_matches_as_the_unicode_one(text, cut):
    text = "," + text
    end = min(len(text), cut + 20)
    if text[:end].isascii():
        assert _appos(P._APPOS_AFTER_ASCII, text, end) == _appos(P._APPOS_AFTER, text, end)


def test_ascii_apposition_examples():
    for text in (", the company's head of operations, said", ", 52, a former chief, who",
                 ", their boss.", ", the executive", ", the\x1cboss,", ", an ex-chief\n"):
        for end in range(len(text) + 1):
            assert _appos(P._APPOS_AFTER_ASCII, text, end) == _appos(P._APPOS_AFTER, text, end)
