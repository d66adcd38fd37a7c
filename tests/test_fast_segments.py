"""Fast paths of the block classifier (checker/segments.py).

Every test here compares a fast path with the general path it replaces: on invented lines and
texts built to hit the edges (case, spacing, look-alike letters "ſ", "ı", "K", "İ", "Σ"), the
two must give exactly the same answer.

- The caption, boilerplate and promotion patterns are written in lower case, with a lookahead
  on the caption alternatives' first characters: they find a line exactly when the patterns
  as they were (mixed case, re.IGNORECASE; kept below as the reference) find it, whether
  searched case-insensitively in the line or (`segments._search`) case-sensitively in its
  lower case. Lines sliced from the lowercased text are the lines lowercased one by one.
- The caption and boilerplate screens (`segments._may_match`, with the caption need groups
  picked by anchor or all of them) never turn away a line that the full pattern matches.
- The text-wide key screens (`segments._text_keys`, `_line_keys`) give the blocks that trying
  every key on every line gives. Only the keys that some need group holds ("photo",
  "newsletter") are looked for in a case-safe text; when it has none, only a line that opens
  with a prefix ("Copyright", "FILE", "Caption:") has its keys tried, since no other line can
  pass `_may_match`.
- `segments._holds_a_group` (loops) is `any(all(n in low for n in group) for group in needs)`.
- `segments._nonblank_lines` splits LF text with `str.split` and other text with the line
  pattern: both give the lines the pattern gives, whatever the line endings and spaces.
"""

from __future__ import annotations

import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from checker import segments

SETTINGS = settings(max_examples=400, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow])
SETTINGS_300 = settings(max_examples=300, deadline=None,
                        suppress_health_check=[HealthCheck.too_slow])


# The lower-case patterns against the case-insensitive ones they replaced.
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


# The line screens (`_may_match`) against the full patterns.
# Pieces of every caption and boilerplate alternative, and near misses.
SCREEN_PIECES = [
    "FILE", "File photo", "file", "In this ", "undated ", "photo", "Photo", "image", "Image",
    "handout", "picture", "credit", "Credits", "(", ")", "( ", "AP ", "AFP ", "Reuters ", "by",
    "courtesy", "Image caption", "Caption:", "pictured", "is seen", "EPA", "Getty", "Wire",
    "Images", "Photograph/", "Photo/", "/A", "All rights reserved", "Copyright", "(c) 2024",
    "c) 1999", "©", "provides news", "Sign up for", "subscribe to", "Newsletter",
    "click here", "Related:", "related", "Read more", "This story has been updated",
    "this article was corrected", "contributed to this report", "contributed reporting",
    "may contain information from", "are the work of", "Cookies", "cookie", "browser", " ",
    "  ", "\t", ", ", ". ", "the mayor", "2024", "ſ", "ı", "İ", "K", "—", "- ", "|", "•",
]
SCREEN_LINES = st.lists(st.sampled_from(SCREEN_PIECES), min_size=1, max_size=8).map("".join)


def _low_boiler(line: str) -> str:
    return line.strip().lower().strip(" •·-–—|")  # as _is_boilerplate lowercases


@SETTINGS_300
@given(SCREEN_LINES)
def test_caption_screen_keeps_every_match(line):
    if segments._CAPTION.search(line):
        assert segments._may_match(line, line.lower(), segments._CAPTION_PREFIXES,
                                   segments._CAPTION_NEEDS)


@SETTINGS_300
@given(SCREEN_LINES)
def test_boilerplate_screen_keeps_every_match(line):
    if segments._BOILER.search(line):
        assert segments._may_match(line, _low_boiler(line), segments._BOILER_PREFIXES,
                                   segments._BOILER_NEEDS)


def test_screens_on_examples():
    assert segments._is_caption("FILE - A ferry.", "file - a ferry.")
    assert not segments._is_caption("He filed a profile of the company.",
                                    "he filed a profile of the company.")
    assert segments._is_boilerplate("Copyright 2024 Wire Ltd", False)
    assert not segments._is_boilerplate("The copyright dispute went to court today.", False)


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


# The text-wide key screens against every key tried on every line.
_KEY_PIECES = ["\n", "\n\n", " ", "•", "-", "a", "Mayor", "said.", "The ferry sank on Monday.",
               "Copyright 2024", "copyright", "(c) 2024", "c) 2023", "(C)", "©", "Related:",
               "related", "Read more", "read more about it", "FILE", "File - ", "profile",
               "Caption: ", "caption", "Image caption", "In this handout ", "In this ", "handout",
               "photo", "Photo by", "(AP Photo)", "credit", "pictured", "is seen", "newsletter",
               "Sign up for", "our", "cookies", "browser", "contributed", "reporting",
               "All rights reserved", "İ", "ı", "ſ", "K", "Σ", "LONDON — ", "Home"]
KEY_TEXTS = st.lists(st.sampled_from(_KEY_PIECES), max_size=25).map("".join)


