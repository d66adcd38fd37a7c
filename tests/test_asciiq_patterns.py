"""The cheaper forms of figures.py's hot patterns (possessive repeats, ASCII classes on plain
documents) find exactly what the plain greedy forms find, on tricky invented strings."""

from __future__ import annotations

import re

import pytest

from checker.mentions import figures as F
from checker.mentions.plain import plain

_TRICKY = [
    "",
    "a",
    "Mr O'Neill's 3.5bn-dollar deal, e.g. U.S. co-op's tax.",
    "rock-'n'-roll ... end. - - state-owned--firm 't' ’ ‘quote’ 4.5.6 x.y. z-",
    "the well-known St. John's Wood 'Ashby-de-la-Zouch' was",
    "Alpha Beta  Gamma\tDelta\nEpsilon aB Ab ABc Abc O'Brien-Smith X- Ye Yes-- McDonald",
    "2019's 10-year plan_x foo_bar Foo_Bar 3Com AbcDef a1B2 Zz'' Zz’’ Qq-'-",
    "£3.5m — “the deal”  ‘ok’ … Ltd. Co.-op.'s",
    "'' - . .. -- ’’ 'a 'Ab' 9- -9 .9 9.",
]

# The forms before the change: greedy repeats, `\w` in the lookbehind.
_FRAME_WORD_GREEDY = re.compile(r"[^\W_]+(?:[-'’.][^\W_]+)*")
_FRAME_WORD_GREEDY_PLAIN = re.compile(r"[A-Za-z0-9]+(?:[-'’.][A-Za-z0-9]+)*")
_NAME_RUN_ASCII_GREEDY = re.compile(r"[A-Z](?<!\w[A-Z])[a-z'’-]{2,}(?:[ \t]+[A-Z][a-z'’-]{2,})*")


def _spans(pattern, text):
    return [(m.span(), m.group()) for m in pattern.finditer(text)]


def _cases():
    """Each tricky string, and every slice of it starting at each position (findall and the
    scans read text cut at arbitrary places)."""
    for text in _TRICKY:
        for i in range(len(text) + 1):
            yield text[i:]


@pytest.mark.parametrize("text", _TRICKY)
def test_tricky_strings_are_plain(text):
    assert plain(text)


def test_frame_word_possessive_same_as_greedy():
    fast = F._FRAME_WORD
    fast_plain = F._LETTERS[True].frame_word
    for text in _cases():
        assert _spans(fast, text) == _spans(_FRAME_WORD_GREEDY, text), text
        assert _spans(fast_plain, text) == _spans(_FRAME_WORD_GREEDY_PLAIN, text), text
        assert fast_plain.findall(text) == _FRAME_WORD_GREEDY.findall(text), text


def test_frame_word_non_ascii_same_as_greedy():
    for text in ["Zoë Müller-Lüdenscheidt's café", "naïve_x ĳssel Ǆ 3½ x²y ٣٤"]:
        for i in range(len(text) + 1):
            assert _spans(F._FRAME_WORD, text[i:]) == _spans(_FRAME_WORD_GREEDY, text[i:])


def test_name_run_ascii_same_as_greedy_and_general():
    for text in _cases():
        assert _spans(F._NAME_RUN_ASCII, text) == _spans(_NAME_RUN_ASCII_GREEDY, text), text
        assert _spans(F._NAME_RUN_ASCII, text) == _spans(F._NAME_RUN, text), text
