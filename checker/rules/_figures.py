"""Shared helpers for the money and percentage rules: rounding-aware compatibility and the
"definite back-reference" pairing ("the $4.3 billion deal" refers to the deal already stated).
"""

from __future__ import annotations

from collections import defaultdict

from checker.findings import Finding
from checker.rules._compare import compatible, odd_one_out, spans_for

# Flags that say a figure is not a plain statement of the fact's value.
NOT_A_STATEMENT = frozenset({"range", "prior", "update", "rate"})
# How many earlier figures a reference is compared with (the nearest): an article states a
# few dozen; the cap keeps hostile inputs with thousands of figures linear.
MAX_SCAN = 300


def agree(a, b) -> bool:
    """Can two figures (see checker.mentions.figures.Figure) state the same value?

    Hedge intervals as for counts; besides, the less precise figure may be a rounding of the
    other at its stated precision ("$3.5bn" and "$3.46bn", "54%" and "54.2%").
    """
    if compatible(a.q, b.q):
        return True
    room = max(a.half_unit, b.half_unit)
    return a.q.lo - room <= b.q.hi and b.q.lo - room <= a.q.hi


def back_references(figs, is_reference, antecedent_fits, max_ratio=None, summary_of=None,
                    not_statement=NOT_A_STATEMENT):
    """Pairs (reference, [antecedents]) where a reference disagrees with the one value the
    other statements of its fact give.

    A definite reference in the body ("the $4.3 billion deal") is compared with earlier
    figures; a figure in a headline or caption for which `summary_of(f)` is true, with the
    body's figures. A reference with no fitting antecedent, with an antecedent it agrees
    with, or whose fitting antecedents disagree among themselves (which one does it refer
    to?) gives none. `max_ratio` (a number, or a function of reference and antecedent) bounds
    how far apart the two values may be; antecedents flagged `not_statement` are skipped.
    """
    for i, r in enumerate(figs):
        if summary_of is not None and summary_of(r):
            pool = [a for a in figs[i + 1:i + 1 + MAX_SCAN] if not summary_of(a)]
        elif is_reference(r):
            pool = figs[max(0, i - MAX_SCAN):i]  # figs are in text order
        else:
            continue
        cands = []
        for a in pool:
            if a.q.sentence == r.q.sentence or a.per or a.q.flags & not_statement:
                continue
            if a.other_time or not antecedent_fits(r, a):
                continue
            ratio = max_ratio(r, a) if callable(max_ratio) else max_ratio
            if ratio and not _within_ratio(a.q.value, r.q.value, ratio):
                continue
            cands.append(a)
        if not cands or any(agree(a, r) for a in cands):
            continue
        # The value was stated elsewhere, in any use ("raised the bid to $3.8bn", then "the
        # $3.8bn deal"): the reference repeats a figure the story gave, not a slip.
        if any(a.q.unit == r.q.unit and agree(a, r) for a in pool):
            continue
        if len({(a.q.hedge, a.q.value) for a in cands}) != 1:
            continue
        yield r, cands


def lone_in_sentence(figs, key=lambda f: f.q.sentence):
    """Figures that are the only one of their key (sentence, or sentence and currency) in
    their sentence: "£30m, £40m or £50m" is a list of possibilities, not one amount."""
    counts: dict = {}
    for f in figs:
        k = key(f)
        counts[k] = counts.get(k, 0) + 1
    return {id(f) for f in figs if counts[key(f)] == 1}


def _within_ratio(x: float, y: float, ratio: float) -> bool:
    if x <= 0 or y <= 0:
        return False
    return max(x, y) / min(x, y) <= ratio


def findings_for(doc, rule_id, severity, pairs, describe, what, help_text):
    """One finding per disagreeing group: spans[0] the odd one out, message naming every
    side with where it stands."""
    sentences = doc.sentences

    def segment(f):
        return sentences[f.q.sentence].kind

    seen: set[frozenset] = set()
    for r, cands in pairs:
        key = frozenset(f.q.start for f in [r, *cands])
        if key in seen:
            continue
        seen.add(key)
        by_value: dict[tuple, list] = defaultdict(list)
        for f in sorted([r, *cands], key=lambda f: f.q.start):
            by_value[(f.q.hedge, f.q.value)].append(f)
        groups = list(by_value.values())
        primary = odd_one_out(groups, segment)
        order = [primary] + [i for i in range(len(groups)) if i != primary]
        sides = "; ".join(f"{doc.where(groups[i][0].q.start)} says {describe(groups[i][0])}"
                          for i in order)
        yield Finding(
            rule=rule_id,
            severity=severity,
            message=f"Inconsistent {what}: {sides}",
            spans=_spans(groups, primary, doc, describe),
            help=help_text,
        )


def _spans(groups, primary, doc, describe):
    return spans_for(groups, primary, lambda f: f"{doc.where(f.start)}: {describe(f)}")
