"""Figures in the text: counted quantities, money, percentages and ages, found in one pass.

Every written number in a checked sentence is classified once by its immediate context:
money ("$3.5bn", "3,500 million dollars"), percent ("57.5%", "55 percent"), percentage points,
age ("Solberg, 52,", "the 54-year-old"), a count of something ("at least eight rockets"), or
something that is not a count and must never be compared as one: years, dates, times, scores,
model/route/identifier numbers, measures with units, durations, ordinals, phone numbers.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left

import regex

from checker.mentions.lemmas import lemma
from checker.mentions.numbers import NUMBER, TENS, UNITS, parse_number
from checker.mentions.calendar import MONTH_NAMES
from checker.mentions.lazy import Lazy
from checker.mentions.plain import holds_any
from checker.record import field, record

COUNT = "count"
MONEY = "money"
PERCENT = "percent"
POINTS = "points"
AGE = "age"

# Hedges, canonical form -> how the stated value n becomes an interval [lo, hi].
_INF = math.inf
HEDGES: dict[str, object] = {
    "": lambda n: (n, n),
    "at least": lambda n: (n, _INF),
    "more than": lambda n: (n, _INF),  # lenient: "more than 60" is not refuted by 60
    "nearly": lambda n: (n * 0.8, n),
    "about": lambda n: (n * 0.85 - 1, n * 1.15 + 1),
    "up to": lambda n: (0, n),
    "fewer than": lambda n: (0, n),
}
_HEDGE_WORDS = {
    "at least": "at least", "no fewer than": "at least", "no less than": "at least",
    "a minimum of": "at least",
    "more than": "more than", "over": "more than", "just over": "more than",
    "well over": "more than", "upwards of": "more than", "in excess of": "more than",
    "nearly": "nearly", "almost": "nearly", "close to": "nearly", "just under": "nearly",
    "just shy of": "nearly", "approaching": "nearly",
    "about": "about", "around": "about", "approximately": "about", "roughly": "about",
    "some": "about", "an estimated": "about", "estimated": "about", "an approximate": "about",
    "as many as": "up to", "up to": "up to", "as much as": "up to",
    "fewer than": "fewer than", "less than": "fewer than", "under": "fewer than",
    "no more than": "fewer than", "at most": "fewer than", "as few as": "fewer than",
}
_HEDGE_ORDER = sorted(_HEDGE_WORDS, key=lambda h: len(regex.escape(h)), reverse=True)
_hedge_alt = "|".join(regex.escape(h) for h in _HEDGE_ORDER)



def _trie(words, after_first: str = "", escape=regex.escape) -> str:
    """One alternation for a word list, grouped by first letter ("f(?:ifty|our|ive)|n(?:ine)"),
    so the scanner tests a letter once instead of every word that starts with it.
    `after_first` goes right after each first letter (see `_WORD_BEGIN`); with `escape=str`
    the words are patterns that begin with a letter."""
    by_first: dict[str, list[str]] = {}
    for w in sorted(words, key=len, reverse=True):
        by_first.setdefault(w[0], []).append(escape(w[1:]))
    return "|".join(f"{c}{after_first}(?:{'|'.join(rests)})"
                    for c, rests in sorted(by_first.items()))


# `\b` before a word's first letter, checked just after that letter: the character before it
# is no word character (or there is none). `rf"\b(?:{'|'.join(words)})"` and
# `f"(?:{_trie(words, _WORD_BEGIN)})"` match the same, but in the second every branch begins
# with a letter, so a stdlib search jumps between the letters that begin a listed word
# instead of trying the whole pattern at every character.
_WORD_BEGIN = r"(?<!\w.)"


# Where a number may begin: digits, or a whole number word ("dozen"/"hundred" in group 1, since
# the number can start at "a"/"two" before it).
_CANDIDATE = Lazy(regex.compile,
    rf"\d+|\b(?:{_trie([*UNITS, *TENS])}|(dozen|hundred))\b", regex.IGNORECASE
)
# The same candidates, found faster in the lower-cased text (`Document.folded`) by two case-sensitive
# scans: digit runs, then number words. Every branch of `_WORD_START` begins with a letter, so
# the stdlib engine jumps between the letters that can begin one instead of trying the whole
# alternation at each character; it has no word boundaries, so `_whole_word` checks them on
# its few hits ("one" in "money" is one). Together 1.6x fewer instructions than `_CANDIDATE`
# run case-sensitively, 2.5x fewer than run case-insensitively.
_DIGITS = regex.compile(r"\d+")
_WORD_START = re.compile(_trie([*UNITS, *TENS, "dozen", "hundred"]))
_WORD_CHAR = regex.compile(r"\w")  # the word characters of `\b` in `_CANDIDATE`


class _WordChars(dict):
    """`_WORD_CHARS[c]`: whether `c` is a word character, memoised. A subscript, not a
    function: about 40 tests per article, and a call would cost more than the test."""

    def __missing__(self, c: str) -> bool:
        hit = self[c] = bool(_WORD_CHAR.match(c))
        return hit


_WORD_CHARS = _WordChars()


def _whole_word(low: str, start: int, end: int, s1: int) -> bool:
    """Whether low[start:end] has word boundaries on both sides, as `\b` in `_CANDIDATE` reads
    them when scanning low[s0:s1]: the character before `start` counts even before s0, but
    `s1` ends the text."""
    return (start == 0 or not _WORD_CHARS[low[start - 1]]) and \
        (end == s1 or not _WORD_CHARS[low[end]])


def _candidates(text: str, low: str | None, s0: int, s1: int) -> list[tuple[int, bool]]:
    """Where numbers may begin in text[s0:s1], in order, each with whether it is "dozen" or
    "hundred" (the number may then begin before it)."""
    if low is None:
        return [(c.start(), c.group(1) is not None) for c in _CANDIDATE.finditer(text, s0, s1)]
    found = [(m.start(), False) for m in _DIGITS.finditer(low, s0, s1)]
    words = [(m.start(), low[m.start()] in "dh")  # dozen, hundred: no other starts so
             for m in _WORD_START.finditer(low, s0, s1)
             if _whole_word(low, m.start(), m.end(), s1)]
    if words:
        found = sorted(found + words)
    return found
_NUMBER_LOW = re.compile(NUMBER)
_NUMBER_RE = Lazy(re.compile, NUMBER, re.IGNORECASE)
_ARTICLE_BEFORE = Lazy(regex.compile,
    rf"(?r)\b(?:an?|{'|'.join(UNITS)}|{'|'.join(TENS)})(?:-\w+)?\s+", regex.IGNORECASE
)
_HEDGE_LEFT = regex.compile(rf"(?r)\b({_hedge_alt})\s+", regex.IGNORECASE)


# Gates. Most left-context patterns end with a word from a short list, perhaps followed by
# spaces or a full stop ("more than ", "Dec. "). The word before a figure (`_LAST_WORD`, read
# from the lower-cased text) must then be the last word of one of the list's phrases; a figure
# whose word is not in a pattern's gate cannot match it, so the regex is not run (a regex
# costs 1-3 us, a set lookup 0.1 us).
_LAST_WORD = regex.compile(r"(?r)(\w+)\W*")


def _last_words(alternatives: str) -> frozenset[str]:
    """The last word of each phrase of a regex word list: "at least|vs\\.?|last year's" ->
    least, vs, s (the apostrophe is not a word character)."""
    return frozenset(regex.findall(r"\w+", alt)[-1].lower() for alt in alternatives.split("|"))


# A pattern with gate G can match after `word` when `word is None or word in G` (None: the
# word is not known, so yes). The test is written out at each use, not called as a function:
# _classify makes about 75 of them per article, and a call costs ten times the test.


_HEDGE_GATE = _last_words("|".join(_HEDGE_WORDS))
_CURRENCY_LEFT = Lazy(regex.compile,
    r"(?r)(US\$|USD\s?|C\$|CA\$|A\$|AU\$|NZ\$|HK\$|S\$|R\$|\$|£|€|¥|₹|Rs\.?\s?|EUR\s?|GBP\s?|"
    r"CHF\s?|JPY\s?|CNY\s?|INR\s?)"
)
# Every match of _CURRENCY_LEFT ends `left` with one of these symbols, or ends its last word
# with one of these codes (then perhaps "." and a space: "USD ", "Rs. ").
_CURRENCY_SYMBOLS = frozenset("$£€¥₹")
_CURRENCY_CODES = ("usd", "eur", "gbp", "chf", "jpy", "cny", "inr", "rs")
_CURRENCY_CODE = {
    "$": "USD", "us$": "USD", "usd": "USD", "c$": "CAD", "ca$": "CAD", "a$": "AUD",
    "au$": "AUD", "nz$": "NZD", "hk$": "HKD", "s$": "SGD", "r$": "BRL", "£": "GBP",
    "gbp": "GBP", "€": "EUR", "eur": "EUR", "¥": "JPY", "jpy": "JPY", "₹": "INR", "rs": "INR",
    "rs.": "INR", "inr": "INR", "chf": "CHF", "cny": "CNY",
}
_CURRENCY_RIGHT = Lazy(re.compile,
    r"\s+(?:US\s+|U\.S\.\s+|American\s+|Canadian\s+|Australian\s+|Hong Kong\s+)?"
    r"(dollars?|euros?|pounds sterling|pounds|yen|yuan|renminbi|rupees?|francs?|pesos?|rand|"
    r"naira|shillings?|roubles?|rubles?|dinars?|dirhams?|riyals?|won|lira|kronor|kroner|krona)\b",
    re.IGNORECASE,
)
# The first word after a figure that _CURRENCY_RIGHT can match.
_CURRENCY_RIGHT_GATE = frozenset(
    """us u american canadian australian hong dollar dollars euro euros pounds yen yuan renminbi
    rupee rupees franc francs peso pesos rand naira shilling shillings rouble roubles ruble
    rubles dinar dinars dirham dirhams riyal riyals won lira kronor kroner krona""".split()
)
_RIGHT_CURRENCY_CODE = {
    "dollar": "USD", "euro": "EUR", "pound": "GBP", "pounds sterling": "GBP", "yen": "JPY",
    "yuan": "CNY", "renminbi": "CNY", "rupee": "INR", "franc": "CHF", "peso": "MXN",
    "rand": "ZAR", "naira": "NGN", "shilling": "KES", "rouble": "RUB", "ruble": "RUB",
    "dinar": "IQD", "dirham": "AED", "riyal": "SAR", "won": "KRW", "lira": "TRY",
    "kronor": "SEK", "kroner": "NOK", "krona": "SEK",
}
_PERCENT_RIGHT = re.compile(
    r"\s?(%|per\s?cent\b|percent\b|pc\b)|\s+(percentage\s+points?|points?|basis\s+points?)\b",
    re.IGNORECASE,
)
_PERCENT_GATE = frozenset("per percent pc percentage point points basis".split())
_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)
_MONTH_LEFT = Lazy(regex.compile, rf"(?r)\b{_MONTH}\.?\s+")
# Every word `_MONTH` matches, lower-cased: each month's name and first three letters, and the
# "Sept" forms.
_MONTH_GATE = frozenset(
    {m.lower() for m in MONTH_NAMES if m} | {m[:3].lower() for m in MONTH_NAMES if m}
    | {"sept", "sepember"}
)
_MONTH_RIGHT = Lazy(re.compile, rf"\s+{_MONTH}\b")
# Right-context gates: the first word after a figure (`_NEXT_WORD`, lower-cased) that each
# pattern can match, as the left-context gates above.
_NEXT_WORD = re.compile(r"\W*(\w+)")
# Identifier words before a number: "Route 66", "Boeing 737", "No. 2", "Flight #212".
_ID_WORDS = frozenset(
    """No Nos Number number Route Highway Interstate Flight Boeing Airbus Room Page Chapter Article
    Section Level Category Grade Phase Stage Apollo Windows Gen Vol Episode Season Series
    Channel Bus Line Platform Gate Terminal Model Version Rule Resolution Bill Precinct District
    Ward Block Unit Lot Track Act Pier Runway Exit Junction Street Avenue Road Apartment Suite
    Box Code Form Psalm Title Proposition Prop Measure Amendment Question Item Ref Reference
    Tier Division League Band Zone Grid Sector Area Group Class Type Mark Mk Cup Euro World
    Formula iPhone Galaxy Xbox PlayStation Figure Table Schedule Clause Paragraph Regulation
    Directive Decree Order Law Squadron Brigade Regiment Battalion Corps Fleet Army""".split()
)
_ID_GATE = frozenset(w.lower() for w in _ID_WORDS)
_ID_LEFT_WORD = Lazy(regex.compile, r"(?r)(?:\b([A-Za-z]+)\.?\s*#?\s*|#\s*)")


def _id_left(left: str) -> bool:
    m = _ID_LEFT_WORD.match(left)
    return bool(m) and (m.group(1) is None or m.group(1) in _ID_WORDS)
_CAPWORD_LEFT = regex.compile(r"(?r)\b\p{Lu}[\p{L}\p{M}'’.-]*\s+")
_GLUE_LEFT = Lazy(regex.compile, r"(?r)[\p{L}\d_/:.#-]")
_GLUE_RIGHT = regex.compile(r"(?:[/:#]|-(?!year-old)|\.\d|\p{L}|'s\b|’s\b|\(\d)")
_GLUE_RIGHT_PLAIN = re.compile(_GLUE_RIGHT.pattern.replace(r"\p{L}", "[A-Za-z]"))  # see `_WORD`
_GLUE_RIGHT_START = Lazy(regex.compile, r"[/:#\-.'’(\p{L}]")  # the first characters it can match
_AGE_RIGHT = re.compile(r"(?:-|\s)years?(?:-|\s)old\b|-year-old\b|\s+years\s+of\s+age\b")
_AGE_LEFT = Lazy(regex.compile, r"(?r)\b(?:aged|age|ages)\s+", regex.IGNORECASE)
_AGE_GATE = frozenset(("aged", "age", "ages"))
_NAME_COMMA_LEFT = regex.compile(r"(?r)\p{Lu}[\p{L}\p{M}'’.-]+(?:,\s*|\s\()")
_AGE_AFTER_COMMA = Lazy(re.compile, r"\s*(?:,|\)|;|$|\.\s|\.$)")
_TIME_GATE = frozenset("a p am pm gmt bst utc est edt cet o hrs local".split())
_TIME_RIGHT = Lazy(re.compile,
    r"\s*(?:a\.m\b|p\.m\b|am\b|pm\b|GMT\b|BST\b|UTC\b|EST\b|EDT\b|CET\b|o'clock\b|hrs\b|"
    r"local time\b)",
    re.IGNORECASE,
)
_DURATION_GATE = frozenset(
    """year years month months week weeks day days hour hours minute minutes min mins second
    seconds sec secs decade decades centuries century night nights quarter quarters season
    seasons term terms innings overs lap laps round rounds set sets game games matches times
    fold goal goals point points run runs wicket wickets yard yards tries""".split()
)
_DURATION_RIGHT = Lazy(re.compile,
    r"\s+(?:years?|months?|weeks?|days?|hours?|minutes?|mins?|seconds?|secs?|decades?|"
    r"centuries|century|nights?|quarters?|seasons?|terms?|innings|overs|laps?|rounds?|sets?|"
    r"games?|matches|times|fold|goals?|points?|runs?|wickets?|yards?|tries)\b",
    re.IGNORECASE,
)
_MEASURE_RIGHT = re.compile(
    r"\s?(?:km|kilomet(?:re|er)s?|miles?|met(?:re|er)s?|m\b|feet|foot|ft\b|inch(?:es)?|cm\b|"
    r"mm\b|kg\b|kilo(?:gram)?s?|grams?|g\b|tonnes?|tons?|lbs?\b|ounces?|oz\b|mph|km/h|kph|"
    r"litres?|liters?|gallons?|barrels?|acres?|hectares?|sq\b|square\b|cubic\b|degrees?|°|"
    r"mw\b|gw\b|kw\b|kwh\b|mwh\b|megawatts?|gigawatts?|kilowatts?|volts?|watts?|mb\b|gb\b|"
    r"tb\b|megabytes?|gigabytes?|bits?\b|bytes?\b|mbps\b|gbps\b|ghz\b|mhz\b|hz\b|calories|"
    r"knots?|fahrenheit|celsius|bpm\b|dB\b|decibels?|storeys?|stories\s+high|floors?|"
    r"places|spots|positions|notches|rungs)",
    re.IGNORECASE,
)
# The same on the folded text (`Document.folded`), case-sensitively: the pattern's only escapes
# are `\s` and `\b`, which lower-casing leaves alone ("dB" becomes "db").
_MEASURE_RIGHT_LOW = re.compile(_MEASURE_RIGHT.pattern.lower())
# Ranges: only the shape of the neighbouring number matters here, so a light pattern will do.
_NUM_LIGHT = rf"(?:\d[\d,.]*|(?:{'|'.join(UNITS)}|{'|'.join(TENS)})\b)"
_RANGE_FIRST = frozenset("-–taoTAO")  # the first characters _RANGE_RIGHT can match
_RANGE_RIGHT = Lazy(re.compile, rf"\s*(?:-|–|to|and|or)\s*{_NUM_LIGHT}", re.IGNORECASE)
_BETWEEN_LEFT = Lazy(regex.compile, r"(?r)\b(?:between|from)\s+", regex.IGNORECASE)
_BETWEEN_GATE = frozenset(("between", "from"))
_RANGE_LEFT = Lazy(regex.compile,
    rf"(?r){_NUM_LIGHT}\s*(?:-|–|to|or)\s*|\bbetween\s+{_NUM_LIGHT}\s+and\s+", regex.IGNORECASE
)
_TOLL_LEFT = Lazy(regex.compile,
    r"(?r)\b(?:death|casualty|injury) toll\s+(?:has\s+|had\s+)?(?:(rose|risen|climbed|reached|"
    r"jumped|increased|hit|now stands at|stands at|stood at|of|at|was|is)\s+)?(?:to\s+)?"
    rf"(?:(?:{_hedge_alt})\s+)?",
    regex.IGNORECASE,
)
_BARE_EVENT_RIGHT = Lazy(re.compile,
    r"\s+(?:(?:were|was|have been|had been|are|people were)\s+)?(?:reported\s+|confirmed\s+)?"
    r"(killed|dead|died|injured|wounded|hurt|missing|arrested|detained|evacuated|rescued)\b",
    re.IGNORECASE,
)
# The first word after a figure that `_BARE_EVENT_RIGHT` can match (see `_near_gate`).
_BARE_EVENT_GATE = frozenset(
    """were was have had are people reported confirmed killed dead died injured wounded hurt
    missing arrested detained evacuated rescued""".split()
)
_UPDATE_WORDS = (
    r"rose|risen|rising|rises|climbed|climbing|climbs|increased|increasing|jumped|grew|"
    r"grown|soared|surged|fell|fallen|falling|dropped|declined|lowered|"
    r"revised|raised|raising|now|updated|stands at|stood at|stand at|totals|totalled|totaled|"
    r"tally of|toll of|toll to|to"
)
_UPDATE_HEDGES = "at least|more than|nearly|about|around|some|over"
_UPDATE_LEFT = Lazy(regex.compile,
    rf"(?r)\b(?:{_UPDATE_WORDS})\s+(?:(?:{_UPDATE_HEDGES})\s+)?", regex.IGNORECASE
)
_UPDATE_GATE = _last_words(_UPDATE_WORDS) | _last_words(_UPDATE_HEDGES)
_PRIOR_WORDS = (
    r"from|up from|down from|compared with|compared to|versus|vs\.?|against|"
    r"previous|previously|earlier|last year's|a year earlier"
)
_PRIOR_LEFT = Lazy(regex.compile,
    rf"(?r)\b(?:{_PRIOR_WORDS})\s+(?:just\s+|only\s+)?", regex.IGNORECASE
)
_PRIOR_GATE = _last_words(_PRIOR_WORDS) | {"just", "only"}
_PART_LEFT = Lazy(re.compile,
    r"\b(?:including|included|among them|among whom|of whom|of which|of them|such as|"
    r"among those|among the dead were|among the victims were|among)\b",
    re.IGNORECASE,
)
_OTHER_WORDS = (
    r"another|an additional|additional|a further|further|extra|the other|other|the first|"
    r"the last|the final|the top|top|the remaining|remaining|the next|next|the past|past|"
    r"the latest|latest|the previous|previous|every|each|per|only|just|a new|new|the same|"
    r"possible|a possible"
)
_OTHER_LEFT = Lazy(regex.compile, rf"(?r)\b(?:{_OTHER_WORDS})\s+", regex.IGNORECASE)
_OTHER_GATE = _last_words(_OTHER_WORDS)
# "the 19 miners" refers back to a group; "her two children" is her own, a new group.
_DEFINITE_LEFT = Lazy(regex.compile, r"(?r)\b(?:the|these|those|all|all the|all of the)\s+",
                               regex.IGNORECASE)
_DEFINITE_GATE = frozenset(("the", "these", "those", "all"))
_WHOLE_LEFT = Lazy(regex.compile,
    rf"(?r)(?:\d[\d,.]*|\b(?:{'|'.join(UNITS)}|{'|'.join(TENS)}))\s+(?:out\s+)?of\s+"
    r"(?:(?:the|its|their|his|her|our|a|an)\s+)?(?:possible\s+|total\s+)?",
    regex.IGNORECASE,
)
_WHOLE_GATE = frozenset("of the its their his her our a an possible total".split())

# The left-context patterns read most, for a plain folded text: each written for the
# lower-cased left context reversed (`rev`), matched forwards with the stdlib engine. A
# `(?r)` pattern read backwards from the context's end meets its items last to first, tries
# alternatives in their order and quantifiers greedily; the reversed pattern meets them so
# in the reversed text, so the two match the same characters. On a plain text `\s` is `_S`,
# the letters are ASCII, and the lower-cased text has no capital the case-insensitive pattern
# would meet. A `regex` call costs ~8k instructions, one of these ~2.5k, the reversal 1.3k:
# -0.033 M an article (hedge 1.7 calls an article, update 1.2, range 0.9, whole 0.9).
_S = r"[\t\n\x0b\x0c\r ]"  # what `\s` matches in a plain text, for `regex`


def _reversed(phrases) -> str:
    """An alternation of the literal phrases, each reversed: `_reversed(["at least"])` is
    `tsael\\ ta`."""
    return "|".join(re.escape(p[::-1]) for p in phrases)


_NUM_REV = rf"(?:[\d,.]*\d|\b(?:{_reversed(UNITS)}|{_reversed(TENS)}))"  # `_NUM_LIGHT`
_HEDGE_REV = re.compile(rf"{_S}+({_reversed(_HEDGE_ORDER)})\b")
_UPDATE_REV = re.compile(rf"{_S}+(?:(?:{_reversed(_UPDATE_HEDGES.split('|'))}){_S}+)?"
                         rf"(?:{_reversed(_UPDATE_WORDS.split('|'))})\b")
_RANGE_REV = re.compile(rf"{_S}*(?:-|–|ot|ro){_S}*{_NUM_REV}|"
                        rf"{_S}+dna{_S}+{_NUM_REV}{_S}+neewteb\b")
_WHOLE_REV = re.compile(
    rf"(?:{_S}+elbissop|{_S}+latot)?"
    rf"(?:{_S}+(?:{_reversed('the its their his her our a an'.split())}))?{_S}+fo(?:{_S}+tuo)?"
    rf"{_S}+(?:[\d,.]*\d|(?:{_reversed(UNITS)}|{_reversed(TENS)})\b)"
)
_PRIOR_LITERAL = [w for w in _PRIOR_WORDS.split("|") if w != r"vs\.?"]
_PRIOR_REV = re.compile(  # (`vs\.?`, the one phrase that is not literal, written out)
    rf"{_S}+(?:tsuj{_S}+|ylno{_S}+)?(?:{_reversed(_PRIOR_LITERAL)}|\.?sv)\b"
)
_DEFINITE_REV = re.compile(
    rf"{_S}+(?:{_reversed(('the', 'these', 'those', 'all', 'all the', 'all of the'))})\b"
)
_RESTRICTED_RIGHT = re.compile(
    r"\s+(?:where|that|which|who|whose|whom|with|from|in which|on which|named|called|"
    r"listed|chosen|selected|left|remaining)\b",
    re.IGNORECASE,
)
_RATE_RIGHT = re.compile(
    r"\s+(?:a|an|per|each|every)\s+(?:day|night|week|month|year|hour|minute|second|season|"
    r"game|match|head|person|capita|household|annum)\b|\s+(?:daily|weekly|monthly|annually|"
    r"yearly|hourly|apiece|each)\b",
    re.IGNORECASE,
)
_SUBSET_WORDS = frozenset("top leading main remaining key major biggest largest".split())
_PARTITIVE_GATE = frozenset(("of", "out", "in"))  # its first words (see `_near_gate`)
_PARTITIVE_RIGHT = re.compile(
    r"\s+(?:of|out of|in)\s+(?:the|them|whom|those|these|its|their|his|her|our|us|you|which|"
    r"all|every|\d)\b",
    re.IGNORECASE,
)
# Phrases that refer to another time: "last year", "two weeks ago", "in 2019". `_TIMESHIFT`
# is `\b` and one of them, grouped by first letter (`_trie`), or a digit run and `_AGO`.
_AGO = r" (?:years?|months?|decades?|weeks?) (?:ago|earlier|before|later)\b"
_TIMESHIFT_PHRASES = (
    *(w + r" (?:year|month|week|season|time|election|decade|quarter)\b"
      for w in ("last", "previous", "next", "following", "preceding")),
    *(w + _AGO for w in ("a", "one", "two", "three", "several", "many")),
    r"in (?:19|20)\d\d\b", r"earlier this\b", r"since (?:19|20)\d\d\b",
    r"compared (?:with|to)\b", r"the year before\b", r"a year earlier\b", r"in the past\b",
)
_TIMESHIFT = Lazy(re.compile, rf"\b(?:{_trie(_TIMESHIFT_PHRASES, escape=str)}|\d+{_AGO})")
# "on 3 August", "since Tuesday", "by Dec. 4": `\b(?:on|since|until|by) ` and a day, the
# `\b` written as `_WORD_BEGIN` (half the instructions).
_DATED = re.compile(
    rf"(?:{_trie(('on', 'since', 'until', 'by'), _WORD_BEGIN)}) "
    r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|"
    r"\d{1,2} (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2}\b)"
)
_CHANGE_LIST = (
    "rose risen rises rising climbed climbs climbing increased increase jumped grew growth "
    "soared surged fell fallen falls falling dropped drop declined decline decrease decreased "
    "up down gain gained lost loss cut cuts slumped slipped doubled tripled halved revised "
    "updated raised lowered now latest toll"
).split()
_CHANGE_WORDS = Lazy(re.compile, rf"\b(?:{'|'.join(_CHANGE_LIST)})\b")  # what `_CHANGE_FAST` finds
# The same words with `\b` as `_WORD_BEGIN`: a fifth fewer instructions.
_CHANGE_FAST = re.compile(rf"(?:{_trie(_CHANGE_LIST, _WORD_BEGIN)})\b")

# Words that end a counted noun phrase without belonging to it.
_STOP = frozenset(
    """of in on at to for from with by and or but nor the a an that which who whom whose were
    was are is be been being have has had will would could should may might must can said says
    say as than into onto after before during since while when where including per each across
    near over under this these those its their his her our your my more less fewer other others
    not also still so such all some both any no yet then there here it they he she we you i
    about around against among between through throughout within without via like unlike
    whether if because though although until till up down out off away back again ago
    later earlier now today yesterday tonight tomorrow just only even already last next first
    did do does done get got make made take took being become became remain remained
    alone apiece together annually daily weekly monthly yearly overall total altogether""".split()
)
# Common verbs that follow a counted noun ("one rocket hit"), never part of the phrase.
_VERBS = frozenset(
    """hit hits struck strike landed exploded fell fall came come went go say says told tell
    saw see remain remains stayed stay took take gave give got won lost left arrived died
    killed""".split()
)
_EVENT_DEAD = frozenset("dead killed died deaths death fatalities fatality bodies body".split())
_EVENT_HURT = frozenset("injured wounded hurt injuries injury casualties".split())
_EVENT_WORDS = {w: "dead" for w in _EVENT_DEAD} | {w: "injured" for w in _EVENT_HURT} | {
    "missing": "missing", "arrested": "arrested", "detained": "arrested",
    "evacuated": "evacuated", "rescued": "rescued", "displaced": "displaced",
    "convicted": "convicted", "guilty": "convicted", "sentenced": "convicted",
}
_VERB_EVENT_WORDS = (
    r"killing|killed|kills|kill|leaving|left|injuring|injured|wounding|wounded|hurting|"
    r"arresting|arrested|detained|detaining|evacuated|evacuating|rescued|rescuing|"
    r"displacing|displaced|convicted|convicting|sentenced|sentencing|bodies of|remains of"
)
_VERB_EVENT_HEDGES = (
    "at least|more than|nearly|about|around|some|over|an estimated|as many as|up to"
)
_VERB_EVENT_LEFT = Lazy(regex.compile,
    rf"(?r)\b({_VERB_EVENT_WORDS})\s+(?:(?:{_VERB_EVENT_HEDGES})\s+)?", regex.IGNORECASE
)
_VERB_EVENT_GATE = _last_words(_VERB_EVENT_WORDS) | _last_words(_VERB_EVENT_HEDGES)
_VERB_EVENT = {
    "killing": "dead", "killed": "dead", "kills": "dead", "kill": "dead",
    "injuring": "injured", "injured": "injured", "wounding": "injured", "wounded": "injured",
    "hurting": "injured", "arresting": "arrested", "arrested": "arrested",
    "detained": "arrested", "detaining": "arrested", "evacuated": "evacuated",
    "evacuating": "evacuated", "rescued": "rescued", "rescuing": "rescued",
    "displacing": "displaced", "displaced": "displaced", "convicted": "convicted",
    "convicting": "convicted", "sentenced": "convicted", "sentencing": "convicted",
    "bodies of": "dead", "remains of": "dead",
}
_EVENT_AFTER = re.compile(
    r"\s+(?:(?:were|was|have|has|had|been|are|is|being|reportedly|confirmed|later|found)\s+)"
    r"{0,3}(dead|killed|died|injured|wounded|hurt|missing|arrested|detained|evacuated|rescued|"
    r"displaced|convicted|guilty|sentenced)\b",
    re.IGNORECASE,
)
_PEOPLE = frozenset(
    """person people persons civilian resident passenger victim worker miner soldier villager
    pilgrim migrant student child adult man woman patient crew tourist officer policeman
    fan spectator protester demonstrator""".split()
)
_WORD = regex.compile(r"\s+([\p{L}][\p{L}\p{M}'’-]*)")
# `_WORD` for a plain text (`Document.plain`): its letters are ASCII and its spaces are
# ASCII spaces (no mark, no other space for `regex`), so this stdlib pattern finds the
# same, for a third of the instructions (a `regex` call costs ~5k, mostly set-up; `_WORD`
# ran 4 times an article and `_GLUE_RIGHT` twice).
_WORD_PLAIN = re.compile(r"[\t\n\x0b\x0c\r ]+([A-Za-z][A-Za-z'’-]*)")
_NAME = regex.compile(r"(?<=\s)\p{Lu}[\p{L}\p{M}'’-]+")
_CONTENT = Lazy(regex.compile, r"\p{L}[\p{L}\p{M}'’-]{2,}")
_CONTEXT_STOP = _STOP | frozenset(
    """said says told according officials official group also would its it's his her their
    they them which what whom this that these those with were have been being there than said
    news reported report reports statement added hundred thousand million billion trillion
    dozen""".split()
) | frozenset(UNITS) | frozenset(TENS)


# Not frozen, but read-only by convention (nothing assigns to a field after extraction):
# a frozen dataclass set each of its 13 fields through object.__setattr__, which cost
# 20k instructions per figure, 0.14 M per article (1.3% of a whole check); a plain slots
# class sets them in 3k. `unsafe_hash` keeps the hash a frozen record has (of the
# compared fields), so figures still go in sets and dict keys (see checker.record).
@record(slots=True, unsafe_hash=True)
class Quantity:
    """A figure stated in a sentence.

    kind: count, money, percent, points or age. `start`/`end` span the whole phrase (hedge,
    currency, number, counted noun); `value` is the stated number, `lo`/`hi` the interval its
    hedge allows. `unit` is the counted thing's lemma (counts), currency code (money) or "%".
    `event` names what happened to the counted things ("dead", "injured", ...) when the text
    says so. `flags` mark uses that do not state a total: update, prior, part, partitive,
    other, range, rate, timeshift (the sentence refers to another time), change (the sentence
    reports a change).

    `flags` is lazy (see checker.record), found on first read: the union of the figure's own
    flags (`own_flags`, found by `_classify`: all but timeshift, change and dated) and its
    sentence's (`_SentenceFeatures.flags`: timeshift, change, dated, three searches of the
    sentence). Over BBC articles 300-600 the rules read it for 331 of 1,838 figures, and
    need the flags of 285 of their 1,215 sentences: -0.095 M instructions per article
    (bench/instructions.py) with `is_total`, which reads `own_flags` only. A rule asking
    about own flags only reads `own_flags` too (the money, percent and relations sets of
    flags that are not statements: -0.04 M more, sentence flags found for 96 of the 1,215
    sentences; tests/test_fast_quantities.py checks that none of those sets holds a
    sentence flag).
    """

    def _find_flags(self) -> frozenset[str]:
        return self.features.flags.union(self.own_flags)

    kind: str
    start: int
    end: int
    value: float
    lo: float
    hi: float
    hedge: str
    unit: str
    modifiers: tuple[str, ...]
    event: str
    sentence: int
    own_flags: frozenset[str] = field(repr=False, compare=False)
    flags: frozenset[str] = field(lazy=_find_flags)
    features: "_SentenceFeatures" = field(repr=False, compare=False)

    @property
    def context(self) -> frozenset[str]:
        """Content-word lemmas of the figure's sentence."""
        return self.features.context

    @property
    def names(self) -> frozenset[str]:
        """Capitalised words of the figure's sentence, but its first."""
        return self.features.names

    @property
    def is_total(self) -> bool:
        # (own flags, none of them a sentence's: count-mismatch asks every count whether it
        # is a total, which read from `flags` found the flags of 433 sentences more, of 610)
        return not (self.own_flags & {"update", "prior", "part", "partitive", "other",
                                       "range", "rate"})


