"""name-spelling reads only the references no full name explains: `_link` gives every full
name the link "full", so the mentions linked "none" are bare surnames."""

from checker.engine import check_text
from checker.mentions.people import extract_people
from checker.document import Document


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
