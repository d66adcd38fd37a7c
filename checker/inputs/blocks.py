"""Blocks of a marked-up article: the markup's kinds first, the plain-text rules for the rest.

A reader hints each block: `headline` (`h1`, `# Heading`, the JSON headline), `caption`
(`figcaption`, image alt text, the JSON captions), `dateline`, `boilerplate` (tables), or
None (paragraphs, list items, subheads). Hinted headlines and captions are taken as they are.
Unhinted blocks go through the same local tests as plain text (`checker.segments`): menu and
layout words and publisher bios are boilerplate, "FILE - ..." lines are captions, a short
unpunctuated line after the body has begun is a byline or label; and the first body
paragraph's "CITY (Wire) —" prefix becomes the dateline.
"""

from __future__ import annotations

from checker.document import BODY, BOILERPLATE, CAPTION, DATELINE, HEADLINE, Block
from checker.segments import _CAPTION, _DATELINE, _is_boilerplate

_END_PUNCT = (".", "\"", "”", "?", "!")


def build_blocks(text: str, units, dateline_given: bool = False) -> list[Block]:
    has_headline = any(h == HEADLINE for _, _, h in units)
    counters: dict[str, int] = {}
    blocks: list[Block] = []
    seen_headline = seen_body = False
    dateline_done = dateline_given

    def add(start: int, end: int, kind: str) -> None:
        i = counters.get(kind, 0)
        counters[kind] = i + 1
        blocks.append(Block(start, end, kind, i))

    for start, end, hint in units:
        line = text[start:end]
        if hint == HEADLINE and not seen_headline:
            kind = HEADLINE
        elif hint in (CAPTION, DATELINE, BOILERPLATE):
            kind = hint
        elif _is_boilerplate(line, not seen_headline):
            kind = BOILERPLATE
        elif not seen_headline and not has_headline:
            kind = HEADLINE
        elif _CAPTION.search(line):
            kind = CAPTION
        elif seen_body and len(line.split()) <= 4 and not line.rstrip().endswith(_END_PUNCT):
            kind = BOILERPLATE
        else:
            kind = BODY
        seen_headline |= kind == HEADLINE
        if kind == BODY:
            seen_body = True
            if not dateline_done:
                dateline_done = True
                m = _DATELINE.match(text, start, end)
                if m and m.end() < end:
                    add(start, m.end(), DATELINE)
                    start = m.end()
        add(start, end, kind)
    return blocks
