"""The newsroom `names` option: declared spellings of one name are not a misspelling, and a
story that uses a spelling other than the house form (the first) gets a warning."""

from checker.engine import Settings, check_text

ARTICLE = """President Meets Envoys in Kyiv

KYIV (Wire) — President Volodymyr Zelensky met European envoys on Monday, officials said.

"We need air defence now," Zelenskyy told the envoys, according to his office.
"""


def findings(names):
    settings = Settings()
    settings.names = names
    _, found = check_text(ARTICLE, settings=settings)
    return [(f.rule, f.severity, [ARTICLE[s.start:s.end] for s in f.spans]) for f in found]


def test_without_names_the_variant_is_an_error():
    assert findings([]) == [
        ("name-spelling", "error", ["Zelenskyy", "Volodymyr Zelensky"]),
    ]


def test_declared_spellings_are_one_name_and_the_house_form_is_enforced():
    assert findings([["Zelensky", "Zelenskyy"]]) == [
        ("name-spelling", "warning", ["Zelenskyy"]),
    ]
    assert findings([["Zelenskyy", "Zelensky"]]) == [
        ("name-spelling", "warning", ["Volodymyr Zelensky"]),
    ]


def test_unrelated_names_list_changes_nothing():
    assert findings([["Gadhafi", "Qaddafi"]]) == findings([])
