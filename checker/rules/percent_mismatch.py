"""percent-mismatch: the same share stated as two different percentages.

What it catches:
    One share given two incompatible values in the same story: a candidate's "54.2% of the
    vote" against "Lask's 52.4 percent share"; a firm that "controls 34% of the national
    market" against "its 43 percent share of the market"; "cut 12% of its workforce" against
    "The 15 percent reduction"; "78% of children under five" against "87 percent of children
    under five" for the same district; a change referred back to with another value ("will
    pay 6.8% more in council tax" ... "the 6.3 per cent increase"; "reduced the number of days
    patients spent with migraine by 34%" ... "the 43 percent reduction in migraine days"); a
    headline change against the lede's ("shares slump 12%" over "fell 21%"); the only two
    percentages of a story framed by the same words, without "the" ("bought a 20% stake in
    Kestrel" ... "a 30% stake in Kestrel"; "voted to raise rates to 4%" ... "interest rates
    to 6%"; "closed down 14%" ... "The shares closed down 163p, or 24%"; "bought a 20% stake
    in Kestrel" ... "Tallis has 30% of Kestrel"; "inflation, which is currently 2.4%" ... "an
    inflation rate of 4.2%"); a change referred back to by its noun nearby ("wants a fare
    rise of 40%" ... "has rejected the 50% rise").

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
    3. A definite reference to a change ("the", "its" ... before "N% increase / rise / cut /
       reduction / drop ..."), not placed at another time, against earlier changes in the
       same direction (a rise is never compared with a fall), each the only change of that
       direction in its sentence: when the reference has an "in" phrase ("in migraine days"),
       those whose sentence names its words (within a factor of 4); otherwise those in the
       headline or first paragraph, where the story's main change is stated (within a factor
       of 2), or those in the same or the previous paragraph that name the change with the
       reference's noun ("wants a fare rise of 40%" ... "has rejected the 50% rise"; "a 40%
       rise"). A headline change ("shares slump 12%") is checked against the first
       paragraph's changes in the same direction that share a name or a content word with it.
       Only when those antecedents give one value and the reference disagrees with it.
    4. A named rate (unemployment, also "jobless rate" / "joblessness"; inflation; turnout;
       the interest rate, "interest rates" within the last seven words of the clause: "left
       interest rates on hold at 3.25%", not "mortgage interest rates"),
       named in the last three words of the figure's clause ("unemployment stood at 6.2%",
       "put turnout at 67 percent") or between it and "rate" ("the 6.8 percent jobless
       rate"): a definite reference, or a headline or caption ("Turnout hits 71%"), against
       the other statements of that rate's level ("rose to 4.3%" is its level; "up from
       3.9%" is not), each the only level in its sentence, within a factor of 2. A
       qualifier makes another rate ("youth unemployment", "core inflation", "Scottish
       unemployment"); "the highest since 2015" is a record, not another time.
    5. Twin statements (checker.rules._figures.twins, as for money-mismatch): two
       percentages sharing a frame ("stake in Orvale Networks" after; "rates to" before) that
       no third one shares, in different sentences, each alone in its sentence, not about
       another time, within a factor of 2; changes and moved values need a name shared by
       both sentences ("Harwell ... a 7% rise in profits", "Corran ... an 11% rise in
       profits" are two firms), or a sentence naming no one whose definite subject is a word
       of the other ("Shares in Brenmoor Oil have closed down 14%" ... "The shares closed
       down 163p, or 24%": a percentage after "163p, or" is framed by the words before the
       pence). Further frames: a verb and its direction ("closed down"); a named rate, by
       any of its names (within a factor of 4, and a rate named by its sentence counts as
       alone there even beside other percentages: "a 4.5% increase ... an inflation rate of
       2.4%"); a holding in a named firm, "a 20% stake in Kestrel" or "30% of Kestrel", which
       needs the holder named on both sides ("Tallis").
    Antecedents of 1 and 2 must be levels (not "rose 5%", "up 3 points"), not ranges, prior or
    updated values, not in a sentence about another time, and the only percentage in their
    sentence; those of 3 must be changes, not ranges or prior values, nor of another time.

What it leaves alone:
    Percent against percentage points ("rose 3 points to 41.5%": points are never compared
    with percents); shares of different groups ("Orsini took 41.3%", "Nationally, 91% of
    children ..."); changes ("rose 5%") against levels; two percentages in one sentence;
    shares in sentences about another time ("in 2020 the airline cut 9% of its staff");
    a change referred to in another direction or with another "in" phrase ("the 5% increase
    in costs" after "sales rose 8%, while costs rose 5%"), or at another time ("the 12% drop
    in profits last year");
    business figures that are not referred back to (growth rates of different periods);
    qualified rates ("youth unemployment", "core inflation") against the plain one; a rate
    placed at another time ("In 2019, the 3.9% unemployment rate"); a target or forecast for
    a rate ("its inflation target of 2%"), or one of several ("the highest rate of inflation
    at 19.4%", a region's); two holders of one firm ("Larchmont Life, which
    owns a 1% stake in Dalby Boerse", "Corvid Capital, holding 2% of Dalby Boerse");
    a change named by the reference's noun two or more paragraphs before it (unless it is
    the lede's); two firms' shares that "closed down" (the subjects name two firms); two
    stakes in different hands ("the 25% stake" Harrowgate sells to Montero, which "already
    holds a 25% stake in Rail Links"): no frame pairs them.
"""

