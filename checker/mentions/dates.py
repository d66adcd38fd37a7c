"""Dates in the text: a small hand-written grammar for AP and British news forms, one pass.

Forms read: "Dec. 20, 2020", "December 20", "Sept. 3", "March 5th", "20 December 2020",
"the 5th of March", "2020-12-20", "March 2017" (month and year), a weekday alone ("on Sunday",
"Tuesday's"), and a weekday attached to a date ("Sunday, Dec. 20, 2020", "Saturday 16 March",
"Tuesday (March 4)", "on March 4, a Tuesday", "Tuesday's March 5 crash"). Each `DateMention`
records which parts the text actually stated; a missing year is inferred afterwards (see
`_infer_years`) and marked as inferred, with the offset of the date it was taken from.

Each date is also marked with how it is used (flags): a caption's file-photo date ("In this
Jan. 3, 2020 file photo") is never the event's date; anniversaries, "since", "until",
"from ... to", ranges, dates in sentences about an earlier or related event, and dates in
sentences that report a change of date ("postponed", "originally") are marked too, and a
day-level date is linked, when its own phrase says so, to the event it dates ("the March 5
derailment", "a vote held on Oct. 12", "derailed near Ostrela on March 3", "a wildfire that
broke out on Aug. 9", "since it began on Aug. 7"). The flags are found on a date's first
read of them (`_flags`): rules read them for few dates.

The grammar is one alternation of literal words and bounded digit runs (no nested
quantifiers), tried only where a first-character scan of the text finds a month or weekday
name or an ISO year; everything else looks at bounded windows around a match, so the cost is
linear in the text (about 0.07 ms CPU for a BBC article). No library is used: the measured
ones (shared/notes/libraries.md) miss weekdays, read "May" and "$12" as dates, or cost
10-100x more to import and run.
"""

from __future__ import annotations

import bisect
import re
from functools import cache

import regex

# Names and day arithmetic live in calendar.py; WEEKDAYS, MONTH_NAMES and day_number are
# imported from here by the rules and tests.
from checker.mentions.calendar import (
    MONTH_NAMES, WEEKDAY_NUMBERS, WEEKDAYS, day_number, is_valid_day, month_number,
)
from checker.mentions.lemmas import lemma
from checker.mentions.lazy import Lazy
from checker.mentions.plain import caseless, holds_any
from checker.record import field, record, replace

_MON = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Jan\.?|Feb\.?|Mar\.|Apr\.|Jun\.|Jul\.|Aug\.?|Sept\.?|Sep\.|Oct\.?|Nov\.?|Dec\.?)"
)
_WD = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_YEAR = r"(?:1[6-9]\d\d|20\d\d)(?![\d,.]\d|\d)"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?![^\W_]|[.,]\d)"
# Where a date or weekday can start: a month or weekday name, or an ISO date's year. Plain
# `re` finds these literals faster than the full grammar could be tried at every character.
# The two-letter endings are grouped by their first letter (the same strings, tried in the
# same order): re tries a branch's first letter before entering it, so fewer branches to test
# at each capital (5.682 -> 5.674 M instructions per article).
_ANCHOR_FIRST = "ADFJMNOSTW12"
_ANCHOR_ENDINGS = (r"a[nry]|e[bcp]|pr|u[nlg]|ct|ov|onday|uesday|ednesday|hursday|riday|aturday|"
                   r"unday|[09]\d\d-\d")
_ANCHOR = re.compile(rf"[{_ANCHOR_FIRST}](?:{_ANCHOR_ENDINGS})")
# `re` tests a first-character set at every character of the text (~60 instructions a
# character: 0.12 M per BBC article), but finds a pattern's literal first character with a
# plain loop. So the text is scanned as ASCII bytes in which every first character of
# `_ANCHOR` is "#" (and each non-ASCII character a "?", one byte each), for "#" and an
# ending in a lookahead: one character long, so a position inside a match is still tried.
# In the bytes "1" and "2" are "#" too, and a non-ASCII digit ("٢", a `\d` for `re`) is "?",
# so an ISO ending's digit is read as any of "0-9#?": the scan finds every start of an
# `_ANCHOR` match and a few more, and `_anchors` matches `_ANCHOR` at each. -0.05 M
# instructions per BBC article.
_ANCHOR_BYTES = bytes(
    ord("#") if chr(i) in _ANCHOR_FIRST else ord("?") if i >= 128 or chr(i) == "#" else i
    for i in range(256)
)
_ANCHOR_SCAN = re.compile(
    ("#(?=" + _ANCHOR_ENDINGS.replace(r"\d", "[0-9#?]") + ")").encode("ascii"))
