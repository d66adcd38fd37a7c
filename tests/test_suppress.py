"""The suppression filter (checker.suppress), fed hand-built suppression lists the way the
HTML/Markdown readers feed it."""

from checker.document import Document
from checker.engine import Settings
from checker.findings import Finding, Span
from checker.suppress import ID, Suppression, apply

TEXT = ("Ferry fire leaves 6 dead\n\n"
        "KESSAR (Wire) — Seven people died in the fire.\n\n"
        "Officials said 31 were treated for burns.\n")


def _doc():
    return Document(TEXT, "a.txt")


def _span(s, label=""):
    i = TEXT.index(s)
    return Span(i, i + len(s), label)


def _findings():
    return [
        Finding("count-mismatch", "error", "6 vs 7", [_span("6 dead"), _span("Seven people died")]),
    ]


def _block(s):
    """The range of the paragraph holding `s`, as an `ignore` comment before it covers."""
    i = TEXT.index(s)
    start = TEXT.rfind("\n\n", 0, i) + 2
    end = TEXT.find("\n\n", i)
    return start, (len(TEXT) if end < 0 else end)


def test_ignore_next_block_drops_the_finding_when_any_side_is_inside():
    start, end = _block("Seven people died")
    out = apply(_doc(), _findings(), [Suppression(("count-mismatch",), start, end)])
    assert out == []


def test_suppression_of_another_rule_or_place_keeps_the_finding_and_reports_it_unused():
    start, end = _block("Officials said")
    sups = [Suppression(("count-mismatch",), start, end, anchor=(start, start + 9)),
            Suppression(("no-such-rule",), *_block("Seven people died"), kind="disable")]
    out = apply(_doc(), _findings(), sups)
    assert [f.rule for f in out] == ["count-mismatch", ID, ID]
    unused = [f for f in out if f.rule == ID]
    assert all(f.severity == "info" for f in unused)
    by_start = sorted(unused, key=lambda f: f.primary.start)
    assert by_start[0].message == ("Unused suppression in dateline: `disable` names "
                                   "unknown rule 'no-such-rule'")
    assert by_start[1].message == ("Unused suppression in body, paragraph 2: `ignore` "
                                   "suppressed no count-mismatch finding")
    assert (by_start[1].primary.start, by_start[1].primary.end) == (start, start + 9)


def test_only_the_unused_rule_id_of_a_multi_rule_comment_is_reported():
    start, end = _block("Seven people died")
    sups = [Suppression(("count-mismatch", "unused-suppression"), start, end)]
    out = apply(_doc(), _findings(), sups)
    assert [(f.rule, f.primary.label) for f in out] == [(ID, "ignore unused-suppression")]


def test_a_comment_without_rule_ids_suppresses_nothing_and_is_reported():
    start, end = _block("Seven people died")
    out = apply(_doc(), _findings(), [Suppression((), start, end)])
    assert [f.rule for f in out] == ["count-mismatch", ID]
    assert "rule ids are required" in out[1].message


def test_disable_range_covers_several_blocks():
    start = TEXT.index("KESSAR")
    out = apply(_doc(), _findings(), [Suppression(("count-mismatch",), start, len(TEXT),
                                                  kind="disable")])
    assert out == []


def test_settings_ignore_and_severity_apply_to_unused_suppression():
    start, end = _block("Officials said")
    sups = [Suppression(("count-mismatch",), start, end)]
    quiet = apply(_doc(), _findings(), sups, Settings(ignore=["unused-suppression"]))
    assert [f.rule for f in quiet] == ["count-mismatch"]
    loud = apply(_doc(), _findings(), sups, Settings(severity={ID: "warning"}))
    assert [f.severity for f in loud if f.rule == ID] == ["warning"]
    # a rule this run does not enable is not reported as unused
    other = apply(_doc(), [], sups, Settings(select=["unused-suppression"]))
    assert other == []


def test_no_suppressions_is_the_identity():
    fs = _findings()
    assert apply(_doc(), fs, []) is fs
