"""What a money or percentage figure is attached to: the words around it that say which fact
it states.

For every MONEY, PERCENT and POINTS quantity (see quantities.py) this reads, once:

- `det`: the word that introduces it when it is a definite reference back to a fact already
  stated: "the", "its", "their", "this", or "'s" after a name ("Lask's 52.4 percent
  share"); "" otherwise. `owner` is that name ("Lask"), if any.
- `noun`: the head noun right after the figure ("the $4.3 billion deal" -> deal, "a $212
  million transit bond" -> bond, "the 15 percent reduction" -> reduction), "" if none.
- `of_noun` / `of_text`: the head of an "of" phrase after the figure or its noun ("54.2% of
  the vote" -> vote, "34% of the national market for milk" -> market; "78% of children under
  five" -> child, of_text "children under five").
- `noun_prep`: the preposition right after that noun ("the 10% cut in prices" -> "in").
- `change`: the figure states a change, not a level ("rose 5%", "up 14%", "a 25 percent
  increase", "a drop of 15%", "cut by 3%").
- `direction`: +1 for a rise, -1 for a fall, 0 when unsaid or not a change: from the noun
  ("a 5% cut"), the word after ("6.8% more", "10% lower") or the nearest direction word before
  it in its clause ("reduced the number of days ... by 34%", "sending its shares up 19%").
  "N% more/higher/less/lower/fewer" is a change too.
- `prep_words`: content words (lemmas) of the phrase after the noun's preposition ("the 43
  percent reduction in migraine days" -> ("migraine", "day")).
- `for_words`: the same for a "for" phrase right after the figure or its noun ("paying $3.9bn
  for a rival chip maker" -> ("rival", "chip", "maker")).
- `verb`: the word just before the figure, lower-case ("took", "cut", "controls").
- `moved`: the value something moved to, from or by ("raised to £1.5bn", "up from $2bn",
  "cut by 3%").
- `per`: a rate ("$62 a share", "$38 a year", "5% a year").
- `other_time`: the sentence refers to another time ("in 2019", "last year", "ago").
- `noun_before` (money): the noun an "of" / "set at" phrase gives the amount to ("bail of
  $570,000" -> bail); `rate` (percent): the named rate it gives ("unemployment stood at
  6.2%", "the 6.8 percent jobless rate" -> unemployment; "Turnout hits 71%" -> turnout).
- `names`: capitalised words of the figure's sentence (not sentence-initial function words),
  used to tell whose share or whose money it is; `phrases`: its runs of capitalised words
  ("Nottingham Forest"), without a lone sentence-opening word the text also writes in lower
  case ("Shares in ...").
- `right_key` / `left_key`: the words framing the figure in its clause (for a percentage
  after "163p, or", the words before the pence); `gov`: the word it is the object of
  ("received an £8m bid" -> received; "save the average tenant £80" -> save);
  `key_det`: "the" before the left key's noun ("raising the threshold to"); `subject`: the
  definite subject of a verb frame ("The shares closed down" -> share).

`other_time` leaves alone a person's former role ("former Reform Treasurer Lord Fenwick");
money raised ("plans to raise $100m") is not a change; a value moved to takes the direction
of its move; a rate is also named before a "which is" clause ("the rate of inflation, which
is currently 1.6%"), and not by its target or forecast ("inflation target of 2%").

Only the 60 characters either side of each figure are read, with precompiled, non-nested
patterns, so the work is linear in the number of figures.
"""

from __future__ import annotations

import re

from checker.mentions.lemmas import lemma
from checker.mentions.numbers import SCALES
from checker.mentions.lazy import Lazy
from checker.mentions.plain import holds_any
from checker.mentions.quantities import MONEY, PERCENT, POINTS, Quantity
from checker.record import field, record

# Stdlib `re` throughout (the `regex` module compiles several times slower): `[^\W\d_]` is any
# letter; upper-case tests are done in code. What stands right before a figure is read by
# matching reversed patterns at the start of the reversed 60 characters before it (`re` has
# no right-to-left search, and a search for a pattern anchored at the end tries every start).
_L = r"[^\W\d_]"
_WORD = rf"{_L}(?:{_L}|['’-])*"
# "the ", "its total ", "Lask's " (reversed)
_DET_LEFT_R = re.compile(
    r"\s+(?:(?:latot|eritne|elohw|lluf|dennalp|desoporp|detroper|wen)\s+)?"
    rf"(?:(eht|sti|rieht|siht|sih|reh)|s['’]((?:{_L}|-)*{_L}))(?!\w)",
    re.IGNORECASE,
)
_WORD_AFTER = Lazy(re.compile, rf"[ \t]+(?:-[ \t]*)?({_WORD})")
_OF_AFTER = Lazy(
    re.compile,
    r"[ \t]+of[ \t]+(?:(?:the|its|their|his|her|all|a|an|this|that)[ \t]+)?"
    rf"({_WORD}(?:[ \t]+{_WORD}){{0,3}})"
)
# The word before a figure, past "by" (reversed)
_WORD_BEFORE_R = Lazy(re.compile, rf"[ \t]+(?:yb[ \t]+)?((?:{_L}|['’-])*{_L})(?!\w)")
# The up to four words right before a figure: a change verb or "a rise of", past a hedge
# ("rose about") (reversed)
_TAIL_R = Lazy(re.compile, rf"(?:[ \t]+{_L}+(?!\w)){{1,4}}")
_CHANGE_WORDS = frozenset(
    """rose risen rises rising climbed climbs increased increases jumped jumps grew grows
    growing soared surged fell fallen falls falling dropped drops declined declines decreased
    up down gained gains lost loses slumped slipped slid plunged plummeted tumbled rallied
    added shed edged advanced retreated sank eased dipped rebounded by cut cuts cutting raise
    raised raising lower lowered lowering reduce reduced reducing boost boosted rise fall
    drop slump plummet plummets plunge plunges soar soars surge surges dive dives sink sinks
    slide slides tumble tumbles climb jump gain lose leap leaps leapt slip slips dip dips""".split()
)
_CHANGE_OF = frozenset(
    """increase rise drop fall decline decrease jump gain cut reduction growth surge slump
    loss""".split()
)
_TAIL_HEDGES = frozenset("about around almost nearly over some roughly just only another".split())
_TAIL_HEDGES2 = frozenset({("more", "than"), ("less", "than"), ("a", "further")})
_CHANGE_NOUNS = frozenset(
    """increase rise drop fall decline decrease jump gain cut reduction growth surge slump
    loss hike raise premium discount markup uplift improvement boost""".split()
)
_PER_AFTER = re.compile(rf"[ \t]+(?:a|an|per|each)[ \t]+({_L}+)|[ \t]*/[ \t]*{_L}",
                        re.IGNORECASE)