_ANCHOR_WORDS = frozenset(
    "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec Mon Tue Wed Thu Fri Sat Sun".split()
)
# The patterns that read backwards from a date ("... 5th of |March") are run forwards with the
# standard library: each must end where the window ends, and the match they give is the one
# `regex`'s reverse search gave. `regex`'s whitespace and word characters are kept: re's \s
# also matches \x1c-\x1f, and a \b is checked with `regex`'s \w (combining marks are word
# characters there, "²" is not).
_S = r"[^\S\x1c-\x1f]"
_WORD_CHAR = regex.compile(r"\w")
_DAY_BEFORE = re.compile(rf"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?:{_S}+of)?{_S}+$")
_TOKEN = re.compile(
    rf"\b(?:"
    rf"(?P<iso>(?:19|20)\d\d)-(?P<isom>0[1-9]|1[0-2])-(?P<isod>0[1-9]|[12]\d|3[01])(?![\d-])"
    rf"|(?P<mdy_m>{_MON})(?![^\W\d_])\s+(?P<mdy_d>{_DAY})(?:,?\s+(?P<mdy_y>{_YEAR}))?"
    rf"|(?P<dmy_d>{_DAY})(?:\s+of)?\s+(?P<dmy_m>{_MON})(?![^\W\d_])(?:,?\s+(?P<dmy_y>{_YEAR}))?"
    rf"|(?P<my_m>{_MON})(?![^\W\d_])\s+(?P<my_y>{_YEAR})"
    rf"|(?P<wd>{_WD})(?P<poss>['’]s)?(?![^\W\d_])"
    rf")"
)
# Between a weekday and the date it names: "Sunday, ", "Saturday ", "Tuesday (", "Tuesday's ".
_WD_BEFORE_GAP = re.compile(r"(?:,\s*|\s+|\s*\(\s*)(?:the\s+)?")
_PREV_WORD = re.compile(rf"([\S\x1c-\x1f]+){_S}+$")
_FUNCTION_WORDS = frozenset(
    """on in by since until till from before after last early late mid of and or to next this
    that each every through between during around about as at for the""".split()
)
_WD_POSS_GAP = re.compile(r"\s+")
# After a date, its weekday: ", a Tuesday", " (Tuesday)".
_WD_AFTER = Lazy(re.compile, rf",\s+(?:a|on\s+a)\s+({_WD})\b|\s*\(\s*({_WD})\s*\)")
# A weekday that is part of a name, not a day: "the Sunday Times", "Friday Harbor".
_WD_NAME_RIGHT = Lazy(re.compile,
    r"\s+(?:Times|Telegraph|Mirror|Express|Post|People|Herald|Mail|Sport|Star|League|Night "
    r"Live|Harbor|Island|Club|Show|Service|Programme|Magazine)\b"
)

FILE = "file"              # a file photo's date in a caption
ANNIVERSARY = "anniversary"
SINCE = "since"
UNTIL = "until"
RANGE = "range"            # from ... to, between ... and, March 3-5, March 3 and 4
OTHER_TIME = "other-time"  # the sentence speaks of an earlier or related event somewhere
EARLIER = "earlier"        # ... and says so before the date or right after it
CHANGED = "changed"        # the sentence reports a change of date (postponed, originally)
DISTINCT = "distinct"      # the event is distinguished from another of its kind (second vote)
PLURAL = "plural"          # the event noun is plural (several events)
SEVERAL = "several"        # the story speaks of more than one event of this kind

# The case-insensitive word lists below open with a lookahead on the first letters of their
# words: without a literal prefix `re` tries the whole alternation at every character, and
# the lookahead (a necessary condition, so the matches are the same) makes the sentence-wide
# searches two to three times faster. tests/test_fast_dates.py checks each set is complete.
# Each is compiled twice (`caseless`): with re.IGNORECASE for the text, and case-sensitively
# for `Document.folded`, which `_mark` reads when the document has one: the same matches,
# 0.047 M fewer instructions per BBC article.


_LEFT_MARK, _LEFT_MARK_FOLDED = caseless(
    rf"(?=[abfstu])(since|until|till|through|by|before|after|from|between|to){_S}+(?:on{_S}+)?"
    rf"(?:(?:at least|as late as|as early as|no later than){_S}+)?$"
)
_LEFT_RANGE = Lazy(re.compile,
    rf"\d(?:st|nd|rd|th)?,?{_S}*(?:-|–|—|and|or|to|until|till|through){_S}*$"
)
_RIGHT_RANGE = Lazy(re.compile,
    rf"\s*(?:-|–|—|to|until|till|through|and|or)\s*(?:{_MON}\s+)?\d"
    rf"|\s*(?:-|–|to|until|till|through|and|or)\s+(?:{_WD}|{_MON})\b"
)
_FILE_RIGHT = Lazy(re.compile,
    r",?\s+(?:file\s+|handout\s+|archive\s+)?(?:photo|image|picture|photograph)\b",
    re.IGNORECASE,
)
_FILE_LEFT = re.compile(rf"(?:In this|In a|In an|On|From){_S}+(?:undated{_S}+)?$")
_ANNIVERSARY, _ANNIVERSARY_FOLDED = caseless(
    r"(?=[acmrt])(?:anniversar|to the day\b|\bcommemorat|\bmemorial\b|\bremembrance\b|"
    r"\bmarks? (?:one|two|three|four|five|six|seven|eight|nine|ten|\d+) years?\b)"
)
_EARLIER, _EARLIER_FOLDED = caseless(
    r"\b(?=[abefhilmptwy])"
    r"(?:last (?:year|month|week|time|hit|struck|held|happened|occurred|took)|"
    r"(?:was|were) last\b|the last time|previous(?:ly)?|earlier (?:this|that|in)|a similar|"
    r"another|years? ago|months? ago|in the past|prior to|history|historic|the first time|"
    r"for the first time since|a year earlier|years? earlier|years? before|ago|born|founded|"
    r"established)\b"
)
_CHANGED, _CHANGED_FOLDED = caseless(
    r"\b(?=[bcdfhimnoprw])"
    r"(?:originally|postponed|rescheduled|re-scheduled|moved (?:to|from|forward|back|up)|"
    r"delayed|brought forward|pushed back|put back|instead|initially|first scheduled|"
    r"had been (?:scheduled|planned|set|due)|was (?:scheduled|planned|due)|new date|"
    r"corrected|correction|not on)\b"
)
# What each of the three sentence-wide word lists cannot match without: every match of the
# pattern contains one of these strings (a word, or the part of a phrase that all its forms
# share). `re` tries such a list at every character of the sentence (~300 instructions a
# character); a sentence where `str.find` sees none of them (three in four) is skipped:
# ~0.07 M instructions per BBC article. tests/test_fast_dates.py checks the lists.
_ANNIVERSARY_NEEDS = ("anniversar", "to the day", "commemorat", "memorial", "remembrance",
                      "mark")
