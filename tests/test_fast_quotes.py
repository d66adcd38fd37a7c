"""Fast paths of the quotation extractor (checker/mentions/quotes.py), and of the way the
quote-mismatch rule pairs quotations (`_pairs`, checker/rules/quote_mismatch.py).

Every test here compares a fast path with the general path it replaces:

- Every frame around a quotation that is ASCII, or in a plain document, is read with the
  standard library's `re` versions of the attribution patterns; matched against random ASCII
  (and plain) frames built from names, roles, verbs of saying, pronouns, punctuation and odd
  whitespace, both versions give the same spans and groups. The capitalised-word count is
  checked against counting the words themselves.
- The start of the sentence before a quotation is found from the right; it must be the end
  of the last sentence-end match that a forward scan finds.
- `_quote_words`' punctuation flag (`str.find`s) is `any(re.search("[.,!?]", part))` over
  the parts.
- Speakers are attributed on first read (`Quote`'s lazy fields), for the whole paragraph: the
  quotations and their speakers are the records built eagerly, whichever quotation is read
  first, and `replace` keeps them.
- `_pairs` indexes all quotations' words before it reads any speaker; it yields exactly the
  pairs the per-speaker pairing it replaced yields (written out here), less those `compare`
  refuses for being shorter than `MIN_SHARED` words.
"""

from __future__ import annotations

import copy
import re
import pickle
from collections import defaultdict
import random

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from checker.document import Document
from checker.mentions import quotes as Q
from checker.mentions.plain import plain
from checker.mentions.quotes import Quote, extract_quotes
from checker.record import replace
from checker.rules.quote_mismatch import (
    MIN_SHARED, SHORT_WORDS, _content, _may_match, _pairs, compare)

SETTINGS = settings(max_examples=400, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow])
SETTINGS_300 = settings(max_examples=300, deadline=None,
                        suppress_health_check=[HealthCheck.too_slow])


PIECES = [
    "Ilse", "Brandauer", "Mayor", "Mr", "Brown", "de", "van", "Anika", "Roos", "O'Neil",
    "Adler's", "US", "A$2", "McDonald", "Jean-Luc", "X", "the", "a", "an", "mayor", "city's",
    "chief", "executive", "said", "says", "told", "added", "also", "later", "then", "has",
    "had", "he", "she", "they", "We", "I", "according to", "According to", "unsaid", "sayings",
    " ", " ", " ", "  ", "\t", "\n", "\x0b", "\x1c", "\x1f", ",", ", ", ".", ". ", "!", "?",
    "-", "--", "'", "\"", "2", "$", "_", "x2",
]
FRAMES = st.lists(st.sampled_from(PIECES), max_size=14).map("".join)


def _same(a, b):
    if a is None or b is None:
        return a is None and b is None
    return a.span() == b.span() and a.groups() == b.groups()


@SETTINGS
@given(FRAMES)
def test_attribution_patterns_agree_on_ascii(frame):
    assert frame.isascii()
    _assert_patterns_agree(frame)


# Frames of a plain document (non-ASCII characters that are no letters, digits or spaces:
# "£", "—", "’", "“") are read with the ASCII patterns too (see quotes.py).
PLAIN_PIECES = PIECES + ["£", "—", "–", "’", "“", "”", "O’Neil", "Adler’s", "city’s"]


PLAIN_FRAMES = st.lists(st.sampled_from(PLAIN_PIECES), max_size=14).map("".join).filter(plain)


@SETTINGS
@given(PLAIN_FRAMES)
def test_attribution_patterns_agree_on_plain_text(frame):
    _assert_patterns_agree(frame)
    for reader in (Q._after_name_said, Q._before_name_said, Q._according,
                   Q._after_said_name):
        assert _same(reader(frame), reader(frame, True))
    for reader in (Q._has_say, Q._after_pronoun, Q._before_pronoun):
        assert reader(frame) == reader(frame, True)