_PER_UNITS = frozenset(
    """year month week day hour share head person night barrel tonne ton litre gallon kilo kg
    unit seat ticket minute annum household employee worker pupil student game match
    episode""".split()
)
# "to ", "from ", "by ", "valued at ", "valuing it at " (reversed)
_MOVED_LEFT_R = re.compile(r"\s+(?:ot|morf|yb|ta\s+deulav|ta\s+\w+\s+gniulav)(?!\w)",
                           re.IGNORECASE)
_CONVERSION = re.compile(r"[ \t]*\([^()\d]{0,6}\d[^()]{0,30}\)")
# "deal valued at ", "contract that is valued at ": the noun a value is given to, as
# `\b(deal|...)\s+(?:(?:is|was|that\s+is|which\s+is)\s+)?valued\s+at\s+$` searched in the
# text before a figure, matched at the start of that text reversed instead (group 1 reversed).
# The forward search tried every position of the 60 characters (~11 us a call).
_VALUED_NOUN_R = Lazy(re.compile,
    r"\s+ta\s+deulav\s+(?:(?:si|saw|si\s+taht|si\s+hcihw)\s+)?"
    r"(laed|revoekat|noitisiuqca|regrem|tcartnoc|dib|reffo|egakcap|tnemtsevni|esahcrup)\b",
    re.IGNORECASE,
)
_FOR_AFTER = re.compile(r"[ \t]+for\b", re.IGNORECASE)
_PREP_AFTER = re.compile(r"[ \t]+(in|of|to|on|for|from|at)\b", re.IGNORECASE)
# "former" is another time unless it names a person's former role ("repaid £400,000 to
# former Reform Treasurer Lord Fenwick": a capitalised title or name within three words)
_FORMER_NOT_ROLE = r"\bformer\b(?!(?:\s+(?-i:[a-z][\w-]*)){0,3}\s+(?-i:[A-Z]))"
# The other alternatives of `_OTHER_TIME`, which read no letter case (see _other_time); each
# opens a word
_OTHER_TIME_WORDS = (
    r"(?:in|since|during|by|until|of|from)\s+(?:(?:early|late|mid-?)\s*)?(?:19|20)\d\d\b|"
    r"(?:last|previous|prior)\s+(?:year|month|week|season|quarter|decade|time|election)\b|"
    r"previously\b|ago\b|a\s+year\s+(?:earlier|before|ago)\b|earlier\s+this\b|"
    r"formerly\b|the\s+year\s+before\b|"
    # "compared with £4bn", "compared with 2003": another period's figure; "compared with a
    # placebo" is not another time
    r"compared\s+(?:with|to)\s+[^\d.;,£$€]{0,25}[\d£$€]"
)
_OTHER_TIME_CASELESS = rf"\b(?:{_OTHER_TIME_WORDS})"
# Only whether it matches is read. The lookahead lists every first letter an alternative can
# start with (a cheap skip).
_OTHER_TIME = Lazy(re.compile,
                   rf"(?=[abcdefilopstu])(?:{_OTHER_TIME_CASELESS}|{_FORMER_NOT_ROLE})",
                   re.IGNORECASE)
# The same on lower-cased text, case-sensitively (IGNORECASE matching costs ~40% more; the
# first-letter lookahead only pays with IGNORECASE), with the "former" alternative, which
# reads case, tried on the text as written. Searched in the text with a space before it, for
# the word boundary the alternatives open with is spelled as the non-word character before
# them: `re` then skips from one such character to the next instead of testing the boundary
# at every character (-0.02 M instructions per warm BBC article). Only whether it matches
# is read.
_OTHER_TIME_LOWER = re.compile(rf"\W(?:{_OTHER_TIME_WORDS})")
_FORMER_NOT_ROLE_RE = Lazy(re.compile, _FORMER_NOT_ROLE, re.IGNORECASE)
# A capitalised word: an upper-case letter, then at least two lower-case letters, apostrophes
# or hyphens (the classes list Latin, Greek and Cyrillic letters: `re` has no \p{Lu}).
_UPPER = "".join(c for c in map(chr, range(0x41, 0x530)) if c.isupper() and c.isalpha())
_LOWER = "".join(c for c in map(chr, range(0x61, 0x530)) if c.islower() and c.isalpha())
# The word boundary before the capital is written as a lookbehind after it, so that `re`
# skips straight to capitals instead of trying every position (halves the cost of the scan).
_NAME_WORD = rf"[{_LOWER}\u0300-\u036f'’-]{{2,}}"
_NAME_PATTERN = rf"[{_UPPER}](?<!\w[{_UPPER}]){_NAME_WORD}"
# One name word. The scans read `_NAME_RUN` (its words are the `_NAME` matches), so `_NAME`,
# kept as the definition the tests check runs against, compiles only when used (~2.5 ms).
_NAME = Lazy(re.compile, _NAME_PATTERN)
_NAME_RUN = Lazy(re.compile, rf"{_NAME_PATTERN}(?:[ \t]+[{_UPPER}]{_NAME_WORD})*")
# `_NAME_RUN` for a plain document (`Document.plain`: no letter, mark or word character
# outside ASCII), where its classes match only ASCII letters. Compiling the classes of every
# Latin, Greek and Cyrillic letter took ~5 ms of a one-article run: only other text pays it.
# There `\w` is `[0-9A-Za-z_]` (a range test, not a character-database look-up), and the
# repeats are possessive: what follows each (a space, a capital, the end) is outside its
# class, so giving characters back never finds another match, and `re` keeps no
# backtracking state for them (the scan: 5.8 -> 4.0 us per BBC article).
_NAME_RUN_ASCII = re.compile(
    r"[A-Z](?<![0-9A-Za-z_][A-Z])[a-z'’-]{2,}+(?:[ \t]++[A-Z][a-z'’-]{2,}+)*+")
