"""The fast paths of figure extraction must find exactly what the plain regexes find.

`extract_quantities` scans the lower-cased text (`Document.folded`) and skips context regexes
through gates; when `folded` is None it runs every regex case-insensitively on the text itself.
Forcing that slow path must change nothing."""

import pathlib

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
