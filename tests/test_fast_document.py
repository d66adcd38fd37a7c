"""Fast paths of the Document (checker/document.py).

Every test here compares a fast path with the general path it replaces:

- A Block or Sentence (a frozen record with slots) sets its fields through the slots'
  descriptors: it equals, hashes and prints as one whose fields were set through
  object.__setattr__, and stays frozen.
- `Document.folded`, the lower-cased text that the extractors search case-sensitively in
  place of a case-insensitive search of the text, keeps every offset, and is None where that
  search would differ ("İ" lowercases to two characters, "ı" matches "i" caselessly): the
  extractors then keep their general path.
"""

from __future__ import annotations

import pytest

from checker.document import Block, Document, Sentence
from checker.record import FrozenInstanceError


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


def test_documents_with_unsafe_letters_have_no_folded_text():
    # The fast paths rely on this: "İ" lowercases to two characters, "ı" matches "i" caselessly.
    assert Document("Born in İzmir.").folded is None
    assert Document("He was appointed by Kılıç.").folded is None
    assert Document("He was appointed on Monday.").folded is not None


def test_folded_keeps_offsets():
    assert Document("Über 12 TWO").folded == "über 12 two"
