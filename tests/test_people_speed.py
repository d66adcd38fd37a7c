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
