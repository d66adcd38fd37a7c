"""Loops and lookups that replace builtins called with a generator on per-item paths
(`any(... for ...)`, `sum(1 for ...)`, a key computed twice): each answers as the form it
replaced, which the tests here restate.

- quotes `_punctuated` is `any(_PUNCT.search(text, a, b) for a, b in parts)`.
- rules/_figures `_content` is `sum(1 for w in words if w not in _STOP_FRAME)`.
- rules/_figures `lone_in_sentence` keeps the figures whose key no other figure shares.
- figures `_governor`'s screen `_ARTICLES.issuperset(key[1:])` is
  `not any(w not in _ARTICLES for w in key[1:])`.
- segments `_holds_a_group` is `any(all(n in low for n in group) for group in needs)`.
"""

from __future__ import annotations

from types import SimpleNamespace

from hypothesis import given, settings
from hypothesis import strategies as st

from checker.mentions import figures as F
from checker.mentions import quotes as Q
from checker import segments as SG
from checker.rules import _figures as RF

_QUOTE_PIECES = ["We", " will", " win", ",", ".", " — ", "!", "?", ";", " Ok", "'", " the"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_QUOTE_PIECES), max_size=16).map("".join),
       st.lists(st.tuples(st.integers(0, 40), st.integers(0, 40)), max_size=4))
def test_punctuated_is_any_search(text, parts):
    parts = [(min(a, b), max(a, b)) for a, b in parts]
    expected = any(Q._PUNCT.search(text, a, b) for a, b in parts)
    assert Q._punctuated(text, parts) == expected


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


_KEY_WORDS = sorted(F._ARTICLES)[:3] + ["cost", "fine", "deal"]


@given(st.lists(st.sampled_from(_KEY_WORDS), min_size=1, max_size=4).map(tuple))
def test_governor_screen_reads_articles_only(key):
    screened = not any(w not in F._ARTICLES for w in key[1:])
    assert F._ARTICLES.issuperset(key[1:]) == screened
    if not screened:
        assert F._governor("they said", key) == ""


_NEED_WORDS = ["photo", "getty", "image", "credit", "file", "reuters"]


@given(st.lists(st.sampled_from(_NEED_WORDS), max_size=4).map(" ".join),
       st.lists(st.lists(st.sampled_from(_NEED_WORDS), max_size=3).map(tuple), max_size=4))
def test_holds_a_group_is_any_all(low, needs):
    expected = any(all(n in low for n in group) for group in needs)
    assert SG._holds_a_group(low, needs) == expected


def test_holds_a_group_of_the_real_needs():
    for low in ("photo: getty images", "file photo", "picture credit", ""):
        for needs in (SG._BOILER_NEEDS, SG._CAPTION_NEEDS):
            expected = any(all(n in low for n in group) for group in needs)
            assert SG._holds_a_group(low, needs) == expected
