"""date-mismatch: the same event dated on two different days.

What it catches:
    One event given two dates in the same story: "an express train derailed near Ostrela on
    March 3" in the lede against "the March 5 derailment" later; "in a vote held on Oct. 12"
    against "30 days from the Oct. 14 vote"; "a wildfire that broke out on Aug. 9" against
    "since it began on Aug. 7". A date counts only when its own phrase links it to an event
    noun or verb (crash, derailment, vote, election, attack, fire, earthquake, signing,
    ruling, ...): before the noun ("the March 5 derailment", "Tuesday's March 5 crash"), after
    it ("the crash on March 3", "the vote, held on Oct. 12", "the explosion at the Brenna
    plant on 3 March", "the explosion that killed two workers at the plant on 3 March": a
    place phrase or a relative clause with one verb), through a verb that names the
    event ("derailed near Ostrela on March 3", "was signed on May 21"), or through a verb of
    happening whose subject is the event or "it" standing for it ("broke out on", "began on").

Why it matters:
    A date is a checkable fact; two dates for one event mean one is wrong, and the reader
    cannot tell which. It happens when a date is corrected in one paragraph and not another.

Example:
    lede:  "... why an express train derailed near Ostrela on March 3, killing nine people."
    later: "... a criminal investigation into the March 5 derailment ..."

Compatibility semantics:
    Dates are grouped by their event's canonical name (a wildfire, blaze and fire are one
    kind). Two dates of a kind conflict when they name different days, stand in different
    sentences (a sentence naming two is contrasting them), lie within 31 days of each other
    (further apart they are more likely two events than one slip), the words that say which
    event it is agree (one phrase's words include the other's: "an express train derailed"
    and "the derailment" may be one event; "the appeals court ruled" and "the Supreme
    Court's ruling" are two rulings), the later one refers back to a known event ("the", a
    possessive, "it"), and neither states a year the other contradicts. A kind dated on more
    than two different days is taken to be several events.

What it leaves alone:
    A caption's file-photo date; anniversaries ("10 years to the day after"); dates after
    "since", "until", "by", "from ... to" and in ranges; dates in sentences that speak of an
    earlier or related event ("was last hit", "a similar vote", "years ago") or report a change
    of date ("originally scheduled", "postponed"); events distinguished by their words ("a
    second vote", "the first round", "last year's"), plural events ("the March 3 and 5
    attacks"), kinds the story says happened more than once ("another attack", "two
    crashes", "previous rocket attacks"), events of different kinds ("a first vote on Oct. 12 and a runoff on Oct. 26"),
    and recurring things (meetings, hearings, matches), which are not linked at all.
"""

from __future__ import annotations

from collections import defaultdict

from checker.findings import Finding
from checker.mentions.dates import (
    ANNIVERSARY, CHANGED, DISTINCT, EARLIER, FILE, OTHER_TIME, PLURAL, RANGE, SEVERAL, SINCE,
    UNTIL, day_number,
)
from checker.rules._compare import (
    comparable, odd_one_out, partition, sides_text, spans_for,
)

ID = "date-mismatch"
SEVERITY = "error"
SUMMARY = "The same event (a crash, a vote, a signing...) is dated on two different days."

_EXCLUDE = frozenset({FILE, ANNIVERSARY, SINCE, UNTIL, RANGE, EARLIER, OTHER_TIME, CHANGED,
                      DISTINCT, PLURAL, SEVERAL})
_MAX_APART_DAYS = 31


def _ordinal(d) -> int:
    """Day of a leap year (years are compared separately)."""
    return day_number(2000, d.month, d.day)


def check(doc, mentions, options):
    sentences = doc.sentences

    def segment(d) -> str:
        return sentences[d.sentence].kind

    groups: dict[str, list] = defaultdict(list)
    for d in mentions.dates:
        if d.event and d.day is not None and d.month is not None and not d.flags & _EXCLUDE:
            groups[d.event].append(d)

    for event, ds in groups.items():
        if not comparable(ds):
            continue  # one date, or a list of dates too long to be one event restated
        days = {(d.month, d.day) for d in ds}
        if len(days) != 2:
            continue  # one day (agreement) or three and more (several events)
        conflict = False
        for i, a in enumerate(ds):
            for b in ds[i + 1:]:
                if _conflict(a, b):
                    conflict = True
                    break
            if conflict:
                break
        if not conflict:
            continue
        parts = partition(ds, lambda d: (d.month, d.day))
        primary = odd_one_out(parts, segment)
        sides = sides_text(doc, parts, primary, lambda d: _written(doc, d))
        yield Finding(
            rule=ID,
            severity=SEVERITY,
            message=f"The same {event} is dated two ways: {sides}",
            spans=spans_for(parts, primary,
                            lambda d: f"{doc.where(d.start)}: {event} on {_written(doc, d)}"),
            help="Make the dates agree, or make clear these are two different events.",
        )


def _written(doc, d) -> str:
    return doc.text[d.date_start:d.date_end]


def _conflict(a, b) -> bool:
    if (a.month, a.day) == (b.month, b.day) or a.sentence == b.sentence:
        return False
    if "year" in a.stated and "year" in b.stated and a.year != b.year:
        return False
    ma, mb = set(a.modifiers), set(b.modifiers)
    if ma and mb and not (ma <= mb or mb <= ma):
        return False  # "the appeals court ruled on March 3" / "the Supreme Court's ruling"
    later = b if b.start > a.start else a
    if not later.definite:
        return False
    apart = abs(_ordinal(a) - _ordinal(b))
    return min(apart, 366 - apart) <= _MAX_APART_DAYS
