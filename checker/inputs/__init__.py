"""Input formats: plain text, Markdown, HTML and JSON articles, chosen by file extension.

    load(path_or_name, raw_text) -> Document

`.txt` and anything unrecognised is plain text (the Document classifies its own lines);
`.md`/`.markdown`, `.html`/`.htm` and `.json` are read by their own modules (imported only
when such a file is checked), which give the analysed text (one block per line, blank lines
between), each block's kind from the markup (`h1` headline, `figcaption`/image alt caption,
`p` body...), a `SourceMap` back to the original file, and the inline suppression comments
(`checker.inputs.directives`). Malformed input raises `InputError` with one line naming the
file.
"""

from __future__ import annotations

import os

from checker.document import Document
from checker.record import field, record

READERS = {
    ".md": "markdown", ".markdown": "markdown",
    ".html": "html", ".htm": "html",
    ".json": "jsonarticle",
}


def format_of(name: str) -> str:
    """The reader module for a file name: plain, markdown, html or jsonarticle."""
    return READERS.get(os.path.splitext(name)[1].lower(), "plain")


@record
class Parsed:
    """What a markup reader gives: the analysed text, its blocks with kind hints, the map back
    to the source, the suppression directives and the problems found in them."""

    text: str
    units: list  # (start, end, kind hint or None) per block of the analysed text
    source: object  # SourceMap
    directives: list = field(default_factory=list)  # checker.inputs.directives.Directive
    dateline_given: bool = False  # the markup named the dateline; do not look for one


def load(path: str, raw_text: str) -> Document:
    """A Document for one input, read by the parser its name's extension picks."""
    kind = format_of(path)
    if kind == "plain":
        from checker.inputs.plain import document

        return document(raw_text, path)
    import importlib

    reader = importlib.import_module(f"checker.inputs.{kind}")
    parsed: Parsed = reader.parse(raw_text, path)
    from checker.inputs.blocks import build_blocks
    from checker.inputs.directives import suppressions

    blocks = build_blocks(parsed.text, parsed.units, parsed.dateline_given)
    doc = Document(parsed.text, path, blocks, source=parsed.source)
    doc.suppressions = suppressions(doc, parsed)
    return doc


def check_source(path: str, raw_text: str, settings=None):
    """Read one input by its name and check it, inline suppressions applied:
    returns (document, findings)."""
    from checker.engine import check_document

    doc = load(path, raw_text)
    findings = check_document(doc, settings)
    if doc.suppressions:
        from checker.suppress import apply

        findings = apply(doc, findings, doc.suppressions, settings)
    return doc, findings
