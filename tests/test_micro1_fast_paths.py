"""Fast paths in people.py and dates.py find exactly what the general paths find.

- Word lists searched case-sensitively in `Document.folded` (the lower-cased text) in place of
  a re.IGNORECASE search of the text (people: role changes, births; dates: anniversaries,
  earlier events, changed dates, "since"/"until" before a date) give the same spans.

Texts are random mixes of the listed words in any letter case with spaces, punctuation and
near misses, so a broken lookahead or a missing word shows up as a disagreement.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from checker.document import Document
from checker.mentions import dates as D
from checker.mentions import people as P

SETTINGS = settings(max_examples=300, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow])

# (pattern on the text, pattern on the folded text) pairs.
PAIRS = {
    "role change": (P._ROLE_CHANGE, P._ROLE_CHANGE_FOLDED),
    "born": (P._BORN, P._BORN_FOLDED),
    "anniversary": (D._ANNIVERSARY, D._ANNIVERSARY_FOLDED),
    "earlier": (D._EARLIER, D._EARLIER_FOLDED),
    "changed": (D._CHANGED, D._CHANGED_FOLDED),
    "left mark": (D._LEFT_MARK, D._LEFT_MARK_FOLDED),
}


def _words(pattern) -> list[str]:
    """Literal pieces of a pattern's alternation, for building texts that hit it."""
    return [w for w in re.split(r"[^A-Za-z \-]+", pattern.pattern) if w.strip()]


FILLER = [" ", " ", ", ", ". ", "-", "x", "un", "s", "ed", "2", "5 ", "The ", "on ", "at least ",
          "\n", "’", "İ", "ı"]


def _case(word: str, how: int) -> str:
    return (word, word.upper(), word.title(), word.swapcase())[how]


def _text(draw, words) -> str:
    parts = draw(st.lists(st.one_of(
        st.tuples(st.sampled_from(words), st.integers(0, 3)).map(lambda t: _case(*t)),
        st.sampled_from(FILLER)), max_size=12))
    return "".join(parts)


def _spans(pattern, text: str) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text)] + [
        m.span() for i in range(len(text) + 1) if (m := pattern.match(text, i, len(text)))]


@pytest.mark.parametrize("name", sorted(PAIRS))
def test_folded_patterns_find_what_the_caseless_ones_find(name):
    general, fast = PAIRS[name]
    words = _words(general)

    @SETTINGS
    @given(st.data())
    def check(data):
        text = _text(data.draw, words)
        folded = Document(text).folded
        if folded is None:  # ("İ", "ı": the extractors keep the general path)
            return
        assert _spans(fast, folded) == _spans(general, text)

    check()


def test_every_word_is_found_in_any_case():
    for name, (general, fast) in PAIRS.items():
        for word in _words(general):
            for how in range(4):
                text = f"it {_case(word, how)} 5 "
                assert _spans(fast, text.lower()) == _spans(general, text), (name, word)
