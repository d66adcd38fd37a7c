"""The classifier's text-wide key screens (`segments._text_keys`, `_line_keys`) give the
blocks that trying every key on every line gives.

Only the keys that some need group holds ("photo", "newsletter") are looked for in a case-safe
text; when it has none, only a line that opens with a prefix ("Copyright", "FILE", "Caption:")
has its keys tried, since no other line can pass `_may_match`.
"""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from checker import segments

SETTINGS = settings(max_examples=400, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow])

_PIECES = ["\n", "\n\n", " ", "•", "-", "a", "Mayor", "said.", "The ferry sank on Monday.",
           "Copyright 2024", "copyright", "(c) 2024", "c) 2023", "(C)", "©", "Related:",
           "related", "Read more", "read more about it", "FILE", "File - ", "profile",
           "Caption: ", "caption", "Image caption", "In this handout ", "In this ", "handout",
           "photo", "Photo by", "(AP Photo)", "credit", "pictured", "is seen", "newsletter",
           "Sign up for", "our", "cookies", "browser", "contributed", "reporting",
           "All rights reserved", "İ", "ı", "ſ", "K", "Σ", "LONDON — ", "Home"]
TEXTS = st.lists(st.sampled_from(_PIECES), max_size=25).map("".join)


def _with_every_key(text):
    keys_in = segments._keys_in
    try:
        segments._keys_in = lambda low_text, keys: keys
        return segments.classify_blocks(text)
    finally:
        segments._keys_in = keys_in


@SETTINGS
@given(TEXTS)
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
