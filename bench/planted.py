"""Recall on real articles: plant one discrepancy in a copy of a published article, check it.

    python bench/planted.py [--corpus ../shared/corpus/bbc.jsonl] [--cap 200] [--seed 7]
                            [--kind count] [--limit N] [-v]

For each article of the corpus (read at run time, never copied into the repo) this finds facts
the article states twice, using the checker's own extraction (Document, Mentions), and decides
"stated twice" conservatively:

    count    two equal total counts of the same noun (and event) in different body sentences,
             same hedge -> one value is changed ("three goals" ... "five goals");
    money    two equal amounts in the same currency in different sentences -> one is changed;
    percent  two equal percentages in different sentences that share a content word;
    age      the same age stated twice in sentences naming the same person;
    name     a full name ("Gordon Brown") and a later reference by surname ("Mr Brown"),
             surname of five letters or more -> the later use gets a one-letter typo
             (swap, drop or double a letter);
    title    a role word before the same full name twice ("Chancellor Gordon Brown") -> the
             role word of the later one is changed ("Treasurer Gordon Brown").

Each plant is one modified copy with one change. The checker then runs on the copy; a plant is
FOUND when one error- or warning-level finding has a span overlapping the changed text and a
span overlapping its twin (the other statement of the fact), and TOUCHED when a finding only
overlaps the changed text. A candidate whose twin the unmodified article already flags is
skipped (that finding says nothing about the plant).

Per kind it prints: articles with a candidate, plants made (at most --cap, one per article,
chosen with a fixed seed), found, touched, recall (found / planted), and the share of the
planted articles that already had any error or warning finding unmodified. With -v it lists
misses (article id, the planted pair) so rule authors can improve. Always exits 0.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
import time
from dataclasses import dataclass

import regex

sys.path.insert(0, os.path.join(os.path.dirname(__file__), ".."))

from checker.document import Document  # noqa: E402
from checker.engine import check_document  # noqa: E402
from checker.mentions import Mentions  # noqa: E402

DEFAULT = os.path.join(os.path.dirname(__file__), "..", "..", "shared", "corpus", "bbc.jsonl")
KINDS = ("count", "money", "percent", "age", "name", "title")
LEVELS = ("error", "warning")


@dataclass
class Plant:
    kind: str
    article: str
    start: int  # the changed text in the ORIGINAL article
    end: int
    new: str  # what replaces text[start:end]
    twin: tuple[int, int]  # the other statement, in the original article
    old: str = ""

    def apply(self, text: str) -> str:
        return text[: self.start] + self.new + text[self.end:]

    def shift(self, a: int, b: int) -> tuple[int, int]:
        """Offsets (a, b) of the original text, moved to the modified text."""
        d = len(self.new) - (self.end - self.start)
        return (a + d, b + d) if a >= self.end else (a, b)


# ---------------------------------------------------------------- changing a figure

_NUM_IN = regex.compile(r"\d[\d,]*(?:\.\d+)?")
_WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
          "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
          "eighteen", "nineteen", "twenty", "twenty-one", "twenty-two"]
_WORD_IN = regex.compile(rf"\b(?:{'|'.join(sorted(_WORDS, key=len, reverse=True))})\b",
                         regex.IGNORECASE)


def changed_number(text: str, start: int, end: int) -> tuple[int, int, str] | None:
    """Span and replacement for the number inside text[start:end], changed so that no hedge
    can reconcile it: the leading digit goes up by one (9 goes down by two), a single digit or
    number word goes up by two."""
    m = _NUM_IN.search(text, start, end)
    if m:
        s = m.group()
        digits = s.replace(",", "")
        if len(digits.split(".")[0]) == 1:
            d = int(s[0])
            new = str(d + 2) + s[1:]
        else:
            d = int(s[0])
            new = str(d + 1 if d < 9 else d - 2) + s[1:]
        return m.start(), m.end(), new
    m = _WORD_IN.search(text, start, end)
    if m:
        w = m.group()
        i = _WORDS.index(w.lower())
        new = _WORDS[i + 2] if i + 2 < len(_WORDS) else str(i + 2)
        if w[0].isupper():
            new = new[0].upper() + new[1:]
        return m.start(), m.end(), new
    return None


# ---------------------------------------------------------------- candidates per kind

def figure_candidates(doc, mentions, kind: str):
    """Pairs (changed, twin) of equal figures of one kind stated in different sentences."""
    from checker.mentions.quantities import AGE, COUNT, MONEY, PERCENT

    want = {"count": COUNT, "money": MONEY, "percent": PERCENT, "age": AGE}[kind]
    sents = doc.sentences
    groups: dict[tuple, list] = {}
    for q in mentions.quantities:
        if q.kind != want or sents[q.sentence].duplicate_of is not None:
            continue
        if sents[q.sentence].kind == "boilerplate":
            continue
        if want == COUNT:
            if not q.is_total or not q.unit or q.value == 1:
                continue  # "one" is too often an idiom ("no one", "one of")
            key = (q.value, q.hedge, q.unit, q.event, q.modifiers)
        else:
            key = (q.value, q.unit)
        groups.setdefault(key, []).append(q)
    out = []
    for qs in groups.values():
        # Exactly two statements: three or more equal figures are often different things.
        if len(qs) != 2:
            continue
        a, b = qs
        if a.sentence == b.sentence:
            continue
        if (a.flags | b.flags) & {"timeshift", "prior", "range", "part", "partitive", "other"}:
            continue
        if want == AGE:
            if not (a.names & b.names):
                continue
        elif not (_near(doc.text, a) & _near(doc.text, b)) or len(a.context & b.context) < 2:
            continue  # equal figures, but nothing says they measure the same thing
        if a.hedge != b.hedge or _ranged(doc.text, a) or _ranged(doc.text, b):
            continue
        ta, tb = _times(doc.text, a), _times(doc.text, b)
        if ta and tb and not (ta & tb):
            continue  # "fell 0.6% in January" / "a fall of 0.6% in December"
        da, db = _direction(doc.text, a), _direction(doc.text, b)
        if da and db and da != db:
            continue  # "sales were up 0.6%" / "stores were down 0.6%"
        if want == COUNT and a.value != 1 and _singular(doc.text, a, b):
            continue  # "777 plane": a model number read as a count
        out.append((b, a))  # change the later statement, keep the first as the twin
    return out


_TOKEN = regex.compile(r"[\p{L}][\p{L}'’-]+")
_TIME = regex.compile(
    r"\b(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|(?:19|20)\d\d|Q[1-4]|quarter|year-on-year|annual)\b"
)
_STOP = frozenset(
    """the a an and or but of to in on at by for with from as is are was were be been has have
    had its it this that which who will would could than more less about some up down per
    cent percent also after before over under into said says""".split()
)


def _near(text: str, q, width: int = 40) -> set[str]:
    """Content words within a few words either side of a figure."""
    left = text[max(0, q.start - width):q.start]
    right = text[q.end:q.end + width]
    words = _TOKEN.findall(left)[-4:] + _TOKEN.findall(right)[:4]
    return {w.lower() for w in words if w.lower() not in _STOP and len(w) > 2}


def _times(text: str, q, width: int = 50) -> set[str]:
    return set(_TIME.findall(text, max(0, q.start - width), q.end + width))


_UP = regex.compile(r"\b(?:up|rise|rises|rose|risen|rising|gain|gained|grew|growth|increase[ds]?|"
                    r"jump(?:ed)?|soar(?:ed)?|surge[ds]?|climb(?:ed)?|higher)\b", regex.I)
_DOWN = regex.compile(r"\b(?:down|fall|falls|fell|fallen|falling|drop(?:ped)?|decline[ds]?|"
                      r"cut|cuts|lower|loss|lost|slump(?:ed)?|shrank|shrink|decrease[ds]?)\b",
                      regex.I)
_RANGE_NEXT = regex.compile(r"\s*(?:-|–|to|and|or)\s*[$£€]?\d")


def _direction(text: str, q, width: int = 40) -> str:
    window = text[max(0, q.start - width):q.end + 15]
    up, down = bool(_UP.search(window)), bool(_DOWN.search(window))
    return "up" if up and not down else "down" if down and not up else ""


def _ranged(text: str, q) -> bool:
    return bool(_RANGE_NEXT.match(text, q.end)) or bool(
        regex.search(r"(?:\d|between|from)\s*(?:-|–|to|and)?\s*$", text[max(0, q.start - 12):q.start]))


def _singular(text: str, *qs) -> bool:
    for q in qs:
        words = _TOKEN.findall(text, q.start, q.end)
        if words and words[-1].lower() == q.unit and not q.unit.endswith("s"):
            return True
    return False


_TITLE_WORDS = {
    "chancellor": "Treasurer", "minister": "Secretary", "secretary": "Minister",
    "president": "Chairman", "chairman": "President", "chairwoman": "President",
    "director": "Manager", "manager": "Director", "coach": "Captain", "captain": "Coach",
    "governor": "Senator", "senator": "Governor", "mayor": "Governor", "leader": "Chairman",
    "spokesman": "Director", "spokeswoman": "Director", "executive": "Director",
    "chief": "Deputy", "head": "Deputy", "judge": "Prosecutor", "prosecutor": "Judge",
    "ambassador": "Envoy", "general": "Colonel", "commissioner": "Minister",
    "professor": "Lecturer", "boss": "Chairman", "striker": "Midfielder",
    "midfielder": "Defender", "defender": "Midfielder", "goalkeeper": "Defender",
}
_HONORIFIC = r"(?:Mr|Mrs|Ms|Miss|Dr|Sir|Prof)\.?"
_FULL_NAME = regex.compile(r"\b(\p{Lu}\p{Ll}{1,15})\s+(\p{Lu}\p{Ll}{4,20})\b(?![\s-]*\p{Lu})")
# A one-word role right after a lowercase word or punctuation (not "Attorney General X").
_ROLE_NAME = regex.compile(
    rf"(?<=(?:^|[,;(]\s*|\b(?:the|former|said|and|by|with|of|for|to|as)\s+))"
    rf"((?i:{'|'.join(_TITLE_WORDS)}))\s+(\p{{Lu}}\p{{Ll}}{{1,15}}\s+\p{{Lu}}\p{{Ll}}{{2,20}})\b"
)
_NOT_FIRST = frozenset(
    """The A An In On At For Of And But If When While After Before As By From With This That
    Mr Mrs Ms Dr Sir Prime Chief Foreign Home Labour Tory Liberal Chancellor President Minister
    North South East West New Great United European British American Monday Tuesday Wednesday
    Thursday Friday Saturday Sunday January February March April May June July August September
    October November December Last Next Premier Champions World Royal National Grand""".split()
)


def name_candidates(doc, rng):
    """(later surname use, the full name) pairs in body text; the plant is a typo."""
    text = doc.text
    out = []
    body = [s for s in doc.sentences if s.kind in ("body", "dateline", "caption")
            and s.duplicate_of is None]
    if not body:
        return out
    lo, hi = body[0].start, body[-1].end
    firsts: dict[str, tuple[int, int, set]] = {}
    for m in _FULL_NAME.finditer(text, lo, hi):
        first, last = m.group(1), m.group(2)
        if first in _NOT_FIRST:
            continue
        if last in firsts:
            firsts[last][2].add(first)
        else:
            firsts[last] = (m.start(), m.end(), {first})
    for last, (s, e, given) in firsts.items():
        if len(given) > 1:
            continue  # two people share the surname
        # Only a later reference that is plainly to the person: "Mr Brown", "Dr Brown".
        later = regex.compile(rf"{_HONORIFIC}\s+{last}\b(?!\s+\p{{Lu}})")
        uses = list(later.finditer(text, e, hi))
        if not uses:
            continue
        m = rng.choice(uses)
        ws = m.end() - len(last)
        out.append((ws, m.end(), _typo(last, rng), (s, e)))
    return out


def _typo(word: str, rng) -> str:
    i = rng.randrange(1, len(word) - 1)
    how = rng.choice(("swap", "drop", "double"))
    if how == "swap" and word[i] != word[i + 1]:
        return word[:i] + word[i + 1] + word[i] + word[i + 2:]
    if how == "drop":
        return word[:i] + word[i + 1:]
    return word[:i] + word[i] + word[i:]


def title_candidates(doc):
    text = doc.text
    seen: dict[tuple[str, str], tuple[int, int]] = {}
    out = []
    for s in doc.sentences:
        if s.kind == "boilerplate" or s.duplicate_of is not None:
            continue
        for m in _ROLE_NAME.finditer(text, s.start, s.end):
            key = (m.group(1).lower(), m.group(2))
            if key in seen and seen[key][1] < s.start:
                new = _TITLE_WORDS[key[0]]
                if m.group(1)[0].islower():
                    new = new.lower()
                out.append((m.start(1), m.end(1), new, seen[key]))
                break
            seen.setdefault(key, (m.start(), m.end()))
    return out


def candidates(doc, mentions, kind: str, rng) -> list[tuple[int, int, str, tuple[int, int]]]:
    """(start, end, replacement, twin span) for each possible plant of one kind."""
    if kind == "name":
        return name_candidates(doc, rng)
    if kind == "title":
        return title_candidates(doc)
    out = []
    for q, twin in figure_candidates(doc, mentions, kind):
        ch = changed_number(doc.text, q.start, q.end)
        if ch:
            out.append((ch[0], ch[1], ch[2], (twin.start, twin.end)))
    return out


# ---------------------------------------------------------------- running

def overlaps(span, a: int, b: int) -> bool:
    return span.start < b and a < span.end


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", default=DEFAULT)
    ap.add_argument("--cap", type=int, default=200, help="at most N plants per kind")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--kind", choices=KINDS, action="append", help="only these kinds")
    ap.add_argument("--limit", type=int, default=0, help="read only the first N articles")
    ap.add_argument("-v", "--verbose", action="store_true", help="list misses")
    ap.add_argument("--show", type=int, default=15, help="misses listed per kind with -v")
    args = ap.parse_args()
    kinds = args.kind or list(KINDS)
    rng = random.Random(args.seed)

    with open(args.corpus, encoding="utf-8") as fh:
        articles = [json.loads(line) for line in fh]
    if args.limit:
        articles = articles[: args.limit]
    t0 = time.perf_counter()

    # 1. Candidates per kind, from the unmodified articles.
    pool: dict[str, list[Plant]] = {k: [] for k in kinds}
    texts = {}
    for a in articles:
        doc = Document(a["text"], a["id"])
        mentions = Mentions(doc)
        for k in kinds:
            cands = candidates(doc, mentions, k, rng)
            if cands:
                s, e, new, twin = rng.choice(cands)
                pool[k].append(Plant(k, a["id"], s, e, new, twin, doc.text[s:e]))
                texts[a["id"]] = a["text"]

    # 2. Unmodified findings, only for the articles a plant will use.
    chosen: dict[str, list[Plant]] = {}
    for k in kinds:
        rng.shuffle(pool[k])
        chosen[k] = pool[k][: args.cap]
    baseline: dict[str, list] = {}
    for aid in sorted({p.article for ps in chosen.values() for p in ps}):
        doc = Document(texts[aid], aid)
        baseline[aid] = [f for f in check_document(doc) if f.severity in LEVELS]

    # 3. Plant, check, score.
    print(f"{'kind':8} {'articles':>8} {'planted':>7} {'skipped':>7} {'found':>6} "
          f"{'touched':>7} {'recall':>7} {'flagged unmodified':>19}")
    misses: dict[str, list[str]] = {k: [] for k in kinds}
    for k in kinds:
        planted = found = touched = skipped = pre_flagged = 0
        for p in chosen[k]:
            base = baseline[p.article]
            if any(any(overlaps(s, *p.twin) for s in f.spans) and
                   any(overlaps(s, p.start, p.end) for s in f.spans) for f in base):
                skipped += 1
                continue
            planted += 1
            pre_flagged += bool(base)
            doc = Document(p.apply(texts[p.article]), p.article)
            findings = [f for f in check_document(doc) if f.severity in LEVELS]
            new_span = (p.start, p.start + len(p.new))
            twin = p.shift(*p.twin)
            hit = [f for f in findings if any(overlaps(s, *new_span) for s in f.spans)]
            if any(any(overlaps(s, *twin) for s in f.spans) for f in hit):
                found += 1
            elif hit:
                touched += 1
                misses[k].append(_describe(p, doc.text, new_span, twin, hit))
            else:
                misses[k].append(_describe(p, doc.text, new_span, twin, []))
        recall = found / planted if planted else float("nan")
        share = pre_flagged / planted if planted else float("nan")
        print(f"{k:8} {len(pool[k]):8d} {planted:7d} {skipped:7d} {found:6d} {touched:7d} "
              f"{recall:7.2f} {share:19.2f}")
    dt = time.perf_counter() - t0
    print(f"articles read: {len(articles)}  seconds: {dt:.1f}  seed: {args.seed}  cap: {args.cap}")
    if args.verbose:
        for k in kinds:
            if misses[k]:
                print(f"\nmisses, {k} ({len(misses[k])}):")
                for line in misses[k][: args.show]:
                    print("  " + line)


def _describe(p: Plant, text: str, new_span, twin, hit) -> str:
    def ctx(a: int, b: int) -> str:
        s = text[max(0, a - 30):min(len(text), b + 30)].replace("\n", " ")
        return f"…{s}…"

    note = f"  [touched by {', '.join(sorted({f.rule for f in hit}))}]" if hit else ""
    return (f"{p.article}: {p.old!r} -> {p.new!r} in {ctx(*new_span)!r}; "
            f"twin {ctx(*twin)!r}{note}")


if __name__ == "__main__":
    main()
