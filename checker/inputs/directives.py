"""Inline suppression comments in HTML and Markdown, turned into `checker.suppress.Suppression`s.

    <!-- factcheck: ignore count-mismatch -->             the next block (or, written inside a
                                                         paragraph, that paragraph)
    <!-- factcheck: ignore count-mismatch, name-spelling -->
    <!-- factcheck: disable count-mismatch -->  ...  <!-- factcheck: enable count-mismatch -->
                                                         everything between (to the end of the
                                                         article if never enabled again)

Only comments whose text starts with `factcheck:` are directives; every other comment is left
out of the analysed text like any markup. Rule ids are required and separated by commas or
spaces. A directive that cannot do anything (no rule id, an unknown rule id, an unknown verb,
an `enable` with no open `disable`) is not an error: it becomes a suppression that suppresses
nothing, so `checker.suppress` reports it as an `unused-suppression` (info) pointing at the
comment, and the run goes on.

The comment itself is copied verbatim to the end of the analysed text, outside every block
(so never checked), to give that report a span on the comment's own line.
"""

from __future__ import annotations

import bisect

import regex

from checker.record import record

VERBS = ("ignore", "disable", "enable")
_IDS = regex.compile(r"[^\s,]+")


@record
class Directive:
    verb: str
    rules: tuple[str, ...]
    start: int  # the comment's source range
    end: int
    pos: int  # analysed offset where it applies from (the open block's start if inside one)
    here: int  # analysed offset where it was written
    inline: bool  # written inside a block with text before it
    anchor: tuple[int, int] | None = None  # the comment's copy in the analysed text
    content_end: int = 0  # end of the article's analysed text (before the comment copies)


def parse_comment(body: str) -> tuple[str, tuple[str, ...]] | None:
    """(verb, rule ids) of a comment's inner text, or None if it is not a factcheck comment."""
    text = body.strip()
    if not text[:9].lower() == "factcheck":
        return None
    rest = text[9:].lstrip()
    if not rest.startswith(":"):
        return None
    words = _IDS.findall(rest[1:])
    if not words:
        return "", ()
    return words[0].lower(), tuple(words[1:])


def note_comment(builder, directives: list, body: str, start: int, end: int) -> None:
    """Record a comment found by a reader at source[start:end] (inner text `body`)."""
    parsed = parse_comment(body)
    if parsed is None:
        return
    verb, rules = parsed
    inline = builder.in_block
    pos = builder.block_start if inline else builder.len
    directives.append(Directive(verb, rules, start, end, pos, builder.len, inline))


def finish(builder, directives: list):
    """End the analysed text: append a copy of each directive comment (outside every block)
    so that findings about it can point at it. Returns (text, content units, directives)."""
    from checker.document import BOILERPLATE

    builder.end()
    content_end = builder.len
    units = list(builder.units)
    for d in directives:
        n = len(builder.units)
        builder.block(d.start, d.end, BOILERPLATE)
        if len(builder.units) > n:
            d.anchor = builder.units[-1][:2]
    for d in directives:
        d.content_end = content_end
    return builder.text(), units, directives


def suppressions(doc, parsed) -> list:
    """The `Suppression`s of a parsed article's directives, ranges in analysed offsets."""
    if not parsed.directives:
        return []
    from checker.suppress import Suppression

    content = [(s, e) for s, e, _ in parsed.units]
    starts = [s for s, _ in content]
    out = []
    open_ranges: dict[str, list[Directive]] = {}
    end_of_text = parsed.directives[0].content_end
    for d in parsed.directives:
        if d.verb == "ignore":
            i = bisect.bisect_left(starts, d.pos)
            if d.inline and i < len(content) and content[i][1] <= d.here:
                i += 1  # nothing followed it in that block (an unclosed <p>): the next one
            if 0 <= i < len(content):
                s, e = content[i]
            else:
                s = e = end_of_text
            out.append(Suppression(d.rules, s, e, d.anchor, "ignore"))
        elif d.verb == "disable":
            for rid in d.rules or ("",):
                open_ranges.setdefault(rid, []).append(d)
            if not d.rules:
                out.append(Suppression((), d.pos, d.pos, d.anchor, "disable"))
        elif d.verb == "enable":
            unmatched = []
            for rid in d.rules:
                stack = open_ranges.get(rid)
                if stack:
                    opened = stack.pop()
                    out.append(Suppression((rid,), opened.pos, d.here, opened.anchor, "disable"))
                else:
                    unmatched.append(rid)
            if unmatched or not d.rules:
                out.append(Suppression(tuple(unmatched), d.pos, d.pos, d.anchor, "enable"))
        else:
            out.append(Suppression(d.rules, d.pos, d.pos, d.anchor, d.verb or "factcheck:"))
    for rid, stack in open_ranges.items():
        for opened in stack:
            if rid:
                out.append(Suppression((rid,), opened.pos, end_of_text, opened.anchor, "disable"))
    return out