_NOT_NAMES = frozenset(
    """The This That These Those There Their They Its His Her Our Your With Without When While
    Where What Which Who Whom Whose After Before During Since From For And But Yet Not Only
    Also Some Most Many More Less About Around Over Under Nearly Almost Just Even Then Now
    Last Next First In On At By Of To As If Although Though Because However Meanwhile Overall
    Nationally Across Among Both Each Every All Any One Two Three Four Five Six Seven Eight
    Nine Ten Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March
    April May June July August September October November December Wire News Photo Reuters
    Mr Mrs Ms Dr Prof Sir Chief Executive President Minister Prime Officer Company""".split()
)
_OF_TEXT_END = frozenset(
    "have has had are were is was and or who which that said fully for to at on by".split()
)
_STOP = frozenset(
    """of in on at to for from with by and or but the a an that which who was were is are be
    been has have had will would could should may might can said says say as than into after
    before during since while when where including per each this these those its their his
    her our it they he she we you i not also so such all some both any no more less over
    under about around between through within without up down out off back again ago later
    earlier now today yesterday just only even already last next first from a year month
    week day""".split()
)


class _SentenceWords:
    """What a figure's sentence says that few figures are asked about, found on first read
    and shared by its figures: its names and phrases (`_names_and_phrases`; over BBC
    articles 300-900 the rules read `names` for 109 of 1,769 figures, `phrases` for none:
    ~0.035 M instructions per article) and whether it places something at another time
    (`_other_time`: read for figures in 232 of 1,067 sentences, ~0.026 M)."""

    __slots__ = ("text", "s0", "s1", "lower_case", "run_re", "folded", "found", "other")

    def __init__(self, text: str, s0: int, s1: int, lower_case, run_re, folded) -> None:
        self.text, self.s0, self.s1 = text, s0, s1
        self.lower_case, self.run_re, self.folded = lower_case, run_re, folded
        self.found = self.other = None

    def names_and_phrases(self) -> tuple[frozenset, frozenset]:
        if self.found is None:
            self.found = _names_and_phrases(self.text, self.s0, self.s1, self.lower_case,
                                            self.run_re)
        return self.found

    def other_time(self) -> bool:
        if self.other is None:
            self.other = _other_time(self.text, self.s0, self.s1, self.folded)
        return self.other



@record(slots=True, unsafe_hash=True)
class Figure:
    """A money, percent or points figure and the words around it, as the money and percent
    rules read them. The fields and their order are those of the former `tuple_record`
    (a namedtuple): its repr, equality and hash are theirs. Six fields that rules read
    for few figures are lazy (see checker.record), found on first read: `names`, `phrases`
    and `other_time` (see `_SentenceWords`), `half_unit` (6 reads in 1,769 figures over BBC
    articles 300-900), `subject` (1) and `key_det` (none of 1,323 over articles 300-600);
    ~0.12 M instructions per article were spent on them for every figure. They are found
    from four hidden fields: `_sentence` (the sentence's `_SentenceWords`), `_raw` (the
    figure's text), `_left` (the 60 characters before it) and `_framed` (the text before it
    that `_subject` reads). Not frozen, though nothing assigns to it: a frozen record's
    __init__ sets each slot through its descriptor, +0.06 M instructions per article here
    (4.902 M against 4.844 M). `unsafe_hash` keeps the namedtuple's hash, of the shown
    fields."""

    # q: the Quantity
    # names: frozenset[str]
    # other_time: the sentence places something at another time ("in 2019", "last year")
    # noun_prep: the preposition after the noun: "the 10% cut in prices" -> "in"
    # moved: a value something moved to, from or by ("raised to £1.5bn", "from $2bn")
    # half_unit: how far rounding at the stated precision may move it ("$3.5bn": 0.05bn)
    # direction: +1 a rise, -1 a fall, 0 unsaid
    # prep_words: "the 10% cut in staff pay" -> ("staff", "pay")
    # for_words: "paying $3.9bn for a rival chip maker" -> ("rival", ...)
    # noun_before: MONEY only: the noun an "of"/"at" phrase gives the amount to ("set bail
    #   of $570,000", "a ransom of $2m", "bail was set at $50,000" -> bail), "" if none
    # rate: PERCENT only: the named rate the figure gives ("unemployment stood at 6.2%",
    #   "the 6.8 percent jobless rate" -> unemployment; "Turnout hits 71%" -> turnout)
    # right_key, left_key: the words framing the figure, trimmed to content: up to two
    #   content words (and the small words between) right after it, past a conversion
    #   ("£8m for the midfielder" -> ("for", "the", "midfielder")), and the words back to
    #   the nearest content word before it ("annual losses of £6m" -> ("losses", "of"));
    #   see _frame
    # gov: the word the figure is the object of: the content word right before it, past
    #   "a", "an" or "the" ("received an £8m bid" -> received), or a verb that takes a
    #   person and an amount ("save the average tenant £80" -> save); "" when a content
    #   word other than such a verb stands further back ("annual losses of £6m"); see
    #   _governor
    # key_det: "the" right before the left key's noun ("raising the threshold to
    #   £150,000"): the frame names one definite thing
    # phrases: the runs of capitalised words of the figure's sentence, each a frozenset of
    #   its words ("Nottingham Forest" -> {Nottingham, Forest}): "Forest" names the club
    #   "Nottingham Forest" names, "Marrow Foods" is not "Pellworth Foods"
    # subject: the definite subject right before a verb frame ("The shares closed down
    #   163p, or 24%" -> share; "its profits rose to £61m" -> profit): the thing named
    #   earlier, "" if none

    # How the lazy fields are found (declared before them, which name them)
    def _find_names(self) -> frozenset[str]:
        return self._sentence.names_and_phrases()[0]

    def _find_phrases(self) -> frozenset:
        return self._sentence.names_and_phrases()[1]

    def _find_other_time(self) -> bool:
        return _figure_other_time(self)

    def _find_half_unit(self) -> float:
        return half_unit(self._raw)

    def _find_key_det(self) -> bool:
        return _key_det(self._left, self.left_key)

    def _find_subject(self) -> str:
        return _subject(self._framed, self.left_key)

    q: Quantity
    det: str
    owner: str
    noun: str
    of_noun: str
    of_text: str
    change: bool
    verb: str
    per: bool
    _sentence: _SentenceWords = field(repr=False, compare=False)
    names: frozenset = field(lazy=_find_names)
    other_time: bool = field(lazy=_find_other_time)
    noun_prep: str
    moved: bool
    _raw: str = field(repr=False, compare=False)
    half_unit: float = field(lazy=_find_half_unit)
    direction: int
    prep_words: tuple
    for_words: tuple
    noun_before: str
    rate: str
    right_key: tuple
    left_key: tuple
    gov: str
    _left: str = field(repr=False, compare=False)
    key_det: bool = field(lazy=_find_key_det)
    phrases: frozenset = field(lazy=_find_phrases)
    subject: str = field(lazy=_find_subject)
    _framed: str = field(repr=False, compare=False)

    @property
    def start(self) -> int:
        return self.q.start

    @property
    def end(self) -> int:
        return self.q.end


