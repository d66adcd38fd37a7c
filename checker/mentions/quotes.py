"""Quotations: text in double quotes, joined when split by an attribution, with their speaker.

A quotation is found per paragraph (block), so an unbalanced quote mark never runs past the
paragraph it opens in. Curly (“…”) and straight ("…") double quotes are paired in order; single
quotes inside (‘…’, '…') are part of the quoted text. A quotation interrupted by its
attribution (“We will rebuild,” she said, “every home.”) becomes one `Quote` with two parts.

The speaker is read from the text around the quotation, in this order:
    - "according to NAME", "NAME said", "said (role words) NAME", "NAME told reporters",
      and a pull quote's "— NAME" (dash attribution);
    - a pronoun ("he said", "she added") or no attribution at all: the nearest named speaker
      before it in the same paragraph;
    - no verb of saying: the nearest name before the quotation in its sentence ("Moreau ...
      calling it “a plan ...”").
The speaker key is the last word of the name, lowercased ("Mayor Ilse Brandauer", "Brandauer"
and "Ms Brandauer" all key "brandauer"). `how` records which clue gave it: "said" (a verb of
saying, a dash or "according to"), "near" (nearest name) or "carry" (pronoun / continuation).

Scare quotes (one to three words: an “outlawed group”) and titles (mostly capitalised words)
are not quotations and are left out. Work is linear in the text: one pass over each block's
quote marks and bounded look-around for the attribution.
"""

from __future__ import annotations

import re
from functools import cache

import regex
from checker.mentions.lazy import Lazy
from checker.record import LAZY, field, record, tuple_record


_OPEN = {"“": "”", '"': '"', "„": "“"}
# Simple patterns use the standard library's faster engine.
_MARKS = re.compile(r'[“”"„]')
_WORD = re.compile(r"[^\W_]+(?:['’][^\W\d_]+)*")
# The same on ASCII text, where `[^\W_]` is `[A-Za-z0-9]` and `[^\W\d_]` is `[A-Za-z]`.
_WORD_ASCII = re.compile(r"[A-Za-z0-9]+(?:['’][A-Za-z]+)*")
# A word never holds anything but letters, digits and apostrophes: blanking everything else
# and splitting gives the words, and does it in C (~0.02 M instructions per article less than
# findall). The blanking is a bytes.translate of the ASCII chunk's bytes, a plain 256-byte
# table (str.translate looks each distinct character up in its table through a Python
# object: three times the instructions, ~0.012 M per article).
_BLANK_NON_WORD_ASCII = bytes(
    c if chr(c).isascii() and (chr(c).isalnum() or c == ord("'")) else ord(" ")
    for c in range(256)
)
# An apostrophe that splitting at blanks would leave in a word or join two words with, where
# the pattern reads otherwise: one not between a letter or digit and a letter ("'tis",
# "players'", "x'2"), or followed by letters and then a digit ("o'clock9"). One quotation in
# 70 has one; the others' apostrophes ("don't", "we're") are all inside words.
_ODD_APOSTROPHE = re.compile(r"'(?:(?<![A-Za-z0-9]')|(?![A-Za-z])|[A-Za-z]+[0-9])")


def _ascii_words(chunk: str) -> list[str]:
    """`_WORD.findall(chunk)` for an ASCII chunk."""
    if "'" in chunk and _ODD_APOSTROPHE.search(chunk):
        return _WORD_ASCII.findall(chunk)
    return chunk.encode().translate(_BLANK_NON_WORD_ASCII).decode().split()


# A capital that opens a word as `_WORD_ASCII` reads words: not after a letter or digit, nor
# after an apostrophe that follows one ("O'Neil" is one word). The lookbehinds come after the
# capital so that re skips to capitals.
_CAP_WORD_ASCII = re.compile(r"[A-Z](?<![A-Za-z0-9][A-Z])(?<![A-Za-z0-9]['’][A-Z])")
_GAP = Lazy(re.compile, r"\.\.\.|…|\[[^\]\n]{0,60}\]")

