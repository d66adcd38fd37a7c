"""weekday-date: a weekday that does not fall on the date it is attached to.

What it catches:
    A weekday written directly with a date it does not fall on: "Friday, Oct. 24, 2024" (a
    Thursday), "Tuesday (March 4)", "on March 4, a Tuesday", "Saturday 16 March 2024". When
    the phrase has no year, the year is taken from the story: the nearest full date before it
    (day, month and year), else the story's single stated year; of that year and its
    neighbours, the one that puts the date nearest the reference is used ("will take office
    on Jan. 6" in a story dated Sept. 15, 2024 means Jan. 6, 2025). The message then says the
    year was inferred and where from.

Why it matters:
    Readers and editors plan by weekday; a weekday that disagrees with its date means one of
    the two is wrong, and a reader cannot tell which. It is a typical slip when a date is
    updated in one place and its weekday is not.

Example:
    "... will present its preliminary findings at a public hearing in Bergen on Friday,
    Oct. 24, 2024" -- Oct. 24, 2024 is a Thursday.

What it leaves alone:
    Weekdays that are not attached to the date ("on Monday, a week after the March 4 vote",
    "Sunday's first round ... the Nov. 12, 2023 vote"), weekdays alone ("on Sunday"), dates
    with no year when the story states neither a full date nor a copyright year to take one
    from, inferred years more than five months from their reference (the year could be either
    side), and ranges. When the story's full dates and copyright line state more than one
    year, or only the copyright line gives one, the inferred year is uncertain: the rule stays
    silent if the weekday is right in any year the story allows (next year's for January and
    February, last year's for November and December), and otherwise reports only a warning.
"""

from __future__ import annotations

from checker.findings import WARNING, Finding, Span
from checker.mentions.dates import RANGE, WEEKDAYS

ID = "weekday-date"
SEVERITY = "error"
SUMMARY = "A weekday is attached to a date it does not fall on (Tuesday, March 4, 2022)."

_MAX_INFER_DAYS = 150


def check(doc, mentions, options):
    dates = mentions.dates
    by_start = {d.date_start: d for d in dates}
    text = doc.text
    for d in dates:
        if not d.attached or d.weekday is None or d.year is None or RANGE in d.flags:
            continue
        actual = d.weekday_in()
        if actual is None or actual == d.weekday:
            continue
        said = WEEKDAYS[d.weekday].capitalize()
        really = WEEKDAYS[actual].capitalize()
        phrase = text[d.start:d.end]
        where = doc.where(d.start)
        full = d.describe() if not d.year_inferred else f"{d.describe()}, {d.year}"
        spans = [Span(d.start, d.end, f"{where}: {said}, but {full} is a {really}")]
        severity = SEVERITY
        if d.year_inferred:
            if any(d.weekday_in(y) == d.weekday for y in d.year_alternatives):
                continue  # right in another year the story allows
            if d.year_basis == "copyright":
                src = (d.year_source, d.year_source + 4)
                note = (f" (the year {d.year} is assumed from the copyright line; the story "
                        f"states no full date")
            else:
                ref = by_start.get(d.year_source)
                if ref is None:
                    continue
                ref_day = ref.day_number()
                if ref_day is None or abs(d.day_number() - ref_day) > _MAX_INFER_DAYS:
                    continue
                src = (ref.date_start, ref.date_end)
                note = (f" (the year {d.year} is inferred from \"{text[src[0]:src[1]]}\" in "
                        f"{doc.where(ref.date_start)}")
                if d.year_uncertain:
                    note += "; the story states more than one year"
            if d.year_uncertain:
                severity = WARNING
            note += ")"
            spans.append(Span(src[0], src[1],
                              f"{doc.where(src[0])}: year {d.year} taken from here"))
        else:
            note = ""
        yield Finding(
            rule=ID,
            severity=severity,
            message=f"{where} says \"{phrase}\", but {full} is a {really}, not a {said}{note}",
            spans=spans,
            help="Check both the weekday and the date; one of them is wrong.",
        )
