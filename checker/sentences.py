"""An abbreviation-aware sentence splitter for news prose.

Splits after . ! ? (and any closing quotes or brackets) when whitespace follows and the next
sentence starts with a capital letter or an opening quote, unless the word before the stop is a
known abbreviation ("Gen.", "Dec.", "Mr.") or an initial ("J."). "U.S." at a sentence end stays
unsplit: joining two sentences costs less than breaking one. Linear in the text.
"""

from __future__ import annotations

import regex

ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof gen lt col maj sgt capt cmdr adm gov sen rep rev hon pres supt insp det
    st mt ft jan feb mar apr jun jul aug sep sept oct nov dec no nos vs v etc inc corp co ltd
    jr sr a.m p.m u.s u.n u.k e.u u.s.a d.c approx est dept univ assn bros fig op vol ave blvd
    rd hwy sq sta gen. ph.d i.e e.g""".split()
)

# A stop, optional closers, then whitespace, then the next sentence's first character.
# Possessive quantifiers and the lookbehind (a match starts only at the first stop of a run)
# keep a run of a million dots linear: no restart inside the run, no backtracking into it.
_BOUNDARY = regex.compile(r"(?<![.!?])[.!?]++[\"'”’)\]]*+(?=\s+[\"'“‘(\[]?[\p{Lu}\d])")
_NEXT_CHAR = regex.compile(r"\s*+(\S?)")
_WORD_BEFORE = regex.compile(r"([\p{L}.]+)$")


def split_sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentence spans (start, end) within text[start:end], trimmed of surrounding spaces."""
    spans: list[tuple[int, int]] = []
    cur = start
    for m in _BOUNDARY.finditer(text, start, end):
        stop = m.start()
        wm = _WORD_BEFORE.search(text, max(cur, stop - 30), stop)
        if wm:
            word = wm.group(1).lower().rstrip(".")
            if word in ABBREVIATIONS or (len(word) == 1 and word.isalpha()):
                continue
        # Do not split before a digit unless the stop is ! or ? (avoids "No. 2", "Dec. 20").
        nxt = _NEXT_CHAR.match(text, m.end(), end).group(1)
        if nxt.isdigit() and text[stop] == ".":
            continue
        _push(text, spans, cur, m.end())
        cur = m.end()
    _push(text, spans, cur, end)
    return spans


def _push(text: str, spans: list[tuple[int, int]], s: int, e: int) -> None:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    if s < e:
        spans.append((s, e))