_SAY = (
    r"(?:said|says|say|told|tells|added|adds|explained|explains|insisted|insists|warned|warns|"
    r"stressed|stresses|declared|declares|wrote|writes|argued|argues|asked|asks|replied|"
    r"replies|continued|continues|admitted|admits|noted|notes|recalled|recalls|remarked|"
    r"announced|announces|conceded|concedes|claimed|claims|maintained|maintains|urged|urges|"
    r"commented|comments|observed|tweeted|posted|joked|jokes|shouted|pleaded|vowed|vows|"
    r"promised|promises|predicted|predicts|acknowledged|acknowledges|confirmed|confirms|"
    r"suggested|suggests|believes|believed|thinks|thought|described|describes|called|calls)"
)
# A capitalised word with a lowercase letter last (not "US", not "A$2.4").
_NAME_TOKEN = r"(?<![\p{L}\p{N}$])\p{Lu}[\p{L}\p{M}'’-]*\p{Ll}(?![\p{L}\p{N}$])"
_PARTICLE = r"(?:(?:de|da|di|van|von|der|den|del|la|le|du|dos|bin|al|el|ter|ten)\s+)?"
# A run of capitalised words: "Mayor Ilse Brandauer", "Anika Roos", "Mr Brown".
_NAME = rf"{_NAME_TOKEN}(?:\s+{_PARTICLE}{_NAME_TOKEN}){{0,4}}"
_PRONOUN = r"(?:he|she|they|we|I|He|She|They|We)"
_ROLE = r"(?:[\p{Ll}][\p{Ll}'’-]*,?\s+){0,5}"

# The verbs of saying as a set: a word run is looked up instead of compiling the 80-word
# alternation into every pattern (each copy cost ~2 ms of import with `regex`).
_SAY_WORDS = frozenset(_SAY[3:-1].split("|"))
# `regex` for word runs and \b (its \w counts combining marks, not "²"); `re` elsewhere, with
# `regex`'s whitespace: re's \s also matches \x1c-\x1f.
_WORD_RUN = regex.compile(r"\w+")
_S = r"[^\S\x1c-\x1f]"

# Text after the closing mark.
_AFTER_DASH = re.compile(rf"[,.!?]?{_S}*(?:—|–|--?|―){_S}*(.{{2,200}})$")
# "..., he said": the word after the pronoun (or after "also"/"later") must be a verb of saying.
_AFTER_PRONOUN = re.compile(rf"[,.!?]?{_S}*{_PRONOUN}{_S}+")
_AFTER_PRONOUN_FILLER = re.compile(rf"(?:also|later){_S}+")
# "..., said the mayor, Ilse Brandauer": the verb is read first, the name after it.
_SAID_AT = Lazy(regex.compile, r"[,!?]?\s*(\w+)(?=\s)")
# The frames around a quotation are read with the standard library's faster engine when they
# are ASCII (`str.isascii`) or the document is plain (`Document.plain`, as for the name
# patterns, see `_ANY_NAME_ASCII` below): there `\w` is `[A-Za-z0-9_]`, `\p{L}` is
# `[A-Za-z]`, `\p{Ll}` is `[a-z]`, and regex's `\s` is `_S`; \b and $ mean the same in both
# engines. On plain documents (every BBC article) the `regex` patterns are then never
# compiled (each costs 1-4 ms, a tenth of the quotations' instructions over 400 articles).
# Each reader takes `plain`, the document's flag.
_WORD_RUN_ASCII = re.compile(r"[A-Za-z0-9_]+")
_SAID_AT_ASCII = re.compile(rf"[,!?]?{_S}*([A-Za-z0-9_]+)(?={_S})")
_ROLE_ASCII = rf"(?:[a-z][a-z'’-]*,?{_S}+){{0,5}}"


@tuple_record
class _Grammar:
    compile: object  # regex.compile or re.compile
    s: str  # whitespace
    letter: str  # a letter, inside a character class
    name: str  # a run of capitalised words (group it to capture)
    role: str  # up to five lowercase words ("the city's new mayor")


