"""People: the names an article gives, the roles it gives them, and the ages it states.

One pass over each checked sentence finds runs of capitalised words ("Finance Minister Lena
Varga", "Juan de la Cruz", "O'Neill", "McAllister", "Dr. Amara Nwosu"), strips honorifics and
leading titles, and keeps a run as a person when it looks like one: a known given name, a title
or honorific, a role before it ("chief executive Owen Maddox") or in apposition ("Lena
Varga, the finance minister,"), an age (", 52,"), or a verb of saying beside it. A single
capitalised word is a surname reference ("Varga said", "Lopez's") and is linked to the full
name with that surname. When two full names share a surname (father and son) a bare surname is
ambiguous, unless every other holder of the surname was introduced as a relative ("his son,
Daniel Hollis"): wire style then keeps the bare surname for the main person, and the link is
marked "primary" so rules can refuse it when the other holder would fit as well.
Two capitalised words with no sign of a person ("Sandy Pellard will now work") are read as
one when the article refers to their last word alone as a person ("Pellard said", "Mr
Pellard"), or with a spelling one or two letters from it and from no other surname ("Mr
Pelard"): name-spelling then has the name the reference misspells.

Ages come from `mentions.quantities` (kind "age") and are linked to the person mention right
beside them: "Solberg, 52," and "the 54-year-old Solberg". An age at a past event ("was 30
when", "at age 30 in 1989", "as a 19-year-old", "the then 54-year-old") is marked past.

Everything is linear: one light regex per sentence finds candidate runs, name words are read
only inside runs of two or more words, and small anchored regexes look around a run only when
the word beside it makes them worth trying. Lone capitalised words are read only when they are
a known surname or could be a misspelling of one.
"""

from __future__ import annotations

import importlib
import re
import unicodedata
from operator import attrgetter

import regex

from checker.mentions.first_names import FIRST_NAMES
from checker.mentions.lazy import Lazy
from checker.mentions.plain import caseless
from checker.record import field, record

# A capitalised name word: "Varga", "O'Neill", "McAllister", "Smith-Jones", "Sadr" (in
# "al-Sadr"), "Nuku'alofa". An apostrophe-s ending is a possessive, not part of the name. All-capital words
# (acronyms, datelines) never match: a name word has lowercase letters after its capital.
_TOKEN = Lazy(regex.compile,
    r"(?<![\w'’])\p{Lu}[\p{Ll}\p{M}]*(?:\p{Lu}[\p{Ll}\p{M}]+)?"
    r"(?:-\p{Lu}?[\p{Ll}\p{M}]+|['’](?!s\b)\p{Lu}?[\p{Ll}\p{M}]+)*(?!\w)"
)
# The same two patterns for text whose letters, marks and digits are all ASCII (see
# `Document.plain`): the standard library's engine is faster, and on such text `\p{Lu}` is
# `[A-Z]`, `[\p{Ll}\p{M}]` is `[a-z]`, and `\w` is `[0-9A-Z_a-z]` (written out: re then tests a
# character against a bitmap instead of asking the Unicode database, ~0.025 M instructions
# per article with `_RUN_ASCII`). The lookbehind comes after the capital (it checks the same
# character) so that re can skip ahead to capitals. Quantifiers are possessive where giving
# back a letter could only leave a letter next, which nothing after them accepts; the
# repeat of hyphen and apostrophe parts is not ("Smith-Jones9" gives back "-Jones" to read
# "Smith"). re keeps no backtracking state for them (~0.005 M instructions per article).
_TOKEN_ASCII = re.compile(
    r"[A-Z](?<![0-9A-Z_a-z'’][A-Z])[a-z]*+(?:[A-Z][a-z]++)?+"
    r"(?:-[A-Z]?+[a-z]++|['’](?!s(?![0-9A-Z_a-z]))[A-Z]?+[a-z]++)*(?![0-9A-Z_a-z])"
)
# A run of plain words (an ASCII capital, then ASCII lowercase letters) one space apart: each
# word is one token and the run is one run, so the token pattern and `_runs` are not needed.
# Possessive: a word ends before a space or the end, so giving back letters or words never
# helps; re's repeat of a group otherwise keeps state for each iteration (~0.01 M per
# article).
_PLAIN_RUN = re.compile(r"[A-Z][a-z]++(?: [A-Z][a-z]++)++")
_PARTICLE = (
    r"de la|de los|de las|van der|van den|van de|von der|von|van|der|den|de|da|di|du|del|della|"
    r"dos|das|le|la|bin|ibn|ter|ten|al|el|y"
)
_PARTICLE_GAP = re.compile(rf" (?:{_PARTICLE}) ")
# The lowercase gaps a run of capitalised words goes on across: the particles `_runs` joins
# ("Juan de la Cruz") and " of ", which it joins after a title ("Secretary of State"). Any
# other lowercase word ("Blair said Brown", "Bank and Trust") ends a run: `_runs` would split
# there, and a scan that joined it cost the token path on the whole span (~3.7 runs per
# article). "della" is left out: the scan never joined it (a gap word had at most four
# letters), so the names on either side stay lone words as before.
_RUN_GAP_WORDS = _PARTICLE.replace("|della|", "|") + "|of"
_RUN_GAP = rf" (?=[{''.join(sorted({w[0] for w in _RUN_GAP_WORDS.split('|')}))}])(?:{_RUN_GAP_WORDS}) "
# Candidate runs of capitalised words, found in one cheap pass; `_runs` then reads the name
# words in them (`_TOKEN`) and splits where a gap is not allowed after that word (". " only
# after an initial or a title, " of " only after a title).
# The quantifiers are possessive (`*+`): giving back letters never lets a match go on (a word
# is followed by a space or ". ", and a run may end after any word), so the runs are the
# same, and re skips the backtracking bookkeeping (~0.04 M instructions per article).
_RUN = Lazy(regex.compile,
    rf"(?<![\w'’])\p{{Lu}}[\w'’-]*+(?:(?: |\. |{_RUN_GAP})\p{{Lu}}[\w'’-]*+){{0,11}}"
)
# In the plain-text pattern the repeat of gap-and-word is possessive too: nothing follows it,
# and of the gaps at most one can lead on to a capital, so re finds the same run without
# keeping state to return into each iteration (~0.01 M instructions per article).
_RUN_ASCII = re.compile(
    r"[A-Z](?<![0-9A-Z_a-z'’][A-Z])[0-9A-Z_a-z'’-]*+"
    rf"(?:(?: |\. |{_RUN_GAP})[A-Z][0-9A-Z_a-z'’-]*+){{0,11}}+"
)


_PARTICLES = frozenset(
    "de da di du del della dos das van von der den le la bin ibn ter ten al el y".split()
)

