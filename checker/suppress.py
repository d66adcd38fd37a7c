"""Inline suppressions: the filter step between the rules and rendering.

A reader that understands comments (HTML and Markdown `<!-- factcheck: ignore rule-id -->`,
`<!-- factcheck: disable rule-id -->` ... `<!-- factcheck: enable rule-id -->`) turns each
comment into a `Suppression`: the rule ids it names and the range of the DOCUMENT text
(0-based character offsets, end exclusive) that it covers; the next block for `ignore`, up to
the matching `enable` (or the end of the text) for `disable`. It then calls

    findings = apply(doc, findings, suppressions, settings)

which drops every finding whose rule the suppression names and which has ANY of its spans
starting inside the range (a discrepancy is a pair of statements; an editor who vouches for
one side has answered the finding), and adds one `unused-suppression` finding (info) for each
rule id that suppressed nothing, so stale comments get cleaned up. Rule ids are required: a
suppression with none names nothing and is reported as unused. A rule id that no rule has is
reported too; a rule that this run does not enable (`select`/`ignore`) is not, since another
configuration may enable it.

The unused-suppression finding points at `Suppression.anchor` (offsets in the document text,
e.g. the comment's own span if the reader keeps it in the text, or the start of the range it
covers) and obeys the configuration like a rule: `ignore = ["unused-suppression"]` silences
it and `severity` can raise it.
"""

from __future__ import annotations

from checker.findings import INFO, Finding, Span
from checker.record import record

ID = "unused-suppression"
SEVERITY = INFO
SUMMARY = "An inline `factcheck: ignore/disable` comment that suppressed nothing."
DOC = """unused-suppression: a suppression comment that no longer suppresses anything.

What it catches:
    An HTML or Markdown comment `<!-- factcheck: ignore rule-id -->` (or a
    `disable` ... `enable` range) naming a rule that reports nothing where the comment
    applies, or naming a rule id that does not exist.

Why it matters:
    A suppression outlives the discrepancy it excused. Left in place it silently hides the
    next, real discrepancy in that paragraph.

Example:
    <!-- factcheck: ignore count-mismatch -->
    <p>Seven people died ...</p>      (the headline was fixed; nothing is suppressed)

What it leaves alone:
    Suppressions for rules this run does not enable (`select`/`ignore`), since another
    configuration may run them.
"""


@record(frozen=True)
class Suppression:
    rules: tuple[str, ...]  # rule ids the comment names
    start: int  # document-text range covered, end exclusive
    end: int
    anchor: tuple[int, int] | None = None  # where an unused-suppression finding points
    kind: str = "ignore"  # "ignore" (next block) or "disable" (a range), for messages

    def covers(self, f: Finding) -> bool:
        return f.rule in self.rules and any(self.start <= s.start < self.end for s in f.spans)


def known_rule_ids() -> set[str]:
    from checker.rules import registry

    return set(registry()) | {ID}


def apply(doc, findings: list[Finding], suppressions, settings=None) -> list[Finding]:
    """`findings` minus those suppressed, plus unused-suppression findings; sorted."""
    if not suppressions:
        return findings
    known = known_rule_ids()
    used: set[tuple[int, str]] = set()
    kept = []
    for f in findings:
        hit = [i for i, s in enumerate(suppressions) if s.covers(f)]
        for i in hit:
            used.add((i, f.rule))
        if not hit:
            kept.append(f)
    report_unused = settings is None or settings.enabled(ID)
    severity = (settings.severity.get(ID, SEVERITY) if settings is not None else SEVERITY)
    for i, s in enumerate(suppressions):
        if not report_unused:
            break
        names = s.rules or ("",)
        for rid in names:
            if (i, rid) in used:
                continue
            if rid in known and rid != ID and settings is not None and not settings.enabled(rid):
                continue
            a_start, a_end = s.anchor or (s.start, s.start)
            where = doc.where(a_start)
            if not rid:
                why = "names no rule id (rule ids are required)"
            elif rid not in known:
                why = f"names unknown rule {rid!r}"
            else:
                why = f"suppressed no {rid} finding"
            kept.append(Finding(
                ID, severity, f"Unused suppression in {where}: `{s.kind}` {why}",
                [Span(a_start, a_end, f"{s.kind} {rid}".rstrip())],
                help="Remove the comment, or fix the rule id it names.",
            ))
    kept.sort(key=Finding.sort_key)
    return kept


def all_rules() -> list[tuple[str, str, str, str]]:
    """(id, default severity, summary, documentation) of every registered rule, then
    unused-suppression, which reports like a rule though no module under checker/rules is it."""
    from checker.rules import registry

    rules = [(r.id, r.severity, r.summary, r.doc) for r in registry().values()]
    rules.append((ID, SEVERITY, SUMMARY, DOC.strip()))
    return rules