_DIGITS = re.compile(r"\d[\d,]*(?:\.(\d+))?\s*(bn|tn|mn|mln|m|k|b|hundred|thousand|million|"
                     r"billion|trillion)?\b", re.IGNORECASE)


def half_unit(raw: str) -> float:
    """Half the unit of the last stated digit: '1.2 million' -> 50,000, '33%' -> 0.5,
    '1,250' -> 0.5. Rounding at the stated precision moves a figure at most this far."""
    m = _DIGITS.search(raw)
    if not m:
        return 0.5
    decimals = len(m.group(1) or "")
    scale = SCALES.get((m.group(2) or "").lower(), 1)
    return 0.5 * 10 ** (-decimals) * scale


# The words `_change_tail` may find last before a figure (its change words, the hedges it
# looks past, "of" after a change noun or "average"): for any other it returns False.
_TAIL_LAST = _CHANGE_WORDS | _TAIL_HEDGES | {"of", "than", "further"}


def _change_before(rleft: str, verb: str, tail_re=_TAIL_R) -> bool:
    """Does a change verb or "a rise of" stand right before the figure ("rose about 5%")?
    `rleft` is the text before it, reversed, `verb` the word right before it, lower-cased
    (`_Letters.word_before_r`), `tail_re`: `_TAIL_R` as `_LETTERS` gives it. That word is
    read first: unless it is one of `_TAIL_LAST` (its last part past a hyphen),
    or "by" stands between it and the figure, or an apostrophe splits it, the answer is
    False without the pattern (bench/instructions.py 4.182 -> 4.159 M per warm BBC
    article)."""
    if verb.rpartition("-")[2] in _TAIL_LAST or "'" in verb or "’" in verb or \
            rleft.lstrip(" \t").startswith("yb"):
        return _change_tail(rleft, tail_re)
    return False


def _change_tail(rleft: str, tail_re=_TAIL_R) -> bool:
    """`_change_before` read from the text alone (`tail_re` matched on `rleft`)."""
    tm = tail_re.match(rleft)
    if not tm:
        return False
    words = tm.group()[::-1].lower().split()
    if words[-2:] == ["average", "of"]:  # "cut prices by an average of 24%"
        del words[-3 if words[-3:-2] == ["an"] else -2:]
    if tuple(words[-2:]) in _TAIL_HEDGES2:
        del words[-2:]
    elif words and words[-1] in _TAIL_HEDGES:
        del words[-1]
    if not words:
        return False
    if words[-1] in _CHANGE_WORDS:
        return True
    return words[-1] == "of" and len(words) >= 2 and (
        words[-2] in _CHANGE_OF or words[-2][:-1] in _CHANGE_OF)


_UP_DOWN = {
    **dict.fromkeys("""increase rise jump gain growth surge hike raise premium markup uplift
        improvement boost rose risen rises rising climbed climbs increased increases jumped
        jumps grew grows growing soared surged up gained gains rallied advanced rebounded
        raised raising boosted more higher climb soar soars surges leap leaps leapt""".split(), 1),
    **dict.fromkeys("""drop fall decline decrease cut reduction slump loss discount fell
        fallen falls falling dropped drops declined declines decreased down lost loses
        slumped slipped slid plunged plummeted tumbled shed retreated sank eased dipped cuts
        cutting lowered lowering reduce reduced reducing less lower fewer plummet plummets
        plunge plunges dive dives sink sinks slide slides tumble tumbles lose slip slips dip
        dips slumps""".split(), -1),
}
_COMPARATIVES = {"more": 1, "higher": 1, "less": -1, "lower": -1, "fewer": -1,
                 "cheaper": -1, "dearer": 1}
_CLAUSE_ENDS = ",;:()\u2013\u2014"
_LOWER_WORD = re.compile(r"[a-z]+")


def _direction_before(text: str, lo: int, hi: int) -> int:
    """The nearest rise or fall word before a change figure, within its clause."""
    clause = text[lo:hi]
    cut = max(map(clause.rfind, _CLAUSE_ENDS))
    for w in reversed(_LOWER_WORD.findall(clause[cut + 1:].lower())):
        d = _UP_DOWN.get(w)
        if d:
            return d
    return 0


_PHRASE_WORD = Lazy(re.compile, rf"[ \t]+(?:(?:the|a|an|its|their)[ \t]+)?({_WORD})")


def _phrase_words(text: str, pos: int, end: int) -> tuple[str, ...]:
    """Up to three content words (lemmas) after a preposition, to the first function word."""
    words = []
    for _ in range(3):
        wm = _PHRASE_WORD.match(text, pos, end)
        if not wm:
            break
        lw = wm.group(1).lower()
        if lw in _STOP or lw in _OF_TEXT_END:
            break
        words.append(lemma(lw))
        pos = wm.end()
    return tuple(words)


def _for_plain(pattern: Lazy) -> Lazy:
    r"""`pattern` (case-sensitive) for a plain document (`Document.plain`: its only word
    characters are ASCII letters, digits and "_"), where the letter class `[^\W\d_]` is
    `[A-Za-z]` and `[^\W_]` is `[A-Za-z0-9]`: the same matches, and `re` tests a range in a
    few instructions where the Unicode classes ask the character database four times a
    character. Case-insensitive patterns are left as they are: an ASCII range that ignores
    case compiles into a table of 65,536 characters (~2 M instructions a pattern)."""
    source = pattern._args[0].replace(r"[^\W\d_]", "[A-Za-z]").replace(r"[^\W_]", "[A-Za-z0-9]")
    return Lazy(re.compile, source, *pattern._args[1:])


class _Letters:
    """The case-sensitive patterns that read letters at every figure, for any text or
    (`convert`: `_for_plain`) for a plain one (-0.03 M instructions per warm BBC article).
    Compiled on first use: a plain document compiles only its own."""

    __slots__ = ("word_after", "of_after", "word_before_r", "tail_r", "frame_word")

    def __init__(self, convert) -> None:
        self.word_after, self.of_after, self.word_before_r, self.tail_r, self.frame_word = map(
            convert, (_WORD_AFTER, _OF_AFTER, _WORD_BEFORE_R, _TAIL_R, _FRAME_WORD))


