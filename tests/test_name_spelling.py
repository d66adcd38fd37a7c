"""name-spelling on references with no full name behind them, and on honorific references that
look like plurals or given names (checker/rules/name_spelling.py)."""

from checker.document import Document
from checker.engine import check_document


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
