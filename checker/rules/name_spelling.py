"""name-spelling: one person's name spelled two ways.

What it catches:
    A surname used to refer back to someone that matches nobody introduced in the article but
    is one or two letters away from exactly one introduced surname: "Ruth Halvorsen" ...
    "Halvorson said"; "Tomasz Wierzbicki" ... "Wierzbiki said"; "Mike Pompeo" ... "Pompao".
    Reported as an error. Two full names with the same given name and surnames one or two
    letters apart ("Anna Klein" / "Anna Klain") are reported as a warning: they may be one
    person spelled two ways, or two people. With no full name behind either spelling, one
    honorific reference ("Mr Hokins") one slip from a surname the article uses with a
    same-gender honorific at least three times ("Mr Hopkins") is reported as a warning.

Why it matters:
    Misspelling a person's name is among the most common corrections newsrooms publish, and
    the people named notice first.

Example:
    body, paragraph 1: "The board's director, Ruth Halvorsen, said ..."
    body, paragraph 6: "Halvorson said investigators had also found ..."

How it decides:
    A reference is a lone capitalised word that something marks as a person: a verb of saying
    ("Halvorson said", "said Halvorson"), an honorific ("Mr Halvorson"), a title or an age
    beside it. The error needs: no full name in the article with that surname; the word is not
    any introduced person's given name; exactly one introduced surname of at least five letters
    within Levenshtein distance 1-2 of it (rapidfuzz), starting with the same letter, with a
    similarity ratio of at least 80, and no surname written in a run not read as a person
    ("Jonny Hollett's Sundown") as close. A reference marked only as the subject of a verb
    ("Lindquist was") needs seven letters and one slip (a transposition counts as one), and
    so does a known given name with an honorific ("Mr Grace" against "Edwin Gracey"; a given
    name alone, "Grace said", is never a reference). With an honorific, a reference one "s"
    short of or past a surname is not a plural ("Mr Kraus" against "Elena Krauss").

What it leaves alone:
    Spellings the newsroom declares as one name (`names = [["Gadhafi", "Qaddafi"]]` in the
    configuration; the first is the house spelling, and a story that uses another one gets a
    warning naming the house form). Two people who share a surname (father and son); names that differ only by an honorific or
    a possessive ("Mr Lopez", "Lopez's"); different people with similar names who are each
    introduced with their own, different first names ("Anna Klein" and "Tom Klain"); surnames
    close to two introduced surnames (which one was meant cannot be told); short surnames, where
    one letter is too large a share of the name; capitalised words with no sign of naming a
    person ("March" near "Marsh").
"""

from __future__ import annotations

from collections import defaultdict

from checker.findings import Finding, Span
from checker.mentions.first_names import FIRST_NAMES
from checker.mentions.people import surname_key
from checker.rules._people import NearIndex

ID = "name-spelling"
SEVERITY = "error"
SUMMARY = "One person's name is spelled two ways (Halvorsen / Halvorson)."

_MIN_LEN = 5
_MAX_LEN = 30  # longer "names" are not names, and would make the deletion index large
_MIN_RATIO = 80.0
_MIN_WEAK_LEN = 7
_MAX_SAME_GIVEN = 40
_PERSON_SIGNS = frozenset({"says", "honorific", "role", "age"})


def _close(a: str, b: str, most: int = 2, titled: bool = False) -> bool:
    """Is a (a reference) one slip (most=1) or two from b? `titled`: a carries an honorific
    ("Mr Kraus"), so it is not a plural of b."""
    if a[:1] != b[:1] or abs(len(a) - len(b)) > 2:
        return False
    if not titled and (a + "s" == b or b + "s" == a):
        return False  # a plural or a possessive without its apostrophe ("the Danny Harlows")
    # Imported here: most articles never get this far, and the import costs ~15 ms.
    from rapidfuzz import fuzz
    from rapidfuzz.distance import OSA, Levenshtein

    # One letter: a transposition ("Vollenwieder") counts as one slip.
    dist = (Levenshtein if most == 2 else OSA).distance(a, b, score_cutoff=most)
    return 1 <= dist <= most and \
        fuzz.ratio(a, b) >= _MIN_RATIO


