"""checker.config in-process: rule options and names reach the rules' check()."""

import pytest

from checker.config import ConfigError, Resolver, load
from checker.engine import check_text
from checker.rules import registry

ARTICLE = "Ferry fire leaves 6 dead\n\nKESSAR (Wire) — Seven people died in the fire.\n"


def test_rule_options_and_names_are_passed_to_check(tmp_path, monkeypatch):
    cfg_path = tmp_path / "factcheck.toml"
    cfg_path.write_text('names = [["Gadhafi", "Qaddafi", "Kadafi"]]\n'
                        '[rules.count-mismatch]\ntolerance = 1.5\nstrict = true\n',
                        encoding="utf-8")
    settings = load(str(cfg_path)).settings()
    seen = {}
    rule = registry()["count-mismatch"]

    def spy(doc, mentions, options):
        seen.update(options)
        return []

    monkeypatch.setattr(rule.module, "check", spy)
    check_text(ARTICLE, "a.txt", settings)
    assert seen == {"tolerance": 1.5, "strict": True,
                    "names": [["Gadhafi", "Qaddafi", "Kadafi"]]}


def test_extend_merges_tables_key_by_key(tmp_path):
    (tmp_path / "base.toml").write_text(
        'ignore = ["unused-suppression"]\n[severity]\ncount-mismatch = "warning"\n'
        '[rules.count-mismatch]\na = 1\nb = 2\n', encoding="utf-8")
    (tmp_path / "factcheck.toml").write_text(
        'extend = "base.toml"\nignore = []\n[rules.count-mismatch]\nb = 3\n', encoding="utf-8")
    cfg = Resolver().for_path(str(tmp_path / "story.txt"))
    assert cfg.chain == [str(tmp_path / "factcheck.toml"), str(tmp_path / "base.toml")]
    assert cfg.ignore == [] and cfg.severity == {"count-mismatch": "warning"}
    assert cfg.rules == {"count-mismatch": {"a": 1, "b": 3}}


def test_exclude_patterns(tmp_path):
    (tmp_path / "factcheck.toml").write_text('exclude = ["drafts", "desk/*.wire.txt"]\n',
                                             encoding="utf-8")
    cfg = Resolver().for_path(str(tmp_path / "x.txt"))
    assert cfg.excluded(str(tmp_path / "drafts" / "a.txt"))
    assert cfg.excluded(str(tmp_path / "desk" / "drafts" / "a.txt"))
    assert cfg.excluded(str(tmp_path / "desk" / "b.wire.txt"))
    assert not cfg.excluded(str(tmp_path / "b.wire.txt"))
    assert not cfg.excluded(str(tmp_path / "desk" / "b.txt"))


def test_select_prefix_must_match_a_rule(tmp_path):
    (tmp_path / "factcheck.toml").write_text('select = ["count-", "zzz"]\n', encoding="utf-8")
    with pytest.raises(ConfigError, match=r"key 'select': no rule id starts with 'zzz'"):
        Resolver().for_path(str(tmp_path / "x.txt"))