_EARLIER_NEEDS = ("last", "previous", "earlier", "similar", "another", "ago", "past", "prior",
                  "histor", "first time", "before", "born", "founded", "established")
_CHANGED_NEEDS = ("originally", "postponed", "scheduled", "moved ", "delayed",
                  "brought forward", "pushed back", "put back", "instead", "initially",
                  "planned", "been set", "been due", "was due", "new date", "correct", "not on")

# Event nouns a date can date, canonical key per lemma. One-off happenings only: recurring
# things (meetings, hearings, matches) and outcomes that happen to many people (deaths,
# arrests) are left out, since two of them on different days are normal.
EVENT_NOUNS = {
    "crash": "crash", "collision": "crash", "pile-up": "crash",
    "derailment": "derailment",
    "vote": "vote", "ballot": "vote", "referendum": "referendum", "plebiscite": "referendum",
    "election": "election", "runoff": "runoff", "run-off": "runoff", "by-election": "election",
    "attack": "attack", "assault": "attack", "ambush": "attack", "bombing": "bombing",
    "shooting": "shooting", "stabbing": "stabbing", "explosion": "explosion",
    "blast": "explosion", "fire": "fire", "wildfire": "fire", "blaze": "fire",
    "bushfire": "fire", "flame": "fire", "flames": "fire", "inferno": "fire", "earthquake": "earthquake",
    "quake": "earthquake", "tremor": "earthquake", "flood": "flood", "flooding": "flood",
    "landslide": "landslide", "mudslide": "landslide", "avalanche": "avalanche",
    "eruption": "eruption", "signing": "signing", "ruling": "ruling", "verdict": "ruling",
    "judgment": "ruling", "judgement": "ruling", "sinking": "sinking", "capsizing": "sinking",
    "collapse": "collapse", "accident": "accident", "massacre": "massacre", "coup": "coup",
    "invasion": "invasion", "raid": "raid", "derailing": "derailment", "hijacking": "hijacking",
    "kidnapping": "kidnapping", "abduction": "kidnapping", "spill": "spill", "leak": "leak",
    "outage": "outage", "blackout": "outage", "heist": "robbery", "robbery": "robbery",
    "closure": "closure", "shutdown": "closure", "conviction": "conviction",
}
# Verbs that name their event outright ("derailed on March 3" dates a derailment).
EVENT_VERBS = {
    "derailed": "derailment", "crashed": "crash", "collided": "crash", "voted": "vote",
    "signed": "signing", "ruled": "ruling", "exploded": "explosion", "capsized": "sinking",
    "sank": "sinking", "collapsed": "collapse", "hijacked": "hijacking", "shut": "closure",
    "closed": "closure", "convicted": "conviction",
}
# Verbs that say when the subject happened or began; the event is the subject noun.
_GENERIC_VERBS = frozenset(
    """broke out began started erupted happened occurred took place struck hit held staged
    conducted carried opened""".split()
)
_START_VERBS = frozenset("broke began started erupted".split())
_FILLERS = frozenset(
    """was were is are had has have been be being that which reportedly first allegedly
    officially formally finally eventually""".split()
)
_SEVERAL = (
    r"another|first|second|third|fourth|fifth|latest|previous|earlier|prior|similar|separate|"
    r"other|two|three|four|five|several|multiple|repeated|series of|string of|spate of|"
    r"wave of|double|twin"
)
_REPORTING = frozenset(
    """said says told announced added confirmed reported warned claimed stated wrote insisted
    argued noted""".split()
)
_OBJECT_PREPS = frozenset("on of in at over about for against into".split())
_PLACE_PREPS = frozenset("near in at outside off".split())
_DISTINGUISH = frozenset(
    """first second third fourth fifth final last next new another earlier previous prior
    later subsequent similar separate initial preliminary repeat second-round first-round
    upcoming planned scheduled original rescheduled postponed other fresh latest""".split()
)
# Words about an event that do not tell two events of a kind apart.
_GENERIC_MODIFIERS = frozenset(
    """deadly fatal tragic recent huge massive major devastating violent serious terrible
    horrific big large small latest same this that its their his her our early late year week
    month today yesterday weekend""".split()
)
_DETERMINERS = frozenset("the this that its their his her our".split())
_INDEFINITE = frozenset("a an".split())
_WORD_RE = Lazy(re.compile, r"[^\W_][\w'’-]*|,")
_NEXT_WORD = Lazy(re.compile, r"\s+([^\W\d_][\w-]*)(?![\w'’])")
_NOUN_STOP = frozenset("of for in on at to and or with by the a an as from after before".split())


def _ends_with_on(left: str) -> bool:
    r"""`(?:^|\s)on\s+$` searched in `left`: the word "on" then whitespace end it. String
    methods instead of a search that tries every character (~25,000 instructions per
    day-level date; str.isspace and rstrip know the same whitespace as re's \s)."""
    core = left.rstrip()
    return len(core) < len(left) and core.endswith("on") and (
        len(core) == 2 or core[-3].isspace())


_DET_LEFT = Lazy(regex.compile,
    r"(?r)(?:^|\b)((?i:the|a|an|this|that|its|their|his|her|our)|[\p{L}]+['’]s)\s+"
    r"(?:([\p{Ll}][\p{Ll}-]*)\s+)?$"
)


def _flags(d: DateMention) -> frozenset[str]:
    """A date's flags (`DateMention.flags`), found on first read: rules read them for few
    dates (those linked to an event: 6 of 347 over BBC articles 300-600; year inference those
    of full dates, when a date lacks its year), and the windows and sentence patterns behind
    them cost ~0.035 M instructions per article when found for every date (4.675 -> 4.640 M).
    They are found from three hidden fields: `_flag_reader` (the document's `_FlagReader`;
    None for a weekday alone, which has none), `_link_flags` (those the event link found)
    and `_several` (the story speaks of several events of its kind)."""
    if d._flag_reader is None:
        return frozenset()
    flags = d._flag_reader.flags(d) | d._link_flags
    if d._several:
        flags.add(SEVERAL)
    return frozenset(flags)