def _assert_patterns_agree(frame):
    said = Q._SAID_AT.match(frame)
    at = said.end() if said else 0  # where `_after_said_name` reads the name
    assert _same(Q._said_name_rest(False).match(frame, at),
                 Q._said_name_rest(True).match(frame, at))
    assert _same(Q._after_name_said_re(False).match(frame),
                 Q._after_name_said_re(True).match(frame))
    assert _same(Q._according_re(False).search(frame), Q._according_re(True).search(frame))
    assert _same(Q._before_name_said_re(False).search(frame),
                 Q._before_name_said_re(True).search(frame))
    assert _same(Q._SAID_AT.match(frame), Q._SAID_AT_ASCII.match(frame))
    assert [m.span() for m in Q._BEFORE_PRONOUN.finditer(frame)] == \
        [m.span() for m in Q._BEFORE_PRONOUN_ASCII.finditer(frame)]
    assert Q._WORD_RUN.findall(frame) == Q._WORD_RUN_ASCII.findall(frame)
    assert Q._WORD.findall(frame) == Q._WORD_ASCII.findall(frame)
    assert [m.span() for m in Q._ANY_NAME.finditer(frame)] == \
        [m.span() for m in Q._ANY_NAME_ASCII.finditer(frame)]


@SETTINGS
@given(FRAMES)
def test_before_said_tail_keeps_every_match(frame):
    # The verb a match needs lies in the tail that `_before_name_said` looks at first.
    if Q._before_name_said_re(False).search(frame):
        assert Q._has_say(frame[-Q._SAY_TAIL:])


@SETTINGS
@given(FRAMES)
def test_capitalised_counts_capitalised_words(frame):
    words = Q._WORD.findall(frame)
    assert Q._capitalised(frame, [(0, len(frame))]) == sum(1 for w in words if w[0].isupper())


EDGE_FRAMES = [
    ", said the city's new deputy chief executive Anika Roos",  # five role words
    ", said the city's new deputy chief executive officer Anika Roos",  # six: no name
    ",\x1csaid Mayor Ilse Brandauer", ", said\x1cBrown", ",\x0bsaid\tBrown",
    "Brandauer, the mayor, said", "Brandauer,\x1calso said", "Then Mr O'Neil also said",
    "According to the mayor Ilse Brandauer", "according to\x1cBrown",
    "Ilse Brandauer has said the plan was good", "Ilse Brandauer said. Then",
    "he\x1csaid", "she also said", "x2 said",
]


def test_attribution_patterns_agree_on_edge_frames():
    for frame in EDGE_FRAMES:
        test_attribution_patterns_agree_on_ascii.hypothesis.inner_test(frame)


@SETTINGS
@given(st.text(alphabet=st.sampled_from("aZ9 '_-.,\n\t\x1c’é"), max_size=40))
def test_ascii_words_are_the_words(chunk):
    chunk = chunk.encode("ascii", "ignore").decode()
    assert Q._ascii_words(chunk) == Q._WORD.findall(chunk) == Q._WORD_ASCII.findall(chunk)
    for s in ("don't 'tis x'2 a''b rock'n'roll 90's dogs' '' 'a' b'", "Hello, World!"):
        assert Q._ascii_words(s) == Q._WORD.findall(s)


# The sentence start found from the right against the last match of a forward scan.
def _sentence_start_forwards(text, lo, hi, sent_end):
    s = lo
    for m in sent_end.finditer(text, lo, min(hi + 1, len(text))):
        s = m.end()
    return s


QUOTE_PIECES = ["Mr. ", "U.S. ", "2.5 ", "He said", ". ", "! ", "? ", ".", "!", "?", '."', ".’ ",
                '" ', ") ", ".) ", "  ", "\n", "\t", "A", "b", "“", "”", "'", "Élan", "é", "x"]


@SETTINGS_300
@given(st.lists(st.sampled_from(QUOTE_PIECES), max_size=20).map("".join), st.data())
def test_sentence_start_from_the_right_is_the_last_forward_match(text, data):
    lo = data.draw(st.integers(0, len(text)))
    hi = data.draw(st.integers(lo, len(text) + 1))
    for sent_end in (Q._SENT_END, Q._SENT_END_ASCII):
        assert Q._sentence_start(text, lo, hi, sent_end) == _sentence_start_forwards(
            text, lo, hi, sent_end)


