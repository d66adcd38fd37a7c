"""The article model: segments, sentences, duplicate captions, offsets to line:column."""

import pytest

from checker.document import Document


def kinds(text):
    doc = Document(text)
    return [(b.kind, text[b.start:b.end]) for b in doc.blocks]


def test_seed_segments(seed_path):
    text = open(seed_path, encoding="utf-8", newline="").read()
    got = kinds(text)
    assert got[0] == ("boilerplate", "Accessibility links")
    assert ("headline", "US Blames Iran-Backed Militias for Baghdad Rocket Attack") in got
    assert [k for k, t in got if t.startswith("FILE - In this Jan. 3, 2020")] == ["caption"] * 2
    assert [k for k, t in got if "Voice of America provides" in t] == ["boilerplate"]
    assert [k for k, t in got if t in ("XS", "SM", "MD", "LG", "VOA News")] == ["boilerplate"] * 5
    doc = Document(text)
    dups = [s for s in doc.sentences if s.duplicate_of is not None]
    assert len(dups) == 2  # the repeated caption's two sentences


@pytest.mark.parametrize("lede, dateline", [
    ("BAGHDAD (AP) — Rockets hit the zone.", "BAGHDAD (AP) — "),
    ("PORT KESSAR, Valdria (Wire) — A fire broke out.", "PORT KESSAR, Valdria (Wire) — "),
    ("LONDON - Shares fell.", "LONDON - "),
    ("COVID-19 closed schools.", None),
    ("NATO-led troops arrived.", None),
])
def test_dateline(lede, dateline):
    got = kinds("A headline for the story\n\n" + lede + "\n")
    datelines = [t for k, t in got if k == "dateline"]
    assert datelines == ([dateline] if dateline else [])


def test_caption_forms():
    text = ("Headline about the ferry\n\n"
            "Smoke rises from the ferry on Tuesday. (Photo: Wire/Jane Roe)\n\n"
            "KESSAR (Wire) — The ferry burned.\n")
    assert [k for k, _ in kinds(text)] == ["headline", "caption", "dateline", "body"]


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"])
def test_line_col(newline):
    text = newline.join(["Headline here", "", "Second para", "third line"])
    doc = Document(text)
    off = text.index("third")
    assert doc.line_col(off) == (4, 1)
    assert doc.line_col(text.index("para")) == (3, 8)
    assert doc.line_text(3) == "Second para"


def test_sentences_keep_abbreviations_together():
    text = "Headline of a story\n\nGen. Lt. Col. J. Smith met Sen. Ames on Dec. 20 in the U.S. capital. They talked.\n"
    doc = Document(text)
    body = [text[s.start:s.end] for s in doc.sentences if s.kind == "body"]
    assert body == ["Gen. Lt. Col. J. Smith met Sen. Ames on Dec. 20 in the U.S. capital.",
                    "They talked."]


@pytest.mark.parametrize("line,kind", [
    ("Sign up for our daily newsletter to get the morning's headlines.", "boilerplate"),
    ("Click here to subscribe to The Marland Courier.", "boilerplate"),
    ("This site uses cookies. You can change your browser settings at any time.", "boilerplate"),
    # news that mentions a newsletter or uses "subscribe to" stays body, short or long
    ("Mr Kerrow published the allegations in his investment newsletter, the court heard.", "body"),
    ('"I don\'t subscribe to the view that the tram will empty the town centre," she said. '
     "Councillors will vote on the plan next month after a consultation that drew more than "
     "4,000 replies from residents, traders and the bus operators whose routes it would cut.",
     "body"),
])
def test_promotions_are_boilerplate_news_about_them_is_not(line, kind):
    text = f"Council backs tram plan\n\nThe council backed the tram plan on Monday.\n\n{line}\n"
    doc = Document(text)
    assert [b.kind for b in doc.blocks][-1] == kind
