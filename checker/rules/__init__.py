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
import pkgutil
from dataclasses import dataclass
from functools import cache
from types import ModuleType


@dataclass(frozen=True)
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
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda i: i.name):
        if info.name.startswith("_"):
            continue
        mod = importlib.import_module(f"{__name__}.{info.name}")
        rid = mod.ID
        if rid.replace("-", "_") != info.name:
            raise RuntimeError(f"rule module {info.name} must be named after its id {rid}")
        rules[rid] = Rule(rid, mod.SEVERITY, mod.SUMMARY, mod)
    return rules
