"""SARIF 2.1.0, for GitHub code scanning and other SARIF viewers.

One run. `tool.driver` names factcheck with its version and lists every rule (id, short
description, the rule's "What it catches" as full description, its whole documentation as
help, and its default level). Each finding is a result with `ruleId`, `ruleIndex`, `level`
(error / warning / note), the message, the primary span as its one `locations` entry and the
other sides as `relatedLocations` (with ids and their labels as messages). Regions carry
startLine, startColumn, endLine, endColumn (endColumn just past the span), charOffset and
charLength; `columnKind` is unicodeCodePoints, the unit of every column and offset here.
`partialFingerprints` carries the baseline fingerprint (rule + span texts, no offsets), so
code scanning tracks a finding across edits elsewhere in the article.
"""

from __future__ import annotations

import json
import os
from urllib.parse import quote

from checker import __version__
from checker.render.json import report

SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
INFORMATION_URI = "https://example.org/factcheck"  # placeholder until the project has a public home
LEVEL = {"error": "error", "warning": "warning", "info": "note"}


def section(doc: str, name: str) -> str:
    """The text of a docstring section ("What it catches:"), dedented and joined."""
    lines = doc.splitlines()
    out: list[str] = []
    inside = False
    for line in lines:
        if line.strip() == name:
            inside = True
            continue
        if inside:
            if line and not line[0].isspace():
                break
            out.append(line.strip())
    return " ".join(" ".join(out).split())


def rule_descriptors() -> list[dict]:
    from checker.suppress import all_rules

    return [{
        "id": rid,
        "name": rid,
        "shortDescription": {"text": summary},
        "fullDescription": {"text": section(doc, "What it catches:") or summary},
        "help": {"text": doc},
        "defaultConfiguration": {"level": LEVEL[severity]},
    } for rid, severity, summary, doc in all_rules()]


def artifact_uri(path: str) -> str:
    if os.path.isabs(path):
        return "file://" + quote(path.replace(os.sep, "/"))
    return quote(path.replace(os.sep, "/"))


def _physical(uri: str, span: dict) -> dict:
    return {
        "artifactLocation": {"uri": uri},
        "region": {
            "startLine": span["line"], "startColumn": span["column"],
            "endLine": span["end_line"], "endColumn": span["end_column"],
            "charOffset": span["start"], "charLength": span["end"] - span["start"],
            "snippet": {"text": span["text"]},
        },
    }


def log(results) -> dict:
    from checker.baseline import fingerprint

    rules = rule_descriptors()
    index = {r["id"]: i for i, r in enumerate(rules)}
    out = []
    for (doc, findings), file in zip(results, report(results)["files"]):
        uri = artifact_uri(file["path"])
        for finding, f in zip(findings, file["findings"]):
            primary, *others = f["spans"]
            result = {
                "ruleId": f["rule"],
                "level": LEVEL[f["severity"]],
                "message": {"text": f["message"]},
                "locations": [{"physicalLocation": _physical(uri, primary)}],
                "partialFingerprints": {"factcheck/v1": fingerprint(doc, finding)},
            }
            if f["rule"] in index:
                result["ruleIndex"] = index[f["rule"]]
            if others:
                result["relatedLocations"] = [
                    {"id": i, "message": {"text": s["label"] or s["text"]},
                     "physicalLocation": _physical(uri, s)}
                    for i, s in enumerate(others, start=1)
                ]
            out.append(result)
    return {
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {
                "name": "factcheck", "version": __version__,
                "informationUri": INFORMATION_URI, "rules": rules,
            }},
            "columnKind": "unicodeCodePoints",
            "results": out,
        }],
    }


def render(results, **_) -> str:
    return json.dumps(log(results), ensure_ascii=False, indent=2) + "\n"