def _interval(hedge: str, value: float) -> tuple[float, float]:
    return HEDGES[hedge](value)  # type: ignore[operator]


def extract_quantities(doc) -> list[Quantity]:
    out: list[Quantity] = []
    text = doc.text
    low = doc.folded
    plain = doc.plain
    cands = None if low is None else _DocCandidates(low, plain)
    classes = None if cands is None else cands.classes
    if cands is None:
        by_sentence = _sentence_candidates(text, doc.sentences)
    else:
        by_sentence = cands.by_sentence(text, doc.sentences)
    for sent, found in by_sentence:  # most sentences have none: no generator, no features
        s0, s1 = sent.start, sent.end
        features = None  # made for the first figure kept, shared by the sentence's figures
        for ns, ne in _numbers(text, low, s0, s1, found):
            raw = text[ns:ne]
            value = parse_number(raw)
            if value is None:
                continue
            # (bounds by conditional expressions: a call of max or min costs ~1,500
            # instructions, this ~500; three a figure, -0.02 M per article)
            ls = ns - 60 if ns - 60 > s0 else s0
            rs = ne + 80 if ne + 80 < s1 else s1
            left = text[ls:ns]
            right = text[ne:rs]
            if low is None:
                left_low = right_low = None
            else:
                left_low, right_low = low[ls:ns], low[ne:rs]
            found = _classify(text, sent, ns, ne, raw, value, left, right, left_low, right_low,
                              plain)
            if found is None:
                continue
            kind, start, end, hedge, unit, modifiers, event, flags = found
            if features is None:
                features = _SentenceFeatures(text, s0, s1, classes)
            # (most figures have no hedge: their interval without two calls)
            lo, hi = _interval(hedge, value) if hedge else (value, value)
            out.append(Quantity(kind, start, end, value, lo, hi, hedge, unit, modifiers, event,
                                sent.index, frozenset(flags), features))
    return out


