"""percent-mismatch: the same share stated as two different percentages.

What it catches:
    One share given two incompatible values in the same story: a candidate's "54.2% of the
    vote" against "Lask's 52.4 percent share"; a firm that "controls 34% of the national
    market" against "its 43 percent share of the market"; "cut 12% of its workforce" against
    "The 15 percent reduction"; "78% of children under five" against "87 percent of children
    under five" for the same district.

Why it matters:
    Transposed digits in a percentage (54.2/52.4, 34/43, 78/87) survive proofreading because
    both look plausible; vote shares and market shares are exactly the figures readers quote.

Example:
    lede: "Miriam Lask won the governorship of Esterland with 54.2% of the vote"
    body: "Lask's 52.4 percent share was the largest for any candidate ..."

Compatibility semantics:
    Percentages agree when their hedge intervals overlap or one is a rounding of the other at
    its stated precision ("54%" and "54.2%"; "about half" is not a percentage). Two kinds of
    pairing are checked, never all pairs:
    1. A definite back-reference ("the", "its", "their", "Name's" before the figure) whose noun
       is a share ("share", "stake", "majority", "turnout") or a cut ("reduction", "cut"),
       against the earlier statements of that share: for a share, earlier levels of the same
       "of" phrase head ("of the market") or, for a bare "share", a vote or market share
       (for "turnout", a sentence about turnout); for a cut, an earlier "cut/reduce N% of
       its workforce/staff/jobs" (a cut "in" something named is another cut). A named owner
       ("Lask's") must be named in the antecedent's sentence. Only when those antecedents
       give one value and the reference disagrees with it. A headline or caption share
       ("Lask wins with 54% of the vote") is checked the same way against the body's
       statements of that share, in sentences naming the same place or party.
    2. Two plain levels with the same "of" phrase of at least two words ("of children under
       five"), in different paragraphs, in sentences that name the same place or party and
       that do not refer to another time.
    Antecedents must be levels (not "rose 5%", "up 3 points"), not ranges, prior or updated
    values, not in a sentence about another time, and the only percentage in their sentence.

What it leaves alone:
    Percent against percentage points ("rose 3 points to 41.5%": points are never compared
    with percents); shares of different groups ("Orsini took 41.3%", "Nationally, 91% of
    children ..."); changes ("rose 5%") against levels; two percentages in one sentence;
    shares in sentences about another time ("in 2020 the airline cut 9% of its staff");
    business figures that are not referred back to (growth rates of different periods).
"""

from __future__ import annotations

from checker.mentions.quantities import PERCENT
from checker.rules._compare import SUMMARY_SEGMENTS, fmt_number
from checker.rules._figures import (
    NOT_A_STATEMENT, agree, back_references, findings_for, lone_in_sentence,
)

ID = "percent-mismatch"
SEVERITY = "error"
SUMMARY = "The same share (of the vote, of a market...) is given as two different percentages."

_SHARE_NOUNS = frozenset({"share", "stake", "majority", "turnout"})
_CUT_NOUNS = frozenset({"reduction", "cut"})
_SHARE_OF = frozenset({"vote", "market", "ballot", "poll", "electorate"})
_STAFF = frozenset("workforce staff job employee worker post headcount personnel".split())
_MAX_GROUP = 12
_CUT_VERBS = frozenset(
    "cut cutting cuts reduce reducing shed shedding axe axing eliminate".split()
)


def _is_reference(f) -> bool:
    if not f.det or f.per or f.moved or f.q.flags & NOT_A_STATEMENT:
        return False
    if f.noun in _CUT_NOUNS:
        return True
    return not f.change and (f.noun in _SHARE_NOUNS or bool(f.of_noun and f.det != "the"))


def _fits(r, a) -> bool:
    if r.owner and (r.owner not in a.names or a.owner and a.owner != r.owner):
        return False
    if r.noun in _CUT_NOUNS:
        # Job cuts: "cut 12% of its workforce" ... "the 15 percent reduction". A cut in
        # something named ("the 10% cut in prices") is another cut.
        return (a.verb in _CUT_VERBS or a.noun in _CUT_NOUNS) and a.of_noun in _STAFF and \
            (not r.of_noun or r.of_noun == a.of_noun) and r.noun_prep in ("", "of")
    if a.change:
        return False
    if r.of_noun and a.of_noun:
        return r.of_noun == a.of_noun
    if r.noun in _SHARE_NOUNS and not r.of_noun:
        if r.noun == "turnout" and not a.of_noun:
            return "turnout" in a.q.context  # "Turnout was 61%" ... "the 16 percent turnout"
        return a.of_noun in _SHARE_OF or a.noun in _SHARE_NOUNS
    return False


def _level(f) -> bool:
    return not (f.change or f.per or f.moved or f.other_time or f.q.flags & NOT_A_STATEMENT)


def _same_group(doc, figs):
    """Pairing 2: plain levels of one multi-word "of" phrase, same named place or party."""
    by_phrase: dict[str, list] = {}
    for f in figs:
        if _level(f) and len(f.of_text.split()) >= 2:
            by_phrase.setdefault(f.of_text, []).append(f)
    for group in by_phrase.values():
        if len(group) > _MAX_GROUP:
            continue  # a table or a list, not two statements of one share
        for i, a in enumerate(group):
            for b in group[i + 1:]:
                if doc.sentences[a.q.sentence].block is doc.sentences[b.q.sentence].block:
                    continue
                if not (a.names & b.names) or agree(a, b):
                    continue
                yield a, [b]


def _describe(f) -> str:
    hedge = f"{f.q.hedge} " if f.q.hedge else ""
    return f"{hedge}{fmt_number(f.q.value)}%"


def check(doc, mentions, options):
    figs = [f for f in mentions.figures if f.q.kind == PERCENT]
    if len(figs) < 2:
        return
    lone = lone_in_sentence(figs)

    def fits(r, a) -> bool:
        return id(a) in lone and _fits(r, a)

    sentences = doc.sentences

    def summary(f) -> bool:
        # A headline or caption share ("Lask wins with 54% of the vote") is checked against
        # the body's statements of that share.
        return sentences[f.q.sentence].kind in SUMMARY_SEGMENTS and _level(f) and \
            bool(f.of_noun or f.noun in _SHARE_NOUNS) and bool(f.names)

    def summary_fits(r, a) -> bool:
        if summary(r) and not (r.names & a.names):
            return False
        return fits(r, a)

    pairs = list(back_references(figs, _is_reference, summary_fits, summary_of=summary))
    pairs += list(_same_group(doc, [f for f in figs if id(f) in lone]))
    yield from findings_for(
        doc, ID, SEVERITY, pairs, _describe, "percentage",
        "Make these percentages agree, or say whose share or which period each one is.",
    )
