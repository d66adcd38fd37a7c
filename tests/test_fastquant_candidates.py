"""The byte-class scan of a plain text (`_plain_candidates`) finds the same candidates as the
general whole-text scans (`_DIGITS` and `_doc_word_starts`), offset for offset."""

import pathlib

import pytest

from checker.document import Document
from checker.mentions import quantities as Q

FIXTURES = sorted(pathlib.Path(__file__).parent.glob("fixtures/*/*.txt"))


def _general(low: str) -> list[tuple[int, bool]]:
    found = [(m.start(), False) for m in Q._DIGITS.finditer(low)]
    return sorted(found + Q._doc_word_starts(low))


@pytest.mark.parametrize("low", [
    "", "one", "one two", "someone money ones sevens seventeen", "x1 22 3one one3 _two two_",
    "\u2019one\u2019 \u00a3five \u2014six\u2014 \u201cseven\u201d \U0001f600eight? nine",
    "(ten) [eleven] twelve. thirteen,fourteen;fifteen:sixteen/seventeen-eighteen\nnineteen",
    "a dozen, two hundred and twenty-one; 1,200.5 and 3bn, 60m", "zero\tninety\rthirty",
    "hundred", "dozens hundreds 12345", "tentwo 3one twelve fourteenth eighteen",
])
def test_plain_scan_matches_the_general_scan(low):
    assert Document(low or " ").plain
    assert Q._plain_candidates(low, Q._byte_classes(low)) == _general(low)


@pytest.mark.parametrize("path", FIXTURES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_plain_scan_matches_the_general_scan_on_fixtures(path):
    doc = Document(path.read_text(encoding="utf-8"))
    if doc.folded is not None and doc.plain:
        assert Q._plain_candidates(doc.folded, Q._byte_classes(doc.folded)) == _general(doc.folded)
