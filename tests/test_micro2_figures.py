"""figures.py reads "deal valued at" and "bail of" before a figure with patterns matched on the
reversed text; they find the same noun as the forward searches they replace (kept here as the
reference), whatever the spacing, case, look-alike letters or extra words."""

from __future__ import annotations

import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from checker.mentions import figures

SETTINGS = settings(max_examples=500, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow])

VALUED_NOUN = re.compile(
    r"\b(deal|takeover|acquisition|merger|contract|bid|offer|package|investment|purchase)"
    r"\s+(?:(?:is|was|that\s+is|which\s+is)\s+)?valued\s+at\s+$",
    re.IGNORECASE,
)
NOUN_OF_LEFT = re.compile(
    r"\b([^\W\d_]+)\s+(?:of|(?:was\s+|were\s+|is\s+|been\s+)?set\s+at)\s+(?:some\s+)?$")

WORDS = [
    "deal", "Deal", "DEAL", "takeover", "acquisition", "merger", "contract", "bid", "forbid",
    "offer", "package", "investment", "purchase", "bail", "ransom", "the", "5", "x5", "_",
    "is", "was", "were", "been", "that", "which", "valued", "VALUED", "at", "of", "set",
    "some", "Some", "İs", "ſome", "ıs", "K", "dealer", "a", "£", "-", "'", "",
    "was set at", "set  at", "valued at", "is valued at", "that is", "of some",
]
SPACES = [" ", " ", " ", "  ", "\t", "\n", "\u00a0", ""]


def _same(left: str) -> None:
    rleft = left[::-1]
    fwd = VALUED_NOUN.search(left)
    rev = figures._VALUED_NOUN_R.match(rleft)
    assert (fwd and fwd.group(1)) == (rev and rev.group(1)[::-1]), left
    fwd = NOUN_OF_LEFT.search(left)
    rev = figures._NOUN_OF_LEFT_R.match(rleft)
    assert (fwd and fwd.group(1)) == (rev and rev.group(1)[::-1]), left


def test_examples_agree():
    for left in [
        "in a deal valued at ", "the takeover, which is valued at ", "a Contract that is valued at ",
        "its bid was  valued\tat ", "a forbid valued at ", "x5deal valued at ",
        "The bail of ", "bail was set at ", "5 was set at ", "ransom of some ", "some of ",
        "a fine of\n", "bail of some  ", "paid 5 of ", "cost of of ", "rate were set at ",
        "the bail set at ", "abc1def of ", "_x of ", "deal valued at\n", "valued at ",
    ]:
        _same(left)


@SETTINGS
@given(st.lists(st.tuples(st.sampled_from(WORDS), st.sampled_from(SPACES)), max_size=8))
def test_random_lefts_agree(pieces):
    left = "".join(word + space for word, space in pieces)
    _same(left)
    _same(left + " ")
    _same(left[-60:])
