"""The date extractor (checker/mentions/dates.py): forms, stated parts, flags, event links and
inferred years, checked on the mentions themselves rather than through a rule."""

import datetime

from hypothesis import given, settings
from hypothesis import strategies as st

from checker.document import Document
from checker.mentions import Mentions
from checker.mentions.dates import MONTH_NAMES, day_number

HEAD = "Officials report on the Tarvik ferry\n\nTARVIK, Norway (Wire) — "


def dates_of(body: str, head: str = HEAD):
    text = head + body + "\n"
    return text, Mentions(Document(text)).dates


def by_text(text, dates):
    return {text[d.start:d.end]: d for d in dates}


def test_forms_and_stated_parts():
    text, ds = dates_of(
        "The ferry sank on Sunday, Dec. 20, 2020, and divers returned on 20 December. "
        "Talks began on 2020-12-21 and resume in March 2021, on Sept. 3 or on the 5th of March."
    )
    got = by_text(text, ds)
    d = got["Sunday, Dec. 20, 2020"]
    assert (d.weekday, d.day, d.month, d.year) == (6, 20, 12, 2020)
    assert d.stated == {"weekday", "day", "month", "year"} and d.attached
    assert text[d.date_start:d.date_end] == "Dec. 20, 2020"
    d = got["20 December"]
    assert d.stated == {"day", "month"} and d.year_inferred and d.year == 2020
    assert d.year_source == text.index("Dec. 20, 2020")
    assert got["2020-12-21"].stated == {"day", "month", "year"}
    assert got["March 2021"].stated == {"month", "year"} and got["March 2021"].day is None
    assert got["Sept. 3"].month == 9
    assert got["5th of March"].day == 5


def test_weekday_alone_and_attached_forms():
    text, ds = dates_of(
        "Rockets hit on Sunday. Tuesday's March 5 crash and the vote on Tuesday (March 4) "
        "came before March 6, a Thursday, and Saturday 16 March."
    )
    got = by_text(text, ds)
    assert got["Sunday"].stated == {"weekday"} and not got["Sunday"].attached
    assert got["Tuesday's March 5"].attached
    assert got["Tuesday (March 4)"].attached
    assert got["March 6, a Thursday"].weekday == 3
    assert got["Saturday 16 March"].day == 16


def test_unattached_weekday_stays_alone():
    text, ds = dates_of("He spoke on Monday, a week after the March 4 vote.")
    got = by_text(text, ds)
    assert set(got) == {"Monday", "March 4"}
    assert got["March 4"].weekday is None


def test_not_dates():
    text, ds = dates_of(
        "Theresa May 10 times said no, the Sunday Times said, at 2005 GMT on Route 66 in "
        "the Boeing 737, and Feb. 30 never came."
    )
    assert [text[d.start:d.end] for d in ds] == []


def test_file_anniversary_since_until_range_flags():
    head = ("Rockets hit Baghdad embassy\n\n"
            "FILE - In this Jan. 3, 2020 file photo, the U.S. Embassy is seen in Baghdad. "
            "Rockets targeted the embassy on Dec. 20, 2020, officials said.\n\n"
            "BAGHDAD (Wire) — ")
    text, ds = dates_of(
        "It came 10 years to the day after the flood of Dec. 20, 2010. Talks have stalled "
        "since March 3 and will not resume until April 9. The fair ran from May 1 to May 5.",
        head)
    got = by_text(text, ds)
    assert "file" in got["Jan. 3, 2020"].flags
    assert "file" not in got["Dec. 20, 2020"].flags
    assert "anniversary" in got["Dec. 20, 2010"].flags
    assert "since" in got["March 3"].flags
    assert "until" in got["April 9"].flags
    assert "range" in got["May 1"].flags


def test_earlier_event_is_not_a_year_reference():
    text, ds = dates_of(
        "The quake struck on Sunday, Jan. 12, 2025. The region was last hit by a deadly "
        "earthquake on Aug. 17, 2009. Aid arrived on Jan. 14."
    )
    got = by_text(text, ds)
    assert "earlier" in got["Aug. 17, 2009"].flags
    assert got["Jan. 14"].year == 2025 and not got["Jan. 14"].year_uncertain


def test_inferred_year_crosses_new_year_and_marks_uncertainty():
    text, ds = dates_of("Lask won on Sept. 15, 2024 and will take office on Jan. 6.")
    assert by_text(text, ds)["Jan. 6"].year == 2025
    text, ds = dates_of(
        "The trial opened on Feb. 3, 2025, a year after the arrest on March 3, 2024. "
        "A verdict is due on Feb. 20."
    )
    d = by_text(text, ds)["Feb. 20"]
    assert d.year_uncertain and set(d.year_alternatives) == {2024, 2025}


