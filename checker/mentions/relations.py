"""Relations between figures that the text states outright, found sentence by sentence.

- `Change`: "rose from 200 to 300, a 25% increase", "fell from 820 in 2023 to 615, a drop
  of 15%", "rose 5% from £2bn to £2.1bn", "rose 5% to £2.1bn from £2bn": a start and end
  value and the percentage change the text states for them; also "615 last year, down 15%
  from 820" (the new value, then the change and the old value).
- `Share`: "1,200 of the 4,000 workers, or 40 percent", "312,000 of the 480,000 registered
  voters cast ballots, a turnout of 72 percent": a part, its whole and the stated share.
- `Breakdown`: a stated total and the parts listed for it: "nine passengers were hurt,
  among them four children and seven adults" (marker "among them", "of whom", "including"
  ...), or "Of the 80 seats, the Unity Party won 41, the Green Alliance 27 and independents
  15" (marker "of the"), or "Of the 27, 11 were hurt and 19 were unhurt" (parallel
  predicates, marker "of the"); and partitions, whose parts must make the whole exactly:
  "52 guests fell ill ... Paramedics treated 19 of them ... and took the other 37" (marker
  "the other", `exact`).
- `Split`: a vote or ruling split in a clear context ("a 6-3 decision", "voted 7-2", "voted
  9 to 4 with three abstentions", "by 5 votes to 2"), with the body's size when the same
  sentence states it ("the 15-member council").
- `Dissent`: "Four justices dissented", "the two council members who voted no" (`definite`:
  a back-reference to a stated vote).

Scores ("a 2-1 win") are never splits: a split needs a ruling or voting word right beside it.
Every pattern is bounded (no nested repetition over the same characters) and runs only inside
sentences that contain the trigger word, so hostile inputs stay linear.
"""

from __future__ import annotations

import bisect
import re

from checker.mentions.figures import half_unit
from checker.mentions.lazy import Lazy
from checker.mentions.lemmas import lemma
from checker.mentions.numbers import NUMERAL, SCALE_SUFFIX, SCALE_WORD, parse_number
from checker.mentions.plain import caseless, caseless_search
from checker.mentions.quantities import COUNT, PERCENT
from checker.record import tuple_record

_CUR = r"(?:US\$|C\$|A\$|\$|£|€|¥|₹)"
# Numerals only ("1,250", "1.2 million", "3bn"): relations are stated in figures, and the
# word-number alternation would cost more to compile than this module's whole run.
_NUM = rf"{NUMERAL}(?:\s?{SCALE_SUFFIX}\b|\s+{SCALE_WORD}\b)?"
_FIG = rf"(?:{_CUR}\s?)?{_NUM}"
_YEAR = re.compile(r"(?:1[89]|20)\d\d")
_HEDGED_LEFT = Lazy(
    re.compile,
    r"\b(?:about|around|nearly|almost|roughly|some|over|more than|less than|under|"
    r"approximately|an estimated|at least|up to|just over|just under)\s+$",
    re.IGNORECASE,
)
_FROM_TO = Lazy(
    re.compile,
    rf"\bfrom\s+({_FIG})(?:\s+[^\W\d_]+){{0,2}}?"
    rf"(?:\s+(?:in|at\s+the\s+end\s+of|in\s+late|in\s+early)\s+(?:1[89]|20)\d\d)?"
    rf"\s+to\s+({_FIG})",
    re.IGNORECASE,
)
# The determiner of a whole ("1,200 of the 4,000")
_PART_DET = r"(?:the\s+|its\s+|their\s+|all\s+)?"
_TO_FROM = Lazy(re.compile, rf"\bto\s+({_FIG})\s+from\s+({_FIG})", re.IGNORECASE)
# What every match of _FROM_TO and _TO_FROM holds ("from" and a figure's first characters),
# and every match of _PART_OF ("of" and a number), searched case-sensitively in a lower-cased
# sentence whose characters are the text's (`Document.folded`): a literal search, far cheaper
# than trying the case-insensitive patterns at every character, that rules out 5 of 7
# sentences with a percentage and "from" and 3 of 4 with one and " of " in BBC articles.
_FROM_FIGURE = re.compile(rf"from\s+(?:{_CUR.lower()}\s?)?\d")
_OF_NUMBER = re.compile(rf"of\s+{_PART_DET}\d")
_PART_OF = Lazy(
    re.compile,
    rf"\b({_NUM})\s+(?:out\s+)?of\s+{_PART_DET}({_NUM})"
    r"((?:\s+[^\W\d_](?:[^\W\d_]|['’-])*){1,3})",
    re.IGNORECASE,
)
_SHARE_LINK_AFTER = Lazy(
    re.compile,
    r"(?:^\s*,|,\s*or|\bor|\(|—|–|\bturnout\s+(?:of|was|at|rate\s+of)|\brepresenting|"
    r"\bequivalent\s+to|\bamounting\s+to)\s*$",
    re.IGNORECASE,
)
_PHRASE_END = frozenset(
    """at in on of for from to by with and or who which that its their the a an was were is
    are had have has cast casting said""".split()
)
_SHARE_LINK_BEFORE = re.compile(r"^\s*,?\s*(?:with|as)\s*$", re.IGNORECASE)
_MARKER = Lazy(
    re.compile,
    r"[^.;:\d]{0,40}?(?:,|—|–|:)\s*(among them|among whom|of whom|of which|of them|"
    r"including)\s+",
    re.IGNORECASE,
)
# "12 people were rescued by helicopter: five children, four women and four men": a colon
# straight before the listed parts.
_COLON = Lazy(re.compile, r"[^.;:\d]{0,60}?:\s*")
_LIST_GAP = re.compile(r"^(?:\s*,\s*(?:and\s+)?|\s+and\s+)$")
_OF_THE = Lazy(
    re.compile,
    rf"Of\s+(?:the|its|their)\s+({_NUM})(\s+[^\W\d_](?:[^\W\d_]|['’-])*)?"
    r"[^,.;\d]{0,60},",
)
_BARE_INT = Lazy(re.compile, rf"\b({_NUM})\b(?!\s*(?:%|per\s?cent|percent|-|–|\.\d))",
                          re.IGNORECASE)
