"""The pre-commit hook definition and the example GitHub Actions workflow use options the CLI
really accepts (they drift silently otherwise)."""

import os
import re
import shlex

from tests.test_cli_ci import FERRY, ROOT, run


def _read(*parts):
    with open(os.path.join(ROOT, *parts), encoding="utf-8") as fh:
        return fh.read()


def test_pre_commit_hooks_run_the_console_script_with_valid_args():
    text = _read(".pre-commit-hooks.yaml")
    assert 'factcheck = "checker.cli:main"' in _read("pyproject.toml")
    hooks = re.findall(r"^- id: (\S+)$", text, re.M)
    entries = re.findall(r"^  entry: (\S+)$", text, re.M)
    args = re.findall(r"^  args: \[(.*)\]$", text, re.M)
    assert hooks == ["factcheck", "factcheck-concise"]
    assert entries == ["factcheck", "factcheck"] and len(args) == 2
    for a in args:
        code, out, err = run(*[x.strip() for x in a.split(",")], FERRY)
        assert code == 1 and "count-mismatch" in out, err


def test_workflow_commands_are_valid(tmp_path):
    text = _read("examples", "github-actions-factcheck.yml")
    assert "upload-sarif" in text and "--format github" in text
    commands = re.findall(r"^\s+factcheck (.*)$", text, re.M)
    assert len(commands) == 2
    for cmd in commands:
        argv = [FERRY if a == '"${files[@]}"' else a for a in shlex.split(cmd, posix=False)]
        argv = [str(tmp_path / "out.sarif") if a == "factcheck.sarif" else a for a in argv]
        code, out, err = run(*argv)
        assert code in (0, 1) and not err, (cmd, err)
    assert (tmp_path / "out.sarif").read_text(encoding="utf-8").startswith("{")
