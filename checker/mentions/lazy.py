"""A pattern compiled the first time it is used.

Compiling every module-level pattern at import costs more than checking an article, and
many patterns serve only a few articles (non-ASCII text, captions, boilerplate, ages of the
dead). `Lazy(regex.compile, pattern, flags)` stands in for the compiled pattern: the first
attribute read (`.match`, `.search`, ...) compiles it, later reads forward to the compiled
pattern. Use it only for patterns most articles never reach: each use costs one extra
attribute lookup.
"""

from __future__ import annotations


class Lazy:
    __slots__ = ("_compile", "_args", "_pattern")

    def __init__(self, compile, *args) -> None:
        self._compile = compile
        self._args = args
        self._pattern = None

    def __getattr__(self, name):
        pattern = self._pattern
        if pattern is None:
            pattern = self._pattern = self._compile(*self._args)
        return getattr(pattern, name)

    def __repr__(self) -> str:
        return f"Lazy({self._args[0]!r})"