from __future__ import annotations

from checker.mentions.quantities import PERCENT
from checker.rules._compare import SUMMARY_SEGMENTS, fmt_number
from checker.rules._figures import (
    NOT_A_STATEMENT, agree, back_references, findings_for, lone_in_sentence, twins,
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
    if not f.det or f.per or f.moved or f.q.own_flags & NOT_A_STATEMENT:
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
    return not (f.change or f.per or f.moved or f.other_time or f.q.own_flags & NOT_A_STATEMENT)


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


_CHANGE_REF_NOUNS = frozenset(
    "increase rise drop fall decline decrease cut reduction jump growth hike".split()
)
_CHANGE_MAX_RATIO = 2.0


def _named_change(r, a) -> bool:
    """Whether a names its change with r's noun: "a 40% rise", "a fare rise of 40%"."""
    return a.noun == r.noun or a.left_key == (r.noun, "of")
# Words a headline and its lede share whatever they are about.
_GENERIC = frozenset("""percent cent per year month week day quarter said say says rise rose
    fall fell up down increase cut drop""".split())


def _is_change_reference(f) -> bool:
    return bool(f.det) and f.noun in _CHANGE_REF_NOUNS and f.direction != 0 and \
        not f.per and not f.q.flags & _NOT_THIS_CHANGE and f.noun_prep in ("", "in")


# Not a statement of the story's change: a range, prior or updated value, or one placed at
# another time ("the 12% drop in profits last year").
_NOT_THIS_CHANGE = NOT_A_STATEMENT | {"timeshift"}


def _change_references(doc, figs):
    """Pairing 3: a definite reference to a change ("the 6.3 per cent increase", "the 43
    percent reduction in migraine days") against the earlier statements of a change in the
    same direction: those naming the words of its "in" phrase when it has one ("reduced the
    number of days patients spent with migraine by 34%"), else those in the headline or the
    first paragraph, where the story's main change is stated ("will pay 6.8% more")."""
    sentences = doc.sentences
    changes = [f for f in figs if f.change and f.direction]
    lone = lone_in_sentence(changes, lambda f: (f.q.sentence, f.direction))

    def in_lede(f) -> bool:
        block = sentences[f.q.sentence].block
        return block.kind in SUMMARY_SEGMENTS or block.kind == "body" and block.index == 0

    def summary(f) -> bool:
        # "Skylark Air shares plummet 15%" over "Shares in Skylark Air plunged 15% ..."
        return sentences[f.q.sentence].kind in SUMMARY_SEGMENTS and f.change and \
            f.direction != 0 and not f.per and \
            not f.q.own_flags & NOT_A_STATEMENT and id(f) in lone

    def fits(r, a) -> bool:
        if id(a) not in lone or a.direction != r.direction or a.per or not a.change:
            return False
        if summary(r):
            return in_lede(a) and a.prep_words == r.prep_words and bool(
                r.names & a.names or (r.q.context & a.q.context) - _GENERIC)
        if r.owner and r.owner not in a.names:
            return False
        if _is_change_reference(a) and a.prep_words != r.prep_words:
            return False  # "the 10% cut in fares" is not "the 5% cut in staff"
        if r.prep_words:
            return all(w in a.q.context or w in a.prep_words for w in r.prep_words)
        return not a.prep_words and (in_lede(a) or _named_change(r, a) and near(a, r))

    def near(a, r) -> bool:
        # "wants a fare rise of 40%" ... "has rejected the 50% rise": the change the
        # paragraph (or the one before) names with the reference's noun
        ba, br = sentences[a.q.sentence].block, sentences[r.q.sentence].block
        return ba.kind == br.kind == "body" and 0 <= br.index - ba.index <= 1

    def ratio(r, a) -> float:
        # Words of its "in" phrase on both sides are strong evidence of one change: a slipped
        # digit may then move the value further ("by 28%" ... "the 82 percent reduction in
        # severe attacks").
        return _CHANGE_MAX_RATIO * 2 if r.prep_words else _CHANGE_MAX_RATIO

    # "update" marks a figure a count rose or fell to; on a percent it is the change itself
    yield from back_references(figs, _is_change_reference, fits, ratio, summary,
                               not_statement=NOT_A_STATEMENT - {"update"})


_RATE_MAX_RATIO = 2.0
# Not a statement of a rate's current level ("up from 5.9%", "between 5% and 6%"); the value
# a rate rose or fell to ("update") is its level now.
_NOT_A_LEVEL = frozenset({"range", "prior", "rate"})


def _rate_level(f) -> bool:
    # "rose to 4.3%" states the level now; "rose 3%", "up from 3.9%" do not
    return not f.change and not f.q.own_flags & {"prior", "range"} and \
        (not f.moved or "update" in f.q.own_flags)


def _rate_references(doc, figs):
    """Pairing 4: a named rate ("unemployment stood at 6.2%") against a definite reference to
    it, by any of its names ("the 6.8 percent jobless rate"), or a headline's ("Turnout hits
    71%") against the body's statements of it ("put turnout at 67 percent")."""
    sentences = doc.sentences
    rated = [f for f in figs if f.rate and not f.per and not f.q.own_flags & _NOT_A_LEVEL]
    if len(rated) < 2:
        return ()
    levels = [f for f in figs if _rate_level(f)]
    lone = lone_in_sentence(levels)

    def summary(f) -> bool:
        return sentences[f.q.sentence].kind in SUMMARY_SEGMENTS and not f.change and \
            not f.moved and not f.other_time

    def is_reference(f) -> bool:
        return bool(f.det) and not f.change and not f.moved and not f.other_time

    def fits(r, a) -> bool:
        return a.rate == r.rate and id(a) in lone and _rate_level(a) and \
            (not r.owner or r.owner in a.names)

    return back_references(rated, is_reference, fits, _RATE_MAX_RATIO, summary,
                           not_statement=_NOT_A_LEVEL)


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
    done = {id(r) for r, _ in pairs}
    pairs += [(r, c) for r, c in _change_references(doc, figs) if id(r) not in done]
    done |= {id(r) for r, _ in pairs}
    pairs += [(r, c) for r, c in _rate_references(doc, figs) if id(r) not in done]
    done |= {id(r) for r, _ in pairs}
    pairs += [(r, c) for r, c in twins(figs) if id(r) not in done]
    yield from findings_for(
        doc, ID, SEVERITY, pairs, _describe, "percentage",
        "Make these percentages agree, or say whose share or which period each one is.",
    )
