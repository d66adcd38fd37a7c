"""Mentions: the typed facts a document states, extracted once and read by every rule.

`Mentions(doc)` extracts each kind the first time a rule asks for it, so a run that selects
only some rules pays only for the extractors those rules read.
"""

from __future__ import annotations

import importlib

from checker.mentions.lazy import Lazy
from checker.record import cached_property

# Each extractor's module, imported on its first use (a run pays at start-up only for the
# extractors its rules read) and then held: an import statement in each property below ran
# for every document, ~8k instructions each (the import system asks the module for
# `__path__` and drops the AttributeError), ~0.045 M per article.
_quantities = Lazy(importlib.import_module, "checker.mentions.quantities")
_quotes = Lazy(importlib.import_module, "checker.mentions.quotes")
_dates = Lazy(importlib.import_module, "checker.mentions.dates")
_people = Lazy(importlib.import_module, "checker.mentions.people")
_figures = Lazy(importlib.import_module, "checker.mentions.figures")
_relations = Lazy(importlib.import_module, "checker.mentions.relations")


class Mentions:
    def __init__(self, doc) -> None:
        self.doc = doc

    @cached_property
    def quantities(self):
        """Counts, money, percentages, percentage points and ages (see quantities.py)."""
        return _quantities.extract_quantities(self.doc)

    @cached_property
    def quotes(self):
        """Quotations with their speakers, split quotations joined (see quotes.py)."""
        return _quotes.extract_quotes(self.doc)

    @cached_property
    def dates(self):
        """Dates and weekdays, with stated parts, flags, events and inferred years (dates.py)."""
        return _dates.extract_dates(self.doc)

    @cached_property
    def people(self):
        """Person names, their roles and linked ages (see people.py)."""
        return _people.extract_people(self.doc, self.quantities)

    @cached_property
    def figures(self):
        """What each money or percentage figure is attached to (see figures.py)."""
        return _figures.extract_figures(self.doc, self.quantities)

    @cached_property
    def relations(self):
        """Stated changes, shares, breakdowns and vote splits (see relations.py)."""
        return _relations.extract_relations(self.doc, self.quantities)

    def of_kind(self, kind: str):
        return [q for q in self.quantities if q.kind == kind]