def extract_figures(doc, quantities) -> list[Figure]:
    text = doc.text
    out: list[Figure] = []
    names_cache: dict[int, tuple] = {}
    lower_case = _LowerCase(text)
    folded = doc.folded  # see _other_time
    run_re = _NAME_RUN_ASCII if doc.plain else _NAME_RUN
    pat = _LETTERS[doc.plain]
    for q in quantities:
        if q.kind not in (MONEY, PERCENT, POINTS):
            continue
        sent = doc.sentences[q.sentence]
        s0, s1 = sent.start, sent.end
        # (bounds by conditional expressions, not max/min: a third of the instructions)
        left = text[q.start - 60 if q.start - 60 > s0 else s0:q.start]
        r1 = q.end + 80 if q.end + 80 < s1 else s1  # only the words right after the figure
        det = owner = ""
        rleft = left[::-1]
        dm = _DET_LEFT_R.match(rleft)
        if dm:
            det = dm.group(1)[::-1].lower() if dm.group(1) else "'s"
            owner = dm.group(2)[::-1] if dm.group(2) else ""
        noun = ""
        # "a $3.8bn (£931m) deal": the words after the figure are read past a conversion
        cm = _CONVERSION.match(text, q.end, r1)
        past = pos = cm.end() if cm else q.end
        mods = []
        first = None  # the word right after the figure, past a conversion
        for _ in range(3):
            wm = pat.word_after.match(text, pos, r1)
            if first is None:
                first = wm
            if not wm:
                break
            lw = wm.group(1).lower()
            if lw in _STOP:
                break
            pos = wm.end()
            if lemma(lw) in _THING_NOUNS:
                noun = lemma(lw)
                break
            if lw.endswith(("ed", "ing")) and wm.group(1)[0].islower() or lemma(lw) != lw:
                break  # a verb or a plural, not a modifier ("$4bn Boeing plane deal")
            mods.append(lw)
        noun_prep = ""
        prep_words: tuple[str, ...] = ()
        for_words: tuple[str, ...] = ()
        if not noun:
            pos = q.end
            fm = _FOR_AFTER.match(text, pos, r1)
            if fm:
                for_words = _phrase_words(text, fm.end(), r1)
        else:
            pm = _PREP_AFTER.match(text, pos, r1)
            noun_prep = pm.group(1).lower() if pm else ""
            if pm:
                prep_words = _phrase_words(text, pm.end(), r1)
                if noun_prep == "for":
                    for_words = prep_words
        of_noun = of_text = ""
        om = pat.of_after.match(text, pos, r1)
        if om:
            of_words = []
            for w in om.group(1).split():
                lw = w.lower()
                if lw in _STOP or of_words and lw.endswith(("ed", "ing")):
                    break
                of_words.append(lw)
            if of_words:
                of_noun = lemma(of_words[:2][-1])
                phrase = []
                for w in om.group(1).lower().split()[:3]:
                    if w in _OF_TEXT_END or w.endswith(("ed", "ing")):
                        break
                    phrase.append(w)
                of_text = " ".join(phrase)
        before = pat.word_before_r.match(rleft)
        verb = before.group(1)[::-1].lower() if before else ""
        change = _change_before(rleft, verb, pat.tail_r) or noun in _CHANGE_NOUNS
        direction = _UP_DOWN.get(noun, 0)
        if not noun:
            cm = first if past == q.end else pat.word_after.match(text, q.end, r1)
            after = _COMPARATIVES.get(cm.group(1).lower(), 0) if cm else 0
            if after:
                change, direction = True, after
        if change and q.kind == MONEY and "rais" in left[-30:].lower() and \
                _RAISE_MONEY.search(left, len(left) - 30):
            change = False  # "plans to raise $100m from the sale": money raised, not a change
        moved = bool(_MOVED_LEFT_R.match(rleft))
        if (change or moved) and not direction:
            # a value moved to has the direction of its move ("raising the threshold to");
            # a rise or fall word right before the figure ("rose 5%", "fell by 5%") is the
            # nearest one `_direction_before` would find
            direction = _UP_DOWN.get(verb) or _direction_before(
                text, q.start - 90 if q.start - 90 > s0 else s0, q.start)
        pm = _PER_AFTER.match(text, q.end, r1)
        per = bool(pm) and (pm.group(1) is None or pm.group(1).lower() in _PER_UNITS)
        cached = names_cache.get(q.sentence)
        if cached is None:
            cached = names_cache[q.sentence] = _SentenceWords(text, s0, s1, lower_case, run_re,
                                                              folded)
        if moved and not noun:
            vm = _VALUED_NOUN_R.match(rleft)  # "in a deal valued at $6bn": the deal's amount
            if vm:
                moved, noun = False, vm.group(1)[::-1].lower()
        noun_before = rate = ""
        if q.kind == PERCENT:
            rate = _rate(left, mods, noun)
        if q.kind == MONEY:
            # _NOUN_OF_LEFT ends in "of", "at" or "some": test that before searching
            nb = (_NOUN_OF_LEFT_R.match(rleft)
                  if left.rstrip().endswith(("of", "at", "some")) else None)
            if nb:
                noun_before = lemma(nb.group(1)[::-1].lower())
        # "closed down 163p, or 24%": a percentage framed as the move it restates
        am = _APPOSITION.search(left, len(left) - 30) \
            if q.kind == PERCENT and left.endswith(" or ") else None
        framed = left[:am.start()] if am else left
        words_left = _clause_words(left, pat.frame_word, rleft)
        if am:  # the frame reads the clause before "163p, or", the governor all of `left`
            words_framed = _clause_words(framed, pat.frame_word)
        else:
            words_framed = words_left
        right_key, left_key = _frame(text[past:r1], framed, words_framed, pat.frame_word)
        out.append(Figure(q, det, owner, noun, of_noun, of_text, change, verb, per,
                          cached, noun_prep, moved, text[q.start:q.end],
                          direction if change or moved else 0, prep_words, for_words,
                          noun_before, rate, right_key, left_key,
                          _governor(left, left_key, words_left), left, framed))
    return out


