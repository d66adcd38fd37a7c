"""`plain.lower` (Document.lowered) is `str.lower`: Latin-1 text is lowercased through a byte
table, every other text by `str.lower` itself."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from checker.document import Document
from checker.mentions.plain import lower


def test_every_latin1_character():
    for i in range(256):
        c = chr(i)
        assert lower(c + "é") == (c + "é").lower()
        assert lower("AB" + c) == ("AB" + c).lower()


_PIECES = ["A", "z", "MAYOR", "£5", "É", "é", "ß", "ÿ", "µ", "À", "Þ", "×", "\xa0", "İ", "Σ",
           "ΑΣ ", "’", "—", "K", "ſ", "ǅ", "\U0001d400", "\n", " "]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=20).map("".join))
def test_as_str_lower(text):
    assert lower(text) == text.lower()


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=40))
def test_any_text(text):
    assert lower(text) == text.lower()
    assert Document(text).lowered == text.lower()
