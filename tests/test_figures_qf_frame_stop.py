"""The clause-stop searches of figures._frame and figures._clause_start on text without a
hyphen (patterns without spaces in their opening class) against the general patterns."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from checker.mentions import figures as F

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