HONORIFICS = frozenset(
    "mr mrs ms miss mx dr sir dame lord lady baron baroness prof rev reverend sheikh".split()
)
# Titles that stand before a name, capitalised ("Interior Minister", "Fire Chief", "Sen.").
_TITLE_HEADS = frozenset(
    """minister secretary chief executive officer president premier chancellor governor gov
    senator sen representative rep congressman congresswoman mayor judge prosecutor attorney
    coach captain capt manager chairman chairwoman chair director commissioner ambassador
    speaker general gen lieutenant lt colonel col major maj sergeant sgt corporal cpl admiral adm
    commander cmdr detective det inspector insp superintendent supt constable king queen prince
    princess pope bishop archbishop cardinal rabbi imam ayatollah spokesman spokeswoman
    spokesperson treasurer sheriff marshal councillor councilman councilwoman alderman professor
    dean editor founder leader deputy vice""".split()
) | HONORIFICS
# Role nouns written in lowercase before a name or in apposition.
_ROLE_HEADS = (
    r"minister|secretary|chief|executive|officer|president|premier|chancellor|governor|senator|"
    r"representative|congressman|congresswoman|mayor|judge|prosecutor|attorney|lawyer|barrister|"
    r"coach|captain|manager|chairman|chairwoman|chair|director|commissioner|ambassador|speaker|"
    r"general|colonel|sergeant|admiral|commander|detective|inspector|superintendent|constable|"
    r"spokesman|spokeswoman|spokesperson|treasurer|sheriff|councillor|professor|dean|editor|"
    r"founder|leader|head|boss|analyst|economist|researcher|scientist|doctor|surgeon|nurse|"
    r"teacher|engineer|striker|midfielder|defender|goalkeeper|winger|opener|bowler|batsman|"
    r"player|singer|actor|actress|author|writer|producer|designer|owner|partner|"
    r"ceo|cfo|coo|cto|CEO|CFO|COO|CTO|diplomat|envoy|negotiator|administrator|controller|auditor|economist"
)
_ROLE_HEAD_SET = frozenset(h.lower() for h in _ROLE_HEADS.split("|"))
# Used only when the word right before the name is a role head (checked in Python).
_LOWER_ROLE_LEFT = Lazy(regex.compile,
    r"(?r)(?<![\p{L}'’-])((?:(?:then-|ex-)?[\p{Ll}][\p{Ll}-]*\s+){0,3}(?:then-|ex-)?"
    r"(?:[\p{Ll}][\p{Ll}-]*|CEO|CFO|COO|CTO))\s+$"
)
_POSSESSOR = r"(?:\p{L}[\p{L}\p{M}.-]*(?:['’]s|s['’])\s+)"
# (the last word must be a role head: checked in Python, which keeps the pattern small)
_APPOS_AFTER = regex.compile(
    rf",\s+(?:\d{{1,3}},\s+)?(?:the|a|an|his|her|its|their)\s+{_POSSESSOR}?"
    r"((?:[\p{Ll}][\p{Ll}-]*\s+){0,3}([\p{Ll}][\p{Ll}-]*))"
    # the apposition must close: ", the prime minister said" starts a new clause instead
    r"(?=\s*[,.;:)]|\s*$|\s+(?:who|whose|at|of|for|in|with|from)\b)"
)
# The same for a window of ASCII text (nearly every one), with re: there `\p{Ll}` is `[a-z]`,
# `\p{L}[\p{L}\p{M}.-]*` is `[A-Za-z][A-Za-z.-]*`, `\d` is `[0-9]`, regex's `\s` is `_S` (re's
# also matches \x1c-\x1f) and `\b` after a letter is `(?![0-9A-Z_a-z])`. regex costs twice the
# instructions here (5.674 -> 5.657 M instructions per article, with the ASCII check).
_S = r"[^\S\x1c-\x1f]"
_APPOS_AFTER_ASCII = Lazy(re.compile,
    rf",{_S}+(?:[0-9]{{1,3}},{_S}+)?(?:the|a|an|his|her|its|their){_S}+"
    rf"(?:[A-Za-z][A-Za-z.-]*(?:['’]s|s['’]){_S}+)?"
    rf"((?:[a-z][a-z-]*{_S}+){{0,3}}([a-z][a-z-]*))"
    rf"(?={_S}*[,.;:)]|{_S}*$|{_S}+(?:who|whose|at|of|for|in|with|from)(?![0-9A-Z_a-z]))"
)
_APPOS_BEFORE = Lazy(regex.compile,   # used only when the word before ", " is a role head
    rf"(?r)\b(?i:the|its|his|her|their)\s+{_POSSESSOR}?"
    r"((?:[\p{Ll}][\p{Ll}-]*\s+){0,3}[\p{Ll}][\p{Ll}-]*),\s+$"
)
_KIN = (
    "son|daughter|father|mother|wife|husband|brother|sister|widow|widower|uncle|aunt|nephew|"
    "niece|cousin|grandson|granddaughter|grandfather|grandmother|stepson|stepdaughter|"
    "stepfather|stepmother|twin|fiancee|fiance|son-in-law|daughter-in-law"
)
_KIN_WORDS = frozenset(_KIN.split("|"))
_KIN_BEFORE = Lazy(re.compile,   # searched forwards; it must reach the end of the window
    rf"\b(?:his|her|their|whose|the|[^\W\d_]+['’]s)\s+(?:[^\W\d_]+\s+)?(?:{_KIN}),?\s+$",
    re.IGNORECASE,
)
_SAY = (
    r"said|says|told|tells|added|adds|explained|insisted|argued|warned|wrote|noted|stressed|"
    r"admitted|claimed|announced|declared|replied|recalled|asked|urged|testified|confirmed"
)
_SAY_AFTER = re.compile(
    rf"(?:,\s+\d{{1,3}},)?\s+(?:(?:has|had|also|later|then)\s+)?(?:{_SAY})\b"
)
_SAY_WORDS = frozenset(_SAY.split("|"))
_AGE_AFTER = re.compile(r",\s+(?:aged\s+)?\d{1,3}[,)]")
_WHO_AFTER = re.compile(r",\s+who\b")
# The domain of a role in apposition: "head of operations", "minister for the environment".
_OF_DOMAIN = Lazy(re.compile,
    r" (?:of|for) ((?:the )?[a-z]+(?: (?:and )?[a-z]+)?)"
    r"(?=\s*[,.;:)]|\s*$|\s+(?:at|in|with|who|since)\b)"
)
# A role the article itself says is not the current one.
_PAST_ROLE = re.compile(
    r"\b(?:former|formerly|then|ex|onetime|one-time|erstwhile|outgoing|incoming|designate|"
    r"elect|acting|interim|retired|late|previous|future|new)\b",
    re.IGNORECASE,
)
# Statements in a sentence that someone's role changed; any sentence naming the person that
# says one of these keeps their roles from being compared.
_ROLE_CHANGE_WORDS = (
    r"became|become|becomes|becoming|appointed|promoted|demoted|elected|re-elected|"
    r"sworn in|took over as|takes over as|take over as|taking over as|moved to|moves to|"
    r"switched|reshuffle|reshuffled|succeeded|succeeds|succeeding|replaced|replaces|replacing|"
    r"stepped down|steps down|step down|resigned|resigns|resignation|was made|served as|"
    r"serving as|previously|formerly|until|promotion|nominated|nominee|named as"
)
# "X, who later became ...", "X, the former minister, who now chairs ..."
_WHO_CHANGE_AFTER = Lazy(re.compile,
    r"(?:,[^,.;]{1,60})?,\s+who\s+(?:now|later|has since|since|then|went on|is now|was later)\b"
)
# Capitalised words that start a sentence or a clause but are never part of a name.
_LEADING_STOP = frozenset(
    """the a an but and or so yet in on at by for from with after before when while if as of to
    this that these those it he she they we you i his her its their our my your there here then
    however meanwhile also although though because since until unless during under over about
    according among between both each every many most some several all no not one two three
    four five six seven eight nine ten yesterday today tomorrow last next earlier later former
    old mr mrs""".split()
)
# Words that make a run an organisation, place or thing rather than a person.
_NOT_PERSON = frozenset(
    """park street road avenue lane square bridge station airport port harbour harbor river
    lake valley mountain mount hill hills island islands bay beach coast county city town
    village state republic kingdom united university college school academy institute
    institution observatory hospital clinic centre center museum gallery library church
    cathedral mosque temple court council ministry department agency authority commission
    committee board bank group company corporation corp inc ltd plc holdings partners capital
    securities foods motors airlines airways air railways rail energy oil gas power media news
    press times post herald journal telegraph guardian club rovers athletic fc stadium arena
    fields field party league cup championship tournament open games awards award prize
    festival house hall tower palace castle office army navy force forces police fire brigade
    service services trust foundation fund association union federation society network
    channel radio television studios records music band orchestra theatre theater project
    programme program act bill treaty accord summit day week year north south east west
    northern southern eastern western central upper lower great greater royal national
    international global world european american british african asian pacific atlantic
    stock exchange market index storm hawks kings raiders stags tigers lions bears eagles
    rangers wanderers hotspur villa cross""".split()
)
_MONTHS_DAYS = frozenset(
    """january february march april may june july august september october november december
    monday tuesday wednesday thursday friday saturday sunday""".split()
)
_PAST_AGE_LEFT = Lazy(re.compile,   # searched forwards; it must reach the end of the window
    r"\b(?:was|were|as an?|at age|at the age of|(?<!, )aged|then|the then|then-)\s*"
    r"(?:just\s+|only\s+)?$",
    re.IGNORECASE,
)
_PAST_AGE_RIGHT = re.compile(
    r"\s*(?:,\s*)?(?:when|in (?:19|20)\d\d|at the time|back then|years ago)\b"
)
# A birth date or an imminent or recent birthday: ages one apart can then both be right.
_BORN_WORDS = r"born|birthday|birth|turns \d|turned \d|turning \d"
_COMMA_GAP = Lazy(re.compile, r"(?:,\s*(?:aged\s+)?| \()$")  # "Solberg, 52", "Greb (44)"
# Between "the 41-year-old" and a name: a noun phrase in apposition ("A 41-year-old father of
# three, Tomas Greb") or a noun or two ("the 54-year-old fisherman Tomas Greb").
_AGE_NOUN_GAP = Lazy(re.compile, r"((?: [a-z][a-z-]*){1,4})(,?) ")
_AGE_NOUN_STOP = _SAY_WORDS | frozenset(
    """and or but was is were are has had have be been will would who which that when while
    with by to for from at in on as after before than said says told""".split())