@record(frozen=True, slots=True)
class DateMention:
    """A date or weekday stated in a sentence.

    `start`/`end` span the whole phrase, weekday included ("Sunday, Dec. 20, 2020");
    `date_start`/`date_end` span the calendar date alone ("Dec. 20, 2020"), equal to the
    phrase for a weekday alone. `weekday` is 0 (Monday) .. 6 (Sunday) or None; `stated` is the
    set of parts the text gives ("weekday", "day", "month", "year"). `year` is the stated year,
    or an inferred one when `year_inferred` (then `year_source` is the offset of the date it
    was taken from, `year_uncertain` says the story states more than one year and
    `year_alternatives` lists the year each of the story's full dates would give).
    `attached` says a weekday is directly attached to the date ("Tuesday, March 4").
    `event` is the canonical event the phrase dates ("derailment"), `event_start`/`event_end`
    the word that says so; `definite` says the phrase refers back to a known event ("the March
    5 derailment", "since it began on"); `modifiers` are the words that say which one ("the
    appeals court ruled" -> appeal, court). `flags`: file, anniversary, since, until, range,
    other-time, earlier, changed, distinct, plural, several.
    """

    start: int
    end: int
    date_start: int
    date_end: int
    sentence: int
    weekday: int | None
    day: int | None
    month: int | None
    year: int | None
    stated: frozenset[str]
    attached: bool = False
    flags: frozenset[str] = field(lazy=_flags)
    event: str = ""
    event_start: int = -1
    event_end: int = -1
    definite: bool = False
    modifiers: tuple[str, ...] = ()
    year_inferred: bool = False
    year_source: int = -1
    year_uncertain: bool = False
    year_alternatives: tuple[int, ...] = ()
    year_basis: str = ""  # "date" (a full date in the story) or "copyright" (its copyright line)
    # What `flags` is found from (see _flags)
    _flag_reader: object = field(default=None, repr=False, compare=False)
    _link_flags: frozenset[str] = field(default=frozenset(), repr=False, compare=False)
    _several: bool = field(default=False, repr=False, compare=False)

    @property
    def is_full(self) -> bool:
        return self.day is not None and self.month is not None and "year" in self.stated

    def day_number(self) -> int | None:
        """Days since Jan. 1 of year 1 (as date.toordinal()); None without a full date."""
        if self.day is None or self.month is None or self.year is None:
            return None
        return day_number(self.year, self.month, self.day)

    def weekday_in(self, year: int | None = None) -> int | None:
        """The weekday (0 = Monday) the date falls on in `year` (default: its own year)."""
        n = day_number(year or self.year, self.month, self.day) if self.day else None
        return None if n is None else (n + 6) % 7

    def describe(self) -> str:
        """The calendar date in a fixed wording: 'March 4, 2022' or 'March 4'."""
        if self.month is None:
            return WEEKDAYS[self.weekday].capitalize() if self.weekday is not None else ""
        s = MONTH_NAMES[self.month]
        if self.day is not None:
            s += f" {self.day}"
        if "year" in self.stated:
            s += f", {self.year}" if self.day is not None else f" {self.year}"
        return s


@record
class _Raw:
    start: int
    end: int
    kind: str  # "date", "month-year" or "weekday"
    day: int | None = None
    month: int | None = None
    year: int | None = None
    weekday: int | None = None
    poss: bool = False


def _day(s: str) -> int:
    return int(s.rstrip("stndrh"))


def _tokens(text: str, s0: int, s1: int, anchors: list[int]) -> list[_Raw]:
    """Dates and weekdays of one sentence, read only where a month or weekday name (or an ISO
    year) stands: trying the grammar at every character costs ten times more."""
    out: list[_Raw] = []
    last = s0
    for p in anchors:
        if p < last:
            continue
        m = None
        if text[p].isupper() and not text.startswith(("Mon", "Tue", "Wed", "Thu", "Fri",
                                                       "Sat", "Sun"), p):
            db = _search_from_word_start(_DAY_BEFORE, text, p - 12 if p - 12 > last else last,
                                         p)  # (a conditional, not max(): a third of the cost)
            if db:
                m = _TOKEN.match(text, db.start(), s1)
        if m is None:
            m = _TOKEN.match(text, p, s1)
        if m is None:
            continue
        last = m.end()
        g = m.group
        if g("wd") is not None:
            if text[m.start() - 1:m.start()].isalpha() or _WD_NAME_RIGHT.match(text, m.end(), s1):
                continue
            out.append(_Raw(m.start(), m.end(), "weekday",
                            weekday=WEEKDAY_NUMBERS[g("wd").lower()], poss=g("poss") is not None))
        elif g("iso") is not None:
            y, mo, d = int(g("iso")), int(g("isom")), int(g("isod"))
            if is_valid_day(d, mo, y):
                out.append(_Raw(m.start(), m.end(), "date", d, mo, y))
        elif g("my_m") is not None:
            out.append(_Raw(m.start(), m.end(), "month-year", None, month_number(g("my_m")),
                            int(g("my_y"))))
        else:
            mon = g("mdy_m") or g("dmy_m")
            d = _day(g("mdy_d") or g("dmy_d"))
            ys = g("mdy_y") or g("dmy_y")
            mo = month_number(mon)
            y = int(ys) if ys else None
            if mon == "May" and g("mdy_m") is not None and _surname_may(text, s0, m.start()):
                continue  # "Theresa May 10 times": a surname, not the month
            if is_valid_day(d, mo, y):
                out.append(_Raw(m.start(), m.end(), "date", d, mo, y))
    return out


