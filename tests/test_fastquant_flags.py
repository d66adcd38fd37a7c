"""Sentence flags read in a plain text's byte classes (`_SentenceFeatures` given `classes`)
must be those the regexes find in the lower-cased sentence."""

import re

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


# `_TIMESHIFT` as it was written before it was grouped by first letter.
_TIMESHIFT_AS_WRITTEN = re.compile(
    r"\b(?:last|previous|next|following|preceding) (?:year|month|week|season|time|election|"
    r"decade|quarter)\b|\b(?:a|one|two|three|several|many|\d+) (?:years?|months?|decades?|weeks?)"
    r" (?:ago|earlier|before|later)\b|\bin (?:19|20)\d\d\b|\bearlier this\b|\bsince (?:19|20)\d\d"
    r"\b|\bcompared (?:with|to)\b|\bthe year before\b|\ba year earlier\b|\bin the past\b",
)

DATED_TEXT = ("Talks began on Monday; on,tuesday 4 fell. Due by 3 March or by Dec. 4, "
              "not by dec 12th, since 1 jan and until sept 30. By Friday\u2019s vote 7 held "
              "on\u00a0sunday, upon 5 may 9 and on 12 junk. Until august 2")
SHIFT_TEXT = ("Last year 5 rose; a-year earlier this month 6 and in 1850 two years ago 7. "
              "Since 2019 8, compared with 9 in the past, the year before 10 and a year "
              "earlier 11; 12 weeks ago, 3 months later, several decades before: next "
              "election 4. In 2020s 5, in 19999 6, earlier-this 7, compared to\u2014previous week")


@pytest.mark.parametrize("low", [SHIFT_TEXT.lower(), DATED_TEXT.lower(), "in 2019",
                                 "1 year ago", "x3 years ago", "the year before"])
def test_timeshift_grouped_is_timeshift_as_written(low):
    for s0, s1 in _spans(low):
        assert bool(Q._TIMESHIFT.search(low[s0:s1])) == bool(
            _TIMESHIFT_AS_WRITTEN.search(low[s0:s1])), (s0, s1)


@pytest.mark.parametrize("name, text", [
    ("_DATED", DATED_TEXT), ("_DATED", SHIFT_TEXT.upper() + DATED_TEXT),
    ("_TIMESHIFT", SHIFT_TEXT), ("_TIMESHIFT", DATED_TEXT.upper() + SHIFT_TEXT),
])
def test_patterns_tried_where_the_classes_allow_find_what_the_search_finds(name, text):
    pattern, in_classes = getattr(Q, name), getattr(Q, name + "_CLASSES")
    classes = Q._byte_classes(text.lower())
    found = 0
    for s0, s1 in _spans(text):
        sentence_low = text[s0:s1].lower()
        expected = bool(pattern.search(sentence_low))
        found += expected
        features = Q._SentenceFeatures(text, s0, s1, classes)
        assert features._holds(sentence_low, pattern, in_classes) == expected, (s0, s1)
    assert found
