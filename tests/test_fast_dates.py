"""The dates extractor's fast paths agree with the patterns they stand in for.

`plain.holds_any` skips a sentence-wide word-list search when the sentence holds none of the
strings every match contains (`_ANNIVERSARY_NEEDS`, ...); `_ends_with_on` replaces the
search `(?:^|\\s)on\\s+$`. Texts are built from the patterns' own words, so that they match
often, in every case and with varied glue between the words.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from checker.mentions import dates as D
from checker.mentions.plain import holds_any

SETTINGS = settings(max_examples=400, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow])

LISTS = ["ANNIVERSARY", "EARLIER", "CHANGED"]  # _NAME_FOLDED, read with _NAME_NEEDS
GLUE = [" ", " ", "", ", ", ". ", "-", "x", "s", "ed", "2", "12 ", "the ", "on ", "\n"]


def _words(pattern: str) -> list[str]:
    """Literal pieces of an alternation, and each split at its spaces."""
    pieces = [w for w in re.split(r"[^a-z \-]+", pattern) if w.strip()]
    return pieces + [w for p in pieces for w in p.split()]


def _list(name: str):
    return getattr(D, f"_{name}_FOLDED"), getattr(D, f"_{name}_NEEDS")


@pytest.mark.parametrize("name", LISTS)
def test_a_sentence_without_the_needed_strings_has_no_match(name):
    pattern, needs = _list(name)
    words = _words(pattern._args[0])

    @SETTINGS
    @given(st.lists(st.one_of(st.sampled_from(words), st.sampled_from(GLUE)), max_size=10))
    def check(parts):
        text = "".join(parts)
        if pattern.search(text):
            assert holds_any(text, needs), text

    check()


@pytest.mark.parametrize("name", LISTS)
def test_every_alternative_holds_a_needed_string(name):
    pattern, needs = _list(name)
    for piece in _words(pattern._args[0]):
        m = pattern.search(f" {piece} ")
        if m:
            assert holds_any(m.group(), needs), piece


def test_holds_any_says_no_only_without_the_strings():
    assert holds_any("the vote was postponed", D._CHANGED_NEEDS)
    assert not holds_any("the vote was held on march 3", D._CHANGED_NEEDS)


_ON_END = re.compile(r"(?:^|\s)on\s+$")


@SETTINGS
@given(st.lists(st.sampled_from(["on", "o", "n", " ", "\n", "\t", "\x1c", "\u00a0", "mon",
                                 "On", ".", "x"]), max_size=8))
def test_ends_with_on_is_the_search(parts):
    left = "".join(parts)
    assert D._ends_with_on(left) == bool(_ON_END.search(left))
