"""Property-based tests (hypothesis): for any text, checking never raises and every report is
well formed.

For arbitrary text (unicode, digits, punctuation, newlines incl. CR and CRLF, news phrases that
the extractors react to) and for real BBC articles with random edits:
- checking never raises;
- every span satisfies 0 <= start < end <= len(text), and text[start:end] is the span's text
  in the JSON report;
- line and column agree with the offsets (lines end at LF, CRLF or a lone CR);
- the JSON report always parses, the human report always renders, and both are the same
  when the same text is checked twice;
- the same article with LF, CRLF or lone-CR newlines gets the same findings on the same
  lines and columns.

Bounded: at most 100 examples per test, no deadline (CI machines vary).
"""

from __future__ import annotations

import json
import os
import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from checker.engine import check_text
from checker.render.json import render as render_json
from checker.render.text import render as render_text

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BBC = os.path.join(ROOT, "..", "shared", "corpus", "bbc.jsonl")
SETTINGS = settings(max_examples=100, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

# Fragments the extractors react to, so random text reaches the rules, not only the splitter.
NEWS = [
    "Ferry fire leaves 6 dead", "KESSAR (Wire) — ", "Seven people died", "at least", "more than",
    "nearly", "about", "eight rockets", "rockets", "people", "killed", "injured", " were ",
    "1,200", "3.5", "$3.5bn", "€20m", "£1.5tn", "57%", "55 percent", "3 points", "aged 52",
    "the 54-year-old", "Solberg, 52,", "on Tuesday", "3 May 2024", "Dec. 20, 2020", "in 2019",
    "rose to 23", "up from 12", "two of the", "including three", "another four", "Boeing 737",
    "COVID-19", "9/11", "No. 2", "Mr. Smith", "John Smith", "Smith", "Jane Smyth", "said",
    "U.S.", "“", "”", "\"", "'", "‘", "’", "We will rebuild", ". ", "! ", "? ", ", ", "; ",
    "(", ")", "—", "-", "\n", "\n\n", "\r\n", "\r\n\r\n", "\r", "\r\r", " ", "  ", "\t",
    "é", "ß", "😀", "\u0301", "\u200f", "\u2028", "\x0b", "\x0c", "\x85", "٣", "一", "\ufeff",
    "<p>", "&amp;", "FILE - ", "(Photo)", "Image caption", "twenty-one", "a dozen", "hundred",
    "percent", "million", "billion", "killing", "died on Monday", "Monday", "Tuesday, 4 May",
]
NOISE = st.one_of(st.sampled_from(NEWS), st.text(max_size=6),
                  st.integers(0, 10**7).map(str), st.sampled_from("0123456789.,%$"))
# Whole statements that disagree across headline, caption and body, so that random articles
# do reach the rules and produce findings whose spans the properties then check.
HEADLINES = ["Ferry fire leaves {n} dead", "At least {n} rockets hit Holmsk",
             "{n} miners trapped after collapse", "Firm agrees ${n}m deal",
             "Turnout reaches {n}% in Esterland vote"]
STATEMENTS = ["Seven people died in the fire, officials said.", "{n} people were killed.",
              "At least {n} rockets hit the town, the army said.",
              "Rescuers said {n} miners were trapped underground.",
              "The deal is worth ${n}m, the firm said.", "Turnout was {n}%, officials said.",
              "“We will rebuild {n} homes,” Mayor Anna Lopez said on Tuesday.",
              "Mayor Ana Lopez said on Tuesday that the town would rebuild.",
              "The vote was held on Tuesday, {n} May 2024.", "Smith, {n}, was arrested."]
NUMBERS = st.one_of(st.integers(1, 99).map(str), st.sampled_from(
    ["six", "eight", "twenty-one", "1,200", "3.5", "about 40", "more than 60", "nearly 500"]))


def _fill(template: str, n: str) -> str:
    return template.replace("{n}", n)


STATEMENT = st.tuples(st.sampled_from(STATEMENTS), NUMBERS).map(lambda t: _fill(*t))
PIECES = st.one_of(STATEMENT, STATEMENT, STATEMENT, NOISE)
ARTICLE = st.tuples(
    st.tuples(st.sampled_from(HEADLINES), NUMBERS).map(lambda t: _fill(*t)),
    st.lists(st.lists(PIECES, min_size=1, max_size=6).map(" ".join), max_size=6),
    st.sampled_from(["\n", "\r\n", "\r"]),
).map(lambda t: t[0] + t[2] * 2 + "KESSAR (Wire) — " + (t[2] * 2).join(t[1]) + t[2])
TEXT = st.one_of(st.lists(NOISE, max_size=60).map("".join), ARTICLE, ARTICLE)

_BREAK = re.compile(r"\r\n|\r|\n")


def reference_line_col(text: str, offset: int) -> tuple[int, int]:
    """Line and column computed independently of Document: a line ends at LF, CRLF or CR
    (the LF of a CRLF still belongs to the line the CRLF ends)."""
    ends = [m.end() for m in _BREAK.finditer(text) if m.end() <= offset]
    line_start = ends[-1] if ends else 0
    return len(ends) + 1, offset - line_start + 1


def assert_well_formed(text: str, path: str = "prop.txt"):
    doc, findings = check_text(text, path)
    report = render_json([(doc, findings)])
    data = json.loads(report)
    assert data["summary"]["files"] == 1
    jfindings = data["files"][0]["findings"]
    assert len(jfindings) == len(findings)
    for f, jf in zip(findings, jfindings):
        assert f.spans and f.message and f.rule
        for s, js in zip(f.spans, jf["spans"]):
            assert 0 <= s.start < s.end <= len(text), (f.rule, s)
            assert (js["start"], js["end"]) == (s.start, s.end)
            assert text[s.start:s.end] == js["text"]
            assert (js["line"], js["column"]) == reference_line_col(text, s.start)
            assert (js["end_line"], js["end_column"]) == reference_line_col(text, s.end)
    human = render_text([(doc, findings)])
    for jf in jfindings:
        first = jf["spans"][0]
        assert f"{path}:{first['line']}:{first['column']}: " in human
    # deterministic: the same text gives the same reports
    doc2, findings2 = check_text(text, path)
    assert render_json([(doc2, findings2)]) == report
    assert render_text([(doc2, findings2)]) == human
    return doc, jfindings


def positions(findings) -> list:
    return [(f["rule"], f["message"], [(s["line"], s["column"], s["end_line"], s["end_column"],
                                        s["text"]) for s in f["spans"]]) for f in findings]


@SETTINGS
@given(TEXT)
def test_any_text_gives_well_formed_reports(text):
    assert_well_formed(text)


@SETTINGS
@given(st.text())
def test_any_unicode_text(text):
    assert_well_formed(text)


@SETTINGS
@given(TEXT, st.data())
def test_line_col_and_line_text_agree_with_offsets(text, data):
    doc, _ = check_text(text)
    if not text:
        return
    offset = data.draw(st.integers(0, len(text) - 1))
    line, col = doc.line_col(offset)
    assert (line, col) == reference_line_col(text, offset)
    if text[offset] not in "\r\n":
        assert doc.line_text(line)[col - 1] == text[offset]


@SETTINGS
@given(TEXT.map(lambda t: t.replace("\r", "")))
def test_lf_crlf_and_cr_give_the_same_findings_on_the_same_lines(text):
    _, lf = assert_well_formed(text)
    _, crlf = assert_well_formed(text.replace("\n", "\r\n"))
    _, cr = assert_well_formed(text.replace("\n", "\r"))
    assert positions(crlf) == positions(lf)
    assert positions(cr) == positions(lf)


# -- real articles, randomly edited ----------------------------------------------------------

_ARTICLES: list[str] = []


DEVSET = os.path.join(ROOT, "bench", "devset")


def devset_articles() -> list[str]:
    """The dev set's invented articles: most hold a planted discrepancy, so edits of them
    keep producing findings whose spans the properties check."""
    names = sorted(n for n in os.listdir(DEVSET) if n.endswith(".txt"))
    return [open(os.path.join(DEVSET, n), encoding="utf-8").read() for n in names]


def bbc_articles() -> list[str]:
    if not os.path.exists(BBC):
        pytest.skip("../shared/corpus/bbc.jsonl is not present")
    if not _ARTICLES:
        with open(BBC, encoding="utf-8") as fh:
            _ARTICLES.extend(json.loads(line)["text"] for line in fh)
    return _ARTICLES


EDIT = st.tuples(
    st.sampled_from(["insert", "delete", "replace", "duplicate", "newlines"]),
    st.floats(0, 1), st.integers(1, 400), st.one_of(st.sampled_from(NEWS), st.text(max_size=4)),
)


def apply_edits(text: str, edits) -> str:
    for kind, where, n, piece in edits:
        i = int(where * len(text))
        if kind == "insert":
            text = text[:i] + piece + text[i:]
        elif kind == "delete":
            text = text[:i] + text[i + n:]
        elif kind == "replace":
            text = text[:i] + piece + text[i + len(piece):]
        elif kind == "duplicate":
            text = text[:i] + text[i:i + n] + text[i:]
        else:
            text = text.replace("\n", "\r\n" if n % 2 else "\r")
    return text


@SETTINGS
@given(st.data())
def test_real_articles_with_random_edits(data):
    articles = bbc_articles()
    text = articles[data.draw(st.integers(0, len(articles) - 1), label="article")]
    edits = data.draw(st.lists(EDIT, max_size=8), label="edits")
    assert_well_formed(apply_edits(text, edits))


@SETTINGS
@given(st.sampled_from(devset_articles()), st.lists(EDIT, max_size=8))
def test_devset_articles_with_random_edits(text, edits):
    assert_well_formed(apply_edits(text, edits))


@SETTINGS
@given(st.data())
def test_real_articles_keep_findings_across_newline_styles(data):
    articles = bbc_articles()
    text = articles[data.draw(st.integers(0, len(articles) - 1), label="article")]
    text = text.replace("\r", "")
    _, lf = assert_well_formed(text)
    _, crlf = assert_well_formed(text.replace("\n", "\r\n"))
    _, cr = assert_well_formed(text.replace("\n", "\r"))
    assert positions(crlf) == positions(lf) == positions(cr)


def test_reference_line_col_itself():
    # the oracle the properties lean on, pinned by hand
    text = "ab\r\ncd\ref\ngh"
    assert [reference_line_col(text, i) for i in (0, 3, 4, 7, 10, 11)] == \
        [(1, 1), (1, 4), (2, 1), (3, 1), (4, 1), (4, 2)]
