"""The Document's speed paths give exactly what the plain code they stand in for gives.

- `segments._nonblank_lines` splits LF text with `str.split` and other text with the line
  pattern: both give the lines the pattern gives, whatever the line endings and spaces.
- `classify_blocks` tries per line only the screen keys found in the whole lowercased text:
  the blocks are those found when every key is tried on every line.
- A Sentence (a frozen record with slots) sets its fields through the slots' descriptors:
  it equals, hashes and prints as one whose fields were set through object.__setattr__,
  and stays frozen.
- `engine.check_document` without settings reuses one plan of the default settings: it finds
  what explicit default settings find, and other settings still apply.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from checker import segments
from checker.document import Block, Document, Sentence
from checker.engine import Settings, check_document
from checker.record import FrozenInstanceError

SETTINGS = settings(max_examples=300, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow])

_PIECES = ["\n", "\r\n", "\r", " ", "\t", "\x1c", "\u2028", "\x85", "\u00a0", "a", "Mayor",
           "said.", "Σ", "ΣΑΣ", "İ", "K", "ſ", "FILE", "Photo", "copyright", "Copyright 2024",
           "Related:", "Sign up for our newsletter", "click here", "(Reuters Photo)",
           "The ferry sank on Monday.", "LONDON — ", "Home", "16x9 Image", "•", "|"]
TEXTS = st.lists(st.sampled_from(_PIECES), max_size=30).map("".join)


def _lines_by_pattern(text):
    lines, texts = [], []
    for m in re.finditer(r"[^\r\n]+", text):
        seg = m.group()
        stripped = seg.strip()
        if stripped:
            start = m.start() + len(seg) - len(seg.lstrip())
            lines.append((start, start + len(stripped)))
            texts.append(stripped)
    return lines, texts


@SETTINGS
@given(TEXTS)
def test_nonblank_lines_as_the_pattern(text):
    assert segments._nonblank_lines(text) == _lines_by_pattern(text)
    lf = text.replace("\r", "")
    assert segments._nonblank_lines(lf) == _lines_by_pattern(lf)


@SETTINGS
@given(TEXTS)
def test_key_screens_as_with_every_key(text):
    fast = segments.classify_blocks(text)
    keys_in = segments._keys_in
    try:
        segments._keys_in = lambda low_text, keys: keys
        assert segments.classify_blocks(text) == fast
    finally:
        segments._keys_in = keys_in


def _set_one_by_one(cls, **fields):
    obj = object.__new__(cls)
    for name, value in fields.items():
        object.__setattr__(obj, name, value)
    return obj


def test_sentences_built_through_slot_setters_equal_plain_ones():
    block = Block(0, 40, "body", 0)
    assert block == _set_one_by_one(Block, start=0, end=40, kind="body", index=0)
    for dup in (None, 2):
        fast = Sentence(3, 17, block, 5, dup)
        plain = _set_one_by_one(Sentence, start=3, end=17, block=block, index=5, duplicate_of=dup)
        assert fast == plain and hash(fast) == hash(plain) and repr(fast) == repr(plain)
        assert fast.kind == "body"
        with pytest.raises(FrozenInstanceError):
            fast.start = 4


def test_default_plan_checks_as_explicit_default_settings():
    # check_document(doc) reuses one plan of the default settings for every document.
    path = Path(__file__).resolve().parents[1] / "examples" / "ferry-fire.txt"
    doc = Document(path.read_text(encoding="utf-8"))
    default = check_document(doc)
    assert default, "the example gives a finding"
    assert [(f.rule, f.severity, f.message) for f in default] == \
        [(f.rule, f.severity, f.message) for f in check_document(doc, Settings())]
    rules = sorted({f.rule for f in default})
    assert check_document(doc, Settings(ignore=rules)) == []
    warned = check_document(doc, Settings(severity={r: "warning" for r in rules}))
    assert [f.severity for f in warned] == ["warning"] * len(default)
    assert [(f.rule, f.severity) for f in check_document(doc)] == \
        [(f.rule, f.severity) for f in default]
