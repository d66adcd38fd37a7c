"""The real article that started the project: exactly the rockets discrepancy, nothing else."""

from checker import check_file


def test_seed_reports_only_the_rockets(seed_path):
    text = open(seed_path, encoding="utf-8", newline="").read()
    findings = check_file(seed_path)
    errors = [f for f in findings if f.severity == "error"]
    assert len(errors) == 1
    f = errors[0]
    assert f.rule == "count-mismatch"
    assert [(s.start, s.end, text[s.start:s.end]) for s in f.spans] == [
        (207, 229, "At least three rockets"),
        (780, 802, "at least eight rockets"),
    ]
    assert "caption" in f.message and "body" in f.message
    # The caption is printed twice on the page: one statement, one finding, no second copy.
    assert not any(s.start > 229 and s.end < 780 for s in f.spans)
