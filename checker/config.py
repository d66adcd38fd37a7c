"""Configuration: `[tool.factcheck]` in pyproject.toml, or `factcheck.toml` / `.factcheck.toml`.

Discovery: for each checked file, its directory and then each parent in turn is searched for
`.factcheck.toml`, `factcheck.toml`, then a `pyproject.toml` that has a `[tool.factcheck]`
table (one whose text cannot open that table is not parsed, so a broken pyproject.toml that
other tools own does not stop a check); the first found (the closest) is the configuration
for that file, and nothing above it is read unless it says `extend = "path"` (relative to
the file that says it), which loads that file first and lays this one over it.
`--config PATH` uses one file for every input.

Keys (all optional; a `factcheck.toml` has them at top level):

    select   = ["count-mismatch"]        # rule ids or prefixes to run (default: all)
    ignore   = ["unused-suppression"]    # rule ids or prefixes not to run
    exclude  = ["drafts", "*.wire.txt"]  # globs: a pattern without "/" matches any path
                                         # component, one with "/" the path relative to the
                                         # directory of the file that declares it
    names    = [["Gadhafi", "Qaddafi"]]  # accepted spellings of one name, house form first
    extend   = "../factcheck.toml"
    [severity]                           # per-rule severity: error, warning or info
    count-mismatch = "warning"
    [rules.percentage-arithmetic]        # per-rule options, passed to the rule's check()
    tolerance = 1.0

When extending, lists and strings in the nearer file replace the inherited ones; the
`severity` table and each `rules.<id>` table are merged key by key. Every key and type is
checked: a malformed configuration raises `ConfigError`, whose message is one line naming the
file and the key; the CLI prints it and exits 2.
"""

from __future__ import annotations

import os
import re

from checker.record import field, record

CONFIG_FILES = (".factcheck.toml", "factcheck.toml", "pyproject.toml")
SEVERITIES = ("error", "warning", "info")
KEYS = ("extend", "select", "ignore", "exclude", "names", "severity", "rules")


class ConfigError(Exception):
    """A configuration that cannot be used; str() is the one-line message."""


@record
class Config:
    path: str | None = None  # the file this configuration came from; None = defaults
    chain: list[str] = field(default_factory=list)  # files read, the nearest first
    select: list[str] | None = None
    ignore: list[str] = field(default_factory=list)
    exclude: list[tuple[str, str]] = field(default_factory=list)  # (pattern, base directory)
    names: list[list[str]] = field(default_factory=list)
    severity: dict[str, str] = field(default_factory=dict)
    rules: dict[str, dict] = field(default_factory=dict)

    def settings(self):
        from checker.engine import Settings

        return Settings(select=self.select, ignore=list(self.ignore),
                        severity=dict(self.severity),
                        options={k: dict(v) for k, v in self.rules.items()},
                        names=[list(g) for g in self.names])

    def excluded(self, path: str) -> bool:
        """Whether an input path matches one of the `exclude` globs."""
        if not self.exclude:
            return False
        import fnmatch

        full = os.path.abspath(path)
        for pattern, base in self.exclude:
            rel = os.path.relpath(full, base).replace(os.sep, "/")
            if rel.startswith("../"):
                continue
            pattern = pattern.rstrip("/")
            if "/" in pattern:
                if fnmatch.fnmatchcase(rel, pattern.lstrip("./")) or \
                        fnmatch.fnmatchcase(rel, pattern.lstrip("./") + "/*"):
                    return True
            elif any(fnmatch.fnmatchcase(part, pattern) for part in rel.split("/")):
                return True
        return False

    def to_toml(self) -> str:
        """The effective configuration, as a `factcheck.toml` would say it."""
        lines = []
        if self.path:
            lines.append(f"# from {self.chain[0]}")
            lines += [f"# extends {p}" for p in self.chain[1:]]
        else:
            lines.append("# no configuration file found: defaults")
        if self.select is None:
            lines.append("# select is not set: every rule runs")
        else:
            lines.append("select = " + _toml(self.select))
        lines.append("ignore = " + _toml(self.ignore))
        lines.append("exclude = " + _toml([p for p, _ in self.exclude]))
        for base in sorted({b for _, b in self.exclude}):
            lines.append(f"# exclude patterns with a / are relative to {base}")
        lines.append("names = " + _toml(self.names))
        lines.append("")
        lines.append("[severity]")
        lines += [f"{_key(k)} = {_toml(v)}" for k, v in sorted(self.severity.items())]
        for rid, opts in sorted(self.rules.items()):
            lines.append("")
            lines.append(f"[rules.{_key(rid)}]")
            lines += [f"{_key(k)} = {_toml(v)}" for k, v in opts.items()]
        return "\n".join(lines) + "\n"


