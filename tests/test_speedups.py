"""The speed-ups in figures.py must not change what they find.

Several case-insensitive word-list patterns open with a lookahead on the first letters of
their words (`(?=[abfst])(since|until|...)`), which lets `re` skip most characters. The
lookahead is only safe while it lists every letter a match can start with; these tests read
each pattern with the standard library's parser and check that, so a word added to a list
later cannot be silently missed.
"""

from __future__ import annotations

import pytest

from fast_helpers import _lookahead_and_rest


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
