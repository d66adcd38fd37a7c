"""Plain-text articles (`.txt` and any extension not recognised): the text is analysed as it
is stored, so offsets in findings index the file directly and the Document classifies its
own lines (headline, caption, dateline, body, boilerplate; see `checker.segments`)."""

from __future__ import annotations

from checker.document import Document


def document(text: str, path: str = "<text>") -> Document:
    return Document(text, path)
