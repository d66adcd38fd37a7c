"""percentage-arithmetic: a stated percentage that the stated figures do not give.

What it catches:
    A change or a share whose percentage does not follow from the two figures stated with
    it: "rose from €1,250 to €1,500, a 25 percent increase" (it is 20%); "fell from 820 in
    2023 to 615 last year, a drop of 15%" (25%); "1,200 of the 4,000 workers, or 40 percent"
    (30%); "312,000 of the 480,000 registered voters cast ballots, a turnout of 72 percent"
    (65%); "fell to 615 last year, down 15% from 820" (25%).

Why it matters:
    Readers and fact-checkers redo this arithmetic. A wrong percentage next to the figures it
    was computed from is visibly wrong, and usually means one of the three figures is wrong.

Example:
    "Road deaths fell from 820 in 2023 to 615 last year, a drop of 15%, police said"

Compatibility semantics:
    A change is (new - old) / old; its size is compared with the stated percentage (the
    direction words are not checked). A share is part / whole. The stated percentage may be
    rounded: it agrees when the computed value lies within its hedge interval ("about",
    "nearly", "more than" widen it as for counts) widened by `tolerance` percentage points
    (option, default 1.0) or by `relative_tolerance` of the stated value (option, default
    0.03), whichever is larger. Figures written with decimals or scale words ("1.2 million")
    are taken as rounded too, and the check allows any value they could round from. Only
    relations the text states outright are checked (see checker/mentions/relations.py): the
    percentage must be attached to the figures ("..., a 25 percent increase", ", or 40
    percent", "a turnout of 72 percent", "rose 5% from £2bn to £2.1bn", "615, down 15% from
    820").

What it leaves alone:
    Rounding ("about 50%" for 49.6%, "33%" for 33.3%); words instead of percentages ("nearly
    doubled", "about half"); percentage points ("fell 1.2 percentage points to 2.3%"); changes
    between two percentages ("from 40% to 50%": points or relative, the text does not say);
    hedged figures ("from about 800 to 615"); years ("from 2019 to 2021"); percentages in the
    same sentence that are not attached to the figures, or of another whole ("or 40% of the
    plant's shifts").
"""

from __future__ import annotations

from checker.findings import Finding, Span
from checker.rules._compare import fmt_number

ID = "percentage-arithmetic"
SEVERITY = "error"
SUMMARY = "A stated percentage change or share does not follow from the figures stated with it."

DEFAULT_TOLERANCE = 1.0  # percentage points
DEFAULT_RELATIVE_TOLERANCE = 0.03


def _agrees(pct, lo_true: float, hi_true: float, options) -> bool:
    tol = max(options.get("tolerance", DEFAULT_TOLERANCE),
              options.get("relative_tolerance", DEFAULT_RELATIVE_TOLERANCE) * pct.value)
    return pct.lo - tol <= hi_true and lo_true <= pct.hi + tol


def _change_range(c) -> tuple[float, float]:
    """Smallest and largest size of the change the (possibly rounded) figures allow."""
    vals = []
    for old in (c.old.value - c.old_exact, c.old.value + c.old_exact):
        for new in (c.new.value - c.new_exact, c.new.value + c.new_exact):
            if old > 0:
                vals.append(abs(new - old) / old * 100)
    lo, hi = min(vals), max(vals)
    if (c.old.value - c.old_exact - (c.new.value + c.new_exact)) * \
            (c.old.value + c.old_exact - (c.new.value - c.new_exact)) <= 0:
        lo = 0.0  # the rounded figures could be equal
    return lo, hi


def check(doc, mentions, options):
    rel = mentions.relations
    text = doc.text
    for c in rel.changes:
        lo, hi = _change_range(c)
        if not _agrees(c.percent, lo, hi, options):
            true = abs(c.new.value - c.old.value) / c.old.value * 100
            yield _finding(doc, c.percent, min(c.old.start, c.new.start),
                           max(c.old.end, c.new.end), true,
                           f"from {text[c.old.start:c.old.end]} to "
                           f"{text[c.new.start:c.new.end]} is a change of",
                           "the two figures it was computed from")
    for s in rel.shares:
        true = s.part.value / s.whole.value * 100
        if not _agrees(s.percent, true, true, options):
            yield _finding(doc, s.percent, s.part.start, s.whole.end, true,
                           f"{fmt_number(s.part.value)} of {fmt_number(s.whole.value)} is",
                           "the part and the whole")


def _finding(doc, pct, start, end, true, computed, figures) -> Finding:
    stated = doc.text[pct.start:pct.end]
    return Finding(
        rule=ID,
        severity=SEVERITY,
        message=(f"Percentage does not match its figures ({doc.where(pct.start)}): "
                 f"{computed} {_pct(true)}, not {stated}"),
        spans=[Span(pct.start, pct.end, f"stated: {stated}"),
               Span(start, end, f"computed: {_pct(true)}")],
        help=f"Recompute the percentage, or check {figures}.",
    )


def _pct(v: float) -> str:
    return f"{v:.1f}%".replace(".0%", "%")