def test_sentence_start_on_long_windows():
    rng = random.Random(7)
    for _ in range(300):
        text = "".join(rng.choice(QUOTE_PIECES) for _ in range(rng.randint(0, 120)))
        lo = rng.randint(0, len(text))
        hi = rng.randint(lo, len(text))
        for sent_end in (Q._SENT_END, Q._SENT_END_ASCII):
            assert Q._sentence_start(text, lo, hi, sent_end) == _sentence_start_forwards(
                text, lo, hi, sent_end)


# Speakers attributed on first read against the records built eagerly.
_TEXT = (
    "Harbour plan approved\n\n"
    "“We will rebuild every home, street by street,” Mayor Ilse Brandauer said on Monday.\n\n"
    "The council met in the old hall. “It is a plan for the next generation,” she added, "
    "“not for the next election.”\n\n"
    "Union leader Jonas Albrecht was less sure. “Nobody has seen the budget yet,” he said. "
    "“We want to read it first.”\n\n"
    "“We will rebuild every house, street by street,” Brandauer told reporters later.\n"
)


_FIELDS = ("start", "end", "parts", "words", "gaps", "word_parts", "speaker", "speaker_name",
           "how", "block", "pull")


def _eager(q: Quote) -> Quote:
    return Quote(**{name: getattr(q, name) for name in _FIELDS})


def test_speakers_are_the_same_whichever_quotation_is_read_first():
    in_order = extract_quotes(Document(_TEXT))
    expected = [(q.speaker, q.speaker_name, q.how, q.pull) for q in in_order]
    assert expected[0][0] == "brandauer" and expected[-1][0] == "brandauer"
    for first in range(len(in_order)):
        qs = extract_quotes(Document(_TEXT))
        qs[first].how  # noqa: B018 - the read that attributes its paragraph
        assert [(q.speaker, q.speaker_name, q.how, q.pull) for q in qs] == expected


def test_a_lazily_attributed_quote_is_the_record_built_eagerly():
    qs = extract_quotes(Document(_TEXT))
    again = extract_quotes(Document(_TEXT))
    for q, other in zip(qs, again):
        eager = _eager(q)
        assert repr(other) == repr(eager) and other == eager and hash(other) == hash(eager)
        assert pickle.loads(pickle.dumps(other)) == eager


def test_a_first_read_attributes_its_paragraph_only():
    qs = extract_quotes(Document(_TEXT))
    albrecht = qs[2].block  # two quotations in his paragraph ("..." he said. "...")
    same = [q for q in qs if q.block == albrecht]
    assert len(same) == 2 and same[0]._speakers is same[1]._speakers
    assert all(q._speakers.found is None for q in qs)
    same[1].speaker_name  # noqa: B018
    assert all((q._speakers.found is None) == (q.block != albrecht) for q in qs)
    assert [q.speaker for q in same] == ["albrecht", "albrecht"]


def test_a_copy_of_an_unread_quote_finds_its_speaker():
    for make in (copy.copy, copy.deepcopy, lambda q: pickle.loads(pickle.dumps(q))):
        q = extract_quotes(Document(_TEXT))[3]
        twin = make(q)
        assert twin.speaker == "albrecht" and twin == _eager(q)


def test_replace_keeps_the_speaker():
    q = extract_quotes(Document(_TEXT))[0]
    moved = replace(q, block=7)  # reads every field of q, its speaker too
    assert moved.block == 7 and moved.speaker == "brandauer"
    assert moved == _eager(moved)
    assert (moved.speaker_name, moved.how, moved.pull) == (q.speaker_name, q.how, q.pull)


def test_unknown_attributes_still_raise():
    q = extract_quotes(Document(_TEXT))[0]
    try:
        q.nonexistent  # noqa: B018
    except AttributeError:
        pass
    else:
        raise AssertionError("no AttributeError")