# `_WORD_START` after a character that is not a-z. Scanning the whole folded text, the
# engine then stops only at spaces, punctuation and digits (about a fifth of the characters)
# instead of at every letter that can begin a number word (almost half). A whole number word
# has such a character before it (a-z are word characters), and no earlier hit can have
# consumed it (hits end in a-z), so with `_whole_word` applied both scans keep the same words.
_WORD_AFTER_GAP = re.compile(f"[^a-z](?:{_WORD_START.pattern})")


def _doc_word_starts(low: str) -> list[tuple[int, bool]]:
    """`_candidates`' number words of the whole folded text: (start, dozen or hundred)."""
    n = len(low)
    found = []
    if _WORD_START.match(low) and _whole_word(low, 0, _WORD_START.match(low).end(), n):
        found.append((0, low[0] in "dh"))
    for m in _WORD_AFTER_GAP.finditer(low):
        start = m.start() + 1
        if _whole_word(low, start, m.end(), n):
            found.append((start, low[start] in "dh"))
    return found


# The scans of `_DocCandidates` on a plain folded text (`Document.plain`), read as ASCII bytes
# in which every character is its class for those scans: a digit is "0", another word
# character (a-z, "_") itself, and anything else a space (punctuation, and each non-ASCII
# character, which `encode(errors="replace")` turns into one "?": a plain text has no
# non-ASCII letter or digit). A number word whole at its start is then a space and a listed
# word, and a digit run a run of "0": both patterns begin with a literal, which the stdlib
# engine finds by a plain character loop, where `_WORD_AFTER_GAP` tests a character class at
# every character and `[0-9]+` its class at every one. Warm article, quantities
# stage: 1.56 -> 1.45 M instructions (the two scans: 0.31 M -> 0.20 M).
_CLASS_BYTES = bytes(
    ord("0") if chr(i) in "0123456789" else
    i if i < 128 and (chr(i).isalpha() or chr(i) == "_") else ord(" ")
    for i in range(256)
)
_CLASS_DIGITS = re.compile(rb"00*")  # "0+" has no literal prefix for the engine; this has
_CLASS_WORD_AFTER_GAP = re.compile(b" (?:" + _WORD_START.pattern.encode() + b")")


