"""Fast paths of the sentence splitter (checker/sentences.py).

Every test here compares a fast path with the general path it replaces, on invented text built
so that sentence boundaries and near misses are common:

- The splitter finds its boundaries with `str.find` in blocks without "!" or "?"
  (`sentences._boundaries`); it yields exactly the matches of the boundary pattern's own
  scan, for both patterns, within any part of the text.
- The splitter's ASCII patterns split plain text exactly as the Unicode ones do, and both
  split exactly as the original splitter (kept below as the reference) did.
"""

from __future__ import annotations

import regex
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from checker import sentences
from checker.mentions.plain import plain
from checker.sentences import ABBREVIATIONS, split_sentences

SETTINGS = settings(max_examples=500, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow])
SETTINGS_300 = settings(max_examples=300, deadline=None,
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


# The splitter as it was before the fast paths, kept as the reference.
_REF_BOUNDARY = regex.compile(r"(?<![.!?])[.!?]++[\"'”’)\]]*+(?=\s+[\"'“‘(\[]?[\p{Lu}\d])")
_REF_NEXT_CHAR = regex.compile(r"\s*+(\S?)")
_REF_WORD_BEFORE = regex.compile(r"([\p{L}.]+)$")


def _reference_split(text, start, end):
    spans, cur = [], start

    def push(s, e):  # trimming a span is not a fast path: the splitter's own helper
        sentences._push(text, spans, s, e)

    for m in _REF_BOUNDARY.finditer(text, start, end):
        stop = m.start()
        wm = _REF_WORD_BEFORE.search(text, max(cur, stop - 30), stop)
        if wm:
            word = wm.group(1).lower().rstrip(".")
            if word in ABBREVIATIONS or (len(word) == 1 and word.isalpha()):
                continue
        nxt = _REF_NEXT_CHAR.match(text, m.end(), end).group(1)
        if nxt.isdigit() and text[stop] == ".":
            continue
        push(cur, m.end())
        cur = m.end()
    push(cur, end)
    return spans


# Text built as word, stop, closer, space, opener, so that boundaries are common.
WORDS = ["Mr", "Gen", "Sept", "approx", "U.S", "J", "No", "the", "Rockets", "hit", "It", "e",
         "2", "20", "é", "Ōta", "Éric", "٣", "£5", "—", "", "a.m"]
STOPS = ["", "", ".", "..", "...", "!", "?", "?!"]
CLOSERS = ["", "", "\"", "'", "”", "’", ")", "]", "”)"]
SPACES = [" ", " ", "  ", "\n", "\r\n", "\t", "\x1c", "\x0b", "\xa0", "\u2009", ""]
OPENERS = ["", "", "", "\"", "“", "‘", "(", "["]
SENTENCE_TEXTS = st.lists(
    st.tuples(*(st.sampled_from(x) for x in (WORDS, STOPS, CLOSERS, SPACES, OPENERS))),
    max_size=12,
).map(lambda parts: "".join("".join(p) for p in parts))


@SETTINGS_300
@given(SENTENCE_TEXTS, st.integers(0, 5), st.integers(0, 5))
def test_split_matches_reference(text, cut_start, cut_end):
    start, end = min(cut_start, len(text)), max(min(cut_start, len(text)), len(text) - cut_end)
    expected = _reference_split(text, start, end)
    assert split_sentences(text, start, end) == expected
    if plain(text):
        assert split_sentences(text, start, end, plain=True) == expected


def test_split_examples():
    text = "Gen. J. Smith met Mr. Ames on Dec. 20 in the U.S. capital. They talked! “Yes.” No. 2 won."
    got = [text[s:e] for s, e in split_sentences(text, 0, len(text), plain=plain(text))]
    assert got == ["Gen. J. Smith met Mr. Ames on Dec. 20 in the U.S. capital.", "They talked!",
                   "“Yes.”", "No. 2 won."]
    text = "He met Mr\n. Ames left. Then\n. It rained."  # `$` before a final newline
    assert split_sentences(text, 0, len(text), plain=True) == _reference_split(text, 0, len(text))


# Without "!" or "?" the ASCII pattern is `_BOUNDARY_DOTS`, which opens with a literal full
# stop; `split_sentences(..., marks=False)` (Document asks the whole text once) splits as the
# block-by-block check does.
NO_MARKS = [p for p in PIECES if "!" not in p and "?" not in p]


@SETTINGS
@given(st.lists(st.sampled_from(NO_MARKS), max_size=24), st.integers(0, 40), st.integers(0, 40))
def test_dots_pattern_finds_what_the_ascii_pattern_finds(pieces, a, b):
    text = "".join(pieces)
    start, end = sorted((min(a, len(text)), min(b, len(text))))
    assert _spans(sentences._BOUNDARY_DOTS.finditer(text, start, end)) == \
        _spans(sentences._BOUNDARY_ASCII.finditer(text, start, end))
    for pattern in (sentences._BOUNDARY, sentences._BOUNDARY_ASCII):
        assert _spans(sentences._boundaries(pattern, text, start, end, marks=False)) == \
            _spans(pattern.finditer(text, start, end))


@SETTINGS_300
@given(SENTENCE_TEXTS.map(lambda t: t.replace("!", ".").replace("?", ".")))
def test_split_without_marks_matches_reference(text):
    expected = _reference_split(text, 0, len(text))
    assert split_sentences(text, 0, len(text), marks=False) == expected
    if plain(text):
        assert split_sentences(text, 0, len(text), plain=True, marks=False) == expected
