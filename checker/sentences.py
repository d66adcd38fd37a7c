"""An abbreviation-aware sentence splitter for news prose.

Splits after . ! ? (and any closing quotes or brackets) when whitespace follows and the next
sentence starts with a capital letter or an opening quote, unless the word before the stop is a
known abbreviation ("Gen.", "Dec.", "Mr.") or an initial ("J."). "U.S." at a sentence end stays
unsplit: joining two sentences costs less than breaking one. Linear in the text.
"""

from __future__ import annotations

import re
import string

import regex
from checker.mentions.lazy import Lazy

ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof gen lt col maj sgt capt cmdr adm gov sen rep rev hon pres supt insp det
    st mt ft jan feb mar apr jun jul aug sep sept oct nov dec no nos vs v etc inc corp co ltd
    jr sr a.m p.m u.s u.n u.k e.u u.s.a d.c approx est dept univ assn bros fig op vol ave blvd
    rd hwy sq sta gen. ph.d i.e e.g""".split()
)

# A stop, optional closers, then whitespace, then the next sentence's first character (group 1,
# with its opening quote or bracket: where the next sentence starts).
# Possessive quantifiers and the lookbehind (a match starts only at the first stop of a run)
# keep a run of a million dots linear: no restart inside the run, no backtracking into it.
_BOUNDARY = Lazy(regex.compile, r"(?<![.!?])[.!?]++[\"'”’)\]]*+(?=\s+([\"'“‘(\[]?[\p{Lu}\d]))")
_WORD_BEFORE = Lazy(regex.compile, r"([\p{L}.]+)$")
# The same for text whose letters, digits and spaces are all ASCII (see
# `checker.mentions.plain`), with the standard library's faster engine and string methods:
# there `\p{Lu}` is `[A-Z]`, `\d` is `[0-9]`, `\p{L}` is `[A-Za-z]`, and regex's `\s` is re's
# without \x1c-\x1f.
# The lookbehind comes after the first stop (it checks the character before that stop), so the
# pattern opens with a character set and re skips to the stops: 4x faster than lookbehind first.
_AFTER_FIRST_STOP = (
    r"(?<![.!?][.!?])[.!?]*+[\"'”’)\]]*+(?=[^\S\x1c-\x1f]+([\"'“‘(\[]?[A-Z0-9]))"
)
_BOUNDARY_ASCII = re.compile(r"[.!?]" + _AFTER_FIRST_STOP)
# Where the text holds no "!" or "?" (most articles) every boundary opens with a full stop:
# the same pattern opening with the literal ".", which `re` finds with a plain character
# loop instead of testing the class [.!?] at every character (~60 instructions a character).
_BOUNDARY_DOTS = re.compile(r"\." + _AFTER_FIRST_STOP)
_ASCII_WORD_CHARS = string.ascii_letters + "."


def _word_before(text: str, lo: int, stop: int) -> str:
    """The run of letters and dots that ends at `stop` (not before `lo`), or ""."""
    m = _WORD_BEFORE.search(text, lo, stop)
    return m.group(1) if m else ""


def _word_before_ascii(text: str, lo: int, stop: int) -> str:
    """`_word_before` for plain text, without a regex: the searched pattern backtracks
    through every word of the window (a third of the splitter's time)."""
    seg = text[lo:stop]
    if seg.endswith("\n"):  # the pattern's `$` also matches before a final newline
        seg = seg[:-1]
    return seg[len(seg.rstrip(_ASCII_WORD_CHARS)):]


def _boundaries(boundary, text: str, start: int, end: int, marks: bool = True):
    """`boundary.finditer(text, start, end)`, as a list or an iterator. `marks`: False when
    the caller knows text[start:end] holds no "!" or "?" (else the block is searched for
    them). Every match begins at a stop, so without "!" or "?" every match begins at a full
    stop: the ASCII pattern is then `_BOUNDARY_DOTS`, and for the Unicode one `str.find` goes
    from full stop to full stop and the pattern is only matched there, as its scan would have
    tried it: at the first stop, then at the next after each failure, or after each match's
    end. The pattern's own scan tests every character (half the splitter's time; -0.04 M
    instructions per BBC article). A list, not a generator: no frame to resume for each
    match."""
    if marks and (text.find("!", start, end) >= 0 or text.find("?", start, end) >= 0):
        return boundary.finditer(text, start, end)
    if boundary is _BOUNDARY_ASCII:
        return _BOUNDARY_DOTS.finditer(text, start, end)
    matches = []
    match, find = boundary.match, text.find
    i = find(".", start, end)
    while i >= 0:
        m = match(text, i, end)
        if m:
            matches.append(m)
            i = find(".", m.end(), end)
        else:
            i = find(".", i + 1, end)
    return matches


def split_sentences(text: str, start: int, end: int, plain: bool = False,
                    marks: bool = True) -> list[tuple[int, int]]:
    """Sentence spans (start, end) within text[start:end], trimmed of surrounding spaces.
    `plain`: `checker.mentions.plain.plain(text)` holds, so the ASCII patterns may be used.
    `marks`: False when text[start:end] is known to hold no "!" or "?" (`Document` asks the
    whole text once instead of each block twice)."""
    boundary, word_before = (
        (_BOUNDARY_ASCII, _word_before_ascii) if plain else (_BOUNDARY, _word_before)
    )
    spans: list[tuple[int, int]] = []
    cur = start  # where the current sentence starts (not yet trimmed if it is the first)
    for m in _boundaries(boundary, text, start, end, marks):
        stop = m.start()
        # (a conditional expression, not max(): a third of the instructions)
        word = word_before(text, stop - 30 if stop - 30 > cur else cur, stop)
        if word:
            word = word.lower().rstrip(".")
            if word in ABBREVIATIONS or (len(word) == 1 and word.isalpha()):
                continue
        nxt = m.start(1)
        # Do not split before a digit unless the stop is ! or ? (avoids "No. 2", "Dec. 20").
        if text[stop] == "." and text[nxt].isdigit():
            continue
        if cur == start:
            _push(text, spans, cur, m.end())
        else:  # starts at a sentence's first character, ends at its last stop or closer
            spans.append((cur, m.end()))
        cur = nxt
    _push(text, spans, cur, end)
    return spans


def _push(text: str, spans: list[tuple[int, int]], s: int, e: int) -> None:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    if s < e:
        spans.append((s, e))