def _key(k: str) -> str:
    return k if re.fullmatch(r"[A-Za-z0-9_-]+", k) else _toml(k)


def _toml(v) -> str:
    import json

    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, (int, float, str)):
        return json.dumps(v, ensure_ascii=False)
    if isinstance(v, (list, tuple)):
        return "[" + ", ".join(_toml(x) for x in v) + "]"
    if isinstance(v, dict):
        return "{" + ", ".join(f"{_key(k)} = {_toml(x)}" for k, x in v.items()) + "}"
    return json.dumps(str(v))


# -- reading and validating one file -------------------------------------------------------

# The ways a pyproject.toml can open the tool.factcheck table: `[tool.factcheck]` and dotted keys
# `tool.factcheck.select = ...` (quoted or spaced too: `[ "tool" . "factcheck" ]`), a `[tool]`
# table with a `factcheck` key, or an inline `tool = {factcheck = {...}}`.
_TOOL_TABLE = re.compile(
    rb"""tool["']?[ \t]*\.[ \t]*["']?factcheck"""
    rb"""|^[ \t]*(?:\[[ \t]*["']?tool["']?[ \t]*\]|["']?tool["']?[ \t]*=)""",
    re.MULTILINE)


def _read_toml(path: str, pyproject: bool = False) -> dict | None:
    """The parsed file. With `pyproject`, None (unparsed) when its bytes cannot open the
    tool.factcheck table: a project's pyproject.toml usually configures other tools only, and
    parsing it would cost ~10 ms of a one-article run (tomllib and what it imports)."""
    try:
        with open(path, "rb") as fh:
            raw = fh.read()
    except OSError as e:
        raise ConfigError(f"{path}: cannot read configuration ({e.strerror or e})") from None
    if pyproject and not _TOOL_TABLE.search(raw):
        return None
    import tomllib

    try:
        return tomllib.loads(raw.decode("utf-8-sig"))  # a BOM (Windows editors) is no error
    except UnicodeDecodeError as e:
        raise ConfigError(f"{path}: invalid TOML: not UTF-8 ({e.reason} at byte {e.start})") \
            from None
    except tomllib.TOMLDecodeError as e:
        raise ConfigError(f"{path}: invalid TOML: {e}") from None


def _table(path: str) -> tuple[dict | None, str]:
    """The factcheck table of a file (None if a pyproject.toml has none) and the key prefix
    used in messages."""
    if os.path.basename(path) == "pyproject.toml":
        data = _read_toml(path, pyproject=True)
        if data is None:
            return None, "tool.factcheck."
        tool = data.get("tool", {})
        table = tool.get("factcheck") if isinstance(tool, dict) else None
        if table is not None and not isinstance(table, dict):
            raise ConfigError(f"{path}: key 'tool.factcheck': expected a table")
        return table, "tool.factcheck."
    return _read_toml(path), ""


def _fail(path: str, key: str, msg: str):
    raise ConfigError(f"{path}: key '{key}': {msg}")


def _str_list(path, key, v) -> list[str]:
    if not isinstance(v, list) or not all(isinstance(x, str) and x for x in v):
        _fail(path, key, f"expected a list of non-empty strings, got {_toml(v)}")
    return list(v)


def _validate(path: str, table: dict, prefix: str) -> dict:
    """Check every key and type; returns the table's values (unknown rule ids are checked
    later, once, against the registry)."""
    out: dict = {}
    for key, v in table.items():
        k = prefix + key
        if key not in KEYS:
            _fail(path, k, f"unknown key (known: {', '.join(KEYS)})")
        if key == "extend":
            if not isinstance(v, str) or not v:
                _fail(path, k, "expected a path (string)")
            out[key] = v
        elif key in ("select", "ignore", "exclude"):
            out[key] = _str_list(path, k, v)
        elif key == "names":
            if not isinstance(v, list) or not all(
                    isinstance(g, list) and g and all(isinstance(n, str) and n.strip() for n in g)
                    for g in v):
                _fail(path, k, 'expected a list of lists of names, e.g. [["Gadhafi", "Qaddafi"]]')
            out[key] = [list(g) for g in v]
        elif key == "severity":
            if not isinstance(v, dict):
                _fail(path, k, "expected a table of rule-id = severity")
            for rid, sev in v.items():
                if sev not in SEVERITIES:
                    _fail(path, f"{k}.{rid}", f"expected one of {', '.join(SEVERITIES)}, "
                                              f"got {_toml(sev)}")
            out[key] = dict(v)
        elif key == "rules":
            if not isinstance(v, dict):
                _fail(path, k, "expected a table of [rules.<rule-id>] tables")
            for rid, opts in v.items():
                if not isinstance(opts, dict):
                    _fail(path, f"{k}.{rid}", "expected a table of options")
            out[key] = {rid: dict(opts) for rid, opts in v.items()}
    return out


