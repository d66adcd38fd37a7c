"""One line per finding, for grep, editors and problem matchers:

    path:line:col: severity rule-id message

line and col (1-based, the column in characters) are those of the primary span, the odd one
out. No summary line, so every line of the output has the same shape."""

from __future__ import annotations

from checker.render.json import report


def render(results, **_) -> str:
    lines = []
    for file in report(results)["files"]:
        for f in file["findings"]:
            p = f["spans"][0]
            message = " ".join(f["message"].split())  # one line, whatever the message holds
            lines.append(f"{file['path']}:{p['line']}:{p['column']}: {f['severity']} "
                         f"{f['rule']} {message}")
    return "".join(line + "\n" for line in lines)
