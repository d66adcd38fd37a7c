"""Snapshot tests: every article under tests/fixtures/<rule-id>/ is checked and its findings
compared in full (rule, severity, every span's offsets and text) with the `.expected.json`
beside it. A fixture named `silent-*` must have no findings at all.

To (re)write the expectations after a deliberate change, run
    FACTCHECK_UPDATE_SNAPSHOTS=1 pytest tests/test_fixtures.py
and review the diff: the expected files are the tests.
"""

import glob
import json
import os

import pytest

from checker.engine import check_text

HERE = os.path.dirname(__file__)
FIXTURES = sorted(glob.glob(os.path.join(HERE, "fixtures", "*", "*.txt")))


def snapshot(text, findings):
    return [
        {"rule": f.rule, "severity": f.severity,
         "spans": [{"start": s.start, "end": s.end, "text": text[s.start:s.end]} for s in f.spans]}
        for f in findings
    ]


@pytest.mark.parametrize("path", FIXTURES, ids=lambda p: os.path.relpath(p, HERE))
def test_fixture(path):
    with open(path, encoding="utf-8", newline="") as fh:
        text = fh.read()
    _, findings = check_text(text, path)
    got = snapshot(text, findings)
    expected_path = path[:-4] + ".expected.json"
    if os.environ.get("FACTCHECK_UPDATE_SNAPSHOTS"):
        with open(expected_path, "w", encoding="utf-8") as fh:
            json.dump(got, fh, ensure_ascii=False, indent=2)
            fh.write("\n")
    with open(expected_path, encoding="utf-8") as fh:
        expected = json.load(fh)
    name = os.path.basename(path)
    if name.startswith("silent-"):
        assert expected == [], f"{name} is a silent fixture but expects findings"
    assert got == expected
    for f in expected:
        for s in f["spans"]:
            assert text[s["start"]:s["end"]] == s["text"]


def test_every_rule_has_firing_and_silent_fixtures():
    from checker.rules import registry

    for rid in registry():
        names = [os.path.basename(p) for p in FIXTURES
                 if os.path.basename(os.path.dirname(p)) == rid]
        assert any(n.startswith("fires-") for n in names), f"{rid} has no fires-* fixture"
        assert any(n.startswith("silent-") for n in names), f"{rid} has no silent-* fixture"
