"""relations.py's `caseless` pairs searched through `plain.caseless_search` find the spans of
the case-insensitive search (the helper itself: test_fast_plain.py)."""

from __future__ import annotations

from checker.mentions import relations
from checker.mentions.plain import caseless_search


def test_relations_pairs_split_and_dissent_alike():
    text = "The Board Voted 7-2, and Three Directors Voted Against it; TWO TO ONE."
    low = text.lower()
    for pair in ((relations._SPLIT_SEP, relations._SPLIT_SEP_FOLDED),
                 (relations._DISSENT_VERB, relations._DISSENT_VERB_FOLDED)):
        for pos in range(0, len(text), 7):
            want = pair[0].search(text, pos, len(text))
            got = caseless_search(*pair, text, low, pos, len(text))
            assert (got and got.span()) == (want and want.span())
