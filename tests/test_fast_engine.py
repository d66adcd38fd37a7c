"""Fast paths of the check engine (checker/engine.py).

Every test here compares a fast path with the general path it replaces: `check_document`
without settings reuses one plan of the default settings; it finds what explicit default
settings find, and other settings still apply.
"""

from __future__ import annotations

from pathlib import Path

from checker.document import Document
from checker.engine import Settings, check_document


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


def test_mentions_read_each_extractor_module():
    # Mentions holds the extractor modules (imported on first use) instead of importing
    # their functions in each property: every kind is the extractor's own answer.
    from checker.mentions import Mentions, dates, figures, people, quantities, quotes, relations

    path = Path(__file__).resolve().parents[1] / "examples" / "ferry-fire.txt"
    doc = Document(path.read_text(encoding="utf-8"))
    m = Mentions(doc)
    qs = quantities.extract_quantities(doc)
    assert repr(m.quantities) == repr(qs)
    assert repr(m.quotes) == repr(quotes.extract_quotes(doc))
    assert repr(m.dates) == repr(dates.extract_dates(doc))
    assert repr(m.people) == repr(people.extract_people(doc, qs))
    assert repr(m.figures) == repr(figures.extract_figures(doc, qs))
    assert repr(m.relations) == repr(relations.extract_relations(doc, qs))
