"""Fast paths of the helpers the figure rules share (checker/rules/_figures.py).

Every test here compares a fast path with the general path it replaces, restated here:

- `_content` (a loop) is `sum(1 for w in words if w not in _STOP_FRAME)`.
- `lone_in_sentence` keeps the figures whose key no other figure shares, each key computed
  once.
"""

from __future__ import annotations

from types import SimpleNamespace

from hypothesis import given
from hypothesis import strategies as st

from checker.rules import _figures as RF


_FRAME_WORDS = ["the", "of", "savings", "efficiency", "to", "bid", "was", "public", ""]


@given(st.lists(st.sampled_from(_FRAME_WORDS), max_size=8))
def test_content_counts_content_words(words):
    assert RF._content(words) == sum(1 for w in words if w not in RF._STOP_FRAME)
    assert RF._content(tuple(words)) == RF._content(words)


@given(st.lists(st.tuples(st.integers(0, 3), st.sampled_from(["GBP", "USD"])), max_size=8))
def test_lone_in_sentence_keeps_unshared_keys(specs):
    figs = [SimpleNamespace(q=SimpleNamespace(sentence=s, unit=u)) for s, u in specs]

    def lone(key):
        return {id(f) for f in figs if sum(1 for g in figs if key(g) == key(f)) == 1}

    assert RF.lone_in_sentence(figs) == lone(lambda f: f.q.sentence)
    by_unit = lambda f: (f.q.sentence, f.q.unit)  # noqa: E731
    assert RF.lone_in_sentence(figs, by_unit) == lone(by_unit)


def test_lone_in_sentence_of_nothing():
    assert RF.lone_in_sentence([]) == set()
