"""The shortcuts people.py takes for lone capitalised words and plain text read as the
general path does."""

from checker.document import Document
from checker.mentions import Mentions
from checker.mentions import people


def _names(text):
    return [(m.given, m.surname) for m in Mentions(Document(text)).people.mentions]


def test_misspelt_lone_reference_found_when_signs_come_after_the_closeness_test():
    assert _names("Sandy Pellard will now work at the mill. Pelard said the plan was "
                  "sound.") == [("Sandy", "Pellard"), ("", "Pelard")]
    # Near an unread surname but never beside a verb of saying or an age: not a reference.
    assert _names("Sandy Pellard will now work at the mill. The Pelard plan was sound.") == []
    assert _names("Sandy Pellard will now work at the mill. Pelard was there.") == []


def test_ascii_patterns_find_what_the_unicode_ones_find_on_plain_text():
    texts = [
        "Finance Minister Lena Varga met Juan de la Cruz and Dr. Amara Nwosu in Rome.",
        "Mr O'Neill's deal with McAllister-Smith Ltd. Then Varga said: Bank of Tarnia, "
        "Lopez and the Smith-Jones Trust’s G7 talks, 3Com Corp and X_Ray Inc.",
        "A_B C9 D_e F0g Hi_ Jk9 Lm-no Pq’s Rs’t Uv's Wx' Yz’ Ab-Cd-ef Gh2ij Kl_mn Op",
        "an Xy1 Zw_ba Qq's9 Rr’sa Ss'S Tt’s_ Uu's-Vv o'Ww 4Aa b_Bb C’ D- E’x",
        "Smith-Jones9 Ab-Cd-Ef9 Ab'Cd'ef' Xy-z Ab-CdEf GhIj-Kl Mn'Op9q McDo-Nald' Of the Rings",
    ]
    for text in texts:
        for ascii_re, general in ((people._RUN_ASCII, people._RUN),
                                  (people._TOKEN_ASCII, people._TOKEN)):
            for start in range(0, len(text), 5):
                assert [m.span() for m in ascii_re.finditer(text, start)] == [
                    m.span() for m in general.finditer(text, start)], (text, start)


def test_possessive_plain_run_pattern_reads_what_the_backtracking_one_reads():
    import re

    backtracking = re.compile(r"[A-Z][a-z]+(?: [A-Z][a-z]+)+")
    for w in ["Tony Blair", "Tony Blair's", "Tony  Blair", "Tony", "Tony B", "T Blair",
              "Tony Blair Jr", "Tony BLair", "Tony Blair ", "Ab Cd Ef Gh", "Ab Cd-Ef"]:
        assert bool(people._PLAIN_RUN.fullmatch(w)) == bool(backtracking.fullmatch(w)), w

