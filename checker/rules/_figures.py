"""Shared helpers for the money and percentage rules: rounding-aware compatibility and the
"definite back-reference" pairing ("the $4.3 billion deal" refers to the deal already stated).
"""

from __future__ import annotations

from collections import defaultdict

from checker.findings import Finding
from checker.mentions.lemmas import lemma
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
            if a.q.sentence == r.q.sentence or a.per or a.q.own_flags & not_statement:
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
    keys = [key(f) for f in figs]  # each key computed once
    counts: dict = {}
    for k in keys:
        counts[k] = counts.get(k, 0) + 1
    return {id(f) for f, k in zip(figs, keys) if counts[k] == 1}


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
    """How many of `words` are content words (a list, not `sum` over a generator: that
    costs ~1k instructions more a call)."""
    return len([w for w in words if w not in _STOP_FRAME])


def _frames(f):
    """The frames two statements of one fact share (the kind of frame, then its words):

    "r": two content words right after the figure ("£35bn efficiency savings", "cut £45bn
    from public services"); "lr": the same words on both sides ("want £6m for the
    midfielder"); "l": a noun and the preposition giving its value right before it ("annual
    losses of £6m", "raising the threshold to £120,000"), or a verb and its direction
    ("closed down 14%", "closed down 163p, or 24%"); "v": the word the figure is the object
    of and the first word after it ("received a £6m bid" ... "received a £9m bid from
    United", "repaid £400,000 to", "save the average tenant £80 every year" ... "save £160
    every year"); "rate": a named rate ("inflation, which is currently 2.4%" ... "an
    inflation rate of 4.2%"); "own": a holding in a named firm, "a 20% stake in Kestrel" or
    "30% of Kestrel" (see _holding)."""
    r, l = f.right_key, f.left_key
    if _content(r) >= 2:
        yield "r", r
    if r and l:
        yield "lr", (l, r)
    if len(l) == 2 and (l[1] in _OF_TO and not l[0].endswith(("ed", "ing")) or
                        l[1] in _UP_DOWN and l[0] not in _STOP_FRAME):
        yield "l", l
    if f.gov and r:
        yield "v", (f.gov, r[0])
    if f.rate:
        yield "rate", f.rate
    held = _holding(f)
    if held:
        yield "own", held


# "losses of £6m", "the threshold to £120,000": a noun and the preposition giving its value
_OF_TO = frozenset({"of", "to", "at"})
_UP_DOWN = frozenset({"up", "down"})
# Frames that name the fact less closely than the words around the figure do: they need the
# two sentences to name the same actor (or both to name none)
_LOOSE = frozenset({"v", "own"})


def _holding(f) -> str:
    """The named firm a percentage is a holding in: "a 20% stake in Kestrel" (a stake "in" a
    name of its sentence), "has 30% of Kestrel" (a level "of" a name), lemma, "" otherwise."""
    if f.change or f.moved:
        return ""
    if f.noun == "stake" and f.noun_prep == "in" and f.prep_words:
        obj = f.prep_words[0]
    elif not f.noun and f.of_text:
        obj = lemma(f.of_text.split()[0])
    else:
        return ""
    return obj if obj in _name_keys(f) else ""


def _name_keys(f) -> frozenset[str]:
    """A figure's sentence names, compared loosely: "Tories" is "Tory", "Arlo's" is "Arlo"."""
    return _keys(f.names)


def same_names(a, b) -> bool:
    """Do the two figures' sentences share a name (loosely, see _name_keys)?"""
    return bool(_name_keys(a) & _name_keys(b))


