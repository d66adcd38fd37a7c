"""Deterministic work counts for linearity tests (no timing): Python lines executed."""

from __future__ import annotations

import sys


def lines_executed(fn, under: str) -> int:
    """Run `fn()` and count the Python lines it executes in files whose path starts with
    `under` (a package directory ending in os.sep)."""
    count = 0

    def tracer(frame, event, arg):
        nonlocal count
        if not frame.f_code.co_filename.startswith(under):
            return None
        if event == "line":
            count += 1
        return tracer

    sys.settrace(tracer)
    try:
        fn()
    finally:
        sys.settrace(None)
    return count