# "raise $100m", "raised £2m for charity": an amount of money raised (not "raised by £5")
_RAISE_MONEY = Lazy(re.compile, r"\brais(?:e|es|ed|ing)\s+(?:(?:about|around|some|nearly|almost|"
                          r"over|up\s+to|more\s+than|at\s+least)\s+)?$", re.IGNORECASE)
# "163p, or 24%", "$2.10, or 4%": the same move given in another unit first
_APPOSITION = Lazy(re.compile, r"(?:[$£€]\d[\d,.]*(?:bn|m|k)?|\d[\d,.]*\s*(?:p|pence|cents?|"
                         r"points?|pts))\s*,\s+or\s+$")
_ARTICLES = frozenset({"a", "an", "the"})
# Verbs that take a person and then an amount ("save the average tenant £80", "cost
# taxpayers £1bn", "handed the club £2m"): the amount is their object, past the person
_TWO_OBJECTS = frozenset("""give gives gave given giving save saves saved saving cost costs
    costing owe owes owed owing hand hands handed handing offer offers offered offering award
    awards awarded awarding lend lends lent lending charge charges charged charging grant
    grants granted granting pay pays paid paying earn earns earned earning win wins won
    winning send sends sent sending fine fines fined fining bring brings brought""".split())
_DETS = frozenset("the a an its their his her every each all".split())


def _governor(left: str, left_key: tuple, clause_words: list | None = None) -> str:
    """The word a figure is the object of (see Figure.gov), from its left key and, for a verb
    with two objects, the three words before that key's content word. `clause_words`, when
    given, are `_clause_words(left)`, already found by the caller."""
    if not left_key or not _ARTICLES.issuperset(left_key[1:]):  # a word no article
        return ""
    if clause_words is None:
        clause_words = _clause_words(left)
    # only the last four words are read (the indexes below count from the end)
    words = [w.lower() for w in clause_words[-4:]]
    if len(left_key) == 1:
        # "save the average tenant £80": up to three words back, the first of them
        # optionally a determiner, none of them a function word
        for i in range(len(words) - 2, len(words) - 5 if len(words) > 4 else -1, -1):
            if words[i] in _TWO_OBJECTS:
                between = words[i + 1:]
                if between[0] in _DETS:
                    between = between[1:]
                if between and not any(w in _STOP or w in _DETS for w in between):
                    return words[i]
                break
            if words[i] in _STOP and words[i] not in _DETS:
                break
    return left_key[0]


def _names_and_phrases(text: str, s0: int, s1: int, lower_case,
                       run_re=_NAME_RUN) -> tuple[frozenset, frozenset]:
    """The sentence's names (see Figure.names: `_NAME` matches not in _NOT_NAMES) and its
    `_phrases`, from one scan: the `_NAME` matches of a text are the words of its `_NAME_RUN`
    matches (a run is `_NAME` matches joined by spaces or tabs, each as long as `_NAME` alone
    would match it, and both scans resume where the last match ended). `run_re`:
    `_NAME_RUN_ASCII` for a plain document."""
    names = []
    out = []
    runs = run_re.findall(text, s0, s1)
    for i, run in enumerate(runs):
        kept = [w for w in run.split() if w not in _NOT_NAMES]
        words = frozenset(kept)
        names.extend(kept)
        # only the first run can open the sentence: what precedes the opening is no letter
        if len(words) == 1 and i == 0 and run_re.match(text, _opening(text, s0, s1), s1) \
                and lower_case.has(run):
            continue
        if words:
            out.append(words)
    return frozenset(names), frozenset(out)


# Every match of `_OTHER_TIME` holds one of these, in lower case: a year's "19"/"20", "last",
# "previous(ly)", "prior", "ago", "a year earlier", "earlier this", "former(ly)", "the year
# before", "compared with".
_OTHER_TIME_NEEDLES = ("19", "20", "last", "previous", "prior", "ago", "year", "earlier",
                       "former", "compared")


def _figure_other_time(f: Figure) -> bool:
    """Figure.other_time: the sentence's `_other_time`, but for a named rate or an amount
    set once per case, which read the sentence without what does not move them in time."""
    if not f._sentence.other_time():
        return False
    text, s0, s1 = f._sentence.text, f._sentence.s0, f._sentence.s1
    if f.q.kind == PERCENT and f.rate:
        # "the highest level since early 2021": a record, not another time
        return bool(_OTHER_TIME.search(_RECORD.sub("", text[s0:s1])))
    if f.q.kind == MONEY and (f.noun or f.noun_before) in ONE_AMOUNT:
        # "A former bank manager was released on $750,000 bail": a former role is not
        # another time for an amount set once per case
        return bool(_OTHER_TIME.search(_FORMER.sub("", text[s0:s1])))
    return True


def _other_time(text: str, s0: int, s1: int, folded: str | None) -> bool:
    """Whether `_OTHER_TIME.search(text, s0, s1)` matches. When the document has a `folded`
    text (Document.folded) its sentence is read instead: skipped (a quarter of the cost) when
    it holds none of the needles, else searched case-sensitively (-0.054 M instructions per
    article over 400 BBC articles)."""
    if folded is None:
        return bool(_OTHER_TIME.search(text, s0, s1))
    low = folded[s0:s1]
    if not holds_any(low, _OTHER_TIME_NEEDLES):
        return False
    if _OTHER_TIME_LOWER.search(" " + low):
        return True
    return "former" in low and bool(_FORMER_NOT_ROLE_RE.search(text, s0, s1))


def _opening(text: str, s0: int, s1: int) -> int:
    """Where the sentence's first word begins, past quotes and brackets."""
    return s0 + len(text[s0:s1]) - len(text[s0:s1].lstrip(" \t\n\"'‘“("))


def _phrases(text: str, s0: int, s1: int, lower_case) -> frozenset:
    """Runs of capitalised words (see Figure.phrases), each without the words of _NOT_NAMES;
    a lone word opening the sentence that the document also writes in lower case ("Shares
    in Fennick ...", "Reports say ...") is a common word, not a name."""
    return _names_and_phrases(text, s0, s1, lower_case)[1]


_SUBJECT = Lazy(re.compile, rf"(?:^|[^\w'’])(?:the|its|their)[ \t]+({_WORD})[ \t]+"
                      r"(?:(?:have|has|had|were|was|are|is)[ \t]+)?$", re.IGNORECASE)