_OF_LIST_GAP = Lazy(
    re.compile,
    r"^(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?(?:[^\W\d_](?:[^\W\d_]|['’.-])*\s+){1,4}$"
)
_OF_FIRST_GAP = Lazy(re.compile, r"^\s*(?:the\s+)?(?:[^\W\d_](?:[^\W\d_]|['’.-])*\s+){1,5}$")

_W = (r"(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
      r"thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)")
# "Of the 27, 11 were hurt and 19 were unhurt": each part a number and the same verb.
_PARALLEL = Lazy(
    re.compile,
    rf"\s*({_W})\s+(were|was|are|is|had|have|did|will|would)\s+"
    r"((?:[^\W\d_](?:[^\W\d_]|['’-])*\s*){1,5}?)(?:,\s*and\s+|,\s*|\s+and\s+|(?=[.;]|$))",
    re.IGNORECASE,
)
# "Of the 30 who sat the test, 18 passed and 14 failed": each part a number and an outcome
# verb that excludes the others (_OUTCOMES).
_OUTCOME = Lazy(
    re.compile,
    rf"\s*({_W})\s+([^\W\d_]+)(?:,\s*and\s+|,\s*|\s+and\s+|(?=[.;]|$))",
    re.IGNORECASE,
)
# "treated 19 of them ... and took the other 37": a part of a group stated before, and the
# rest of it.
_OF_THEM = Lazy(re.compile, rf"\b({_W})\s+of\s+them\b", re.IGNORECASE)
_THE_OTHER = Lazy(re.compile, rf"\bthe\s+(?:other|remaining)\s+({_W})\b(?!\s*(?:%|per\s?cent|percent))",
                   re.IGNORECASE)
_WORDS = re.compile(r"[^\W\d_]+")
# Words without which a sentence holds no split or dissent, and no breakdown marker.
_SPLIT_HINTS = ("vot", "rul", "decision", "verdict", "majority", "judg", "abstain",
                "abstention", "dissent", "member")