_UNICODE = _Grammar(regex.compile, r"\s", r"\p{L}", _NAME, _ROLE)
# `_ASCII` is completed below, where the ASCII name pattern is defined.

# The patterns below embed the name grammar (and two the verbs of saying); each costs 1-4 ms
# to compile with `regex`, so each is compiled on first use (for the engine the frame needs),
# and is not tried at all on text that lacks what it needs (a verb of saying as a whole word,
# see `_has_say`; "according to"). Before the quotation the verb must end at most 80
# characters (and a final newline) from the end, so only that tail is looked at for it.
_SAY_TAIL = 81 + max(map(len, _SAY_WORDS))


@cache
def _said_name_rest(ascii: bool = False):
    c, s, _, name, role = _ASCII if ascii else _UNICODE
    return c(rf"{s}+(?:the{s}+|a{s}+|an{s}+)?{role}({name})")


@cache
def _after_name_said_re(ascii: bool = False):
    c, s, letter, name, _ = _ASCII if ascii else _UNICODE
    return c(
        rf"[,!?]?{s}*(?:[{letter}'’-]+,?{s}+){{0,6}}?({name})(?:,[^,.]{{1,60}},)?{s}+"
        rf"(?:also{s}+|later{s}+|then{s}+)?{_SAY}\b"
    )


@cache
def _according_re(ascii: bool = False):
    c, s, _, name, role = _ASCII if ascii else _UNICODE
    return c(rf"\baccording to{s}+(?:the{s}+)?{role}({name})")


# Text before the opening mark (searched backwards from the mark).
@cache
def _before_name_said_re(ascii: bool = False):
    c, s, _, name, _ = _ASCII if ascii else _UNICODE
    return c(
        rf"({name})(?:,[^,.]{{1,60}},)?{s}+(?:also{s}+|later{s}+|then{s}+|has{s}+|had{s}+)?"
        rf"{_SAY}\b[^.!?\"“”]{{0,80}}$"
    )


def _after_name_said(frame: str, plain: bool = False):
    """frame opens with a name and a verb of saying ("Brandauer, the mayor, said")."""
    if not _has_say(frame, plain):
        return None
    return _after_name_said_re(plain or frame.isascii()).match(frame)


def _before_name_said(before: str, plain: bool = False):
    """A name and a verb of saying in the last clause before the quotation."""
    if not _has_say(before[-_SAY_TAIL:], plain):
        return None
    return _before_name_said_re(plain or before.isascii()).search(before)


def _according(frame: str, plain: bool = False):
    if "according to" not in frame:
        return None
    return _according_re(plain or frame.isascii()).search(frame)


_BEFORE_PRONOUN = Lazy(regex.compile, rf"\b{_PRONOUN}\s+")
_BEFORE_PRONOUN_ASCII = re.compile(rf"\b{_PRONOUN}{_S}+")
_PRONOUN_FILLER = Lazy(re.compile, rf"(?:also|later|has){_S}+")
_BEFORE_TAIL = Lazy(re.compile, r"[^.!?\"“”]{0,80}$")
_ANY_NAME = Lazy(regex.compile, _NAME)
_STOP_RE = re.compile(r"[.!?]")
_SENT_END = Lazy(regex.compile, r"[.!?][\"'”’)]*\s+(?=\p{Lu}|[\"“])")
# The same two for text whose letters, marks and digits are all ASCII (`Document.plain`), with the
# standard library's faster engine: there `\p{Lu}` is `[A-Z]`, `\p{Ll}` is `[a-z]`, `\p{L}` and
# `[\p{L}\p{M}]` are `[A-Za-z]`, `\p{N}` is `[0-9]`, and regex's `\s` is `_S`. A name token's
# lookbehind comes after its capital (it checks the same character) so re can skip to capitals.
_NAME_TOKEN_ASCII = r"[A-Z](?<![A-Za-z0-9$][A-Z])[A-Za-z'’-]*[a-z](?![A-Za-z0-9$])"
_PARTICLE_ASCII = _PARTICLE.replace(r"\s", _S)
_NAME_ASCII = rf"{_NAME_TOKEN_ASCII}(?:{_S}+{_PARTICLE_ASCII}{_NAME_TOKEN_ASCII}){{0,4}}"
_ANY_NAME_ASCII = re.compile(_NAME_ASCII)
_ASCII = _Grammar(re.compile, _S, "A-Za-z", _NAME_ASCII, _ROLE_ASCII)
_SENT_END_ASCII = re.compile(rf"[.!?][\"'”’)]*{_S}+(?=[A-Z]|[\"“])")