def _subject(left: str, left_key: tuple) -> str:
    """The definite subject of a two-word verb frame (see Figure.subject)."""
    if len(left_key) != 2 or left_key[1] not in ("up", "down", "to", "by"):
        return ""
    m = _VERB_AT_END_R.match(left[-30:][::-1])
    if not m or m.group(1)[::-1].lower() != left_key[0]:
        return ""
    verb_start = len(left) - m.end()
    sm = _SUBJECT.search(left, verb_start - 30 if verb_start > 30 else 0, verb_start)
    return lemma(sm.group(1).lower()) if sm else ""


# The last two words of the text, the first of them captured, within its last 30 characters:
# `({_WORD})[ \t]+{_WORD}[ \t]*$` searched from 30 characters before the end, matched on the
# reversed text instead (the forward search retried every start and backtracked, ~20 µs a
# call). Its leftmost match starts at the first letter of the longest run of letters,
# apostrophes and hyphens before the last word: what the greedy reversed group reaches.
# `$` also matches before a final newline.
_WORD_R = rf"(?:{_L}|['’-])*{_L}"
_VERB_AT_END_R = Lazy(re.compile, rf"\n?[ \t]*{_WORD_R}[ \t]+({_WORD_R})")


class _LowerCase:
    """Whether the document writes a word in lower case: a whitespace-separated token that,
    stripped of punctuation and a possessive, is the word and starts lower-case. Asked for a
    few sentence-opening words per article, so each is looked up where the text contains it
    (str.find, then its token) rather than by splitting the whole text into a set of words
    (0.2 ms per article)."""

    __slots__ = ("text", "answers")

    def __init__(self, text: str):
        self.text, self.answers = text, {}

    def has(self, word: str) -> bool:
        """Whether the text also writes this capitalised word in lower case."""
        lw = word.lower().removesuffix("'s").removesuffix("’s")
        found = self.answers.get(lw)
        if found is None:
            # a token holds no whitespace: "The Bank" is never written as one lower-case word
            found = self.answers[lw] = lw.split() == [lw] and self._token(lw)
        return found

    def _token(self, lw: str) -> bool:
        text, n = self.text, len(self.text)
        i = text.find(lw)
        while i != -1:
            a, b = i, i + len(lw)
            while a > 0 and not text[a - 1].isspace():
                a -= 1
            while b < n and not text[b].isspace():
                b += 1
            w = text[a:b].strip(_PUNCT)
            if w[:1].islower() and w.removesuffix("'s").removesuffix("’s") == lw:
                return True
            i = text.find(lw, i + 1)
        return False


_PUNCT = ".,;:!?\"'()[]“”‘’—–-"


def _key_det(left: str, left_key: tuple) -> bool:
    """Whether "the" stands right before the content word of a two-word left key."""
    if len(left_key) != 2:
        return False
    m = _THE_BEFORE.search(left, len(left) - 40 if len(left) > 40 else 0)  # (not max())
    return bool(m) and m.group(1).lower() == left_key[0]


_THE_BEFORE = re.compile(rf"\bthe\s+({_WORD})\s+\w+\s*$", re.IGNORECASE)
# A clause stop: `[,;:()\[\]!?\u2013\u2014]|\.(?!\d)|\s-\s`, written to open with one character
# class (the three kinds start with different characters, checked by the lookbehinds), so
# that `re` skips to the candidate characters instead of trying the alternatives at every
# position.
_FRAME_STOP = re.compile(r"[,;:()\[\]!?\u2013\u2014.\s]"
                         r"(?:(?<=[,;:()\[\]!?\u2013\u2014])|(?<=\.)(?!\d)|(?<=\s)-\s)")
# Possessive repeats: a word ends where a character outside its class stands, so giving
# letters back never finds another match, and `re` then keeps no backtracking state per
# letter and per part (the `findall` of a warm BBC article: 14.4 -> 6.7 us).
_FRAME_WORD = Lazy(re.compile, r"[^\W_]++(?:[-'’.][^\W_]++)*+")


# `_FRAME_STOP` on the reversed text: its first match there is the stop that ends last.
_FRAME_STOP_R = re.compile(r"[,;:()\[\]!?\u2013\u2014.\s]"
                           r"(?:(?<=[,;:()\[\]!?\u2013\u2014])|(?<=\.)(?<!\d\.)|(?<=\s)-\s)")
# The two for a text without "-": a space is then no stop, and leaving `\s` out of the
# opening class spares `re` the lookbehinds at every space (the searches cost half as much;
# a hyphen stands in a fifth of the frames).
_FRAME_STOP_NO_DASH = re.compile(r"[,;:()\[\]!?\u2013\u2014.]"
                                 r"(?:(?<=[,;:()\[\]!?\u2013\u2014])|(?<=\.)(?!\d))")
_FRAME_STOP_R_NO_DASH = re.compile(r"[,;:()\[\]!?\u2013\u2014.]"
                                   r"(?:(?<=[,;:()\[\]!?\u2013\u2014])|(?<=\.)(?<!\d\.))")


def _frame_stop(text: str):
    """`_FRAME_STOP.search(text)`."""
    return (_FRAME_STOP if "-" in text else _FRAME_STOP_NO_DASH).search(text)


def _clause_start(left: str, rleft: str | None = None) -> int:
    """Where the clause that ends `left` begins: after its last `_FRAME_STOP` (as a
    left-to-right scan finds them), from one search of the reversed text (with the stop
    spelled as a class first, -0.067 M instructions per article over 400 BBC articles).
    `rleft`: `left` reversed, when the caller has it."""
    if rleft is None:
        rleft = left[::-1]
    m = (_FRAME_STOP_R if "-" in left else _FRAME_STOP_R_NO_DASH).search(rleft)
    if m is None:
        return 0
    end = len(left) - m.start()
    if m.end() - m.start() == 3 and end >= 5 and left[end - 4] == "-" and left[end - 5].isspace():
        # " - - ": a left-to-right scan takes the first " - " and skips the overlapping one
        return max(m.end() for m in _FRAME_STOP.finditer(left))
    return end


def _clause_words(left: str, word_re=_FRAME_WORD, rleft: str | None = None) -> list[str]:
    """The words of the clause that ends `left` (`word_re`: `_FRAME_WORD` as `_LETTERS`
    gives it; `rleft`: `left` reversed, when the caller has it)."""
    return word_re.findall(left, _clause_start(left, rleft))


