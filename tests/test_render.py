"""Golden tests for every output format: one article with non-ASCII text (accents, curly
quotes, an em dash) and hand-built findings of all three severities, rendered and compared
IN FULL with tests/golden/report.<format>. The findings are built by hand so that these
tests pin the renderers, not the rules.

After a deliberate change: FACTCHECK_UPDATE_SNAPSHOTS=1 pytest tests/test_render.py, then
read the diff of tests/golden/: the golden files are the tests.
"""

import json
import os

import pytest

from checker.document import Document
from checker.findings import Finding, Span
from checker.render import FORMATS, byte_column, renderer
from checker.render.github import escape_data, escape_property

HERE = os.path.dirname(__file__)
GOLDEN = os.path.join(HERE, "golden")
PATH = "articles/São Paulo, café.txt"  # a comma for GitHub's escaping, non-ASCII for URIs
EXT = {"full": "full.txt", "concise": "concise.txt", "json": "json", "json-lines": "jsonl",
       "sarif": "sarif", "github": "github.txt", "rdjson": "rdjson"}


def _text():
    with open(os.path.join(GOLDEN, "article.txt"), encoding="utf-8", newline="") as fh:
        return fh.read()


def _span(text, needle, label, nth=0):
    i = -1
    for _ in range(nth + 1):
        i = text.index(needle, i + 1)
    return Span(i, i + len(needle), label)


def results():
    text = _text()
    doc = Document(text, PATH)
    findings = [
        Finding("count-mismatch", "error",
                "Inconsistent count: headline says 6 dead; dateline says 7 dead",
                [_span(text, "6 Dead", "headline: 6 dead"),
                 _span(text, "Seven people died", "dateline: 7 dead"),
                 _span(text, "seven bodies", "body, paragraph 1: 7 dead")],
                help="Make these figures agree, or say what changed (\"rose to\", \"later\")."),
        Finding("count-mismatch", "warning",
                "Percentages differ: body, paragraph 1 says about 40%; body, paragraph 2 "
                "says 45%\nof the building",
                [_span(text, "about 40%", "body, paragraph 1: about 40%"),
                 _span(text, "45%", "body, paragraph 2: 45%")]),
        Finding("unused-suppression", "info",
                "Unused suppression in caption: `ignore` suppressed no count-mismatch finding",
                [_span(text, "Café Müller", "ignore count-mismatch")],
                help="Remove the comment, or fix the rule id it names."),
    ]
    findings.sort(key=Finding.sort_key)
    return [(doc, findings)]


FAKE_RULES = [
    ("count-mismatch", "error", "The same count is stated two incompatible ways.",
     "count-mismatch: the same count stated two ways.\n\nWhat it catches:\n    A caption's "
     "\"three rockets\" against the body's\n    \"eight rockets\".\n\nWhat it leaves alone:\n"
     "    Updated tolls."),
    ("unused-suppression", "info", "A suppression comment that suppressed nothing.",
     "unused-suppression: a stale comment.\n\nWhat it catches:\n    Comments that "
     "suppress nothing."),
]


@pytest.fixture(autouse=True)
def fixed_rules(monkeypatch):
    """SARIF lists every rule; pin the list so that adding a rule does not break goldens."""
    import checker.suppress

    monkeypatch.setattr(checker.suppress, "all_rules", lambda: list(FAKE_RULES))


def _render(fmt):
    fn = renderer(fmt)
    return fn(results(), color=False) if fmt == "full" else fn(results())


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_golden(fmt):
    got = _render(fmt)
    path = os.path.join(GOLDEN, f"report.{EXT[fmt]}")
    if os.environ.get("FACTCHECK_UPDATE_SNAPSHOTS"):
        with open(path, "w", encoding="utf-8", newline="") as fh:
            fh.write(got)
    with open(path, encoding="utf-8", newline="") as fh:
        assert got == fh.read()


def test_every_format_has_a_golden_file():
    assert set(EXT) == set(FORMATS)


def test_spans_point_at_their_text_in_every_machine_format():
    text = _text()
    data = json.loads(_render("json"))
    for f in data["files"][0]["findings"]:
        for s in f["spans"]:
            assert text[s["start"]:s["end"]] == s["text"]
    for line in _render("json-lines").splitlines():
        f = json.loads(line)
        assert f["path"] == PATH and text[f["spans"][0]["start"]:f["spans"][0]["end"]] == \
            f["spans"][0]["text"]


def test_rdjson_columns_are_utf8_bytes():
    text = _text()
    lines = text.split("\n")
    data = json.loads(_render("rdjson"))
    checked = 0
    for d in data["diagnostics"]:
        locs = [d["location"]] + [r["location"] for r in d.get("related_locations", [])]
        for loc in locs:
            start, end = loc["range"]["start"], loc["range"]["end"]
            line = lines[start["line"] - 1].encode("utf-8")
            span_bytes = line[start["column"] - 1:end["column"] - 1]
            assert span_bytes.decode("utf-8") in text  # a whole-character slice of the span
            checked += 1
    assert checked == 6
    # "Seven people died" follows "SÃO PAULO (Wire) — ": Ã is 2 bytes, — is 3
    dateline = data["diagnostics"][0]["related_locations"][0]["location"]["range"]["start"]
    assert dateline == {"line": 5, "column": len("SÃO PAULO (Wire) — ".encode()) + 1}
    assert dateline["column"] == 23  # the character column is 20


def test_byte_column_counts_bytes_before_the_character():
    doc = Document("“Café” ñ x\n", "q.txt")
    assert byte_column(doc, 1, 1) == 1
    assert byte_column(doc, 1, 2) == 4  # after the 3-byte curly quote
    assert byte_column(doc, 1, 8) == 13  # after “Café” (3+5+3 bytes) and a space


def test_github_escaping():
    assert escape_data("50%\r\nnext") == "50%25%0D%0Anext"
    assert escape_property("a:b,c%") == "a%3Ab%2Cc%25"
    out = _render("github")
    assert "file=articles/São Paulo%2C café.txt," in out
    assert "45%25%0Aof the building" in out
    assert [line.split(" ", 1)[0] for line in out.splitlines()] == ["::error", "::notice",
                                                                  "::warning"]


def test_concise_is_one_line_per_finding():
    lines = _render("concise").splitlines()
    assert len(lines) == 3
    assert lines[0] == (f"{PATH}:1:18: error count-mismatch Inconsistent count: headline says "
                        "6 dead; dateline says 7 dead")
