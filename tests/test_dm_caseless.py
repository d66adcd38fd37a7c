"""`plain.caseless_search`: the one way segments.py and relations.py search a `caseless` pair.

- With the lower-cased text it searches the case-sensitive half there, else the
  case-insensitive half in the text; both find the same spans where the text allows folding.
- `caseless(pattern, lead=...)` puts the lookahead before the case-insensitive half only.
"""

from __future__ import annotations

import re

import pytest

from checker.mentions import relations
from checker.mentions.plain import caseless, caseless_search, lower_matches_ignorecase

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


def test_relations_pairs_split_and_dissent_alike():
    text = "The Board Voted 7-2, and Three Directors Voted Against it; TWO TO ONE."
    low = text.lower()
    for pair in ((relations._SPLIT_SEP, relations._SPLIT_SEP_FOLDED),
                 (relations._DISSENT_VERB, relations._DISSENT_VERB_FOLDED)):
        for pos in range(0, len(text), 7):
            want = pair[0].search(text, pos, len(text))
            got = caseless_search(*pair, text, low, pos, len(text))
            assert (got and got.span()) == (want and want.span())
