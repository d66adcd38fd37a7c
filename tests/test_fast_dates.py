"""Fast paths of the date extractor (checker/mentions/dates.py).

Every test here compares a fast path with the general path it replaces. Texts are built from
the patterns' own words, in every case and with varied glue between the words, so that they
match often and a broken lookahead or a missing word shows up as a disagreement.

- Word lists searched case-sensitively in `Document.folded` (the lower-cased text) in place
  of a re.IGNORECASE search of the text give the same spans: anniversaries, earlier events,
  changed dates, "since"/"until" before a date, and (in the same parametrised test) people.py's
  role changes and births.
- `plain.holds_any` skips a sentence-wide word-list search when the sentence holds none of
  the strings every match contains (`_ANNIVERSARY_NEEDS`, ...); `_ends_with_on` replaces the
  search `(?:^|\\s)on\\s+$`.
- `_ANCHOR`, its two-letter endings grouped by first letter, finds the same matches as the
  plain alternation it replaced.
- Several case-insensitive word-list patterns open with a lookahead on the first letters of
  their words (`(?=[abfst])(since|until|...)`), which lets `re` skip most characters. The
  lookahead is only safe while it lists every letter a match can start with; the tests read
  each pattern with the standard library's parser and check that, so a word added to a list
  later cannot be silently missed.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from checker.document import Document
from checker.mentions import dates
from checker.mentions import dates as D
from checker.mentions import people as P
from checker.mentions.plain import holds_any
from fast_helpers import _lookahead_and_rest, _text

SETTINGS = settings(max_examples=400, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow])
SETTINGS_500 = settings(max_examples=500, deadline=None,
                        suppress_health_check=[HealthCheck.too_slow])
SETTINGS_300 = settings(max_examples=300, deadline=None,
                        suppress_health_check=[HealthCheck.too_slow])


# The word lists' needed strings (`plain.holds_any`) and `_ends_with_on`.
LISTS = ["ANNIVERSARY", "EARLIER", "CHANGED"]  # _NAME_FOLDED, read with _NAME_NEEDS
GLUE = [" ", " ", "", ", ", ". ", "-", "x", "s", "ed", "2", "12 ", "the ", "on ", "\n"]


def _words(pattern: str) -> list[str]:
    """Literal pieces of an alternation, and each split at its spaces."""
    pieces = [w for w in re.split(r"[^a-z \-]+", pattern) if w.strip()]
    return pieces + [w for p in pieces for w in p.split()]


def _list(name: str):
    return getattr(D, f"_{name}_FOLDED"), getattr(D, f"_{name}_NEEDS")


@pytest.mark.parametrize("name", LISTS)
def test_a_sentence_without_the_needed_strings_has_no_match(name):
    pattern, needs = _list(name)
    words = _words(pattern._args[0])

    @SETTINGS
    @given(st.lists(st.one_of(st.sampled_from(words), st.sampled_from(GLUE)), max_size=10))
    def check(parts):
        text = "".join(parts)
        if pattern.search(text):
            assert holds_any(text, needs), text

    check()


@pytest.mark.parametrize("name", LISTS)
def test_every_alternative_holds_a_needed_string(name):
    pattern, needs = _list(name)
    for piece in _words(pattern._args[0]):
        m = pattern.search(f" {piece} ")
        if m:
            assert holds_any(m.group(), needs), piece


def test_holds_any_says_no_only_without_the_strings():
    assert holds_any("the vote was postponed", D._CHANGED_NEEDS)
    assert not holds_any("the vote was held on march 3", D._CHANGED_NEEDS)


_ON_END = re.compile(r"(?:^|\s)on\s+$")


@SETTINGS
@given(st.lists(st.sampled_from(["on", "o", "n", " ", "\n", "\t", "\x1c", "\u00a0", "mon",
                                 "On", ".", "x"]), max_size=8))
def test_ends_with_on_is_the_search(parts):
    left = "".join(parts)
    assert D._ends_with_on(left) == bool(_ON_END.search(left))


# Word lists searched in the folded text against the case-insensitive search of the text.
# (pattern on the text, pattern on the folded text) pairs.
PAIRS = {
    "role change": (P._ROLE_CHANGE, P._ROLE_CHANGE_FOLDED),
    "born": (P._BORN, P._BORN_FOLDED),
    "anniversary": (D._ANNIVERSARY, D._ANNIVERSARY_FOLDED),
    "earlier": (D._EARLIER, D._EARLIER_FOLDED),
    "changed": (D._CHANGED, D._CHANGED_FOLDED),
    "left mark": (D._LEFT_MARK, D._LEFT_MARK_FOLDED),
}


def _pattern_words(pattern) -> list[str]:
    """Literal pieces of a pattern's alternation, for building texts that hit it."""
    return [w for w in re.split(r"[^A-Za-z \-]+", pattern.pattern) if w.strip()]


FILLER = [" ", " ", ", ", ". ", "-", "x", "un", "s", "ed", "2", "5 ", "The ", "on ", "at least ",
          "\n", "’", "İ", "ı"]


def _case(word: str, how: int) -> str:
    return (word, word.upper(), word.title(), word.swapcase())[how]


def _drawn_text(draw, words) -> str:
    parts = draw(st.lists(st.one_of(
        st.tuples(st.sampled_from(words), st.integers(0, 3)).map(lambda t: _case(*t)),
        st.sampled_from(FILLER)), max_size=12))
    return "".join(parts)


def _spans(pattern, text: str) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text)] + [
        m.span() for i in range(len(text) + 1) if (m := pattern.match(text, i, len(text)))]