def _check_rule_ids(path: str, prefix: str, values: dict) -> None:
    if not any(values.get(k) for k in ("select", "ignore", "severity", "rules")):
        return
    from checker import suppress
    from checker.rules import registry

    known = set(registry()) | {suppress.ID}
    for key in ("select", "ignore"):
        for sel in values.get(key) or ():
            if not any(rid.startswith(sel) for rid in known):
                _fail(path, prefix + key, f"no rule id starts with {sel!r}; "
                                          "`factcheck rules` lists them")
    for key in ("severity", "rules"):
        for rid in values.get(key) or {}:
            if rid not in known:
                _fail(path, f"{prefix}{key}.{rid}", "unknown rule id; `factcheck rules` lists them")


def load(path: str, _seen: tuple[str, ...] = ()) -> Config:
    """The configuration in one file, following `extend`."""
    path = os.path.abspath(path)
    if path in _seen:
        raise ConfigError(f"{path}: key 'extend': circular (via {' -> '.join(_seen)})")
    if not os.path.isfile(path):
        where = f"{_seen[-1]}: key 'extend': " if _seen else ""
        raise ConfigError(f"{where}{path}: configuration file not found")
    table, prefix = _table(path)
    if table is None:
        raise ConfigError(f"{path}: key 'tool.factcheck': no [tool.factcheck] table")
    values = _validate(path, table, prefix)
    _check_rule_ids(path, prefix, values)
    base = os.path.dirname(path)
    if "extend" in values:
        cfg = load(os.path.join(base, os.path.expanduser(values["extend"])), _seen + (path,))
    else:
        cfg = Config()
    cfg.path = path
    cfg.chain = [path, *cfg.chain]
    if "select" in values:
        cfg.select = values["select"]
    for key in ("ignore", "names"):
        if key in values:
            setattr(cfg, key, values[key])
    if "exclude" in values:
        cfg.exclude = [(p, base) for p in values["exclude"]]
    cfg.severity = {**cfg.severity, **values.get("severity", {})}
    for rid, opts in values.get("rules", {}).items():
        cfg.rules[rid] = {**cfg.rules.get(rid, {}), **opts}
    return cfg


def _mentions_factcheck(path: str) -> bool:
    """A cheap pre-check that spares parsing most pyproject.toml files on the way up."""
    try:
        with open(path, "rb") as fh:
            return b"factcheck" in fh.read()
    except OSError:
        return True  # let the real read report it


class Resolver:
    """Finds the configuration for each checked file; caches by directory."""

    def __init__(self, override: str | None = None):
        self.override = load(override) if override else None
        self._by_dir: dict[str, Config] = {}

    def for_path(self, path: str) -> Config:
        if self.override is not None:
            return self.override
        start = os.path.dirname(os.path.abspath(path)) if path not in ("-", "") else os.getcwd()
        return self.for_directory(start)

    def for_directory(self, directory: str) -> Config:
        directory = os.path.abspath(directory)
        visited = []
        d = directory
        found: Config | None = None
        while True:
            if d in self._by_dir:
                found = self._by_dir[d]
                break
            visited.append(d)
            found = self._here(d)
            if found is not None:
                break
            parent = os.path.dirname(d)
            if parent == d:
                found = Config()
                break
            d = parent
        for v in visited:
            self._by_dir[v] = found
        return found

    @staticmethod
    def _here(d: str) -> Config | None:
        for name in CONFIG_FILES:
            p = os.path.join(d, name)
            if not os.path.isfile(p):
                continue
            if name == "pyproject.toml" and not _mentions_factcheck(p):
                continue
            if name == "pyproject.toml" and _table(p)[0] is None:
                continue
            return load(p)
        return None
