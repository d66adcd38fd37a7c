"""money-mismatch: the same amount of money stated two incompatible ways.

What it catches:
    A definite back-reference to an amount already stated ("The $4.3 billion deal", "the
    £32 million grant", "The €56 million fee", "the $221 million bond", "the £16.4 million
    penalty", "the $4.75 million payout") that does not match the amount the article first
    gave for that deal, grant, fee, bond, fine or settlement ("agreed to buy Celtrix for $4.8
    billion", "has been awarded £28m", "a $212 million transit bond", "has been fined
    £14.6m", "will pay $4.5 million ... under a settlement"); a headline amount against the
    lede's ("seals $1.6bn deal" over "in a $3.6bn (£874m) deal", "in a deal valued at
    $6bn"); a later "Norvane is paying $4.3bn" against the lede's "agreed to buy Celtrix for
    $4.8 billion"; an amount a story states once, however it is named ("released on $750,000
    bail" then "set bail of $570,000"; "a ransom of $1.2 million" then "a $2.1 million
    ransom"); the only two amounts of a story framed by the same words, without "the"
    ("want £6m for the midfielder" ... "they want £8m for the midfielder"; "would cut £35bn
    from public services" ... "cut £45bn from public services"; "annual losses of £6m" ...
    "annual losses of £8m"; "received a £6m bid from Harwell United" ... "received a £9m
    bid from United"; "repaid £400,000 to Lord Fenwick" ... "had repaid £700,000 to former
    party treasurer Lord Fenwick"; "save the average tenant £80 every year" ... "could save
    £160 every year"; "raising the threshold to £120,000" ... "increase the threshold to
    £200,000"); the headline's one amount against the body's first ("Brenmoor in $4bn gas
    deal" over "Brenmoor has signed a $7bn (£2.7bn) deal"; "Veltra planning $80m share sale"
    over "plans to raise $150m (£39m) from the sale" in paragraph 2).

Why it matters:
    The headline amount of a deal or a grant is the figure readers, markets and other
    outlets repeat. A transposed or stale amount later in the story is a correction waiting
    to happen.

Example:
    lede: "... agreed to buy battery maker Celtrix for $4.8 billion (€4.4 billion) in cash"
    body: "The $4.3 billion deal is expected to close in the second half of 2025"

Compatibility semantics:
    Amounts are compared only in the same currency, with their scale applied: "$3.5bn", "$3.5
    billion" and "3,500 million dollars" are one value. A less precise amount may be a
    rounding of a more precise one ("$3.5bn" and "$3.46bn" agree); hedges make intervals as
    for counts ("about $900 million"). The reference must be definite ("the", "its", "this",
    "Name's") with a head noun that names a kind of amount (deal, fee, grant, bond, loan,
    fine, penalty, payout, contract, budget ...; a conversion in brackets between amount and
    noun is skipped, and "a deal valued at $6bn" is the deal's amount). Its antecedents are
    earlier amounts in the same currency, in another sentence, that name the same noun ("a
    $212 million transit bond") or stand in a sentence whose words say the same thing ("buy",
    "acquire" for a deal; "awarded", "funding" for a grant; "signed" for a fee; "fined" for a
    fine or penalty; "pay", "settlement" for a payout), within a factor of 2 of the reference
    (option `max_ratio`; twice that when both name the same noun), each the only amount in
    its currency in its sentence, and naming
    the reference's owner when it has one ("Harwell's £100m deal" needs "Harwell" in the
    antecedent's sentence). The rule reports only when all those antecedents give one value
    and the reference disagrees with it; when any antecedent agrees, the reference is taken
    to mean that one, and when the story states the reference's value anywhere before
    ("raised its offer to $3.8bn"), the reference repeats it. A headline or caption amount
    whose noun or words say what it is ("agrees $3.5bn takeover", "to buy Celtrix for
    $4.8bn") is checked the same way against the body's amounts for that thing. A restatement
    without "the" ("Norvane is paying $4.3bn": "pay", "paying" right before the amount, in a
    paragraph after the first) is checked against the amounts of a deal, settlement or fine in
    the headline or first paragraph whose sentence shares a name with it, within a factor of
    2; a "for" phrase after it must name what the lede names. Bail and ransom amounts (the
    noun right after the amount, or before it with "of" / "set at") are compared with every
    earlier one of the same noun and currency, definite or not, within a factor of 2.
    Twin statements (checker.rules._figures.twins): two amounts in one currency that share a
    frame (two content words right after the amount, "£35bn efficiency savings"; the same
    word before and the same words after, to a content word, "want £6m for the
    midfielder"; a noun and "of" / "to" / "at" right before, "losses of £6m") that no third
    amount of the story shares, in different sentences, each the only amount in its currency
    in its sentence, neither a range, prior value, per-unit price or about another time,
    within a factor of 2; a value both were moved to or a change needs a name shared by both
    sentences ("Tories" is "Tory"), unless both move "the" same noun ("raising the threshold
    to £120,000" ... "increase the threshold to £200,000", in one direction) or one sentence
    names no one and refers back with a definite subject. A looser frame, the word the
    amount is the object of and the word after it ("received a £6m bid"; "repaid £400,000
    to"; "save the average tenant £80 every year": a verb with a person and an amount,
    past the person), needs a run of capitalised words of one sentence inside one of the
    other ("United" and "Harwell United"), or no name in either; when a preposition
    follows the amount, the words after it on one side must stand in the other sentence.
    Headline against lede: the headline's only amount in a currency against the body's
    first amount in it, if that stands in the first two paragraphs with no other amount in
    its sentence but its conversion in brackets, both plain (no range, prior or updated value,
    per-unit price, move or other time), both changes or both levels, sharing a name or a
    content word, within a factor of 4: a headline sums up the story's main fact, which the
    lede states first.

What it leaves alone:
    Different currencies, stated conversions included ("$10 million (€9.2 million)");
    earlier steps of a negotiation ("rejected an initial £20m bid", then "the £27m deal": an
    antecedent in a sentence about a rejected, initial, improved or revised offer, or a bid or
    offer for a reference to the deal, is not a statement of the deal's amount, unless the
    reference's sentence says the same of it: "A £1.3bn offer ... has been rejected" and
    "since Dalby Boerse's £1.3bn offer was rejected" are one offer);
    amounts of different things (a break-up fee, last year's revenue, a 2021 purchase);
    prior and updated amounts ("up from $2bn", "rose to $3bn"), ranges, per-unit prices
    ("$62 a share", "$38 a year"), amounts in sentences that refer to another time ("in
    2019", "last year"), two amounts in one sentence, and amounts that are not referred
    back to with "the ... deal" (business stories are full of unrelated amounts: profits,
    sales, costs of different periods and firms); a part of a payment ("paying $3bn up
    front", "the rest in shares") or a payment for something else ("paying $3.9bn for a rival
    chip maker"); bail at another time ("in 2023") or moved ("raise bail to $90,000");
    three or more amounts with one frame (a list of budgets, not one fact told twice); two
    firms' results with one frame ("profits rose to £280.2m", "Brackwell's profits rose to
    £450.7m": no shared name); one verb frame for two actors or two things ("Pellworth
    Rovers have received a £6m bid", "Kelling Town ... received a £9m bid"; "paid £5m for
    its depot", "paid £8m for the land"; "Pellworth Foods", "Marrow Foods" share only a
    word); a threshold raised to one value and cut to another; a headline amount that the
    lede rounds ("$4bn" over "$3.8bn"), a lede whose first amount shares its sentence with
    other amounts ("paid 180bn roubles ... nowhere near the $19bn it owes"), or stands in
    paragraph 3 or later, or is more than 4 times or less than a quarter of the headline's;
    amounts raised ("plans to raise $80m") are levels, not changes; a person's former role
    ("former party treasurer Lord Fenwick") is not another time.
"""

