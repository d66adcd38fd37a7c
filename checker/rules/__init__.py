"""The rule registry.

Every module in this package is one rule. A rule module defines:

- `ID`: its stable kebab-case id; the module is named after it (`count-mismatch` lives in
  `count_mismatch.py`);
- `SEVERITY`: its default severity ("error", "warning" or "info");
- `SUMMARY`: one line for `factcheck rules`;
- `check(doc, mentions, options) -> Iterable[Finding]`, reading extracted mentions only;
- a module docstring with the sections: What it catches / Why it matters / Example /
  What it leaves alone.

Rules are found by listing this package, so adding a rule is adding a module.
"""

from __future__ import annotations

import importlib
import os
from functools import cache
from types import ModuleType

from checker.record import record


@record(frozen=True)
class Rule:
    id: str
    severity: str
    summary: str
    module: ModuleType

    @property
    def doc(self) -> str:
        return (self.module.__doc__ or "").strip()

    def check(self, doc, mentions, options: dict | None = None):
        return self.module.check(doc, mentions, options or {})


@cache
def registry() -> dict[str, Rule]:
    rules: dict[str, Rule] = {}
    for name in _module_names():
        mod = importlib.import_module(f"{__name__}.{name}")
        rid = mod.ID
        if rid.replace("-", "_") != name:
            raise RuntimeError(f"rule module {name} must be named after its id {rid}")
        rules[rid] = Rule(rid, mod.SEVERITY, mod.SUMMARY, mod)
    return rules


def _module_names() -> list[str]:
    """The rule modules' names, sorted: the package's `.py` files not starting with "_".
    (A directory listing: `pkgutil.iter_modules` says the same but imports `typing`, ~4 ms of
    a one-article run.)"""
    return sorted({f[:-3] for d in __path__ for f in os.listdir(d)
                   if f.endswith(".py") and not f.startswith("_")})