def test_event_links():
    text, ds = dates_of(
        "An express train derailed near Ostrela on March 3. Prosecutors examined the March 5 "
        "derailment. The council vote, held on Oct. 12, was close. A wildfire that broke out "
        "on Aug. 9 spread. The flames grew since it began on Aug. 7. The deal was signed on "
        "May 21. Police said on June 2 that two men were held."
    )
    got = by_text(text, ds)
    assert (got["March 3"].event, got["March 3"].definite) == ("derailment", False)
    assert (got["March 5"].event, got["March 5"].definite) == ("derailment", True)
    assert got["Oct. 12"].event == "vote"
    assert got["Aug. 9"].event == "fire"
    assert (got["Aug. 7"].event, got["Aug. 7"].definite) == ("fire", True)
    assert got["May 21"].event == "signing"
    assert got["June 2"].event == ""


def test_event_links_across_an_object():
    text, ds = dates_of(
        "The earthquake that struck eastern Turkey on 12 January killed 23. The referendum on "
        "the tram line held on May 18 passed. Lenovo signed the deal with IBM on 8 December. "
        "After the crash the council held a meeting on May 20."
    )
    got = by_text(text, ds)
    assert got["12 January"].event == "earthquake"
    assert got["May 18"].event == "referendum"
    assert got["8 December"].event == "signing"
    assert got["May 20"].event == ""  # the meeting's date, not the crash's


def test_distinct_plural_and_several():
    text, ds = dates_of(
        "A second vote on Oct. 26 follows the Oct. 12 vote. The March 3 and 5 attacks were "
        "followed by another attack on the March 9 march."
    )
    got = by_text(text, ds)
    assert "distinct" in got["Oct. 26"].flags
    assert "several" in got["Oct. 12"].flags  # "a second vote": votes happened more than once
    assert "range" in got["March 3"].flags


_STYLES = {
    "ap": lambda d: f"{MONTH_NAMES[d.month]} {d.day}, {d.year}",
    "british": lambda d: f"{d.day} {MONTH_NAMES[d.month]} {d.year}",
    "ap-weekday": lambda d: f"{d.strftime('%A')}, {MONTH_NAMES[d.month]} {d.day}, {d.year}",
    "iso": lambda d: d.isoformat(),
}


@settings(max_examples=60, deadline=None)
@given(st.dates(datetime.date(1900, 1, 1), datetime.date(2099, 12, 31)),
       st.sampled_from(sorted(_STYLES)))
def test_any_written_date_reads_back(day, style):
    written = _STYLES[style](day)
    text, ds = dates_of(f"The ferry sank on {written}, officials said.")
    assert len(ds) == 1
    d = ds[0]
    assert text[d.start:d.end] == written
    assert d.day_number() == day.toordinal() and "year" in d.stated
    if style == "ap-weekday":
        assert d.weekday == day.weekday()


@settings(max_examples=200, deadline=None)
@given(st.dates(datetime.date(1, 1, 1), datetime.date(9999, 12, 31)))
def test_day_number_and_weekday_agree_with_datetime(day):
    assert day_number(day.year, day.month, day.day) == day.toordinal()
    assert (day.toordinal() + 6) % 7 == day.weekday()


def test_invalid_days():
    assert day_number(2023, 2, 29) is None and day_number(2024, 2, 29) is not None
    assert day_number(2025, 4, 31) is None and day_number(1900, 2, 29) is None


def test_copyright_year_when_the_story_states_no_full_date():
    text, ds = dates_of("The festival opens on Friday, June 13, and refunds close on Jan. 4.\n\n"
                        "Copyright 2025 Wire News. All rights reserved.")
    got = by_text(text, ds)
    d = got["Friday, June 13"]
    assert (d.year, d.year_basis, d.year_uncertain) == (2025, "copyright", True)
    assert d.year_source == text.index("2025")
    assert got["Jan. 4"].year_alternatives == (2025, 2026)  # a late-2025 story may mean 2026
    # A full date in the story is the better reference; the copyright year only adds doubt.
    text, ds = dates_of("It opened on June 13, 2024 and closes on Sunday, June 15.\n\n"
                        "Copyright 2025 Wire News.")
    d = by_text(text, ds)["Sunday, June 15"]
    assert (d.year, d.year_basis, d.year_uncertain) == (2024, "date", True)



def test_event_linked_through_a_place_phrase_or_a_relative_clause():
    cases = {
        "A valve caused the explosion that killed two workers at the plant on 3 March.": "explosion",
        "The explosion at the Brenna chemical plant on 3 March killed two workers.": "explosion",
        "The crash, which killed nine people near Ostrela on March 3, was caused by a fault.": "crash",
        "The flood that swept through the valley on 3 March left homes damaged.": "flood",
        # A second verb or clause: the date belongs to something else.
        "The blast that injured workers who were sent home on 3 March was caused by a valve.": "",
        "The fire that destroyed the school, which reopened on 3 March, was arson.": "",
        "The flood in the school basement was repaired on 3 March.": "",
    }
    for body, event in cases.items():
        text, ds = dates_of(body)
        (d,) = [d for d in ds if d.day]
        assert d.event == event, body