# Content words (four letters or more), a few stop words, and one word nearly every quotation
# holds: more than 20 quotations use it, which `_pairs` counts per speaker (speaker "a" has
# more than 20 of them in many examples, fewer in others).
_VOCAB = [f"word{i}" for i in range(20)] + ["the", "and", "we"]


@st.composite
def _quotes(draw):
    n = draw(st.integers(0, 60))
    out = []
    for i in range(n):
        words = draw(st.lists(st.sampled_from(_VOCAB), min_size=4, max_size=18))
        if draw(st.integers(0, 9)):
            words.insert(draw(st.integers(0, len(words))), "common")
        words = tuple(words)
        out.append(Quote(start=i, end=i + 1, parts=((i, i + 1),), words=words,
                         gaps=frozenset(draw(st.sets(st.integers(0, len(words)), max_size=1))),
                         word_parts=(0,) * len(words), speaker=draw(st.sampled_from("aaab-")).strip("-"),
                         speaker_name="X", how="said", block=draw(st.integers(0, 6)),
                         pull=False))
    return out


def _pairs_per_speaker(quotes, contents):
    """The pairing as first written (the oracle): an inverted index per speaker."""
    by_speaker = defaultdict(list)
    for q, content in zip(quotes, contents):
        if q.speaker:
            by_speaker[q.speaker].append((q, content))
    for group in by_speaker.values():
        index = defaultdict(list)
        for i, (q, content) in enumerate(group):
            for w in content:
                index[w].append(i)
        shared = defaultdict(int)
        for ids in index.values():
            if len(ids) > 20:
                continue
            for x, i in enumerate(ids):
                for j in ids[x + 1:]:
                    shared[(i, j)] += 1
        for (i, j), n in shared.items():
            a, b = group[i][0], group[j][0]
            short = min(len(a.words), len(b.words)) <= SHORT_WORDS
            if (n >= 2 or short) and a.block != b.block:
                yield a, b


@settings(max_examples=300, deadline=None, suppress_health_check=list(HealthCheck))
@given(_quotes())
def test_pairs_are_the_per_speaker_pairs_compare_can_accept(qs):
    contents = [_content(q.words) for q in qs]
    got = {frozenset((id(a), id(b))) for a, b in _pairs(qs)}
    oracle = [(a, b) for a, b in _pairs_per_speaker(qs, contents)]
    # compare() needs MIN_SHARED shared words: a shorter quotation is never paired; nor
    # are two whose words compare() surely refuses (`_may_match`, tested below).
    assert got == {frozenset((id(a), id(b))) for a, b in oracle
                   if min(len(a.words), len(b.words)) >= MIN_SHARED
                   and _may_match(a.words, b.words)}
    assert all(compare(a, b) is None for a, b in oracle
               if min(len(a.words), len(b.words)) < MIN_SHARED
               or not _may_match(a.words, b.words))


def _quote(words: str, block: int) -> Quote:
    w = tuple(words.split())
    return Quote(start=block, end=block + 1, parts=((block, block + 1),), words=w,
                 gaps=frozenset(), word_parts=(0,) * len(w), speaker="roos",
                 speaker_name="Roos", how="said", block=block, pull=False)


def test_a_long_quotation_sharing_one_word_with_a_short_one_is_paired():
    # one content word in common ("best"), the short version at most SHORT_WORDS words
    short = _quote("it was the best of all we had", 1)
    long = _quote("looking back over these many years it was the best of them we had", 4)
    assert compare(short, long) is not None
    contents = [_content(q.words) for q in (short, long)]
    assert list(_pairs([short, long])) == [(short, long)]


_PUNCT_PIECES = ["We", " will", " win", ",", ".", " — ", "!", "?", ";", " Ok", "'", " the"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_PUNCT_PIECES), max_size=16).map("".join),
       st.lists(st.tuples(st.integers(0, 40), st.integers(0, 40)), max_size=4))