def _search_from_word_start(pat, text: str, lo: int, hi: int):
    """The leftmost match of `pat` in text[lo:hi] that starts a word (a `regex` \\b before it)."""
    while True:
        m = pat.search(text, lo, hi)
        if m is None or not m.start() or not _WORD_CHAR.match(text, m.start() - 1):
            return m
        lo = m.start() + 1


def _file_left(left: str) -> bool:
    return _search_from_word_start(_FILE_LEFT, left, 0, len(left)) is not None


def _surname_may(text: str, s0: int, pos: int) -> bool:
    pm = _PREV_WORD.search(text, max(s0, pos - 30), pos)
    if pm is None:
        return False
    w = pm.group(1)
    return w[:1].isupper() and w[1:].isalpha() and w.lower() not in WEEKDAY_NUMBERS and \
        w.lower() not in _FUNCTION_WORDS


def _anchors(text: str) -> list[int]:
    """The starts of `_ANCHOR.finditer(text)`'s matches, from the byte scan (see
    `_ANCHOR_SCAN`): `_ANCHOR` is matched at each position it finds that no earlier match
    covers, as finditer would have gone on from a match's end."""
    starts: list[int] = []
    end = 0
    match = _ANCHOR.match
    # (latin-1: the text's own bytes for most texts, where "ascii" tests every character)
    for c in _ANCHOR_SCAN.finditer(text.encode("latin-1", "replace").translate(_ANCHOR_BYTES)):
        p = c.start()
        if p >= end:
            m = match(text, p)
            if m is not None:
                starts.append(p)
                end = m.end()
    return starts


def extract_dates(doc) -> list[DateMention]:
    text = doc.text
    out: list[DateMention] = []
    by_sentence: dict[int, list[int]] = {}
    sentence_at = doc.sentence_at
    reader = None  # the document's `_FlagReader`, made for its first date
    for p in _anchors(text):
        if p and text[p - 1].isalpha() or \
                text[p:p + 3] not in _ANCHOR_WORDS and not text[p].isdigit():
            continue
        sent = sentence_at(p)
        if sent is not None and sent.duplicate_of is None:
            by_sentence.setdefault(sent.index, []).append(p)
    for si, anchors in by_sentence.items():
        sent = doc.sentences[si]
        s0, s1 = sent.start, sent.end
        toks = _tokens(text, s0, s1, anchors)
        if not toks:
            continue
        if reader is None:
            reader = _FlagReader(doc)
        used: set[int] = set()
        for i, t in enumerate(toks):
            if i in used:
                continue
            if t.kind == "weekday":
                nxt = toks[i + 1] if i + 1 < len(toks) else None
                if nxt is not None and nxt.kind == "date":
                    gap = text[t.end:nxt.start]
                    ok = (_WD_POSS_GAP.fullmatch(gap) if t.poss else
                          _WD_BEFORE_GAP.fullmatch(gap))
                    if ok and "(" in gap:
                        ok = text[nxt.end:nxt.end + 3].lstrip()[:1] == ")"
                    if ok:
                        used.add(i + 1)
                        end = nxt.end
                        if "(" in gap:
                            end = text.index(")", nxt.end) + 1
                        out.append(_mention(text, sent, t.start, end, nxt, t.weekday, reader))
                        continue
                out.append(DateMention(t.start, t.end, t.start, t.end, sent.index, t.weekday,
                                       None, None, None, frozenset({"weekday"})))
                continue
            if t.kind == "month-year":
                out.append(DateMention(t.start, t.end, t.start, t.end, sent.index, None, None,
                                       t.month, t.year, frozenset({"month", "year"}),
                                       _flag_reader=reader))
                continue
            wm = _WD_AFTER.match(text, t.end, s1)
            if wm:
                wd = WEEKDAY_NUMBERS[(wm.group(1) or wm.group(2)).lower()]
                for j in range(i + 1, len(toks)):
                    if toks[j].start >= wm.end():
                        break
                    used.add(j)
                out.append(_mention(text, sent, t.start, wm.end(), t, wd, reader))
            else:
                out.append(_mention(text, sent, t.start, t.end, t, None, reader))
    if out:  # most stories state no date: nothing to mark or give a year to
        _mark(doc, out)
        _mark_several(doc, out)
        _infer_years(doc, out)
    return out


def _mark_several(doc, dates: list[DateMention]) -> None:
    """Flag every date of an event kind the story says happened more than once ("another
    attack", "a second vote", "two crashes", "previous rocket attacks"): two dates for such a
    kind may well be two events. Only kinds dated on two or more days are looked up."""
    days: dict[str, set] = {}
    for d in dates:
        if d.event:
            days.setdefault(d.event, set()).add((d.month, d.day))
    keys = [k for k, v in days.items() if len(v) > 1]
    if not keys:
        return
    several = set()
    text = doc.text
    for key in keys:
        pat = _several_pattern(key)
        for sent in doc.sentences:
            if pat.search(text, sent.start, sent.end):
                several.add(key)
                break
    for k, d in enumerate(dates):
        if d.event in several:
            dates[k] = replace(d, _several=True)


@cache
def _several_pattern(key: str):
    """"another attack", "a second vote", "two crashes": compiled once per event kind."""
    words = [w for w, k in EVENT_NOUNS.items() if k == key and w != "flames"]
    alt = "|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True))
    return regex.compile(rf"\b(?:{_SEVERAL})\s+(?:[\p{{Ll}}-]+\s+)?(?:{alt})(?:s|es)?\b",
                         regex.IGNORECASE)


def _mention(text, sent, start, end, t: _Raw, weekday, reader) -> DateMention:
    stated = {"day", "month"} | ({"year"} if t.year is not None else set())
    if weekday is not None:
        stated.add("weekday")
    return DateMention(start, end, t.start, t.end, sent.index, weekday, t.day, t.month, t.year,
                       frozenset(stated), attached=weekday is not None, _flag_reader=reader)


