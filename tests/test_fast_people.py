"""Fast paths of the people extractor (checker/mentions/people.py), and of the surname index
its rules share (`NearIndex`, checker/rules/_people.py).

Every test here compares a fast path with the general path it replaces, on invented names and
wire text:

- The ASCII patterns (`_RUN_ASCII`, `_TOKEN_ASCII`, `_APPOS_AFTER_ASCII`: `re` with ASCII
  classes) find on plain text what the Unicode ones (`_RUN`, `_TOKEN`, `_APPOS_AFTER`:
  `regex`) find; the run patterns with possessive repeats find the runs the backtracking ones
  (kept here as the reference) found; `_PLAIN_RUN` reads a run of plain capitalised words as
  the token patterns and `_runs` do.
- Lone capitalised words: on plain text `_lone_keys` gives the general path's keys and ends,
  and a misspelt lone reference is still found though its signs (a verb of saying, an age)
  are read only after the closeness test.
- `_shapes` (a bit mask of lengths per first letter) answers as the (first letter, length)
  pairs; `canonical_role` remembers its answers without changing them; `NearIndex.candidates`
  holds every word within two edits that has the same first letter.
- `_mention` skips its leading-word and title loops for a lone word and for a pair whose
  first word has no hyphen and is neither a stop word nor a title: it reads every run as the
  general path (both loops run) reads it; its window bounds stop at the sentence's edges.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from checker.document import Document
from checker.mentions import Mentions
from checker.mentions import people
from checker.mentions import people as P
from checker.mentions.people import (
    _PLAIN_RUN,
    _RUN_ASCII,
    _TOKEN,
    _TOKEN_ASCII,
    _lone_keys,
    _plain_run,
    _runs,
    _shapes,
    extract_people,
)
from fast_helpers import _text

SETTINGS = settings(max_examples=500, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow])


def test_shapes_mask_matches_letter_and_length_pairs():
    keys = ["li", "varga", "o'neill", "vargas", "x", "abcdefghijklmnopqrstuvwxyz" * 3]
    pairs = {(k[:1], n) for k in keys for n in range(len(k) - 2, len(k) + 3)}
    shapes = _shapes(keys)
    for word in ["l", "li", "lin", "lindq", "v", "var", "varg", "vargasss", "vargassss",
                 "o", "oneil", "o'neil", "x", "xyz", "xyzw", "a" * 76, "a" * 80, "b"]:
        assert bool(shapes.get(word[:1], 0) >> len(word) & 1) == ((word[:1], len(word)) in pairs)


def test_plain_run_spans_are_the_token_patterns_run():
    text = "He met Interior Minister Lena Varga and Tony Blair in Rome."
    for m in _PLAIN_RUN.finditer(text):
        for token_re in (_TOKEN, _TOKEN_ASCII):
            tokens = [t.span() for t in token_re.finditer(text, m.start(), m.end())]
            assert list(_runs(text, tokens)) == [_plain_run(m.start(), m.group())]
    assert [m.group() for m in _PLAIN_RUN.finditer(text)] == [
        "Interior Minister Lena Varga", "Tony Blair"]


def test_canonical_role_remembers_without_changing_answers():
    people._CANONICAL.clear()
    first = [people.canonical_role(r) for r in ("Chief Executive Officer", "Sen.", "Mr")]
    again = [people.canonical_role(r) for r in ("Chief Executive Officer", "Sen.", "Mr")]
    assert first == again == ["chief executive", "senator", "mr"]


def test_possessive_run_patterns_find_the_runs_backtracking_ones_find():
    import re

    import regex

    # The run patterns before their quantifiers were made possessive.
    gap = people._RUN_GAP
    plain = re.compile(r"[A-Z](?<![\w'’][A-Z])[\w'’-]*"
                       rf"(?:(?: |\. |{gap})[A-Z][\w'’-]*){{0,11}}")
    general = regex.compile(r"(?<![\w'’])\p{Lu}[\w'’-]*"
                            rf"(?:(?: |\. |{gap})\p{{Lu}}[\w'’-]*){{0,11}}")
    texts = [
        "Finance Minister Lena Varga met Juan de la Cruz and Dr. Amara Nwosu in Rome.",
        "Mr O'Neill's deal with McAllister-Smith Ltd. Then Varga said: Bank of Tarnia, "
        "Lopez and the Smith-Jones Trust.",
        "A B C D E F G H I J K L M N O P Q R S T U V W X Y Z Aa Bb and Cc yes Dd abcde Ee",
        "Orla Penn ab cd ef Gh ij klmno Pq of the Rst of a Uv, Wx. Yz' Ab’s Cd’ Ef-gh- Ij",
    ]
    for text in texts:
        for old, new in ((plain, people._RUN_ASCII), (general, people._RUN)):
            assert [m.span() for m in new.finditer(text)] == [
                m.span() for m in old.finditer(text)]
            for start in range(0, len(text), 7):  # scans that start mid-sentence
                assert [m.span() for m in new.finditer(text, start, len(text) - 3)] == [
                    m.span() for m in old.finditer(text, start, len(text) - 3)]


def test_near_index_candidates_hold_every_close_word_of_the_same_first_letter():
    from rapidfuzz.distance import Levenshtein

    from checker.rules._people import NearIndex

    few = ["halvorsen", "hallett", "hopkins", "klein", "kraus"]
    many = [f"s{a}{b}ith" for a in "aemu" for b in "mnt"] + ["smyth", "smit", "smithers", "sm"]
    queries = ["halvorson", "hallet", "hopkin", "klain", "krauss", "smith", "smyth", "smit",
               "smithe", "smiths", "s", "zeta", "hlavorsen"]
    for words in (few, many, few + many):
        index = NearIndex(words)
        for q in queries:
            close = {w for w in words
                     if w != q and w[:1] == q[:1] and Levenshtein.distance(q, w) <= 2}
            got = index.candidates(q)
            assert close <= got, (q, close - got)
            assert all(w[:1] == q[:1] and w != q for w in got)


def _names(text):
    return [(m.given, m.surname) for m in Mentions(Document(text)).people.mentions]


def test_misspelt_lone_reference_found_when_signs_come_after_the_closeness_test():
    assert _names("Sandy Pellard will now work at the mill. Pelard said the plan was "
                  "sound.") == [("Sandy", "Pellard"), ("", "Pelard")]
    # Near an unread surname but never beside a verb of saying or an age: not a reference.
    assert _names("Sandy Pellard will now work at the mill. The Pelard plan was sound.") == []
    assert _names("Sandy Pellard will now work at the mill. Pelard was there.") == []


def test_ascii_patterns_find_what_the_unicode_ones_find_on_plain_text():
    texts = [
        "Finance Minister Lena Varga met Juan de la Cruz and Dr. Amara Nwosu in Rome.",
        "Mr O'Neill's deal with McAllister-Smith Ltd. Then Varga said: Bank of Tarnia, "
        "Lopez and the Smith-Jones Trust’s G7 talks, 3Com Corp and X_Ray Inc.",
        "A_B C9 D_e F0g Hi_ Jk9 Lm-no Pq’s Rs’t Uv's Wx' Yz’ Ab-Cd-ef Gh2ij Kl_mn Op",
        "an Xy1 Zw_ba Qq's9 Rr’sa Ss'S Tt’s_ Uu's-Vv o'Ww 4Aa b_Bb C’ D- E’x",
        "Smith-Jones9 Ab-Cd-Ef9 Ab'Cd'ef' Xy-z Ab-CdEf GhIj-Kl Mn'Op9q McDo-Nald' Of the Rings",
    ]
    for text in texts:
        for ascii_re, general in ((people._RUN_ASCII, people._RUN),
                                  (people._TOKEN_ASCII, people._TOKEN)):
            for start in range(0, len(text), 5):
                assert [m.span() for m in ascii_re.finditer(text, start)] == [
                    m.span() for m in general.finditer(text, start)], (text, start)


def test_possessive_plain_run_pattern_reads_what_the_backtracking_one_reads():
    import re

    backtracking = re.compile(r"[A-Z][a-z]+(?: [A-Z][a-z]+)+")
    for w in ["Tony Blair", "Tony Blair's", "Tony  Blair", "Tony", "Tony B", "T Blair",
              "Tony Blair Jr", "Tony BLair", "Tony Blair ", "Ab Cd Ef Gh", "Ab Cd-Ef"]:
        assert bool(people._PLAIN_RUN.fullmatch(w)) == bool(backtracking.fullmatch(w)), w


def test_plain_lone_keys_are_the_general_keys():
    words = ["Hollis", "Lopez's", "Davies'", "O'Neill", "O’Neill’s", "McAllister", "Ab''s",
             "Ab's'", "Ab’'s", "Ab'’s", "Xs'", "Ab's's", "Smith-Jones’", "Ab’'", "Qs",
             "Kortmann’s", "Ez"]
    keys, stems = _lone_keys(words, True)
    general, lengths = _lone_keys(words, False)
    assert stems is None
    assert list(keys) == list(general)
    assert [len(k) for k in keys] == list(lengths)
    assert keys[:5] == ["hollis", "lopez", "davies", "o'neill", "o'neill"]
    assert _lone_keys([], True) == ([], None)
    assert _lone_keys([], False) == ([], None)


def test_plain_lone_words_of_an_article_read_as_the_general_path_reads_them():
    text = ("Ruth Halvorsen, the board's director, met O'Neill and McAllister's staff.\n\n"
            "Halvorsen's aides said Davies' report was late. Halvorson said it was fine. "
            "The BBC and G7 said Mr Lopez’s plan held.\n")
    doc = Document(text)
    assert doc.plain
    words = [m[0] for s in doc.sentences for m in _RUN_ASCII.finditer(text, s.start, s.end)
             if " " not in m[0] and (m[0][1:2].islower() or m[0][1:2] in "'’")]
    keys, _ = _lone_keys(words, True)
    assert list(keys) == list(_lone_keys(words, False)[0])
    people = extract_people(doc)
    names = {(m.surname, m.link) for m in people.mentions}
    assert ("Halvorsen", "exact") in names and ("Halvorson", "none") in names


# The apposition after a name: the ASCII pattern against the Unicode one.
APPOS_PIECES = [",", ", ", " ", "  ", "\t", "\x1c", "\n", "the", "a", "an", "his", "their",
                "company's", "firm’s", "boss", "chief", "executive", "head", "of", "who",
                "whose", "at", "whom", "52", "1234", ",", ".", ";", ")", "-", "ex-", "x",
                "Acme", "operations", "_", "9"]


def _appos(pattern, text, end):
    m = pattern.match(text, 0, end)
    return m and (m.span(), m.groups())


@SETTINGS
@given(_text(APPOS_PIECES), st.integers(0, 40))
def test_ascii_apposition_matches_as_the_unicode_one(text, cut):
    text = "," + text
    end = min(len(text), cut + 20)
    if text[:end].isascii():
        assert _appos(P._APPOS_AFTER_ASCII, text, end) == _appos(P._APPOS_AFTER, text, end)


def test_ascii_apposition_examples():
    for text in (", the company's head of operations, said", ", 52, a former chief, who",
                 ", their boss.", ", the executive", ", the\x1cboss,", ", an ex-chief\n"):
        for end in range(len(text) + 1):
            assert _appos(P._APPOS_AFTER_ASCII, text, end) == _appos(P._APPOS_AFTER, text, end)


MENTION_TEXTS = [
    "Tony Blair said the plan would work. Blair added that talks would go on.",
    "Interior Minister Lena Varga told reporters the border would stay open. Varga, 52, "
    "said nothing more.",
    "Ex-minister Jo Bloggs and Long-serving Ian Hart spoke first. Hart said little.",
    "Mr Pellard will now work for Sandy Pellard Holdings. Sandy Pellard will now work there.",
    "Sen. Jo Hart met Secretary of State Mike Pompeo on Monday. Pompeo said the meeting went well.",
    "The chief executive Owen Maddox resigned. Lena Varga, the finance minister, said so.",
    "But Varga said the bill would pass. Then Maddox replied: no.",
    "His son, Daniel Hollis, was there. Hollis said he was proud. Mrs Hollis agreed.",
    "Sixteen-year-old Bethan Carrow won. Carrow was delighted, said coach Rhys Evans.",
    "Former President Anna Lind, 71, who later became an envoy, spoke. Lind said yes.",
    "Downing Street said the Prime Minister would meet Angela Merkel in Berlin.",
    "O'Neill and McAllister met Juan de la Cruz. De la Cruz said they agreed.",
    "Kortmann said it. Led by Anneliese Kortmann, the team won. Ezra Lavers met Mr Lavres.",
]


class _Everything:
    """Contains every word: `_mention` then always runs its two loops (the general path)."""

    def __contains__(self, word) -> bool:
        return True


def _people_repr(text: str) -> str:
    return repr(Mentions(Document(text)).people)


@pytest.mark.parametrize("text", MENTION_TEXTS)
def test_fast_path_reads_runs_as_the_general_path(text, monkeypatch):
    fast = _people_repr(text)
    monkeypatch.setattr(people, "_STOP_OR_TITLE", _Everything())
    assert _people_repr(text) == fast


def test_pair_opening_with_a_title_or_stop_word_still_reads_it():
    ms = Mentions(Document("Minister Varga said no. The Hollis family said yes.")).people.mentions
    varga = [m for m in ms if m.surname == "Varga"]
    assert varga and varga[0].roles and varga[0].roles[0].text == "minister"


def test_bounds_at_the_sentence_edges():
    # The window bounds (conditional expressions, not max/min) stop at the sentence: "said"
    # ending the sentence before a name, or opening the one after it, is not its verb.
    ms = Mentions(Document("Analysts said. Lena Varga met them.")).people.mentions
    assert [(m.surname, "says" in m.signals) for m in ms] == [("Varga", False)]
    ms = Mentions(Document("They met Lena Varga. Said one: no.")).people.mentions
    assert [(m.surname, "says" in m.signals) for m in ms] == [("Varga", False)]
    ms = Mentions(Document("They met Lena Varga, aged 52, on Monday.")).people.mentions
    assert [(m.surname, "age" in m.signals) for m in ms] == [("Varga", True)]


def test_run_scan_ends_a_run_where_runs_would_split_a_lowercase_gap():
    # A lowercase word that is neither a particle nor "of" ends the scan's run: `_runs`
    # would split the tokens there. Particles and "of" still join ("della": never joined).
    text = ("Tony Blair said Gordon Brown met Juan de la Cruz, Piero della Francesca and "
            "Anna van der Berg at the Bank of Tarnia.")
    assert [m.group() for m in _RUN_ASCII.finditer(text)] == [
        "Tony Blair", "Gordon Brown", "Juan de la Cruz", "Piero", "Francesca",
        "Anna van der Berg", "Bank of Tarnia"]
