"""The versioned JSON report (schema in README.md, "JSON output"). Other machine formats
derive from `report()`."""

from __future__ import annotations

from checker.findings import ERROR, INFO, WARNING

VERSION = 1


def span_dict(doc, span) -> dict:
    """A span as reported: offsets, lines, columns and text of the ORIGINAL file (for HTML,
    Markdown and JSON input, the markup source, via `doc.to_source`)."""
    start, end = doc.to_source(span.start, span.end)
    line, col = doc.line_col(start)
    end_line, end_col = doc.line_col(end)
    return {
        "start": start, "end": end, "line": line, "column": col,
        "end_line": end_line, "end_column": end_col,
        "text": doc.source_text[start:end], "segment": _segment(doc, span.start),
        "label": span.label,
    }


def _segment(doc, offset: int) -> str:
    b = doc.block_at(offset)
    return b.kind if b else "body"


def finding_dict(doc, f) -> dict:
    return {
        "rule": f.rule, "severity": f.severity, "message": f.message,
        "spans": [span_dict(doc, s) for s in f.spans], "help": f.help,
    }


def summary(results) -> dict:
    counts = {ERROR: 0, WARNING: 0, INFO: 0}
    for _, findings in results:
        for f in findings:
            counts[f.severity] += 1
    return {"files": len(results), "errors": counts[ERROR], "warnings": counts[WARNING],
            "infos": counts[INFO]}


def report(results) -> dict:
    """results: list of (Document, findings)."""
    return {
        "version": VERSION,
        "files": [{"path": doc.path, "findings": [finding_dict(doc, f) for f in findings]}
                  for doc, findings in results],
        "summary": summary(results),
    }


def render(results) -> str:
    import json  # here, not at the top: the text report reads `summary` and never needs it

    return json.dumps(report(results), ensure_ascii=False, indent=2) + "\n"
