"""Fast paths of the quantity extractor (checker/mentions/quantities.py).

Every test here compares a fast path with the general path it replaces: on invented wire text,
on the edge cases of each rewrite and on the fixture articles, the two must give exactly the
same answer.

- `extract_quantities` scans the lower-cased text (`Document.folded`) and skips context
  regexes through gates; when `folded` is None it runs every regex case-insensitively on the
  text itself. Forcing that general path changes nothing.
- Candidates: the whole-text scan (`_DocCandidates`: `get` per sentence, `by_sentence` for all
  sentences at once) gives the per-sentence scans' candidates (`_candidates`), also where a
  sentence ends inside a word or a digit run; the byte-class scan of a plain text
  (`_plain_candidates`) finds the candidates of the general whole-text scans (`_DIGITS` and
  `_doc_word_starts`), offset for offset.
- Sentence flags: the rewritten patterns (grouped by first letter, opened with a word-begin
  trie), the flags read in a plain text's byte classes (`_SentenceFeatures` given `classes`)
  and the `_last_word`/`_next_word` shortcuts answer as the plain regexes do.
- A `Quantity` compares and hashes without its features; `parse_number` remembers misses too.
- Context reads on a plain text: the ASCII stand-ins (`_WORD_PLAIN`, `_GLUE_RIGHT_PLAIN`) and
  the reversed left-context patterns (`_*_REV`) match as the `regex` patterns do; the tests
  written before a regex (currency signs, `_near_gate`, the name-comma and toll tests) hold
  wherever it matches; `_last_word`/`_next_word` read punctuation as the regexes do.
"""

import pathlib
import re
from types import SimpleNamespace

import pytest

from checker.document import Document
from checker.mentions import quantities as Q
from checker.mentions.numbers import parse_number

FIXTURES = sorted(pathlib.Path(__file__).parent.glob("fixtures/*/*.txt"))


SENTENCES = """More than 60 people were hurt and at least eight rockets hit the base on Tuesday.
The death toll rose to 41 from 30, officials said, up from just 12 a year earlier.
Shares fell 2.5% to $3.5bn, or 3,500 million dollars, while USD 400 and Rs. 90 changed hands.
Prices rose 3 percentage points in 2019; between 20 and 30 homes, 20-30 cars and 20 to 30 vans.
Solberg, 52, and the 54-year-old met Route 66 fans at 7:30 pm on 3 August in Dec. 20 talks.
Someone lent money to one of the 19 miners; another four, the top three firms and a dozen men.
Twenty-one guns fired, two hundred people left and Room 101 opened for 5 years and 6 km.
Of the 14 seats where voting ended, 12 were won by the six parties named in No. 7 and #9.
Killing 12 and injuring about 30 people, the blast left 7 dead and nine passengers were injured.
"""


def _extract(text: str, fast: bool, monkeypatch) -> list[str]:
    doc = Document(text)
    if not fast:
        monkeypatch.setattr(doc, "folded", None)
    qs = Q.extract_quantities(doc)
    monkeypatch.undo()
    return [repr(q) for q in qs]