_MARKER_HINTS = ("among", "of whom", "of which", "of them", "including", ":")
# Each pattern that starts with a number or a voting word first looks at one character
# (`(?=[...])`): `re` would otherwise try the whole alternation at every position.
_SPLIT = Lazy(
    re.compile,
    rf"\b(?=[\dvrbotfsen])(?:(voted|vote\s+of|votes\s+of|vote\s+was|ruled|by)\s+)?({_W})"
    rf"(\s*[-–]\s*|\s+votes?\s+to\s+|\s+to\s+)({_W})\b"
    r"(?:\s+(decision|ruling|vote|verdict|majority|judgment|judgement|split|margin|"
    r"in\s+favou?r))?",
    re.IGNORECASE,
)
# Every split holds a separator and its second number ("-3", "to 4", "votes to 2"): one
# sentence in thirty that hints at a vote does, and this finds them four times faster.
_SPLIT_SEP_WORDS = rf"(?:-\s*|–\s*|to\s+){_W}"
# Searched case-sensitively in the lower-cased text (Document.folded) when the document has
# one: the alternatives open with a literal each, so `re` skips straight to "-", "–" or "t";
# ~0.02 M instructions per warm BBC article less for this search and the dissent verb's.
_SPLIT_SEP, _SPLIT_SEP_FOLDED = caseless(_SPLIT_SEP_WORDS, lead="(?=[-–t])")
_ABSTAIN = Lazy(
    re.compile,
    rf",?\s*(?:with|and)\s+({_W})\s+(?:abstentions?|abstaining|members?\s+abstaining)\b",
    re.IGNORECASE,
)
_MEMBERS = Lazy(re.compile, rf"\b(?=[\dotfsen])({_W})[-–]member\b", re.IGNORECASE)
_BODY_WORDS = (r"(?:justices?|judges?|members?|council\s+members?|councillors?|councilors?|"
               r"senators?|lawmakers?|jurors?|directors?|commissioners?|MPs|deputies|"
               r"ministers?|board\s+members?|trustees?|governors?)")
_DISSENT_VERBS = r"dissented|voted\s+(?:no|against)|opposed\s+(?:it|the)"
_DISSENT = Lazy(
    re.compile,
    rf"\b(?=[\dotfsen])({_W})\s+(of\s+the\s+)?(?:(?:[^\W\d_]|-)+\s+){{0,2}}?{_BODY_WORDS}\s+"
    rf"(who\s+|had\s+|have\s+)?(?:{_DISSENT_VERBS})",
    re.IGNORECASE,
)
# Every dissent ends in its verb; this finds one far faster than _DISSENT fails.
_DISSENT_VERB, _DISSENT_VERB_FOLDED = caseless(_DISSENT_VERBS, lead="(?=[dov])")
_OLD_SPLIT = Lazy(
    re.compile,
    r"\b(?=[aeplyi])(?:ago|earlier|previous(?:ly)?|last year|in (?:19|20)\d\d|years after|years before|"
    r"precedent)\b",
    re.IGNORECASE,
)


@tuple_record
class Part:
    start: int
    end: int
    value: float


@tuple_record
class Change:
    sentence: int
    old: Part
    new: Part
    percent: object  # the Quantity stating the change
    old_exact: float  # half the unit of the last stated digit, for rounding
    new_exact: float


@tuple_record
class Share:
    sentence: int
    part: Part
    whole: Part
    percent: object


@tuple_record
class Breakdown:
    sentence: int
    total: Part
    total_q: object | None  # the count Quantity, when the total is one
    parts: tuple[Part, ...]
    part_qs: tuple  # the parts' Quantities (empty for "Of the 80 seats" lists)
    marker: str
    exact: bool = False  # the parts are the whole ("19 of them ... the other 37")


@tuple_record
class Split:
    sentence: int
    start: int
    end: int
    yes: int
    no: int
    abstain: int
    abstain_span: tuple[int, int] | None
    members: Part | None
    old: bool  # the sentence places it at another time ("a 5-4 decision ten years ago")


@tuple_record
class Dissent:
    sentence: int
    start: int
    end: int
    value: int
    definite: bool = False  # "the 64 deputies who voted no": refers back to a stated vote