def _alias_groups(names) -> dict[str, int]:
    """Newsroom `names` option: lists of accepted spellings of one name, house form first
    (`[["Gadhafi", "Qaddafi"]]`). Maps each spelling's surname key to its group."""
    groups: dict[str, int] = {}
    for i, group in enumerate(names or ()):
        for spelling in group:
            words = str(spelling).split()
            if words:
                groups[surname_key(words[-1])] = i
    return groups


def _house_spelling(doc, people, names, groups):
    """A surname written in a declared, non-house spelling: a warning naming the house form."""
    seen: set[str] = set()
    for m in people.mentions:
        g = groups.get(m.key)
        if g is None or m.key in seen:
            continue
        house = str(names[g][0]).split()[-1]
        if surname_key(house) == m.key:
            continue
        seen.add(m.key)
        yield Finding(
            rule=ID,
            severity="warning",
            message=f"House spelling: {doc.where(m.start)} writes {m.surname}; the newsroom's "
                    f"names list spells it {house}",
            spans=[Span(m.start, m.end, f"{doc.where(m.start)}: {m.surname}")],
            help=f"Use the house spelling {house}, or change the `names` configuration.",
        )


def check(doc, mentions, options):
    people = mentions.people
    if not people.mentions:
        return
    names = options.get("names") or []
    groups = _alias_groups(names)
    if groups:
        yield from _house_spelling(doc, people, names, groups)
    # Bare references that no full name explains (`_link` gives every full name the link
    # "full"): the errors and the honorific warnings read only these, and what they compare
    # them with is gathered only when there are some (three articles in four have none).
    unexplained = [m for m in people.mentions if m.link == "none"]
    if unexplained:
        yield from _references(doc, people, unexplained, groups)
    yield from _similar_full_names(doc, people, groups)


def _references(doc, people, unexplained, groups):
    full = [m for m in people.mentions if m.given]
    first_full: dict[str, object] = {}
    for m in full:
        first_full.setdefault(m.key, m)
    surnames = [k for k in first_full if _MIN_LEN <= len(k) <= _MAX_LEN]
    givens = {surname_key(m.given.rstrip(".")) for m in full}
    index = None  # built only if some reference matches no full name (rare)

    # Errors: bare references that match no full name but one introduced surname closely.
    variants: dict[tuple[str, str], list] = defaultdict(list)
    nearest: dict[tuple, str | None] = {}
    for m in unexplained:
        # A reference marked only as the subject of a verb ("Lindquist was") could be a
        # place or a thing: it must be long and one letter from the surname.
        weak = not (m.signals & _PERSON_SIGNS)
        if weak and not ("subject" in m.signals and len(m.key) >= _MIN_WEAK_LEN):
            continue
        if m.key in givens or not _MIN_LEN - 1 <= len(m.key) <= _MAX_LEN:
            continue
        # A given name used alone is a person's given name ("Grace said"), unless an
        # honorific makes it a surname ("Mr Grace"): then it must be one slip from a surname.
        given_like = m.key in FIRST_NAMES
        if given_like and not m.honorific:
            continue
        strict = weak or given_like
        if m.key in people.run_keys:
            continue  # written in full somewhere ("Jonny Hollett"), just not read as a person
        if (m.key, strict, m.honorific) not in nearest:
            if index is None:
                # Surnames written in runs not read as people count as candidates too: "Mr
                # Hllett" near "Grace Hallett" and "Jonny Hollett's Sundown" could be either.
                index = NearIndex(set(surnames) | {
                    k for k in people.run_keys if _MIN_LEN <= len(k) <= _MAX_LEN})
            near: list[str] = []
            for k in index.candidates(m.key):
                if _close(m.key, k, 1 if strict else 2, bool(m.honorific)):
                    near.append(k)
                    if len(near) > 1:
                        break  # two candidates: which one was meant cannot be told
            nearest[(m.key, strict, m.honorific)] = (
                near[0] if len(near) == 1 and near[0] in first_full else None)
        if nearest[(m.key, strict, m.honorific)]:
            variants[(m.key, nearest[(m.key, strict, m.honorific)])].append(m)
    for (variant, intended), ms in variants.items():
        if variant in groups and groups.get(variant) == groups.get(intended):
            continue  # declared spellings of one name (reported above if not the house form)
        intro = first_full[intended]
        person = people.persons[intro.person]
        where = doc.where(ms[0].start)
        spans = [Span(m.start, m.end, f"{doc.where(m.start)}: {m.surname}") for m in ms]
        spans.append(Span(intro.start, intro.end, f"{doc.where(intro.start)}: {person.name}"))
        yield Finding(
            rule=ID,
            severity=SEVERITY,
            message=(f"Name spelled two ways: {where} says {ms[0].surname}; "
                     f"{doc.where(intro.start)} introduces {person.name}"),
            spans=spans,
            help=f"Check the spelling of {person.surname}'s name and use one spelling throughout.",
        )

    yield from _lone_variants(doc, people, unexplained, variants, givens, groups)


