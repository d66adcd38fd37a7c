"""age-mismatch: one person given two different ages.

What it catches:
    The same person's current age stated two ways in one story: "Ingrid Solberg, 52," in the
    lede and "the 54-year-old Solberg" further down; "Amara Nwosu, 63," and "Nwosu, 65, said".

Why it matters:
    Ages are checked by readers who know the person, and a wrong one is a routine correction.
    Two different ages in one article mean at least one is wrong.

Example:
    body, paragraph 1: "A jury on Monday convicted Marek Hollis, 47, of forging ..."
    body, paragraph 5: "Prosecutors said the 41-year-old Hollis spent the money ..."

How it decides:
    Only ages written right beside a name are read: ", 52," (or ", aged 52,", " (52)") after
    the name and "the 54-year-old" before it, also with a person noun between ("the 54-year-old
    fisherman Greb", "a 41-year-old father of three, Tomas Greb"; see
    checker/mentions/people.py), and the age at death of the person named right before the verb
    ("Bell dies aged 44", "Charlie Bell, the boss of McDonald's, has died aged 54"). A bare
    "the 36-year-old" counts for the story's one person with a stated age, only after that age,
    when that person is the last one named before it (the speaker of its own sentence aside)
    and no other age in the story lacks a name. A bare surname counts for the one full name
    with that surname. When relatives share the surname ("his son, Daniel Hollis, 22"), a bare
    surname is taken as the main person only if the age it carries cannot be a relative's:
    every other holder of the surname has a stated age, and it differs.

What it leaves alone:
    Ages at a past event ("who was 30 when she founded", "at age 30 in 1989", "as a
    19-year-old", "the then 54-year-old"); a different person with the same surname (father and
    son); bare surnames shared by two people neither of whom is introduced as the other's
    relative; a relative's age at death ("his father, who died aged 58"); a bare "the
    19-year-old" in a story with an unnamed "19-year-old man", or after someone else was named;
    "the 22-year-old pipped Greene" (a verb, not a noun, before the name); ages one year apart
    for a person whose birth date, birth year or birthday the article mentions (both can be
    true on either side of the birthday).
"""

from __future__ import annotations

from collections import defaultdict

from checker.rules._compare import fmt_number
from checker.rules._people import linked_person, sides_finding

ID = "age-mismatch"
SEVERITY = "error"
SUMMARY = "One person is given two different ages."


def check(doc, mentions, options):
    people = mentions.people
    ages_of: dict[int, list] = defaultdict(list)
    for a in people.ages:
        if a.past:
            continue
        pi = linked_person(people, people.mentions[a.mention])
        if pi is not None:
            ages_of[pi].append(a)
    if not ages_of:
        return
    for pi, ages in ages_of.items():
        person = people.persons[pi]
        ages = [a for a in ages if _certain(people, person, a, ages_of)]
        values = sorted({a.value for a in ages})
        if len(values) < 2:
            continue
        if person.born and values[-1] - values[0] <= 1:
            continue
        yield sides_finding(
            doc, ID, SEVERITY, ages, lambda a: a.value,
            lambda a: doc.sentences[people.mentions[a.mention].sentence].kind,
            f"Inconsistent age for {person.name}", lambda a: f"age {fmt_number(a.value)}",
            "Check the person's age and use one figure throughout.",
        )


def _certain(people, person, age, ages_of) -> bool:
    """An age reached through a shared surname ("primary" link) counts only when every other
    holder of the surname has a stated age and none of them equals it."""
    m = people.mentions[age.mention]
    if m.link != "primary":
        return True
    for other in people.by_key.get(person.key, []):
        if other == person.index:
            continue
        theirs = {a.value for a in ages_of.get(other, [])}
        if not theirs or age.value in theirs:
            return False
    return True
