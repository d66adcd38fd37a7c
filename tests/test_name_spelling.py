"""The name-spelling rule (checker/rules/name_spelling.py): references with no full name
behind them, honorific references that look like plurals or given names, and the people
extractor's links the rule reads (`_link` gives every full name the link "full", so the
mentions linked "none", the only ones name-spelling reads, are bare surnames)."""

from checker.document import Document
from checker.engine import check_document, check_text
from checker.mentions.people import extract_people


def spelling(text):
    doc = Document(text)
    return [(f.severity, [doc.text[s.start:s.end] for s in f.spans])
            for f in check_document(doc) if f.rule == "name-spelling"]


def test_one_honorific_variant_against_three():
    got = spelling("LEEDS (Wire) — Mr Hopworth spoke first. Mr Hopworth said the site floods. "
                   "Mr Hopwroth said the plans were wrong. Mr Hopworth said he was relieved.")
    assert got == [("warning", ["Hopwroth", "Hopworth"])]


def test_variant_needs_three_uses_of_the_other_spelling():
    assert spelling("LEEDS (Wire) — Mr Hopworth spoke first. Mr Hopwroth said the plans were "
                    "wrong. Mr Hopworth said he was relieved.") == []


def test_variant_honorifics_must_agree_on_gender():
    # "Mrs Hopwort" may be Mr Hopworth's neighbour; with no full names it cannot be told.
    assert spelling("LEEDS (Wire) — Mr Hopworth spoke first. Mr Hopworth said the site floods. "
                    "Mrs Hopwort said the plans were wrong. Mr Hopworth said he was "
                    "relieved.") == []


def test_honorific_reference_one_s_short_is_not_a_plural():
    got = spelling("NEW YORK (Wire) — Michael Weiss, president of the network, spoke on Monday. "
                   "Mr Weis said old media always fights new media.")
    assert got == [("error", ["Weis", "Michael Weiss"])]


def test_honorific_given_name_one_slip_from_a_surname():
    got = spelling("LONDON (Wire) — Home Secretary Charles Clarke spoke on Monday. "
                   "Mr Clare dismissed the criticism.")
    assert got == [("error", ["Clare", "Charles Clarke"])]
    # Without the honorific, "Clare" is a given name.
    assert spelling("LONDON (Wire) — Home Secretary Charles Clarke spoke on Monday. "
                    "Clare said she disagreed.") == []


def test_near_two_written_surnames_is_left_alone():
    # "Wlliams" is one slip from "Walliams" (a person) and from "Williams" (written in full,
    # not read as a person): which was meant cannot be told.
    assert spelling("LONDON (Wire) — Comedian David Walliams, 33, hosted the show. Robbie "
                    "Williams' Angels won the award. Mr Wlliams was not there.") == []


def test_every_unexplained_mention_is_a_bare_surname():
    text = ("Ruth Halvorsen, the board's director, met Tomasz Wierzbicki on Monday.\n\n"
            "Halvorson said the report was late. Mr Pellard, 52, said he agreed. "
            "Wierzbiki told reporters Sandy Pellard would stay.\n")
    people = extract_people(Document(text))
    assert any(m.link == "none" for m in people.mentions)
    assert all(m.given and m.link == "full" for m in people.mentions if m.given)
    assert all(not m.given for m in people.mentions if m.link == "none")


def test_misspelt_reference_is_still_reported():
    text = ("The board's director, Ruth Halvorsen, said the inquiry would take a year.\n\n"
            "Halvorson said investigators had also found missing records.\n")
    _, findings = check_text(text)
    assert [f.rule for f in findings if f.rule == "name-spelling"] == ["name-spelling"]
