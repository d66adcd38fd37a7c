"""Hostile article texts: the shapes that make a checker backtrack or compare all pairs.

Each generator takes a size (characters of hostile material, or a number of mentions) and
returns a whole article: a real headline and lede, so the hostile part lands in a body
paragraph that every extractor and rule reads (a bare run of digits would be dropped as a
one-word layout line and prove nothing). Used by tests/test_robustness.py (hang guard and
work counts) and bench/scaling.py --hostile (seconds at two sizes).
"""

from __future__ import annotations

HEAD = ("Ferry fire in Kessar leaves six dead\n\n"
        "KESSAR (Wire) — Six people died when a ferry caught fire on Tuesday, officials said.\n\n")
TAIL = " and then officials said that it was over.\n"


def _fill(unit: str, size: int) -> str:
    return unit * max(1, size // len(unit))


def _para(body: str) -> str:
    return HEAD + body + TAIL


# size = characters of hostile material
BY_SIZE = {
    "digits-and-commas": lambda n: _para(_fill("1234567890,", n)),
    "comma-groups": lambda n: _para(_fill("1,", n)),
    "thousands-groups": lambda n: _para("1" + _fill(",000", n) + " rockets"),
    "digits-and-dots": lambda n: _para(_fill("1.", n)),
    "at-least": lambda n: _para(_fill("at least ", n) + "5 rockets"),
    "more-than-about": lambda n: _para(_fill("more than about nearly up to ", n) + "5 rockets"),
    "capitalised-words": lambda n: _para(_fill("Word ", n)),
    "capitalised-names": lambda n: _para(_fill("Anna Maria Lopez ", n) + "said"),
    "all-caps": lambda n: _para(_fill("KESSAR ", n)),
    "straight-quotes": lambda n: _para(_fill('"', n)),
    "curly-quotes": lambda n: _para(_fill("“ ” ‘ ’ \" ' ", n)),
    "open-quotes": lambda n: _para(_fill("“He said ", n)),
    "one-long-line": lambda n: _para(_fill(
        "Seven people died in the fire on Tuesday, and 12 were hurt, ", n)),
    "long-sentences-one-line": lambda n: _para(_fill(
        "Officials said 12 rockets hit the town on 3 May. ", n)),
    "dots": lambda n: _para(_fill(".", n)),
    "dot-capital": lambda n: _para(_fill(". A", n)),
    "abbreviations": lambda n: _para(_fill("Mr. A. B. U.S. ", n)),
    "number-words": lambda n: _para(_fill("twenty one ", n)),
    "hundreds": lambda n: _para(_fill("a hundred and ", n)),
    "years": lambda n: _para(_fill("1999 ", n)),
    "money": lambda n: _para(_fill("$3.5bn ", n)),
    "percent": lambda n: _para(_fill("57.5% ", n)),
    "dates": lambda n: _para(_fill("on 3 May 2024, ", n)),
    "weekdays": lambda n: _para(_fill("on Tuesday, ", n)),
    "hyphens": lambda n: _para(_fill("a-", n)),
    "dashes": lambda n: HEAD.replace("KESSAR (Wire) —", "KESSAR " + _fill("-", n)) + TAIL,
    "dateline-caps": lambda n: HEAD + _fill("A ", n) + "— x" + TAIL,
    "open-paren": lambda n: HEAD + "KESSAR (" + _fill("x", n) + TAIL,
    "is-seen": lambda n: HEAD.replace("\n\nKESSAR", "\n\n" + _fill("is seen ", n) + "\n\nKESSAR")
    + TAIL,
    "spaces": lambda n: _para(_fill(" ", n) + "5 rockets"),
    "newlines": lambda n: HEAD + _fill("\n", n) + "Five rockets" + TAIL,
    "crs": lambda n: HEAD + _fill("\r", n) + "Five rockets" + TAIL,
    "crlf-lines": lambda n: HEAD + _fill("Five rockets hit.\r\n", n),
    "tags": lambda n: _para(_fill("<p><b>", n)),
    "unicode": lambda n: _para(_fill("é٣ß😀\u0301\u200f", n)),
}

def _word(i: int) -> str:
    """A distinct made-up noun per i: 'bababa', 'cebeba', ..."""
    out = ""
    for _ in range(4):
        out += "bcdfghjklmnprstvz"[i % 17] + "aeiou"[i % 5]
        i //= 17
    return out


# n = number of mentions, each in its own sentence (the all-pairs shapes). Every sentence is
# made distinct with a made-up place name ("Bababa"): verbatim repeats are one statement to
# the Document and would never reach the rules.
def _at(i: int) -> str:
    return _word(i).title()


def _each(sentence):
    """An article whose body states sentence(i) for i in range(n)."""
    return lambda n: HEAD + "".join(sentence(i) for i in range(n))


BY_COUNT = {
    "many-findings": lambda n: _each(lambda i:
        f"Officials said 5 {_word(i)}s hit the harbour town.\n\n"
        f"Officials said 7 {_word(i)}s hit the harbour town.\n\n")(n // 2),
    "one-noun": lambda n: _each(lambda i:
        f"Officials in {_at(i)} said {i % 97 + 2} rockets hit the town. ")(n) + "\n",
    "one-noun-paragraphs": _each(lambda i:
        f"Officials in {_at(i)} said {i % 97 + 2} rockets hit the town.\n\n"),
    "one-noun-two-values": _each(lambda i:
        f"Officials in {_at(i)} said {5 + i % 2} rockets hit the town.\n\n"),
    "one-event": _each(lambda i:
        f"In {_at(i)}, {i % 50 + 2} people died.\n\n"),
    "one-name": _each(lambda i:
        f"John Smith, {i % 60 + 20}, said {_at(i)} was safe.\n\n"),
    "name-variants": _each(lambda i:
        f"Mr {'Smith Smyth Smithe Smit'.split()[i % 4]} said {_at(i)} was safe.\n\n"),
    "one-title": _each(lambda i:
        f"{'Mayor Governor Minister Chief'.split()[i % 4]} Anna Lopez said {_at(i)} was safe."
        "\n\n"),
    "one-quote": _each(lambda i:
        f"“We will rebuild {i % 9} homes in {_at(i)},” Mayor Anna Lopez said.\n\n"),
    "money-one-currency": _each(lambda i:
        f"The deal was worth ${i % 90 + 1}m, the firm in {_at(i)} said.\n\n"),
    "percent-one-thing": _each(lambda i:
        f"Turnout was {i % 90 + 1}%, officials in {_at(i)} said.\n\n"),
    "dates-one-event": _each(lambda i:
        f"The vote in {_at(i)} was held on {i % 28 + 1} May 2024.\n\n"),
    "dates-two-days": _each(lambda i:
        f"The vote was held on {3 + i % 2} May 2024, officials in {_at(i)} said.\n\n"),
    "dates-two-years": _each(lambda i:
        f"The vote was held on {3 + i % 2} May {2023 + i % 2}, officials in {_at(i)} said.\n\n"),
    "weekday-dates": _each(lambda i:
        f"On Tuesday, {i % 28 + 1} May, the talks in {_at(i)} resumed.\n\n"),
    "breakdown-list": lambda n: HEAD + "Officials said 90000 rockets hit the town, including "
    + ", ".join(f"1 {_word(i)} rocket" for i in range(n)) + ".\n",
    "captions": lambda n: "Ferry fire in Kessar leaves six dead\n\n" + "".join(
        f"(Photo) At least {i % 40 + 2} rockets hit {_at(i)}\n" for i in range(n))
    + "\nKESSAR (Wire) — At least eight rockets hit the town on Tuesday.\n",
}
