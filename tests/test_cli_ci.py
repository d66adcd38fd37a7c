"""The CI-facing command line, run as a subprocess the way CI runs it: exit statuses for
every --fail-on value, configuration discovery/inheritance/errors, baseline round trip,
every output format and -o."""

import json
import os
import shutil
import subprocess
import sys

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FERRY = os.path.join(ROOT, "examples", "ferry-fire.txt")
REL_FERRY = os.path.join("examples", "ferry-fire.txt")
FORMATS = ("full", "concise", "json", "json-lines", "sarif", "github", "rdjson")


def run(*args, cwd=ROOT, stdin=None):
    p = subprocess.run([sys.executable, "-m", "checker", *args], capture_output=True,
                       cwd=cwd, input=stdin, env={**os.environ, "PYTHONPATH": ROOT})
    return p.returncode, p.stdout.decode("utf-8"), p.stderr.decode("utf-8")


def article(d, name="ferry.txt"):
    os.makedirs(d, exist_ok=True)
    dest = os.path.join(d, name)
    shutil.copy(FERRY, dest)
    return dest


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(text)
    return path


# -- exit status ------------------------------------------------------------------------------

@pytest.mark.parametrize("severity", ["error", "warning", "info"])
@pytest.mark.parametrize("fail_on", ["error", "warning", "info", "never"])
def test_fail_on(tmp_path, severity, fail_on):
    write(tmp_path / "factcheck.toml",
          f'select = ["count-mismatch"]\n[severity]\ncount-mismatch = "{severity}"\n')
    path = article(tmp_path)
    rank = {"info": 0, "warning": 1, "error": 2}
    expected = 1 if fail_on != "never" and rank[severity] >= rank[fail_on] else 0
    code, out, err = run("--fail-on", fail_on, "--format", "concise", path)
    assert code == expected, err
    assert f": {severity} count-mismatch " in out  # shown whatever the exit status


@pytest.mark.parametrize("fail_on", ["error", "info"])
def test_exit_zero(fail_on):
    code, out, _ = run("--fail-on", fail_on, "--exit-zero", FERRY)
    assert code == 0 and "error[count-mismatch]" in out


def test_default_fails_on_error_only(tmp_path):
    write(tmp_path / "factcheck.toml", '[severity]\ncount-mismatch = "warning"\n')
    assert run(article(tmp_path))[0] == 0
    assert run(FERRY)[0] == 1


def test_min_severity_filters_output_not_exit_status(tmp_path):
    write(tmp_path / "factcheck.toml",
          'select = ["count-mismatch"]\n[severity]\ncount-mismatch = "warning"\n')
    path = article(tmp_path)
    code, out, _ = run("--min-severity", "error", "--fail-on", "warning", "-f", "json", path)
    assert code == 1
    data = json.loads(out)
    assert data["files"][0]["findings"] == [] and data["summary"]["warnings"] == 0
    code, out, _ = run("--min-severity", "warning", "--fail-on", "warning", "-f", "json", path)
    assert code == 1 and data["summary"]["files"] == 1
    assert json.loads(out)["summary"]["warnings"] == 1


def test_usage_errors_exit_2_with_one_line():
    for args in (["--fail-on", "sometimes", FERRY], ["--format", "xml", FERRY], [],
                 ["--no-such-flag", FERRY]):
        code, out, err = run(*args)
        assert code == 2 and out == "" and err.count("\n") == 1, (args, err)


def test_version():
    code, out, _ = run("--version")
    assert code == 0 and out.startswith("factcheck ") and out.strip().split()[1][0].isdigit()


# -- formats ----------------------------------------------------------------------------------

@pytest.mark.parametrize("fmt", FORMATS)
def test_every_format_through_the_cli(tmp_path, fmt):
    code, out, err = run("--format", fmt, REL_FERRY)
    assert code == 1, err
    assert "count-mismatch" in out
    if fmt in ("json", "sarif", "rdjson"):
        json.loads(out)
    if fmt == "json-lines":
        assert [json.loads(line)["rule"] for line in out.splitlines()] == ["count-mismatch"]
    if fmt == "github":
        assert out.startswith("::error file=examples/ferry-fire.txt,line=1,col=19,endLine=1,"
                              "endColumn=25,title=factcheck (count-mismatch)::")
    if fmt == "concise":
        assert out.startswith("examples/ferry-fire.txt:1:19: error count-mismatch ")
    # -o writes the same report to a file and nothing to stdout
    dest = tmp_path / "report.out"
    code2, out2, _ = run("--format", fmt, "-o", str(dest), "--no-color", REL_FERRY)
    assert code2 == 1 and out2 == ""
    assert dest.read_text(encoding="utf-8") == out


