"""Helpers that several tests/test_fast_*.py files share (one copy here, imported by each)."""

from __future__ import annotations

from hypothesis import strategies as st


# Texts joined from up to 24 of `pieces`: built from a pattern's own pieces, they match often.
def _text(pieces):
    return st.lists(st.sampled_from(pieces), max_size=24).map("".join)
