"""The Document's fast paths agree with the plain patterns they stand in for.

- The caption and boilerplate screens (`segments._may_match`) never turn away a line that the
  full pattern matches, whatever its case, spacing or look-alike letters ("ſ", "ı", "K").
- The sentence splitter's ASCII patterns split plain text exactly as the Unicode ones do, and
  both split exactly as the original splitter (kept below as the reference) did.
"""

from __future__ import annotations

import regex
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from checker import segments
from checker.mentions.plain import plain
from checker.sentences import ABBREVIATIONS, split_sentences

SETTINGS = settings(max_examples=300, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow])

# Pieces of every caption and boilerplate alternative, and near misses.
PIECES = [
    "FILE", "File photo", "file", "In this ", "undated ", "photo", "Photo", "image", "Image",
    "handout", "picture", "credit", "Credits", "(", ")", "( ", "AP ", "AFP ", "Reuters ", "by",
    "courtesy", "Image caption", "Caption:", "pictured", "is seen", "EPA", "Getty", "Wire",
    "Images", "Photograph/", "Photo/", "/A", "All rights reserved", "Copyright", "(c) 2024",
    "c) 1999", "©", "provides news", "Sign up for", "subscribe to", "Newsletter",
    "click here", "Related:", "related", "Read more", "This story has been updated",
    "this article was corrected", "contributed to this report", "contributed reporting",
    "may contain information from", "are the work of", "Cookies", "cookie", "browser", " ",
    "  ", "\t", ", ", ". ", "the mayor", "2024", "ſ", "ı", "İ", "K", "—", "- ", "|", "•",
]
LINES = st.lists(st.sampled_from(PIECES), min_size=1, max_size=8).map("".join)


def _low_boiler(line: str) -> str:
    return line.strip().lower().strip(" •·-–—|")  # as _is_boilerplate lowercases


@SETTINGS
@given(LINES)
def test_caption_screen_keeps_every_match(line):
    if segments._CAPTION.search(line):
        assert segments._may_match(line, line.lower(), segments._CAPTION_PREFIXES,
                                   segments._CAPTION_NEEDS)


@SETTINGS
@given(LINES)
def test_boilerplate_screen_keeps_every_match(line):
    if segments._BOILER.search(line):
        assert segments._may_match(line, _low_boiler(line), segments._BOILER_PREFIXES,
                                   segments._BOILER_NEEDS)


def test_screens_on_examples():
    assert segments._is_caption("FILE - A ferry.", "file - a ferry.")
    assert not segments._is_caption("He filed a profile of the company.",
                                    "he filed a profile of the company.")
    assert segments._is_boilerplate("Copyright 2024 Wire Ltd", False)
    assert not segments._is_boilerplate("The copyright dispute went to court today.", False)


# The splitter as it was before the fast paths, kept as the reference.
_REF_BOUNDARY = regex.compile(r"(?<![.!?])[.!?]++[\"'”’)\]]*+(?=\s+[\"'“‘(\[]?[\p{Lu}\d])")
_REF_NEXT_CHAR = regex.compile(r"\s*+(\S?)")
_REF_WORD_BEFORE = regex.compile(r"([\p{L}.]+)$")


def _reference_split(text, start, end):
    spans, cur = [], start

    def push(s, e):
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if s < e:
            spans.append((s, e))

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


@SETTINGS
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
