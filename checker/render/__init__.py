"""Output formats. Each lives in its own module with `render(results, **options) -> str`,
where `results` is a list of (Document, findings); the machine formats derive from
`checker.render.json.report()`. Modules are imported only when their format is asked for,
so a plain run does not pay for SARIF or JSON."""

from __future__ import annotations

import importlib

# --format name -> module under checker.render
FORMATS = {
    "full": "text",
    "concise": "concise",
    "json": "json",
    "json-lines": "jsonlines",
    "sarif": "sarif",
    "github": "github",
    "rdjson": "rdjson",
}
ALIASES = {"text": "full", "jsonl": "json-lines"}


def renderer(name: str):
    """The `render` function of a format (or alias)."""
    name = ALIASES.get(name, name)
    return importlib.import_module(f"checker.render.{FORMATS[name]}").render


def byte_column(doc, line: int, column: int) -> int:
    """1-based UTF-8 byte column of a 1-based character column on a 1-based line."""
    return len(doc.line_text(line)[:column - 1].encode("utf-8")) + 1
