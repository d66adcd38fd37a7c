"""Figure extraction: what is a count, with which value, hedge interval and counted noun, and
what is not a count at all."""

import math

import pytest

from checker.document import Document
from checker.mentions import Mentions
from checker.mentions.numbers import parse_number


def quantities(sentence: str):
    text = "Test headline for extraction\n\n" + sentence + "\n"
    return text, Mentions(Document(text)).quantities


def figures(sentence: str):
    text, qs = quantities(sentence)
    return [(q.kind, text[q.start:q.end], q.value, q.hedge, q.unit, q.event, q.flags)
            for q in qs]


@pytest.mark.parametrize("raw, value", [
    ("1,200", 1200), ("3.5", 3.5), ("three", 3), ("twenty-one", 21), ("a dozen", 12),
    ("two dozen", 24), ("1.2 million", 1_200_000), ("3bn", 3e9), ("a hundred and five", 105),
    ("seventeen", 17), ("326 million", 326e6),
])
def test_parse_number(raw, value):
    assert parse_number(raw) == value


@pytest.mark.parametrize("sentence, phrase, value, hedge, lo, hi, unit", [
    ("Officials said at least eight rockets hit the base.", "at least eight rockets", 8,
     "at least", 8, math.inf, "rocket"),
    ("More than 60 people were hurt.", "More than 60 people were hurt", 60, "more than", 60,
     math.inf, "person"),
    ("Nearly 500 homes flooded.", "Nearly 500 homes", 500, "nearly", 400, 500, "home"),
    ("Up to 12 trapped miners remain.", "Up to 12 trapped miners", 12, "up to", 0, 12, "miner"),
    ("Twenty-one guns fired.", "Twenty-one guns", 21, "", 21, 21, "gun"),
])
def test_hedged_counts(sentence, phrase, value, hedge, lo, hi, unit):
    text, [q] = quantities(sentence)
    assert (q.kind, text[q.start:q.end], q.value, q.hedge, q.unit) == (
        "count", phrase, value, hedge, unit)
    assert (q.lo, q.hi) == (lo, hi)


@pytest.mark.parametrize("sentence, event", [
    ("Seven people died in the fire.", "dead"),
    ("The blast killed 12 workers.", "dead"),
    ("Nine passengers were injured.", "injured"),
    ("Six were reported missing.", "missing"),
])
def test_event_counts(sentence, event):
    [f] = figures(sentence)
    assert f[0] == "count" and f[5] == event


@pytest.mark.parametrize("sentence", [
    "A Boeing 737 landed on Route 66.",
    "COVID-19 closed the G7 summit.",
    "The team won 2-1 at home.",
    "The vote was held on Dec. 20, 2020 at 7:30 p.m.",
    "She was named the No. 2 player in 2019.",
    "It is one of the largest ports.",
    "The wall is 5 kilometres (3 miles) long.",
    "Call 0800 555 0199 for details.",
    "He finished 3rd in the 1990s.",
    "She won the 60m hurdles.",
])
def test_not_counts(sentence):
    assert [f for f in figures(sentence) if f[0] == "count"] == []


@pytest.mark.parametrize("sentence, flag", [
    ("The death toll rose to 23 people.", "update"),
    ("Two of the missiles were intercepted.", None),  # partitive: not extracted at all
    ("Nine were hurt, including three children.", "part"),
    ("Between 30 and 40 vehicles burned.", "range"),
    ("The port handles 12 ships a day.", "rate"),
    ("Another four soldiers arrived.", "other"),
    ("Relatives of the 19 miners waited.", "definite"),
    ("The two strongest candidates advanced.", "other"),
])
def test_flags(sentence, flag):
    counts = [f for f in figures(sentence) if f[0] == "count"]
    if flag is None:
        assert counts == []
    else:
        assert flag in counts[-1][6]


@pytest.mark.parametrize("sentence, kind, value, unit", [
    ("The deal is worth $3.5bn.", "money", 3.5e9, "USD"),
    ("It paid 3,500 million dollars.", "money", 3.5e9, "USD"),
    ("A grant of £40m was agreed.", "money", 40e6, "GBP"),
    ("She won 57.5% of the vote.", "percent", 57.5, "%"),
    ("Support rose 3 percentage points.", "points", 3, "points"),
    ("Ingrid Solberg, 52, said so.", "age", 52, "years"),
    ("The 54-year-old Solberg said so.", "age", 54, "years"),
])
def test_other_figures(sentence, kind, value, unit):
    got = [(f[0], f[2], f[4]) for f in figures(sentence)]
    assert (kind, value, unit) in got
