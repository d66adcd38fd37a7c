"""figures._frame and figures._governor lower-case only the words they read (the first four
right of a figure, the last three or four of its clause) and read the words through
`findall`'s pos/endpos instead of slices: checked here against the general forms they
replace, written out in full, on invented text with stops, hyphens, apostrophes, dotted
words, accents and clauses of every length."""

import pytest

from checker.mentions import figures as F


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