_PERSON_NOUNS = _ROLE_HEAD_SET | _KIN_WORDS | frozenset(
    """man woman boy girl teenager student pupil farmer fisherman driver worker resident
    mother father grandfather grandmother""".split())
# "Penhallow dies aged 61", "Harold Penhallow, the boss of Orvale Foods, has died aged 61":
# the age at death of the subject, who is named right before the verb (an apposition aside).
_DIED_AGED = Lazy(re.compile,
    r"(?:,[^,.;\"“”]{1,80},)?\s+(?:has |had )?(?:died|dies)\b[^,.;\"“”]{0,40}?\s(?:aged|at) $")
# "the 36-year-old" standing alone for a person (not "the 36-year-old Velin").
_BARE_AGE_LEFT = re.compile(r"\b[Tt]he $")

# Bodies whose leader is a post of its own: "Council leader Barros", "Opposition leader".
_BODIES = frozenset("council opposition party union".split())
_OF_TITLES = frozenset("secretary minister chief director chancellor president head".split())
_MAX_RUN = 7  # longer runs of capitalised words are titles of works, not names
_START = attrgetter("start")  # the sort key of mentions and ages (a lambda costs a call each)


def _word_list(words: str, tail: str = "") -> str:
    """`\\b(?:words)tail` for `caseless`, opened by a lookahead on the words' first letters."""
    first = "".join(sorted({w[0] for w in words.split("|")}))
    return rf"\b(?=[{first}])(?:{words}){tail}"


# Searched case-sensitively in `Document.folded` when the document has one (4-6x fewer
# instructions per search), else with re.IGNORECASE in the text.
_ROLE_CHANGE, _ROLE_CHANGE_FOLDED = caseless(_word_list(_ROLE_CHANGE_WORDS, r"\b"))
_BORN, _BORN_FOLDED = caseless(_word_list(_BORN_WORDS))


_SAY_NEXT = _SAY_WORDS | frozenset("has had also later then".split())


def _said_after(text: str, pos: int, end: int) -> bool:
    """Does a verb of saying follow pos ("Halvorson said", "Nwosu, 65, said")?"""
    c = text[pos:pos + 1]
    if c == " ":
        nxt = text[pos + 1:pos + 12].split(None, 1)
        if not nxt or nxt[0].rstrip(",.;") not in _SAY_NEXT:
            return False
    elif c != ",":
        return False
    return bool(_SAY_AFTER.match(text, pos, pos + 30 if pos + 30 < end else end))


_SUBJECT_NEXT = frozenset("was is has had will would could did".split())


def _subject_after(text: str, pos: int) -> bool:
    """Is a lone word the subject of a verb ("Lindquist was one of three")?"""
    if text[pos:pos + 1] != " ":
        return False
    nxt = text[pos + 1:pos + 7]
    k = nxt.find(" ")
    return k > 0 and nxt[:k] in _SUBJECT_NEXT


def _said_before(text: str, pos: int, floor: int) -> bool:
    """Is the word right before pos a verb of saying ("said Halvorson")?"""
    words = text[pos - 14 if pos - 14 > floor else floor:pos].split()  # (not max: see _mention)
    return bool(words) and text[pos - 1:pos].isspace() and words[-1] in _SAY_WORDS


def _modifier(word: str) -> bool:
    """A capitalised compound modifier that opens a sentence before a name: "Fourteen-year-old
    Arjun Mehra", "Long-serving Ian Hart". A name's hyphenated parts are capitalised
    ("Smith-Jones"), and a title ("Ex-minister", "Vice-President") is read as a title."""
    head, _, tail = word.rpartition("-")
    return bool(head) and tail.islower() and tail not in _TITLE_HEADS


def _head_of(role: str) -> bool:
    """A role with its domain: "head of operations", "director of nursing"."""
    words = role.split()
    return len(words) > 2 and any(
        w in ("of", "for") and words[j - 1] in _ROLE_HEAD_SET for j, w in enumerate(words) if j)


def _capital_opening(text: str, floor: int, rs: int, rtext: str) -> tuple[str, int]:
    """A lowercase role whose first word is capitalised: a title word ("Chief nursing officer
    Haddad") or a function opening the sentence ("Nursing director Haddad")."""
    if text[rs - 1:rs] != " ":
        return rtext, rs
    before = text[rs - 16 if rs - 16 > floor else floor:rs - 1]  # (not max(): see _mention)
    w = before.rsplit(None, 1)[-1] if before.strip() else ""
    if not (w.isalpha() and w[0].isupper() and w[1:].islower()):
        return rtext, rs
    low = w.lower()
    if low in _TITLE_HEADS or low in _ROLE_HEAD_SET or low in ROLE_FUNCTIONS or (
            low in _BODIES and rtext in ("leader", "chief", "head")):
        return f"{w} {rtext}", rs - 1 - len(w)
    return rtext, rs


