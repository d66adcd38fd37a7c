"""reviewdog's Diagnostic format (rdjson), for `reviewdog -f=rdjson`.

One `DiagnosticResult` object: `source`, and one diagnostic per finding with `message`,
`severity` (ERROR / WARNING / INFO), `code.value` (the rule id), `location` (the primary
span) and `related_locations` (the other sides, each with its label as message).
Positions are 1-based lines and 1-based columns counted in UTF-8 BYTES, as reviewdog
requires ("Café" puts the next character at byte column 6, not 5); range ends are exclusive.
"""

from __future__ import annotations

import json

from checker.render import byte_column
from checker.render.json import report

SEVERITY = {"error": "ERROR", "warning": "WARNING", "info": "INFO"}


def _location(doc, path: str, span: dict) -> dict:
    return {"path": path, "range": {
        "start": {"line": span["line"],
                  "column": byte_column(doc, span["line"], span["column"])},
        "end": {"line": span["end_line"],
                "column": byte_column(doc, span["end_line"], span["end_column"])},
    }}


def diagnostics(results) -> list[dict]:
    out = []
    for (doc, _), file in zip(results, report(results)["files"]):
        path = file["path"]
        for f in file["findings"]:
            primary, *others = f["spans"]
            d = {
                "message": f["message"],
                "location": _location(doc, path, primary),
                "severity": SEVERITY[f["severity"]],
                "code": {"value": f["rule"]},
            }
            if others:
                d["related_locations"] = [
                    {"message": s["label"] or s["text"], "location": _location(doc, path, s)}
                    for s in others
                ]
            out.append(d)
    return out


def render(results, **_) -> str:
    result = {"source": {"name": "factcheck"}, "diagnostics": diagnostics(results)}
    return json.dumps(result, ensure_ascii=False, indent=2) + "\n"
