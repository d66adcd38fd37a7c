"""HTML, Markdown and JSON article inputs: what text is analysed, which block kinds the markup
gives, that every reported span points at the right place of the ORIGINAL file (line, column
and the source slice), and the inline suppression comments."""

import json
import os
import subprocess
import sys

import pytest
from hypothesis import given, settings, strategies as st

from checker.inputs import check_source, format_of, load
from checker.read import InputError

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
INPUTS = os.path.join(ROOT, "tests", "inputs")


def run(*args, stdin=None):
    p = subprocess.run([sys.executable, "-m", "checker", *args], capture_output=True,
                       input=stdin, cwd=ROOT)
    return p.returncode, p.stdout.decode("utf-8"), p.stderr.decode("utf-8")


def read(name):
    with open(os.path.join(INPUTS, name), encoding="utf-8", newline="") as fh:
        return fh.read()


def kinds(doc):
    return [(b.kind, doc.text[b.start:b.end]) for b in doc.blocks]


# -- reported spans point into the source ---------------------------------------------------

# (file, [(line, column, end_line, end_column, source text, segment) per span])
SOURCE_SPANS = [
    ("fires-ferry.html", [(11, 27, 11, 38, "6&nbsp;dead", "headline"),
                          (16, 39, 17, 8, "Seven people\n   died", "body")]),
    ("fires-ferry.md", [(6, 21, 6, 27, "6 dead", "headline"),
                        (12, 17, 12, 34, "Seven people died", "body")]),
    ("fires-ferry.json", [(3, 34, 3, 40, "6 dead", "headline"),
                          (7, 6, 7, 28, "Seven\\u00a0people died", "body")]),
]


@pytest.mark.parametrize("name, expected", SOURCE_SPANS, ids=[n for n, _ in SOURCE_SPANS])
def test_json_report_spans_are_source_lines_columns_and_slices(name, expected):
    path = os.path.join(INPUTS, name)
    code, out, err = run("--format", "json", path)
    assert code == 1, err
    findings = json.loads(out)["files"][0]["findings"]
    assert [f["rule"] for f in findings] == ["count-mismatch"]
    spans = findings[0]["spans"]
    source = read(name)
    got = [(s["line"], s["column"], s["end_line"], s["end_column"], s["text"], s["segment"])
           for s in spans]
    assert got == expected
    lines = source.split("\n")
    for s in spans:
        assert source[s["start"]:s["end"]] == s["text"]
        assert lines[s["line"] - 1][s["column"] - 1:].startswith(s["text"].split("\n")[0])


def test_full_report_shows_the_source_line_with_carets():
    code, out, _ = run(os.path.join(INPUTS, "fires-ferry.html"))
    assert code == 1
    assert "fires-ferry.html:11:27: error[count-mismatch]" in out
    assert "11 | <h1>Ferry fire leaves <em>6&nbsp;dead</em> off Piraeus</h1>" in out
    assert "   |                           ^^^^^^^^^^^ headline: 6 dead" in out


def test_stdin_filename_picks_the_parser():
    data = open(os.path.join(INPUTS, "fires-ferry.md"), "rb").read()
    code, out, _ = run("--format", "json", "--stdin-filename", "story.md", "-", stdin=data)
    assert code == 1
    f = json.loads(out)["files"][0]
    assert f["path"] == "story.md"
    assert f["findings"][0]["spans"][0]["text"] == "6 dead"
    assert (f["findings"][0]["spans"][0]["line"], f["findings"][0]["spans"][0]["column"]) == (6, 21)


def test_directory_walk_reads_every_format(tmp_path):
    for name in ("fires-ferry.html", "fires-ferry.md", "fires-ferry.json"):
        (tmp_path / name).write_text(read(name), encoding="utf-8")
    code, out, _ = run("--format", "json", str(tmp_path))
    assert code == 1
    files = json.loads(out)["files"]
    assert sorted(os.path.basename(f["path"]) for f in files) == [
        "fires-ferry.html", "fires-ferry.json", "fires-ferry.md"]
    assert all(len(f["findings"]) == 1 for f in files)


def test_format_of():
    assert [format_of(n) for n in ("a.txt", "a.MD", "a.markdown", "b.htm", "c.HTML", "d.json",
                                   "e.xml", "noext", "<stdin>")] == [
        "plain", "markdown", "markdown", "html", "html", "jsonarticle", "plain", "plain", "plain"]


# -- the analysed text and its blocks -------------------------------------------------------