def _mark(doc, dates: list[DateMention]) -> None:
    """Event links, from short windows around each day-level date. The flags are found on
    first read (`_flags`) by the date's `_FlagReader`, with the flags the link finds
    (`_link_flags`)."""
    text = doc.text
    sentences = doc.sentences
    for k, d in enumerate(dates):
        if d.day is None:
            continue
        sent = sentences[d.sentence]
        s0 = sent.start
        # (bounds by conditional expressions: a call of max/min costs three times as much)
        left = text[d.start - 80 if d.start - 80 > s0 else s0:d.start]
        prev = sentences[d.sentence - 1] if d.sentence and \
            sentences[d.sentence - 1].block is sent.block else None
        event, ev_span, definite, more, mods = _link_event(text, s0, sent.end, d, left, prev,
                                                           sent.kind == "headline")
        if more or event:  # most dates keep the defaults: no copy for them
            dates[k] = replace(d, event=event, event_start=ev_span[0], event_end=ev_span[1],
                               definite=definite, modifiers=mods, _link_flags=more)


class _FlagReader:
    """Finds the flags of a document's dates from short windows around each date and from
    its sentence's words (anniversary, other time, change of date; those read once per
    sentence), for `_flags` on a date's first read of them."""

    __slots__ = ("doc", "sent_flags")

    def __init__(self, doc) -> None:
        self.doc = doc
        self.sent_flags: dict[int, frozenset[str]] = {}

    def flags(self, d: DateMention) -> set[str]:
        """The date's flags, but for those its event link found (see `_link_event`)."""
        text = self.doc.text
        # The word lists are read in the lower-cased text when the document has one.
        low = self.doc.folded
        folded = low is not None
        if low is None:
            low, anniversary, earlier, changed, left_mark = (
                text, _ANNIVERSARY, _EARLIER, _CHANGED, _LEFT_MARK)
        else:
            anniversary, earlier, changed, left_mark = (
                _ANNIVERSARY_FOLDED, _EARLIER_FOLDED, _CHANGED_FOLDED, _LEFT_MARK_FOLDED)
        sent = self.doc.sentences[d.sentence]
        s0, s1 = sent.start, sent.end
        if d.sentence not in self.sent_flags:
            f: set[str] = set()
            # On folded text a cheap necessary condition comes first (see _ANNIVERSARY_NEEDS).
            held = low[s0:s1] if folded else ""
            if (not folded or holds_any(held, _ANNIVERSARY_NEEDS)) and \
                    anniversary.search(low, s0, s1):
                f.add(ANNIVERSARY)
            if (not folded or holds_any(held, _EARLIER_NEEDS)) and earlier.search(low, s0, s1):
                f.add(OTHER_TIME)
            if (not folded or holds_any(held, _CHANGED_NEEDS)) and changed.search(low, s0, s1):
                f.add(CHANGED)
            self.sent_flags[d.sentence] = frozenset(f)
        flags = set(self.sent_flags[d.sentence])
        # (bounds by conditional expressions: a call of max/min costs three times as much)
        left_start = d.start - 80 if d.start - 80 > s0 else s0
        left = text[left_start:d.start]
        if OTHER_TIME in flags and (
                earlier.search(low, d.start - 250 if d.start - 250 > s0 else s0, d.start) or
                earlier.search(low, d.end, d.end + 30 if d.end + 30 < s1 else s1)):
            flags.add(EARLIER)
        lm = _search_from_word_start(left_mark, low[left_start:d.start], 0, d.start - left_start)
        if lm:
            word = lm.group(1).lower()
            flags.add(SINCE if word in ("since", "after") else
                      UNTIL if word in ("until", "till", "through", "by", "before", "to") else
                      RANGE)
        if _RIGHT_RANGE.match(text, d.date_end, s1) or _LEFT_RANGE.search(left):
            flags.add(RANGE)
        if sent.kind == "caption" and (_FILE_RIGHT.match(text, d.end, s1) or
                                       _file_left(left)) and \
                (text[s0:s0 + 4] == "FILE" or "file" in text[d.end:d.end + 20].lower() or
                 _file_left(left)):
            flags.add(FILE)
        return flags


def _event_key(word: str) -> tuple[str, bool]:
    """Canonical event for a noun, and whether it is plural; '' when it is no event noun."""
    low = word.lower()
    if low in EVENT_NOUNS:
        return EVENT_NOUNS[low], False
    lem = lemma(low)
    if lem in EVENT_NOUNS:
        return EVENT_NOUNS[lem], lem != low
    return "", False


