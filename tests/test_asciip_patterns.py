"""dates `_ANCHOR`: its two-letter endings grouped by first letter find the same matches as
the plain alternation it replaced. Texts are built from the pattern's own pieces with varied
glue, so that they match often. (The people apposition test moved to test_fast_people.py.)
"""

from __future__ import annotations

import re

from hypothesis import HealthCheck, given, settings

from checker.mentions import dates as D
from fast_helpers import _text

SETTINGS = settings(max_examples=500, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow])

_OLD_ANCHOR = re.compile(
    r"[ADFJMNOSTW12](?:an|eb|ar|pr|ay|un|ul|ug|ep|ct|ov|ec|onday|uesday|ednesday|hursday|"
    r"riday|aturday|unday|[09]\d\d-\d)"
)
DATE_PIECES = ["Jan", "Sun", "Sunday", "Sat", "Saturday", "Mon", "Monday", "Tue", "May", "Dec",
               "Tan", "1", "2", "0", "9", "19", "2019", "-", "1an", "A", "S", "un", "ay", "ep",
               "ec", "eb", " ", ". ", "\n", "٢", "ednesday", "Wed"]


@SETTINGS
@given(_text(DATE_PIECES))
def test_anchor_finds_what_the_plain_alternation_found(text):
    assert [m.span() for m in D._ANCHOR.finditer(text)] == \
        [m.span() for m in _OLD_ANCHOR.finditer(text)]