@pytest.mark.parametrize("name", sorted(PAIRS))
def test_folded_patterns_find_what_the_caseless_ones_find(name):
    general, fast = PAIRS[name]
    words = _pattern_words(general)

    @SETTINGS_300
    @given(st.data())
    def check(data):
        text = _drawn_text(data.draw, words)
        folded = Document(text).folded
        if folded is None:  # ("İ", "ı": the extractors keep the general path)
            return
        assert _spans(fast, folded) == _spans(general, text)

    check()


def test_every_word_is_found_in_any_case():
    for name, (general, fast) in PAIRS.items():
        for word in _pattern_words(general):
            for how in range(4):
                text = f"it {_case(word, how)} 5 "
                assert _spans(fast, text.lower()) == _spans(general, text), (name, word)


# `_ANCHOR` against the plain alternation it replaced.
_OLD_ANCHOR = re.compile(
    r"[ADFJMNOSTW12](?:an|eb|ar|pr|ay|un|ul|ug|ep|ct|ov|ec|onday|uesday|ednesday|hursday|"
    r"riday|aturday|unday|[09]\d\d-\d)"
)
DATE_PIECES = ["Jan", "Sun", "Sunday", "Sat", "Saturday", "Mon", "Monday", "Tue", "May", "Dec",
               "Tan", "1", "2", "0", "9", "19", "2019", "-", "1an", "A", "S", "un", "ay", "ep",
               "ec", "eb", " ", ". ", "\n", "٢", "ednesday", "Wed"]


@SETTINGS_500
@given(_text(DATE_PIECES))
def test_anchor_finds_what_the_plain_alternation_found(text):
    assert [m.span() for m in D._ANCHOR.finditer(text)] == \
        [m.span() for m in _OLD_ANCHOR.finditer(text)]


# The lookaheads on the word lists' first letters.
@pytest.mark.parametrize("name", ["_LEFT_MARK", "_ANNIVERSARY", "_EARLIER", "_CHANGED"])
def test_dates_lookaheads_list_every_first_letter(name):
    pattern = getattr(dates, name)
    allowed, real = _lookahead_and_rest(pattern)
    assert real <= allowed, f"{name}: add {sorted(real - allowed)} to its lookahead"
    assert allowed <= real, f"{name}: {sorted(allowed - real)} start no word"


def test_first_letters_reader_sees_a_missing_letter():
    bad = re.compile(r"\b(?=[ab])(?:alpha|beta|gamma)\b", re.IGNORECASE)
    allowed, real = _lookahead_and_rest(bad)
    assert real - allowed == {"g"}


# A date's flags are found on its first read of them (`dates._flags`), not for every date
# when the dates are extracted: the values must not depend on which dates and fields are read
# first (sentence flags are kept per document), and repr, equality and hash show them.
_FLAG_TEXT = (
    "Lisbon, March 9 (Wire) - The vote, originally set for March 2, was postponed to "
    "March 9. Turnout has risen since March 3, 2024 and will be counted from March 10 "
    "to March 12. A similar vote was held on Feb. 4 last year, ten years to the day after "
    "the March 5 derailment. Another derailment, the Jan. 20 derailment, in May 2024 a "
    "crash.\n\nPhoto: In this Jan. 3, 2020 file photo, voters queue in Lisbon.\n"
)
_LAZY = ("flags", "event", "event_start", "event_end", "definite", "modifiers")


def _dates_read(order, fields):
    found = D.extract_dates(Document(_FLAG_TEXT))
    for i in order(range(len(found))):
        for name in fields:
            getattr(found[i], name)  # the first read computes it
    return found


@pytest.mark.parametrize("fields", [_LAZY, _LAZY[::-1], ("modifiers",), ()])
def test_lazy_flags_do_not_depend_on_the_order_read(fields):
    forward = _dates_read(list, _LAZY)
    other = _dates_read(lambda r: list(reversed(r)), fields)
    assert repr(forward) == repr(other)  # (repr reads every field)
    assert forward == other
    assert [hash(d) for d in forward] == [hash(d) for d in other]
    assert {D.CHANGED, D.SINCE, D.RANGE, D.FILE, D.SEVERAL} <= {f for d in forward
                                                                    for f in d.flags}
    assert {d.event for d in forward} >= {"derailment", "vote"}


def test_lazy_flags_of_a_weekday_alone_are_the_defaults():
    (d,) = D.extract_dates(Document("The council will meet on Tuesday to vote.\n"))
    assert d.day is None and d.month is None and d.flags == frozenset()
    assert (d.event, d.event_start, d.event_end, d.definite, d.modifiers) == ("", -1, -1,
                                                                             False, ())


# `_anchors` (the byte scan, then `_ANCHOR` matched at each position it finds) against
# `_ANCHOR.finditer`: the same starts, with matches that cover later starts ("A904-1904-5"),
# "#" and non-ASCII characters in the text.
ANCHOR_PIECES = DATE_PIECES + ["A904-", "1904-", "2004-5", "#", "#an", "é", "’", "£", "x",
                                "20A4-5", "٢", "1٩"]


@SETTINGS_500
@given(_text(ANCHOR_PIECES))
def test_anchor_scan_finds_what_finditer_finds(text):
    assert D._anchors(text) == [m.start() for m in D._ANCHOR.finditer(text)]


def test_anchor_scan_examples():
    for text in ["A904-1904-1904-5 Jan", "x1904-5 2019-12-01 Sunday", "#an Jan", "Jané 20A4-5",
                 "Monday, Jan. 5", "", "J", "Sun", "Tuesday’s 2019-1", "A904-٢", "2٠٢4-5"]:
        assert D._anchors(text) == [m.start() for m in D._ANCHOR.finditer(text)], text