def _link_event(text, s0, s1, d: DateMention, left: str, prev=None, headline=False):
    """The event the date's own phrase names, if any: (key, span, definite, flags)."""
    flags: set[str] = set()
    # Before a noun: "the March 5 derailment", "Tuesday's March 5 crash", "the Oct. 14 vote".
    poss_wd = d.attached and d.start < d.date_start and \
        text[d.start:d.date_start].rstrip().endswith(("'s", "’s"))
    det = None if poss_wd else _DET_LEFT.search(
        text, d.start - 40 if d.start - 40 > s0 else s0, d.start)  # (not max())
    # Headlines drop articles: "Investigators blame brakes for March 3 bus crash".
    bare = headline and det is None and not poss_wd
    if poss_wd or det is not None or bare:
        mods = {det.group(2) or ""} if det is not None else set()
        if det is not None and det.group(1)[-2:] in ("'s", "’s"):
            # "the Supreme Court's March 10 ruling": the owner and its capitalised words.
            mods.add(det.group(1)[:-2])
            for wm in reversed(list(_WORD_RE.finditer(text, max(s0, det.start() - 30),
                                                      det.start()))[-2:]):
                if not wm.group()[:1].isupper() or wm.start() == s0:
                    break
                mods.add(wm.group())
        pos = d.end
        for _ in range(3):
            wm = _NEXT_WORD.match(text, pos, s1)
            if not wm:
                break
            w = wm.group(1)
            key, plural = _event_key(w)
            if key:
                if plural:
                    flags.add(PLURAL)
                if mods & _DISTINGUISH:
                    flags.add(DISTINCT)
                definite = poss_wd or bare or det.group(1).lower() not in _INDEFINITE
                return key, wm.span(1), definite, flags, _modifiers(mods)
            if not w[:1].islower() or w in _NOUN_STOP:
                break
            mods.add(w)
            pos = wm.end()
    # After the event: "the crash on March 3", "a vote held on Oct. 12", "derailed near
    # Ostrela on March 3", "a wildfire that broke out on Aug. 9", "since it began on Aug. 7".
    if not _ends_with_on(left):
        return "", (-1, -1), False, flags, ()
    base = d.start - len(left)
    words = [(m.group(), base + m.start(), base + m.end()) for m in _WORD_RE.finditer(left)]
    words = words[:-1]  # drop "on"
    generic = False
    obj: list[str] = []  # the words skipped between a verb and "on": its object
    idx = len(words)
    budget = 12
    while idx > 0 and budget > 0:
        idx -= 1
        budget -= 1
        w, ws, we = words[idx]
        low = w.lower()
        if low in EVENT_VERBS:
            mods = set(_words_before(words, idx)) | set(_modifiers(
                w for w in obj if w.lower() not in _NOUN_STOP and w.lower() not in _FILLERS))
            return (EVENT_VERBS[low], (ws, we), _definite_before(words, idx), flags,
                    tuple(sorted(mods)))
        key, plural = _event_key(w)
        if key and (w[:1].islower() or ws == s0):
            if plural:
                flags.add(PLURAL)
            if idx > 0 and words[idx - 1][0].lower() in _DISTINGUISH:
                flags.add(DISTINCT)
            return (key, (ws, we), _definite_before(words, idx), flags,
                    _words_before(words, idx))
        if low in _GENERIC_VERBS or low in ("out", "place"):
            generic = True
            continue
        if low in _FILLERS or w == ",":
            continue
        if low == "it" and generic:
            # "since it began on Aug. 7": the nearest event noun before it in the sentence,
            # or, for a sentence that opens with "It", in the sentence before.
            lo = max(s0, ws - 250)
            if ws == s0 and prev is not None:
                lo = max(prev.start, ws - 250)
            for wm2 in reversed(list(_WORD_RE.finditer(text, lo, ws))):
                w2 = wm2.group()
                key2, plural2 = _event_key(w2)
                if key2 and not plural2 and w2[:1].islower():
                    return key2, (ws, we), True, flags, ()
            break
        if w[:1].isupper() and idx > 0 and (words[idx - 1][0].lower() in _PLACE_PREPS or
                                            words[idx - 1][0][:1].isupper()):
            continue  # "near Ostrela", "in New Ostrela"
        if low in _PLACE_PREPS and idx + 1 < len(words) and words[idx + 1][0][:1].isupper():
            continue
        # A short object or complement between the verb or noun and "on": "signed the deal
        # on May 23", "struck eastern Turkey on 12 January", "the referendum on the tram line
        # held on May 18". Only plain words may stand between; an event verb, a verb of
        # happening (before any other) or, after one, the event noun resumes the walk.
        for j in range(idx - 1, max(-1, idx - 8), -1):
            wj = words[j][0]
            lj = wj.lower()
            if lj in EVENT_VERBS or (lj in _GENERIC_VERBS and not generic) or \
                    (generic and _event_key(wj)[0] and wj[:1].islower() and
                     words[j + 1][0].lower() in _OBJECT_PREPS):
                obj.extend(x[0] for x in words[j + 1:idx + 1] if x[0] != ",")
                idx = j + 1
                break
            if wj == "," or lj in _REPORTING or lj in _GENERIC_VERBS:
                j = -1
                break
        else:
            j = -1
        if j < 0:
            break
    got = _clause_link(words, s0, flags)
    if got is not None:
        return got
    return "", (-1, -1), False, flags, ()


# Words that end the event's own phrase when met walking back from "on": another clause,
# a reporting verb, a verb of being (the date then belongs to a later predicate).
_CLAUSE_STOP = frozenset(
    """who whom whose when where while and but or after before since until because if as
    than though although once""".split()
) | _REPORTING | _FILLERS | _GENERIC_VERBS
# Common irregular past tenses a relative clause may open with ("the flood that swept ...").
_PAST_IRREGULAR = frozenset(
    """hit struck tore swept left sent shook took brought blew spread burnt burned threw
    rocked cut destroyed ripped brought caught fell felt forced""".split()
)


def _past_verb(w: str) -> bool:
    low = w.lower()
    return w[:1].islower() and (low.endswith("ed") and len(low) > 4 or low in _PAST_IRREGULAR)


def _clause_link(words, s0, flags):
    """The event noun a date's phrase qualifies through a place phrase or a relative clause:
    "the explosion at the Brenna chemical plant on 3 March", "the explosion that killed two
    workers at the plant on 3 March", "the crash, which killed nine people near Ostrela on
    March 3". The clause must have one verb only, right after "that"/"which" (so "the blast
    that injured workers who were sent home on 3 March" and "the fire that destroyed the
    school, which reopened on 3 March" date no blast or fire)."""
    n = len(words)
    for k in range(n - 1, n - 15 if n > 14 else -1, -1):
        w = words[k][0]
        low = w.lower()
        if low in ("that", "which"):
            if k + 1 >= n or not _past_verb(words[k + 1][0]):
                return None
            if any(_past_verb(x[0]) or x[0].lower() in _CLAUSE_STOP or x[0] == ","
                   for x in words[k + 2:]):
                return None
            j = k - 1
            if low == "which" and j >= 0 and words[j][0] == ",":
                j -= 1
            return _noun_at(words, j, s0, flags)
        if w == "," or low in _CLAUSE_STOP:
            return None
        if low in _PLACE_PREPS and k >= 1 and k + 1 < n and \
                not any(_past_verb(x[0]) for x in words[k + 1:]):
            got = _noun_at(words, k - 1, s0, flags)
            if got is not None:
                return got
    return None