def test_html_blocks_skip_page_furniture_and_decode_entities():
    doc = load("a.html", read("fires-ferry.html"))
    assert kinds(doc) == [
        ("headline", "Ferry fire leaves 6\xa0dead off Piraeus"),
        ("caption", "Rescuers at the pier in Piraeus & coast guard boats"),
        ("caption", "Rescuers carry a survivor at the pier on Tuesday. (Wire Photo)"),
        ("dateline", "ATHENS (Wire) — "),
        ("body", "Seven people died and 23 were injured when fire swept through a passenger "
                 "ferry off the port of Piraeus on Tuesday, the coast guard said."),
        ("body", "The ferry’s 312 passengers & crew were taken off by coast guard vessels, "
                 "officials said. The fire started in the engine room, they said."),
        ("body", "Firefighters battled the blaze for six hours."),
    ]
    for word in ("Home", "14 new", "9 dead", "12 die", "Copyright", "font-weight"):
        assert word not in doc.text


def test_markdown_blocks():
    doc = load("a.md", read("fires-ferry.md"))
    got = kinds(doc)
    assert got[:3] == [
        ("headline", "Ferry fire leaves 6 dead off Piraeus"),
        ("caption", "Rescuers at the pier in Piraeus"),
        ("caption", "Rescuers carry a survivor at the pier on Tuesday. (Wire Photo)"),
    ]
    assert got[4][1].endswith("off the port of Piraeus on Tuesday, the coast guard said.")
    assert got[5] == ("body", "The ferry’s 312 passengers & crew were taken off by coast guard "
                              "vessels, officials said.")
    assert got[6:] == [
        ("body", "Firefighters battled the blaze for six hours."),
        ("body", "Coast guard vessels took survivors to the port."),
        ("body", "\"It was chaos,\" said one passenger, who gave her name as Maria."),
    ]
    for word in ("title", "greece", "editor's note", "9 dead", "11 dead", "https", "**", "_six"):
        assert word not in doc.text


def test_json_blocks_and_explicit_dateline():
    doc = load("a.json", read("fires-ferry.json"))
    assert [k for k, _ in kinds(doc)] == ["headline", "caption", "dateline", "body", "body",
                                         "body"]
    assert kinds(doc)[4][1].startswith("The ferry’s 312 passengers were taken off by \"coast")


@pytest.mark.parametrize("src, expected", [
    ("# Six dead\n\nText *with* __strong__ and `code` and ~~struck~~ words.",
     ["Six dead", "Text with strong and code and struck words."]),
    ("Title\n\nA [link](http://a.b/c \"t\") and <https://x.y> and [ref][1] here.\n\n[1]: http://z",
     ["Title", "A link and and ref here."]),
    ("Title\n\nsnake_case and 5 * 3 stay, \\*escaped\\* too, ~300 people.",
     ["Title", "snake_case and 5 * 3 stay, *escaped* too, ~300 people."]),
    ("Title\n---\n\nLine one\ncontinues here.\n\n1. First item\n2) Second\n   continued",
     ["Title", "Line one continues here.", "First item", "Second continued"]),
    ("Title\n\nThe law took effect in\n2024. Officials said\n1. One\n- Two",
     ["Title", "The law took effect in 2024. Officials said", "One", "Two"]),
    ("## Sub first\n\n> Quoted\n> more\n\n| a | 9 |\n|---|---|\n\n***\n\nAfter rule.",
     ["Sub first", "Quoted more", "| a | 9 |", "|---|---|", "After rule."]),
    ("Title\n\nText <!-- inline 4 dead --> goes on.\n\n<!--\nmulti 5 dead\n-->\nNext para.",
     ["Title", "Text goes on.", "Next para."]),
    ("Title\n\nHe said <b>six</b>&nbsp;people &#x2014; &bogus; left.",
     ["Title", "He said six\xa0people — &bogus; left."]),
])
def test_markdown_markup_is_stripped(src, expected):
    doc = load("x.md", src)
    assert [doc.text[b.start:b.end] for b in doc.blocks if b.kind != "dateline"] == expected


def test_markdown_tables_are_not_checked():
    doc = load("x.md", "Ferry fire kills six\n\n| a | 9 |\n\nBody text here.")
    assert [b.kind for b in doc.blocks] == ["headline", "boilerplate", "body"]