from __future__ import annotations

from checker.mentions.figures import ONE_AMOUNT
from checker.mentions.quantities import MONEY
from checker.rules._compare import SUMMARY_SEGMENTS, fmt_number
from checker.rules._figures import (
    NOT_A_STATEMENT, agree, back_references, findings_for, lone_in_sentence, twins,
)

ID = "money-mismatch"
SEVERITY = "error"
SUMMARY = "The same amount (of a deal, grant, fee...) is stated two incompatible ways."

_DEAL = frozenset("""deal acquisition takeover purchase merger bid offer transaction buy bought
    buying acquire acquired acquiring buyout""".split())
_FEE = frozenset("fee transfer sign signed signing".split())
_GRANT = frozenset("grant award awarded funding fund funded".split())
_FINE = frozenset("fine fined penalty penalised penalized".split())
# A settlement is paid: "will pay $4.5 million ... under a settlement", then "the $4.75
# million payout".
_SETTLEMENT = frozenset("""settlement settle settled payout pay paid paying compensation
    compensate compensated""".split())
# What a reference noun may be called where the amount was first stated.
RELATED: dict[str, frozenset[str]] = {
    **{w: _DEAL for w in ("deal", "acquisition", "takeover", "purchase", "merger", "bid",
                          "offer", "buyout")},
    **{w: _FEE for w in ("fee", "transfer", "signing")},
    **{w: _GRANT for w in ("grant", "award", "funding")},
    "bond": frozenset({"bond"}),
    "loan": frozenset({"loan", "lend", "lent", "lending"}),
    "fine": _FINE,
    "penalty": _FINE,
    "settlement": _SETTLEMENT,
    "payout": _SETTLEMENT,
    "compensation": _SETTLEMENT,
    "contract": frozenset({"contract"}),
    "budget": frozenset({"budget"}),
    "package": frozenset({"package"}),
    "bailout": frozenset({"bailout", "rescue"}),
    "investment": frozenset({"investment", "invest", "invested", "investing"}),
    "project": frozenset({"project", "scheme"}),
    "scheme": frozenset({"project", "scheme"}),
    "bail": frozenset({"bail"}),
    "ransom": frozenset({"ransom"}),
}
# Amounts a story states once, whichever way it names them: "released on $750,000 bail" and
# "set bail of $570,000" are the same bail, "the" or not.
_ONE_AMOUNT = ONE_AMOUNT
# A figure's own flags (`Quantity.own_flags`) that say it is not the amount itself: a bound of
# a range, an earlier or updated amount, another one ("another $2m").
_NOT_THE_AMOUNT = frozenset({"range", "prior", "update", "other"})