_NOT_NAMES = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday january february march april
    may june july august september october november december the a an and but or if in on at
    for of to it its this that these those there then when while after before as he she they
    we i you his her their our my mr mrs ms dr sir lord lady mayor president minister""".split()
)


_SPEAKER_FIELDS = ("speaker", "speaker_name", "how", "pull")


def _attributed(name: str):
    """How the speaker field `name` is found (see Quote): the quotation's own, from its
    paragraph's speakers (attributed at the first such read, see `_Speakers.said`)."""
    i = _SPEAKER_FIELDS.index(name)

    def find(q):
        return q._speakers.said(q.start)[i]

    return find


@record(slots=True, unsafe_hash=True)
class Quote:
    """One quotation. `parts` are the (start, end) spans of the quoted text inside the marks,
    trimmed of spaces and trailing punctuation; `start`/`end` span from the first part's start
    to the last part's end. `words` are the lowercased words, `gaps` the word positions where
    the quotation marks an omission ("..." or "[...]").

    The speaker fields (`speaker`, `speaker_name`, `how`, `pull`) of a quotation that
    `extract_quotes` finds are lazy fields (see checker.record), found on first read from
    the hidden field `_speakers`, its paragraph's `_Speakers`, which attributes all the
    paragraph's quotations at once: the one rule that reads them asks only for the
    quotations that share enough words with one in another paragraph
    (quote_mismatch._pairs), under half of them.

    Not frozen, though nothing assigns to a quotation once built (as `Figure`): a frozen
    record's fields must be set past its __setattr__ (a table of each slot's setter, or
    object.__setattr__), where here `__init__` assigns them (specialised slot stores);
    `unsafe_hash` keeps the frozen record's hash. Extraction and the quote-mismatch rule,
    BBC articles 300-600: 0.320 M instructions per article frozen (slot setters), 0.301 M
    not (the earlier hand-made version: 0.331 M)."""

    start: int
    end: int
    parts: tuple[tuple[int, int], ...]
    words: tuple[str, ...]
    gaps: frozenset[int]
    word_parts: tuple[int, ...]  # index into `parts` of each word
    # The speaker fields are __init__ arguments too (tests build quotations with their
    # speakers); `extract_quotes` gives record.LAZY for them, and `_speakers`.
    speaker: str = field(lazy=_attributed("speaker"), init=True)  # surname key, "" if unknown
    # the name as written where the speaker was found
    speaker_name: str = field(lazy=_attributed("speaker_name"), init=True)
    how: str = field(lazy=_attributed("how"), init=True)  # "said", "near", "carry" or ""
    block: int  # index into doc.blocks
    pull: bool = field(lazy=_attributed("pull"), init=True)  # a pull quote attributed with a dash
    # The paragraph's `_Speakers` (None when the speaker fields are given)
    _speakers: object = field(default=None, repr=False, compare=False)


def extract_quotes(doc) -> list[Quote]:
    text = doc.text
    out: list[Quote] = []
    # One pass over the quote marks of the whole text, bucketed by block below.
    if "“" in text or "”" in text or "„" in text:
        marks = [(m.start(), m.group()) for m in _MARKS.finditer(text)]
    else:  # straight quotes only (every BBC article)
        marks = []
        i = text.find('"')
        while i >= 0:
            marks.append((i, '"'))
            i = text.find('"', i + 1)
    if not marks:
        return out
    pats = None
    dup_starts = {s.start for s in doc.sentences if s.duplicate_of is not None}
    k = 0
    for bi, block in enumerate(doc.blocks):
        lo = k
        while k < len(marks) and marks[k][0] < block.end:
            k += 1
        if lo == k or block.kind == "boilerplate":
            continue
        if dup_starts:
            first = doc.sentence_at(block.start)
            if first is not None and first.start in dup_starts:
                continue  # a verbatim repeat of an earlier caption
        spans = _quote_spans(text, marks[lo:k], block.end)
        if spans:
            if pats is None:
                pats = (_ANY_NAME_ASCII, _SENT_END_ASCII, True) if doc.plain else (
                    _ANY_NAME, _SENT_END, False)
            out.extend(_block_quotes(text, block, bi, spans, *pats))
    return out