def _with_every_key(text):
    keys_in = segments._keys_in
    try:
        segments._keys_in = lambda low_text, keys: keys
        return segments.classify_blocks(text)
    finally:
        segments._keys_in = keys_in


@SETTINGS
@given(KEY_TEXTS)
def test_screens_give_the_blocks_of_every_key_on_every_line(text):
    assert segments.classify_blocks(text) == _with_every_key(text)


def test_every_need_group_holds_a_need_key():
    for group in segments._BOILER_NEEDS:
        assert any(k in n for k in segments._BOILER_NEED_KEYS for n in group), group
    for group in segments._CAPTION_NEEDS:
        assert any(k in n for k in segments._CAPTION_ANCHORS for n in group), group
    assert set(segments._BOILER_NEED_KEYS + segments._BOILER_OTHER_KEYS) == \
        set(segments._BOILER_KEYS)
    assert set(segments._CAPTION_ANCHORS + segments._CAPTION_OTHER_KEYS) == \
        set(segments._CAPTION_KEYS)


def test_prefix_lines_still_classified_without_group_keys():
    blocks = segments.classify_blocks("Ferry sinks off the Marland coast\n\nFILE - A ferry in port.\n\nThe ferry sank "
                                      "on Monday.\n\nCopyright 2024 Wire Ltd\n")
    assert [b.kind for b in blocks] == ["headline", "caption", "body", "boilerplate"]
    assert segments._text_keys("ferry sinks file - a ferry", True, segments._CAPTION_ANCHORS,
                               segments._CAPTION_OTHER_KEYS) == ()
    assert segments._text_keys("ferry sinks file - a ferry", False, segments._CAPTION_ANCHORS,
                               segments._CAPTION_OTHER_KEYS) == ("file",)


# The non-blank lines against the line pattern.
_PIECES = ["\n", "\r\n", "\r", " ", "\t", "\x1c", "\u2028", "\x85", "\u00a0", "a", "Mayor",
           "said.", "Σ", "ΣΑΣ", "İ", "K", "ſ", "FILE", "Photo", "copyright", "Copyright 2024",
           "Related:", "Sign up for our newsletter", "click here", "(Reuters Photo)",
           "The ferry sank on Monday.", "LONDON — ", "Home", "16x9 Image", "•", "|"]
LINE_TEXTS = st.lists(st.sampled_from(_PIECES), max_size=30).map("".join)


def _lines_by_pattern(text):
    lines, texts = [], []
    for m in re.finditer(r"[^\r\n]+", text):
        seg = m.group()
        stripped = seg.strip()
        if stripped:
            start = m.start() + len(seg) - len(seg.lstrip())
            lines.append((start, start + len(stripped)))
            texts.append(stripped)
    return lines, texts


@SETTINGS_300
@given(LINE_TEXTS)
def test_nonblank_lines_as_the_pattern(text):
    assert segments._nonblank_lines(text) == _lines_by_pattern(text)
    lf = text.replace("\r", "")
    assert segments._nonblank_lines(lf) == _lines_by_pattern(lf)


@SETTINGS_300
@given(LINE_TEXTS)
def test_key_screens_as_with_every_key(text):
    fast = segments.classify_blocks(text)
    keys_in = segments._keys_in
    try:
        segments._keys_in = lambda low_text, keys: keys
        assert segments.classify_blocks(text) == fast
    finally:
        segments._keys_in = keys_in


_NEED_WORDS = ["photo", "getty", "image", "credit", "file", "reuters"]


@given(st.lists(st.sampled_from(_NEED_WORDS), max_size=4).map(" ".join),
       st.lists(st.lists(st.sampled_from(_NEED_WORDS), max_size=3).map(tuple), max_size=4))
def test_holds_a_group_is_any_all(low, needs):
    expected = any(all(n in low for n in group) for group in needs)
    assert segments._holds_a_group(low, needs) == expected


def test_holds_a_group_of_the_real_needs():
    for low in ("photo: getty images", "file photo", "picture credit", ""):
        for needs in (segments._BOILER_NEEDS, segments._CAPTION_NEEDS):
            expected = any(all(n in low for n in group) for group in needs)
            assert segments._holds_a_group(low, needs) == expected


# `segments._dateline` answers a line whose second character is a lowercase ASCII letter
# without the pattern: it gives the pattern's match on every line.
DATELINE_PIECES = ["LONDON", "London", "WASHINGTON", ",", " ", " — ", " - ", " -- ", "(AP)",
                   "(Reuters)", "Jan. 5", "D.C.", "ST.", "The", "a", "É", "é", "\u0345", "O’",
                   "x", "Officials said", "—", "\n", "B"]


@SETTINGS
@given(st.lists(st.sampled_from(DATELINE_PIECES), max_size=10), st.integers(0, 6))
def test_dateline_precheck_matches_the_pattern(pieces, cut):
    text = "".join(pieces)
    for start in range(min(cut, len(text)) + 1):
        got = segments._dateline(text, start, len(text))
        want = segments._DATELINE.match(text, start, len(text))
        assert (got and got.span()) == (want and want.span()), (text, start)