def _byte_classes(low: str) -> bytes:
    """The plain folded text `low` as `_CLASS_BYTES` classes, one byte per character."""
    return low.encode("ascii", "replace").translate(_CLASS_BYTES)


def _plain_candidates(low: str, classes: bytes) -> list[tuple[int, bool]]:
    """`_candidates` of the whole plain folded text `low`, read in its `classes`."""
    found = [(m.start(), False) for m in _CLASS_DIGITS.finditer(classes)]
    n = len(low)
    words = []
    first = _WORD_START.match(low)  # a word at the very start has no space before it
    if first and _whole_word(low, 0, first.end(), n):
        words.append((0, low[0] in "dh"))
    for m in _CLASS_WORD_AFTER_GAP.finditer(classes):
        start = m.start() + 1
        if _whole_word(low, start, m.end(), n):
            words.append((start, low[start] in "dh"))
    return sorted(found + words) if words else found


class _DocCandidates:
    """`_candidates` for every sentence of a folded text from two scans of the whole text,
    instead of two per sentence (a scan's set-up costs as much as a sentence's worth of
    searching).

    A sentence gets the whole-text candidates inside [s0, s1) when both its ends are clean,
    i.e. do not fall between two word characters: then no digit run or number word crosses
    an end, so the per-sentence scan would have started and stopped in the same places, and
    `_whole_word` reads the same boundary at s1 (the character there is not a word
    character). Other sentences are scanned on their own, as before."""

    __slots__ = ("low", "classes", "found", "starts")

    def __init__(self, low: str, plain: bool = False) -> None:
        self.low = low
        self.classes = None
        if plain:
            self.classes = _byte_classes(low)
            self.found = _plain_candidates(low, self.classes)
        else:
            found = [(m.start(), False) for m in _DIGITS.finditer(low)]
            words = _doc_word_starts(low)
            self.found = sorted(found + words) if words else found
        self.starts = [start for start, _ in self.found]

    def clean_ends(self, s0: int, s1: int) -> bool:
        """Whether the sentence low[s0:s1] cuts no word at either end, so that its candidates
        are the whole text's between s0 and s1. The character before a sentence and the one
        after it are mostly spaces: one `_WORD_CHARS` look-up then settles each end."""
        low = self.low
        return (s0 == 0 or not _WORD_CHARS[low[s0 - 1]] or not _WORD_CHARS[low[s0]]) and \
            (s1 >= len(low) or not _WORD_CHARS[low[s1]] or not _WORD_CHARS[low[s1 - 1]])

    def get(self, text: str, s0: int, s1: int) -> list[tuple[int, bool]]:
        if self.clean_ends(s0, s1):
            starts = self.starts
            return self.found[bisect_left(starts, s0):bisect_left(starts, s1)]
        return _candidates(text, self.low, s0, s1)

    def by_sentence(self, text: str, sentences) -> list[tuple[object, list[tuple[int, bool]]]]:
        """`(sentence, self.get(text, s0, s1))` for each sentence that is no duplicate and
        has candidates, in order. Two sentences in three have none: a walk along the
        candidates settles each in a few tests (clean ends, and no candidate start before
        its end), where a call of `get` with its two bisections cost 4.5k instructions.
        Counted alone over BBC articles 300-600: 0.085 -> 0.057 M instructions an article;
        then -0.015 M with `clean_ends` written out in the loop (its call cost more than its
        tests)."""
        low, found, word_chars = self.low, self.found, _WORD_CHARS
        n = len(low)
        starts = [*self.starts, n + 1]  # a sentinel after every sentence's end
        out = []
        i = 0  # starts[i]: the first candidate not before the last sentence's start
        last = -1
        for sent in sentences:
            if sent.duplicate_of is not None:
                continue
            s0, s1 = sent.start, sent.end
            if (s0 == 0 or not word_chars[low[s0 - 1]] or not word_chars[low[s0]]) and \
                    (s1 >= n or not word_chars[low[s1]] or not word_chars[low[s1 - 1]]):
                if s0 < last:  # sentences out of order (a splitter's never are)
                    i = bisect_left(starts, s0)
                last = s0
                while starts[i] < s0:
                    i += 1
                if starts[i] < s1:
                    out.append((sent, found[i:bisect_left(starts, s1, i)]))
            else:
                cut = _candidates(text, low, s0, s1)  # as in `get`
                if cut:
                    out.append((sent, cut))
        return out


