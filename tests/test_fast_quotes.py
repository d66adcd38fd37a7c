"""The quotation extractor's ASCII patterns read ASCII text exactly as the Unicode ones do.

Every frame around a quotation that is ASCII, or in a plain document, is read with the standard
library's `re` versions of the attribution patterns; these tests match both versions against
random ASCII (and plain) frames built from names, roles, verbs of saying, pronouns, punctuation
and odd whitespace, and compare spans and groups. The capitalised-word count is checked against counting the words themselves.
"""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from checker.mentions import quotes as Q
from checker.mentions.plain import plain

SETTINGS = settings(max_examples=400, deadline=None,
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
