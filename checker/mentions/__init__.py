"""Mentions: the typed facts a document states, extracted once and read by every rule.

`Mentions(doc)` extracts each kind the first time a rule asks for it, so a run that selects
only some rules pays only for the extractors those rules read.
"""

from __future__ import annotations

from checker.record import cached_property


class Mentions:
    def __init__(self, doc) -> None:
        self.doc = doc

    @cached_property
    def quantities(self):
        """Counts, money, percentages, percentage points and ages (see quantities.py)."""
        from checker.mentions.quantities import extract_quantities

        return extract_quantities(self.doc)

    @cached_property
    def quotes(self):
        """Quotations with their speakers, split quotations joined (see quotes.py)."""
        from checker.mentions.quotes import extract_quotes

        return extract_quotes(self.doc)

    @cached_property
    def dates(self):
        """Dates and weekdays, with stated parts, flags, events and inferred years (dates.py)."""
        from checker.mentions.dates import extract_dates

        return extract_dates(self.doc)

    @cached_property
    def people(self):
        """Person names, their roles and linked ages (see people.py)."""
        from checker.mentions.people import extract_people

        return extract_people(self.doc, self.quantities)

    @cached_property
    def figures(self):
        """What each money or percentage figure is attached to (see figures.py)."""
        from checker.mentions.figures import extract_figures

        return extract_figures(self.doc, self.quantities)

    @cached_property
    def relations(self):
        """Stated changes, shares, breakdowns and vote splits (see relations.py)."""
        from checker.mentions.relations import extract_relations

        return extract_relations(self.doc, self.quantities)

    def of_kind(self, kind: str):
        return [q for q in self.quantities if q.kind == kind]
