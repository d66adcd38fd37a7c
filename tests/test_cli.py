"""The `factcheck` command end to end, run as a subprocess the way CI runs it."""

import json
import os
import subprocess
import sys

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FERRY = os.path.join(ROOT, "examples", "ferry-fire.txt")
SILENT = os.path.join(ROOT, "tests", "fixtures", "count-mismatch", "silent-updated-toll.txt")


def run(*args, stdin=None):
    p = subprocess.run([sys.executable, "-m", "checker", *args], capture_output=True,
                       input=stdin, cwd=ROOT)
    return p.returncode, p.stdout.decode("utf-8"), p.stderr.decode("utf-8")


def test_human_output_shows_spans_and_summary():
    code, out, err = run(FERRY)
    assert code == 1, err
    assert "error[count-mismatch]" in out
    assert "ferry-fire.txt:1:19:" in out
    assert "^^^^^^ headline: 6 dead" in out
    assert out.rstrip().endswith("Found 1 error in 1 file.")


def test_json_output_schema():
    code, out, _ = run("--format", "json", FERRY, SILENT)
    assert code == 1
    data = json.loads(out)
    assert data["version"] == 1
    assert [len(f["findings"]) for f in data["files"]] == [1, 0]
    f = data["files"][0]["findings"][0]
    text = open(FERRY, encoding="utf-8").read()
    for s in f["spans"]:
        assert text[s["start"]:s["end"]] == s["text"]
    assert [s["segment"] for s in f["spans"]] == ["headline", "body"]
    assert (f["spans"][0]["line"], f["spans"][0]["column"]) == (1, 19)
    assert data["summary"] == {"files": 2, "errors": 1, "warnings": 0, "infos": 0}


def test_clean_article_exits_zero():
    code, out, _ = run(SILENT)
    assert code == 0
    assert "No discrepancies found in 1 file." in out


def test_stdin():
    code, out, _ = run("--format", "json", "-", stdin=open(FERRY, "rb").read())
    assert code == 1
    assert json.loads(out)["files"][0]["path"] == "<stdin>"


@pytest.mark.parametrize("make, message", [
    (lambda d: os.path.join(d, "missing.txt"), "no such file or directory"),
    (lambda d: d, "directory holds no article files"),
])
def test_unreadable_inputs_exit_2_and_others_still_checked(tmp_path, make, message):
    bad = make(str(tmp_path))
    code, out, err = run("--format", "json", bad, FERRY)
    assert code == 2
    assert err.count("\n") == 1 and message in err and "Traceback" not in err
    assert len(json.loads(out)["files"]) == 1


@pytest.mark.parametrize("data, message", [
    (b"Headline\n\n\x00\x01\x02binary", "binary file"),
    (b"Headline\n\nCaf\xe9 owners", "not valid UTF-8"),
    (b"", "empty file"),
    (b" \n\n", "blank file"),
])
def test_bad_bytes(tmp_path, data, message):
    p = tmp_path / "bad.txt"
    p.write_bytes(data)
    code, _, err = run(str(p))
    assert code == 2 and message in err and str(p) in err and "Traceback" not in err


def test_rules_and_rule_commands():
    code, out, _ = run("rules")
    assert code == 0 and "count-mismatch" in out
    code, out, _ = run("rule", "count-mismatch")
    assert code == 0 and "What it leaves alone" in out
    code, _, err = run("rule", "no-such-rule")
    assert code == 2 and "unknown rule" in err


def test_python_api_matches_cli():
    import checker

    findings = checker.check(open(FERRY, encoding="utf-8").read())
    assert [(f.rule, f.severity) for f in findings] == [("count-mismatch", "error")]


def test_human_summary_counts_inputs_that_could_not_be_checked(tmp_path):
    """"No discrepancies found" is never all the summary says of a run that left a file out:
    the reader of the terminal may not see stderr's line (a pipe, a CI log folded)."""
    missing = str(tmp_path / "missing.txt")
    code, out, err = run(missing, SILENT)
    assert code == 2 and "no such file or directory" in err
    assert out.rstrip().endswith("No discrepancies found in 1 file; 1 input could not be "
                                 "checked.")
    code, out, _ = run(missing, FERRY, str(tmp_path))
    assert code == 2
    assert out.rstrip().endswith("Found 1 error in 1 file; 2 inputs could not be checked.")
    code, out, _ = run(missing)
    assert code == 2 and out == "0 files checked; 1 input could not be checked.\n"