def _frame(right: str, left: str, clause_words: list | None = None,
           word_re=_FRAME_WORD) -> tuple[tuple, tuple]:
    """The content-trimmed words framing a figure, within its clause (see Figure.right_key).
    `clause_words`, when given, are `_clause_words(left)`, already found by the caller;
    `word_re`: `_FRAME_WORD` as `_LETTERS` gives it. Only the words read are lower-cased:
    up to four on the right, and on the left the last three from the last content word."""
    m = _frame_stop(right)
    rk: list[str] = []
    content = 0
    for w in word_re.findall(right, 0, m.start() if m else len(right))[:4]:
        w = w.lower()
        rk.append(w)
        if w not in _STOP:
            content += 1
            if content == 2:
                break
    while rk and rk[-1] in _STOP:
        rk.pop()
    if clause_words is None:
        clause_words = _clause_words(left)
    tail = clause_words[-3:]
    for i in range(len(tail) - 1, -1, -1):
        if tail[i].lower() not in _STOP:
            return tuple(rk), tuple([w.lower() for w in tail[i:]])
    return tuple(rk), ()


# Named rates, each with its synonyms: "unemployment" and "the jobless rate" are one figure.
_RATES = {w: g.split()[0] for g in ("unemployment jobless joblessness", "inflation",
                                    "turnout") for w in g.split()}
# The words past the noun that `_rate` compares, lower-cased, are `_RATES` words and "interest":
# a text before a percentage whose lower case holds none of them names no rate.
_RATE_HINT = re.compile("|".join(["interest", *_RATES]))
# Words that make an interest rate a lender's, not the central bank's ("mortgage interest
# rates", "loan interest rate")
_LOAN_WORDS = frozenset("""mortgage loan loans card deposit savings lending borrowing real
    long-term bond""".split())
# Words that make a rate another one ("youth unemployment", "core inflation").
_RATE_QUALIFIERS = frozenset("""youth young female male women men graduate regional rural
    urban core food energy services goods underlying long-term black white child local
    state highest lowest fastest slowest biggest smallest largest""".split())
# "the inflation target of 2%", "an unemployment forecast of 5%": another figure than the rate
_NOT_THE_RATE = frozenset("""target targets forecast forecasts expectation expectations
    projection projections goal ceiling band limit benefit benefits""".split())
_CLAUSE_WORDS = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
_RECORD = Lazy(re.compile, r"\b(?:highest|lowest|biggest|largest|smallest|best|worst|strongest|"
                     r"weakest)\b[^.;]{0,40}?\bsince\b", re.IGNORECASE)


_WHICH_IS = Lazy(re.compile, r"\s*which\s+(?:is|was|stands|stood)\s+(?:(?:now|currently|still|"
                       r"running)\s+)?(?:at\s+)?$", re.IGNORECASE)


def _rate(left: str, mods, noun: str) -> str:
    """The named rate of a percentage: in the words between it and its noun ("the 6.8
    percent jobless rate"), or in the last three words of its clause before it
    ("unemployment stood at", "Turnout hits"), unless a qualifier makes it another rate."""
    if noun == "turnout":
        return "turnout"
    if noun == "rate":
        for i, w in enumerate(mods):
            if w in _RATES:
                return "" if any(m in _RATE_QUALIFIERS for m in mods[:i]) else _RATES[w]
    if not _RATE_HINT.search(left.lower()):
        return ""  # 485 of 496 percentages in 300 BBC articles: -0.05 M instructions a warm article
    cut = max(left.rfind(","), left.rfind(";"), left.rfind("—"))
    clause = left[cut + 1:]
    if cut > 0 and _WHICH_IS.match(clause):
        # "the rate of inflation, which is currently 1.6%": the rate the clause is about
        clause = left[:cut]
        clause = clause[max(clause.rfind(","), clause.rfind(";"), clause.rfind("—")) + 1:]
    words = _CLAUSE_WORDS.findall(clause)
    # "interest rates held at 4.75%", "left interest rates on hold at 4.75%": the bank rate,
    # named by two words a few words back
    lows = [w.lower() for w in words[-7:]]
    for i in range(len(lows) - 2, -1, -1):
        if lows[i] == "interest" and lows[i + 1] in ("rate", "rates"):
            prev = lows[i - 1] if i else ""
            return "" if prev in _RATE_QUALIFIERS or prev in _LOAN_WORDS else "interest"
    for i in range(len(words) - 1, max(-1, len(words) - 4), -1):
        w = words[i].lower()
        if w in _RATES and (i + 1 == len(words) or words[i + 1].lower() not in _NOT_THE_RATE):
            prev = words[i - 1] if i else ""
            if prev.lower() == "of" and i >= 3 and words[i - 2].lower() in ("rate", "rates"):
                prev = words[i - 3]  # "the highest rate of inflation at 26.2%": one of several
            if prev.lower() in _RATE_QUALIFIERS or prev[:1].isupper() and i > 1:
                return ""
            return _RATES[w]
    return ""


# Amounts a story states once, however it names them ("$750,000 bail", "bail of $570,000").
ONE_AMOUNT = frozenset({"bail", "ransom"})
_FORMER = re.compile(r"\bformer(?:ly)?\b", re.IGNORECASE)
# "bail of ", "ransom was set at ": the noun an amount is given to, as
# `\b([^\W\d_]+)\s+(?:of|(?:was\s+|were\s+|is\s+|been\s+)?set\s+at)\s+(?:some\s+)?$`
# searched in the text before a figure, matched on that text reversed instead (group 1
# reversed; ~14 us a call forward). Where both "X was set at" and "was set at" would do, the
# forward search takes the leftmost start, X: so does the greedy `(?:...)?` here.
_NOUN_OF_LEFT_R = Lazy(re.compile,
    r"(?:\s+emos)?\s+(?:fo|ta\s+tes(?:\s+(?:saw|erew|si|neeb))?)\s+([^\W\d_]+)\b")


# Nouns that name what a money or percentage figure is (the head of "the $3.5bn deal").
_THING_NOUNS = frozenset(
    """deal fee grant bond contract loan fine budget package investment bid offer takeover
    acquisition merger settlement payout bill price cost sale valuation fund funding award
    prize salary wage bonus pension levy tax subsidy bailout stimulus purchase transfer signing
    compensation damage debt deficit surplus revenue profit loss turnover dividend scheme
    project plan programme program expansion upgrade renovation refurbishment development
    share stake reduction cut increase rise drop fall decline premium discount majority
    turnout rate vote support margin lead penalty bail ransom""".split()
)


# Indexed by `Document.plain`.
_LETTERS = {False: _Letters(lambda pattern: pattern), True: _Letters(_for_plain)}