def _marked(text: str, pos: int, floor: int) -> bool:
    """Does "then-", "ex-" or "former" stand right before pos?"""
    words = text[pos - 12 if pos - 12 > floor else floor:pos].lower().split()  # (not max)
    return bool(words) and words[-1] in ("former", "formerly", "then", "then-", "ex-")


@record(frozen=True, slots=True)
class Role:
    """A role given to a person: canonical text ("interior minister"), span, and whether the
    article marks it as not current ("former", "then-", "acting")."""

    text: str
    start: int
    end: int
    past: bool


@record(slots=True)
class PersonMention:
    """One naming of a person. `start`/`end` span the name only (no title, no possessive);
    `given` is empty for a bare surname reference. `link` says how the mention was tied to a
    person: "full" (a full name), "exact" (a bare surname only one person has), "primary"
    (a bare surname shared with relatives; the main holder), "ambiguous" (shared, unresolved)
    or "none" (no full name has this surname)."""

    start: int
    end: int
    given: str
    surname: str
    key: str
    sentence: int
    roles: tuple[Role, ...] = ()
    honorific: str = ""
    kin: bool = False
    signals: frozenset[str] = frozenset()
    person: int | None = None
    link: str = "none"

    @property
    def is_full(self) -> bool:
        return bool(self.given)


@record(slots=True)
class Person:
    index: int
    given: str
    surname: str
    key: str
    mentions: list[int] = field(default_factory=list)
    kin: bool = False  # introduced as someone's relative ("his son, Daniel Hollis")
    born: bool = False  # the article states a birth date, year or birthday near the name
    role_change: bool = False  # the article says this person's role changed

    @property
    def name(self) -> str:
        return f"{self.given} {self.surname}"


@record(frozen=True, slots=True)
class PersonAge:
    """An age stated for a person mention: the quantity, the span covering name and age,
    and whether it is an age at a past event."""

    mention: int
    value: float
    start: int
    end: int
    past: bool
    quantity: object


@record(slots=True)
class People:
    mentions: list[PersonMention]
    persons: list[Person]
    ages: list[PersonAge]
    by_key: dict[str, list[int]]  # surname key -> person indices
    # Last words of capitalised runs not read as people ("Jonny Hollett" with no sign of a
    # person): a surname written there is in the article, even if no full name explains it.
    run_keys: frozenset[str] = frozenset()

    def name_of(self, m: PersonMention) -> str:
        if m.person is not None and m.link in ("full", "exact", "primary"):
            return self.persons[m.person].name
        return m.surname


def surname_key(s: str) -> str:
    """Comparison key of a surname: case- and accent-insensitive, particles kept."""
    if s.isascii():
        return s.casefold()
    s = unicodedata.normalize("NFKD", s.casefold().replace("’", "'"))
    return "".join(c for c in s if not unicodedata.combining(c))


def extract_people(doc, quantities=None) -> People:
    text = doc.text
    multi: list[PersonMention] = []
    # Lone name words ("Varga", "Lopez's"; or split off a run by the token path, "Bank of
    # England"), as written, and where they start (sentence, start): their keys are read
    # below for all of them at once (`_lone_keys`), and where they stand only for the few
    # keys near a known or unread surname.
    lone_words: list[str] = []
    lone_at: list[tuple] = []
    run_keys: set[str] = set()
    unread: dict[str, list] = {}  # last words of runs not read as people -> the runs
    if doc.plain:  # computed once per Document (checker.mentions.plain)
        run_re, token_re = _RUN_ASCII, _TOKEN_ASCII
    else:
        run_re, token_re = _RUN, _TOKEN
    for sent in doc.sentences:
        if sent.duplicate_of is not None:
            continue
        for rm in run_re.finditer(text, sent.start, sent.end):
            w = rm[0]
            if " " not in w:
                # One name word: a capital then lowercase ("Hollis", "McAllister",
                # "O'Neill"), not an acronym, an initial or "G7".
                c = w[1:2]
                if c.islower() or (c in "'’" and w[2:3].isupper()):
                    lone_words.append(w)
                    lone_at.append((sent, rm.start()))
                continue
            s, e = rm.span()
            if _PLAIN_RUN.fullmatch(w):
                # Plain words one space apart ("Tony Blair", "Interior Minister Lena Varga":
                # most runs): the tokens and the one run that the token pattern and `_runs`
                # would find, without them.
                lows = w.lower().split(" ")
                last = lows[-1]
                if len(lows) == 2:
                    k = len(lows[0])
                    run = [(s, s + k), (s + k + 1, e)]
                else:
                    run = _plain_run(s, w)
                if last in _NOT_NAME_WORDS:
                    m = None  # ("Downing Street": what `_mention` says first)
                else:
                    m = _mention(text, sent, run, lows=lows)
                if m is not None:
                    multi.append(m)
                else:
                    run_keys.add(last)
                    if len(run) <= 3:
                        unread.setdefault(last, []).append((sent, run))
                continue
            tokens = []
            for m in token_re.finditer(text, s, e):
                ts, te = m.span()
                # One capital letter is only an initial ("J. Smith"), never "I" or "U.S.".
                if te - ts == 1 and (text[te:te + 2] != ". " or text[ts - 1:ts] == "."):
                    continue
                tokens.append((ts, te))
            for run in _runs(text, tokens):
                if len(run) == 1:
                    (ts, te), = run
                    lone_words.append(text[ts:te])  # (a token holds no possessive)
                    lone_at.append((sent, ts))
                    continue
                m = _mention(text, sent, run)
                if m is not None:
                    multi.append(m)
                else:
                    ls, le = run[-1]
                    w = text[ls:le]
                    key = w.casefold() if w.isascii() else surname_key(w)
                    run_keys.add(key)
                    if len(run) <= 3:
                        unread.setdefault(key, []).append((sent, run))
    keys_at, stems = _lone_keys(lone_words, doc.plain)
    lone_keys = set(keys_at)
    lone_keys.discard("")

    def lone(key):
        """Where the lone word with this key stands: (sentence, start, end) each."""
        occ = []
        i = -1
        for _ in range(keys_at.count(key)):
            i = keys_at.index(key, i + 1)
            sent, s = lone_at[i]
            occ.append((sent, s, s + (len(key) if stems is None else stems[i])))
        return occ

    if unread:
        # Two capitalised words with no sign of a person are one when the last of them
        # is used alone as a speaker elsewhere ("led by Anneliese Kortmann" ... "Kortmann
        # said") or with an honorific ("Sandy Pellard will now work" ... "Mr Pellard").
        # A reference one or two letters from such a surname and from no other (nor from a
        # full name read) points to it too: it may be a misspelling, and name-spelling
        # needs the name it misspells ("Ezra Lavers" ... "Mr Lavres said").
        refs = {m.key for m in multi if not m.given and m.honorific}
        found = refs & unread.keys()
        full_keys = {m.key for m in multi if m.given}
        for key in lone_keys & unread.keys() - refs:
            if _named_alone(text, lone(key)):
                found.add(key)
        targets = unread.keys() | full_keys
        for key in refs - found - full_keys:
            near = _near(key, targets) if len(key) >= 4 else []
            if len(near) == 1 and near[0] in unread:
                found.add(near[0])
        # Lone words that could misspell an unread surname (same first letter, length
        # within two), each distinct word tested once. The closeness test comes first: a
        # lone word is rarely near exactly one unread surname, and the signs beside its
        # occurrences cost more to read.
        shapes = _shapes([k for k in unread if len(k) >= 5])  # a list: no generator resumes
        if shapes:
            for key in lone_keys:
                if shapes.get(key[0], 0) >> len(key) & 1 and len(key) >= 4 and (
                        key not in targets and key not in refs and key not in _LEADING_STOP):
                    near = _near(key, targets)
                    if len(near) == 1 and near[0] in unread and _named_alone(text, lone(key)):
                        found.add(near[0])
        givens: dict[str, set[str]] = {}
        if found:
            for m in multi:
                if m.given and m.key in found:
                    givens.setdefault(m.key, set()).add(m.given)
        for key in found:
            forced = _forced(text, unread.pop(key), givens.get(key))
            if forced:
                multi.extend(forced)
                run_keys.discard(key)
        multi.sort(key=_START)
    # A lone capitalised word is a surname reference when a full name has that surname, or
    # when something says it names a person (a verb of saying, an age): then it may be a
    # misspelt surname. Anything else is left unread.
    keys = {m.key for m in multi if m.given}
    mentions = [m for m in multi if m.given or m.key in keys
                or not m.signals.isdisjoint(_REF_SIGNS)]
    # Shapes (first letter, length) a misspelling of a known surname could have.
    shapes = _shapes(keys)
    for key in lone_keys:
        if not shapes.get(key[0], 0) >> len(key) & 1:
            continue  # (the shapes of the keys include the keys: this test comes first)
        known = key in keys
        if not known and key in _LEADING_STOP:
            continue
        for sent, s, e in lone(key):
            if not known and not (_said_after(text, e, sent.end) or _said_before(
                    text, s, sent.start) or _subject_after(text, e)):
                continue  # a possible misspelling counts only where it clearly names someone
            m = _mention(text, sent, [(s, e)])
            if m is not None:
                mentions.append(m)
    mentions.sort(key=_START)
    persons, by_key = _link(doc, text, mentions)
    ages = _ages(doc, text, mentions, persons, quantities or [])
    return People(mentions, persons, ages, by_key, frozenset(run_keys))