def _sentence_candidates(text: str, sentences) -> list[tuple[object, list[tuple[int, bool]]]]:
    """`_DocCandidates.by_sentence` for a text without a folded form: each sentence scanned
    on its own."""
    out = []
    for sent in sentences:
        if sent.duplicate_of is None:
            found = _candidates(text, None, sent.start, sent.end)
            if found:
                out.append((sent, found))
    return out


def _numbers(text: str, low: str | None, s0: int, s1: int, found=None):
    """Spans of written numbers in text[s0:s1]. A cheap scan for digits and number words
    finds candidates (`found`, when the caller has them: `_candidates` or `_DocCandidates`);
    the full NUMBER pattern is tried only there (3x faster than scanning with NUMBER itself).
    Both run on `low`, the folded text, when there is one."""
    scan, number = (text, _NUMBER_RE) if low is None else (low, _NUMBER_LOW)
    pos = s0
    if found is None:
        found = _candidates(text, low, s0, s1)
    for start, scaled in found:
        if start < pos:
            continue
        if scaled:  # "dozen"/"hundred": the number may begin at "a"/"an"/"two" before it
            back = _ARTICLE_BEFORE.match(text, start - 20 if start - 20 > s0 else s0, start)
            if back and back.start() >= pos:
                start = back.start()
        m = number.match(scan, start, s1)
        if m:
            span = m.span()  # (one call, not five)
            if span[1] > span[0]:
                yield span
                pos = span[1]


