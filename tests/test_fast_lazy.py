"""Fast path of checker/mentions/lazy.py: a `Lazy` pattern, compiled the first time it is used
in place of at import, answers as the compiled pattern it replaces. Every test here compares
the fast path with that general path."""

from __future__ import annotations

import re

import pytest


def test_lazy_pattern_compiles_once_on_first_use_and_answers_like_the_pattern():
    from checker.mentions.lazy import Lazy

    calls = []

    def compile_counting(*args):
        calls.append(args)
        return re.compile(*args)

    lazy = Lazy(compile_counting, r"\b(\d+) rockets\b", re.IGNORECASE)
    assert calls == []  # nothing compiled at definition
    text = "At least three ROCKETS, then 8 Rockets and 12 rockets"
    plain = re.compile(r"\b(\d+) rockets\b", re.IGNORECASE)
    assert lazy.search(text).span() == plain.search(text).span()
    assert lazy.findall(text) == plain.findall(text) == ["8", "12"]
    assert [m.span() for m in lazy.finditer(text, 0, 40)] == \
        [m.span() for m in plain.finditer(text, 0, 40)]
    assert len(calls) == 1  # compiled once, on the first read
    assert lazy.pattern == plain.pattern and lazy.flags == plain.flags
    with pytest.raises(AttributeError):
        lazy.__deepcopy__  # noqa: B018 - probes for dunders are not forwarded