def _lone_key(w: str) -> tuple[str, int]:
    """The comparison key of a one-word name w and the length of the name in it: a
    possessive is not part of it ("Lopez's", "Davies'")."""
    # (w has two letters or more: the endings by index, not str.endswith)
    c = w[-1]
    if c == "s" and w[-2] in "'’":
        w = w[:-2]
    elif c in "'’":
        w = w[:-1]
    return w.casefold() if w.isascii() else surname_key(w), len(w)


def _lone_keys(words: list[str], plain: bool) -> tuple[list[str], list[int] | None]:
    """The keys of one-word names (see `_lone_key`), and the length of each name without
    its possessive (None: the key's length). In a plain text (`Document.plain`) the words
    are ASCII but for "’", so a key is the word lowercased with "’" read as "'": the words
    are read joined, a line each, by a few string calls, not word by word in Python."""
    if not words:
        return [], None
    if not plain:
        keys, stems = zip(*map(_lone_key, words))
        return keys, stems
    joined = "\n".join(words) + "\n"
    if "'" in joined or "’" in joined:
        # One possessive ending off each word: "'s" (or "’s"), else "'" (or "’"). The
        # marker keeps a word's second ending from being taken ("X''s" keeps "X'").
        joined = joined.replace("'s\n", "\0\n").replace("’s\n", "\0\n").replace(
            "'\n", "\0\n").replace("’\n", "\0\n").replace("\0", "").replace("’", "'")
    keys = joined.lower().split("\n")
    keys.pop()
    return keys, None


def _named_alone(text: str, occurrences) -> bool:
    """Does a lone word name a person at one of its occurrences (sentence, start, end): a
    verb of saying beside it ("Kortmann said", "said Kortmann") or an age (", 52,")?"""
    for sent, s, e in occurrences:
        if _said_after(text, e, sent.end) or _said_before(text, s, sent.start) or (
                _AGE_AFTER.match(text, e, e + 12 if e + 12 < sent.end else sent.end)):
            return True
    return False


def _shapes(keys) -> dict[str, int]:
    """The shapes a misspelling of one of keys could have: first letter -> a bit mask of the
    lengths within two of a key's length (bit n: length n). One mask per letter is cheap to
    build and to test ("shapes.get(k[:1], 0) >> len(k) & 1"); a set of (letter, length)
    pairs cost five tuples per key, and lone words are tested in every article."""
    shapes: dict[str, int] = {}
    for k in keys:
        c = k[:1]
        shapes[c] = shapes.get(c, 0) | (31 << len(k)) >> 2  # lengths len-2 .. len+2
    return shapes


def _plain_run(s: int, w: str) -> list[tuple[int, int]]:
    """The spans of the words of a plain run `w` that starts at s (see `_PLAIN_RUN`)."""
    run = []
    for word in w.split(" "):
        run.append((s, s + len(word)))
        s += len(word) + 1
    return run


def _near(key: str, keys) -> list[str]:
    """The keys one or two edits from key (a transposition is one edit), five letters or
    longer and starting with the same letter: what a misspelt reference could have meant."""
    c, n = key[:1], len(key)
    return [k for k in keys if k[:1] == c and len(k) >= 5 and abs(len(k) - n) <= 2
            and 1 <= _OSA.distance(key, k, score_cutoff=2) <= 2]


# Imported on first use (by `_near`): most articles never need it. An import statement in
# `_near` itself would run the import machinery's from-list step at every call.
_OSA = Lazy(importlib.import_module, "rapidfuzz.distance.OSA")


def _forced(text: str, runs, givens: set[str] | None) -> list[PersonMention]:
    """The unread runs ending in one surname, read as the people the article refers to by
    that surname. A capitalised word before a given name that the article also writes alone
    ("Novelist Edith Marlow" beside "Edith Marlow", "Actor Dario Feld" beside "Dario
    Feld") is not part of the name: kept, it would make a second Marlow, and every bare
    "Marlow" ambiguous."""
    ms = [m for m in (_mention(text, sent, run, force=True) for sent, run in runs)
          if m is not None and m.is_full]
    pool = (givens or set()) | {m.given for m in ms}
    if len(pool) > 1:
        for m in ms:
            tails = [g for g in pool if m.given.endswith(" " + g)]
            if tails:
                g = min(tails, key=len)
                m.start += len(m.given) - len(g)
                m.given = g
    return ms


