"""Never crash, never hang (issue 5).

Bad input: every case runs the real CLI in a subprocess and expects one line on stderr naming
the file and the problem, exit status 2, no traceback, and the other files of the run still
checked and reported.

Hostile text: the CLI on a megabyte of hostile material under a generous subprocess timeout
(a hang guard, not a timing: a quadratic pattern on 1 MB takes hours, linear takes seconds),
and the Python lines executed by the checker counted for n and 4n mentions of one thing, which
must grow about 4x, not 16x (all-pairs comparisons), whatever rules are installed.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys

import pytest

from hostile import BY_COUNT, BY_SIZE

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FERRY = os.path.join(ROOT, "examples", "ferry-fire.txt")
FERRY_BYTES = open(FERRY, "rb").read()
HANG_GUARD = 120  # seconds; linear runs of these inputs take a few


def run(*args, stdin=None, prefix=(), timeout=HANG_GUARD):
    p = subprocess.run([*prefix, sys.executable, "-m", "checker", *args], capture_output=True,
                       input=stdin, cwd=ROOT, timeout=timeout)
    return p.returncode, p.stdout.decode("utf-8"), p.stderr.decode("utf-8")


def one_error_line(err: str, *needles: str) -> None:
    assert err.count("\n") == 1 and err.endswith("\n"), err
    assert "Traceback" not in err, err
    for n in needles:
        assert n in err, (n, err)


def checked_files(out: str) -> list[str]:
    return [f["path"] for f in json.loads(out)["files"]]


def write(path, data: bytes) -> str:
    path.write_bytes(data)
    return str(path)


def refused_and_others_checked(bad: str, *needles: str, prefix=()) -> None:
    """`bad` is refused with one line naming it; the good file after it is still checked."""
    code, out, err = run("--format", "json", bad, FERRY, prefix=prefix)
    assert code == 2
    one_error_line(err, bad, *needles)
    assert checked_files(out) == [FERRY]


# -- bad input: one line, exit 2, the rest still checked ---------------------------------------

@pytest.mark.parametrize("name, data, needles", [
    ("nul.txt", b"Headline here\n\n\x00\x01\x02binary", ["binary file"]),
    ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), ["binary file"]),
    ("latin1.txt", b"Fire in the port\r\n\r\nCaf\xe9 owners said", [
        "not valid UTF-8", "byte 0xe9 at offset 23", "line 3, column 4"]),
    ("cr-latin1.txt", b"Fire in the port\r\rCaf\xe9 owners", ["line 3, column 4"]),
    ("truncated.txt", "Fire in Zürich".encode()[:-6] + b"\xc3", ["not valid UTF-8", "line 1"]),
    ("utf16.txt", "Fire in the port".encode("utf-16"), ["UTF-16 text", "save it as UTF-8"]),
])
def test_bad_bytes_are_one_line_naming_file_and_place(tmp_path, name, data, needles):
    refused_and_others_checked(write(tmp_path / name, data), *needles)


def test_missing_file_and_empty_directory_each_get_their_line(tmp_path):
    missing = str(tmp_path / "missing.txt")
    empty_dir = tmp_path / "drafts"
    empty_dir.mkdir()
    (empty_dir / "notes.docx").write_bytes(b"PK")
    code, out, err = run("--format", "json", missing, str(empty_dir), FERRY)
    assert code == 2
    lines = err.splitlines()
    assert len(lines) == 2 and "Traceback" not in err
    assert any(missing in ln and "no such file or directory" in ln for ln in lines)
    assert any(str(empty_dir) in ln and "directory holds no article files" in ln for ln in lines)
    assert checked_files(out) == [FERRY]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_named_pipe_in_a_walked_directory_does_not_block(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    os.mkfifo(folder / "live.txt")  # opening it for reading would wait for a writer forever
    (folder / "story.txt").write_bytes(FERRY_BYTES)
    code, out, err = run("--format", "json", str(folder), timeout=60)
    assert (code, err) == (1, "")
    assert checked_files(out) == [str(folder / "story.txt")]


def _drop_read_override():
    """Root reads any file, so a root test drops the capabilities that let it (setpriv)."""
    if os.geteuid() != 0:
        return ()
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        pytest.skip("running as root without setpriv: root can read a mode-000 file")
    caps = "-dac_override,-dac_read_search"
    return (setpriv, f"--inh-caps={caps}", f"--bounding-set={caps}")


def test_permission_denied(tmp_path):
    locked = tmp_path / "locked.txt"
    locked.write_bytes(FERRY_BYTES)
    locked.chmod(0)
    try:
        refused_and_others_checked(str(locked), "permission denied",
                                   prefix=_drop_read_override())
    finally:
        locked.chmod(0o644)


def test_empty_and_blank_files_each_get_their_line(tmp_path):
    empty = write(tmp_path / "empty.txt", b"")
    blank = write(tmp_path / "blank.txt", b"\r\n \n\t\r\r\n")
    bom_only = write(tmp_path / "bom.txt", b"\xef\xbb\xbf")
    code, out, err = run("--format", "json", empty, blank, bom_only, FERRY)
    assert code == 2
    lines = err.splitlines()
    assert lines == [f"factcheck: {empty}: empty file (no text), not checked",
                     f"factcheck: {blank}: blank file (only white space), not checked",
                     f"factcheck: {bom_only}: empty file (no text), not checked"]
    assert checked_files(out) == [FERRY]  # the other files are still checked
    code, out, err = run("-", stdin=b"")
    assert code == 2 and err == "factcheck: <stdin>: empty file (no text), not checked\n"


def test_size_limit_file_stdin_and_device(tmp_path):
    big = write(tmp_path / "big.txt", FERRY_BYTES + b"x" * 100)
    limit = str(len(FERRY_BYTES) + 50)
    code, out, err = run("--format", "json", "--max-bytes", limit, big, FERRY)
    assert code == 2
    one_error_line(err, big, "above the limit of", "--max-bytes")
    assert checked_files(out) == [FERRY]  # the limit leaves the small file checked
    # stdin: the limit is checked on the bytes, before decoding (a cut UTF-8 sequence at the
    # limit must not be reported as invalid UTF-8)
    code, _, err = run("--max-bytes", "10", "-", stdin="é".encode() * 20)
    assert code == 2
    one_error_line(err, "<stdin>", "above the limit of 10 bytes")
    # a device has no size up front: reading stops at the limit instead of running forever
    if os.path.exists("/dev/zero"):
        code, _, err = run("--max-bytes", "1000", "/dev/zero")
        assert code == 2
        one_error_line(err, "/dev/zero")
    code, _, err = run("--max-bytes", "-5", FERRY)
    assert code == 2
    one_error_line(err, "--max-bytes")


def test_default_size_limit_is_20_mb_and_documented(tmp_path):
    code, out, _ = run("--help")
    assert code == 0 and "--max-bytes" in out and "20 MB" in out
    # one byte over 20 MiB is refused from its size, without reading it
    big = tmp_path / "huge.txt"
    with open(big, "wb") as fh:
        fh.truncate(20 * 1024 * 1024 + 1)
    code, _, err = run(str(big))
    assert code == 2
    one_error_line(err, str(big), "20,971,521 bytes", "above the limit of 20,971,520")


def test_file_name_with_a_newline_stays_one_line(tmp_path):
    odd = str(tmp_path / "two\nlines.txt")
    code, _, err = run(odd)
    assert code == 2
    one_error_line(err, "two\\nlines.txt", "no such file or directory")


def test_unwritable_output_is_one_line(tmp_path):
    code, _, err = run("-o", str(tmp_path / "no" / "such" / "dir.txt"), FERRY)
    assert code == 2
    one_error_line(err, "cannot write report")


def test_internal_error_in_a_rule_is_one_line_and_other_files_still_checked(tmp_path):
    # The real CLI entry point, with one rule made to fail on one article.
    boom = write(tmp_path / "boom.txt", FERRY_BYTES.replace(b"Ferry Fire", b"BOOM Fire"))
    script = (
        "import sys\n"
        "from checker.rules import registry\n"
        "rule = registry()['count-mismatch']\n"
        "orig = rule.module.check\n"
        "def check(doc, mentions, options):\n"
        "    if 'BOOM' in doc.text:\n"
        "        raise RuntimeError('simulated bug\\nwith two lines')\n"
        "    return orig(doc, mentions, options)\n"
        "rule.module.check = check\n"
        "from checker.cli import main\n"
        "main(sys.argv[1:])\n"
    )
    p = subprocess.run([sys.executable, "-c", script, "--format", "json", boom, FERRY],
                       capture_output=True, cwd=ROOT, timeout=HANG_GUARD)
    err = p.stderr.decode()
    assert p.returncode == 2
    one_error_line(err, boom, "internal error", "RuntimeError: simulated bug with two lines")
    assert checked_files(p.stdout.decode()) == [FERRY]


def test_malformed_config_is_one_line(tmp_path):
    art = write(tmp_path / "a.txt", FERRY_BYTES)
    cfg = write(tmp_path / "factcheck.toml", b'select = ["count-mismatch"\n[severity\n')
    code, out, err = run(art)
    assert code == 2 and out == ""
    one_error_line(err, cfg, "invalid TOML")


def _has_readers() -> bool:
    try:
        from checker.inputs import load  # noqa: F401
    except ImportError:
        return False
    return True


needs_readers = pytest.mark.skipif(not _has_readers(), reason="checker.inputs not present")


@needs_readers
@pytest.mark.parametrize("name, data, needles", [
    ("bad.json", b'{"headline": "Fire", "body": ["x",', ["invalid JSON", "line 1"]),
    ("list.json", b'[1, 2, 3]', ["JSON article"]),
    ("deep.json", b"[" * 100_000 + b"]" * 100_000, ["JSON"]),
    ("deep-bad.json", b"[" * 100_000, ["JSON"]),
])
def test_malformed_json_article_is_one_line(tmp_path, name, data, needles):
    refused_and_others_checked(write(tmp_path / name, data), *needles)


@needs_readers
@pytest.mark.parametrize("data", [
    b"<html><body><h1>Fire</p></div></span><p>Six dead<p>Seven died</h1>",
    b"<p" * 50_000,
    b"<!--" + b"x" * 100_000,
    b"<div>" * 50_000 + b"Six people died." + b"</b>" * 50_000,
    b"<script>" + b"<p>" * 10_000,
    b"<h1>Ferry fire leaves 6 dead</h1><p>Seven people &amp died &#99999999; &#x; &bogus;</p>",
])
def test_malformed_html_never_crashes(tmp_path, data):
    # Browsers read any tag soup, so malformed HTML is checked, not refused.
    page = write(tmp_path / "page.html", data)
    code, out, err = run("--format", "json", page)
    assert code in (0, 1) and err == "", err
    doc = json.loads(out)["files"][0]
    text = data.decode("utf-8")
    for f in doc["findings"]:
        for s in f["spans"]:
            assert 0 <= s["start"] < s["end"] <= len(text)


# -- BOM and newlines: offsets into the text as read, lines and columns right ------------------

def _json(path):
    code, out, err = run("--format", "json", path)
    assert code == 1, err
    return json.loads(out)["files"][0]["findings"]


def test_bom_is_dropped_and_offsets_index_the_text_after_it(tmp_path):
    plain = _json(FERRY)
    with_bom = _json(write(tmp_path / "bom.txt", b"\xef\xbb\xbf" + FERRY_BYTES))
    assert with_bom == plain  # same offsets, lines, columns: the mark is not text
    text = FERRY_BYTES.decode("utf-8")
    for s in with_bom[0]["spans"]:
        assert text[s["start"]:s["end"]] == s["text"]


@pytest.mark.parametrize("newline", ["\r\n", "\r"])
def test_crlf_and_lone_cr_lines_and_columns(tmp_path, newline):
    lf = _json(FERRY)
    text = FERRY_BYTES.decode("utf-8").replace("\n", newline)
    other = _json(write(tmp_path / "nl.txt", text.encode("utf-8")))
    assert [f["message"] for f in other] == [f["message"] for f in lf]
    for f_lf, f in zip(lf, other):
        for a, b in zip(f_lf["spans"], f["spans"]):
            # offsets move by the extra characters of CRLF, lines and columns do not
            assert (b["line"], b["column"], b["end_line"], b["end_column"], b["text"]) == \
                   (a["line"], a["column"], a["end_line"], a["end_column"], a["text"])
            assert text[b["start"]:b["end"]] == b["text"]
            if newline == "\r\n":
                assert b["start"] == a["start"] + a["line"] - 1
    # the human report names the same line:column and shows the line without a stray CR
    _, out, _ = run(write(tmp_path / "nl.txt", text.encode("utf-8")))
    first = lf[0]["spans"][0]
    assert f"nl.txt:{first['line']}:{first['column']}:" in out
    assert "\r" not in out
    assert "Ferry Fire Leaves 6 Dead Off Kessar Island" in out


# -- hostile text: linear, never hangs ------------------------------------------------------

MEGABYTE = 1_000_000
# The list at a full megabyte; the other shapes at 100 KB, where a quadratic spot
# still takes minutes (a run of 100,000 dots took over a minute before the fix).
HOSTILE_1MB = ["digits-and-commas", "at-least", "capitalised-words", "straight-quotes",
               "curly-quotes", "one-long-line", "dots", "is-seen"]


@pytest.mark.parametrize("name", sorted(BY_SIZE))
def test_hostile_text_finishes_and_reports_valid_spans(tmp_path, name):
    size = MEGABYTE if name in HOSTILE_1MB else 100_000
    text = BY_SIZE[name](size)
    path = tmp_path / "hostile.txt"
    path.write_bytes(text.encode("utf-8"))
    code, out, err = run("--format", "json", str(path))
    assert code in (0, 1) and err == "", err[-500:]
    for f in json.loads(out)["files"][0]["findings"]:
        for s in f["spans"]:
            assert 0 <= s["start"] < s["end"] <= len(text)
            assert text[s["start"]:s["end"]] == s["text"]


@pytest.mark.parametrize("name", sorted(BY_COUNT))
def test_ten_thousand_mentions_finish(tmp_path, name):
    path = tmp_path / "many.txt"
    path.write_bytes(BY_COUNT[name](10_000).encode("utf-8"))
    code, out, err = run("--format", "json", str(path))
    assert code in (0, 1) and err == "", err[-500:]
    json.loads(out)


def _lines_executed(text: str) -> int:
    """Python lines executed under checker/ while checking `text` (deterministic work)."""
    from checker.engine import check_text
    from tracing import lines_executed

    check_text(text)  # warm: imports, compiled patterns and caches are not the work measured
    return lines_executed(lambda: check_text(text), os.path.join(ROOT, "checker") + os.sep)


@pytest.mark.parametrize("name", sorted(BY_COUNT))
def test_work_grows_linearly_with_mentions_of_one_thing(name):
    # 4x the mentions must cost about 4x the work; comparing all pairs would cost 16x.
    small = _lines_executed(BY_COUNT[name](150))
    big = _lines_executed(BY_COUNT[name](600))
    assert big < 6 * small, (name, small, big, round(big / small, 1))