class Relations:
    __slots__ = ("changes", "shares", "breakdowns", "splits", "dissents")

    def __init__(self, changes: list[Change], shares: list[Share], breakdowns: list[Breakdown],
                 splits: list[Split], dissents: list[Dissent]) -> None:
        self.changes, self.shares, self.breakdowns = changes, shares, breakdowns
        self.splits, self.dissents = splits, dissents

    def __repr__(self) -> str:
        return "Relations(" + ", ".join(f"{k}={getattr(self, k)!r}" for k in self.__slots__) + ")"


def _value(raw: str) -> float | None:
    s = raw.lstrip("US$C£€¥₹ ").strip()
    return parse_number(s)


def _exactness(raw: str) -> float:
    """Rounding room of a from/to figure: only decimals and scale words count as rounded
    ("1.2 million": 50,000); a plain integer ("1,250") is taken as exact."""
    s = raw.lstrip("US$C£€¥₹ ")
    if "." not in s and not any(c.isalpha() for c in s):
        return 0.0
    return half_unit(s)


def _is_year(raw: str) -> bool:
    return bool(_YEAR.fullmatch(raw.strip()))


def extract_relations(doc, quantities) -> Relations:
    text = doc.text
    pcts_in: dict[int, list] = {}
    counts_in: dict[int, list] = {}
    for q in quantities:
        if q.kind == PERCENT:
            pcts_in.setdefault(q.sentence, []).append(q)
        elif q.kind == COUNT:
            counts_in.setdefault(q.sentence, []).append(q)
    # Plain substring search over the lower-cased text (far cheaper than a case-insensitive
    # pattern) finds the few sentences that can hold a split or a partition.
    low = doc.lowered
    folded = doc.folded  # see _FROM_FIGURE
    split_sents = _sentences_with(doc, low, _SPLIT_HINTS)
    them_sents = _sentences_with(doc, low, ("of them",))
    # a breakdown is a total and at least two parts: a sentence with fewer counts and no
    # percentage holds no relation but those the other sets find
    listing = {i for i, counts in counts_in.items() if len(counts) >= 3}
    visit = set(pcts_in) | listing | split_sents | them_sents | _of_sentences(doc)
    rel = Relations([], [], [], [], [])
    sentences = doc.sentences
    for i in sorted(visit):
        sent = sentences[i]
        if sent.duplicate_of is not None:
            continue
        s0, s1 = sent.start, sent.end
        pcts = pcts_in.get(i)
        if pcts:
            sent_low = text[s0:s1].lower() if folded is None else folded[s0:s1]
            if "from" in sent_low:
                _changes(text, sent, pcts, rel, folded is None or _FROM_FIGURE.search(sent_low))
            if " of " in sent_low and (folded is None or _OF_NUMBER.search(sent_low)):
                _shares(text, sent, pcts, rel)
        if i in listing and _has_word(low, s0, s1, _MARKER_HINTS):
            _breakdowns(text, sent, counts_in[i], rel)
        if i in them_sents:
            _partition(doc, sent, quantities, rel)
        if text.startswith("Of ", s0):
            _of_the_list(text, sent, rel)
        if i in split_sents:
            _splits(text, sent, rel, folded)
    return rel


def _sentences_with(doc, low: str, words) -> set[int]:
    """The sentences in which one of `words` starts a word of `low` (the lower-cased text)."""
    found: set[int] = set()
    for w in words:
        i = low.find(w)
        while i >= 0:
            if i == 0 or not low[i - 1].isalnum() or not w[0].isalnum():
                sent = doc.sentence_at(i)
                if sent is not None:
                    found.add(sent.index)
            i = low.find(w, i + len(w))
    return found


def _has_word(low: str, s0: int, s1: int, words) -> bool:
    """Does one of `words` start a word of `low` between s0 and s1? Asked only for the
    sentences that state counts: cheaper than finding every marker in the whole text."""
    for w in words:
        stop = s1 + len(w) - 1  # a word starting before s1 may run past it
        i = low.find(w, s0, stop)
        while i >= 0:
            if i == 0 or not low[i - 1].isalnum() or not w[0].isalnum():
                return True
            i = low.find(w, i + len(w), stop)
    return False


def _of_sentences(doc) -> set[int]:
    """Sentences that open with "Of " ("Of the 80 seats, ..."), found with one substring
    search instead of a look at every sentence."""
    text = doc.text
    found: set[int] = set()
    i = text.find("Of ")
    while i >= 0:
        sent = doc.sentence_at(i)
        if sent is not None and sent.start == i and sent.duplicate_of is None:
            found.add(sent.index)
        i = text.find("Of ", i + 1)
    return found


