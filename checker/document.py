"""The article model: text, segments, paragraphs, sentences and an offset -> line:column index.

A `Document` is built once from the text exactly as read (no newline translation), so every
offset in it, and every span in a finding, indexes straight into the file's text.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from functools import cached_property

from checker.segments import classify_blocks
from checker.sentences import split_sentences

# Segment kinds. Boilerplate is kept (so offsets stay whole) but never checked.
HEADLINE = "headline"
CAPTION = "caption"
DATELINE = "dateline"
BODY = "body"
BOILERPLATE = "boilerplate"


@dataclass(frozen=True, slots=True)
class Block:
    """A paragraph-like unit of the text (one line, or a run of lines with no blank between)."""

    start: int
    end: int
    kind: str  # one of the segment kinds above
    index: int  # position among blocks of the same kind (body paragraph 1, 2, ...)


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int
    block: Block
    index: int  # position in the document
    duplicate_of: int | None = None  # index of an identical earlier sentence (repeated caption)

    @property
    def kind(self) -> str:
        return self.block.kind


@dataclass
class Document:
    text: str
    path: str = "<text>"
    blocks: list[Block] = field(init=False)
    sentences: list[Sentence] = field(init=False)

    def __post_init__(self) -> None:
        self.blocks = classify_blocks(self.text)
        self.sentences = []
        seen: dict[str, int] = {}
        for block in self.blocks:
            if block.kind == BOILERPLATE:
                continue
            for start, end in split_sentences(self.text, block.start, block.end):
                idx = len(self.sentences)
                key = self.text[start:end]
                dup = seen.setdefault(key, idx)
                self.sentences.append(
                    Sentence(start, end, block, idx, None if dup == idx else dup)
                )

    @cached_property
    def _line_starts(self) -> list[int]:
        starts = [0]
        text = self.text
        i = 0
        n = len(text)
        while i < n:
            c = text[i]
            if c == "\n":
                starts.append(i + 1)
            elif c == "\r":
                if i + 1 < n and text[i + 1] == "\n":
                    i += 1
                starts.append(i + 1)
            i += 1
        return starts

    def line_col(self, offset: int) -> tuple[int, int]:
        """1-based line and 1-based column (in characters) of a 0-based character offset."""
        starts = self._line_starts
        line = bisect.bisect_right(starts, offset) - 1
        return line + 1, offset - starts[line] + 1

    def line_text(self, line: int) -> str:
        """The text of a 1-based line, without its line terminator."""
        starts = self._line_starts
        start = starts[line - 1]
        end = starts[line] if line < len(starts) else len(self.text)
        return self.text[start:end].rstrip("\r\n")

    @cached_property
    def _sentence_starts(self) -> list[int]:
        return [s.start for s in self.sentences]

    def sentence_at(self, offset: int) -> Sentence | None:
        i = bisect.bisect_right(self._sentence_starts, offset) - 1
        if i >= 0 and self.sentences[i].start <= offset < self.sentences[i].end:
            return self.sentences[i]
        return None

    def block_at(self, offset: int) -> Block | None:
        for b in self.blocks:
            if b.start <= offset < b.end:
                return b
        return None

    def where(self, offset: int) -> str:
        """Human place name of an offset: 'headline', 'caption', 'body, paragraph 3'."""
        b = self.block_at(offset)
        if b is None:
            return BODY
        if b.kind == BODY:
            return f"body, paragraph {b.index + 1}"
        return b.kind
