"""title-mismatch: one person given two incompatible roles.

What it catches:
    The same person called by two roles of the same kind that cannot both be current:
    "Finance Minister Lena Varga" and later "Trade Minister Varga"; "Fire Chief Dana Whitcombe"
    and "Police Chief Whitcombe"; "Mayor Teo Barros" and "Council leader Barros"; "Rovers
    coach Dario Ferin" and "Ferin, the club's captain"; "Chief Executive Officer Helen Marsh" and "Chief Financial
    Officer Marsh".

Why it matters:
    A wrong title misinforms readers about who is responsible for what, and is usually a slip
    between two people in the same story (the other minister, the other chief).

Example:
    body, paragraph 1: "Interior Minister Dariusz Kolar on Monday defended the police ..."
    body, paragraph 7: "Defence Minister Kolar said the government would not abandon ..."

How it decides:
    Roles come from titles before a name ("Fire Chief", "Sen.", "Secretary of State"), lowercase
    roles before it ("chief executive Richard Parsons") and apposition ("Lena Varga, the finance
    minister,"), in canonical form: abbreviations expanded and compatible wordings made equal
    through a small alias table ("CEO" = "Chief Executive Officer" = "chief executive";
    "Sen." = "Senator"; "Secretary of State" = "top diplomat" = "foreign minister"). Only roles
    of one kind are compared: X minister, X secretary, X chief, senator against
    representative, and posts within one organisation, read by their function ("chief
    executive"; "chief X officer", "X director", "head of X", "chief X" for a function X such
    as finance, operations, nursing, medical: "head of operations" = "chief operating
    officer", so "chief executive" and "head of operations" clash, "chief nursing officer" and
    "medical director" clash), a town's mayor against its council leader, and a team's staff
    (coach, manager) against its players (captain, striker). Deputy, vice and assistant posts are not compared, nor roles
    given together in one mention ("chairman and chief executive"). Two roles clash when they share no qualifying word
    ("interior" vs "defence"); "Prime Minister" and "Deputy Prime Minister" do not clash.

What it leaves alone:
    A role the article marks as past or temporary ("former", "then-", "ex-", "acting",
    "outgoing", "-elect"); every role of a person whose change of role the article states
    ("who later became", "was appointed", "took over as", "until", "reshuffle"); two people
    with the same surname; unrelated roles (a minister who is also party leader, a captain
    who is also the striker, an opposition leader); roles given
    only through a bare surname that two people share.
"""

from __future__ import annotations

from collections import defaultdict

from checker.mentions.people import ROLE_FUNCTIONS
from checker.rules._people import Stretch, linked_person, sides_finding

ID = "title-mismatch"
SEVERITY = "error"
SUMMARY = "One person is given two incompatible roles (finance minister / trade minister)."

_KIND_HEADS = ("minister", "secretary", "chief")
_LEGISLATORS = ("senator", "representative")
# Posts within one organisation: "chief X officer", "X director", "head of X" ("X head"),
# "X chief", "chief X" ("chief nurse") with X a function (see people.ROLE_FUNCTIONS).
_POST_HEADS = ("officer", "director", "head", "chief")
# A deputy or assistant often holds a second post ("deputy chief executive and chief
# operating officer"): such posts are not compared.
_SUBORDINATE = frozenset("deputy vice assistant associate acting interim".split())


def _post_functions(words: list[str]) -> frozenset[str] | None:
    if _SUBORDINATE.intersection(words):
        return None
    if words[-2:] == ["chief", "executive"]:
        return frozenset({"executive"})
    if words[-1] in _POST_HEADS or words[0] == "chief":
        funcs = frozenset(ROLE_FUNCTIONS[w] for w in words if w in ROLE_FUNCTIONS)
        if funcs:
            return funcs
    return None


# Posts that one person cannot hold together, each kind split into sides that clash with
# each other: a town's head (mayor) against its council's leader; a team's staff (coach,
# manager) against its players (captain, striker).
_SIDES = {
    "mayor": ("civic", "mayor"), "council leader": ("civic", "council leader"),
    "coach": ("team", "staff"), "head coach": ("team", "staff"), "manager": ("team", "staff"),
    "team manager": ("team", "staff"), "captain": ("team", "player"),
    "club captain": ("team", "player"), "team captain": ("team", "player"), "striker": ("team", "player"),
    "midfielder": ("team", "player"), "defender": ("team", "player"),
    "goalkeeper": ("team", "player"), "winger": ("team", "player"),
}


def role_kind(role: str) -> tuple[str, frozenset[str]] | None:
    """(kind, qualifying words) of a canonical role, or None for roles not compared."""
    words = role.split()
    if not words:
        return None
    side = _SIDES.get(role)
    if side:
        return side[0], frozenset({side[1]})
    funcs = _post_functions(words)
    if funcs:
        return "post", funcs
    head = words[-1]
    if head in _LEGISLATORS and len(words) == 1:
        return "legislator", frozenset({head})
    if head in _KIND_HEADS and len(words) > 1:
        return head, frozenset(words[:-1])
    return None


def check(doc, mentions, options):
    people = mentions.people
    roles_of: dict[int, list] = defaultdict(list)
    joint: dict[int, set] = defaultdict(set)  # roles given together in one mention
    for m in people.mentions:
        if not m.roles:
            continue
        pi = linked_person(people, m, allow_primary=False)
        if pi is None or people.persons[pi].role_change:
            continue
        labels = {r.text for r in m.roles if not r.past}
        if len(labels) > 1:
            joint[pi].add(frozenset(labels))  # "chairman and chief executive"
        for r in m.roles:
            kind = role_kind(r.text)
            if r.past or kind is None:
                continue
            st = Stretch(min(r.start, m.start), max(r.end, m.end), m.sentence, r.text)
            roles_of[pi].append((kind, st))
    for pi, items in roles_of.items():
        by_kind: dict[str, list] = defaultdict(list)
        for (kind, words), st in items:
            by_kind[kind].append((words, st))
        for kind, entries in by_kind.items():
            # Compare distinct role wordings, not every pair of mentions.
            words_of = {st.label: w for w, st in entries}
            labels = list(words_of)
            together = joint.get(pi, ())
            clash = {lab for i, a in enumerate(labels) for b in labels[i + 1:]
                     if not (words_of[a] & words_of[b])
                     and not any(a in j and b in j for j in together) for lab in (a, b)}
            if not clash:
                continue
            yield sides_finding(
                doc, ID, SEVERITY, [st for _, st in entries if st.label in clash],
                lambda st: st.label, lambda st: doc.sentences[st.sentence].kind,
                f"Two roles for {people.persons[pi].name}", lambda st: st.label,
                "Use the person's current title throughout, or say that the role changed "
                "(\"former\", \"then-\", \"who later became\").",
            )
