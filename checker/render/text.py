"""Human output in the style of ruff's multi-span diagnostics.

    seed.txt:8:113: error[count-mismatch] Inconsistent count: caption says ...
      |
    8 | ... At least three rockets targeted the U.S. Embassy ...
      |     ^^^^^^^^^^^^^^^^^^^^^^ caption: at least 3 rockets
      |
    13 | ... fired at least eight rockets, injuring ...
      |           ^^^^^^^^^^^^^^^^^^^^^^ body, paragraph 2: at least 8 rockets
      = help: Make these figures agree ...

Long lines are cut to a window around the span so the caret stays on screen.
"""

from __future__ import annotations

from checker.findings import ERROR, INFO, WARNING
from checker.render.json import summary

WIDTH = 100
_COLORS = {ERROR: "red", WARNING: "yellow", INFO: "blue"}


def _window(line: str, col0: int, length: int) -> tuple[str, int]:
    """A slice of `line` at most WIDTH wide that shows [col0, col0+length); returns the
    shown text and the caret's column in it."""
    if len(line) <= WIDTH:
        return line, col0
    length = min(length, WIDTH - 20)
    start = max(0, min(col0 - (WIDTH - length) // 2, len(line) - WIDTH))
    shown = line[start:start + WIDTH]
    prefix = ""
    if start > 0:
        prefix = "..."
        shown = shown[3:]
        start += 3
    suffix = "..." if start + len(shown) < len(line) else ""
    if suffix:
        shown = shown[:-3]
    return prefix + shown + suffix, col0 - start + len(prefix)


def render_finding(doc, f, color: bool = False) -> str:
    spans = [doc.to_source(s.start, s.end) for s in f.spans]  # offsets of the original file
    line, col = doc.line_col(spans[0][0])
    sev = f.severity
    head = f"{doc.path}:{line}:{col}: {sev}[{f.rule}] {f.message}"
    if color:
        head = (f"[bold]{_esc(doc.path)}:{line}:{col}:[/] [bold {_COLORS[sev]}]{sev}"
                f"[{f.rule}][/] {_esc(f.message)}")
    width = max(len(str(doc.line_col(start)[0])) for start, _ in spans)
    pad = " " * width
    out = [head]
    for s, (start, end) in zip(f.spans, spans):
        ln, c = doc.line_col(start)
        text = doc.line_text(ln)
        end_ln, end_c = doc.line_col(end)
        length = (end_c - c) if end_ln == ln else len(text) - c + 1
        shown, caret_col = _window(text, c - 1, max(1, length))
        shown = shown.replace("\t", " ")  # after the window: a long line is not copied per span
        caret = " " * caret_col + "^" * max(1, min(length, WIDTH)) + (" " + s.label if s.label else "")
        if color:
            shown, caret = _esc(shown), f"[{_COLORS[sev]}]{_esc(caret)}[/]"
        out += [f"{pad} |", f"{ln:>{width}} | {shown}", f"{pad} | {caret}"]
    if f.help:
        out.append(f"{pad} = help: {_esc(f.help) if color else f.help}")
    return "\n".join(out)


def _esc(s: str) -> str:
    return s.replace("[", r"\[")


def footer(results, unchecked: int = 0) -> str:
    """The summary line. `unchecked`: inputs that could not be checked (missing, unreadable;
    each named on stderr): the line says so, so that "No discrepancies found" is never all
    it says of a run that left a file out."""
    s = summary(results)
    parts = []
    for key, word in (("errors", "error"), ("warnings", "warning"), ("infos", "info")):
        n = s[key]
        if n:
            parts.append(f"{n} {word}{'s' if n != 1 and word != 'info' else ''}")
    left_out = f"{unchecked} input{'s' if unchecked != 1 else ''} could not be checked"
    if unchecked and not s["files"]:
        return f"0 files checked; {left_out}."
    files = f"{s['files']} file{'s' if s['files'] != 1 else ''}"
    line = f"Found {', '.join(parts)} in {files}" if parts else f"No discrepancies found in {files}"
    return f"{line}; {left_out}." if unchecked else f"{line}."


def render(results, color: bool = False, unchecked: int = 0) -> str:
    blocks = [render_finding(doc, f, color) for doc, findings in results for f in findings]
    blocks.append(footer(results, unchecked))
    return "\n\n".join(blocks) + "\n"