def _quote_spans(text: str, marks, end: int) -> list[tuple[int, int, int, int]]:
    """(open_mark, inner_start, inner_end, close_mark_end) for each quote in the block."""
    spans = []
    opener = -1
    for i, c in marks:
        if opener < 0:
            if c == "”":
                continue  # a stray closing mark
            opener = i
        else:
            closes = c in ('"', "”") or (c == "“" and text[opener] == "„")
            if closes:
                spans.append((opener, opener + 1, i, i + 1))
                opener = -1
            else:
                opener = i  # a new opening mark: the earlier one was unbalanced
    if opener >= 0:
        spans.append((opener, opener + 1, end, end))  # runs to the end of the paragraph only
    return spans


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and (text[s].isspace() or text[s] in "‘'"):
        s += 1
    while e > s and (text[e - 1].isspace() or text[e - 1] in ",.;:!?—–-’'"):
        e -= 1
    return s, e


def _key(name: str) -> str:
    last = name.rsplit(None, 1)[-1]
    if last.endswith("'s"):
        last = last[:-2]
    if last.endswith("’s"):
        last = last[:-2]
    return last.lower()


def _sentence_start(text: str, lo: int, hi: int, sent_end=_SENT_END) -> int:
    """Start of the sentence containing `hi`, not before `lo` (outside-quote text only): the
    end of the last `sent_end` match in text[lo:hi + 1] (its lookahead sees the mark at hi).
    A match holds no stop but its first character, so matches never overlap, and the last
    one starts at the rightmost stop where the pattern matches: stops are tried from the
    right (one anchored match each; "U.S." or "2.5" fails it) instead of scanning the whole
    window forwards. A fifth of the instructions (~0.03 M per article)."""
    endpos = hi + 1 if hi < len(text) else len(text)
    p = endpos
    while True:
        # the rightmost stop (conditional expressions, not max(): a third of the cost)
        a, b, p = text.rfind(".", lo, p), text.rfind("!", lo, p), text.rfind("?", lo, p)
        a = a if a > b else b
        p = p if p > a else a
        if p < 0:
            return lo
        m = sent_end.match(text, p, endpos)
        if m:
            return m.end()


def _block_quotes(text, block, bi, spans, any_name=_ANY_NAME, sent_end=_SENT_END,
                  plain=False) -> list[Quote]:
    """The block's quotations, with their speakers left to `_Speakers` (see Quote)."""
    groups = _merge_split(text, spans, plain)
    speakers = _Speakers(text, block, groups, any_name, sent_end, plain)
    quotes: list[Quote] = []
    for gi, group in enumerate(groups):
        parts, words, gaps, word_parts, punctuated = _quote_words(text, group)
        if not parts or len(words) <= 3:
            continue  # a scare quote or an empty one: no speaker to look for
        if _title(text, parts, len(words), punctuated):
            # mostly capitalised words, no punctuation: a title or a name (its attribution
            # still carries to the next quotation)
            speakers.order.append((gi, None))
            continue
        q = Quote(parts[0][0], parts[-1][1], tuple(parts), tuple(words), frozenset(gaps),
                  tuple(word_parts), LAZY, LAZY, LAZY, bi, LAZY, speakers)
        speakers.order.append((gi, q.start))
        quotes.append(q)
    return quotes


