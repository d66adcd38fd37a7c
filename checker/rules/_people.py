"""Shared helpers for the rules that read `mentions.people`."""

from __future__ import annotations

from collections import defaultdict

from checker.record import record

# How a mention may be tied to a person for a finding: a full name, or a bare surname that
# only one person has, or (with care, see each rule) the main holder of a shared surname.
CERTAIN_LINKS = ("full", "exact")


def linked_person(people, mention, allow_primary: bool = True) -> int | None:
    if mention.person is None:
        return None
    if mention.link in CERTAIN_LINKS or (allow_primary and mention.link == "primary"):
        return mention.person
    return None


@record(frozen=True, slots=True)
class Stretch:
    """A span of text standing for one side of a finding (a name with its role or age)."""

    start: int
    end: int
    sentence: int
    label: str


def sides_finding(doc, rule: str, severity: str, items, value_of, segment_of, what: str,
                  say, help: str):
    """One finding over items that state different values for one person: items are grouped
    by value_of, the odd group goes first (see _compare.odd_one_out), and the message names
    each value and where it stands ("body, paragraph 1 says 47; body, paragraph 5 says 41")."""
    from checker.findings import Finding
    from checker.rules._compare import odd_one_out, spans_for

    groups: dict = {}
    for it in sorted(items, key=lambda it: it.start):
        groups.setdefault(value_of(it), []).append(it)
    parts = list(groups.values())
    primary = odd_one_out(parts, segment_of)
    order = [primary] + [i for i in range(len(parts)) if i != primary]
    sides = "; ".join(f"{doc.where(parts[i][0].start)} says {say(parts[i][0])}" for i in order)
    return Finding(
        rule=rule,
        severity=severity,
        message=f"{what}: {sides}",
        spans=spans_for(parts, primary, lambda it: f"{doc.where(it.start)}: {say(it)}"),
        help=help,
    )


def _deletes(word: str, depth: int = 2) -> set[str]:
    out = {word}
    frontier = {word}
    for _ in range(depth):
        frontier = {w[:i] + w[i + 1:] for w in frontier for i in range(len(w))}
        out |= frontier
    return out


class NearIndex:
    """Candidates for the words within edit distance 2 of a query that start with the same
    letter (what name-spelling compares: a misspelling keeps the first letter); the caller
    tests each candidate. A first letter that one or two words have gives those of them
    whose length is within two of the query's. One that more words share gives the words
    that share a deletion with the query: its words are indexed, the first time a query
    starts with it, under every string they become with up to two letters deleted, so looking
    up many words among many is linear in their number, never all pairs.

    (Indexing every word up front cost the name rules 0.31 M instructions per article, a
    deletion index per queried letter 0.16 M, with the one or two words given directly
    0.10 M.)"""

    _FEW = 2  # words of one first letter that are given without an index

    def __init__(self, words) -> None:
        self._by_first: dict[str, list[str]] = defaultdict(list)
        for w in words:
            self._by_first[w[:1]].append(w)
        self._index: dict[str, dict[str, set[str]]] = {}  # first letter -> deletion index

    def candidates(self, word: str) -> set[str]:
        same = self._by_first.get(word[:1], ())
        if len(same) <= self._FEW:
            return {w for w in same if w != word and abs(len(w) - len(word)) <= 2}
        index = self._index.get(word[:1])
        if index is None:
            index = self._index[word[:1]] = defaultdict(set)
            for w in same:
                for d in _deletes(w):
                    index[d].add(w)
        out: set[str] = set()
        for d in _deletes(word):
            out |= index.get(d, set())
        out.discard(word)
        return out
