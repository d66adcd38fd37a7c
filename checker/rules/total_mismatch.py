"""total-mismatch: parts that do not fit the total they are stated for.

What it catches:
    A total and its stated breakdown that cannot both be right: "Eleven passengers were hurt,
    among them six children and seven adults" (13 parts of 11); "Of the 80 seats, the Unity
    Party won 41, the Green Alliance 27 and independents 15" (83 of 80); a body's size
    exceeded by its own vote ("The 15-member council voted 9 to 4 with three abstentions":
    16 votes); a split and its dissenters that disagree ("In a 6-3 decision ..." then "Four
    justices dissented", or far later "the 64 deputies who voted no" after "by 88 votes to
    61"); a part and "the other" part of a group that do not make the group ("52 guests ...
    fell ill. Paramedics treated 19 of them ... and took the other 37"); "Of the 27, 11 were
    hurt and 19 were unhurt"; "12 people were rescued: five children, four women and four
    men" (a colon before the parts); "Of the 30 candidates, 18 passed and 14 failed" (outcomes
    of one event that exclude each other: passed/failed, won/lost/drew, survived/died ...).

Why it matters:
    A breakdown is where a reader adds up; when the sum is wrong, one of the figures is wrong,
    and the reader cannot tell which. Vote splits are the figures of record of a ruling.

Example:
    "Eleven passengers were hurt, among them six children and seven adults"

Compatibility semantics:
    Parts listed after a total ("among them", "of whom", "of which", "including", or an
    "Of the N seats, A won x, B y and C z" list) may sum below the total (the list may be a
    subset) but never above it: the rule fires when the smallest sum the parts' hedges allow
    exceeds the largest total the total's hedge allows. Parts must be categories that cannot
    overlap: the same noun with different modifiers ("three British and four German
    tourists"), or disjoint age/sex groups (children/adults, men/women, boys/girls); "five
    women and three doctors" may overlap and is left alone. A vote split ("9 to 4", "7-2",
    "by 5 votes to 2", only beside a voting or ruling word) with abstentions may not exceed
    the stated size of the body in the same sentence ("the 15-member council"); fewer is
    fine (absences). "N of them ... the other/remaining M" must make exactly the group counted
    in this or the three sentences before (the nearest count whose noun this or the previous
    sentence names), and each part must be smaller than it. "Of the N, A were X and B were Y"
    lists need one verb and past participles or states ("hurt", "missing") that cannot
    overlap. A count of dissenters ("Four justices dissented", "the two council
    members who voted no") must equal the minority of the nearest earlier split in the same
    or the previous paragraph (any earlier paragraph for a definite "the 64 deputies who voted
    no", when every earlier split is that one vote), unless that split is placed at another
    time ("a 5-4 decision ten years ago"); when that sentence has several splits ("voted 7-2
    on the budget and 5-4 on parking") any of them may be meant.

What it leaves alone:
    "Including" lists that sum below the total; subsets ("two of the injured"); overlapping
    categories; scores ("a 2-1 win", "lost 3-0": no voting word); splits of another time;
    bodies whose size is not stated in the split's sentence; "them" that is another group
    (a part as large as the group); "Of the 30 nurses, 12 were men and 20 were over 50";
    outcomes of different events ("18 passed the written paper and 14 failed the practical");
    some of the dissenters ("Two of the members who voted against said ...").
"""

from __future__ import annotations

import bisect

from checker.findings import Finding, Span
from checker.rules._compare import fmt_number

ID = "total-mismatch"
SEVERITY = "error"
SUMMARY = "Stated parts add up to more than their stated total, or a vote split disagrees."

# Age/sex groups, each with the groups it cannot overlap.
_DISJOINT = {
    "child": {"adult", "man", "woman"}, "adult": {"child", "boy", "girl", "teenager", "baby"},
    "man": {"woman", "child", "boy", "girl"}, "woman": {"man", "child", "boy", "girl"},
    "boy": {"girl", "man", "woman", "adult"}, "girl": {"boy", "man", "woman", "adult"},
    "teenager": {"adult"}, "baby": {"adult"},
}


