"""The quotation extractor: marks, split quotations, scare quotes and speakers."""

from checker.document import Document
from checker.mentions import Mentions


def quotes(text):
    doc = Document(text)
    return doc, Mentions(doc).quotes


def quoted(doc, q):
    return " / ".join(doc.text[s:e] for s, e in q.parts)


def test_split_quotation_is_one_quote_with_two_parts():
    doc, qs = quotes(
        "Headline here\n\n"
        "CITY (Wire) — “We will rebuild,” Mayor Ana Ruiz said, “every home on this street.”\n"
    )
    assert len(qs) == 1
    assert quoted(doc, qs[0]) == "We will rebuild / every home on this street"
    assert qs[0].speaker == "ruiz" and qs[0].how == "said"
    assert qs[0].words[-2:] == ("this", "street")


def test_scare_quotes_and_titles_are_not_quotations():
    doc, qs = quotes(
        "Headline here\n\n"
        "CITY (Wire) — Police blamed an “outlawed group” for the attack on the "
        "\"Harbour View Film Festival\", Chief Inspector Dan Lowe said.\n"
    )
    assert qs == []


def test_unbalanced_quote_stops_at_the_paragraph_end():
    doc, qs = quotes(
        "Headline here\n\n"
        "CITY (Wire) — Lowe said: \"We are looking for two men in a grey van.\n\n"
        "Officers searched the harbour on Monday, \"and found nothing at all there,\" "
        "Sergeant Ola Berg said.\n"
    )
    assert [quoted(doc, q) for q in qs] == [
        "We are looking for two men in a grey van",
        "and found nothing at all there",
    ]
    assert [q.speaker for q in qs] == ["lowe", "berg"]


def test_single_quotes_inside_stay_inside():
    doc, qs = quotes(
        "Headline here\n\n"
        "CITY (Wire) — \"They told us 'stay inside' and we did what we were told,\" "
        "said resident Maria Okafor.\n"
    )
    assert quoted(doc, qs[0]) == "They told us 'stay inside' and we did what we were told"
    assert qs[0].speaker == "okafor"


def test_pronoun_resolves_to_nearest_named_person_in_paragraph():
    doc, qs = quotes(
        "Headline here\n\n"
        "CITY (Wire) — Coach Javier Olmo praised the opponents. \"We beat a very good team "
        "tonight,\" he said.\n\n"
        "\"Nobody expected this result at all,\" she said.\n"
    )
    assert qs[0].speaker == "olmo" and qs[0].how == "carry"
    assert qs[1].speaker == ""  # no named person in that paragraph


def test_dash_attribution_marks_a_pull_quote():
    doc, qs = quotes(
        "Headline here\n\n"
        "\"Safety is not negotiable, not now and not ever.\" – Nordair chief executive Anika Roos\n\n"
        "CITY (Wire) — Nordair grounded 14 jets on Thursday.\n"
    )
    assert qs[0].pull and qs[0].speaker == "roos" and qs[0].speaker_name == "Anika Roos"


def test_repeated_caption_is_read_once():
    caption = ("Rescuers at work on Monday. \"We will search every house in this town,\" "
               "Fire Chief Lena Holm said. (Photo: Wire/Jo Park)")
    doc, qs = quotes(f"Headline here\n\n{caption}\n{caption}\n\nCITY (Wire) — Text.\n")
    assert len(qs) == 1


def test_a_quotation_that_ends_its_sentence_is_not_attributed_by_the_next_one():
    doc, qs = quotes(
        "Headline here\n\n"
        "CITY (Wire) — Speaking in Leeds, Ms Vance said: \"We will not raise the basic rate "
        "of tax.\" He added that the economy was strong.\n"
    )
    assert qs[0].speaker == "vance" and qs[0].how == "said"


def test_possessive_name_before_a_recalled_quotation_is_its_speaker():
    doc, qs = quotes(
        "Fire crews praised\n\n\"Everyone got out alive, and that is all that matters,\" "
        "fire chief Rosa Adler said.\n\nAdler's words at the scene — \"Everyone got out alive, "
        "and that is what matters\" — were repeated by the mayor.\n"
    )
    assert [q.speaker for q in qs] == ["adler", "adler"]
