"""Fast paths of the text helpers in checker/mentions/plain.py, which the Document, the
block classifier and the extractors share.

Every test here compares a fast path with the general path it replaces:

- `plain.lower` (Document.lowered) is `str.lower`: Latin-1 text is lowercased through a byte
  table, every other text by `str.lower` itself.
- `plain.caseless_search`, the one way segments.py and relations.py search a `caseless`
  pair: with the lower-cased text it searches the case-sensitive half there, else the
  case-insensitive half in the text; both find the same spans where the text allows folding.
  `caseless(pattern, lead=...)` puts the lookahead before the case-insensitive half only.
- `plain.holds_any` answers as `any(n in text for n in needles)`.
- `plain.lower_matches_ignorecase` says no exactly for the characters ("İ", "ı", "ſ", "K")
  where a case-sensitive search of the lower-cased text would not match as a case-insensitive
  search of the text.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from checker.document import Document
from checker.mentions import quantities as Q
from checker.mentions.plain import (
    caseless,
    caseless_search,
    holds_any,
    lower,
    lower_matches_ignorecase,
)


def test_every_latin1_character():
    for i in range(256):
        c = chr(i)
        assert lower(c + "é") == (c + "é").lower()
        assert lower("AB" + c) == ("AB" + c).lower()


_PIECES = ["A", "z", "MAYOR", "£5", "É", "é", "ß", "ÿ", "µ", "À", "Þ", "×", "\xa0", "İ", "Σ",
           "ΑΣ ", "’", "—", "K", "ſ", "ǅ", "\U0001d400", "\n", " "]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=20).map("".join))
def test_as_str_lower(text):
    assert lower(text) == text.lower()


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=40))
def test_any_text(text):
    assert lower(text) == text.lower()
    assert Document(text).lowered == text.lower()


PAIR = caseless(r"voted\s+(?:no|against)|dissented", lead="(?=[vd])")


def test_lead_goes_before_the_case_insensitive_half_only():
    general, folded = PAIR
    assert general.pattern == r"(?=[vd])(?:voted\s+(?:no|against)|dissented)"
    assert general.flags & re.IGNORECASE
    assert folded.pattern == r"voted\s+(?:no|against)|dissented"
    assert not folded.flags & re.IGNORECASE
    plain_pair = caseless("abc")
    assert plain_pair[0].pattern == plain_pair[1].pattern == "abc"


@pytest.mark.parametrize("text", [
    "Four members Voted Against the plan.", "Two DISSENTED, the rest voted yes.",
    "Nobody objected.", "Kılıç voted NO on Tuesday.", "  dissented"])
def test_folded_and_general_searches_agree(text):
    general, folded = PAIR
    for pos, endpos in ((0, len(text)), (3, len(text)), (0, 12), (5, 9)):
        want = general.search(text, pos, endpos)
        got = caseless_search(*PAIR, text, None, pos, endpos)
        assert (got and got.span()) == (want and want.span())
        if lower_matches_ignorecase(text):
            fast = caseless_search(*PAIR, text, text.lower(), pos, endpos)
            assert (fast and fast.span()) == (want and want.span())
            if fast:
                assert fast.string == text.lower()  # read from the lower-cased text


def test_defaults_search_the_whole_text():
    assert caseless_search(*PAIR, "They DISSENTED", None).span() == (5, 14)
    assert caseless_search(*PAIR, "They DISSENTED", "they dissented").span() == (5, 14)
    assert caseless_search(*PAIR, "They agreed", "they agreed") is None


def test_holds_any_is_any():
    for low in ["", "last year", "compared with", "in 1990", "nothing", "ago"]:
        assert holds_any(low, Q._TIMESHIFT_NEEDLES) == any(
            n in low for n in Q._TIMESHIFT_NEEDLES)


@pytest.mark.parametrize("text,expected", [
    ("Plain ASCII text", True), ("Über Café £5 — “quoted”", True),
    ("İstanbul", False), ("ıs", False), ("ſhares", False), ("5 \u212a", False),
])
def test_lower_matches_ignorecase_names_the_unsafe_characters(text, expected):
    from checker.mentions.plain import lower_matches_ignorecase

    assert lower_matches_ignorecase(text) is expected
    if expected:  # then a case-sensitive search of the lower-cased text agrees
        for word in ("text", "café", "über", "quoted", "shares"):
            assert (word in text.lower()) == bool(re.search(word, text, re.IGNORECASE))
