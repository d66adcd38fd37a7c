"""Analysed text built from a marked-up source, with a map from every analysed character back
to the source characters it came from.

Readers feed a `TextBuilder` pieces in three ways:

- `add_source(s, e)`: source characters copied as they are (whitespace runs collapse to one
  space, mapped to the whole run), the common case;
- `add_replacement(s, e, text)`: `text` stands for source[s:e] (a decoded `&amp;`, a JSON
  escape `\\u2019`); every character of `text` maps to the whole range;
- separators between blocks ("\\n\\n"), which map to an empty source range.

`SourceMap.to_source(start, end)` turns an analysed span into the source range it came from:
for a span that is contiguous in the source that is exactly its source slice; for a span that
crosses markup (`six <em>people</em>`) it is the source range from its first to its last
character, markup included.
"""

from __future__ import annotations

import bisect

import re  # the stdlib engine: no Unicode classes needed here, and faster per match

from checker.record import field, record

_WS = re.compile(r"\s+")
# A character reference; the class excludes "&" so scans from different starts never overlap.
ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")


def decode_entity(ref: str) -> str:
    """The text of one character reference ("&amp;" -> "&"); unknown ones stay as written."""
    import html

    return html.unescape(ref)


@record
class SourceMap:
    """Pieces of the analysed text: piece k starts at analysed offset `a[k]` and comes from
    source[s[k]:e[k]]; `exact[k]` says the piece is a verbatim copy (character i of it is
    source character s[k] + i) rather than a replacement of the whole range."""

    text: str  # the source text as read
    a: list[int] = field(default_factory=list)
    s: list[int] = field(default_factory=list)
    e: list[int] = field(default_factory=list)
    exact: list[bool] = field(default_factory=list)

    def char_range(self, i: int) -> tuple[int, int]:
        """The source range that analysed character i came from."""
        k = bisect.bisect_right(self.a, i) - 1
        if k < 0:
            return 0, 0
        if self.exact[k]:
            p = min(self.s[k] + (i - self.a[k]), self.e[k])
            return p, min(p + 1, self.e[k])
        return self.s[k], self.e[k]

    def to_source(self, start: int, end: int) -> tuple[int, int]:
        """The source range of the analysed span [start, end)."""
        s0, e0 = self.char_range(start)
        if end <= start:
            return s0, s0
        s1, e1 = self.char_range(end - 1)
        return min(s0, s1), max(e1, s0)


class TextBuilder:
    """Accumulates analysed text block by block, recording where each character came from.

    Inside a block, whitespace is collapsed to single spaces and trimmed at both ends; blocks
    are separated by a blank line, so each block is one line of the analysed text.
    """

    def __init__(self, source: str) -> None:
        self.source = source
        self.parts: list[str] = []
        self.len = 0
        self.map = SourceMap(source)
        self.units: list[tuple[int, int, str | None]] = []  # (start, end, kind hint)
        self.block_start: int | None = None
        self.hint: str | None = None
        self._space: tuple[int, int] | None = None  # a pending collapsed whitespace run

    # -- blocks --------------------------------------------------------------------------
    def begin(self, hint: str | None = None) -> None:
        """Start a block (ending any open one)."""
        self.end()
        self.hint = hint
        self.block_start = None  # set by the first character

    def end(self) -> None:
        """End the open block, if it has any text."""
        if self.block_start is not None:
            self.units.append((self.block_start, self.len, self.hint))
        self.block_start = None
        self._space = None

    @property
    def in_block(self) -> bool:
        return self.block_start is not None

    def block(self, s: int, e: int, hint: str | None, replacement: str | None = None) -> None:
        """A whole block from one source range."""
        self.begin(hint)
        if replacement is None:
            self.add_source(s, e)
        else:
            self.add_replacement(s, e, replacement)
        self.end()

    # -- text ----------------------------------------------------------------------------
    def space(self, s: int, e: int) -> None:
        """Whitespace (or a line break, or dropped markup that separates words) at
        source[s:e]: one space if text follows in the same block."""
        if self.block_start is not None and self._space is None:
            self._space = (s, e)

    def add_source(self, s: int, e: int) -> None:
        src = self.source
        pos = s
        for m in _WS.finditer(src, s, e):
            if m.start() > pos:
                self._emit(pos, m.start(), None)
            self.space(m.start(), m.end())
            pos = m.end()
        if pos < e:
            self._emit(pos, e, None)

    def add_decoded(self, s: int, e: int) -> None:
        """source[s:e] with character references decoded (each mapped to its reference)."""
        pos = s
        for m in ENTITY.finditer(self.source, s, e):
            self.add_source(pos, m.start())
            self.add_replacement(m.start(), m.end(), decode_entity(m.group()))
            pos = m.end()
        self.add_source(pos, e)

    def add_replacement(self, s: int, e: int, text: str) -> None:
        if not text:
            return
        if text.isspace() and text not in ("\xa0", "\u202f"):
            self.space(s, e)
            return
        self._emit(s, e, text)

    def _emit(self, s: int, e: int, text: str | None) -> None:
        m = self.map
        if self.block_start is None:
            if self.len:
                self._piece("\n\n", s, s, False)
            self.block_start = self.len
        elif self._space is not None:
            self._piece(" ", self._space[0], self._space[1], False)
        self._space = None
        if text is None:
            # Merge with the previous piece when it is an exact copy ending right here.
            if m.exact and m.exact[-1] and m.e[-1] == s and m.a[-1] + (m.e[-1] - m.s[-1]) == self.len:
                m.e[-1] = e
                self.parts.append(self.source[s:e])
                self.len += e - s
                return
            self._piece(self.source[s:e], s, e, True)
        else:
            self._piece(text, s, e, False)

    def _piece(self, text: str, s: int, e: int, exact: bool) -> None:
        m = self.map
        m.a.append(self.len)
        m.s.append(s)
        m.e.append(e)
        m.exact.append(exact)
        self.parts.append(text)
        self.len += len(text)

    def text(self) -> str:
        self.end()
        return "".join(self.parts)
