"""The speed-ups in dates.py and relations.py must not change what they find.

Several case-insensitive word-list patterns open with a lookahead on the first letters of
their words (`(?=[abfst])(since|until|...)`), which lets `re` skip most characters. The
lookahead is only safe while it lists every letter a match can start with; these tests read
each pattern with the standard library's parser and check that, so a word added to a list
later cannot be silently missed.
"""

from __future__ import annotations

import re

try:  # Python 3.11+
    from re import _constants as C, _parser as P
except ImportError:  # pragma: no cover
    import sre_constants as C
    import sre_parse as P

import pytest

from checker.document import Document
from checker.mentions import Mentions, dates, relations

_ZERO_WIDTH = (C.AT, C.ASSERT, C.ASSERT_NOT)


def _first(items) -> tuple[set[str], bool]:
    """The literal first characters a parsed sequence can start with, and whether it can
    match the empty string (then the caller adds what follows it)."""
    chars: set[str] = set()
    for op, av in items:
        if op in _ZERO_WIDTH:
            continue
        if op is C.LITERAL:
            chars.add(chr(av))
            return chars, False
        if op is C.IN:
            for iop, iav in av:
                if iop is C.LITERAL:
                    chars.add(chr(iav))
                elif iop is C.RANGE:
                    chars.update(map(chr, range(iav[0], iav[1] + 1)))
                else:
                    raise AssertionError(f"class item {iop} is not a plain letter")
            return chars, False
        if op is C.SUBPATTERN:
            sub, empty = _first(av[-1])
        elif op is C.BRANCH:
            sub, empty = set(), False
            for alt in av[1]:
                c, e = _first(alt)
                sub |= c
                empty = empty or e
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT):
            sub, empty = _first(av[2])
            empty = empty or av[0] == 0
        else:
            raise AssertionError(f"cannot tell the first characters of {op}")
        chars |= sub
        if not empty:
            return chars, False
    return chars, True


def _lookahead_and_rest(pattern: re.Pattern) -> tuple[set[str], set[str]]:
    """The letters a pattern's leading lookahead allows, and the letters its matches can
    really start with (both lower-cased: the patterns ignore case)."""
    items = list(P.parse(pattern.pattern, pattern.flags))
    while items and items[0][0] is C.AT:
        items.pop(0)
    op, av = items[0]
    assert op is C.ASSERT and av[0] == 1, "the pattern does not open with a lookahead"
    allowed, _ = _first(av[1])
    real, empty = _first(items[1:])
    assert not empty
    return {c.lower() for c in allowed}, {c.lower() for c in real}


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


@pytest.mark.parametrize("name", ["_DISSENT_VERB", "_SPLIT_SEP"])
def test_relations_lookahead_lists_every_first_letter(name):
    lazy = getattr(relations, name)
    allowed, real = _lookahead_and_rest(re.compile(*lazy._args))
    assert allowed == real


def test_calendar_matches_the_standard_library():
    import datetime

    from checker.mentions import calendar

    for year in (1900, 2000, 2023, 2024):
        for month in range(1, 13):
            for day in range(1, 32):
                try:
                    want = datetime.date(year, month, day).toordinal()
                except ValueError:
                    want = None
                assert calendar.day_number(year, month, day) == want
    assert calendar.is_valid_day(29, 2, None) and not calendar.is_valid_day(29, 2, 2023)
    assert [calendar.month_number(w) for w in ("Sept.", "december", "Jun", "May")] == \
        [9, 12, 6, 5]
    assert calendar.WEEKDAY_NUMBERS["sunday"] == datetime.date(2024, 3, 17).weekday()


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


def test_figures_other_time_lookahead_lists_every_first_letter():
    from checker.mentions import figures

    allowed, real = _lookahead_and_rest(figures._OTHER_TIME)
    assert allowed == real, f"add {sorted(real - allowed)}; drop {sorted(allowed - real)}"


