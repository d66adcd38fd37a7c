"""Speakers attributed on first read (quotes.Quote), and the quote-mismatch pairing that reads
only the speakers it needs (quote_mismatch._may_pair), against the general path."""

from __future__ import annotations

import pickle

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from checker.document import Document
from checker.mentions.quotes import Quote, extract_quotes
from checker.rules.quote_mismatch import _content, _may_pair, _pairs, compare

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
        assert q.unread is None
        assert pickle.loads(pickle.dumps(other)) == eager


def test_unknown_attributes_still_raise():
    q = extract_quotes(Document(_TEXT))[0]
    try:
        q.nonexistent  # noqa: B018
    except AttributeError:
        pass
    else:
        raise AssertionError("no AttributeError")


# Content words (four letters or more), a few stop words, and one word nearly every quotation
# holds: more than 20 quotations use it, which `_pairs` counts per speaker.
_VOCAB = [f"word{i}" for i in range(20)] + ["the", "and", "we"]


@st.composite
def _quotes(draw):
    n = draw(st.integers(0, 45))
    out = []
    for i in range(n):
        words = draw(st.lists(st.sampled_from(_VOCAB), min_size=4, max_size=18))
        if draw(st.integers(0, 9)):
            words.insert(draw(st.integers(0, len(words))), "common")
        words = tuple(words)
        out.append(Quote(start=i, end=i + 1, parts=((i, i + 1),), words=words,
                         gaps=frozenset(draw(st.sets(st.integers(0, len(words)), max_size=1))),
                         word_parts=(0,) * len(words), speaker=draw(st.sampled_from("ab")),
                         speaker_name="X", how="said", block=draw(st.integers(0, 6)),
                         pull=False))
    return out


@settings(max_examples=300, deadline=None, suppress_health_check=list(HealthCheck))
@given(_quotes())
def test_may_pair_keeps_every_pair_compare_accepts(qs):
    general = [(a, b) for a, b in _pairs(qs) if compare(a, b) is not None]
    contents = [_content(q.words) for q in qs]
    kept = _may_pair(qs, contents)
    fast = list(_pairs([qs[i] for i in kept], [contents[i] for i in kept]))
    assert {(id(a), id(b)) for a, b in fast} <= {(id(a), id(b)) for a, b in _pairs(qs)}
    assert {(id(a), id(b)) for a, b in general} <= {(id(a), id(b)) for a, b in fast}


def _quote(words: str, block: int) -> Quote:
    w = tuple(words.split())
    return Quote(start=block, end=block + 1, parts=((block, block + 1),), words=w,
                 gaps=frozenset(), word_parts=(0,) * len(w), speaker="roos",
                 speaker_name="Roos", how="said", block=block, pull=False)


def test_a_long_quotation_sharing_one_word_with_a_short_one_is_kept():
    # one content word in common ("best"), the short version at most SHORT_WORDS words
    short = _quote("it was the best of all we had", 1)
    long = _quote("looking back over these many years it was the best of them we had", 4)
    assert compare(short, long) is not None
    contents = [_content(q.words) for q in (short, long)]
    assert _may_pair([short, long], contents) == [0, 1]
