"""The prefilters that skip work in the figures and relations extractors find what the full
search finds: each test runs the extractor with the prefilter and with it disabled (a pattern
that always matches, or a document without `folded`) and compares the results."""

from __future__ import annotations

import re

import pytest

import checker.mentions.figures as F
import checker.mentions.relations as R
from checker.document import Document
from checker.mentions import Mentions

ALWAYS = re.compile("")

# Invented wire-style sentences: changes, shares, rates, in several cases and spellings.
TEXTS = [
    "Sales rose from 200 to 300, a 50% increase, the company said.",
    "Profits fell FROM £820m in 2023 to £615m, a drop of 25%.",
    "Output rose 5% to US$2.1bn from US$2bn last year.",
    "Revenue was 615 last year, down 25% from 820, while costs rose 4% On 90.",
    "Revenue climbed From $1.2 million to $1.5 million (up 25%) in the year.",
    "Of the 80 seats, 1,200 of the 4,000 workers, or 30 percent, went on strike.",
    "Exactly 312,000 Of The 480,000 registered voters cast ballots, a turnout of 65 percent.",
    "About 40 out of all 200 pupils, or 20%, passed; 12 of its 48 branches (25%) closed.",
    "Unemployment stood at 6.2%, while inflation rose 2% to 3.1% from 1.1%.",
    "The 6.8 percent jobless rate and the Interest rate of 4.75% were unchanged.",
    "Turnout hits 71% as the rate of inflation, which is currently 1.6%, eases.",
    "The highest rate of Inflation at 26.2% since 1990 hit youth unemployment of 14%.",
    "Mortgage interest rates rose 0.5% and joblessness fell 1%, the bank's 2% target.",
    "Shares in Fennick rose 19% from 52p as its stake of 35% fell to 30% of the firm.",
    "The court ruled 6-3 in the case. Three Justices Dissented, and two judges opposed it.",
    "The 15-member board VOTED 9 To 4 with two members abstaining; four members Voted No.",
    "Councillors voted 7–2 on the budget and 5-4 on parking, by 5 votes to 2 overall.",
    "The vote was 12-1. The 64 deputies who voted against it had voted for the 2019 rules.",
]


def _both(monkeypatch, extract_name: str, patched: dict, text: str):
    doc = Document(text)
    fast = repr(getattr(Mentions(doc), extract_name))
    with monkeypatch.context() as m:
        for (module, name), value in patched.items():
            m.setattr(module, name, value)
        slow = repr(getattr(Mentions(Document(text)), extract_name))
    return fast, slow


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


@pytest.mark.parametrize("text", TEXTS)
def test_rate_prefilter_misses_nothing(monkeypatch, text):
    fast, slow = _both(monkeypatch, "figures", {(F, "_RATE_HINT"): ALWAYS}, text)
    assert fast == slow


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