def _lower_case_words(text):
    """The reference definition _LowerCase.has answers for: the text's whitespace-separated
    tokens, stripped of punctuation and a possessive, that start lower-case."""
    from checker.mentions.figures import _PUNCT

    stripped = (w.strip(_PUNCT) for w in text.split())
    return {w.removesuffix("'s").removesuffix("’s") for w in stripped if w[:1].islower()}


@pytest.mark.parametrize("text", [
    "The Bank of Mexico said remittances grew, the bank said.",
    "Shares in Fennick rose. (shares') fell; 'reports’s' said\u00a0shares\u2003bank—",
    "Reports say the reports-based index and Report's reporter wrote “report”.",
    "İstanbul and istanbul; ſhares; the café Café CAFÉ's café’s",
])
def test_lower_case_lookup_matches_the_set_of_lower_case_words(text):
    from checker.mentions.figures import _LowerCase

    words = _lower_case_words(text)
    look = _LowerCase(text)
    queries = set(text.split()) | {w.strip(".,;:()'\"“”‘’—") for w in text.split()}
    queries |= {"The Bank", "Bank", "Shares", "Reports", "Report's", "Café", "", "s"}
    for q in sorted(queries):
        expected = q.lower().removesuffix("'s").removesuffix("’s") in words
        assert look.has(q) == expected, q
        assert look.has(q) == expected, q  # the cached answer too


def test_lazy_pattern_compiles_once_on_first_use_and_answers_like_the_pattern():
    from checker.mentions.lazy import Lazy

    calls = []

    def compile_counting(*args):
        calls.append(args)
        return re.compile(*args)

    lazy = Lazy(compile_counting, r"\b(\d+) rockets\b", re.IGNORECASE)
    assert calls == []  # nothing compiled at definition
    text = "At least three ROCKETS, then 8 Rockets and 12 rockets"
    plain = re.compile(r"\b(\d+) rockets\b", re.IGNORECASE)
    assert lazy.search(text).span() == plain.search(text).span()
    assert lazy.findall(text) == plain.findall(text) == ["8", "12"]
    assert [m.span() for m in lazy.finditer(text, 0, 40)] == \
        [m.span() for m in plain.finditer(text, 0, 40)]
    assert len(calls) == 1  # compiled once, on the first read
    assert lazy.pattern == plain.pattern and lazy.flags == plain.flags
    with pytest.raises(AttributeError):
        lazy.__deepcopy__  # noqa: B018 - probes for dunders are not forwarded


# The figures shortcuts (one scan for names and phrases, shared clause words, the
# other-time needles) answer as the plain code does.
def test_figures_names_and_phrases_match_the_plain_scans():
    from checker.mentions import figures as F

    text = ("Shares in Fennick Foods rose, Pellworth Rovers and The Bank said.\tMr Lask "
            "Ölund and Écija met at Marrow Foods; shares fell")
    lower_case = F._LowerCase(text)
    names, phrases = F._names_and_phrases(text, 0, len(text), lower_case)
    assert names == frozenset(n for n in F._NAME.findall(text) if n not in F._NOT_NAMES)
    assert phrases == F._phrases(text, 0, len(text), lower_case)
    assert frozenset({"Pellworth", "Rovers"}) in phrases


def test_figures_other_time_gate_matches_the_regex():
    from checker.mentions import figures as F

    for s in ["Sales rose 5% in 2019.", "It was up 3% compared with £4bn.", "Profit, a year "
              "earlier, was £2m.", "The former Reform Treasurer Lord Fenwick got £400,000.",
              "Shares rose 5% on Monday.", "Prior to the deal it held 20%.", "LAST YEAR 4%"]:
        assert F._other_time(s, 0, len(s), s.lower()) == bool(F._OTHER_TIME.search(s))


def test_figures_clause_words_shared_by_frame_and_governor():
    from checker.mentions import figures as F

    for left in ["annual losses of ", "save the average tenant ", "up 3%, to ",
                 "received an ", "a. b - c; raising the threshold to "]:
        words = F._clause_words(left)
        assert F._frame("for the midfielder", left, words) == F._frame("for the midfielder", left)
        for key in [(), ("bid",), ("tenant",), ("threshold", "to")]:
            assert F._governor(left, key, words) == F._governor(left, key)