def _one_amount(f) -> str:
    noun = f.noun or f.noun_before
    if noun not in _ONE_AMOUNT or f.q.kind != MONEY or f.per or f.moved or f.other_time or \
            f.q.own_flags & _NOT_THE_AMOUNT or f.q.context & _NEGOTIATION:
        return ""
    return noun
_MAX_RATIO = 2.0
_PROPOSALS = frozenset({"bid", "offer"})
_NEGOTIATION = frozenset("""rejected reject rejecting initial original improved sweetened
    revised opening first earlier previous counter counteroffer turned rebuffed""".split())


def _is_reference(f) -> bool:
    return (f.q.kind == MONEY and bool(f.det) and f.noun in RELATED and not f.per
            and not f.moved and not f.q.own_flags & _NOT_THE_AMOUNT)


# "is paying $4.3bn": the amount of the deal, settlement or fine the lede states
_PAYING = frozenset("pay pays paying paid".split())
_PAID_FOR = _DEAL | _SETTLEMENT | _FINE


# A part of a payment, not the whole: "paying $3bn in cash and the rest in shares"
_INSTALMENT = frozenset("""upfront rest remainder balance instalment installment deposit part
    portion initial first""".split())


def _is_restatement(f) -> bool:
    return f.q.kind == MONEY and not f.det and f.verb in _PAYING and not f.per \
        and not f.moved and not f.other_time and not f.q.context & _INSTALMENT and \
        not f.q.own_flags & _NOT_THE_AMOUNT


def _topic(f) -> str:
    """The reference noun, or for a headline figure without one, what its words say it is
    ("Norvane to buy Celtrix for $4.8bn": a deal)."""
    if f.noun in RELATED:
        return f.noun
    for noun, related in _SUMMARY_TOPICS:
        if f.q.context & related:
            return noun
    return ""


_SUMMARY_TOPICS = (("deal", _DEAL), ("grant", _GRANT), ("fee", _FEE))


def _fits(r, a) -> bool:
    if a.q.unit != r.q.unit or (r.owner and r.owner not in a.names):
        return False
    if (a.q.context & _NEGOTIATION) - r.q.context:
        # "rejected an initial £20m bid": an earlier step, not the deal (unless the
        # reference is to that step: "A £1.3bn offer ... has been rejected" ... "since
        # Dalby Boerse's £3.3bn offer was rejected")
        return False
    if a.noun in _PROPOSALS and _topic(r) not in _PROPOSALS:
        return False  # a bid or an offer is not yet the deal
    related = RELATED[_topic(r)]
    if a.noun:
        return a.noun in related
    return bool(a.q.context & related)


def _describe(f) -> str:
    hedge = f"{f.q.hedge} " if f.q.hedge else ""
    v = f.q.value
    for scale, word in ((1e9, "billion"), (1e6, "million")):
        if v >= scale:
            return f"{hedge}{fmt_number(v / scale)} {word} {f.q.unit}"
    return f"{hedge}{fmt_number(v)} {f.q.unit}"


# Words a headline and its first paragraphs share whatever the story is about
_HEAD_GENERIC = frozenset("""say said says year month week day new plan plans million billion
    pound dollar euro cent""".split())
_HEAD_RATIO = 4.0
_NOT_HEAD = frozenset({"range", "prior", "update", "rate", "other"})