def _merge_split(text: str, spans, plain: bool) -> list[list[tuple[int, int, int, int]]]:
    """The block's quote spans grouped into quotations: “A,” she said, “b.” -> one quote
    with two parts."""
    groups: list[list[tuple[int, int, int, int]]] = []
    for sp in spans:
        if groups:
            prev = groups[-1][-1]
            between = text[prev[3]:sp[0]]
            if len(between) <= 80 and (
                text[prev[1]:prev[2]].rstrip().endswith(",")
                or between.lstrip().startswith(",")
            ) and _has_say(between, plain) and not _STOP_RE.search(between):
                groups[-1].append(sp)
                continue
        groups.append([sp])
    return groups


def _quote_words(text: str, group):
    """(parts, words, gaps, word_parts) of one quotation (see Quote), and whether a part
    holds punctuation (. , ! or ?, see `_title`): four `in` tests, in C, where searching
    the part with a pattern `[.,!?]` costs five times as much."""
    parts = []
    words: list[str] = []
    gaps: set[int] = set()
    word_parts: list[int] = []
    punctuated = False
    for sp in group:
        s, e = _trim(text, sp[1], sp[2])
        if s >= e:
            continue
        parts.append((s, e))
        raw = text[s:e]
        punctuated = punctuated or "," in raw or "." in raw or "!" in raw or "?" in raw
        chunk = raw.lower()
        find_words = _ascii_words if chunk.isascii() else _WORD.findall
        if "." in chunk or "…" in chunk or "[" in chunk:
            pos = 0
            for g in _GAP.finditer(chunk):
                words.extend(find_words(chunk[pos:g.start()]))
                gaps.add(len(words))
                pos = g.end()
            words.extend(find_words(chunk[pos:]))
        else:
            words.extend(find_words(chunk))
        word_parts.extend([len(parts) - 1] * (len(words) - len(word_parts)))
    return parts, words, gaps, word_parts, punctuated


class _Speakers:
    """The speakers of one paragraph's quotations, attributed when one is first read (see
    Quote). A quotation's speaker may carry from the one before it, so they are attributed
    in order, all at once. `order`: (index into `groups`, the quotation's start or None for
    a title) of each quotation attributed, in text order (scare quotes are not); `found`:
    each quotation's speaker fields by its start, once attributed."""

    __slots__ = ("text", "block", "groups", "any_name", "sent_end", "plain", "order", "found")

    def __init__(self, text, block, groups, any_name, sent_end, plain) -> None:
        self.text, self.block, self.groups = text, block, groups
        self.any_name, self.sent_end, self.plain = any_name, sent_end, plain
        self.order: list[tuple[int, int | None]] = []
        self.found: dict[int, tuple[str, str, str, bool]] | None = None

    def said(self, start: int) -> tuple[str, str, str, bool]:
        """The speaker fields (speaker, speaker_name, how, pull) of the quotation at start."""
        if self.found is None:
            self.found = self._attribute()
        return self.found[start]

    def _attribute(self) -> dict[int, tuple[str, str, str, bool]]:
        """The speaker fields of every quotation of the paragraph, by its start."""
        found = {}
        text, block, groups = self.text, self.block, self.groups
        any_name, sent_end, plain = self.any_name, self.sent_end, self.plain
        last_speaker = ""
        prev_end = block.start
        for gi, start in self.order:
            group = groups[gi]
            open_mark = group[0][0]
            close_end = group[-1][3]
            next_open = groups[gi + 1][0][0] if gi + 1 < len(groups) else block.end
            # Attribution: between the split parts, after the quote, before it.
            middle = " ".join(text[a[3]:b[0]] for a, b in zip(group, group[1:])) \
                if len(group) > 1 else ""
            after = text[close_end:_first_stop(text, close_end, next_open, sent_end)]
            if text[group[-1][1]:group[-1][2]].rstrip()[-1:] in (".", "!", "?") and \
                    after.lstrip()[:1].isupper():
                after = _dash_only(after)  # the quotation ended its sentence: what follows is new
            # (window bounds by conditional expressions: max() costs three times as much)
            lo = open_mark - 300 if open_mark - 300 > prev_end else prev_end
            before_lo = _sentence_start(text, lo, open_mark, sent_end)
            before = text[before_lo:open_mark]
            speaker, how = _attribute(middle, after, before, block, open_mark, text, any_name,
                                      plain)
            if not speaker:
                # A pronoun, or no attribution: the nearest person named before, in this
                # paragraph.
                lo = open_mark - 400 if open_mark - 400 > prev_end else prev_end
                name = _last_name(text, lo, open_mark, any_name)
                if name:
                    last_speaker = name
                if last_speaker:
                    speaker, how = last_speaker, "carry"
            if speaker:
                last_speaker = speaker
            prev_end = close_end
            if start is None:
                continue  # a title
            pull = bool(
                how == "said"
                and _AFTER_DASH.match(after)
                and not text[block.start:open_mark].strip()
            )
            found[start] = (_key(speaker), speaker, how, pull) if speaker else \
                ("", speaker, "", pull)
        return found