def test_punctuated_is_any_search(text, parts):
    # the flag `_quote_words` gives with the parts it trims
    n = len(text)
    group = [(a - 1, a, b, b + 1) for a, b in ((min(a, b, n), min(max(a, b), n)) for a, b in parts)]
    got_parts, *_, punctuated = Q._quote_words(text, group)
    assert punctuated == any(re.compile(r"[.,!?]").search(text, a, b) for a, b in got_parts)


# `_may_match` is a necessary condition of `compare`: two versions of one wording, each
# edited (words dropped, added or changed, at the ends too), a few dozen words from a small
# vocabulary so that words repeat; gaps where the edits drop words.
_EDIT_VOCAB = ["we", "will", "rebuild", "every", "home", "house", "street", "by", "not",
               "now", "ever", "the", "plan", "for", "next"]


@st.composite
def _versions(draw):
    base = draw(st.lists(st.sampled_from(_EDIT_VOCAB), min_size=0, max_size=24))
    out = []
    for _ in range(2):
        words = list(base)
        gaps = set()
        for _ in range(draw(st.integers(0, 6))):
            op = draw(st.sampled_from("dacg"))
            i = draw(st.integers(0, len(words)))
            if op == "d" and i < len(words):
                del words[i]
            elif op == "a":
                words.insert(i, draw(st.sampled_from(_EDIT_VOCAB)))
            elif op == "c" and i < len(words):
                words[i] = draw(st.sampled_from(_EDIT_VOCAB))
            elif op == "g":
                gaps.add(i)
        out.append(Quote(start=0, end=1, parts=((0, 1),), words=tuple(words),
                         gaps=frozenset(gaps), word_parts=(0,) * len(words), speaker="roos",
                         speaker_name="Roos", how="said", block=len(out), pull=False))
    return out


@settings(max_examples=3000, deadline=None, suppress_health_check=list(HealthCheck))
@given(_versions())
def test_may_match_holds_whenever_compare_finds_a_change(pair):
    a, b = pair
    if compare(a, b) is not None:
        assert _may_match(a.words, b.words) and _may_match(b.words, a.words)


def test_may_match_refuses_identical_and_unrelated_words():
    words = tuple("we will rebuild every home street by street".split())
    assert not _may_match(words, words)
    assert not _may_match(words, tuple("the plan is for the next generation now".split()))
    changed = tuple("we will rebuild every house street by street".split())
    assert _may_match(words, changed) and compare(_quote(" ".join(words), 1),
                                                  _quote(" ".join(changed), 3)) is not None


# `_ascii_words` splits at blanks unless an apostrophe is odd (`_ODD_APOSTROPHE`): words with
# apostrophes in every place, letters, digits and capitals next to them.
@settings(max_examples=2000, deadline=None)
@given(st.text(alphabet=st.sampled_from("ab'Z9 '’-."), max_size=30))
def test_ascii_words_with_apostrophes_are_the_words(chunk):
    chunk = chunk.encode("ascii", "ignore").decode()
    assert Q._ascii_words(chunk) == Q._WORD.findall(chunk)
    for s in ("o'clock9", "rock'n'roll's", "ab'cd9 e", "'we' don't", "9'a", "a'9", "x'y'z"):
        assert Q._ascii_words(s) == Q._WORD.findall(s)


# `_title` refuses a one-part quotation with no capital but its first without counting
# capitalised words; it must agree with the count.
@settings(max_examples=1000, deadline=None)
@given(st.lists(st.sampled_from(["We", "will", "Win", "the", "Cup", "É", "élan", "ça", "ǅ",
                                 "3", "O'Neil", "x", ","]), min_size=1, max_size=10)
       .map(" ".join), st.booleans())
def test_title_is_the_capitalised_word_count(text, two_parts):
    parts = [(0, len(text))] if not two_parts else [(0, len(text) // 2), (len(text) // 2, len(text))]
    words = sum((Q._WORD.findall(text[a:b]) for a, b in parts), [])
    if len(words) <= 3:
        return
    punctuated = "," in text
    expected = not punctuated and Q._capitalised(text, parts) >= 0.7 * len(words)
    assert Q._title(text, parts, len(words), punctuated) == expected