def _changes(text, sent, pcts, rel, from_to=True) -> None:
    """The changes a sentence states; `from_to`: whether it may hold a from-to pair (false
    when _FROM_FIGURE rules them out), else only "615, down 15% from 820" is looked for."""
    s0, s1 = sent.start, sent.end
    found = []
    if from_to:
        for m in _FROM_TO.finditer(text, s0, s1):
            found.append((m.start(1), m.group(1), m.start(2), m.group(2), m.start(), m.end(),
                          None))
        for m in _TO_FROM.finditer(text, s0, s1):
            found.append((m.start(2), m.group(2), m.start(1), m.group(1), m.start(), m.end(),
                          None))
    for q in pcts:
        # "615, down 15% from 820": the new value, then the change and the old value
        lm = _NEW_BEFORE_PCT.search(text, max(s0, q.start - 40), q.start)
        rm = lm and _OLD_AFTER_PCT.match(text, q.end, s1)
        if rm and not any(f[0] <= lm.start(1) < f[5] for f in found):
            found.append((rm.start(1), rm.group(1), lm.start(1), lm.group(1), lm.start(1),
                          rm.end(), q))
    for os_, oraw, ns_, nraw, ms, me, pct in found:
        if _is_year(oraw) or _is_year(nraw):
            continue
        if ("%" in text[me:me + 2] or "percent" in text[me:me + 9].lower()
                or "per cent" in text[me:me + 10].lower()):
            continue  # from 40% to 50%: points or relative, the text does not say
        if _HEDGED_LEFT.search(text, max(s0, os_ - 20), os_) or \
                _HEDGED_LEFT.search(text, max(s0, ns_ - 20), ns_):
            continue
        old, new = _value(oraw), _value(nraw)
        if not old or new is None:
            continue
        if pct is None:
            pct = _linked_change_percent(text, pcts, ms, me)
        if pct is None:
            continue
        rel.changes.append(Change(
            sent.index, Part(os_, os_ + len(oraw), old), Part(ns_, ns_ + len(nraw), new), pct,
            _exactness(oraw), _exactness(nraw)))


# "fell to 615 last year, down 15% from 820": past at most a short time phrase
_NEW_BEFORE_PCT = Lazy(
    re.compile,
    rf"(?<![\d.,])({_FIG})(?:\s+(?:last|this|in|a|the|on)\s+[^\W\d_]+){{0,2}}\s*,\s*"
    r"(?:up|down)\s+(?:by\s+)?$",
    re.IGNORECASE,
)
_OLD_AFTER_PCT = Lazy(re.compile, rf"\s+(?:from|on)\s+({_FIG})(?![\d.,]\d)", re.IGNORECASE)
_CHANGE_AFTER_PCT = Lazy(
    re.compile,
    r"\s*(?:increase|rise|jump|gain|drop|fall|decline|decrease|cut|reduction|growth|"
    r"climb|slump|plunge|surge|fewer|more|lower|higher)\b",
    re.IGNORECASE,
)
_CHANGE_BEFORE_PCT = Lazy(
    re.compile,
    r"\b(?:up|down|rose|fell|increased|decreased|dropped|declined|jumped|climbed|grew|"
    r"slumped|plunged|surged|(?:an?\s+)?(?:increase|rise|jump|gain|drop|fall|decline|"
    r"decrease|cut|reduction|growth)\s+of)\s+$",
    re.IGNORECASE,
)
_CHANGE_NOUN = r"(?:increase|rise|drop|fall|decline|decrease|jump|gain|cut|reduction|growth)"
# What may stand between a from-to and its percentage: a time phrase, then a comma, bracket
# or dash, then "a", "an", "up", "down", "a drop of" ... ("..., while sales rose 20%" is
# another change).
_GAP_AFTER = Lazy(
    re.compile,
    r"(?:\s+(?:in|between|over|since|during|last|this|the|a|and|to|same|past|previous|"
    r"year|years|month|months|week|weeks|quarter|period|decade|[^\W\d_]+day|January|February|"
    r"March|April|May|June|July|August|September|October|November|December|"
    r"spring|summer|autumn|winter|fall))*\s*[,(—–]\s*"
    rf"(?:(?:an?\s+)?{_CHANGE_NOUN}\s+of\s+|(?:up|down)\s+(?:by\s+)?|an?\s+)?",
    re.IGNORECASE,
)
_NO_DIGITS = re.compile(r"^[^\d;]*$")