def _headline_and_lede(doc, figs, lone):
    """The headline's one amount in a currency against the body's first amount in it, when
    that stands in the first two paragraphs ("Brenmoor in $4bn gas deal" over "Brenmoor has
    signed a $7bn (£2.7bn) deal"; "Veltra planning $80m share sale" over "plans to raise
    $150m from the sale" in paragraph 2): a headline sums up the story's main fact, which the
    lede states first. Both must be the only amount in the currency of their sentence,
    plain (no range, prior or updated value, per-unit price, move or other time), both
    changes or both levels, sharing a name or a content word, within a factor of 4."""
    sentences = doc.sentences

    def plain(f) -> bool:
        return id(f) in lone and not f.per and not f.moved and not f.other_time and \
            not f.q.own_flags & _NOT_HEAD

    heads: dict[str, list] = {}
    firsts: dict[str, object] = {}
    for f in figs:
        s = sentences[f.q.sentence]
        if s.kind == "headline":
            heads.setdefault(f.q.unit, []).append(f)
        elif s.kind == "body" and f.q.unit not in firsts:
            firsts[f.q.unit] = f
    for unit, hs in heads.items():
        b = firsts.get(unit)
        if len(hs) != 1 or b is None:
            continue
        h = hs[0]
        if sentences[b.q.sentence].block.index > 1 or not plain(h) or not plain(b):
            continue
        if any(o is not b and o.q.sentence == b.q.sentence and
               not 0 <= o.q.start - b.q.end <= 3 for o in figs):
            continue  # the lede's sentence states other amounts than b and its conversion
        if h.change != b.change or h.direction * b.direction < 0:
            continue
        if not (h.names & b.names or (h.q.context & b.q.context) - _HEAD_GENERIC):
            continue
        if _within(h.q.value, b.q.value, _HEAD_RATIO) and not agree(h, b):
            yield h, [b]


def _within(x: float, y: float, ratio: float) -> bool:
    return x > 0 and y > 0 and max(x, y) / min(x, y) <= ratio


def check(doc, mentions, options):
    figs = [f for f in mentions.figures if f.q.kind == MONEY]
    if len(figs) < 2:
        return
    lone = lone_in_sentence(figs, lambda f: (f.q.sentence, f.q.unit))

    def fits(r, a) -> bool:
        return id(a) in lone and not a.moved and _fits(r, a)

    sentences = doc.sentences

    def summary(f) -> bool:
        return sentences[f.q.sentence].kind in SUMMARY_SEGMENTS and not f.per and \
            not f.moved and not f.q.own_flags & NOT_A_STATEMENT and bool(_topic(f))

    max_ratio = options.get("max_ratio", _MAX_RATIO)

    def ratio(r, a) -> float:
        # The same noun on both sides ("seals $1.6bn deal" ... "in a $3.6bn deal") is strong
        # evidence of one thing: a slipped digit may then move the value further.
        return max_ratio * 2 if r.noun and a.noun == r.noun else max_ratio

    pairs = list(back_references(figs, _is_reference, fits, ratio, summary))

    def in_lede(f) -> bool:
        block = sentences[f.q.sentence].block
        return block.kind in SUMMARY_SEGMENTS or block.kind == "body" and block.index == 0

    def restates(r, a) -> bool:
        # "Norvane agreed to buy Celtrix for $4.8bn" (lede) ... "Norvane is paying $4.3bn"; a
        # "for" phrase must name what the lede names ("paying $3.9bn for a rival": another)
        return id(a) in lone and not a.moved and a.q.unit == r.q.unit and in_lede(a) and \
            not in_lede(r) and bool(r.names & a.names) and \
            (not r.for_words or bool({n.lower() for n in a.names}.intersection(r.for_words))) \
            and \
            (a.noun in _PAID_FOR or bool(a.q.context & _PAID_FOR))

    done = {id(r) for r, _ in pairs}
    pairs += [(r, c) for r, c in back_references(figs, _is_restatement, restates, max_ratio)
              if id(r) not in done]
    done |= {id(r) for r, _ in pairs}

    def same_amount(r, a) -> bool:
        # the noun is on the amount itself, so other amounts in its sentence do not matter
        return a.q.unit == r.q.unit and _one_amount(a) == _one_amount(r) \
            and (not r.owner or r.owner in a.names)

    pairs += [(r, c) for r, c in back_references(figs, _one_amount, same_amount, max_ratio)
              if id(r) not in done]
    done |= {id(r) for r, _ in pairs}
    pairs += [(r, c) for r, c in twins(figs) if id(r) not in done]
    done |= {id(r) for r, _ in pairs}
    pairs += [(r, c) for r, c in _headline_and_lede(doc, figs, lone) if id(r) not in done]
    yield from findings_for(
        doc, ID, SEVERITY, pairs, _describe, "amount",
        "Make these amounts agree, or say what changed (\"raised its offer to\").",
    )
