"""The block classifier's lower-case paths find what the case-insensitive ones found.

- The caption, boilerplate and promotion patterns (written in lower case, with a lookahead on
  the caption alternatives' first characters) find a line exactly when the patterns as they
  were (mixed case, re.IGNORECASE; kept below as the reference) find it, whether searched
  case-insensitively in the line or (`segments._search`) case-sensitively in its lower case.
- Lines sliced from the lowercased text are the lines lowercased one by one, "Σ" included.
"""

from __future__ import annotations

import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from checker import segments

SETTINGS = settings(max_examples=400, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow])

_REF_CAPTION = re.compile(
    r"^(?:FILE|In this (?:undated )?(?:photo|image|handout))\b|\bfile photo\b|\(\s*(?:AP |AFP |Reuters )?"
    r"(?:Photo|Image|Picture|Credit)s?\b|\b(?:Photo|Image|Picture) (?:by|credit|courtesy)\b|"
    r"^Image caption\b|^Caption:|\bpictured\b|\bis seen\b[^\r\n]{0,200}?\bphoto\b|"
    r"\b(?:AP|AFP|EPA|Reuters|Getty|Wire) (?:Photo|Images)\b|\bPhoto(?:graph)?/[A-Z]",
    re.IGNORECASE,
)
_REF_BOILER = re.compile(
    r"all rights reserved|^copyright\b|^\(?c\)\s*\d{4}|©|\bprovides news\b|"
    r"^related:|^read more\b|"
    r"\bthis (?:story|article) (?:has been|was) (?:updated|corrected)\b|"
    r"\bcontributed (?:to )?(?:this )?report(?:ing)?\b|\bmay contain information from\b|"
    r"\bare the work of\b",
    re.IGNORECASE,
)
_REF_PROMO = re.compile(
    r"\bsign up for\b|\bsubscribe to\b|\bnewsletter\b|\bclick here\b|"
    r"\bcookies?\b[^\n]{0,80}\bbrowser\b",
    re.IGNORECASE,
)
_REF_READER = re.compile(r"^(?:sign|subscribe|click|get|join)\b|\b(?:you|your|our|here)\b",
                         re.IGNORECASE)

PIECES = [
    "FILE", "File photo", "file", "In this ", "undated ", "photo", "Photo", "PHOTO", "image",
    "handout", "Picture", "credit", "Credits", "(", ")", "( ", "AP ", "AFP ", "Reuters ", "by",
    "courtesy", "Image caption", "Caption:", "pictured", "is seen", "EPA", "Getty", "Wire",
    "Images", "Photograph/", "Photo/", "/A", "/é", "All Rights Reserved", "Copyright",
    "(c) 2024", "C) 1999", "©", "provides news", "Sign up for", "subscribe to", "Newsletter",
    "Click here", "Related:", "Read more", "This story has been updated", "contributed",
    "to this report", "may contain information from", "are the work of", "Cookies", "browser",
    "you", "Our", "get", " ", "  ", "\t", ", ", ". ", "the mayor", "2024", "ſ", "ı", "İ", "K",
    "Σ", "ΣΑΣ", "—", "- ", "|", "•", "\u00a0",
]
LINES = st.lists(st.sampled_from(PIECES), min_size=1, max_size=8).map("".join)


@SETTINGS
@given(LINES)
def test_lower_case_patterns_find_what_the_reference_found(line):
    low = line.lower()
    for ref, pattern, folded in (
        (_REF_CAPTION, segments._CAPTION, segments._CAPTION_FOLDED),
        (_REF_BOILER, segments._BOILER, segments._BOILER_FOLDED),
        (_REF_PROMO, segments._PROMO, segments._PROMO_FOLDED),
        (_REF_READER, segments._READER, segments._READER_FOLDED),
    ):
        expected = ref.search(line) is not None
        assert (pattern.search(line) is not None) == expected
        assert segments._search(pattern, folded, line, low) == expected


_TEXT_PIECES = ["\n", "\r\n", "\r", " ", "\t", "\u2028", "\x85", "\u00a0", "a", "Mayor",
                "Σ", "ΣΑΣ", "'Σ", "Σ'", "ΑΣ.", "İ", "K", "ſ", "FILE", "Copyright 2024"]
TEXTS = st.lists(st.sampled_from(_TEXT_PIECES), max_size=30).map("".join)


@SETTINGS
@given(TEXTS)
def test_lowered_lines_are_the_lines_lowercased(text):
    lines, line_texts = segments._nonblank_lines(text)
    assert segments._lowered_lines(text.lower(), text, lines, line_texts) == \
        [line.lower() for line in line_texts]


@SETTINGS
@given(TEXTS)
def test_boilerplate_lowers_then_strips_as_it_stripped_then_lowered(text):
    # `_is_boilerplate` strips the line lowercased (the lowered slice the classifier has)
    # where it once lowercased the stripped line (markup blocks come unstripped).
    assert text.lower().strip() == text.strip().lower()


def test_every_caption_need_group_holds_an_anchor():
    grouped = [g for groups in segments._CAPTION_NEEDS_BY_ANCHOR.values() for g in groups]
    assert sorted(grouped) == sorted(segments._CAPTION_NEEDS)
    for anchor, groups in segments._CAPTION_NEEDS_BY_ANCHOR.items():
        assert all(any(anchor in n for n in g) for g in groups)


@SETTINGS
@given(LINES)
def test_caption_screen_by_anchor_as_with_every_group(line):
    low = line.lower()
    assert segments._may_match(line, low, segments._CAPTION_PREFIXES,
                               segments._caption_needs(low)) == \
        segments._may_match(line, low, segments._CAPTION_PREFIXES, segments._CAPTION_NEEDS)
