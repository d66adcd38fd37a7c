"""The splitter finds its boundaries with `str.find` in blocks without "!" or "?"
(`sentences._boundaries`); it yields exactly the matches of the boundary pattern's own scan,
for both patterns, within any part of the text."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from checker import sentences

SETTINGS = settings(max_examples=500, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow])

PIECES = [".", "..", "...", "!", "?", "?!", "'", "\"", "”", "’", ")", "]", "(", "“", " ", "  ",
          "\n", "\t", "\x1c", "\u00a0", "A", "b", "Mr", "U.S", "J", "1", "2.5", "No", "É", "ü"]


def _spans(matches):
    return [(m.span(), m.span(1)) for m in matches]


def _check(text: str, start: int, end: int) -> None:
    for pattern in (sentences._BOUNDARY, sentences._BOUNDARY_ASCII):
        assert _spans(sentences._boundaries(pattern, text, start, end)) == \
            _spans(pattern.finditer(text, start, end)), (text, start, end)


def test_examples():
    for text in ["Mr. Smith went. He said so. A... B", "x.. Y. 2. 3", ". A", "A. B.", "a.”  B"]:
        for start in range(len(text) + 1):
            for end in range(start, len(text) + 1):
                _check(text, start, end)


@SETTINGS
@given(st.lists(st.sampled_from(PIECES), max_size=24), st.integers(0, 40), st.integers(0, 40))
def test_random_texts(pieces, a, b):
    text = "".join(pieces)
    start, end = sorted((min(a, len(text)), min(b, len(text))))
    _check(text, start, end)
    _check(text, 0, len(text))
