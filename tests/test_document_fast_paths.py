"""The Document's fast paths agree with the plain patterns they stand in for.

- The caption and boilerplate screens (`segments._may_match`) never turn away a line that the
  full pattern matches, whatever its case, spacing or look-alike letters ("ſ", "ı", "K").
"""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from checker import segments

SETTINGS = settings(max_examples=300, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow])

# Pieces of every caption and boilerplate alternative, and near misses.
PIECES = [
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
LINES = st.lists(st.sampled_from(PIECES), min_size=1, max_size=8).map("".join)


def _low_boiler(line: str) -> str:
    return line.strip().lower().strip(" •·-–—|")  # as _is_boilerplate lowercases


@SETTINGS
@given(LINES)
def test_caption_screen_keeps_every_match(line):
    if segments._CAPTION.search(line):
        assert segments._may_match(line, line.lower(), segments._CAPTION_PREFIXES,
                                   segments._CAPTION_NEEDS)


@SETTINGS
@given(LINES)
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
