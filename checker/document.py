"""The article model: text, segments, paragraphs, sentences and an offset -> line:column index.

A `Document` is built once from the text exactly as read (no newline translation), so every
offset in it, and every span in a finding, indexes straight into the file's text.

Marked-up inputs (HTML, Markdown, JSON; see `checker.inputs`) give the analysed text, its blocks
and a `source` map: spans index the analysed `text`, `to_source(start, end)` turns them into
offsets of the original file (`source_text`), and `line_col`/`line_text` count lines of the
original file, so reports land on the right line of the HTML or Markdown source.
"""

from __future__ import annotations

import bisect
import re

from checker.mentions.plain import lower, lower_matches_ignorecase
from checker.mentions.plain import plain as _plain
from checker.record import cached_property, field, record
from checker.segments import classify_blocks
from checker.sentences import split_sentences

_LINE_BREAK = re.compile(r"\r\n|\r|\n")

# Segment kinds. Boilerplate is kept (so offsets stay whole) but never checked.
HEADLINE = "headline"
CAPTION = "caption"
DATELINE = "dateline"
BODY = "body"
BOILERPLATE = "boilerplate"
PULLQUOTE = "pullquote"  # a quotation set above the story ("We will rebuild" — Mayor X)
STANDFIRST = "standfirst"  # a summary line between headline and dateline
SUMMARY_KINDS = (HEADLINE, CAPTION, DATELINE, PULLQUOTE, STANDFIRST)


@record(frozen=True, slots=True)
class Block:
    """A paragraph-like unit of the text (one line, or a run of lines with no blank between)."""

    start: int
    end: int
    kind: str  # one of the segment kinds above
    index: int  # position among blocks of the same kind (body paragraph 1, 2, ...)


@record(frozen=True, slots=True)
class Sentence:
    start: int
    end: int
    block: Block
    index: int  # position in the document
    duplicate_of: int | None = None  # index of an identical earlier sentence (repeated caption)

    @property
    def kind(self) -> str:
        return self.block.kind


@record
class Document:
    text: str
    path: str = "<text>"
    blocks: list[Block] = None  # given by a markup reader, else classified from the text
    sentences: list[Sentence] = field(init=False)
    source: object = field(default=None, repr=False)  # checker.inputs.offsets.SourceMap
    suppressions: list = field(default_factory=list, repr=False)  # from inline comments

    def __post_init__(self) -> None:
        if self.blocks is None:
            self.blocks = classify_blocks(self.text, self.lowered)
        text, plain = self.text, self.plain
        marks = "!" in text or "?" in text  # (most articles have neither: see split_sentences)
        sentences: list[Sentence] = []
        seen: dict[str, int] = {}
        for block in self.blocks:
            if block.kind == BOILERPLATE:
                continue
            for start, end in split_sentences(text, block.start, block.end, plain, marks):
                idx = len(sentences)
                dup = seen.setdefault(text[start:end], idx)
                sentences.append(Sentence(start, end, block, idx, None if dup == idx else dup))
        self.sentences = sentences

    @cached_property
    def plain(self) -> bool:
        """Whether the text's non-ASCII characters are all neither letters, marks, digits nor
        spaces, so that patterns written for ASCII read it as the Unicode ones would (see
        `checker.mentions.plain`). Computed once here for the splitter and the extractors."""
        return _plain(self.text)

    @cached_property
    def lowered(self) -> str:
        """`text.lower()`, computed once: the block classifier and the extractors look for
        words in it (lowercasing a non-ASCII article costs ~0.1 M instructions). Its offsets
        are the text's only where the two lengths are equal ("İ" lowercases to two)."""
        return lower(self.text)

    @cached_property
    def folded(self) -> str | None:
        """`lowered` when a case-sensitive match on it finds exactly what a case-insensitive
        match on the text finds, offset for offset; else None, and extractors match the text
        case-insensitively (see `checker.mentions.plain.lower_matches_ignorecase`)."""
        low = self.lowered
        return low if len(low) == len(self.text) and lower_matches_ignorecase(self.text) else None

    @property
    def source_text(self) -> str:
        """The file's text as read (the analysed text itself for plain text)."""
        return self.text if self.source is None else self.source.text

    def to_source(self, start: int, end: int) -> tuple[int, int]:
        """The range of `source_text` that the analysed span [start, end) came from."""
        return (start, end) if self.source is None else self.source.to_source(start, end)

    @cached_property
    def _line_starts(self) -> list[int]:
        # A line ends at LF, CRLF or a lone CR (as segments.py splits lines).
        return [0] + [m.end() for m in _LINE_BREAK.finditer(self.source_text)]

    def line_col(self, offset: int) -> tuple[int, int]:
        """1-based line and 1-based column (in characters) of a 0-based offset into
        `source_text` (map analysed spans with `to_source` first)."""
        starts = self._line_starts
        line = bisect.bisect_right(starts, offset) - 1
        return line + 1, offset - starts[line] + 1

    def line_text(self, line: int) -> str:
        """The text of a 1-based line of `source_text`, without its line terminator."""
        text = self._line_texts.get(line)
        if text is None:  # cached: a 1 MB line holding 10,000 spans is sliced once, not 10,000 times
            starts = self._line_starts
            start = starts[line - 1]
            end = starts[line] if line < len(starts) else len(self.source_text)
            text = self._line_texts[line] = self.source_text[start:end].rstrip("\r\n")
        return text

    @cached_property
    def _line_texts(self) -> dict[int, str]:
        return {}

    @cached_property
    def _sentence_starts(self) -> list[int]:
        return [s.start for s in self.sentences]

    def sentence_at(self, offset: int) -> Sentence | None:
        i = bisect.bisect_right(self._sentence_starts, offset) - 1
        if i >= 0 and self.sentences[i].start <= offset < self.sentences[i].end:
            return self.sentences[i]
        return None

    @cached_property
    def _blocks_by_start(self) -> tuple[list[int], list[Block]]:
        blocks = sorted(self.blocks, key=lambda b: b.start)
        return [b.start for b in blocks], blocks

    def block_at(self, offset: int) -> Block | None:
        # Bisect, not a scan: rules and renderers ask once per span, and an article of 10,000
        # paragraphs with 2,000 findings must not cost 10,000 x 2,000.
        starts, blocks = self._blocks_by_start
        i = bisect.bisect_right(starts, offset) - 1
        if i >= 0 and offset < blocks[i].end:
            return blocks[i]
        return None

    def where(self, offset: int) -> str:
        """Human place name of an offset: 'headline', 'caption', 'body, paragraph 3'."""
        b = self.block_at(offset)
        if b is None:
            return BODY
        if b.kind == BODY:
            return f"body, paragraph {b.index + 1}"
        return "pull quote" if b.kind == PULLQUOTE else b.kind