@pytest.mark.parametrize("path", FIXTURES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_fast_path_matches_slow_path_on_fixtures(path, monkeypatch):
    text = path.read_text(encoding="utf-8")
    assert _extract(text, True, monkeypatch) == _extract(text, False, monkeypatch)


def test_fast_path_matches_slow_path_on_mixed_sentences(monkeypatch):
    text = "Figures checked in one pass\n\n" + SENTENCES
    fast = _extract(text, True, monkeypatch)
    assert len(fast) > 20
    assert fast == _extract(text, False, monkeypatch)


@pytest.mark.parametrize("char", ["\u0130", "\u0131", "\u017f", "\u212a"])
def test_case_unsafe_characters_take_the_slow_path(char):
    assert Document(f"Seven {char} rockets").folded is None
    text = f"Test headline\n\nAt least {char}ix rockets and 12 drones hit the base.\n"
    assert [q.value for q in Q.extract_quantities(Document(text))] == [12]


@pytest.mark.parametrize("text, starts", [
    ("one", [0]), ("someone", []), ("money", []), ("ones", []), ("one-two", [0, 4]),
    ("seventeen", [0]), ("sevens", []), ("a dozen", [2]), ("x1 22", [1, 3]),
])
def test_candidates_are_whole_number_words_and_digit_runs(text, starts):
    assert [s for s, _ in Q._candidates(text, text.lower(), 0, len(text))] == starts


def test_candidate_boundaries_follow_the_scanned_span():
    # The character before the span counts (no word starts inside "xone"); its end ends the
    # text ("onex" cut after "one" is a whole word).
    assert Q._candidates("xone two", "xone two", 1, 8) == [(5, False)]
    assert Q._candidates("onex", "onex", 0, 3) == [(0, False)]


def test_parse_number_is_memoised_with_misses():
    assert parse_number("1,200") == parse_number("1,200") == 1200
    assert parse_number("eleventy") is None and parse_number("eleventy") is None


def _per_sentence(text: str) -> list:
    doc = Document(text)
    low = doc.folded
    return [Q._candidates(text, low, s.start, s.end) for s in doc.sentences], doc, low


@pytest.mark.parametrize("path", FIXTURES[:40], ids=lambda p: f"{p.parent.name}/{p.name}")
def test_whole_text_candidates_match_per_sentence_scans(path):
    text = path.read_text(encoding="utf-8")
    expected, doc, low = _per_sentence(text)
    if low is None:
        return
    cands = Q._DocCandidates(low)
    assert [cands.get(text, s.start, s.end) for s in doc.sentences] == expected


@pytest.mark.parametrize("s0,s1", [(0, 8), (1, 8), (2, 12), (5, 16), (4, 9), (0, 23), (9, 23)])
def test_whole_text_candidates_at_unclean_ends(s0, s1):
    """Sentence ends inside a word or digit run ("seventeen" cut to "seven") fall back to
    the per-sentence scan, which reads the cut as a boundary."""
    low = "xone seventeen 12345 two"
    cands = Q._DocCandidates(low)
    assert cands.get(low, s0, s1) == Q._candidates(low, low, s0, s1)


@pytest.mark.parametrize("s", ["", " ", "more than ", "more than", "x_y ", "über ", "a,b ",
                               "12 ", "foo. ", " bar", "bar  baz  ", "\u00b2 ", "a\u0301b ",
                               "rs. ", "$", "(", "tab\t", "x\ty ", "people, "])
def test_last_and_next_word_shortcuts_match_the_regexes(s):
    wm, nm = Q._LAST_WORD.match(s), Q._NEXT_WORD.match(s)
    assert Q._last_word(s) == (wm.group(1) if wm else "")
    assert Q._next_word(s) == (nm.group(1) if nm else "")


@pytest.mark.parametrize("low", ["one two", "someone\u00b2one (ten) fourteenth eighteen",
                                 "x-six,seven—nine\ndozen hundred", "tentwo 3one twelve"])
def test_whole_text_word_scan_matches_the_plain_scan(low):
    plain = [(m.start(), low[m.start()] in "dh") for m in Q._WORD_START.finditer(low)
             if Q._whole_word(low, m.start(), m.end(), len(low))]
    assert Q._doc_word_starts(low) == plain


def test_sentence_flag_shortcuts_match_the_regexes():
    for low in SENTENCES.lower().splitlines() + ["in 2019 it fell", "a year earlier",
                                                 "two weeks ago", "since 1990", "no change"]:
        assert bool(Q._CHANGE_FAST.search(low)) == bool(Q._CHANGE_WORDS.search(low))
        if Q._TIMESHIFT.search(low):
            assert any(n in low for n in Q._TIMESHIFT_NEEDLES)


# `_DocCandidates.by_sentence` against `get` for every sentence.
def _by_get(cands, text, sentences):
    """What `_DocCandidates.by_sentence` replaces: `get` for every sentence."""
    out = []
    for sent in sentences:
        if sent.duplicate_of is None:
            found = cands.get(text, sent.start, sent.end)
            if found:
                out.append((sent, found))
    return out


@pytest.mark.parametrize("path", FIXTURES[:60], ids=lambda p: f"{p.parent.name}/{p.name}")
def test_by_sentence_matches_get_on_fixtures(path):
    doc = Document(path.read_text(encoding="utf-8"))
    if doc.folded is None:
        return
    cands = Q._DocCandidates(doc.folded, doc.plain)
    assert cands.by_sentence(doc.text, doc.sentences) == _by_get(cands, doc.text,
                                                                 doc.sentences)


def _sentences(spans, duplicates=()):
    return [SimpleNamespace(start=s0, end=s1, duplicate_of=0 if i in duplicates else None)
            for i, (s0, s1) in enumerate(spans)]


@pytest.mark.parametrize("spans, duplicates", [
    ([(0, 8), (9, 23)], ()),                   # clean ends
    ([(0, 8), (8, 12), (12, 23)], ()),          # "xone sev|enteen" and "seventeen 12|345"
    ([(5, 16), (0, 4), (17, 23)], ()),          # out of order
    ([(0, 4), (0, 4), (5, 23)], (1,)),          # a duplicate is skipped
    ([(2, 3), (6, 7), (20, 23)], ()),           # sentences between candidates
    ([], ()),
])
def test_by_sentence_matches_get_on_odd_spans(spans, duplicates):
    low = "xone seventeen 12345 two"
    cands = Q._DocCandidates(low)
    sentences = _sentences(spans, duplicates)
    assert cands.by_sentence(low, sentences) == _by_get(cands, low, sentences)


def test_sentence_candidates_without_a_folded_text():
    text = "Two men. Xone 12 THREE"
    sentences = _sentences([(0, 8), (9, 22)])
    assert Q._sentence_candidates(text, sentences) == [
        (s, Q._candidates(text, None, s.start, s.end)) for s in sentences]


# The byte-class scan of a plain text against the general whole-text scans.
def _general(low: str) -> list[tuple[int, bool]]:
    found = [(m.start(), False) for m in Q._DIGITS.finditer(low)]
    return sorted(found + Q._doc_word_starts(low))


@pytest.mark.parametrize("low", [
    "", "one", "one two", "someone money ones sevens seventeen", "x1 22 3one one3 _two two_",
    "\u2019one\u2019 \u00a3five \u2014six\u2014 \u201cseven\u201d \U0001f600eight? nine",
    "(ten) [eleven] twelve. thirteen,fourteen;fifteen:sixteen/seventeen-eighteen\nnineteen",
    "a dozen, two hundred and twenty-one; 1,200.5 and 3bn, 60m", "zero\tninety\rthirty",
    "hundred", "dozens hundreds 12345", "tentwo 3one twelve fourteenth eighteen",
])
def test_plain_scan_matches_the_general_scan(low):
    assert Document(low or " ").plain
    assert Q._plain_candidates(low, Q._byte_classes(low)) == _general(low)


@pytest.mark.parametrize("path", FIXTURES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_plain_scan_matches_the_general_scan_on_fixtures(path):
    doc = Document(path.read_text(encoding="utf-8"))
    if doc.folded is not None and doc.plain:
        assert Q._plain_candidates(doc.folded, Q._byte_classes(doc.folded)) == _general(doc.folded)


# The rewritten sentence-flag patterns against their plain forms.
LINES = [
    "Prices rose on Tuesday; upbeat, uptake and 'up' differ, (now) and nowhere.",
    "on 3 aug the toll rose; bon 3 aug; by dec. 4 and until monday, since fri",
    "unto 3 may; ON 4 JUNE; by, until; non-stop cutbacks; cut-price; toll-free",
    "up", "on tuesday", "xon tuesday", "\u00e9on tuesday", "_by monday", "9by monday",
    "the latest figures fell by 12 dec 3", "", "down\u00b2 down", "growth-led",
]


@pytest.mark.parametrize("low", LINES)
def test_word_begin_trie_matches_the_word_boundary(low):
    dated_plain = re.compile(Q._DATED.pattern.replace(
        f"(?:{Q._trie(('on', 'since', 'until', 'by'), Q._WORD_BEGIN)}) ",
        r"\b(?:on|since|until|by) "))
    assert dated_plain.pattern != Q._DATED.pattern
    assert bool(Q._DATED.search(low)) == bool(dated_plain.search(low))
    assert bool(Q._CHANGE_FAST.search(low)) == bool(Q._CHANGE_WORDS.search(low))
    for word in ("up", "on", "by", "now", "toll"):
        plain = re.compile(rf"\b{word}")
        fast = re.compile(f"(?:{Q._trie([word], Q._WORD_BEGIN)})")
        assert [m.start() for m in fast.finditer(low)] == \
            [m.start() for m in plain.finditer(low)]


@pytest.mark.parametrize("low", ["a 12 b 3,400 c", "", "2019", "x1y22z333", "\u00a3 5 \u2014 6"])
def test_ascii_digit_runs_in_plain_text(low):
    assert Document(low).plain
    assert Q._DocCandidates(low, True).found == Q._DocCandidates(low, False).found


def test_quantity_is_hashable_and_compares_without_features():
    text = "At least 12 people died and 12 people died."
    qs = Q.extract_quantities(Document(text))
    a, b = qs
    assert a != b and len({a, b}) == 2
    # the same fields, another _SentenceFeatures of the sentence (not compared)
    features = Q._SentenceFeatures(text, 0, len(text))
    same = Q.Quantity(*[getattr(a, f) for f in Q.Quantity.__record_init__][:-1], features)
    assert same == a and hash(same) == hash(a) and same.features is not a.features


# Sentence flags read in a plain text's byte classes against the regexes.
TEXT = ("Up 12% now. Prices rose\u2014sharply\u2014to 40; \u201cdown\u201d 3 (cut) by "
        "half. Its toll_up was 9, uprose 4 and grew3 5. The drop: 7 fallen, x-rises 2. "
        "Nothing changed for 6 \u00a3upgrades. Shares slipped")


def _spans(text: str):
    """Every span between two positions of a few kinds: word starts and ends, and the
    middle of words (unclean ends)."""
    cuts = sorted({0, len(text)} | {i for i, c in enumerate(text) if not c.isalnum()} |
                  {i + 1 for i, c in enumerate(text) if not c.isalnum()} | {2, 5, 13, 40, 91})
    return [(a, b) for a in cuts for b in cuts if a < b <= len(text)]


@pytest.mark.parametrize("text", [TEXT, TEXT.upper(), "up", "now down", "x", "surged."])
def test_change_flag_in_byte_classes_matches_the_regex(text):
    low = text.lower()
    classes = Q._byte_classes(low)
    for s0, s1 in _spans(text):
        sentence_low = text[s0:s1].lower()
        fast = Q._SentenceFeatures(text, s0, s1, classes)._reports_change(sentence_low)
        assert fast == bool(Q._CHANGE_FAST.search(sentence_low)), (s0, s1, sentence_low)


# `_TIMESHIFT` as it was written before it was grouped by first letter.
_TIMESHIFT_AS_WRITTEN = re.compile(
    r"\b(?:last|previous|next|following|preceding) (?:year|month|week|season|time|election|"
    r"decade|quarter)\b|\b(?:a|one|two|three|several|many|\d+) (?:years?|months?|decades?|weeks?)"
    r" (?:ago|earlier|before|later)\b|\bin (?:19|20)\d\d\b|\bearlier this\b|\bsince (?:19|20)\d\d"
    r"\b|\bcompared (?:with|to)\b|\bthe year before\b|\ba year earlier\b|\bin the past\b",
)


DATED_TEXT = ("Talks began on Monday; on,tuesday 4 fell. Due by 3 March or by Dec. 4, "
              "not by dec 12th, since 1 jan and until sept 30. By Friday\u2019s vote 7 held "
              "on\u00a0sunday, upon 5 may 9 and on 12 junk. Until august 2")
SHIFT_TEXT = ("Last year 5 rose; a-year earlier this month 6 and in 1850 two years ago 7. "
              "Since 2019 8, compared with 9 in the past, the year before 10 and a year "
              "earlier 11; 12 weeks ago, 3 months later, several decades before: next "
              "election 4. In 2020s 5, in 19999 6, earlier-this 7, compared to\u2014previous week")


@pytest.mark.parametrize("low", [SHIFT_TEXT.lower(), DATED_TEXT.lower(), "in 2019",
                                 "1 year ago", "x3 years ago", "the year before"])
def test_timeshift_grouped_is_timeshift_as_written(low):
    for s0, s1 in _spans(low):
        assert bool(Q._TIMESHIFT.search(low[s0:s1])) == bool(
            _TIMESHIFT_AS_WRITTEN.search(low[s0:s1])), (s0, s1)


@pytest.mark.parametrize("name, text", [
    ("_DATED", DATED_TEXT), ("_DATED", SHIFT_TEXT.upper() + DATED_TEXT),
    ("_TIMESHIFT", SHIFT_TEXT), ("_TIMESHIFT", DATED_TEXT.upper() + SHIFT_TEXT),
])
def test_patterns_tried_where_the_classes_allow_find_what_the_search_finds(name, text):
    pattern, in_classes = getattr(Q, name), getattr(Q, name + "_CLASSES")
    classes = Q._byte_classes(text.lower())
    found = 0
    for s0, s1 in _spans(text):
        sentence_low = text[s0:s1].lower()
        expected = bool(pattern.search(sentence_low))
        found += expected
        features = Q._SentenceFeatures(text, s0, s1, classes)
        assert features._holds(sentence_low, pattern, in_classes) == expected, (s0, s1)
    assert found


_SENTENCE_FLAGS = frozenset({"timeshift", "change", "dated"})


@pytest.mark.parametrize("path", [None, *FIXTURES[:8]],
                         ids=lambda p: "sentences" if p is None else f"{p.parent.name}/{p.name}")
def test_flags_found_on_first_read_as_the_eager_union(path):
    """`flags` is the union of the figure's own flags and its sentence's, as when it was set
    at extraction; none of the sentence's flags is found before a figure's `flags` is read,
    and `is_total`, which reads the own flags only, finds none of them either."""
    text = SENTENCES if path is None else path.read_text(encoding="utf-8")
    doc = Document(text)
    qs = Q.extract_quantities(doc)
    assert qs
    assert all(q.features._flags is None and not hasattr(q, "_lazy_flags") for q in qs)
    totals = [q.is_total for q in qs]
    assert all(q.features._flags is None for q in qs)
    for q in qs:
        sent = doc.sentences[q.sentence]
        eager = Q._SentenceFeatures(text, sent.start, sent.end).flags
        assert not q.own_flags & _SENTENCE_FLAGS and eager <= _SENTENCE_FLAGS
        assert q.flags == eager | q.own_flags and q.flags is q.flags  # found once, kept
        assert isinstance(q.flags, frozenset) and isinstance(q.own_flags, frozenset)
    assert totals == [not q.flags & {"update", "prior", "part", "partitive", "other", "range",
                                     "rate"} for q in qs]


def test_flags_in_repr_eq_and_hash_at_their_place():
    text = "Last year 12 people died. On Tuesday about 30 people were hurt."
    a, b = Q.extract_quantities(Document(text))
    assert repr(a).endswith("event='dead', sentence=0, flags=frozenset({'timeshift'}))")
    assert a.flags == {"timeshift"} and b.flags == {"dated"}
    fields = ("kind", "start", "end", "value", "lo", "hi", "hedge", "unit", "modifiers",
              "event", "sentence", "flags")
    assert hash(a) == hash(tuple(getattr(a, name) for name in fields))
    again = Q.extract_quantities(Document(text))[0]
    assert not hasattr(again, "_lazy_flags")
    assert again == a and hasattr(again, "_lazy_flags")  # equality reads (so finds) it


def test_sets_tested_against_own_flags_hold_no_sentence_flag():
    """Rules test these sets against `Quantity.own_flags`, which never holds a sentence's
    flags: a sentence flag added to one of them would never match there (it belongs in a
    test of `flags`)."""
    from checker.mentions import relations
    from checker.rules import _figures, money_mismatch, percent_mismatch

    sets = [_figures.NOT_A_STATEMENT, money_mismatch._NOT_HEAD, percent_mismatch._NOT_A_LEVEL,
            relations._NOT_WHOLE, money_mismatch._NOT_THE_AMOUNT]
    for flags in sets:
        assert flags and not flags & _SENTENCE_FLAGS, flags


# `_last_word`/`_next_word` read a word beside punctuation without the regexes: punctuation
# around the word ("said,", "(38"), punctuation alone (then the token beyond), non-ASCII
# marks, and the cases left to the regexes (an apostrophe inside, "_", a tab, a non-ASCII
# letter).
@pytest.mark.parametrize("s", [
    "more than $", "said, ", "($", "(£", "% in", "%.", ".", "years.", "u.s. ", "ocean's ",
    "’s ", "— ", " (", "$ $ ", "$ $", " .. said", "said ..", "x_y. ", "é, ", "(\t", "a\t$",
    "over £", "profit of $", "“one”", "…", ", according", "2.5%", "9/", "rs. ", "$ é",
])
def test_last_and_next_word_beside_punctuation_match_the_regexes(s):
    for text in (s, s[::-1], " " + s + " "):
        wm, nm = Q._LAST_WORD.match(text), Q._NEXT_WORD.match(text)
        assert Q._last_word(text) == (wm.group(1) if wm else "")
        assert Q._next_word(text) == (nm.group(1) if nm else "")


def test_non_word_characters_are_no_word_characters():
    assert not [c for c in Q._NON_WORD if Q._WORD_CHAR.match(c) or re.match(r"\w", c)]


# The tests written before the left-context regexes (`_classify`): a context that fails the
# test is one the regex cannot match.
@pytest.mark.parametrize("left", [
    "Solberg, ", "Solberg,", "Solberg,\t", "Mr Greb (", "Greb\u00a0(", "Solberg ,  ", "the",
    "Solberg.", "Solberg; ", "said ", "Greb ( ", "",
])
def test_name_comma_test_holds_wherever_the_regex_matches(left):
    if Q._NAME_COMMA_LEFT.match(left):
        assert left[-1:] == "(" or left.rstrip()[-1:] == ","


@pytest.mark.parametrize("left, matches", [
    ("The death toll rose to ", True), ("the casualty TOLL stood at about ", True),
    ("the injury toll of ", True), ("Death Toll: ", False), ("tolls rose to ", False),
])
def test_toll_test_holds_wherever_the_regex_matches(left, matches):
    assert bool(Q._TOLL_LEFT.match(left)) == matches
    assert not matches or "toll" in left.lower()


# The ASCII stand-ins for `regex` patterns on a plain text find what those find, at every
# position: `_WORD_PLAIN` (the counted noun's words) and `_GLUE_RIGHT_PLAIN`.
PLAIN_PIECES = ["", " ", "  ", "\t", "\n", "\x0b", "\x1c", "\u00a3", "\u2019", "\u2014",
                "'s", "\u2019s ", "-year-old", "-", ".5", "(3", "/", "#", ":", "ships",
                "Ships", "x_y", "12", "the", "A", "z'", "\u201c", "&"]


def _plain_texts():
    import random

    rnd = random.Random(7)
    texts = ["at least 12 ships' crews", "3 Ships’ masts", "7\tmen-at-arms and 4-year-old"]
    texts += ["".join(rnd.choice(PLAIN_PIECES) for _ in range(8)) for _ in range(400)]
    assert all(Document(t).plain for t in texts)
    return texts


def test_plain_word_and_glue_patterns_match_the_regex_ones():
    for text in _plain_texts():
        for pos in range(len(text) + 1):
            for general, ascii_ in ((Q._WORD, Q._WORD_PLAIN),
                                    (Q._GLUE_RIGHT, Q._GLUE_RIGHT_PLAIN)):
                g, a = general.match(text, pos), ascii_.match(text, pos)
                assert (g and (g.span(), g.groups())) == (a and (a.span(), a.groups())), \
                    (text, pos)


def test_plain_and_general_classification_agree(monkeypatch):
    text = "Figures checked in one pass\n\n" + SENTENCES
    plain = [repr(q) for q in Q.extract_quantities(Document(text))]
    doc = Document(text)
    monkeypatch.setattr(doc, "plain", False)
    assert [repr(q) for q in Q.extract_quantities(doc)] == plain


@pytest.mark.parametrize("left", ["", "£", "cost £", "US£", "cost €", "¥", "Rs ₹", "$", "US$",
                                  "HK$", "USD ", "Rs. ", "EUR", "more than ", "(£"])
def test_lone_currency_signs_read_as_the_regex_reads_them(left):
    m = Q._CURRENCY_LEFT.match(left)
    assert Q._currency_left(left, None) == (m.group(1) if m else None)


@pytest.mark.parametrize("right", [
    " of the", " Out of them", " in which", " were killed", " people were reported dead",
    " CONFIRMED dead", " killed.", " " * 70 + "of the x", " " * 58 + "were killed",
    "\t\nin their", " ships were killed", ", of the", " off the", " wounded",
])
def test_near_gate_holds_wherever_the_patterns_match(right):
    low = right.lower()
    nxt = Q._next_word(low[:80])
    for pattern, gate in ((Q._PARTITIVE_RIGHT, Q._PARTITIVE_GATE),
                          (Q._BARE_EVENT_RIGHT, Q._BARE_EVENT_GATE)):
        if pattern.match(right):
            assert Q._near_gate(nxt, gate, low[:80]), (right, pattern)


# The reversed left-context patterns (`_*_REV`, read on the lower-cased context reversed)
# against the `(?r)` patterns they stand in for, on plain contexts in mixed case.
REV_PIECES = ["more", "than", "No", "fewer", "at", "least", "of", "Out", "the", "its", "possible",
              "total", "twenty", "Seventeen", "seventy", "12", "3,5", "1.", "between", "and",
              "to", "or", "-", "–", "rose", "stands", "all", "these", "killed", "about", "x",
              "over", "just", "well", "an", "estimated", "up", "in", "excess", "tally", "£",
              ",", ".", "from", "vs", "vs.", "only", "year's", "compared", "with"]
REV_GAPS = [" ", " ", " ", "  ", "\t", "\n", "", "\x1c", " . "]


def _rev_contexts():
    import random

    rnd = random.Random(11)
    out = ["More than ", "the death toll rose to at least ", "between 20 and ", "20 to ",
           "14 out of its possible ", "all of the ", "twenty-", "Seventeen of the ",
           "three Out of their total ", "1,200 of ", "x5 of an ", "eighteen of  a ",
           "seventy\tof the possible ", "2.5 out of ", "nine  of its total ", "up from just ",
           "vs. ", "Vs ", "avs. ", "compared with only ", "last year's ", "down from "]
    for _ in range(3000):
        n = rnd.randint(1, 5)
        out.append("".join(rnd.choice(REV_PIECES) + rnd.choice(REV_GAPS) for _ in range(n)))
    return out


@pytest.mark.parametrize("general, reversed_", [
    ("_HEDGE_LEFT", "_HEDGE_REV"), ("_UPDATE_LEFT", "_UPDATE_REV"),
    ("_RANGE_LEFT", "_RANGE_REV"), ("_WHOLE_LEFT", "_WHOLE_REV"),
    ("_DEFINITE_LEFT", "_DEFINITE_REV"), ("_PRIOR_LEFT", "_PRIOR_REV"),
])
def test_reversed_left_patterns_match_as_the_backward_ones(general, reversed_):
    general, reversed_ = getattr(Q, general), getattr(Q, reversed_)
    hits = 0
    for lc in _rev_contexts():
        assert Document(lc).plain
        g, r = general.match(lc), reversed_.match(lc.lower()[::-1])
        assert bool(g) == bool(r), lc
        if g:
            hits += 1
            assert len(g.group(0)) == r.end() and \
                [x.lower() for x in g.groups()] == [x[::-1] for x in r.groups()], lc
    assert hits >= 8


def test_dollar_alternatives_end_with_the_listed_letters():
    """`_currency_left` reads "$" alone after any character but "SCAUZKR": the characters
    before "$" in `_CURRENCY_LEFT`'s other alternatives."""
    alternatives = Q._CURRENCY_LEFT._args[0].removeprefix("(?r)(").rstrip(")").split("|")
    dollars = [a.removesuffix("\\$") for a in alternatives if a.endswith("\\$")]
    assert "" in dollars and len(dollars) == 10
    assert all(a[-1] in "SCAUZKR" for a in dollars if a)


@pytest.mark.parametrize("left", ["$", " $", "x$", "US$", "CA$", "A$", "AU$", "NZ$", "HK$",
                                  "S$", "R$", "C$", "Z$", "K$", "U$", "(£", "a $", "7$", "$$",
                                  "us$", "R $"])
def test_dollar_sign_read_as_the_regex_reads_it(left):
    m = Q._CURRENCY_LEFT.match(left)
    assert Q._currency_left(left, None) == (m.group(1) if m else None)
