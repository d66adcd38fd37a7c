"""Sentence flags read in a plain text's byte classes (`_SentenceFeatures` given `classes`)
must be those the regexes find in the lower-cased sentence."""

import pytest

from checker.mentions import quantities as Q

TEXT = ("Up 12% now. Prices rose\u2014sharply\u2014to 40; \u201cdown\u201d 3 (cut) by "
        "half. Its toll_up was 9, uprose 4 and grew3 5. The drop: 7 fallen, x-rises 2. "
        "Nothing changed for 6 \u00a3upgrades. Shares slipped")


def _spans(text: str):
    """Every span between two positions of a few kinds: word starts and ends, and the
    middle of words (unclean ends)."""
    cuts = sorted({0, len(text)} | {i for i, c in enumerate(text) if not c.isalnum()} |
                  {i + 1 for i, c in enumerate(text) if not c.isalnum()} | {2, 5, 13, 40, 91})
    return [(a, b) for a in cuts for b in cuts if a < b <= len(text)]


@pytest.mark.parametrize("text", [TEXT, TEXT.upper(), "up", "now down", "x", "surged."])
def test_change_flag_in_byte_classes_matches_the_regex(text):
    low = text.lower()
    classes = Q._byte_classes(low)
    for s0, s1 in _spans(text):
        sentence_low = text[s0:s1].lower()
        fast = Q._SentenceFeatures(text, s0, s1, classes)._reports_change(sentence_low)
        assert fast == bool(Q._CHANGE_FAST.search(sentence_low)), (s0, s1, sentence_low)


def test_holds_any_is_any():
    for low in ["", "last year", "compared with", "in 1990", "nothing", "ago"]:
        assert Q._holds_any(low, Q._TIMESHIFT_NEEDLES) == any(
            n in low for n in Q._TIMESHIFT_NEEDLES)
