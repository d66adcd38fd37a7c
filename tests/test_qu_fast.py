"""Fast paths of quantity extraction added in the evening pass: each must give exactly what
the general path it replaces gives."""

import pathlib
from types import SimpleNamespace

import pytest

from checker.document import Document
from checker.mentions import quantities as Q

FIXTURES = sorted(pathlib.Path(__file__).parent.glob("fixtures/*/*.txt"))


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
