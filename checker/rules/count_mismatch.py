"""count-mismatch: the same count stated two incompatible ways.

What it catches:
    Two statements of how many of the same thing there were, in the same story, that cannot
    both be true: a caption's "At least three rockets" against the body's "at least eight
    rockets"; a headline's "6 dead" against the body's "seven people died".

Why it matters:
    Counts are the figures readers check first and the most common reason for a correction.
    A caption or headline written from an early draft keeps the old figure after the body is
    updated.

Example:
    caption: "At least three rockets targeted the U.S. Embassy ..."
    body:    "... an outlawed group fired at least eight rockets ..."

Compatibility semantics:
    Counts are grouped by what is counted: the head noun's lemma ("rockets" -> rocket) and,
    when the text says so, what happened to it (dead, injured, missing, arrested, evacuated,
    rescued; "6 dead", "killing seven people" and "seven people died" are all counts of dead
    people). Modifiers must not contradict ("three British soldiers" and "five American
    soldiers" are two groups). A hedge turns a figure into an interval: "at least n" and
    "more than n" are [n, inf); "nearly n" is [0.8n, n]; "about n" is n +/- 15%; "up to n",
    "fewer than n" are [0, n]. Two figures with the SAME hedge conflict when their values
    differ (two "at least" tolls for one attack are two different claims); figures with
    DIFFERENT hedges conflict only when their intervals do not overlap ("more than 60" and
    63 agree; "at least 3" and 8 agree; "at least 8" and 3 do not).
    Two figures are taken to be the same fact when one stands in the headline, caption or
    dateline and the other in the body, and the body states only one figure for that thing;
    or when both stand in the body with the same hedge, in sentences that share at least two
    other content words, and neither sentence refers to another time or reports a change.

What it leaves alone:
    Updated tolls ("rose to 23"), prior values ("up from 12"), partitives ("two of the
    missiles"), parts of a total ("including three children"), increments ("three more",
    "another four"), ranges ("between 30 and 40"), rates ("two a day"), figures in the same
    sentence (a sentence that names two counts is contrasting them), counts in sentences that
    refer to another time ("last year", "in 2019"), and everything in boilerplate. Years,
    dates, times, ages, money, percentages, measures, scores and model or route numbers are
    not counts at all (see checker/mentions/quantities.py).
"""

from __future__ import annotations

from collections import defaultdict

from checker.findings import Finding
from checker.mentions.quantities import COUNT
from checker.rules._compare import (
    SUMMARY_SEGMENTS, compatible, fmt_number, odd_one_out, spans_for,
)

ID = "count-mismatch"
SEVERITY = "error"
SUMMARY = "The same count (of rockets, dead, miners...) is stated two incompatible ways."

_GENERIC_PEOPLE = {"person", "people", "resident", "civilian"}


def _key(q) -> tuple[str, str]:
    head = q.unit
    if q.event and head in _GENERIC_PEOPLE:
        head = "person"
    return (q.event, head)


def _mods_clash(a, b) -> bool:
    return bool(a.modifiers and b.modifiers and not set(a.modifiers) & set(b.modifiers))


def _describe(q) -> str:
    hedge = f"{q.hedge} " if q.hedge else ""
    thing = q.unit if q.value == 1 else _plural(q.unit)
    if q.event and q.unit == "person":
        thing = q.event
    return f"{hedge}{fmt_number(q.value)} {thing}"


def _plural(noun: str) -> str:
    irregular = {"person": "people", "child": "children", "man": "men", "woman": "women"}
    if noun in irregular:
        return irregular[noun]
    if noun.endswith("y") and noun[-2:-1] not in "aeiou":
        return noun[:-1] + "ies"
    if noun.endswith(("s", "x", "ch", "sh")):
        return noun + "es"
    return noun + "s"


def check(doc, mentions, options):
    sentences = doc.sentences

    def segment(q) -> str:
        return sentences[q.sentence].kind

    groups: dict[tuple[str, str], list] = defaultdict(list)
    for q in mentions.quantities:
        if q.kind == COUNT and q.is_total:
            groups[_key(q)].append(q)

    for key, qs in groups.items():
        if len(qs) < 2:
            continue
        body = [q for q in qs if segment(q) not in SUMMARY_SEGMENTS]
        body_single = len({(q.hedge, q.value) for q in body}) == 1
        conflicts: list[tuple] = []
        for i, a in enumerate(qs):
            for b in qs[i + 1:]:
                if a.sentence == b.sentence or compatible(a, b) or _mods_clash(a, b):
                    continue
                if _same_fact(a, b, segment, body_single):
                    conflicts.append((a, b))
        if not conflicts:
            continue
        involved = {id(q): q for pair in conflicts for q in pair}
        # Partition the involved statements by what they say.
        by_value: dict[tuple, list] = defaultdict(list)
        for q in sorted(involved.values(), key=lambda q: q.start):
            by_value[(q.hedge, q.value)].append(q)
        parts = list(by_value.values())
        primary = odd_one_out(parts, segment)
        order = [primary] + [i for i in range(len(parts)) if i != primary]
        sides = "; ".join(
            f"{doc.where(parts[i][0].start)} says {_describe(parts[i][0])}" for i in order
        )
        yield Finding(
            rule=ID,
            severity=SEVERITY,
            message=f"Inconsistent count: {sides}",
            spans=spans_for(parts, primary, lambda q: f"{doc.where(q.start)}: {_describe(q)}"),
            help="Make these figures agree, or say what changed (\"rose to\", \"later\").",
        )


def _same_fact(a, b, segment, body_single: bool) -> bool:
    sa, sb = segment(a), segment(b)
    a_sum, b_sum = sa in SUMMARY_SEGMENTS, sb in SUMMARY_SEGMENTS
    if a_sum != b_sum:
        return body_single and not ({"timeshift"} & (a.flags | b.flags))
    if a_sum and b_sum:
        return True
    if a.hedge != b.hedge:
        return False
    if (a.flags | b.flags) & {"timeshift", "change"}:
        return False
    shared = (a.context & b.context) - {a.unit, _plural(a.unit)}
    return len(shared) >= 2