def _noun_at(words, j, s0, flags):
    if j < 0:
        return None
    w, ws, we = words[j]
    key, plural = _event_key(w)
    if not key or not (w[:1].islower() or ws == s0):
        return None
    if plural:
        flags.add(PLURAL)
    if j > 0 and words[j - 1][0].lower() in _DISTINGUISH:
        flags.add(DISTINCT)
    return key, (ws, we), _definite_before(words, j), flags, _words_before(words, j)


def _words_before(words, idx: int) -> tuple[str, ...]:
    """What the phrase says about the event before its noun or verb: "the appeals court
    ruled" -> (appeal, court); "the Supreme Court ruling" -> (supreme, court)."""
    out = set()
    for w, _, _ in reversed(words[max(0, idx - 5):idx]):
        low = w.lower()
        if low in _FILLERS and not out:
            continue
        if w == "," or low in _DETERMINERS or low in _INDEFINITE or low in _NOUN_STOP or \
                len(out) == 2:
            break
        out.add(low)
    return _modifiers(out)


def _modifiers(words) -> tuple[str, ...]:
    low = {w.lower() for w in words if w}
    low = {w[:-2] if w.endswith(("'s", "’s")) else w for w in low}
    return tuple(sorted({lemma(w) for w in low} - _GENERIC_MODIFIERS))


def _definite_before(words, idx: int) -> bool:
    for w, _, _ in reversed(words[max(0, idx - 3):idx]):
        low = w.lower()
        if low in _DETERMINERS or low.endswith(("'s", "’s")):
            return True
        if low in _INDEFINITE:
            return False
    return False


def _infer_years(doc, dates: list[DateMention]) -> None:
    """Give year-less day-level dates the year of the story, marked as inferred.

    The reference is the nearest full date (day, month and stated year) before the date, else
    the first one after it when the story states a single year; file-photo dates,
    anniversaries and dates of earlier events are never references. Of the reference's year
    and its neighbours, the one that puts the date nearest the reference is taken ("will take
    office on Jan. 6" in a story dated Sept. 15, 2024 is Jan. 6, 2025). A story with no full
    date takes the year of its copyright line ("Copyright 2025 Wire News"), or the year next
    to it for dates near New Year. The inference is marked uncertain when the references and
    the copyright line state more than one year, or when only the copyright line gives one;
    `year_alternatives` then lists every year the story would allow.
    """
    for d in dates:  # (a loop: `all` with a generator costs ~1k instructions more)
        if d.day is not None and d.month is not None and "year" not in d.stated:
            break
    else:
        return  # no date lacks its year (weekdays alone, full dates): nothing to look up
    refs = [d for d in dates if d.is_full and not d.flags & {FILE, ANNIVERSARY, EARLIER, SINCE}]
    copyright = _copyright_year(doc)
    if not refs and copyright is None:
        return
    years = {d.year for d in refs} | ({copyright[0]} if copyright else set())
    uncertain = len(years) > 1
    ref_starts = [r.start for r in refs]
    for k, d in enumerate(dates):
        if d.day is None or d.month is None or "year" in d.stated:
            continue
        i = bisect.bisect_left(ref_starts, d.start)
        basis = "date"
        if i:
            ref = refs[i - 1]
        elif refs and not uncertain:
            ref = refs[0]
        elif not refs:
            basis = "copyright"
        else:
            continue
        if basis == "date":
            year = _nearest_year(d, ref)
            source = ref.date_start
        else:
            year, source = copyright
        if year is None:
            continue
        alternatives = ()
        if uncertain or basis == "copyright":
            alt = {y for r in refs if (y := _nearest_year(d, r))}
            if copyright:
                alt |= _copyright_years(d.month, copyright[0])
            alternatives = tuple(sorted(alt))
        dates[k] = replace(d, year=year, year_inferred=True, year_source=source,
                           year_uncertain=uncertain or basis == "copyright",
                           year_alternatives=alternatives, year_basis=basis)


_COPYRIGHT = Lazy(re.compile, r"(?:\bcopyright\b|©|\(c\))\s*(?:©\s*|\(c\)\s*)?((?:19|20)\d\d)\b",
                        re.IGNORECASE)


def _copyright_year(doc) -> tuple[int, int] | None:
    """The year of the article's copyright line (its publication year) and its offset."""
    found = None
    for b in doc.blocks:
        if b.kind == "boilerplate" and b.end - b.start < 300:
            m = _COPYRIGHT.search(doc.text, b.start, b.end)
            if m:
                found = (int(m.group(1)), m.start(1))
    return found


def _copyright_years(month: int, year: int) -> set[int]:
    """Years a date in a story published in `year` can fall in: next year's for January and
    February, last year's for November and December, as the story may be from either end."""
    if month <= 2:
        return {year, year + 1}
    if month >= 11:
        return {year - 1, year}
    return {year}


def _nearest_year(d: DateMention, ref: DateMention) -> int | None:
    """Of the reference's year and its neighbours, the one that puts d nearest the reference."""
    ref_day = ref.day_number()
    best = None
    for y in (ref.year - 1, ref.year, ref.year + 1):
        n = day_number(y, d.month, d.day)
        if n is None or ref_day is None:
            continue
        if best is None or abs(n - ref_day) < best[0]:
            best = (abs(n - ref_day), y)
    return best[1] if best else None
