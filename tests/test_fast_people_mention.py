"""people's `_mention` skips its leading-word and title loops for a lone word and for a pair
whose first word has no hyphen and is neither a stop word nor a title: it must read every run
as the general path (both loops run) reads it."""

from __future__ import annotations

import pytest

import checker.mentions.people as people
from checker.document import Document
from checker.mentions import Mentions

TEXTS = [
    "Tony Blair said the plan would work. Blair added that talks would go on.",
    "Interior Minister Lena Varga told reporters the border would stay open. Varga, 52, "
    "said nothing more.",
    "Ex-minister Jo Bloggs and Long-serving Ian Hart spoke first. Hart said little.",
    "Mr Pellard will now work for Sandy Pellard Holdings. Sandy Pellard will now work there.",
    "Sen. Jo Hart met Secretary of State Mike Pompeo on Monday. Pompeo said the meeting went well.",
    "The chief executive Owen Maddox resigned. Lena Varga, the finance minister, said so.",
    "But Varga said the bill would pass. Then Maddox replied: no.",
    "His son, Daniel Hollis, was there. Hollis said he was proud. Mrs Hollis agreed.",
    "Sixteen-year-old Bethan Carrow won. Carrow was delighted, said coach Rhys Evans.",
    "Former President Anna Lind, 71, who later became an envoy, spoke. Lind said yes.",
    "Downing Street said the Prime Minister would meet Angela Merkel in Berlin.",
    "O'Neill and McAllister met Juan de la Cruz. De la Cruz said they agreed.",
    "Kortmann said it. Led by Anneliese Kortmann, the team won. Ezra Lavers met Mr Lavres.",
]


class _Everything:
    """Contains every word: `_mention` then always runs its two loops (the general path)."""

    def __contains__(self, word) -> bool:
        return True


def _people(text: str) -> str:
    return repr(Mentions(Document(text)).people)


@pytest.mark.parametrize("text", TEXTS)
def test_fast_path_reads_runs_as_the_general_path(text, monkeypatch):
    fast = _people(text)
    monkeypatch.setattr(people, "_STOP_OR_TITLE", _Everything())
    assert _people(text) == fast


def test_pair_opening_with_a_title_or_stop_word_still_reads_it():
    ms = Mentions(Document("Minister Varga said no. The Hollis family said yes.")).people.mentions
    varga = [m for m in ms if m.surname == "Varga"]
    assert varga and varga[0].roles and varga[0].roles[0].text == "minister"


def test_bounds_at_the_sentence_edges():
    # The window bounds (conditional expressions, not max/min) stop at the sentence: "said"
    # ending the sentence before a name, or opening the one after it, is not its verb.
    ms = Mentions(Document("Analysts said. Lena Varga met them.")).people.mentions
    assert [(m.surname, "says" in m.signals) for m in ms] == [("Varga", False)]
    ms = Mentions(Document("They met Lena Varga. Said one: no.")).people.mentions
    assert [(m.surname, "says" in m.signals) for m in ms] == [("Varga", False)]
    ms = Mentions(Document("They met Lena Varga, aged 52, on Monday.")).people.mentions
    assert [(m.surname, "age" in m.signals) for m in ms] == [("Varga", True)]