def test_stdin_filename_names_the_input():
    code, out, _ = run("-f", "concise", "--stdin-filename", "story.txt", "-",
                       stdin=open(FERRY, "rb").read())
    assert code == 1 and out.startswith("story.txt:1:19: ")


# -- configuration ----------------------------------------------------------------------------

def test_config_discovery_closest_wins_and_extend_inherits(tmp_path):
    write(tmp_path / "pyproject.toml",
          '[project]\nname = "x"\n[tool.factcheck]\n[tool.factcheck.severity]\n'
          'count-mismatch = "warning"\n')
    write(tmp_path / "desk" / "factcheck.toml", 'ignore = ["count-mismatch"]\n')
    write(tmp_path / "desk" / "wire" / ".factcheck.toml",
          'extend = "../../pyproject.toml"\nnames = [["Gadhafi", "Qaddafi"]]\n')
    write(tmp_path / "nothing" / "pyproject.toml", '[project]\nname = "y"\n')  # skipped
    top = article(tmp_path)
    desk = article(tmp_path / "desk")
    wire = article(tmp_path / "desk" / "wire")
    nothing = article(tmp_path / "nothing")
    code, out, err = run("-f", "concise", "--fail-on", "warning", top, desk, wire, nothing)
    assert code == 1, err
    lines = out.splitlines()
    assert [line.split(": ")[0] for line in lines] == [f"{top}:1:19", f"{wire}:1:19",
                                                      f"{nothing}:1:19"]
    assert [line.split(" ")[1] for line in lines] == ["warning", "warning", "warning"]
    # factcheck config shows what is in force and where it came from
    code, out, _ = run("config", str(tmp_path / "desk" / "wire"))
    assert code == 0
    assert f"# from {tmp_path / 'desk' / 'wire' / '.factcheck.toml'}" in out
    assert f"# extends {tmp_path / 'pyproject.toml'}" in out
    assert 'names = [["Gadhafi", "Qaddafi"]]' in out
    assert '[severity]\ncount-mismatch = "warning"' in out
    code, out, _ = run("config", desk)
    assert code == 0 and 'ignore = ["count-mismatch"]' in out


def test_config_option_overrides_discovery(tmp_path):
    write(tmp_path / "factcheck.toml", 'ignore = ["count-mismatch"]\n')
    other = write(tmp_path / "elsewhere" / "strict.toml", 'select = ["count-mismatch"]\n')
    path = article(tmp_path)
    assert run(path)[0] == 0
    assert run("--config", other, path)[0] == 1


def test_exclude_globs(tmp_path):
    write(tmp_path / "factcheck.toml", 'exclude = ["drafts", "*.wire.txt"]\n')
    article(tmp_path / "drafts")
    article(tmp_path, "agency.wire.txt")
    kept = article(tmp_path / "desk")
    code, out, err = run("-f", "json", str(tmp_path))
    assert code == 1, err
    assert [f["path"] for f in json.loads(out)["files"]] == [kept]


@pytest.mark.parametrize("name, text, key", [
    ("factcheck.toml", 'selct = ["count-mismatch"]\n', "'selct'"),
    ("factcheck.toml", '[severity]\ncount-mismatch = "fatal"\n', "'severity.count-mismatch'"),
    ("factcheck.toml", '[severity]\nno-such-rule = "error"\n', "'severity.no-such-rule'"),
    ("factcheck.toml", 'ignore = "count-mismatch"\n', "'ignore'"),
    ("factcheck.toml", 'names = ["Gadhafi", "Qaddafi"]\n', "'names'"),
    ("factcheck.toml", '[rules]\ncount-mismatch = 3\n', "'rules.count-mismatch'"),
    ("factcheck.toml", 'extend = "missing.toml"\n', "'extend'"),
    ("factcheck.toml", 'select = [\n', "invalid TOML"),
    (".factcheck.toml", 'extend = ".factcheck.toml"\n', "'extend': circular"),
    ("pyproject.toml", '[tool.factcheck]\nexclude = [1]\n', "'tool.factcheck.exclude'"),
])
def test_malformed_config_is_one_line_naming_file_and_key(tmp_path, name, text, key):
    cfg = write(tmp_path / name, text)
    code, out, err = run(article(tmp_path))
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and "Traceback" not in err
    assert str(cfg) in err and key in err, err
    code, _, err2 = run("config", str(tmp_path))
    assert code == 2 and err2 == err


