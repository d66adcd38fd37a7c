"""Numbers as news text writes them: numerals, decimals, number words, scales.

`NUMBER` is one regex alternative for any written number; `parse_number` turns a match into a
value. Patterns are built from bounded alternations only, so they cannot backtrack badly.
"""

from __future__ import annotations

import regex
from checker.mentions.lazy import Lazy

UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}
TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}
SCALES = {
    "hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
    "trillion": 1_000_000_000_000,
    "k": 1_000, "m": 1_000_000, "mn": 1_000_000, "mln": 1_000_000, "bn": 1_000_000_000,
    "b": 1_000_000_000, "tn": 1_000_000_000_000, "tr": 1_000_000_000_000,
}

_units = "|".join(sorted(UNITS, key=len, reverse=True))
_tens = "|".join(TENS)
# "twenty-one", "seventeen", "a dozen", "two dozen", "three hundred", "a hundred and five"
_CORE = rf"(?:(?:{_tens})(?:-(?:{_units}))?|{_units})"
WORD_NUMBER = (
    rf"(?:(?:(?:{_units}|a|an)\s+)?dozen|"
    rf"(?:{_CORE}|a)\s+hundred(?:\s+(?:and\s+)?{_CORE})?|{_CORE})"
)
NUMERAL = r"(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
SCALE_WORD = r"(?:hundred|thousand|million|billion|trillion)"
SCALE_SUFFIX = r"(?:bn|tn|mn|mln|m|k|b)"
# A numeral with an optional scale ("1.2 million", "3bn"), or a number word with one.
NUMBER = (
    rf"(?:{NUMERAL}(?:\s?{SCALE_SUFFIX}\b|\s+{SCALE_WORD}\b)?|"
    rf"\b{WORD_NUMBER}(?:\s+{SCALE_WORD})?\b)"
)

_NUMERAL_RE = regex.compile(NUMERAL)
_SPLIT = Lazy(regex.compile, r"[\s-]+")


def _word_value(words: list[str]) -> float | None:
    total = 0.0
    current = 0.0
    seen = False
    for w in words:
        if w in ("and",):
            continue
        if w in ("a", "an"):
            current += 1
            seen = True
        elif w in UNITS:
            current += UNITS[w]
            seen = True
        elif w in TENS:
            current += TENS[w]
            seen = True
        elif w == "dozen":
            current = (current or 1) * 12
            seen = True
        elif w == "hundred":
            current = (current or 1) * 100
            seen = True
        elif w in ("thousand", "million", "billion", "trillion"):
            total += (current or 1) * SCALES[w]
            current = 0
            seen = True
        else:
            return None
    return total + current if seen else None


_CACHE: dict[str, float | None] = {}
_MISSING = object()


def parse_number(text: str) -> float | None:
    """Value of a string matched by NUMBER: '1,200' -> 1200, '3bn' -> 3e9, 'two dozen' -> 24.
    Memoised: news text repeats the same few hundred numbers ("2019", "two", "1.5bn")."""
    hit = _CACHE.get(text, _MISSING)
    if hit is _MISSING:
        hit = _parse_number(text)
        if len(_CACHE) < 50_000:
            _CACHE[text] = hit
    return hit  # type: ignore[return-value]


def _parse_number(text: str) -> float | None:
    s = text.strip().lower()
    m = _NUMERAL_RE.match(s)
    if m:
        value = float(m.group().replace(",", ""))
        rest = s[m.end():].strip()
        if rest:
            scale = SCALES.get(rest)
            if scale is None:
                return None
            value *= scale
        return value
    return _word_value(_SPLIT.split(s))


def is_word_number(text: str) -> bool:
    return not any(c.isdigit() for c in text)