class _SentenceFeatures:
    """What a figure's sentence says around it, computed once per sentence and only when
    asked: whether it refers to another time, reports a change or names a day (`flags`, for
    the figures whose `flags` a rule reads), and its content-word lemmas and capitalised
    names (`context`, `names`, only for the figures a rule compares)."""

    __slots__ = ("text", "s0", "s1", "classes", "_low", "_flags", "_context", "_names")

    def __init__(self, text: str, s0: int, s1: int, classes: bytes | None = None) -> None:
        self.text, self.s0, self.s1 = text, s0, s1
        self.classes = classes  # the text's byte classes when it is plain (`_CLASS_BYTES`)
        self._low = self._flags = self._context = self._names = None

    @property
    def low(self) -> str:
        if self._low is None:
            self._low = self.text[self.s0:self.s1].lower()
        return self._low

    @property
    def flags(self) -> frozenset[str]:
        if self._flags is None:
            low = self.low
            flags = []
            if holds_any(low, _TIMESHIFT_NEEDLES) and \
                    self._holds(low, _TIMESHIFT, _TIMESHIFT_CLASSES):
                flags.append("timeshift")
            if self._reports_change(low):
                flags.append("change")
            if self._holds(low, _DATED, _DATED_CLASSES):
                flags.append("dated")  # names a day: "on 3 August", "on Tuesday"
            self._flags = frozenset(flags)
        return self._flags

    def _reports_change(self, low: str) -> bool:
        """`_CHANGE_FAST.search(low)`: a change word whole in the sentence."""
        classes = self.classes
        if classes is None:
            return bool(_CHANGE_FAST.search(low))
        s0, s1 = self.s0, self.s1
        return bool(_CHANGE_CLASSES.at.match(classes, s0, s1) or
                    _CHANGE_CLASSES.after_space.search(classes, s0, s1))

    def _holds(self, low: str, pattern, in_classes: "_InClasses") -> bool:
        """`pattern.search(low)` for a pattern whose every match begins a word and is, in the
        text's byte classes, a match of `in_classes`: the pattern is tried only where that
        is found (a sentence's search costs 50k instructions with `_TIMESHIFT`, where its
        `\b` tries every character; a search in the classes stops at spaces only)."""
        classes = self.classes
        if classes is None:
            return bool(pattern.search(low))
        s0, s1 = self.s0, self.s1
        if in_classes.at.match(classes, s0, s1) and pattern.match(low):
            return True
        pos = s0
        while m := in_classes.after_space.search(classes, pos, s1):
            pos = m.start() + 1  # and the next search from here: a match may begin inside
            if pattern.match(low, pos - s0):
                return True
        return False

    @property
    def context(self) -> frozenset[str]:
        if self._context is None:
            self._context = frozenset(
                lemma(w.removesuffix("'s").removesuffix("’s"))
                for w in _CONTENT.findall(self.low) if w not in _CONTEXT_STOP
            )
        return self._context

    @property
    def names(self) -> frozenset[str]:
        if self._names is None:
            self._names = frozenset(n.removesuffix("'s").removesuffix("’s")
                                    for n in _NAME.findall(self.text, self.s0 + 1, self.s1))
        return self._names


# Every match of `_TIMESHIFT` holds one of these strings; about four sentences in five with
# a figure hold none, and a substring test costs a tenth of the search.
_TIMESHIFT_NEEDLES = ("last ", "previous ", "next ", "following ", "preceding ", "ago",
                      "earlier", "before", "later", "in 19", "in 20", "since ", "compared ",
                      "past")


class _InClasses:
    """A pattern over a sentence of a plain text's byte classes (`_CLASS_BYTES`) whose
    matches begin where a word begins: at the sentence's start (`at`) or after a space
    (`after_space`, whose search starts at spaces, a literal, so the engine stops there only,
    not at every letter that can begin the pattern as the patterns on the text do)."""

    __slots__ = ("at", "after_space")

    def __init__(self, pattern: str) -> None:
        self.at = re.compile(pattern.encode())
        self.after_space = re.compile(f" (?:{pattern})".encode())


# `_CHANGE_FAST` in the classes, exactly: a change word before a space or the sentence's end.
_CHANGE_CLASSES = _InClasses(f"(?:{_trie(_CHANGE_LIST)})(?![^ ])")
# Where `_DATED` and `_TIMESHIFT` can match, in the classes (for `_SentenceFeatures._holds`):
# a text's space is a space there, and so is any other character that is no word character,
# a digit is "0", and `\b` the same boundary; so every match of the pattern is one of these,
# which may also match where the pattern does not ("on,monday", "in 1850").
_DATED_CLASSES = _InClasses(
    r"(?:on|since|until|by) (?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|"
    r"00? (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]* ? 00?\b)"
)
_TIMESHIFT_CLASSES = _InClasses(
    _trie([p.replace(r"(?:19|20)\d\d", "0000") for p in _TIMESHIFT_PHRASES], escape=str) +
    "|0+" + _AGO
)


def _glued_left(left: str) -> bool:
    """Whether the character before a figure glues it to a word or code ("COVID-19", "G7",
    "9/11"); memoised per character, as `_GLUE_LEFT` reads only the last one."""
    last = left[-1:]
    glued = _GLUED.get(last)
    if glued is None:
        glued = _GLUED[last] = bool(_GLUE_LEFT.match(last))
    return glued


_GLUED: dict[str, bool] = {}


_LONE_SIGNS = "£€¥₹"  # currency signs that `_CURRENCY_LEFT` reads alone (see `_currency_left`)