def _similar_full_names(doc, people, groups):
    """Warnings: two full names, same given name, surnames a letter or two apart."""
    by_given: dict[str, list] = defaultdict(list)
    for p in people.persons:
        if _MIN_LEN <= len(p.key) <= _MAX_LEN:
            by_given[surname_key(p.given)].append(p)
    for given, ps in by_given.items():
        if not 2 <= len(ps) <= _MAX_SAME_GIVEN:
            continue  # (dozens of people with one given name is a list, not a story)
        by_surname = {p.key: p for p in ps}
        near = NearIndex(by_surname)
        for a in ps:
            for k in sorted(near.candidates(a.key)):
                b = by_surname[k]
                if b.index < a.index or not _close(a.key, b.key):
                    continue
                if a.key in groups and groups.get(a.key) == groups.get(b.key):
                    continue
                ma = people.mentions[a.mentions[0]]
                mb = people.mentions[b.mentions[0]]
                # The later-introduced spelling is the odd one out.
                yield Finding(
                    rule=ID,
                    severity="warning",
                    message=(f"Similar names: {doc.where(mb.start)} says {b.name}; "
                             f"{doc.where(ma.start)} says {a.name}. One person or two?"),
                    spans=[Span(mb.start, mb.end, f"{doc.where(mb.start)}: {b.name}"),
                           Span(ma.start, ma.end, f"{doc.where(ma.start)}: {a.name}")],
                    help="If these are the same person, use one spelling; if two, say so.",
                )


_MIN_MAJORITY = 3
_GENDER = {"mr": "m", "sir": "m", "lord": "m", "baron": "m",
           "mrs": "f", "ms": "f", "miss": "f", "dame": "f", "lady": "f", "baroness": "f"}


def _lone_variants(doc, people, unexplained, matched, givens, groups):
    """Warnings: no full name to go by, but one honorific reference ("Mr Hokins") is a single
    slip from a surname the article uses with an honorific at least three times ("Mr Hopkins"),
    and from no other. Three or more uses of one spelling against one of another is strong
    evidence of a typo; two different people one letter apart, both only ever called "Mr",
    would be rare. The honorifics must agree on gender ("Mr" and "Mrs" may be a couple)."""
    refs: dict[str, list] = defaultdict(list)
    for m in unexplained:
        if m.honorific:
            refs[m.key].append(m)
    if len(refs) < 2:
        return
    done = {v for v, _ in matched}
    majors = [k for k, ms in refs.items() if len(ms) >= _MIN_MAJORITY and len(k) >= _MIN_LEN]
    if not majors:
        return
    for key, ms in refs.items():
        if len(ms) != 1 or key in done or key in givens or key in FIRST_NAMES \
                or key in people.run_keys or len(key) < _MIN_LEN - 1:
            continue
        m = ms[0]
        near = [k for k in majors if _close(key, k, 1, True)]
        if len(near) != 1:
            continue
        if key in groups and groups.get(key) == groups.get(near[0]):
            continue
        others = refs[near[0]]
        if {_GENDER.get(o.honorific) for o in others} != {_GENDER.get(m.honorific)}:
            continue
        first = others[0]
        yield Finding(
            rule=ID,
            severity="warning",
            message=(f"Name spelled two ways: {doc.where(m.start)} says {m.honorific.title()} "
                     f"{m.surname}; the article says {first.honorific.title()} "
                     f"{first.surname} {len(others)} times ({doc.where(first.start)} first)"),
            spans=[Span(m.start, m.end, f"{doc.where(m.start)}: {m.surname}"),
                   Span(first.start, first.end, f"{doc.where(first.start)}: {first.surname}")],
            help=f"Check the spelling of {first.surname}'s name and use one spelling throughout.",
        )