@pytest.mark.parametrize("text", [
    '[tool.factcheck]\nselect = ["weekday-date"]\n',
    '[ "tool" . \'factcheck\' ]\nselect = ["weekday-date"]\n',
    '[tool]\nfactcheck = {select = ["weekday-date"]}\n',
    '[tool]\nfactcheck.select = ["weekday-date"]\n',
    'tool.factcheck.select = ["weekday-date"]\n',
    'tool = {factcheck = {select = ["weekday-date"]}}\n',
])
def test_pyproject_table_in_every_toml_form_is_read(tmp_path, text):
    # pyproject.toml files that cannot hold the table are not parsed (see config._TOOL_TABLE):
    # each way TOML has to write it must still be read
    from checker.config import Resolver

    write(tmp_path / "pyproject.toml", text + '[project]\nname = "x"\n')
    assert Resolver(None).for_path(article(tmp_path)).select == ["weekday-date"]


def test_pyproject_without_the_table_is_not_parsed(tmp_path):
    # naming factcheck (a dependency, a script) is not configuring it; a pyproject.toml that
    # other tools own is not ours to reject, even when its TOML is broken
    write(tmp_path / "pyproject.toml",
          '[project]\nname = "desk"\ndependencies = ["factcheck"]\n[project.scripts]\n'
          'factcheck = "checker.cli:main"\n[tool.setuptools\n')
    code, out, err = run("-f", "concise", article(tmp_path))
    assert (code, err) == (1, "") and out.count("count-mismatch") == 1


def test_config_with_a_byte_order_mark_is_read(tmp_path):
    (tmp_path / "factcheck.toml").write_bytes('\ufeffignore = ["count-mismatch"]\n'.encode())
    assert run(article(tmp_path)) == (0, "No discrepancies found in 1 file.\n", "")


def test_config_not_utf8_is_one_line(tmp_path):
    cfg = tmp_path / "factcheck.toml"
    cfg.write_bytes(b'ignore = ["count-mismatch"]  # caf\xe9\n')
    code, out, err = run(article(tmp_path))
    assert code == 2 and out == "" and err.count("\n") == 1 and "Traceback" not in err
    assert f"{cfg}: invalid TOML: not UTF-8" in err, err


# -- baseline ---------------------------------------------------------------------------------

def test_baseline_round_trip(tmp_path):
    path = article(tmp_path)
    baseline = str(tmp_path / "baseline.json")
    code, out, err = run("--write-baseline", baseline, path)
    assert code == 0 and "wrote 1 finding" in err
    entries = json.load(open(baseline, encoding="utf-8"))["findings"]
    assert [(e["path"], e["rule"]) for e in entries] == [("ferry.txt", "count-mismatch")]
    assert run("--baseline", baseline, path)[0] == 0

    # edit elsewhere in the article: lines and offsets move, the baseline still holds
    text = open(path, encoding="utf-8").read()
    head, rest = text.split("\n\n", 1)
    text = head + "\n\nBy Ana Lúcia Ferreira, with reporting from the port authority.\n\n" + rest
    text += "\nThe operator said it was co-operating fully with investigators.\n"
    open(path, "w", encoding="utf-8").write(text)
    code, out, _ = run("--baseline", baseline, "-f", "json", path)
    assert code == 0 and json.loads(out)["files"][0]["findings"] == []

    # a new discrepancy is reported
    text = text.replace("Ferry Fire Leaves 6 Dead", "Ferry Fire Leaves 9 Dead")
    open(path, "w", encoding="utf-8").write(text)
    code, out, _ = run("--baseline", baseline, "-f", "json", path)
    assert code == 1
    (f,) = json.loads(out)["files"][0]["findings"]
    assert f["spans"][0]["text"] == "9 Dead"


def test_baseline_paths_are_relative_to_the_baseline_file(tmp_path):
    path = article(tmp_path / "desk")
    baseline = str(tmp_path / "baseline.json")
    assert run("--write-baseline", baseline, path)[0] == 0
    # run from another directory with a relative path: same finding, still baselined
    rel = os.path.relpath(path, str(tmp_path / "desk"))
    assert run("--baseline", baseline, rel, cwd=str(tmp_path / "desk"))[0] == 0


def test_bad_baseline_is_exit_2(tmp_path):
    bad = write(tmp_path / "b.json", "not json")
    code, out, err = run("--baseline", bad, FERRY)
    assert code == 2 and "not a factcheck baseline" in err and err.count("\n") == 1
    code, out, err = run("--baseline", str(tmp_path / "missing.json"), FERRY)
    assert code == 2 and "baseline file not found" in err


# -- commands ---------------------------------------------------------------------------------

def test_rules_lists_unused_suppression_and_rule_prints_its_docs():
    code, out, _ = run("rules")
    assert code == 0 and "unused-suppression" in out and "count-mismatch" in out
    code, out, _ = run("rule", "unused-suppression")
    assert code == 0 and out.startswith("unused-suppression (default severity: info)")
    assert "What it leaves alone" in out
