"""The prefilters that skip work in the figures extractor find what the full search finds:
each test runs the extractor with the prefilter and with it disabled (a pattern that always
matches) and compares the results."""

from __future__ import annotations

import pytest

import checker.mentions.figures as F
from checker.document import Document
from fast_helpers import ALWAYS, TEXTS, _both


@pytest.mark.parametrize("text", TEXTS)
def test_rate_prefilter_misses_nothing(monkeypatch, text):
    fast, slow = _both(monkeypatch, "figures", {(F, "_RATE_HINT"): ALWAYS}, text)
    assert fast == slow


@pytest.mark.parametrize("text", TEXTS + [
    "Its shares fell 12% - the sharpest drop since 2008 - while the firm's 4.2% stake rose.",
    "He paid £3.9bn for a rival chip-maker, about $5bn (€4.6bn) per year, up 6.8% on 2019.",
])
def test_plain_letter_patterns_read_as_the_unicode_ones(monkeypatch, text):
    doc = Document(text)
    assert doc.plain
    fast, slow = _both(monkeypatch, "figures", {(F, "_LETTERS"): {True: F._LETTERS[False]}},
                       text)
    assert fast == slow
    plain, unicode = F._LETTERS[True], F._LETTERS[False]
    for name in F._Letters.__slots__:
        for pos in range(len(text)):
            a = getattr(plain, name).match(text, pos)
            b = getattr(unicode, name).match(text, pos)
            assert (a and a.group()) == (b and b.group()), (name, pos)


@pytest.mark.parametrize("sentence", [
    "in 2019 sales rose 4%", "ago, it was 5%", "sales rose 4% from 2019", "Sales rose 4%.",
    "xin 2019 sales rose", "(since 2001) up 3%", "the year before, 7%", "it was earlier this week",
])
def test_other_time_on_folded_text_reads_word_boundaries(sentence):
    assert F._other_time(sentence, 0, len(sentence), sentence.lower()) == \
        bool(F._OTHER_TIME.search(sentence))
