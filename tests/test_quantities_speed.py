"""The rewritten patterns and shortcuts of figure extraction find what the plain forms find.

Each speed change in quantities.py swaps a pattern or a test for a cheaper one that must give
the same answers; these tests hold the cheap form to the plain one on invented wire text and
on the edge cases of each rewrite."""

import re

import pytest

from checker.document import Document
from checker.mentions import quantities as Q

LINES = [
    "Prices rose on Tuesday; upbeat, uptake and 'up' differ, (now) and nowhere.",
    "on 3 aug the toll rose; bon 3 aug; by dec. 4 and until monday, since fri",
    "unto 3 may; ON 4 JUNE; by, until; non-stop cutbacks; cut-price; toll-free",
    "up", "on tuesday", "xon tuesday", "\u00e9on tuesday", "_by monday", "9by monday",
    "the latest figures fell by 12 dec 3", "", "down\u00b2 down", "growth-led",
]


@pytest.mark.parametrize("low", LINES)
def test_word_begin_trie_matches_the_word_boundary(low):
    dated_plain = re.compile(Q._DATED.pattern.replace(
        f"(?:{Q._trie(('on', 'since', 'until', 'by'), Q._WORD_BEGIN)}) ",
        r"\b(?:on|since|until|by) "))
    assert dated_plain.pattern != Q._DATED.pattern
    assert bool(Q._DATED.search(low)) == bool(dated_plain.search(low))
    assert bool(Q._CHANGE_FAST.search(low)) == bool(Q._CHANGE_WORDS.search(low))
    for word in ("up", "on", "by", "now", "toll"):
        plain = re.compile(rf"\b{word}")
        fast = re.compile(f"(?:{Q._trie([word], Q._WORD_BEGIN)})")
        assert [m.start() for m in fast.finditer(low)] == \
            [m.start() for m in plain.finditer(low)]


@pytest.mark.parametrize("low", ["a 12 b 3,400 c", "", "2019", "x1y22z333", "\u00a3 5 \u2014 6"])
def test_ascii_digit_runs_in_plain_text(low):
    assert Document(low).plain
    assert Q._DocCandidates(low, True).found == Q._DocCandidates(low, False).found


def test_quantity_is_hashable_and_compares_without_features():
    qs = Q.extract_quantities(Document("At least 12 people died and 12 people died."))
    a, b = qs
    assert a != b and len({a, b}) == 2
    same = Q.Quantity(*[getattr(a, f) for f in Q.Quantity.__record_fields__][:-1], None)
    assert same == a and hash(same) == hash(a)