def _title(text: str, parts, n_words: int, punctuated: bool) -> bool:
    """Whether the quotation is a title or a name, no quotation: no punctuation, and seven
    in ten of its `n_words` (four or more) capitalised. A quotation of one part with no
    capital letter but its first has one capitalised word at most, too few: `str.islower`
    says so in C and spares counting the words (two quotations in three of those that hold
    no punctuation, BBC articles 300-600)."""
    if punctuated:
        return False
    if len(parts) == 1 and text[parts[0][0] + 1:parts[0][1]].islower():
        return False
    return _capitalised(text, parts) >= 0.7 * n_words


def _capitalised(text: str, parts) -> int:
    """How many words of the quotation open with a capital letter."""
    n = 0
    for s, e in parts:
        chunk = text[s:e]
        if chunk.isascii():
            n += len(_CAP_WORD_ASCII.findall(chunk))
        else:
            n += sum([1 for w in _WORD.findall(chunk) if w[0].isupper()])
    return n


def _dash_only(after: str) -> str:
    return after if _AFTER_DASH.match(after) else ""


def _first_stop(text: str, lo: int, hi: int, sent_end=_SENT_END) -> int:
    """The end of the first sentence in text[lo:hi] (after its stop), or hi."""
    m = sent_end.search(text, lo, hi)
    return m.start() + 1 if m else hi


def _is_name(s: str) -> bool:
    return _key(s) not in _NOT_NAMES and s.split()[0].lower() not in {
        "the", "a", "an", "but", "and", "it", "this", "that", "in", "on", "at", "for", "if",
        "when", "while", "after", "before", "as", "he", "she", "they", "we", "i",
    }


def _name_in(m) -> str:
    name = m.group(1)
    toks = name.split()
    # Drop a leading sentence word glued onto the name run ("Then Brandauer said").
    while toks and toks[0].lower() in _NOT_NAMES:
        toks = toks[1:]
    return " ".join(toks) if toks and toks[-1].lower() not in _NOT_NAMES else ""


def _has_say(s: str, plain: bool = False) -> bool:
    """A verb of saying as a whole word in s (as `\\b(?:said|says|...)\\b`). The patterns
    that need one have it after a space and before a word boundary: a whole word, so a text
    without one cannot match them (and this costs a third of searching the 80 verbs)."""
    word_run = _WORD_RUN_ASCII if plain or s.isascii() else _WORD_RUN
    return not _SAY_WORDS.isdisjoint(word_run.findall(s))


def _after_pronoun(frame: str, plain: bool = False) -> bool:
    """frame opens with "he said", "she also added", ... (a pronoun, then a verb of saying)."""
    m = _AFTER_PRONOUN.match(frame)
    if m is None:
        return False
    word_run = _WORD_RUN_ASCII if plain or frame.isascii() else _WORD_RUN
    w = word_run.match(frame, m.end())
    if w is not None and w.group() in _SAY_WORDS:
        return True
    f = _AFTER_PRONOUN_FILLER.match(frame, m.end())
    w = f and word_run.match(frame, f.end())
    return w is not None and w.group() in _SAY_WORDS


