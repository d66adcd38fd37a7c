"""factcheck: find internal discrepancies between the figures and facts of a news article.

    >>> import checker
    >>> findings = checker.check("Ferry fire leaves 6 dead\\n\\nSeven people died ...")
    >>> [(f.rule, f.severity) for f in findings]

`check(text)` returns the findings for one article's text; `check_file(path)` reads a file
first. Each finding has `rule`, `severity`, `message` and `spans` (0-based, end-exclusive
character offsets into the text; `spans[0]` is the odd one out).
"""

from __future__ import annotations

__version__ = "0.1.0"
__all__ = ["check", "check_file", "Finding", "Span", "Settings", "InputError"]


def check(text: str, path: str = "<text>", settings=None):
    """Findings for one article's text."""
    from checker.engine import check_text

    return check_text(text, path, settings)[1]


def check_file(path: str, settings=None):
    """Read a UTF-8 file (raises InputError with a one-line message) and check it with the
    reader its extension picks (.html, .md, .json, else plain text), inline suppressions
    applied. Spans index the analysed text; `checker.inputs.load(path, text).to_source` maps
    them back to the file."""
    from checker.inputs import check_source
    from checker.read import read_source

    return check_source(path, read_source(path).text, settings)[1]


def __getattr__(name: str):
    if name in ("Finding", "Span"):
        from checker import findings
        return getattr(findings, name)
    if name == "Settings":
        from checker.engine import Settings
        return Settings
    if name == "InputError":
        from checker.read import InputError
        return InputError
    raise AttributeError(name)