def test_markdown_caption_after_blank_line_only_when_emphasised():
    doc = load("x.md", "# Title\n\n![alt](a.jpg)\n\n_A caption (Photo)._\n\nBody one.")
    assert [b.kind for b in doc.blocks] == ["headline", "caption", "caption", "body"]
    doc = load("x.md", "# Title\n\n![alt](a.jpg)\n\nBody one is plain.\n\nBody two.")
    assert [b.kind for b in doc.blocks] == ["headline", "caption", "body", "body"]


@pytest.mark.parametrize("src, expected", [
    # unclosed tags, stray end tags, bad nesting
    ("<h1>Title<p>One <b>bold<p>Two</i></p></p></div><p>Three", ["Title", "One bold", "Two",
                                                                  "Three"]),
    # an unclosed <head> ends at <body>; <br> is a space
    ("<html><head><title>T</title><body><h1>Title</h1><p>a<br>b<br/>c", ["Title", "a b c"]),
    # no <h1>: the first block is the headline, as in plain text
    ("<p>Ferry fire kills six people</p><p>Seven died.</p>", ["Ferry fire kills six people",
                                                              "Seven died."]),
    # a page with <article>: only the article (and an h1 outside it) is read
    ("<h1>Title</h1><div>Promo: 9 dead</div><article><p>Body.</p></article><p>Teaser 4.</p>",
     ["Title", "Body."]),
    ("<article><header><h1>Title</h1></header><p>Body.</p><footer>By X</footer></article>",
     ["Title", "Body."]),
    ("<h1>Title</h1><table><tr><td>9</td></tr></table><p>Body <a title='x > y'>link</a>.",
     ["Title", "9", "Body link."]),
    ("<h1>Title</h1><p>a < b and <3 and <!doctype but & x</p>",
     ["Title", "a < b and <3 and"]),
    ("<h1>Title</h1><script>if (a</p>) {}</script><p>After.</p><textarea>x", ["Title", "After."]),
    ("", []),
    ("<p>", []),
])
def test_malformed_html_never_raises(src, expected):
    doc = load("x.html", src)
    assert [doc.text[b.start:b.end] for b in doc.blocks] == expected


def test_html_table_cells_are_boilerplate():
    doc = load("x.html", "<h1>Title</h1><table><tr><td>9 dead</td></tr></table><p>Body.</p>")
    assert [b.kind for b in doc.blocks] == ["headline", "boilerplate", "body"]


# -- the offset map ---------------------------------------------------------------------------

@pytest.mark.parametrize("path, src, word, source_text", [
    ("x.html", "<h1>T</h1>\n<p>The ferry&#8217;s <em>six</em>\n  people</p>", "ferry’s six people",
     "ferry&#8217;s <em>six</em>\n  people"),
    ("x.html", "<h1>T</h1><p>Tom &amp; Jerry</p>", "&", "&amp;"),
    ("x.md", "# T\n\nThe **six\npeople** left.", "six people", "six\npeople"),
    ("x.md", "# T\n\nA [six](http://x) \\*left\\*", "six *left", "six](http://x) \\*left"),
    ("x.json", '{"headline": "T", "body": "say \\"six\\"\\u2019s \\ud83d\\ude00 x"}',
     '"six"’s 😀', '\\"six\\"\\u2019s \\ud83d\\ude00'),
])
def test_spans_map_to_source_ranges(path, src, word, source_text):
    doc = load(path, src)
    i = doc.text.index(word)
    s, e = doc.to_source(i, i + len(word))
    assert doc.source_text[s:e] == source_text


_MARKUP = st.lists(st.sampled_from([
    "<p>", "</p>", "<h1>", "</h1>", "<em>", "</em>", "<!-- x -->", "<!--", "&amp;", "&#8217;",
    "&nbsp;", "\n", "\n\n", " ", "*", "**", "_", "# ", "> ", "- ", "[a](b)", "![c](d)", "`",
    "\\*", "Six people died.", "<figcaption>", "<nav>", "</nav>", "<img alt='7 dead'>", "<",
    ">", "'", '"', "é", "\r\n", "|", "```", "---", "<br>", "</article>", "<article>",
]), max_size=40).map("".join)


@settings(max_examples=300, deadline=None)
@given(_MARKUP, st.sampled_from(["x.md", "x.html"]))
def test_every_analysed_character_maps_into_the_source(src, path):
    doc = load(path, src)
    m = doc.source
    for k in range(len(m.a)):
        a_end = m.a[k + 1] if k + 1 < len(m.a) else len(doc.text)
        assert 0 <= m.s[k] <= m.e[k] <= len(src)
        if m.exact[k]:  # a verbatim piece is the very same characters
            assert doc.text[m.a[k]:a_end] == src[m.s[k]:m.e[k]]
    for b in doc.blocks:
        s, e = doc.to_source(b.start, b.end)
        assert 0 <= s <= e <= len(src)


