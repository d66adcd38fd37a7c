"""The shortcuts people.py takes for speed read text exactly as the general path does."""

from checker.mentions import people
from checker.mentions.people import _PLAIN_RUN, _TOKEN, _TOKEN_ASCII, _plain_run, _runs, _shapes


def test_shapes_mask_matches_letter_and_length_pairs():
    keys = ["li", "varga", "o'neill", "vargas", "x", "abcdefghijklmnopqrstuvwxyz" * 3]
    pairs = {(k[:1], n) for k in keys for n in range(len(k) - 2, len(k) + 3)}
    shapes = _shapes(keys)
    for word in ["l", "li", "lin", "lindq", "v", "var", "varg", "vargasss", "vargassss",
                 "o", "oneil", "o'neil", "x", "xyz", "xyzw", "a" * 76, "a" * 80, "b"]:
        assert bool(shapes.get(word[:1], 0) >> len(word) & 1) == ((word[:1], len(word)) in pairs)


def test_plain_run_spans_are_the_token_patterns_run():
    text = "He met Interior Minister Lena Varga and Tony Blair in Rome."
    for m in _PLAIN_RUN.finditer(text):
        for token_re in (_TOKEN, _TOKEN_ASCII):
            tokens = [t.span() for t in token_re.finditer(text, m.start(), m.end())]
            assert list(_runs(text, tokens)) == [_plain_run(m.start(), m.group())]
    assert [m.group() for m in _PLAIN_RUN.finditer(text)] == [
        "Interior Minister Lena Varga", "Tony Blair"]


def test_canonical_role_remembers_without_changing_answers():
    people._CANONICAL.clear()
    first = [people.canonical_role(r) for r in ("Chief Executive Officer", "Sen.", "Mr")]
    again = [people.canonical_role(r) for r in ("Chief Executive Officer", "Sen.", "Mr")]
    assert first == again == ["chief executive", "senator", "mr"]


def test_possessive_run_patterns_find_the_runs_backtracking_ones_find():
    import re

    import regex

    # The run patterns before their quantifiers were made possessive.
    plain = re.compile(r"[A-Z](?<![\w'’][A-Z])[\w'’-]*"
                       r"(?:(?: |\. | [a-z]{1,4}(?: [a-z]{1,3})? )[A-Z][\w'’-]*){0,11}")
    general = regex.compile(r"(?<![\w'’])\p{Lu}[\w'’-]*"
                            r"(?:(?: |\. | [a-z]{1,4}(?: [a-z]{1,3})? )\p{Lu}[\w'’-]*){0,11}")
    texts = [
        "Finance Minister Lena Varga met Juan de la Cruz and Dr. Amara Nwosu in Rome.",
        "Mr O'Neill's deal with McAllister-Smith Ltd. Then Varga said: Bank of Tarnia, "
        "Lopez and the Smith-Jones Trust.",
        "A B C D E F G H I J K L M N O P Q R S T U V W X Y Z Aa Bb and Cc yes Dd abcde Ee",
        "Orla Penn ab cd ef Gh ij klmno Pq of the Rst of a Uv, Wx. Yz' Ab’s Cd’ Ef-gh- Ij",
    ]
    for text in texts:
        for old, new in ((plain, people._RUN_ASCII), (general, people._RUN)):
            assert [m.span() for m in new.finditer(text)] == [
                m.span() for m in old.finditer(text)]
            for start in range(0, len(text), 7):  # scans that start mid-sentence
                assert [m.span() for m in new.finditer(text, start, len(text) - 3)] == [
                    m.span() for m in old.finditer(text, start, len(text) - 3)]


def test_near_index_candidates_hold_every_close_word_of_the_same_first_letter():
    from rapidfuzz.distance import Levenshtein

    from checker.rules._people import NearIndex

    few = ["halvorsen", "hallett", "hopkins", "klein", "kraus"]
    many = [f"s{a}{b}ith" for a in "aemu" for b in "mnt"] + ["smyth", "smit", "smithers", "sm"]
    queries = ["halvorson", "hallet", "hopkin", "klain", "krauss", "smith", "smyth", "smit",
               "smithe", "smiths", "s", "zeta", "hlavorsen"]
    for words in (few, many, few + many):
        index = NearIndex(words)
        for q in queries:
            close = {w for w in words
                     if w != q and w[:1] == q[:1] and Levenshtein.distance(q, w) <= 2}
            got = index.candidates(q)
            assert close <= got, (q, close - got)
            assert all(w[:1] == q[:1] and w != q for w in got)
