"""quote-mismatch: the same person's quotation worded two ways in two places.

What it catches:
    A quotation that appears twice in one story, attributed to the same speaker, with words
    changed between the two: a pull quote's “We will rebuild every home, street by street”
    against the body's “We will rebuild every house, street by street”, or a lede's partial
    quote “a plan for the next generation, not the next election” against the body's
    “This is a plan for the next generation, not for the next election”.

Why it matters:
    A quotation promises the speaker's exact words. When a headline, caption, pull quote or
    lede is written from an earlier draft or from memory, one of the two versions misquotes
    the speaker, and misquotes draw complaints and corrections.

Example:
    pull quote: “Safety is not negotiable, not now and not ever.” – chief executive Anika Roos
    body:       “Safety is not negotiable — not today and not ever,” Roos told a news conference.

How it decides:
    Quotations (see checker/mentions/quotes.py) are grouped by speaker surname, and within a
    speaker by shared content words (two, or one when either quotation has at most 12
    words: "This is the best day of my life" / "... of my career"), so a long article never
    costs all pairs. Two quotations
    are compared word by word (rapidfuzz Indel alignment over lowercased words, so quote
    marks, dashes, case, spacing and punctuation do not count). Words that only one version
    has at either end are cut off: a shorter quotation may be an excerpt of a longer one, and
    an ellipsis (“...”) may drop words in the middle. What remains must share at least five
    words and be at least 70% alike, yet differ in some word. One version must stand in a
    summary (headline, caption, pull quote or lede); two body quotations must share at least
    eight words, be 85% alike, and are reported as a warning only. Error when both quotations are attributed
    with a verb of saying (or a pull quote's dash), one is in a summary, the versions are at
    least 80% alike and each change is at most two words; warning otherwise.

What it leaves alone:
    Identical repeats (after normalising quote marks, dashes, case, whitespace and
    punctuation); a shorter quotation that is an exact excerpt of a longer one; quotations of
    different speakers, even when they echo each other (“A derby is never won...” / “A derby
    is never lost...”); two people sharing a surname (father and son) when either quotation
    does not say which one; paraphrase without quote marks; scare quotes of one to three
    words; titles in quotes; two quotations in the same paragraph; boilerplate and repeated
    captions.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from itertools import chain

import regex

from checker.findings import Finding, Span
from checker.rules._compare import SUMMARY_SEGMENTS, odd_one_out

ID = "quote-mismatch"
SEVERITY = "error"
SUMMARY = "The same speaker's quotation is worded two different ways."

MIN_SHARED = 5  # words two versions must share
MIN_SIMILARITY = 0.70  # 2 * shared / (words in both aligned windows)
ERROR_SIMILARITY = 0.80
MAX_EDGE_CHANGE = 2  # a change at either end of both versions is a change, not an excerpt
BODY_MIN_SHARED = 8  # when neither version stands in a summary (see check)
BODY_MIN_SIMILARITY = 0.85
SHORT_WORDS = 12  # a quotation this short may share a single content word with its repeat

_STOP = frozenset(
    """a an the and or but if of to in on at by for with from as is are was were be been it its
    this that these those we our us i me my you your he him his she her they them their there
    not no so do does did have has had will would can could should may might must just very
    all any some more most what when where who which how than then also about into over out
    up down said says""".split()
)


def _content(words) -> set[str]:
    return {w for w in words if len(w) >= 4 and w not in _STOP}


def compare(a, b):
    """Word-level comparison of two quotations.

    Returns None when they are identical, one is an excerpt of the other, or they are not
    near-identical; otherwise (similarity, shared words, changes) where changes is a list of
    (a_lo, a_hi, b_lo, b_hi) word ranges that differ.
    """
    from rapidfuzz.distance import Indel

    A, B = a.words, b.words
    if A == B:
        return None
    ops = [o for o in Indel.opcodes(A, B)]
    # Merge into blocks: equal runs and change runs (a_lo, a_hi, b_lo, b_hi).
    blocks: list[tuple[str, int, int, int, int]] = []
    for o in ops:
        tag = "equal" if o.tag == "equal" else "change"
        if blocks and blocks[-1][0] == tag == "change":
            _, a0, _, b0, _ = blocks[-1]
            blocks[-1] = ("change", a0, o.src_end, b0, o.dest_end)
        else:
            blocks.append((tag, o.src_start, o.src_end, o.dest_start, o.dest_end))
    if not any(t == "equal" for t, *_ in blocks):
        return None
    # Cut material only one version has at either end (an excerpt); keep a short change that
    # both versions have at an end ("today" / "tonight").
    # Only one version may be cut: the other must lie wholly inside the shared window (two
    # versions that each run on past the shared words are two different statements).
    cut_a = cut_b = False
    for edge in (0, -1):
        t, a0, a1, b0, b1 = blocks[edge]
        if t == "change":
            one_sided = a0 == a1 or b0 == b1
            if one_sided or a1 - a0 > MAX_EDGE_CHANGE or b1 - b0 > MAX_EDGE_CHANGE:
                blocks.pop(edge)
                cut_a |= a1 > a0
                cut_b |= b1 > b0
    if cut_a and cut_b:
        return None
    changes = []
    for t, a0, a1, b0, b1 in blocks:
        if t != "change":
            continue
        # An ellipsis or bracket in one version may stand for the words the other has there.
        if (a0 == a1 and a0 in a.gaps) or (b0 == b1 and b0 in b.gaps):
            continue
        changes.append((a0, a1, b0, b1))
    if not changes:
        return None
    shared = sum(a1 - a0 for t, a0, a1, _, _ in blocks if t == "equal")
    win_a = blocks[-1][2] - blocks[0][1]
    win_b = blocks[-1][4] - blocks[0][3]
    similarity = 2 * shared / (win_a + win_b)
    if shared < MIN_SHARED or similarity < MIN_SIMILARITY:
        return None
    return similarity, shared, changes


def _may_match(A: tuple[str, ...], B: tuple[str, ...]) -> bool:
    """False when `compare` surely finds nothing for quotations worded A and B: a necessary
    condition read from the words alone, without aligning them.

    `compare` cuts at most one version, so one of them, X, keeps its whole length in its
    window, and the other's window holds at least the `shared` words: a similarity of 0.7
    needs 2 * shared >= 0.7 * (len(X) + shared), shared >= 7/13 len(X) >= 7/13 of the
    shorter. `shared` (aligned equal words) is at most how many of the shorter's words the
    other has at all. One candidate pair in 18 over the BBC articles passes (79 of 1,418),
    so `compare` and the speakers, whose first read attributes a whole paragraph, are
    spared for the rest."""
    if A == B:
        return False  # identical
    if len(A) > len(B):
        A, B = B, A
    found = sum(map(set(B).__contains__, A))
    return found >= MIN_SHARED and 13 * found >= 7 * len(A)


def _same_person_possible(doc, a, b, cache: dict) -> bool:
    """False when the article names two people with this surname and either quotation does
    not say which (“the elder Ilić said”), or they say different first names."""
    fa, fb = _first_name(a.speaker_name), _first_name(b.speaker_name)
    if fa and fb:
        return fa == fb
    key = a.speaker
    if key not in cache:
        pat = regex.compile(
            rf"(?<![\p{{L}}])(\p{{Lu}}[\p{{L}}\p{{M}}'’-]*)\s+{regex.escape(a.speaker_name.split()[-1])}\b"
        )
        # A capitalised role before the surname ("Treasurer Vance") is no first name; a word
        # the article also writes in lower case ("the treasurer") is taken for a role.
        # A headline capitalises its words ("Veteran Halm wins ..."): its runs are no names.
        heads = [(b.start, b.end) for b in doc.blocks if b.kind == "headline"]
        firsts = {m.group(1) for m in pat.finditer(doc.text)
                  if m.group(1) not in _TITLES and f" {m.group(1).lower()} " not in doc.text
                  and not any(s <= m.start() < e for s, e in heads)}
        cache[key] = len(firsts) <= 1
    return cache[key]


_TITLES = frozenset(
    """Mr Mrs Ms Miss Dr Prof Sir Dame Lord Lady Mayor Governor President Minister Senator
    Judge Coach Captain Chief Officer Secretary Chairman Chairwoman Director Father Rev
    Sheikh General Colonel Sergeant Inspector Detective Premier Chancellor Justice Treasurer
    Commissioner Councillor Senator Representative Rep Sen Gov Speaker Ambassador Bishop Pope
    King Queen Prince Princess Major Lieutenant Admiral Superintendent Constable Manager
    Chief Deputy Vice Prime Foreign Home Finance Health Defence Defense Attorney Editor
    Professor Dean Principal Counsel Agent Officer Pastor Imam Rabbi Nurse Doctor""".split()
)


def _first_name(name: str) -> str:
    toks = [t for t in name.split() if t not in _TITLES]
    return toks[-2] if len(toks) >= 2 else ""


def _pairs(quotes):
    """Candidate pairs: same speaker, different paragraphs, at least two shared content
    words (`_content`), or one when either quotation is short; never all pairs. Pairs whose
    words `compare` surely refuses (`_may_match`) are left out before their speakers are
    read.

    One inverted index over the quotations, of the content words that quotations of two
    paragraphs or more use, finds the pairs that share words before any speaker is read: a
    quotation's speaker is attributed when first read (see checker.mentions.quotes.Quote),
    and over the BBC articles most never need to be. A quotation shorter than `MIN_SHARED`
    words is never paired (`compare` would refuse it), but still counts as a user of its
    words: a word more than 20 of one speaker's quotations use tells nothing about that
    speaker's pairs and is not counted for them.

    The words are taken as sets, in C: each paragraph's, then those two paragraphs share,
    and only these few are sorted into content words or not; no quotation's content words
    are listed but in an article of more than 20 quotations (for the users of a word). A
    content set per quotation, built word by word, cost a third more (the rule over BBC
    articles 300-600: 0.057 M instructions per article, 0.042 M so)."""
    long = [i for i, q in enumerate(quotes) if len(q.words) >= MIN_SHARED]
    # Only a word that long quotations of two paragraphs or more use can pair them.
    by_block: dict[int, set[str]] = defaultdict(set)
    for i in long:
        by_block[quotes[i].block].update(quotes[i].words)
    seen: set[str] = set()
    spread: set[str] = set()
    for words in by_block.values():
        spread |= words & seen
        seen |= words
    spread = _content(spread)
    if not spread:
        return
    index: dict[str, list[int]] = defaultdict(list)  # such a word -> the quotations using it
    for i in long:
        for w in spread.intersection(quotes[i].words):
            index[w].append(i)
    contents = [_content(q.words) for q in quotes] if len(quotes) > 20 else []
    users = Counter(chain.from_iterable(contents)) if contents else {}
    shared: dict[tuple[int, int], int] = defaultdict(int)
    for w, ids in index.items():
        if len(ids) > 1 and users and users[w] > 20:
            ids = _not_everywhere(w, ids, quotes, contents)
        for x, i in enumerate(ids):
            for j in ids[x + 1:]:
                shared[(i, j)] += 1
    for (i, j), n in shared.items():
        a, b = quotes[i], quotes[j]
        # A short quotation has few content words to share ("This is the best day of my
        # life" / "... of my career" share one): one is enough (compare() decides).
        if (n >= 2 or len(a.words) <= SHORT_WORDS or len(b.words) <= SHORT_WORDS) and (
                a.block != b.block and _may_match(a.words, b.words)
                and a.speaker and a.speaker == b.speaker):
            yield a, b


def _not_everywhere(word: str, ids: list[int], quotes, contents) -> list[int]:
    """The quotations among `ids` whose speaker uses `word` in 20 quotations or fewer (a
    word used more than 20 times in all: the only ones whose users' speakers are read)."""
    per_speaker = Counter(q.speaker for q, content in zip(quotes, contents) if word in content)
    return [i for i in ids if per_speaker[quotes[i].speaker] <= 20]


def check(doc, mentions, options):
    quotes = mentions.quotes
    if len(quotes) < 2:
        return
    blocks = doc.blocks

    def segment(q) -> str:
        return "caption" if q.pull else blocks[q.block].kind

    def in_summary(q) -> bool:
        block = blocks[q.block]
        return segment(q) in SUMMARY_SEGMENTS or (block.kind == "body" and block.index == 0)

    def place(q) -> str:
        return "pull quote" if q.pull else doc.where(q.start)

    surname_cache: dict = {}
    accepted: dict[tuple[int, int], tuple] = {}  # (id a, id b) -> (changes, certain)
    parent: dict[int, int] = {}

    def root(i: int) -> int:
        while parent.get(i, i) != i:
            i = parent[i]
        return i

    for a, b in _pairs(quotes):
        got = compare(a, b)
        if got is None or not _same_person_possible(doc, a, b, surname_cache):
            continue
        similarity, shared, changes = got
        # A headline, caption, pull quote or lede repeats a quotation from the body; two body
        # quotations that merely resemble each other are as likely two things said ("I am
        # happy with the result" / "I am happy with the team"): ask for more, never an error.
        summarised = in_summary(a) or in_summary(b)
        if not summarised and (shared < BODY_MIN_SHARED or similarity < BODY_MIN_SIMILARITY):
            continue
        certain = (
            summarised
            and a.how == b.how == "said"
            and similarity >= ERROR_SIMILARITY
            and all(a1 - a0 <= 2 and b1 - b0 <= 2 for a0, a1, b0, b1 in changes)
        )
        accepted[(id(a), id(b))] = (changes, certain)
        accepted[(id(b), id(a))] = ([(b0, b1, a0, a1) for a0, a1, b0, b1 in changes], certain)
        parent.setdefault(id(a), id(a))
        parent.setdefault(id(b), id(b))
        parent[root(id(a))] = root(id(b))

    if not accepted:
        return
    # One finding per set of linked versions, partitioned by wording.
    components: dict[int, list] = defaultdict(list)
    for q in quotes:
        if id(q) in parent:
            components[root(id(q))].append(q)
    for members in components.values():
        members.sort(key=lambda q: q.start)
        by_words: dict[tuple, list] = defaultdict(list)
        for q in members:
            by_words[q.words].append(q)
        groups = list(by_words.values())
        primary = groups[odd_one_out(groups, segment)][0]
        others = [q for q in members if q.words != primary.words]
        certain = any(accepted.get((id(x), id(y)), ((), False))[1]
                      for x in members for y in members)
        sides = []
        spans = None
        for o in others:
            changes = accepted.get((id(primary), id(o)))
            changes = changes[0] if changes else (compare(primary, o) or (0, 0, []))[2]
            diffs = "; ".join(_describe_change(primary, o, c) for c in changes[:3])
            sides.append(f"{place(o)} says “{_excerpt(doc.text, o)}”" + (f" ({diffs})" if diffs else ""))
            if spans is None:
                spans = _spans(primary, [c[:2] for c in changes], place(primary))
            spans += _spans(o, [c[2:] for c in changes], place(o))
        who = primary.speaker_name.split()[-1] if primary.speaker_name else "the speaker"
        ways = "two ways" if len(groups) == 2 else f"{len(groups)} ways"
        yield Finding(
            rule=ID,
            severity="error" if certain else "warning",
            message=(f"{who} is quoted {ways}: {place(primary)} says "
                     f"“{_excerpt(doc.text, primary)}”; " + "; ".join(sides)),
            spans=spans,
            help="Quote the speaker's exact words in both places, or paraphrase without "
                 "quotation marks.",
        )


def _describe_change(p, o, change) -> str:
    a0, a1, b0, b1 = change
    pa, pb = " ".join(p.words[a0:a1]), " ".join(o.words[b0:b1])
    if not pa:
        return f"“{pb}” added"
    if not pb:
        return f"“{pa}” left out"
    return f"“{pa}” / “{pb}”"


def _excerpt(text: str, q, limit: int = 80) -> str:
    s = " … ".join(text[a:b] for a, b in q.parts)
    return s if len(s) <= limit else s[: limit - 1].rstrip() + "…"


def _spans(q, ranges, label) -> list[Span]:
    """The quotation's parts that hold a changed word (all parts when none does)."""
    hit = set()
    for lo, hi in ranges:
        for w in range(lo, max(hi, lo + 1)):
            if 0 <= w < len(q.word_parts):
                hit.add(q.word_parts[w])
            elif q.word_parts:
                hit.add(q.word_parts[-1])
    idx = sorted(hit) or range(len(q.parts))
    return [Span(q.parts[i][0], q.parts[i][1], label) for i in idx]