def _after_said_name(frame: str, plain: bool = False):
    """frame opens with a verb of saying and a name after it ("said Mayor Ilse Brandauer");
    the match's group 1 is the name."""
    ascii = plain or frame.isascii()
    m = (_SAID_AT_ASCII if ascii else _SAID_AT).match(frame)
    if m is None or m.group(1) not in _SAY_WORDS:
        return None
    return _said_name_rest(ascii).match(frame, m.end())


def _before_pronoun(before: str, plain: bool = False) -> bool:
    """A pronoun and a verb of saying ("she also said") in the last clause of `before`: at
    most 80 characters and no sentence stop or quote mark between the verb and the end."""
    ascii = plain or before.isascii()
    word_run = _WORD_RUN_ASCII if ascii else _WORD_RUN
    for m in (_BEFORE_PRONOUN_ASCII if ascii else _BEFORE_PRONOUN).finditer(before):
        starts = [m.end()]
        f = _PRONOUN_FILLER.match(before, m.end())
        if f:
            starts.append(f.end())
        for p in starts:
            w = word_run.match(before, p)
            if w and w.group() in _SAY_WORDS and _BEFORE_TAIL.match(before, w.end()):
                return True
    return False


def _attribute(middle: str, after: str, before: str, block, open_mark: int, text: str,
               any_name=_ANY_NAME, plain: bool = False):
    """(speaker name or "", how) for one quotation."""
    for frame in (middle, after):
        if not frame:
            continue
        m = _according(frame, plain)
        if m and (name := _name_in(m)):
            return name, "said"
    if middle:
        m = _after_name_said(middle, plain) or _after_said_name(middle, plain)
        if m and (name := _name_in(m)):
            return name, "said"
        if _after_pronoun(middle, plain):
            return "", "carry"
    # No reader below finds anything in an empty frame, and one quotation in four has no
    # text after it in its sentence, three in four none before it: each skipped frame
    # saves four or five pattern calls.
    if after:
        m = _AFTER_DASH.match(after)
        if m:
            names = [n for n in any_name.finditer(m.group(1)) if _is_name(n.group())]
            if names:
                return names[-1].group(), "said"
        m = _after_said_name(after, plain) or _after_name_said(after, plain)
        if m and (name := _name_in(m)):
            return name, "said"
        if _after_pronoun(after, plain):
            return "", "carry"
    if not before:
        return "", ""
    m = _before_name_said(before, plain)
    if m and (name := _name_in(m)):
        return name, "said"
    m = _according(before, plain)
    if m and (name := _name_in(m)):
        return name, "said"
    if _before_pronoun(before, plain):
        return "", "carry"
    name = _last_name(text, open_mark - len(before), open_mark, any_name)
    return (name, "near") if name else ("", "")


def _last_name(text: str, lo: int, hi: int, any_name=_ANY_NAME) -> str:
    """The last name run in text[lo:hi], without a possessive 's ("Adler's words").
    A lone capitalised word that opens a sentence
    ("Fans of both clubs ...") is a name only if the article also capitalises it
    mid-sentence ("... union leader Jonas Albrecht ...")."""
    if lo >= hi:
        return ""  # the quotation opens its paragraph (or follows the last one at once)
    for n in reversed(list(any_name.finditer(text, lo, hi))):
        name = n.group()
        if not _is_name(name):
            continue
        if name.endswith(("'s", "’s")):
            name = name[:-2]  # "Adler's words at the scene — “...”": the person is Adler
        if " " not in name:
            before = text[max(lo, n.start() - 3):n.start()].rstrip()
            at_start = n.start() == lo or not before or before[-1] in ".!?\"”“"
            if at_start and not _capitalised_mid_sentence(text, name):
                continue
        return name
    return ""


def _capitalised_mid_sentence(text: str, word: str) -> bool:
    i = text.find(" " + word)
    while i > 0:
        c = text[i - 1]
        end = i + 1 + len(word)
        if (c.isalpha() or c == ",") and not text[end:end + 1].isalpha():
            return True
        i = text.find(" " + word, i + 1)
    return False