def _runs(text: str, tokens: list[tuple[int, int]]):
    """Group neighbouring tokens into runs: one space between them, a particle ("de la"),
    or ". " after an initial or an abbreviated title ("J. Smith", "Dr. Nwosu")."""
    run: list[tuple[int, int]] = []
    for tok in tokens:
        if run:
            ps, pe = run[-1]
            gap = text[pe:tok[0]]
            if gap == " " and text[pe - 1] != ".":
                run.append(tok)
                continue
            if gap == ". " and (pe - ps == 1 or text[ps:pe].lower() in _TITLE_HEADS):
                run.append(tok)
                continue
            if len(gap) <= 12 and _PARTICLE_GAP.fullmatch(gap):
                run.append(tok)
                continue
            if gap == " of " and text[ps:pe].lower() in _OF_TITLES:
                run.append(tok)
                continue
            yield run
        run = [tok]
    if run:
        yield run


def _mention(text: str, sent, run: list[tuple[int, int]], force: bool = False,
             lows: list[str] | None = None) -> PersonMention | None:
    """The person a run of capitalised words names, or None. `force`: the article elsewhere
    shows the run names a person, so no sign beside it is needed. `lows`: the run's words
    lowercased, when the caller has them (a plain run: one `lower` and `split` of it)."""
    n = len(run)
    if n > _MAX_RUN:
        return None
    if lows is None:
        if n == 2:
            (s0, e0), (s1, e1) = run
            lows = [text[s0:e0].lower(), text[s1:e1].lower()]
        elif n == 1:
            lows = [text[run[0][0]:run[0][1]].lower()]
        else:
            lows = [text[s:e].lower() for s, e in run]
    if lows[-1] in _NOT_NAME_WORDS:
        return None  # the last word is always part of the name (below)
    i = 0
    last_title = -1
    # The two loops below read only the words before the last: a lone word skips them, and so
    # does a pair whose first word has no hyphen and is neither a stop word nor a title
    # ("Tony Blair", "Varga said": most calls; ~0.009 M instructions per article).
    if n > 2 or n == 2 and ("-" in lows[0] or lows[0] in _STOP_OR_TITLE):
        while i + 1 < n and (lows[i] in _LEADING_STOP and lows[i] not in ("mr", "mrs")
                             or "-" in lows[i] and _modifier(text[run[i][0]:run[i][1]])):
            i += 1
        # Titles and honorifics before the name: everything up to the last title word, plus
        # an "of" domain ("Secretary of State Mike Pompeo").
        for j in range(n - 2, i - 1, -1):
            w = lows[j]
            if w in _TITLE_HEADS or "-" in w and w.rpartition("-")[2] in _TITLE_HEADS:
                last_title = j  # "Minister", "Sen.", "Ex-minister", "Vice-President"
                break
    honorific = ""
    role_words = None  # the words of a capitalised title, read into a Role once kept
    lead = -1  # where an honorific-only title starts ("the medical director, Dr Samira Haddad")
    if last_title >= 0:
        # Role tokens run from the first title-ish token (domain words before a head count).
        first = i
        title_low = lows[first:last_title + 1]
        for w in title_low:
            if w in HONORIFICS:
                honorific = w
        role_words = [w for w in title_low if w not in HONORIFICS]
        name_start = last_title + 1
        # "Secretary of State Mike Pompeo": the gap after the head is " of "; the domain is one
        # token, then more while they are not a given name and two are left for the name.
        if text[run[last_title][1]:run[name_start][0]] == " of ":
            role_words += ["of", lows[name_start]]
            name_start += 1
            while (name_start < n - 2 and lows[name_start] not in FIRST_NAMES
                   and text[run[name_start - 1][1]:run[name_start][0]] == " "):
                role_words.append(lows[name_start])
                name_start += 1
        if not role_words:
            role_words = None
            lead = run[first][0]
        i = name_start
    if i >= n:
        return None
    nlows = lows[i:] if i else lows
    nn = n - i
    if not _NOT_NAME_WORDS.isdisjoint(nlows) and (
            nn == 1 or nlows[0] not in _GIVEN_NOT_NAME or not _NOT_NAME_WORDS.isdisjoint(
                nlows[1:])):
        return None  # ("Bill Harnett", "April Fenner": a given name that is also a word)
    if nn > 4 or (nn == 1 and nlows[0] in _LEADING_STOP):
        return None
    ns, ne = run[i][0], run[-1][1]
    # The word right before the name decides which of the (costlier) patterns can apply.
    ls = lead if lead >= 0 else ns
    # (Bounds by conditional expressions, not max/min: a call of the builtin costs ~1,500
    # instructions, the expression ~500, and `_mention` made four on its common path.)
    floor, ceil = sent.start, sent.end
    prev = ""
    if text[ls - 1:ls].isspace():
        pw = text[ls - 16 if ls - 16 > floor else floor:ls].rsplit(None, 1)  # (the last word)
        if pw:
            prev = pw[-1].lower()
    comma = text[ne:ne + 1] == ","
    aged = prev.endswith("-year-old")  # "Sixteen-year-old Bethan Carrow"
    said = None
    if nn > 1 and role_words is None and not comma and nlows[0] not in FIRST_NAMES \
            and not force and not aged and not (
            prev in _ROLE_HEAD_SET or prev[:-1] in _ROLE_HEAD_SET or prev in _SAY_WORDS
            or prev.rstrip(",") in _KIN_WORDS):
        said = _said_after(text, ne, ceil)
        if not said:
            return None  # two capitalised words with nothing to say they name a person
    signals: set[str] = {"age"} if aged else set()
    roles: list[Role] = []
    if role_words is not None:
        rs, re_ = run[first][0], run[name_start - 1][1]
        if text[re_:re_ + 1] == ".":
            re_ += 1
        past = _marked(text, rs, sent.start) or role_words[0].startswith(("ex-", "then-"))
        roles.append(Role(canonical_role(" ".join(role_words)), rs, re_, past))
    else:
        lm = None
        if prev in _ROLE_HEAD_SET or prev.startswith(("then-", "ex-")):
            lm = _LOWER_ROLE_LEFT.search(text, ls - 80 if ls - 80 > floor else floor, ls)
        if lm:
            # Keep the words next to the head; stop at a word that cannot be part of a role
            # ("two tries from captain Leon Marsh" -> "captain").
            rwords = lm.group(1).split()
            k = len(rwords) - 1
            while k > 0 and rwords[k - 1] not in _ROLE_STOP and not rwords[k - 1][0].isdigit():
                k -= 1
            rtext = " ".join(rwords[k:])
            rs = lm.end(1) - len(rtext)
            if k == 0:
                rtext, rs = _capital_opening(text, sent.start, rs, rtext)
            past = bool(_PAST_ROLE.search(rtext)) or _marked(text, rs, sent.start)
            for part in rtext.split(" and "):
                roles.append(Role(canonical_role(part), rs, lm.end(1), past))
        elif prev[-1:] == "," and prev[:-1] in _ROLE_HEAD_SET:
            am = _APPOS_BEFORE.search(text, ls - 80 if ls - 80 > floor else floor, ls)
            if am:
                roles.append(Role(canonical_role(am.group(1)), am.start(1), am.end(1),
                                  bool(_PAST_ROLE.search(am.group(1)))))
    if comma:
        end = ne + 90 if ne + 90 < ceil else ceil
        appos = _APPOS_AFTER_ASCII if text[ne:end].isascii() else _APPOS_AFTER
        am = appos.match(text, ne, end)
        if am and (am.group(2) in _ROLE_HEAD_SET or _head_of(am.group(1))):
            rtext, rend = am.group(1), am.end(1)
            om = text[rend:rend + 1] == " " and _OF_DOMAIN.match(
                text, rend, rend + 50 if rend + 50 < ceil else ceil)
            if om:  # "Bankole, the company's head of operations,"
                rtext, rend = f"{rtext} of {om.group(1)}", om.end(1)
            roles.append(Role(canonical_role(rtext), am.start(1), rend,
                              bool(_PAST_ROLE.search(rtext))))
    if roles:
        signals.add("role")
    if honorific:
        signals.add("honorific")
    if prev in _SAY_WORDS or (said if said is not None else _said_after(text, ne, ceil)):
        signals.add("says")
    if comma:
        if _AGE_AFTER.match(text, ne, ne + 12 if ne + 12 < ceil else ceil):
            signals.add("age")
        if _WHO_AFTER.match(text, ne, ne + 8 if ne + 8 < ceil else ceil):
            signals.add("who")
    kin = prev.rstrip(",") in _KIN_WORDS and bool(
        _KIN_BEFORE.search(text, ns - 40 if ns - 40 > floor else floor, ns))
    if kin:
        signals.add("kin")
    if roles and _marked(text, ns, sent.start):
        roles = [Role(r.text, r.start, r.end, True) for r in roles]

    # Split the name into given name and surname (with particles).
    if nn == 1 or nlows[0] in _PARTICLES:
        given, surname = "", text[ns:ne]
    else:
        k = nn - 1
        while k > 1 and nlows[k - 1] in _PARTICLES:
            k -= 1
        # Particles joined by the gap ("Juan de la Cruz"): the gap text is part of the surname.
        given_end = run[i + k - 1][1]
        surname_start = run[i + k][0]
        if surname_start - given_end > 1 and _PARTICLE_GAP.fullmatch(
                text, given_end, surname_start):
            surname_start = given_end + 1
        given = text[ns:given_end]
        surname = text[surname_start:ne]
        if nlows[0] in FIRST_NAMES:
            signals.add("given")
        if run[i][1] - run[i][0] == 1:
            signals.add("initial")
        if not force and _STRONG_SIGNALS.isdisjoint(signals):
            return None  # two capitalised words with nothing to say they name a person
    if nn == 1:
        if _subject_after(text, ne):
            signals.add("subject")
        if len(surname) < 2:
            return None
    key = surname.casefold() if surname.isascii() else surname_key(surname)
    return PersonMention(ns, ne, given, surname, key, sent.index,
                         tuple(roles), honorific, kin, frozenset(signals))


