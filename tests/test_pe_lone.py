"""The plain-text reading of lone words (`_lone_keys`) gives the general path's keys and ends."""

from checker.document import Document
from checker.mentions.people import _RUN_ASCII, _lone_keys, extract_people


def test_plain_lone_keys_are_the_general_keys():
    words = ["Hollis", "Lopez's", "Davies'", "O'Neill", "O’Neill’s", "McAllister", "Ab''s",
             "Ab's'", "Ab’'s", "Ab'’s", "Xs'", "Ab's's", "Smith-Jones’", "Ab’'", "Qs",
             "Kortmann’s", "Ez"]
    keys, stems = _lone_keys(words, True)
    general, lengths = _lone_keys(words, False)
    assert stems is None
    assert list(keys) == list(general)
    assert [len(k) for k in keys] == list(lengths)
    assert keys[:5] == ["hollis", "lopez", "davies", "o'neill", "o'neill"]
    assert _lone_keys([], True) == ([], None)
    assert _lone_keys([], False) == ([], None)


def test_plain_lone_words_of_an_article_read_as_the_general_path_reads_them():
    text = ("Ruth Halvorsen, the board's director, met O'Neill and McAllister's staff.\n\n"
            "Halvorsen's aides said Davies' report was late. Halvorson said it was fine. "
            "The BBC and G7 said Mr Lopez’s plan held.\n")
    doc = Document(text)
    assert doc.plain
    words = [m[0] for s in doc.sentences for m in _RUN_ASCII.finditer(text, s.start, s.end)
             if " " not in m[0] and (m[0][1:2].islower() or m[0][1:2] in "'’")]
    keys, _ = _lone_keys(words, True)
    assert list(keys) == list(_lone_keys(words, False)[0])
    people = extract_people(doc)
    names = {(m.surname, m.link) for m in people.mentions}
    assert ("Halvorsen", "exact") in names and ("Halvorson", "none") in names