def _near(pcts, lo: int, hi: int):
    """The percents that start within [lo, hi]: only those can be attached to a relation,
    and looking no further keeps a sentence with thousands of figures linear."""
    i = bisect.bisect_left(pcts, lo, key=_start)
    j = bisect.bisect_right(pcts, hi, key=_start)
    return pcts[i:j]


def _start(q) -> int:
    return q.start


def _linked_change_percent(text, pcts, ms, me):
    """The percent that states this from-to change: right after it ("..., a 25 percent
    increase", "..., up 25%", "(down 15%)"), past at most a time phrase ("between 2021 and
    2024, a drop of 15%"), or right before it ("rose 5% from £2bn to £2.1bn")."""
    linked = []
    for q in _near(pcts, ms - 40, me + 80):
        if q.start >= me:
            gap = text[me:q.start]
            if len(gap) > 70 or not _GAP_AFTER.fullmatch(_YEAR.sub("", gap)):
                continue
        elif q.end <= ms:
            if text[q.end:ms].strip():
                continue
        else:
            continue
        before = text[max(0, q.start - 30):q.start]
        if _CHANGE_AFTER_PCT.match(text, q.end, q.end + 30) or _CHANGE_BEFORE_PCT.search(before):
            linked.append(q)
    return linked[0] if len(linked) == 1 else None


def _shares(text, sent, pcts, rel) -> None:
    s0, s1 = sent.start, sent.end
    for m in _PART_OF.finditer(text, s0, s1):
        if _is_year(m.group(1)) or _is_year(m.group(2)):
            continue
        part, whole = parse_number(m.group(1)), parse_number(m.group(2))
        if not part or not whole or part > whole:
            continue
        if _HEDGED_LEFT.search(text, max(s0, m.start() - 20), m.start()):
            continue
        noun_end = m.end(3)
        linked = []
        for q in _near(pcts, m.start() - 40, noun_end + 100):
            if q.start >= noun_end:
                gap = text[noun_end:q.start]
                if len(gap) <= 90 and _NO_DIGITS.match(gap) and "." not in gap \
                        and _SHARE_LINK_AFTER.search(gap):
                    linked.append(q)
            elif q.end <= m.start():
                if _SHARE_LINK_BEFORE.match(text[q.end:m.start()]):
                    linked.append(q)
        if len(linked) != 1:
            continue
        q = linked[0]
        if re.match(r"\s+of\b", text[q.end:q.end + 4]):
            continue  # "or 40% of the plant's shifts": a share of something else
        whole_end = m.end(2)
        for wm in re.finditer(r"\s+([^\W\d_](?:[^\W\d_]|['’-])*)", m.group(3)):
            if wm.group(1).lower() in _PHRASE_END or whole_end - m.end(2) > 30:
                break
            whole_end = m.end(2) + wm.end()
        rel.shares.append(Share(sent.index, Part(m.start(1), m.end(1), part),
                                Part(m.start(2), whole_end, whole), q))


def _breakdowns(text, sent, counts, rel) -> None:
    s1 = sent.end
    for i, total in enumerate(counts):
        mm = _MARKER.match(text, total.end, min(s1, total.end + 80))
        if mm:
            marker = mm.group(1).lower()
        else:
            mm = _COLON.match(text, total.end, min(s1, total.end + 80))
            if not mm:
                continue
            marker = ":"
        parts = []
        pos = mm.end()
        for q in counts[i + 1:]:
            if q.start < pos:
                continue
            gap = text[pos:q.start]
            if parts and not _LIST_GAP.match(gap) or not parts and gap.strip():
                break
            parts.append(q)
            pos = q.end
        if len(parts) < 2:
            continue
        rel.breakdowns.append(Breakdown(
            sent.index, Part(total.start, total.end, total.value), total,
            tuple(Part(q.start, q.end, q.value) for q in parts), tuple(parts), marker))


