"""GitHub Actions workflow commands: one annotation per finding, on the primary span.

    ::error file=a.txt,line=8,col=113,endLine=8,endColumn=135,title=factcheck (count-mismatch)::message

error -> `::error`, warning -> `::warning`, info -> `::notice`. As GitHub documents for
workflow commands, the message escapes `%` as %25, CR as %0D and LF as %0A; property values
escape those and also `:` as %3A and `,` as %2C. Columns count characters, 1-based; endColumn
is the column just after the span, as in the `json` format's `end_column`."""

from __future__ import annotations

from checker.render.json import report

COMMAND = {"error": "error", "warning": "warning", "info": "notice"}


def escape_data(s: str) -> str:
    return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(s: str) -> str:
    return escape_data(s).replace(":", "%3A").replace(",", "%2C")


def render(results, **_) -> str:
    out = []
    for file in report(results)["files"]:
        for f in file["findings"]:
            p = f["spans"][0]
            props = {
                "file": file["path"], "line": p["line"], "col": p["column"],
                "endLine": p["end_line"], "endColumn": p["end_column"],
                "title": f"factcheck ({f['rule']})",
            }
            prop_text = ",".join(f"{k}={escape_property(str(v))}" for k, v in props.items())
            out.append(f"::{COMMAND[f['severity']]} {prop_text}::{escape_data(f['message'])}\n")
    return "".join(out)
