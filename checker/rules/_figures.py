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


_STOP_FRAME = frozenset("""of in on at to for from with by and or but the a an that which who
    was were is are be been has have had will would could should may might can said says say
    as than into this these those its their his her our it they he she we not also so over
    under about around up down out off just only even""".split())
_TWIN_RATIO = 2.0


def _content(words) -> int:
    return sum(1 for w in words if w not in _STOP_FRAME)


def _frames(f):
    """The frames two statements of one fact share: two content words right after the figure
    ("£35bn efficiency savings", "cut £45bn from public services"), the same words on both
    sides ("want £6m for the midfielder"), or a noun and its preposition right before it
    ("annual losses of £6m", "raising the threshold to £150,000")."""
    r, l = f.right_key, f.left_key
    if _content(r) >= 2:
        yield "r", r
    if r and l:
        yield "lr", (l, r)
    if len(l) == 2 and l[1] in _OF_TO and not l[0].endswith(("ed", "ing")):
        yield "l", l


# "losses of £6m", "the threshold to £150,000": a noun and the preposition giving its value
_OF_TO = frozenset({"of", "to", "at"})


def twins(figs, usable=lambda f: True):
    """Pairs (a, [b]): the only two figures of the story (same unit) framed by the same words,
    in different sentences, each the only figure of its unit in its sentence, neither about
    another time, a range or prior value, a rate per unit, both changes or both levels,
    within a factor of 2, disagreeing: one fact stated twice with two values."""
    lone = lone_in_sentence(figs, lambda f: (f.q.sentence, f.q.unit))
    groups: dict = defaultdict(list)
    for f in figs:
        for key in _frames(f):
            groups[(f.q.unit, key)].append(f)
    seen: set = set()
    for members in groups.values():
        if len(members) != 2:
            continue
        a, b = members
        if (id(a), id(b)) in seen or a.q.sentence == b.q.sentence:
            continue
        seen.add((id(a), id(b)))
        # a value both were raised or cut to ("raising the threshold to £150,000") is as much
        # one fact as a level; one moved and one not are two
        flags = NOT_A_STATEMENT - {"update"} if a.moved and b.moved else NOT_A_STATEMENT
        if not all(id(f) in lone and usable(f) and not f.per and not f.other_time
                   and not f.q.flags & flags for f in (a, b)):
            continue
        if (a.moved or a.change or b.change) and not a.names & b.names:
            continue  # "it reported a rise in profits to £280.2m", "Wimpey ... to £450.7m"
        if a.moved != b.moved or a.direction * b.direction < 0:
            continue  # (a direction unread on one side: '"cut" £35bn' against 'cut £45bn')
        if not _within_ratio(a.q.value, b.q.value, _TWIN_RATIO) or agree(a, b):
            continue
        yield b, [a]
