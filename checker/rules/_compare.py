"""Shared helpers for rules that compare figures: compatibility, odd-one-out, wording."""

from __future__ import annotations

from checker.findings import Span

SUMMARY_SEGMENTS = ("headline", "caption", "dateline", "pullquote", "standfirst")

# Rules compare the figures of one key (one counted thing, one currency...) pairwise. Real
# articles state at most a handful per key (6 in 2,225 BBC articles); a group larger than this
# is a table, a list or hostile input, not restatements of one fact, and is left alone so that
# checking stays linear in the text (10,000 mentions of one noun must not cost 10,000 squared).
MAX_GROUP = 32


def comparable(group: list) -> bool:
    """Whether a rule should compare this key's figures pairwise: 2 to MAX_GROUP of them."""
    return 2 <= len(group) <= MAX_GROUP


def fmt_number(v: float) -> str:
    if v == int(v):
        return f"{int(v):,}"
    return f"{v:,.2f}".rstrip("0").rstrip(".")


def compatible(a, b, rel_tol: float = 0.0) -> bool:
    """Can two hedged figures both be true statements of the same fact?

    Same hedge: only if the values are equal (within rel_tol; "about" allows 15%), since two
    "at least" figures for one toll are two different claims. Different hedges: if their
    intervals overlap ("more than 60" and 63; "nearly 500" and 487).
    """
    if a.hedge == b.hedge:
        if a.hedge == "about":
            return abs(a.value - b.value) <= 0.15 * max(a.value, b.value) + 1
        return abs(a.value - b.value) <= rel_tol * max(abs(a.value), abs(b.value))
    return a.lo <= b.hi and b.lo <= a.hi


def odd_one_out(groups: list[list], segment_of) -> int:
    """Index of the group to report as primary: the minority; on a tie, the one stated in a
    headline or caption (summaries are where a slip is most visible and cheapest to fix)."""
    def key(i: int):
        g = groups[i]
        in_summary = any(segment_of(q) in SUMMARY_SEGMENTS for q in g)
        return (len(g), 0 if in_summary else 1, min(q.start for q in g))
    return min(range(len(groups)), key=key)


def spans_for(groups: list[list], primary: int, label_of) -> list[Span]:
    order = [primary] + [i for i in range(len(groups)) if i != primary]
    spans: list[Span] = []
    for i in order:
        for q in sorted(groups[i], key=lambda q: q.start):
            spans.append(Span(q.start, q.end, label_of(q)))
    return spans


def partition(items, value_of) -> list[list]:
    """The items grouped by what they say (value_of), groups and members in text order."""
    groups: dict = {}
    for q in sorted(items, key=lambda q: q.start):
        groups.setdefault(value_of(q), []).append(q)
    return list(groups.values())


def sides_text(doc, groups: list[list], primary: int, describe) -> str:
    """'headline says X; body, paragraph 2 says Y': each group's first statement, primary
    first."""
    order = [primary] + [i for i in range(len(groups)) if i != primary]
    return "; ".join(f"{doc.where(groups[i][0].start)} says {describe(groups[i][0])}"
                     for i in order)