_NOT_NAME_WORDS = _NOT_PERSON | _MONTHS_DAYS
_STOP_OR_TITLE = _LEADING_STOP | _TITLE_HEADS  # (first words `_mention` reads further)
# Signs beside a lone word that say it names a person.
_REF_SIGNS = frozenset(("says", "honorific", "role", "age"))
# Given names that are also such words: first of two or more name words, they are names.
_GIVEN_NOT_NAME = _NOT_NAME_WORDS & FIRST_NAMES
_STRONG_SIGNALS = frozenset(("given", "role", "honorific", "says", "age", "kin"))


def _link(doc, text: str, mentions: list[PersonMention]):
    persons: list[Person] = []
    full_index: dict[tuple[str, str], int] = {}
    by_key: dict[str, list[int]] = {}
    for idx, m in enumerate(mentions):
        if not m.given:  # (`given`, not the `is_full` property: this loop is hot)
            continue
        gk = surname_key(m.given.rstrip("."))
        pk = (gk, m.key)
        pi = full_index.get(pk)
        if pi is None and len(gk) == 1:
            # "J. Smith" joins the one person named Smith whose given name starts with J.
            cands = [p for p in by_key.get(m.key, ())
                     if surname_key(persons[p].given)[:1] == gk]
            pi = cands[0] if len(cands) == 1 else None
        if pi is None:
            pi = len(persons)
            persons.append(Person(pi, m.given, m.surname, m.key, [idx], m.kin))
            full_index[pk] = pi
            by_key.setdefault(m.key, []).append(pi)
        else:
            persons[pi].mentions.append(idx)
        m.person = pi
        m.link = "full"
    for idx, m in enumerate(mentions):
        if m.given:
            continue
        cands = by_key.get(m.key, ())
        if len(cands) == 1:
            m.person, m.link = cands[0], "exact"
        elif cands:
            main = [p for p in cands if not persons[p].kin]
            if len(main) == 1:
                m.person, m.link = main[0], "primary"
            else:
                m.link = "ambiguous"
        if m.person is not None:
            persons[m.person].mentions.append(idx)
    sentences = doc.sentences
    folded = doc.folded
    change_text, change = (text, _ROLE_CHANGE) if folded is None else (
        folded, _ROLE_CHANGE_FOLDED)
    for p in persons:
        p.mentions.sort()
        if len(p.mentions) < 2 or len([i for i in p.mentions if mentions[i].roles]) < 2:
            continue  # role changes matter only to people given roles twice
        for idx in p.mentions:
            m = mentions[idx]
            s = sentences[m.sentence]
            if change.search(change_text, s.start, s.end) or _WHO_CHANGE_AFTER.match(
                    text, m.end, min(s.end, m.end + 120)):
                p.role_change = True
                break
    return persons, by_key


def _ages(doc, text: str, mentions: list[PersonMention], persons: list[Person],
          quantities) -> list[PersonAge]:
    by_end: dict[int, int] = {}
    by_start: dict[int, int] = {}
    for idx, m in enumerate(mentions):
        by_end[m.end] = idx
        by_start[m.start] = idx
    out: list[PersonAge] = []
    born_checked: set[int] = set()
    bare: list = []  # "the 36-year-old" with no name beside it
    unlinked = False  # an age with no name beside it that is not such a reference
    for q in quantities:
        if q.kind != "age":
            continue
        s = doc.sentences[q.sentence]
        idx = None
        # "Solberg, 52," / "Solberg, aged 52,"
        # (bounds by conditional expressions, not max/min: see `_mention`)
        cm = _COMMA_GAP.search(text, q.start - 8 if q.start - 8 > s.start else s.start, q.start)
        if cm:
            idx = by_end.get(cm.start())
            if idx is not None:
                start, end = mentions[idx].start, q.end
                if cm.group().endswith("(") and text[end:end + 1] == ")":
                    end += 1
        if idx is None:
            # "the 54-year-old Solberg", "54-year-old Ingrid Solberg"
            j = q.end
            while j < s.end and text[j] == " ":
                j += 1
            idx = by_start.get(j) if j > q.end else None
            if idx is not None:
                start, end = q.start, mentions[idx].end
        died = False
        if idx is None:
            # "Penhallow dies aged 61": the nearest name before, then the verb
            for j in range(len(mentions) - 1, -1, -1):
                m = mentions[j]
                if m.end <= q.start and m.sentence == q.sentence:
                    if _DIED_AGED.fullmatch(text, m.end, q.start) and (
                            text[m.end:m.end + 1] != "," or not any(
                                mentions[k].sentence == q.sentence and m.end < mentions[k].start
                                for k in range(j + 1, len(mentions)))):
                        idx, died = j, True
                        start, end = m.start, q.end
                    break
        if idx is None:
            gm = _AGE_NOUN_GAP.match(text, q.end, q.end + 50 if q.end + 50 < s.end else s.end)
            gw = gm.group(1).split() if gm else ()
            # The noun next to the age ("father of three,") or next to the name ("politics
            # student Liam Corder") must name a person: "the 22-year-old pipped Pennock" is
            # a verb.
            if gw and (gw[0] if gm.group(2) else gw[-1]) in _PERSON_NOUNS and (
                    gm.group(2) or len(gw) <= 2) and _AGE_NOUN_STOP.isdisjoint(gw) and not any(
                    w.endswith("ed") for w in gw):
                idx = by_start.get(gm.end())
                if idx is not None:
                    start, end = q.start, mentions[idx].end
        if idx is None:
            if text[q.end - 9:q.end] == "-year-old" and _BARE_AGE_LEFT.match(
                    text, max(s.start, q.start - 4), q.start):
                bare.append(q)
            else:
                unlinked = True
            continue
        past = not died and (bool(_PAST_AGE_LEFT.search(
            text, q.start - 20 if q.start - 20 > s.start else s.start, q.start)) or bool(
            _PAST_AGE_RIGHT.match(text, q.end, q.end + 20 if q.end + 20 < s.end else s.end)))
        out.append(PersonAge(idx, q.value, start, end, past, q))
        p = mentions[idx].person
        if p is not None and p not in born_checked:
            born_checked.add(p)
            sentences = doc.sentences
            folded = doc.folded
            born_text, born = (text, _BORN) if folded is None else (folded, _BORN_FOLDED)
            persons[p].born = any(
                born.search(born_text, sentences[mentions[j].sentence].start,
                            sentences[mentions[j].sentence].end)
                for j in persons[p].mentions)
    if bare and not unlinked and out:
        out = _bare_ages(doc, text, mentions, out, bare)
    return out


