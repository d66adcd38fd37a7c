"""JSON Lines: one JSON object per finding, each the `json` format's finding object plus
`version` and `path`, no summary line. Easy to stream, grep and concatenate."""

from __future__ import annotations

import json

from checker.render.json import VERSION, report


def render(results, **_) -> str:
    out = []
    for file in report(results)["files"]:
        for f in file["findings"]:
            obj = {"version": VERSION, "path": file["path"], **f}
            out.append(json.dumps(obj, ensure_ascii=False, separators=(",", ":")) + "\n")
    return "".join(out)
