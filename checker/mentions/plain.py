"""Whether the fast ASCII patterns may stand in for the Unicode ones on a piece of text.

people.py and quotes.py read names with stdlib `re` patterns written for ASCII letters when the
text allows it (every BBC article does) and fall back to the `regex` module's Unicode classes
otherwise; this is the one test both use. `lower_matches_ignorecase` is the like test for
matching lower-cased text case-sensitively in place of a case-insensitive match (segments.py,
quantities.py, figures.py), `caseless` compiles a pattern for both ways (dates.py, people.py,
segments.py, relations.py) and `caseless_search` searches with the way the caller chose.
"""

from __future__ import annotations

import re
import sys

import regex
from checker.mentions.lazy import Lazy

# Deleting the ASCII runs leaves the non-ASCII characters: 4x faster than finding each one.
_ASCII_RUN = re.compile(r"[\x00-\x7f]+")
_RX_CLASS = Lazy(regex.compile, r"[\p{L}\p{M}\p{N}\w\s\d]")
_RE_CLASS = re.compile(r"[\w\s\d]")
_SAFE_CHAR: dict[str, bool] = {}

# Characters that a case-insensitive match pairs with an ASCII letter although their lower case
# is not that letter (dotted and dotless i, long s), plus the Kelvin sign for safety.
CASE_UNSAFE = ("\u0130", "\u0131", "\u017f", "\u212a")


def lower_matches_ignorecase(text: str) -> bool:
    """Whether a literal or pattern found in `text.lower()` case-sensitively is found in `text`
    case-insensitively, and the other way round (offsets may still shift where lower() turns
    one character into two: quantities checks the lengths)."""
    return text.isascii() or not holds_any(text, CASE_UNSAFE)


def holds_any(text: str, needles) -> bool:
    """`any(n in text for n in needles)` without a generator (a third fewer instructions):
    the cheap necessary condition that extractors test before a costly word-list search."""
    for n in needles:
        if n in text:
            return True
    return False


# `str.lower` of each Latin-1 character, as a byte table: each is one Latin-1 character ("ß",
# "ÿ" and "µ" lowercase to themselves), and none looks at its neighbours (only "Σ" does).
_LATIN1_LOWER = bytes(ord(chr(i).lower()) for i in range(256))


def lower(text: str) -> str:
    """`text.lower()`. `str.lower` looks up every character of a non-ASCII text in the
    Unicode tables (~40 instructions a character); a text of Latin-1 characters ("£", "é") is
    lowercased as bytes through a table instead, several times cheaper."""
    if text.isascii():
        return text.lower()  # already a byte loop
    try:
        data = text.encode("latin-1")
    except UnicodeEncodeError:
        return text.lower()
    return data.translate(_LATIN1_LOWER).decode("latin-1")


def plain(text: str) -> bool:
    """True when every non-ASCII character in text ("£", "—", "’", "“") is neither a letter,
    a mark nor a digit, and neither engine counts it as a word character, a digit or a space."""
    if text.isascii():
        return True
    for c in set(_ASCII_RUN.sub("", text)):
        ok = _SAFE_CHAR.get(c)
        if ok is None:
            ok = _SAFE_CHAR[c] = not _RX_CLASS.match(c) and not _RE_CLASS.match(c)
        if not ok:
            return False
    return True


def caseless(pattern: str, lead: str = "") -> tuple[Lazy, Lazy]:
    """`pattern`, written in lower case, compiled (on first use) twice: with re.IGNORECASE to
    search a text, and case-sensitively to search its `Document.folded`, where it finds the
    same, offset for offset, for fewer instructions. A word list should open with a lookahead
    on its words' first letters (`\\b(?=[bt])(?:born|turns)`): a necessary condition, so the
    matches are the same, and `re` then skips to those letters instead of trying the whole
    alternation at every character (two to six times fewer instructions).
    `lead`: such a lookahead for the case-insensitive pattern only, for a pattern whose
    alternatives each open with a literal: `re` skips to those by itself in the case-sensitive
    one, two and a half times faster without the lookahead in front."""
    ignorecase = f"{lead}(?:{pattern})" if lead else pattern
    return Lazy(re.compile, ignorecase, re.IGNORECASE), Lazy(re.compile, pattern)


def caseless_search(pattern, folded, text: str, low: str | None, pos: int = 0,
                    endpos: int = sys.maxsize):
    """The first match of a `caseless` pair in text[pos:endpos]: `folded` (the case-sensitive
    half) searched in `low` when the caller gives it, else `pattern` (the re.IGNORECASE half)
    searched in `text`. `low` is `text` lower-cased, given where the caller has made sure that
    the two read alike (`lower_matches_ignorecase`; equal lengths too where the offsets
    matter): per line (segments.py) or per document (`Document.folded`, relations.py).
    IGNORECASE folds every character compared and leaves `re` no literal to skip ahead to:
    the case-sensitive search is several times cheaper."""
    if low is None:
        return pattern.search(text, pos, endpos)
    return folded.search(low, pos, endpos)