def twins(figs, usable=lambda f: True):
    """Pairs (a, [b]): the only two figures of the story (same unit) framed by the same words
    (see _frames), in different sentences, each the only figure of its unit in its sentence,
    neither about another time, a range or prior value, a rate per unit, both changes or both
    levels, within a factor of 2, disagreeing: one fact stated twice with two values.

    Changes and moved values need a name both sentences share ("it reported a rise in profits
    to £280.2m", "Brackwell's profits rose to £450.7m" are two firms), unless both raise or
    cut "the" same named thing ("raising the threshold to £120,000"); a pair sharing only a
    loose frame ("v", "own") needs one too (for "own", besides the firm held; for "v", or
    neither sentence names anyone), and for "v" with a preposition after the figure
    ("repaid £400,000 to Lord Fenwick") the words after it on one side must stand in the
    other's sentence."""
    lone = lone_in_sentence(figs, lambda f: (f.q.sentence, f.q.unit))
    # a named rate says which figure it is: "a 4.5% increase ... an inflation rate of 2.4%"
    lone_rate = lone_in_sentence([f for f in figs if f.rate],
                                 lambda f: (f.q.sentence, f.q.unit))
    lone_or_rate = lone | lone_rate
    groups: dict = defaultdict(list)
    for f in figs:
        for key in _frames(f):
            groups[(f.q.unit, key)].append(f)
    shared: dict = {}  # (id a, id b) -> (a, b, the kinds of frame they share alone)
    for (_, (kind, _)), members in groups.items():
        if len(members) == 2:
            a, b = members
            shared.setdefault((id(a), id(b)), (a, b, set()))[2].add(kind)
    for a, b, kinds in shared.values():
        if a.q.sentence == b.q.sentence:
            continue
        # a value both were raised or cut to ("raising the threshold to £120,000") is as much
        # one fact as a level; one moved and one not are two
        flags = NOT_A_STATEMENT - {"update"} if a.moved and b.moved else NOT_A_STATEMENT
        alone = lone_or_rate if "rate" in kinds else lone
        if not all(id(f) in alone and usable(f) and not f.per and not f.other_time
                   and not f.q.own_flags & flags for f in (a, b)):
            continue
        if (a.moved or a.change or b.change) and not same_names(a, b) and not (
                "l" in kinds and (a.moved and a.key_det and b.key_det or
                                  _refers_back(a, b) or _refers_back(b, a))):
            continue  # "it reported a rise in profits to £280.2m", "Brackwell ... to £450.7m"
        if a.moved != b.moved or a.direction * b.direction < 0:
            continue  # (a direction unread on one side: '"cut" £35bn' against 'cut £45bn')
        if not kinds - _LOOSE and not _loose_evidence(a, b, kinds):
            continue
        # a named rate is one figure whatever else the sentences say: a slipped digit may
        # move it further ("2.4%" ... "4.2%")
        ratio = _TWIN_RATIO * 2 if "rate" in kinds else _TWIN_RATIO
        if not _within_ratio(a.q.value, b.q.value, ratio) or agree(a, b):
            continue
        yield b, [a]


def _refers_back(a, b) -> bool:
    """Whether a's sentence names no one and its definite subject is a word of b's ("Shares
    in Brenmoor Oil have closed down 14%" ... "The shares closed down 163p, or 24%")."""
    return not a.names and bool(a.subject) and a.subject in b.q.context


def _loose_evidence(a, b, kinds) -> bool:
    """Whether two figures sharing only a loose frame are about the same actor and thing."""
    if "own" in kinds:
        # the holder: a name both sentences give other than the firm held ("Larchmont Life
        # ... a 1% stake in Dalby Boerse", "Corvid Capital, holding 2% of Dalby Boerse"
        # are two holders)
        held = _holding(a)
        return _same_actor(a, b, lambda keys: held not in keys)
    if not (_same_actor(a, b) or not a.names and not b.names):
        return False
    if a.right_key[0] in _STOP_FRAME:
        # "repaid £400,000 to Lord Fenwick" ... "repaid £700,000 to former party treasurer
        # Lord Fenwick": what follows the preposition on one side is named on the other
        return _named_in(a.right_key[1:], b) or _named_in(b.right_key[1:], a)
    return True


def _same_actor(a, b, keep=lambda keys: True) -> bool:
    """Whether one sentence's run of capitalised words is part of one in the other ("United"
    and "Harwell United"; "Tories" and "Tory"; not "Pellworth Foods" and "Marrow Foods")."""
    keys_a = [k for k in map(_keys, a.phrases) if keep(k)]
    keys_b = [k for k in map(_keys, b.phrases) if keep(k)]
    return any(pa <= pb or pb <= pa for pa in keys_a for pb in keys_b)


def _keys(words) -> frozenset[str]:
    return frozenset(lemma(w.lower().removesuffix("'s").removesuffix("’s")) for w in words)


def _named_in(words, f) -> bool:
    content = [w for w in words if w not in _STOP_FRAME]
    return bool(content) and all(lemma(w) in f.q.context or lemma(w) in _name_keys(f)
                                 for w in content)