def _bare_ages(doc, text, mentions, out, bare) -> list[PersonAge]:
    """A bare "the 36-year-old" stands for the story's one person with a stated age when no
    other age in the story is without a name (no "a 17-year-old boy", no unnamed victim), it
    follows that person's stated age, and that person is the last one named before it (the
    speaker of its own sentence aside). It is tied to that last mention."""
    holders = {mentions[a.mention].person for a in out if not a.past}
    if len(holders) != 1 or None in holders:
        return out
    pi = holders.pop()
    first_age = min(a.start for a in out)
    out = list(out)
    for q in bare:
        if q.start < first_age:
            continue
        # The person last named before it, passing over the speaker of its own sentence
        # ("Sokol said the 36-year-old had saved lives"), must be the holder of the age.
        ref = None
        for j in range(len(mentions) - 1, -1, -1):
            m = mentions[j]
            if m.end > q.start:
                continue
            if m.sentence == q.sentence and "says" in m.signals:
                continue
            ref = j
            break
        if ref is None or mentions[ref].person != pi:
            continue
        s = doc.sentences[q.sentence]
        past = bool(_PAST_AGE_LEFT.search(text, max(s.start, q.start - 20), q.start)) or bool(
            _PAST_AGE_RIGHT.match(text, q.end, min(s.end, q.end + 20)))
        out.append(PersonAge(ref, q.value, q.start - 4, q.end, past, q))
    out.sort(key=_START)
    return out


# Canonical role wording: abbreviations expanded, compatible wordings made equal.
_ROLE_ABBREV = {
    "sen": "senator", "rep": "representative", "gov": "governor", "gen": "general",
    "lt": "lieutenant", "col": "colonel", "maj": "major", "sgt": "sergeant", "capt": "captain",
    "cmdr": "commander", "adm": "admiral", "det": "detective", "insp": "inspector",
    "supt": "superintendent", "prof": "professor", "cpl": "corporal", "defense": "defence",
    "ceo": "chief executive", "cfo": "chief financial officer", "coo": "chief operating officer",
    "cto": "chief technology officer", "congressman": "representative",
    "congresswoman": "representative", "chairwoman": "chairman", "chair": "chairman",
    "spokeswoman": "spokesman", "spokesperson": "spokesman",
}
_ROLE_ALIASES = {
    "chief executive officer": "chief executive",
    "chief exec": "chief executive",
    "finance chief": "chief financial officer",
    "finance director": "chief financial officer",
    "financial chief": "chief financial officer",
    "top diplomat": "foreign minister",
    "secretary of state": "foreign minister",
    "foreign secretary": "foreign minister",
    "foreign affairs minister": "foreign minister",
    "minister of foreign affairs": "foreign minister",
    "interior secretary": "interior minister",
    "home affairs minister": "interior minister",
}
_ROLE_STOP = frozenset(
    """the a an said says told by of to with for from after before at in on as was is were are
    be been has have had who which that when while where his her its their our my your this
    these those two three four five six seven eight nine ten one all both some many most other
    another than then also only just not but or so if because into over under about against
    between among during including like says say tells asked according""".split()
)
_ROLE_SKIP = frozenset("the a an said says told and by of to with for as".split())
_ROLE_OF = Lazy(re.compile, r"^(.*?)(minister|secretary|chief|head|director) (?:of|for) (?:the )?(.+)$")
# The functions of posts within one organisation, in the words that name them ("head of
# operations", "chief operating officer", "operations director" are one post).
ROLE_FUNCTIONS = {
    "finance": "finance", "financial": "finance", "operations": "operations",
    "operating": "operations", "operational": "operations", "technology": "technology",
    "technical": "technology", "medical": "medical", "clinical": "clinical",
    "nursing": "nursing", "nurse": "nursing", "marketing": "marketing",
    "information": "information", "people": "people", "personnel": "people",
    "hr": "people", "communications": "communications", "legal": "legal",
    "strategy": "strategy", "strategic": "strategy", "commercial": "commercial",
    "sales": "sales", "security": "security", "investment": "investment",
    "investments": "investment", "risk": "risk", "data": "data", "digital": "digital",
    "product": "product", "compliance": "compliance", "safety": "safety",
}


_CANONICAL: dict[str, str] = {}  # role text -> canonical_role(role text)


def canonical_role(role: str) -> str:
    """"Chief Executive Officer" -> "chief executive"; "Sen." -> "senator"; "Minister of
    Finance" -> "finance minister"; "the former finance minister" -> "finance minister"
    (whether a role is current is kept apart, in `Role.past`). Remembered: the same few
    role texts ("Mr", "prime minister") come back in article after article."""
    r = _CANONICAL.get(role)
    if r is None:
        if len(_CANONICAL) >= 4096:
            _CANONICAL.clear()
        r = _CANONICAL[role] = _canonical_role(role)
    return r


def _canonical_role(role: str) -> str:
    words = []
    for w in role.lower().split():
        w = w.strip(".,")
        for prefix in ("then-", "ex-"):
            if w.startswith(prefix):
                w = w[len(prefix):]
        if not w or (not words and w in _ROLE_SKIP) or _PAST_ROLE.fullmatch(w):
            continue
        words.append(_ROLE_ABBREV.get(w, w))
    r = " ".join(words)
    r = _ROLE_ALIASES.get(r, r)
    om = _ROLE_OF.match(r)
    if om and r not in _ROLE_ALIASES:
        r = f"{om.group(1)}{om.group(3)} {om.group(2)}".strip()
    for k, v in _ROLE_ALIASES.items():
        if r.endswith(k):
            r = r[: len(r) - len(k)] + v
            break
    return r
