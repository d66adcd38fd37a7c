"""Fast paths of the relations extractor (checker/mentions/relations.py).

Every test here compares a fast path with the general path it replaces, or, for the worked
examples, with what the general path finds:

- Prefilters on the lower-cased text (`_FROM_FIGURE`, `_OF_NUMBER`) skip the costly change
  and part-of searches: with each prefilter disabled (a pattern that always matches, or a
  document without `folded`) the extractor finds the same relations, and the text of every
  match of a full search holds its prefilter's match.
- The `caseless` pairs (`_SPLIT_SEP`, `_DISSENT_VERB`) searched in the lower-cased text find
  the spans of the case-insensitive search of the text, and their lookaheads on first letters
  list every letter a match can start with (read with the standard library's parser).
- Worked examples of the shortcuts: a breakdown's marker is looked up in the whole text's
  lower-case copy and must start a word; an "Of the" list counts only at a sentence start;
  splits, old splits and dissents need their words; splits behind the separator check.
"""

from __future__ import annotations

import re

import pytest

from checker.document import Document
from checker.mentions import Mentions, relations
from checker.mentions import relations as R
from checker.mentions.plain import caseless_search
from fast_helpers import ALWAYS, TEXTS, _both, _lookahead_and_rest


@pytest.mark.parametrize("text", TEXTS)
def test_relation_prefilters_miss_nothing(monkeypatch, text):
    fast, slow = _both(monkeypatch, "relations",
                       {(R, "_FROM_FIGURE"): ALWAYS, (R, "_OF_NUMBER"): ALWAYS}, text)
    assert fast == slow


@pytest.mark.parametrize("text", TEXTS)
def test_relations_without_folded_text(text):
    doc = Document(text)
    plain = Document(text)
    plain.__dict__["folded"] = None  # the general path: no lower-cased text to prefilter on
    assert repr(Mentions(doc).relations) == repr(Mentions(plain).relations)


def test_prefilters_hold_what_every_match_holds():
    for text in TEXTS:
        low = text.lower()
        for pattern in (R._FROM_TO, R._TO_FROM):
            if pattern.search(text):
                assert R._FROM_FIGURE.search(low), text
        if R._PART_OF.search(text):
            assert R._OF_NUMBER.search(low), text
    assert R._FROM_TO.search(TEXTS[2]) is None and R._TO_FROM.search(TEXTS[2])
    assert R._PART_OF.search(TEXTS[6])


def test_relations_pairs_split_and_dissent_alike():
    text = "The Board Voted 7-2, and Three Directors Voted Against it; TWO TO ONE."
    low = text.lower()
    for pair in ((relations._SPLIT_SEP, relations._SPLIT_SEP_FOLDED),
                 (relations._DISSENT_VERB, relations._DISSENT_VERB_FOLDED)):
        for pos in range(0, len(text), 7):
            want = pair[0].search(text, pos, len(text))
            got = caseless_search(*pair, text, low, pos, len(text))
            assert (got and got.span()) == (want and want.span())


@pytest.mark.parametrize("name", ["_DISSENT_VERB", "_SPLIT_SEP"])
def test_relations_lookahead_lists_every_first_letter(name):
    lazy = getattr(relations, name)
    allowed, real = _lookahead_and_rest(re.compile(*lazy._args))
    assert allowed == real


# Worked examples.
HEAD = "Council backs tram plan\n\nDEANSGATE, Marland (Wire) — "


def _relations(body):
    return Mentions(Document(HEAD + body + "\n")).relations


def test_breakdown_marker_in_a_sentence_that_also_states_a_percentage():
    # The marker is looked up in the whole text's lower-case copy, not the sentence's.
    rel = _relations("Eleven passengers were hurt, among them six children and seven adults, "
                     "up 10% on last year.")
    assert [(b.total.value, [p.value for p in b.parts]) for b in rel.breakdowns] == \
        [(11, [6, 7])]


def test_breakdown_marker_must_start_a_word():
    rel = _relations("Eleven passengers were hurt, xamong them six children and seven adults.")
    assert rel.breakdowns == []


def test_of_the_list_only_at_a_sentence_start():
    rel = _relations("Of the 80 seats, the Unity Party won 41, the Green Alliance 27 and "
                     "independents 15. Most Of the 80 seats, A won 41, B 27 and C 15.")
    assert [(b.total.value, b.marker) for b in rel.breakdowns] == [(80, "of the")]


def test_split_old_and_dissent_need_their_words():
    rel = _relations("The court ruled 6-3 in the case ten years ago. Four justices dissented.")
    assert [(s.yes, s.no, s.old) for s in rel.splits] == [(6, 3, True)]
    assert [d.value for d in rel.dissents] == [4]
    rel = _relations("The council voted 7-2 on Monday. Four members were absent.")
    assert [(s.yes, s.no, s.old) for s in rel.splits] == [(7, 2, False)]
    assert rel.dissents == []


@pytest.mark.parametrize("body,split", [
    ("The council voted seven to two in favour of the plan.", (7, 2)),
    ("The motion passed by 5 votes to 2 on Monday.", (5, 2)),
    ("In a 6–3 ruling, the court upheld the ban.", (6, 3)),
    ("The board VOTED 4 TO 1 to approve it.", (4, 1)),
    ("The vote was taken after a 2-1 win on Saturday.", None),
])
def test_splits_behind_the_separator_check(body, split):
    got = [(s.yes, s.no) for s in _relations(body).splits]
    assert got == ([split] if split else [])