def _currency_left(left: str, word: str | None) -> str | None:
    """The currency sign or code that `_CURRENCY_LEFT` finds at the end of `left` (its
    group 1), or None; skipped when the gate rules it out. The alternatives that end with
    "£", "€", "¥" or "₹" are that sign alone, so such a sign is read without the regex
    (a `regex` call costs ~5k instructions), and so is a "$" after none of the letters that
    end the other "$" alternatives ("US$", "C$", "HK$" ...)."""
    last = left[-1:]
    if last and last in _LONE_SIGNS:
        return last
    if last == "$" and left[-2:-1] not in "SCAUZKR":  # ("" is in every string)
        return last
    if word is not None and last not in _CURRENCY_SYMBOLS \
            and not word.endswith(_CURRENCY_CODES):
        return None
    m = _CURRENCY_LEFT.match(left)
    return m.group(1) if m else None



def _glued_right(right: str, plain: bool) -> bool:
    """`_GLUE_RIGHT.match(right)`, skipped (memoised per character) when the first character
    of `right` starts none of its alternatives, as with a space; `plain`: the text is plain
    (`_GLUE_RIGHT_PLAIN` then reads it)."""
    first = right[:1]
    may = _GLUE_RIGHT_FIRST.get(first)
    if may is None:
        may = _GLUE_RIGHT_FIRST[first] = bool(_GLUE_RIGHT_START.match(first))
    return may and bool((_GLUE_RIGHT_PLAIN if plain else _GLUE_RIGHT).match(right))


_GLUE_RIGHT_FIRST: dict[str, bool] = {}


def _percent_right(right: str, nxt: str | None):
    """`_PERCENT_RIGHT.match(right)`, skipped when no "%" comes first and the next word is
    none of its words."""
    if "%" in right[:2] or (nxt is None or nxt in _PERCENT_GATE):
        return _PERCENT_RIGHT.match(right)
    return None


def _age_right(right: str):
    """`_AGE_RIGHT.match(right)`; every phrase it lists holds "year"."""
    return _AGE_RIGHT.match(right) if "year" in right else None


def _part_left(left: str, left_low: str | None, reach: int) -> bool:
    """"including 12 children", "among them three officers": `_PART_LEFT` in the last `reach`
    characters of `left`. Every phrase it lists holds one of the needles, so a lower-cased
    left without them is no part (and `left` is then not cut: 6 calls an article, 1 search)."""
    if left_low is not None:
        left_low = left_low[-reach:]
        if not ("includ" in left_low or "among" in left_low or "of w" in left_low or
                "of t" in left_low or "such as" in left_low):
            return False
    return bool(_PART_LEFT.search(left[-reach:]))


def _context_flags(lc: str, right: str, lc_low: str | None, word: str | None,
                   rev: str | None = None) -> set[str]:
    """Flags from the words around a kept figure; `lc` is the left context without the
    figure's currency sign ("raised to £1.5bn"), `word` the last word of `lc` (for gates),
    `rev` `lc_low` reversed on a plain text (for the `_*_REV` patterns), else None."""
    flags: set[str] = set()
    if ((word is None or word in _BETWEEN_GATE) and _BETWEEN_LEFT.match(lc)) or \
            (right.lstrip()[:1] in _RANGE_FIRST and _RANGE_RIGHT.match(right)) or \
            ((word is None or word.endswith(("to", "or", "and")) or "-" in lc or "–" in lc)
             and (_RANGE_LEFT.match(lc) if rev is None else _RANGE_REV.match(rev))):
        # "20 to 30", "20-30", "between 20 and 30"
        flags.add("range")
    if (word is None or word in _UPDATE_GATE) and \
            (_UPDATE_LEFT.match(lc) if rev is None else _UPDATE_REV.match(rev)):
        flags.add("update")
    if (word is None or word in _PRIOR_GATE) and \
            (_PRIOR_LEFT.match(lc) if rev is None else _PRIOR_REV.match(rev)):
        flags.add("prior")
    if _part_left(lc, lc_low, 45):
        flags.add("part")
    if ((word is None or word in _OTHER_GATE) and _OTHER_LEFT.match(lc)) or \
            ((word is None or word in _WHOLE_GATE) and
             (_WHOLE_LEFT.match(lc) if rev is None else _WHOLE_REV.match(rev))):
        flags.add("other")  # "another four"; the whole in "14 of its 52 aircraft"
    elif (word is None or word in _DEFINITE_GATE) and \
            (_DEFINITE_LEFT.match(lc) if rev is None else _DEFINITE_REV.match(rev)):
        flags.add("definite")  # "the 19 miners": a group introduced earlier
    return flags


# No word character for either engine: ASCII punctuation and the typographic marks of news
# text. A token of these around an ASCII word ("said," "(38" "years.") ends or begins with
# that word, as `_LAST_WORD`/`_NEXT_WORD` read it.
_NON_WORD = "!\"#$%&'()*+,-./:;<=>?@[\\]^`{|}~£€¥₹’‘“”—–…"


def _last_word(left_low: str) -> str:
    """`_LAST_WORD`'s word at the end of `left_low`, "" if none. Mostly a figure follows an
    ASCII word and spaces ("more than "): that word is the last space-separated token, with
    no regex run. Else the token may be punctuation around a word ("said, ") or punctuation
    alone ("$", "(£"; the word is then the token before): read without the regex too (a
    regex call costs 5k instructions; 4 of 13 calls per article went to it)."""
    t = left_low.rstrip(" ")
    cut = t.rfind(" ")
    tok = t[cut + 1:]
    if tok.isascii() and tok.isalnum():  # all word characters, a space (or nothing) before
        return tok
    tok = tok.strip(_NON_WORD)
    if not tok:
        if cut < 0:
            return ""  # punctuation and spaces only
        t = t[:cut].rstrip(" ")
        tok = t[t.rfind(" ") + 1:].strip(_NON_WORD)
    if tok.isascii() and tok.isalnum():
        return tok
    wm = _LAST_WORD.match(left_low)
    return wm.group(1) if wm else ""


def _next_word(right_low: str) -> str:
    """`_NEXT_WORD`'s word at the start of `right_low`, "" if none; as `_last_word`, the
    common cases (spaces and an ASCII word, with punctuation: "% in", "years.") are read
    without the regex."""
    t = right_low.lstrip(" ")
    cut = t.find(" ")
    tok = t if cut < 0 else t[:cut]
    if tok.isascii() and tok.isalnum():
        return tok
    tok = tok.strip(_NON_WORD)
    if not tok:
        if cut < 0:
            return ""
        t = t[cut:].lstrip(" ")
        cut = t.find(" ")
        tok = (t if cut < 0 else t[:cut]).strip(_NON_WORD)
    if tok.isascii() and tok.isalnum():
        return tok
    nm = _NEXT_WORD.match(right_low)
    return nm.group(1) if nm else ""


def _kept(kind, end, unit, at, modifiers=(), event="", extra=()):
    """`_classify`'s answer for a figure it keeps. `at`: (start, hedge, lc, right, lc_low,
    word, rev) as `_classify` found them. (A function of its own, not a closure in `_classify`:
    making the closure cost 1.8k instructions a call, for ten calls an article.)"""
    start, hedge, lc, right, lc_low, word, rev = at
    if rev == "":
        rev = lc_low[::-1]
    flags = _context_flags(lc, right, lc_low, word, rev)
    flags.update(extra)
    return kind, start, end, hedge, unit, tuple(modifiers), event, flags


def _near_gate(nxt: str | None, gate: frozenset[str], right_low: str | None) -> bool:
    """Whether a pattern matched at a figure's end on the whole sentence (not on `right`, cut
    80 characters on) may match: its every match is spaces and then a word of `gate` (of at
    most nine letters). Unless the spaces fill the first 60 characters of `right`, that word
    is `nxt`, whole. (Two patterns, 3 calls an article, 1 match in 600.)"""
    return nxt is None or nxt in gate or right_low[:60].isspace()