def _disjoint_parts(qs) -> bool:
    units = [q.unit for q in qs]
    if len(set(units)) == 1:
        mods = [frozenset(q.modifiers) for q in qs]
        # pairwise disjoint <=> no modifier is counted twice (linear, not all pairs: a list of
        # 10,000 parts must not cost 10,000 squared)
        return all(mods) and len(set(mods)) == len(mods) and \
            len(frozenset().union(*mods)) == sum(map(len, mods))
    if len(set(units)) != len(units):
        return False
    return all(b in _DISJOINT.get(a, ()) for i, a in enumerate(units) for b in units[i + 1:])


def _breakdown_findings(doc, rel):
    text = doc.text
    for b in rel.breakdowns:
        if b.part_qs:
            if not _disjoint_parts(b.part_qs):
                continue
            low = sum(q.lo for q in b.part_qs)
            total_hi = b.total_q.hi if b.total_q is not None else b.total.value
        else:
            low = sum(p.value for p in b.parts)
            total_hi = b.total_q.hi if b.total_q is not None else b.total.value
        total_lo = b.total_q.lo if b.total_q is not None else b.total.value
        total_text = text[b.total.start:b.total.end]
        parts_text = " + ".join(text[p.start:p.end] for p in b.parts)
        if low > total_hi:
            problem = f"Parts exceed their total ({doc.where(b.total.start)}): " \
                f"{parts_text} make {fmt_number(low)}, more than \"{total_text}\""
        elif b.exact and low < total_lo:
            problem = f"Parts do not make up their total ({doc.where(b.total.start)}): " \
                f"{parts_text} make {fmt_number(low)}, fewer than \"{total_text}\""
        else:
            continue
        yield Finding(
            rule=ID,
            severity=SEVERITY,
            message=problem,
            spans=[Span(b.total.start, b.total.end, f"total: {fmt_number(b.total.value)}")]
            + [Span(p.start, p.end, f"part: {fmt_number(p.value)}") for p in b.parts],
            help="Check the total and each part; one of them is wrong.",
        )


def _split_findings(doc, rel):
    text = doc.text
    for s in rel.splits:
        if s.members is None or s.yes + s.no + s.abstain <= s.members.value:
            continue
        votes = f"{s.yes} + {s.no}" + (f" + {s.abstain} abstentions" if s.abstain else "")
        spans = [Span(s.members.start, s.members.end,
                      f"body of {fmt_number(s.members.value)}"),
                 Span(s.start, s.end, f"{s.yes} for, {s.no} against")]
        if s.abstain_span:
            spans.append(Span(*s.abstain_span, f"{s.abstain} abstentions"))
        yield Finding(
            rule=ID,
            severity=SEVERITY,
            message=(f"Vote exceeds the body ({doc.where(s.start)}): {votes} = "
                     f"{s.yes + s.no + s.abstain} votes, but "
                     f"\"{text[s.members.start:s.members.end]}\""),
            spans=spans,
            help="Check the split, the abstentions and the size of the body.",
        )
    sentences = doc.sentences
    split_starts = [s.start for s in rel.splits]  # in text order
    for d in rel.dissents:
        block = sentences[d.sentence].block
        i = bisect.bisect_left(split_starts, d.start)
        split = rel.splits[i - 1] if i else None
        if split is None or split.old:
            continue
        if any(s.no == d.value for s in rel.splits if s.sentence == split.sentence):
            continue  # "voted 7-2 on the budget and 5-4 on parking": either vote
        sblock = sentences[split.sentence].block
        if sblock.kind != block.kind:
            continue
        if block.index - sblock.index > 1 and not (
                d.definite and len({(s.yes, s.no) for s in rel.splits[:i] if not s.old}) == 1):
            # Far from its split, only "the 64 deputies who voted no" refers back to it, and
            # only when every earlier split is that one vote.
            continue
        yield Finding(
            rule=ID,
            severity=SEVERITY,
            message=(f"Dissenters do not match the split: {doc.where(split.start)} says "
                     f"{text[split.start:split.end]} ({split.no} against); "
                     f"{doc.where(d.start)} says {d.value} dissented"),
            spans=[Span(d.start, d.end, f"{d.value} against"),
                   Span(split.start, split.end, f"{split.no} against")],
            help="Make the split and the number of dissenters agree.",
        )


def check(doc, mentions, options):
    rel = mentions.relations
    yield from _breakdown_findings(doc, rel)
    yield from _split_findings(doc, rel)
