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
    dateline and the other in the body, the body states only one figure for that thing, and
    the two share what happened to it ("dead"), a hedge, or another content word;
    or when both stand in the body as a restatement: same hedge, same modifiers, at most two
    figures for that thing in the story, sentences sharing at least three other content words
    (a quarter of their vocabulary) and not naming different subjects, and neither sentence
    refers to another time or reports a change.

What it leaves alone:
    Updated tolls ("rose to 23"), prior values ("up from 12"), partitives ("two of the
    missiles"), parts of a total ("including three children"), increments ("three more",
    "another four"), ranges ("between 30 and 40"), rates ("two a day"), figures in the same
    sentence (a sentence that names two counts is contrasting them), counts in sentences that
    refer to another time ("last year", "in 2019"), and everything in boilerplate. Years,
    dates, times, ages, money, percentages, measures, scores and model or route numbers are
    not counts at all (see checker/mentions/quantities.py). A thing counted more than 32
    times (`_compare.MAX_GROUP`) is a table or list, not one fact restated, and is skipped.
    A definite reference ("the two ferries") after the story has counted that many of anything
    ("one of two finalists"; "three heats of eight" before "the three heat winners") may
    mean that group, so it is not compared (a recall cost: "the 14 miners" is not checked
    against "12 miners" once "14" counted something else before it); one with fewer and a
    qualifier the earlier figure lacks but one of its sentences describes ("Five people, two
    of them partly sighted" then "the two partially-sighted people") is a part of the
    group. A body restatement in a sentence that reports a change is not compared ("picked
    up seven nominations" ... "a total of 12 nominations").
"""

from __future__ import annotations

from collections import defaultdict
from operator import attrgetter

from checker.findings import Finding
from checker.mentions.quantities import COUNT
from checker.rules._compare import (
    SUMMARY_SEGMENTS, comparable, compatible, fmt_number, odd_one_out, spans_for,
)

ID = "count-mismatch"
SEVERITY = "error"
SUMMARY = "The same count (of rockets, dead, miners...) is stated two incompatible ways."

_GENERIC_PEOPLE = {"person", "people", "resident", "civilian", "defendant", "suspect", "accused"}


_UNCOUNTED = {"staff", "police", "personnel", "cattle", "aircraft", "sheep", "fish", "deer",
              "media", "series", "species", "news", "crew"}


# Nouns a story uses interchangeably for one set of things (headlines shorten: "jets").
_SYNONYMS = {
    "canvas": "painting", "artwork": "painting", "jet": "plane", "aircraft": "plane",
    "airliner": "plane", "house": "home", "dwelling": "home", "troop": "soldier",
    "kid": "child", "youngster": "child", "vessel": "ship", "lorry": "truck",
    "automobile": "car", "fatality": "death", "inmate": "prisoner",
}


def _key(q) -> tuple[str, str]:
    head = _SYNONYMS.get(q.unit, q.unit)
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
    if noun in _UNCOUNTED:
        return noun
    irregular = {"person": "people", "child": "children", "man": "men", "woman": "women"}
    if noun in irregular:
        return irregular[noun]
    if noun.endswith("y") and noun[-2:-1] not in "aeiou":
        return noun[:-1] + "ies"
    if noun.endswith(("s", "x", "ch", "sh")):
        return noun + "es"
    return noun + "s"


_start = attrgetter("start")  # a C sort key: a lambda is a Python call per quantity


def check(doc, mentions, options):
    sentences = doc.sentences

    def segment(q) -> str:
        return sentences[q.sentence].kind

    def is_lede(q) -> bool:
        block = sentences[q.sentence].block
        return block.kind == "body" and block.index == 0

    groups: dict[tuple[str, str], list] = defaultdict(list)
    starts_by_value: dict[float, list[int]] = defaultdict(list)
    for q in sorted([q for q in mentions.quantities if q.kind == COUNT], key=_start):
        starts_by_value[q.value].append(q.start)
        if q.is_total:
            groups[_key(q)].append(q)

    for key, qs in groups.items():
        if not comparable(qs):
            continue
        ctx = _Group(qs, segment, is_lede, starts_by_value)
        conflicts: list[tuple] = []
        for i, a in enumerate(qs):
            for b in qs[i + 1:]:
                if a.sentence == b.sentence or compatible(a, b) or _mods_clash(a, b):
                    continue
                if ctx.same_fact(a, b):
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


def _shared_words(a, b) -> set[str]:
    return (a.context & b.context) - {a.unit, _plural(a.unit)} - set(a.modifiers)


class _Group:
    """The figures stated for one counted thing, and when two of them are one fact."""

    def __init__(self, qs, segment, is_lede, starts_by_value=None) -> None:
        # where the story's counts of each value start (every count, in text order)
        self.starts_by_value = starts_by_value or {}
        self.qs = qs
        self.segment = segment
        self.is_lede = is_lede
        now = [q for q in qs if "timeshift" not in q.flags]
        self.body_now = [q for q in now if segment(q) not in SUMMARY_SEGMENTS]
        self.values = {(q.hedge, q.value) for q in qs}

    def _only_body_figure(self, b, pool) -> bool:
        return len({(q.hedge, q.value) for q in pool}) == 1 and b in pool

    def same_fact(self, a, b) -> bool:
        a_sum = self.segment(a) in SUMMARY_SEGMENTS
        b_sum = self.segment(b) in SUMMARY_SEGMENTS
        if a_sum and b_sum:
            return True
        if a_sum != b_sum:
            if "timeshift" in (a.flags | b.flags):
                return False
            return self._summary_vs_body(*((a, b) if a_sum else (b, a)))
        if ("timeshift" in a.flags) != ("timeshift" in b.flags):
            return False  # one of them is about another time
        return self._body_pair(*sorted((a, b), key=lambda q: q.start))

    def _summary_vs_body(self, s, b) -> bool:
        # The body figure must be the one the summary restates: the only body figure for the
        # thing, or the only one with the same hedge or the same event; and the two share
        # something beyond the noun: the event ("6 dead" / "seven people died"), the hedge,
        # or another content word.
        body = self.body_now
        if not (self._only_body_figure(b, body)
                or (s.hedge and self._only_body_figure(b, [q for q in body if q.hedge == s.hedge]))
                or (s.event and self._only_body_figure(b, [q for q in body if q.event == s.event]))):
            return False
        return bool(s.event or (s.hedge and s.hedge == b.hedge) or _shared_words(s, b))

    def _body_pair(self, a, b) -> bool:
        if (a.flags | b.flags) & {"part", "other"}:
            return False
        # At most these two figures of this magnitude for the thing in the whole story ("the
        # museum holds about 1,100 paintings" does not compete with "nine" and "eight").
        lo, hi = min(a.value, b.value) / 3, max(a.value, b.value) * 3
        if sum(1 for _, v in self.values if lo <= v <= hi) > 2:
            return False
        if max(a.value, b.value) > 3 * min(a.value, b.value):
            return False  # a subset and its whole ("two of the firms" / "18 firms")
        # The lede states the fact; a later sentence refers back to it: "the 19 miners",
        # or states what happened to them ("34 defendants were found guilty").
        if self.is_lede(a) and b.event and b.event == a.event:
            return True
        names_clash = bool(a.names and b.names and not (a.names & b.names))
        if "definite" in b.flags and "restricted" not in b.flags:
            # "the two ferries" refers to a group of two the story named before, which may be
            # counted with another noun ("one of two finalists") or be a part of a
            # group ("Five people, two of them partly sighted")
            return not self._part_of(a, b) and not self._named_before(b)
        # Elsewhere in the body a story names many counts of one thing (films in two
        # categories, awards won by two games): only a close restatement qualifies.
        if a.hedge != b.hedge or names_clash or ("dated" in a.flags) != ("dated" in b.flags):
            return False  # (a sentence that names a day the other does not: another event)
        if "change" in a.flags | b.flags:
            return False  # "picked up seven nominations" ... "a total of 12 nominations"
        return len(_shared_words(a, b)) >= 2

    def _part_of(self, a, b) -> bool:
        """Whether a later definite b names a part of a's group: fewer, with a qualifier a
        lacks that a sentence stating a's figure describes ("Five people, two of them partly
        sighted" ... "The five people" ... "the two partially-sighted people"; not
        "escaped with nine paintings" ... "the eight stolen canvases": "stolen" says what
        happened to all of them)."""
        if b.value >= a.value:
            return False
        words = {w for m in set(b.modifiers) - set(a.modifiers) for w in m.split("-")}
        return any(q.value == a.value and q.start < b.start and words & q.context
                   for q in self.qs)

    def _named_before(self, b) -> bool:
        """Whether another count of b's value, of any thing, stands before b."""
        starts = self.starts_by_value.get(b.value, ())
        return bool(starts) and starts[0] < b.start