def _classify(text, sent, ns, ne, raw, value, left, right, left_low, right_low, plain=False):
    """What the written number text[ns:ne] is, read from its context: None when it is not a
    figure to compare, else (kind, start, end, hedge, unit, modifiers, event, flags).
    `left_low`/`right_low` are `left`/`right` lower-cased, or None when the text cannot be
    folded safely; they only let cheap tests (gates) skip regexes that cannot match.
    `plain`: the text is plain (`Document.plain`), so ASCII patterns may stand in."""
    is_digit = raw[0].isdigit()
    word = nxt = None  # the words before and after the figure, when known
    if left_low is not None:
        word = _last_word(left_low)
        nxt = _next_word(right_low)
    # Glued to letters or symbols: COVID-19, G7, 9/11, 7:30, 2-1, 20th, 1990s, 737-800.
    cur = _currency_left(left, word)
    if cur is None and _glued_left(left):
        return None
    if right[:1] == "-" and right[1:2].isdigit():
        return None  # scores, ranges written 30-40, model numbers
    if _glued_right(right, plain) and not _percent_right(right, nxt) and not _age_right(right):
        return None

    # The words before the figure, without its currency sign: "more than £1.5bn".
    lc, lc_low = left, left_low
    if cur:
        cut = len(left) - len(cur)
        lc = left[:cut]
        if left_low is not None:
            lc_low = left_low[:cut]
            word = _last_word(lc_low)
    # `lc_low` reversed for the `_*_REV` patterns on a plain folded text ("" until needed)
    rev = "" if plain and lc_low is not None else None
    hedge_m = None
    if word is None or word in _HEDGE_GATE:
        if rev is None:
            hedge_m = _HEDGE_LEFT.match(lc)
        else:
            rev = lc_low[::-1]
            hedge_m = _HEDGE_REV.match(rev)
    start = ns
    hedge = ""
    if cur:
        start = ns - len(cur)
    if hedge_m:
        phrase = hedge_m.group(1)
        hedge = _HEDGE_WORDS[phrase.lower() if rev is None else phrase[::-1]]
        start -= len(hedge_m.group(0))
    at = (start, hedge, lc, right, lc_low, word, rev)  # what `_kept` reads

    # Money.
    if cur:
        code = _CURRENCY_CODE.get(cur.strip().lower().rstrip(), "USD")
        return _kept(MONEY, ne, code, at)
    cm = _CURRENCY_RIGHT.match(right) if (nxt is None or nxt in _CURRENCY_RIGHT_GATE) else None
    if cm:
        word_ = cm.group(1).lower()
        code = _RIGHT_CURRENCY_CODE.get(word_) or _RIGHT_CURRENCY_CODE.get(word_.rstrip("s"), "")
        return _kept(MONEY, ne + cm.end(), code or word_, at)
    # Percent and percentage points.
    pm = _percent_right(right, nxt)
    if pm:
        if pm.group(1):
            return _kept(PERCENT, ne + pm.end(), "%", at)
        return _kept(POINTS, ne + pm.end(), "points", at)
    # Ages.
    am = _age_right(right)
    if am or ((word is None or word in _AGE_GATE) and _AGE_LEFT.match(left)):
        return _kept(AGE, ne + (am.end() if am else 0), "years", at)
    if is_digit and value < 120 and (left[-1:] == "(" or left.rstrip()[-1:] == ",") \
            and _NAME_COMMA_LEFT.match(left) and _AGE_AFTER_COMMA.match(right) \
            and (left[-1:] != "(" or right[:1] == ")"):  # "Greb (44)"
        # (`_NAME_COMMA_LEFT` ends with "," and spaces or with "(": a test first, as
        # 19 calls in 20 found nothing)
        return _kept(AGE, ne, "years", at)
    # Not counts. The tests without a regex come first.
    if is_digit and "," not in raw and "." not in raw and len(raw) == 4 and 1000 <= value <= 2100 \
            and not hedge:
        return None  # a year
    if "." in raw and not any(c.isalpha() for c in raw):
        # A bare decimal ("2.5") counts nothing; scaled decimals ("1.2 million people") do.
        return None
    if is_digit and raw[-1].isalpha() and not raw.lower().endswith(("million", "billion",
                                                                      "trillion", "thousand")):
        return None  # "60m hurdles", "5k run": a suffix scale without a currency is a unit
    if ((word is None or word in _MONTH_GATE) and _MONTH_LEFT.match(left)) or \
            ((nxt is None or nxt in _MONTH_GATE) and _MONTH_RIGHT.match(right)):
        return None  # a date ("Dec. 20", "20 December")
    if ("#" in left or (word is None or word in _ID_GATE)) and _id_left(left):
        return None
    cap_m = _CAPWORD_LEFT.match(left) if is_digit and not hedge else None
    if cap_m and sent.kind != "headline" and \
            not _part_left(left, left_low, 20):
        cap = cap_m.group().strip().lower()
        if cap not in _STOP and cap not in _HEDGE_WORDS:
            return None  # Boeing 737, Route 66, Windows 10 (but not "Now 60 ships")
    if ((nxt is None or nxt in _TIME_GATE) and _TIME_RIGHT.match(right)) or \
            ((nxt is None or nxt in _DURATION_GATE) and _DURATION_RIGHT.match(right)) or \
            (_MEASURE_RIGHT.match(right) if right_low is None else
             _MEASURE_RIGHT_LOW.match(right_low)):
        return None

    # A count: read the counted noun phrase.
    flags: set[str] = set()
    words: list[tuple[str, int]] = []
    pos = ne
    for _ in range(4):
        wm = (_WORD_PLAIN if plain else _WORD).match(text, pos, sent.end)
        if not wm:
            break
        w = wm.group(1)
        lw = w.lower()
        if lw in _STOP:
            break
        if words and (lw.endswith("ed") or lw.endswith("ing")) and lw not in _EVENT_WORDS \
                and lemma(lw) not in _PEOPLE:
            break
        if lw in _VERBS:
            break
        words.append((w, wm.end()))
        pos = wm.end()
        if lw in _EVENT_WORDS or lemma(lw) != lw:
            break  # an event word or a plural noun ends the phrase: "three rockets hit"
    if not words:
        # (every match holds "toll": 0 matches in 275 calls over 300 articles without it)
        tm = _TOLL_LEFT.match(left) if left_low is None or "toll" in left_low else None
        if tm:
            if tm.group(1) and tm.group(1).lower() not in ("of", "at", "was", "is"):
                flags.add("update")
            kind_event = "injured" if "injur" in tm.group(0).lower() else "dead"
            return _kept(COUNT, ne, "person", at, (), kind_event, flags)
        bm = _BARE_EVENT_RIGHT.match(text, ne, sent.end) \
            if _near_gate(nxt, _BARE_EVENT_GATE, right_low) else None
        if bm:
            return _kept(COUNT, bm.end(), "person", at, (), _EVENT_WORDS[bm.group(1).lower()])
        return None
    if _RATE_RIGHT.match(text, words[-1][1], sent.end):
        flags.add("rate")  # "12 ships a day"
    if _RESTRICTED_RIGHT.match(text, words[-1][1], sent.end):
        flags.add("restricted")  # "the 14 seats where ...": a group defined here, not earlier
    for w, _ in words[:-1]:  # a loop: `any` with a generator costs ~1k instructions more
        lw = w.lower()
        if lw.endswith("est") or lw in _SUBSET_WORDS:
            flags.add("other")  # "the two strongest candidates", "the top three firms"
            break
    if _near_gate(nxt, _PARTITIVE_GATE, right_low) and \
            _PARTITIVE_RIGHT.match(text, ne, sent.end):
        flags.add("partitive")
    head_word, end = words[-1]
    if head_word[0].isupper() and ns > sent.start and (raw[0].isupper() or not is_digit or
                                                        words[0][0][0].isupper()):
        # "the Six Nations", "Three Gorges", "50 Cent": a name, not a count. (Title-case
        # headlines are the exception: "Ferry Fire Leaves 6 Dead".)
        if sent.kind != "headline":
            return None
    head = lemma(head_word)
    mods = [lemma(w) for w, _ in words[:-1]]
    event = _EVENT_WORDS.get(head_word.lower(), "")
    if event:
        # "six dead", "12 killed": the event word is the head; the counted noun is implicit.
        head = "person" if not mods else mods[-1]
        mods = mods[:-1]
    else:
        vm = None
        if word is None or word in _VERB_EVENT_GATE:
            vm = _VERB_EVENT_LEFT.match(left)
        if vm:
            event = _VERB_EVENT.get(vm.group(1).lower(), "")
        else:
            # "seven people died", "nine passengers were injured": the span takes the verb.
            am = _EVENT_AFTER.match(text, end, sent.end)
            if am:
                event = _EVENT_WORDS[am.group(1).lower()]
                end = am.end()
    if raw.lower() == "one" and not event and (head in ("another", "day", "time", "way") or
                                               "partitive" in flags):
        return None
    return _kept(COUNT, end, head, at, mods, event, flags)