def _of_the_list(text, sent, rel) -> None:
    s0, s1 = sent.start, sent.end
    m = _OF_THE.match(text, s0, min(s1, s0 + 160))
    if not m or _is_year(m.group(1)):
        return
    whole = parse_number(m.group(1))
    if not whole:
        return
    whole_end = m.end(2) if m.group(2) else m.end(1)
    parts: list[Part] = []
    pos = m.end()
    if _parallel_list(text, sent, pos, Part(m.start(1), whole_end, whole), rel):
        return
    for nm in _BARE_INT.finditer(text, pos, s1):
        raw = nm.group(1)
        gap = text[pos:nm.start()]
        gap_re = _OF_LIST_GAP if parts else _OF_FIRST_GAP
        if not gap_re.match(gap) or _is_year(raw) or not raw[0].isdigit():
            break
        after = text[nm.end():nm.end() + 3]
        if after[:1].isalpha() or after.startswith((" pe", "-")):
            break
        v = parse_number(raw)
        if v is None:
            break
        parts.append(Part(nm.start(), nm.end(), v))
        pos = nm.end()
    if len(parts) >= 2:
        rel.breakdowns.append(Breakdown(
            sent.index, Part(m.start(1), whole_end, whole), None, tuple(parts), (), "of the"))


def _parallel_list(text, sent, pos, whole, rel) -> bool:
    """ "Of the 27, 11 were hurt and 19 were unhurt": parts that are numbers each followed by
    the same verb and different words (different states of the members, which cannot
    overlap when one verb sets them apart)."""
    parts: list[Part] = []
    verbs, preds = set(), set()
    while True:
        pm = _PARALLEL.match(text, pos, sent.end)
        if not pm or _is_year(pm.group(1)):
            break
        v = parse_number(pm.group(1))
        if v is None:
            break
        pred = pm.group(3).strip().lower()
        head = pred.split()[0]
        if not (head.endswith("ed") or head in _STATES):
            break  # "12 were nurses and 20 were over 50": categories that may overlap
        parts.append(Part(pm.start(1), pm.end(1), v))
        verbs.add(pm.group(2).lower())
        preds.add(pred)
        pos = pm.end()
    if not parts:
        return _outcome_list(text, sent, pos, whole, rel)
    if len(parts) < 2:
        return False
    if len(verbs) == 1 and len(preds) == len(parts):
        rel.breakdowns.append(Breakdown(sent.index, whole, None, tuple(parts), (), "of the"))
    return True


# Outcomes of one event, each excluding the others: a member passed or failed, not both.
_OUTCOMES = {v: g for g, vs in enumerate((
    "passed failed", "survived recovered died", "won lost drew",
    "accepted rejected declined refused", "agreed disagreed")) for v in vs.split()}


def _outcome_list(text, sent, pos, whole, rel) -> bool:
    """ "Of the 30 candidates, 18 passed and 14 failed": numbers each followed by nothing but
    a different outcome of the same event ("passed the written test and 14 failed the run"
    may be two tests and is left alone)."""
    parts: list[Part] = []
    verbs: list[str] = []
    while True:
        pm = _OUTCOME.match(text, pos, sent.end)
        if not pm or _is_year(pm.group(1)):
            break
        v, verb = parse_number(pm.group(1)), pm.group(2).lower()
        if v is None or verb not in _OUTCOMES:
            break
        parts.append(Part(pm.start(1), pm.end(1), v))
        verbs.append(verb)
        pos = pm.end()
    if len(parts) < 2:
        return False
    if len(set(verbs)) == len(verbs) and len({_OUTCOMES[v] for v in verbs}) == 1:
        rel.breakdowns.append(Breakdown(sent.index, whole, None, tuple(parts), (), "of the"))
    return True


# What a member may be besides a past participle ("were killed", "were unharmed").
_STATES = frozenset("""hurt unhurt dead alive missing safe taken held kept found shot seen
    brought sent given left still""".split())
_LOOKBACK = 3  # sentences in which the group "them" refers to may have been counted


