"""A pattern compiled the first time it is used.

Compiling every module-level pattern at import costs more than checking an article, and
many patterns serve only some articles (non-ASCII text, captions, boilerplate, ages, ranges).
`Lazy(regex.compile, pattern, flags)` stands in for the compiled pattern: the first read of an
attribute (`.match`, `.search`, ...) compiles it, and each attribute read is then kept on the
stand-in, so later reads are a plain instance lookup, as fast as on the pattern itself.
"""

from __future__ import annotations


class Lazy:
    def __init__(self, compile, *args) -> None:
        self._compile = compile
        self._args = args
        self._pattern = None

    def __getattr__(self, name):
        if name.startswith("__"):  # copy/pickle probes: not a pattern method
            raise AttributeError(name)
        pattern = self._pattern
        if pattern is None:
            pattern = self._pattern = self._compile(*self._args)
        value = getattr(pattern, name)
        self.__dict__[name] = value  # bound methods of an immutable pattern: safe to keep
        return value

    def __repr__(self) -> str:
        return f"Lazy({self._args[0]!r})"
