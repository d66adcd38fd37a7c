"""Fast paths of the figures extractor (checker/mentions/figures.py).

Every test here compares a fast path with the general path it replaces: the straightforward
spelling of a pattern or function (kept here as the reference), the search it stands in for,
or the extractor run with the shortcut disabled; on random text built from pieces that
exercise the edges, and on tricky invented strings.

- Patterns: the faster spellings (possessive repeats, ASCII classes on plain documents, an
  opening character class so that `re` skips to candidate characters) find what the plain
  spellings find; `_VERB_AT_END_R`, `_VALUED_NOUN_R` and `_NOUN_OF_LEFT_R`, matched on the
  reversed text, find the words the forward searches find; the clause-stop patterns without
  a hyphen in their opening class serve text without one; the plain-letter patterns
  (`_LETTERS[True]`) read as the Unicode ones.
- The frame of a figure: `_frame` and `_governor` lower-case only the words they read (the
  first four right of a figure, the last three or four of its clause) and read them through
  `findall`'s pos/endpos instead of slices; `_clause_start` searches the reversed text. Each
  is checked against the general form written out in full.
- The words around a figure: `_other_time` searches a lower-cased sentence case-sensitively,
  behind its needles; `_names_and_phrases` finds names and phrases in one scan;
  `_LowerCase.has` answers as the set of lower-case words; `_OTHER_TIME`'s lookahead lists
  every first letter a match can start with.
- `_governor`'s screen `_ARTICLES.issuperset(key[1:])` is
  `not any(w not in _ARTICLES for w in key[1:])`.
- The rate prefilter (`_RATE_HINT`) misses nothing: the extractor run with a pattern that
  always matches in its place finds the same figures.
- `Figure` (`names`, `phrases`, `other_time`, `half_unit`, `subject` found on first read)
  has the repr, equality and hash of the namedtuple it was, with the values computed when built.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from checker.document import Document
from checker.mentions import figures
from checker.mentions import figures as F
from checker.mentions.plain import lower_matches_ignorecase, plain
from fast_helpers import ALWAYS, TEXTS, _both, _lookahead_and_rest

SETTINGS = settings(max_examples=400, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow])
SETTINGS_500 = settings(max_examples=500, deadline=None,
                        suppress_health_check=[HealthCheck.too_slow])


# The patterns as first written (before the fast spellings).
VERB_AT_END = re.compile(rf"({F._WORD})[ \t]+{F._WORD}[ \t]*$")
FRAME_STOP = re.compile(r"[,;:()\[\]!?\u2013\u2014]|\.(?!\d)|\s-\s")
NAME = re.compile(rf"\b[{F._UPPER}][{F._LOWER}\u0300-\u036f'’-]{{2,}}")
NAME_RUN = re.compile(rf"{NAME.pattern}(?:[ \t]+{NAME.pattern})*")


PIECES = [
    "shares", "closed", "down", "rose", "to", "the", "Its", "profits", "O'Neil", "co-op",
    "rock’n", "x2", "2.5", "3", "Élan", "Łódź", "Ärger", "Mr", "Ilse Brandauer", "US", "Ab",
    "in 2003", "last year", "Former", "former Treasurer Lord Fenwick", "formerly", "ago",
    "compared with £4bn", "a year earlier", "the year before", "earlier this", "since",
    " ", " ", "  ", "\t", "\n", "\x1c", "\xa0", ",", ".", ". ", ";", ":", "(", ")", "[", "]",
    "!", "?", "-", " - ", " - - ", "\u2013", "\u2014", "'", "’", "£", "$", "_",
]
PIECE_TEXTS = st.lists(st.sampled_from(PIECES), max_size=16).map("".join)


@SETTINGS
@given(PIECE_TEXTS)
def test_verb_at_end_reversed(left):
    m = VERB_AT_END.search(left, max(0, len(left) - 30))
    r = F._VERB_AT_END_R.match(left[-30:][::-1])
    assert (m is None) == (r is None)
    if m:
        assert m.group(1) == r.group(1)[::-1]
        assert m.start() == len(left) - r.end()


@SETTINGS
@given(PIECE_TEXTS)
def test_frame_stop_and_clause_start(text):
    assert [m.span() for m in F._FRAME_STOP.finditer(text)] == \
        [m.span() for m in FRAME_STOP.finditer(text)]
    assert F._clause_start(text) == max((m.end() for m in FRAME_STOP.finditer(text)), default=0)


def test_clause_start_overlapping_dashes():
    # a left-to-right scan takes the first " - " and skips the one sharing its space
    for left in ("a - - b", "a - - ", " - - - ", "x. - - y", "9.5 - -"):
        assert F._clause_start(left) == max((m.end() for m in FRAME_STOP.finditer(left)),
                                            default=0)


@SETTINGS
@given(PIECE_TEXTS)
def test_name_patterns(text):
    assert NAME.findall(text) == F._NAME.findall(text)
    assert [m.span() for m in NAME_RUN.finditer(text, 1)] == \
        [m.span() for m in F._NAME_RUN.finditer(text, 1)]


@SETTINGS
@given(PIECE_TEXTS)
def test_ascii_name_runs_on_plain_text(text):
    # a plain document reads `_NAME_RUN_ASCII`, which must find `_NAME_RUN`'s runs there
    if plain(text):
        assert [m.span() for m in F._NAME_RUN_ASCII.finditer(text, 1)] == \
            [m.span() for m in F._NAME_RUN.finditer(text, 1)]


@SETTINGS
@given(PIECE_TEXTS)
def test_other_time_on_lower_case(text):
    if lower_matches_ignorecase(text):
        assert F._other_time(text, 0, len(text), text.lower()) == \
            bool(F._OTHER_TIME.search(text))
    assert F._other_time(text, 0, len(text), None) == bool(F._OTHER_TIME.search(text))


# Possessive repeats and ASCII classes against the greedy forms, on tricky strings.
_TRICKY = [
    "",
    "a",
    "Mr O'Neill's 3.5bn-dollar deal, e.g. U.S. co-op's tax.",
    "rock-'n'-roll ... end. - - state-owned--firm 't' ’ ‘quote’ 4.5.6 x.y. z-",
    "the well-known St. John's Wood 'Ashby-de-la-Zouch' was",
    "Alpha Beta  Gamma\tDelta\nEpsilon aB Ab ABc Abc O'Brien-Smith X- Ye Yes-- McDonald",
    "2019's 10-year plan_x foo_bar Foo_Bar 3Com AbcDef a1B2 Zz'' Zz’’ Qq-'-",
    "£3.5m — “the deal”  ‘ok’ … Ltd. Co.-op.'s",
    "'' - . .. -- ’’ 'a 'Ab' 9- -9 .9 9.",
]


# The forms before the change: greedy repeats, `\w` in the lookbehind.
_FRAME_WORD_GREEDY = re.compile(r"[^\W_]+(?:[-'’.][^\W_]+)*")
_FRAME_WORD_GREEDY_PLAIN = re.compile(r"[A-Za-z0-9]+(?:[-'’.][A-Za-z0-9]+)*")
_NAME_RUN_ASCII_GREEDY = re.compile(r"[A-Z](?<!\w[A-Z])[a-z'’-]{2,}(?:[ \t]+[A-Z][a-z'’-]{2,})*")


def _spans(pattern, text):
    return [(m.span(), m.group()) for m in pattern.finditer(text)]


def _cases():
    """Each tricky string, and every slice of it starting at each position (findall and the
    scans read text cut at arbitrary places)."""
    for text in _TRICKY:
        for i in range(len(text) + 1):
            yield text[i:]


@pytest.mark.parametrize("text", _TRICKY)
def test_tricky_strings_are_plain(text):
    assert plain(text)


def test_frame_word_possessive_same_as_greedy():
    fast = F._FRAME_WORD
    fast_plain = F._LETTERS[True].frame_word
    for text in _cases():
        assert _spans(fast, text) == _spans(_FRAME_WORD_GREEDY, text), text
        assert _spans(fast_plain, text) == _spans(_FRAME_WORD_GREEDY_PLAIN, text), text
        assert fast_plain.findall(text) == _FRAME_WORD_GREEDY.findall(text), text


def test_frame_word_non_ascii_same_as_greedy():
    for text in ["Zoë Müller-Lüdenscheidt's café", "naïve_x ĳssel Ǆ 3½ x²y ٣٤"]:
        for i in range(len(text) + 1):
            assert _spans(F._FRAME_WORD, text[i:]) == _spans(_FRAME_WORD_GREEDY, text[i:])


def test_name_run_ascii_same_as_greedy_and_general():
    for text in _cases():
        assert _spans(F._NAME_RUN_ASCII, text) == _spans(_NAME_RUN_ASCII_GREEDY, text), text
        assert _spans(F._NAME_RUN_ASCII, text) == _spans(F._NAME_RUN, text), text


# The clause-stop searches on text without a hyphen against the general patterns.
_TEXT = st.text(alphabet=list(",;:()[]!?\u2013\u2014.- \t\n5aZ"), max_size=40)


def _clause_start_general(left: str) -> int:
    m = F._FRAME_STOP_R.search(left[::-1])
    if m is None:
        return 0
    end = len(left) - m.start()
    if m.end() - m.start() == 3 and end >= 5 and left[end - 4] == "-" and left[end - 5].isspace():
        return max(m.end() for m in F._FRAME_STOP.finditer(left))
    return end


def _span(m):
    return m and m.span()


@settings(max_examples=2000)
@given(_TEXT)
def test_frame_stop_as_the_general_pattern(text):
    assert _span(F._frame_stop(text)) == _span(F._FRAME_STOP.search(text))
    if "-" not in text:
        assert _span(F._FRAME_STOP_NO_DASH.search(text)) == _span(F._FRAME_STOP.search(text))
        assert _span(F._FRAME_STOP_R_NO_DASH.search(text)) == _span(F._FRAME_STOP_R.search(text))


@settings(max_examples=2000)
@given(_TEXT)
def test_clause_start_as_the_general_search(left):
    assert F._clause_start(left) == _clause_start_general(left)


def test_examples():
    assert F._frame_stop(" deal, the").start() == 5  # the comma
    assert F._frame_stop(" rose 2.5 points - a record").start() == 16  # " - ", not "2.5"
    assert F._clause_start("profits of the firm, up") == 20
    assert F._clause_start("shares - already up") == 9


# "deal valued at" and "bail of" read on the reversed text against the forward searches.
VALUED_NOUN = re.compile(
    r"\b(deal|takeover|acquisition|merger|contract|bid|offer|package|investment|purchase)"
    r"\s+(?:(?:is|was|that\s+is|which\s+is)\s+)?valued\s+at\s+$",
    re.IGNORECASE,
)
NOUN_OF_LEFT = re.compile(
    r"\b([^\W\d_]+)\s+(?:of|(?:was\s+|were\s+|is\s+|been\s+)?set\s+at)\s+(?:some\s+)?$")


WORDS = [
    "deal", "Deal", "DEAL", "takeover", "acquisition", "merger", "contract", "bid", "forbid",
    "offer", "package", "investment", "purchase", "bail", "ransom", "the", "5", "x5", "_",
    "is", "was", "were", "been", "that", "which", "valued", "VALUED", "at", "of", "set",
    "some", "Some", "İs", "ſome", "ıs", "K", "dealer", "a", "£", "-", "'", "",
    "was set at", "set  at", "valued at", "is valued at", "that is", "of some",
]
SPACES = [" ", " ", " ", "  ", "\t", "\n", "\u00a0", ""]


def _same(left: str) -> None:
    rleft = left[::-1]
    fwd = VALUED_NOUN.search(left)
    rev = figures._VALUED_NOUN_R.match(rleft)
    assert (fwd and fwd.group(1)) == (rev and rev.group(1)[::-1]), left
    fwd = NOUN_OF_LEFT.search(left)
    rev = figures._NOUN_OF_LEFT_R.match(rleft)
    assert (fwd and fwd.group(1)) == (rev and rev.group(1)[::-1]), left


def test_examples_agree():
    for left in [
        "in a deal valued at ", "the takeover, which is valued at ", "a Contract that is valued at ",
        "its bid was  valued\tat ", "a forbid valued at ", "x5deal valued at ",
        "The bail of ", "bail was set at ", "5 was set at ", "ransom of some ", "some of ",
        "a fine of\n", "bail of some  ", "paid 5 of ", "cost of of ", "rate were set at ",
        "the bail set at ", "abc1def of ", "_x of ", "deal valued at\n", "valued at ",
    ]:
        _same(left)


@SETTINGS_500
@given(st.lists(st.tuples(st.sampled_from(WORDS), st.sampled_from(SPACES)), max_size=8))
def test_random_lefts_agree(pieces):
    left = "".join(word + space for word, space in pieces)
    _same(left)
    _same(left + " ")
    _same(left[-60:])


# `_frame` and `_governor` against the general forms they replace, written out in full.
def _frame_general(right, left, clause_words=None, word_re=F._FRAME_WORD):
    """`_frame` as it was: every word before the stop found and lower-cased, then trimmed."""
    m = F._frame_stop(right)
    rw = [w.lower() for w in word_re.findall(right[:m.start()] if m else right)[:4]]
    rk = []
    content = 0
    for w in rw:
        rk.append(w)
        if w not in F._STOP:
            content += 1
            if content == 2:
                break
    while rk and rk[-1] in F._STOP:
        rk.pop()
    if clause_words is None:
        clause_words = word_re.findall(left[F._clause_start(left):])
    lw = [w.lower() for w in clause_words[-3:]]
    lk = []
    for w in reversed(lw):
        lk.append(w)
        if w not in F._STOP:
            break
    else:
        lk = []
    return tuple(rk), tuple(reversed(lk))


def _governor_general(left, left_key, clause_words):
    """`_governor` as it was: every word of the clause lower-cased."""
    if not left_key or any(w not in F._ARTICLES for w in left_key[1:]):
        return ""
    words = [w.lower() for w in clause_words]
    if len(left_key) == 1:
        for i in range(len(words) - 2, max(-1, len(words) - 5), -1):
            if words[i] in F._TWO_OBJECTS:
                between = words[i + 1:]
                if between[0] in F._DETS:
                    between = between[1:]
                if between and not any(w in F._STOP or w in F._DETS for w in between):
                    return words[i]
                break
            if words[i] in F._STOP and words[i] not in F._DETS:
                break
    return left_key[0]


RIGHTS = [
    "", " ", "deal", " deal.", " for the Midfielder Owen Farrant, who", " of the 3.5 per",
    " in the year to March - the", " a-year rise in Q3.5 sales", " (£3m) for it", " of it",
    " to the of in at", " OF THE In AT by", " loan from the Bank's own U.S. fund",
    " rise, the biggest", " fall; and", " – and", " -- more", " - more than", " rise - - x",
    " cut in Café Ödön's price", " per cent of the UK's long-term debt in", " at the",
    " more than the year before and far more than ever",
]


LEFTS = [
    "", "annual losses of ", "save the average tenant ", "up 3%, to ", "received an ",
    "a. b - c; raising the threshold to ", "It gave the club's owner ", "cost taxpayers ",
    "the - - awarded them a ", "in the of at to ", "handed the ", "He said: ", "U.S. firms paid ",
    "fined Ödön's long-term O'Neill firm ", "which was, at the time, up by ", "the Bank's ",
    "save each tenant a further ", "give the ", "raised it to an ",
]


@pytest.mark.parametrize("right", RIGHTS)
def test_frame_matches_general_form(right):
    for left in LEFTS:
        words = F._clause_words(left)
        assert words == F._FRAME_WORD.findall(left[F._clause_start(left):])
        expected = _frame_general(right, left)
        assert F._frame(right, left) == expected
        assert F._frame(right, left, words) == expected


@pytest.mark.parametrize("left", LEFTS)
def test_governor_matches_general_form(left):
    words = F._clause_words(left)
    keys = {(), ("bid",), ("tenant",), ("threshold", "to"), ("the",), ("owner", "the"),
            ("taxpayers",), ("a",), ("an", "a")}
    keys.add(F._frame("", left)[1])
    for key in keys:
        assert F._governor(left, key, words) == _governor_general(left, key, words)
        assert F._governor(left, key) == _governor_general(left, key, words)


# Prefilters and plain-letter patterns against the extractor run without them.
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


# The words around a figure: the other-time lookahead and the lower-case word lookup.
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


_KEY_WORDS = sorted(F._ARTICLES)[:3] + ["cost", "fine", "deal"]


@given(st.lists(st.sampled_from(_KEY_WORDS), min_size=1, max_size=4).map(tuple))
def test_governor_screen_reads_articles_only(key):
    screened = not any(w not in F._ARTICLES for w in key[1:])
    assert F._ARTICLES.issuperset(key[1:]) == screened
    if not screened:
        assert F._governor("they said", key) == ""


# `Figure` finds `names`, `phrases`, `other_time`, `half_unit` and `subject` on first read: the record
# against the namedtuple it was (the same fields, in the same order), its lazy values against
# the eager computations.
_FIGURE_TEXTS = [*TEXTS,
    "Nottingham Forest paid £8m for the midfielder, and Marrow Foods raised $2.5bn in March.",
    "The shares closed down 163p, or 24%, and its profits rose to £61m from £58.4m last year.",
    "Reports say Pellworth Foods will save the average tenant £80, about 1.25 million in all.",
    "Shares in Fennick fell 3.5% in 2019; the firm’s £1,250 bonus is 0.75 percent of pay.",
    "Unemployment rose to 6.2%, the highest level since early 2021. It was 5.9% last year.",
    "A former bank manager was released on $750,000 bail. A former aide paid $2m in 2019."]


# The shown and compared fields, in order (the hidden ones begin with "_")
_SHOWN = tuple(name for name in F.Figure.__record_fields__ if not name.startswith("_"))


def _eager_figures(text):
    """The figures of `text` as namedtuples, every field computed when built."""
    from collections import namedtuple

    from checker.mentions import Mentions

    doc = Document(text)
    eager = namedtuple("Figure", _SHOWN)
    out = []
    for f in Mentions(doc).figures:
        sent = doc.sentences[f.q.sentence]
        run_re = F._NAME_RUN_ASCII if doc.plain else F._NAME_RUN
        names, phrases = F._names_and_phrases(text, sent.start, sent.end, F._LowerCase(text),
                                              run_re)
        lazy = ("names", "phrases", "other_time", "half_unit", "subject", "key_det")
        values = {name: getattr(f, name) for name in _SHOWN if name not in lazy}
        other_time = F._other_time(text, sent.start, sent.end, doc.folded)
        if other_time and f.q.kind == F.PERCENT and f.rate:
            other_time = bool(F._OTHER_TIME.search(F._RECORD.sub("", text[sent.start:sent.end])))
        if other_time and f.q.kind == F.MONEY and (f.noun or f.noun_before) in F.ONE_AMOUNT:
            other_time = bool(F._OTHER_TIME.search(F._FORMER.sub("", text[sent.start:sent.end])))
        values.update(names=names, phrases=phrases, other_time=other_time,
                      half_unit=F.half_unit(text[f.q.start:f.q.end]),
                      subject=F._subject(f._framed, f.left_key),
                      key_det=F._key_det(f._left, f.left_key))
        out.append((f, eager(**values)))
    return out


@pytest.mark.parametrize("text", _FIGURE_TEXTS)
def test_lazy_figure_fields_as_the_namedtuple(text):
    pairs = _eager_figures(text)
    assert pairs or not any(c in text for c in "%£$")
    for f, eager in pairs:
        assert repr(f) == repr(eager)
        assert tuple(getattr(f, name) for name in _SHOWN) == eager and hash(f) == hash(eager)
        again = F.Figure(*[getattr(f, n) for n in F.Figure.__record_init__])
        assert again == f and hash(again) == hash(f) and again is not f
    # read in another order (repr first, then each field): the same values
    for (f, eager), (g, _) in zip(pairs, _eager_figures(text)):
        assert (g.key_det, g.subject, g.half_unit, g.other_time, g.phrases, g.names) == (
            eager.key_det, eager.subject, eager.half_unit, eager.other_time, eager.phrases,
            eager.names)


_LAZY = ("names", "other_time", "half_unit", "phrases", "subject", "key_det")


def test_figure_lazy_fields_found_on_first_read_only(monkeypatch):
    """Extraction computes none of the five lazy fields; each is computed on its first read,
    once, and kept (`checker.record`'s backing slot)."""
    from checker.mentions import Mentions

    text = "The shares closed down 163p, or 24%, at Marrow Foods in 2019. Profits rose 5%."
    figs = Mentions(Document(text)).figures
    assert len(figs) == 2
    for f in figs:
        assert not any(hasattr(f, f"_lazy_{name}") for name in _LAZY)
    calls = []
    found = F.half_unit
    monkeypatch.setattr(F, "half_unit", lambda raw: calls.append(raw) or found(raw))
    f = figs[0]
    assert (f.half_unit, f.half_unit, calls) == (0.5, 0.5, ["24%"])
    assert [name for name in _LAZY if hasattr(f, f"_lazy_{name}")] == ["half_unit"]
    assert f.names == {"Marrow", "Foods"} and f.subject == "share" and f.other_time
    assert not hasattr(figs[1], "_lazy_half_unit")  # another figure's own


def test_figure_record_keeps_the_former_repr_eq_and_hash():
    """Figure's repr shows the 25 fields of the former namedtuple in order (the snapshot
    compares figures by repr); its hidden fields are neither shown nor compared."""
    from checker.mentions import Mentions

    f = Mentions(Document("Turnout hit 71% in the vote, the highest since 2019.")).figures[0]
    assert f.__class__.__slots__[:9] == ("q", "det", "owner", "noun", "of_noun", "of_text",
                                         "change", "verb", "per")
    assert repr(f).startswith(f"Figure(q={f.q!r}, det=") and "_sentence" not in repr(f)
    assert _SHOWN[-3:] == ("key_det", "phrases", "subject") and len(_SHOWN) == 25
    values = tuple(getattr(f, name) for name in _SHOWN)
    assert hash(f) == hash(values) and f != values  # a Figure equals Figures only


_CHANGE_LEFTS = [
    "", "shares rose ", "prices by ", "cut prices by an average of ", "a rise of ", "the ",
    "rose about ", "more than ", "less than ", "a further ", "its mark-up ", "the fund's ",
    "year-on-year ", "up ", "Down ", "BY ", "it fell by ", "a 5%-", "rose\tsome ",
    "growth of ", "reductions of ", "gained almost ", "an Ödön-led fall of ", "o'clock ",
    "soared 5 ", "owner’s ", "a total of ", "raised it to ", "lost nearly half, or ",
]


@pytest.mark.parametrize("plain", [False, True])
def test_change_before_skipped_only_where_it_finds_no_change(plain):
    """`_change_before` reads the pattern only when the word before the figure (`verb`, its
    last part past a hyphen) is one it may end with, or "by" or an apostrophe intervenes:
    for every other left text the pattern gives False too."""
    pat = F._LETTERS[plain]
    for left in _CHANGE_LEFTS + [w + " " for w in sorted(F._TAIL_LAST)] + ["x-" + w + " " for w
                                                                           in ("up", "cut")]:
        rleft = left[::-1]
        before = pat.word_before_r.match(rleft)
        verb = before.group(1)[::-1].lower() if before else ""
        # the gated answer is the pattern's, for every left text, and both engines agree
        tail = F._change_tail(rleft, pat.tail_r)
        assert F._change_before(rleft, verb, pat.tail_r) == tail, left
        assert F._change_tail(rleft, pat.tail_r) == F._change_tail(rleft), left


@pytest.mark.parametrize("plain", [False, True])
def test_direction_from_the_word_before_as_direction_before(plain):
    """A rise or fall word right before the figure (`verb`, past "by") is the direction
    `_direction_before` finds, which extract_figures then does not call; `_clause_start`
    given the reversed text is as without it."""
    pat = F._LETTERS[plain]
    for left in _CHANGE_LEFTS + LEFTS + ["prices rose, then fell by ", "up 3%, down ",
                                         "a 5-fall ", "it x-rose ", "costs, which rose "]:
        rleft = left[::-1]
        before = pat.word_before_r.match(rleft)
        verb = before.group(1)[::-1].lower() if before else ""
        if verb in F._UP_DOWN:
            text = left + "5%"
            assert F._direction_before(text, 0, len(left)) == F._UP_DOWN[verb], left
        assert F._clause_start(left, rleft) == F._clause_start(left), left
        assert F._clause_words(left, pat.frame_word, rleft) == F._clause_words(
            left, pat.frame_word), left