def _partition(doc, sent, quantities, rel) -> None:
    """ "Paramedics treated 19 of them ... and took the other 37": a part and the rest of a
    group counted in this or the few sentences before, whose noun this or the previous
    sentence names ("52 guests fell ill. Guests began complaining ..."). Both parts must be
    smaller than the group."""
    text = doc.text
    s0, s1 = sent.start, sent.end
    om = _OF_THEM.search(text, s0, s1)
    if not om:
        return
    tm = _THE_OTHER.search(text, om.end(), s1)
    if not tm:
        return
    a, b = parse_number(om.group(1)), parse_number(tm.group(1))
    if not a or not b:
        return
    sentences = doc.sentences
    first = max(0, sent.index - _LOOKBACK)
    near = set()
    for j in (sent.index - 1, sent.index):
        if j >= 0:
            near.update(lemma(w) for w in _WORDS.findall(
                text, sentences[j].start, om.start() if j == sent.index else sentences[j].end))
    total = None
    for q in reversed(quantities):  # the nearest count before "N of them"
        if q.start >= om.start() or q.sentence > sent.index:
            continue
        if q.sentence < first:
            break
        if q.kind == COUNT and q.unit in near and not q.own_flags & _NOT_WHOLE:
            total = q
            break
    if total is None or sentences[total.sentence].block.index < sent.block.index - 1:
        return
    if a >= total.value or b >= total.value:
        return
    rel.breakdowns.append(Breakdown(
        sent.index, Part(total.start, total.end, total.value), total,
        (Part(om.start(1), om.end(), a), Part(tm.start(), tm.end(), b)), (), "the other",
        True))


_NOT_WHOLE = frozenset({"range", "rate", "part", "partitive", "prior", "update"})


def _splits(text, sent, rel, folded=None) -> None:
    s0, s1 = sent.start, sent.end
    old = None  # looked up for the first split only: most hinted sentences hold none
    voted = False  # "voted 7-2 on the budget and 5-4 on parking": both are votes
    found = _SPLIT.finditer(text, s0, s1) \
        if caseless_search(_SPLIT_SEP, _SPLIT_SEP_FOLDED, text, folded, s0, s1) else ()
    for m in found:
        verb, noun = m.group(1), m.group(5)
        sep = m.group(3).strip().lower()
        if not verb and not noun and not (voted and sep in ("-", "–")):
            continue
        if verb and verb.lower() == "by" and "vote" not in sep and not noun:
            continue
        if sep == "to" and not verb:
            continue
        yes, no = parse_number(m.group(2)), parse_number(m.group(4))
        if yes is None or no is None or yes < no or yes + no < 2:
            continue
        start, end = m.start(2), m.end(4)
        abstain, abstain_span = 0, None
        am = _ABSTAIN.match(text, m.end(), min(s1, m.end() + 60))
        if am:
            abstain = int(parse_number(am.group(1)) or 0)
            abstain_span = (am.start(1), am.end())
        if old is None:
            old = bool(_OLD_SPLIT.search(text, s0, s1))
        members = None
        for mb in _MEMBERS.finditer(text, max(s0, m.start() - 80), m.start()):
            v = parse_number(mb.group(1))
            if v:
                members = Part(mb.start(), _member_noun_end(text, mb.end(), s1), v)
        rel.splits.append(Split(sent.index, start, end, int(yes), int(no), abstain,
                                abstain_span, members, old))
        voted = True
    if not caseless_search(_DISSENT_VERB, _DISSENT_VERB_FOLDED, text, folded, s0, s1):
        return
    for m in _DISSENT.finditer(text, s0, s1):
        v = parse_number(m.group(1))
        if m.group(2) and m.group(3) and m.group(3).lower().startswith("who"):
            continue  # "Two of the members who voted against said ...": some of the dissenters
        if v:
            definite = _DEFINITE_LEFT.search(text, max(s0, m.start() - 12), m.start())
            rel.dissents.append(Dissent(sent.index, m.start(), m.end(), int(v),
                                        definite is not None))


_NOUN = re.compile(r"\s+(?:[^\W\d_]|-)+")
_DEFINITE_LEFT = re.compile(r"\b(?:the|those|these)\s+(?:other\s+)?$", re.IGNORECASE)


def _member_noun_end(text: str, pos: int, limit: int) -> int:
    nm = _NOUN.match(text[pos:min(limit, pos + 40)])
    return pos + nm.end() if nm else pos