# -- JSON errors ----------------------------------------------------------------------------

@pytest.mark.parametrize("src, message", [
    ('{"headline": "x",', "invalid JSON: Expecting property name enclosed in double quotes "
                          "(line 1, column 18)"),
    ("[1, 2]", "JSON article must be an object"),
    ('{"headline": 3, "body": []}', '"headline" must be a string'),
    ('{"headline": "x"}', '"body" must be a list of paragraph strings or one string'),
    ('{"headline": "x", "body": [1]}', '"body" must be a list of paragraph strings'),
    ('{"headline": "x", "body": "y", "captions": "z"}', '"captions" must be a list of strings'),
    ('{"headline": "x", "body": "y", "dateline": []}', '"dateline" must be a string'),
    ("[" * 100000, "invalid JSON"),
])
def test_bad_json_articles_are_one_line_input_errors(src, message):
    with pytest.raises(InputError) as e:
        load("story.json", src)
    assert str(e.value).startswith("story.json: ") and message in str(e.value)
    assert "\n" not in str(e.value)


def test_bad_json_exits_2_through_the_cli(tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text('{"headline": "x", "body": 7}', encoding="utf-8")
    code, _, err = run(str(bad), os.path.join(INPUTS, "fires-ferry.md"))
    assert code == 2
    assert err.strip() == f'factcheck: {bad}: JSON article: "body" must be a list of paragraph ' \
                          f'strings or one string'


def test_json_body_as_one_string_splits_at_blank_lines():
    doc = load("x.json", '{"headline": "T", "body": "One.\\n\\nTwo\\nlines.\\n \\n\\nThree."}')
    assert [doc.text[b.start:b.end] for b in doc.blocks] == ["T", "One.", "Two lines.", "Three."]


# -- inline suppressions --------------------------------------------------------------------

MD = """# Ferry fire leaves 6 dead off Piraeus

{c1}ATHENS (Wire) — Seven people died when fire swept through a passenger ferry, the coast guard said.

{c2}The ferry carried 312 passengers, officials said.

{c3}Firefighters battled the blaze for six hours.
"""


def md(c1="", c2="", c3=""):
    return MD.format(c1=c1, c2=c2, c3=c3)


def results(path, src):
    doc, findings = check_source(path, src)
    out = []
    for f in findings:
        s, e = doc.to_source(f.primary.start, f.primary.end)
        out.append((f.rule, f.severity, doc.line_col(s)[0], doc.source_text[s:e]))
    return out


UNSUPPRESSED = [("count-mismatch", "error", 1, "6 dead")]


@pytest.mark.parametrize("comments, expected", [
    ({}, UNSUPPRESSED),
    # ignore: the next block
    ({"c1": "<!-- factcheck: ignore count-mismatch -->\n"}, []),
    # ignore with several ids: the unused one is reported, pointing at the comment
    ({"c1": "<!-- factcheck: ignore count-mismatch, quote-mismatch -->\n"},
     [("unused-suppression", "info", 3, "<!-- factcheck: ignore count-mismatch, "
                                        "quote-mismatch -->")]),
    # ignore before another block: the finding stays and the comment is unused
    ({"c2": "<!-- factcheck: ignore count-mismatch -->\n"},
     UNSUPPRESSED + [("unused-suppression", "info", 5,
                      "<!-- factcheck: ignore count-mismatch -->")]),
    # ignore written inside the paragraph it is about
    ({"c1": "Meanwhile <!-- factcheck: ignore count-mismatch --> "}, []),
    # disable ... enable around the paragraph
    ({"c1": "<!-- factcheck: disable count-mismatch -->\n\n",
      "c2": "<!-- factcheck: enable count-mismatch -->\n"}, []),
    # disable never enabled again: to the end of the article
    ({"c1": "<!-- factcheck: disable count-mismatch -->\n"}, []),
    # disable ... enable around another paragraph: nothing suppressed, reported once
    ({"c2": "<!-- factcheck: disable count-mismatch -->\n\n",
      "c3": "<!-- factcheck: enable count-mismatch -->\n"},
     UNSUPPRESSED + [("unused-suppression", "info", 5,
                      "<!-- factcheck: disable count-mismatch -->")]),
    # rule ids are required
    ({"c1": "<!-- factcheck: ignore -->\n"},
     UNSUPPRESSED + [("unused-suppression", "info", 3, "<!-- factcheck: ignore -->")]),
    # an unknown rule id, an unknown verb, an enable with no disable: reported, never fatal
    ({"c1": "<!-- factcheck: ignore count-missmatch -->\n"},
     UNSUPPRESSED + [("unused-suppression", "info", 3,
                      "<!-- factcheck: ignore count-missmatch -->")]),
    ({"c1": "<!-- factcheck: ignroe count-mismatch -->\n"},
     UNSUPPRESSED + [("unused-suppression", "info", 3,
                      "<!-- factcheck: ignroe count-mismatch -->")]),
    ({"c3": "<!-- factcheck: enable count-mismatch -->\n"},
     UNSUPPRESSED + [("unused-suppression", "info", 7,
                      "<!-- factcheck: enable count-mismatch -->")]),
    # ordinary comments are not directives
    ({"c1": "<!-- factcheck ignore count-mismatch -->\n<!-- TODO: ignore count-mismatch -->\n"},
     UNSUPPRESSED),
])
def test_markdown_suppressions(comments, expected):
    assert results("a.md", md(**comments)) == expected


def test_unused_suppression_message_names_the_rule():
    doc, findings = check_source("a.md", md(c2="<!-- factcheck: ignore count-mismatch -->\n"))
    unused = [f for f in findings if f.rule == "unused-suppression"]
    assert len(unused) == 1 and "count-mismatch" in unused[0].message


HTML = """<h1>Ferry fire leaves 6 dead off Piraeus</h1>
{c1}<p>ATHENS (Wire) — Seven people died when fire swept through a ferry, the coast guard said.
{c2}<p>The ferry carried 312 passengers, officials said.
"""


@pytest.mark.parametrize("c1, c2, expected", [
    ("", "", UNSUPPRESSED),
    ("<!-- factcheck: ignore count-mismatch -->", "", []),
    # after an unclosed <p> with nothing following in it, ignore is about the next block
    ("", "<!-- factcheck: ignore count-mismatch -->",
     UNSUPPRESSED + [("unused-suppression", "info", 3,
                      "<!-- factcheck: ignore count-mismatch -->")]),
    ("<!-- factcheck: disable count-mismatch -->", "<!-- factcheck: enable count-mismatch -->",
     []),
    # a directive spread over lines
    ("<!--\n  factcheck: ignore\n  count-mismatch\n-->", "", []),
])
def test_html_suppressions(c1, c2, expected):
    assert results("a.html", HTML.format(c1=c1, c2=c2)) == expected


def test_unused_suppression_report_through_the_cli(tmp_path):
    p = tmp_path / "a.md"
    p.write_text(md(c2="<!-- factcheck: ignore count-mismatch -->\n"), encoding="utf-8")
    code, out, _ = run("--format", "json", str(p))
    assert code == 1
    findings = json.loads(out)["files"][0]["findings"]
    assert [(f["rule"], f["spans"][0]["line"], f["spans"][0]["column"]) for f in findings] == [
        ("count-mismatch", 1, 21), ("unused-suppression", 5, 1)]


# -- hostile markup: the readers' work grows linearly -----------------------------------------

HOSTILE = {
    "x.html": ["<", "</", "<!", "<p>", "<div>", "<a \"", "<a '", "<nav>", "</p>", "&#", "&amp;",
               "<img alt='1'>", "<!--", "<script>", "<h1>", "<br>", "x "],
    "x.md": ["[", "![a", "](", "*_", "<a ", "a <!--", "&a", "&amp;", "\\*", "`", "> - # x\n",
             "- a\n", "|\n", "```\n", "---\n", "x\n===\n", "<!-- x -->\n"],
}


def _reader_lines(path: str, text: str) -> int:
    """Python lines executed under checker/inputs while reading `text`."""
    import checker.inputs as pkg_mod
    from tracing import lines_executed

    return lines_executed(lambda: load(path, text), os.path.dirname(pkg_mod.__file__) + os.sep)


@pytest.mark.parametrize("path, unit", [(p, u) for p, units in HOSTILE.items() for u in units])
def test_reader_work_grows_linearly_on_hostile_markup(path, unit):
    load(path, unit)  # warm the imports
    small = _reader_lines(path, unit * 500)
    big = _reader_lines(path, unit * 2000)
    assert big < 6 * max(small, 1), (small, big)
