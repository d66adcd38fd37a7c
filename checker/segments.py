"""Split a plain-text article into blocks and tell headline, caption, dateline, body, boilerplate.

Scraped news pages put menu words before the headline ("Accessibility links", "Breaking News"),
a photo caption after it (often twice, verbatim), and a publisher bio and layout words after the
body ("16x9 Image", "XS SM MD LG"). The rules here are deliberately plain and local: each line
is judged by its own shape and its place relative to the headline.
"""

from __future__ import annotations

import importlib
import re

import regex

from checker.mentions.lazy import Lazy
from checker.mentions.plain import caseless, caseless_search, holds_any, lower_matches_ignorecase

# checker.document imports this module: its segment kinds and Block are read from it on first
# use (an import statement in `classify_blocks` ran for every document: ~10k instructions).
_document = Lazy(importlib.import_module, "checker.document")

# News text puts one paragraph on one line, and scraped captions repeat on consecutive lines,
# so every non-blank line is its own block.
_LINE = re.compile(r"[^\r\n]+")  # a line without its terminator (LF, CRLF or a lone CR)

_MENU_WORDS = {
    "accessibility links", "breaking news", "skip to content", "skip to main content", "menu",
    "search", "home", "live", "latest", "news", "sections", "subscribe", "sign in", "log in",
    "share", "share this article", "advertisement", "close", "watch", "listen", "more",
    "related", "print", "email", "comments", "top stories", "most read", "trending",
}
_LAYOUT = re.compile(
    r"^(?:[\W_]*\s*)?(?:\d+x\d+ image|image|video|audio|photo|xs|sm|md|lg|xl|"
    r"embed|share|print|comments?|related(?: stories| topics| articles)?|"
    r"follow us.*|more from .*|read more.*|see also.*)\s*$",
    re.IGNORECASE,
)
# The patterns below are written in lower case and compiled by `caseless` twice: with
# re.IGNORECASE for the line, and case-sensitively for the line lowercased (`_search`).
_BOILER, _BOILER_FOLDED = caseless(
    r"all rights reserved|^copyright\b|^\(?c\)\s*\d{4}|©|\bprovides news\b|"
    r"^related:|^read more\b|"
    r"\bthis (?:story|article) (?:has been|was) (?:updated|corrected)\b|"
    r"\bcontributed (?:to )?(?:this )?report(?:ing)?\b|\bmay contain information from\b|"
    r"\bare the work of\b"
)
# A promotion ("Sign up for our newsletter", "Click here to ...", a cookie notice) speaks to
# the reader. Its words also occur in news ("fed claims to his newsletter", "I don't subscribe
# to the views"), so a promotion is a short line that addresses the reader.
_PROMO, _PROMO_FOLDED = caseless(
    r"\bsign up for\b|\bsubscribe to\b|\bnewsletter\b|\bclick here\b|"
    r"\bcookies?\b[^\n]{0,80}\bbrowser\b"
)
_READER, _READER_FOLDED = caseless(r"^(?:sign|subscribe|click|get|join)\b|\b(?:you|your|our|here)\b")
_PROMO_WORDS = 30
# Cheap substring screen before the boilerplate regex (most lines contain none of these).
_BOILER_KEYS = ("rights reserved", "copyright", "(c)", "©", "provides news", "sign up",
                "subscribe", "newsletter", "click here", "related", "read more", "this story",
                "this article", "contributed", "may contain information", "are the work of",
                "cookie")
# Every caption pattern contains one of these (a cheap screen: most lines have none;
# "pictured" holds "picture").
_CAPTION_KEYS = ("file", "photo", "image", "picture", "credit", "caption", "handout")
# (`[a-z]` with re.IGNORECASE is `[A-Za-z]`, as the capitals' `[A-Z]` was.) The lookahead
# holds what every alternative starts with (a word of one of these first letters, or "("):
# a necessary condition, so the matches are the same, and most positions fail it at once
# instead of trying nine alternatives (the folded search on the paragraphs that pass the
# screens: 3x fewer instructions; the word boundary in it, -0.009 M per BBC article).
_CAPTION, _CAPTION_FOLDED = caseless(
    r"(?=\b[fipcaergw]|\()"
    r"(?:^(?:file|in this (?:undated )?(?:photo|image|handout))\b|\bfile photo\b|\(\s*(?:ap |afp |reuters )?"
    r"(?:photo|image|picture|credit)s?\b|\b(?:photo|image|picture) (?:by|credit|courtesy)\b|"
    r"^image caption\b|^caption:|\bpictured\b|\bis seen\b[^\r\n]{0,200}?\bphoto\b|"
    r"\b(?:ap|afp|epa|reuters|getty|wire) (?:photo|images)\b|\bphoto(?:graph)?/[a-z])"
)
_DATELINE = regex.compile(
    r"\p{Lu}[\p{Lu}\p{M} .'’-]{1,40}(?:,\s*[\p{L}. ]{2,30})?(?:,\s*\w{3,5}\.? \d{1,2})?"
    r"\s*(?:\([^)\n]{1,40}\))?(?:\s*[—–]|\s+-{1,2})\s+"
)

# The caption and boilerplate patterns try every alternative at every position of a paragraph
# (IGNORECASE leaves `re` no literal to skip ahead to): ~0.2 ms on a long one, and the key
# screens above let through every paragraph with "profile", "credit card" or "related to".
# Each alternative needs some literal text: an anchored one (^) at the start of the line, the
# others anywhere (all strings of one group). A line that has none of them cannot match.
_BOILER_PREFIXES = ("copyright", "c)", "(c)", "related:", "read more")
_BOILER_NEEDS = (
    ("all rights reserved",), ("©",), ("provides news",), ("sign up for",), ("subscribe to",),
    ("newsletter",), ("click here",), ("this story has been",), ("this story was",),
    ("this article has been",), ("this article was",), ("contributed", "report"),
    ("may contain information from",), ("are the work of",), ("cookie", "browser"),
)
_CAPTION_PREFIXES = ("file", "in this ", "image caption", "caption:")
_CAPTION_NEEDS = (
    ("file photo",), ("(", "photo"), ("(", "image"), ("(", "picture"), ("(", "credit"),
    *((f"{what} {how}",) for what in ("photo", "image", "picture")
      for how in ("by", "credit", "courtesy")),
    ("pictured",), ("is seen", "photo"),
    *((f"{who} {what}",) for who in ("ap", "afp", "epa", "reuters", "getty", "wire")
      for what in ("photo", "images")),
    ("photo/",), ("photograph/",),
)

# Every caption need group holds one of these words, so a line without them need try no
# group (most lines through the key screen have "file" in "profile", or "credit" alone):
# the groups are tried by the anchor word they hold. -0.035 M instructions per BBC article.
_CAPTION_ANCHORS = ("photo", "image", "picture", "credit")
_CAPTION_NEEDS_BY_ANCHOR = {
    anchor: tuple(g for g in _CAPTION_NEEDS
                  if next(a for a in _CAPTION_ANCHORS if any(a in n for n in g)) == anchor)
    for anchor in _CAPTION_ANCHORS
}


def _caption_needs(low: str) -> list[tuple[str, ...]]:
    """The caption need groups that may all be in `low`: those of the anchors it holds."""
    return [g for a in _CAPTION_ANCHORS if a in low for g in _CAPTION_NEEDS_BY_ANCHOR[a]]


def _may_match(line: str, low: str, prefixes, needs) -> bool:
    """False when `line` cannot match the pattern whose literals `prefixes` and `needs` list.
    `low` is the line lowercased, perhaps stripped (no need starts or ends with a space)."""
    if not lower_matches_ignorecase(line):  # IGNORECASE reads "İ", "ı" as i, "ſ" as s
        return True
    return _holds_a_group(low, needs) or line[:20].lower().startswith(prefixes)


def _holds_a_group(low: str, needs) -> bool:
    """`any(all(n in low for n in group) for group in needs)`, as loops: the builtins with
    generators cost ~2k instructions more a call."""
    for group in needs:
        for n in group:
            if n not in low:
                break
        else:
            return True
    return False


def _search(pattern, folded, line: str, low: str) -> bool:
    """Whether `pattern` (compiled with re.IGNORECASE by `caseless`) finds a match in `line`.
    `low` is `line.lower()`; where `lower_matches_ignorecase` holds, decided line by line,
    `folded` (the same pattern, case-sensitive) searches it instead and finds the same. On the
    long paragraphs that pass the screens the folded search is several times cheaper
    (captions and boilerplate: 0.185 -> 0.035 M instructions per BBC article)."""
    return caseless_search(pattern, folded, line,
                           low if lower_matches_ignorecase(line) else None) is not None


def _is_caption(line: str, low: str, keys=_CAPTION_KEYS) -> bool:
    """A caption-shaped line; `low` is `line.lower()`. `keys`: the caption keys to try on the
    line (the others are known to be absent, or unable to let it through: `_text_keys`)."""
    return (
        holds_any(low, keys)
        and _may_match(line, low, _CAPTION_PREFIXES, _caption_needs(low))
        and _search(_CAPTION, _CAPTION_FOLDED, line, low)
    )


def _at_most_words(line: str, n: int) -> bool:
    """len(line.split()) <= n, without splitting a whole long paragraph."""
    return len(line.split(None, n)) <= n


def _is_boilerplate(line: str, before_headline: bool, keys=_BOILER_KEYS,
                    line_low: str | None = None) -> bool:
    """A boilerplate line. `keys`: the boilerplate keys to try on the line (the others are
    known to be absent, or unable to let it through: see `_text_keys`). `line_low`:
    `line.lower()` when the caller has it."""
    if line_low is None:
        line_low = line.lower()
    low = line_low.strip().strip(" •·-–—|")  # as line.strip().lower(): no case in spaces
    if not low:
        return True
    if low in _MENU_WORDS or (len(low) < 60 and _LAYOUT.match(low)):
        return True
    if keys and holds_any(low, keys) and _may_match(line, low, _BOILER_PREFIXES,
                                                          _BOILER_NEEDS):
        if _search(_BOILER, _BOILER_FOLDED, line, line_low):
            return True
        if _search(_PROMO, _PROMO_FOLDED, line, line_low) and \
                _search(_READER, _READER_FOLDED, line, line_low) and \
                _at_most_words(line, _PROMO_WORDS):
            return True
    return before_headline and _at_most_words(line, 3)


def _keys_in(low_text: str, keys: tuple[str, ...]) -> tuple[str, ...]:
    """The screen keys found in the lowercased text."""
    return tuple(k for k in keys if k in low_text)


# Every need group of the two screens holds one of these keys; the other keys ("copyright",
# "related", "file", "caption", ...) can only let a line through `_may_match` by its prefix.
_BOILER_NEED_KEYS = tuple(k for k in _BOILER_KEYS if any(k in n for g in _BOILER_NEEDS for n in g))
_BOILER_OTHER_KEYS = tuple(k for k in _BOILER_KEYS if k not in _BOILER_NEED_KEYS)
_CAPTION_OTHER_KEYS = tuple(k for k in _CAPTION_KEYS if k not in _CAPTION_ANCHORS)
_PREFIXES = _BOILER_PREFIXES + _CAPTION_PREFIXES


def _text_keys(low_text: str, safe: bool, need_keys, other_keys) -> tuple[str, ...]:
    """The keys found in the text (`_keys_in` of them all), or () when the text is case-safe
    (`lower_matches_ignorecase`) and holds none of `need_keys`. A line of such a text can
    hold no need group, so only one that opens with a prefix can pass `_may_match`: the
    classifier gives that line every key, and most texts are searched for 17 keys instead
    of 24 (-0.02 M instructions per BBC article)."""
    found = _keys_in(low_text, need_keys)
    if found or not safe:
        found += _keys_in(low_text, other_keys)
    return found


def _nonblank_lines(text: str) -> tuple[list[tuple[int, int]], list[str]]:
    """The non-blank lines' spans and texts, stripped of surrounding whitespace."""
    lines: list[tuple[int, int]] = []
    line_texts: list[str] = []
    if "\r" in text:
        pieces = [(m.start(), m.group()) for m in _LINE.finditer(text)]
    else:  # str.split is several times cheaper than the pattern's scan of every character
        pieces, pos = [], 0
        for seg in text.split("\n"):
            pieces.append((pos, seg))
            pos += len(seg) + 1
    for pos, seg in pieces:
        stripped = seg.strip()
        if stripped:
            start = pos + len(seg) - len(seg.lstrip())
            lines.append((start, start + len(stripped)))
            line_texts.append(stripped)
    return lines, line_texts


def _lowered_lines(low_text: str, text: str, lines, line_texts) -> list[str]:
    """Each line lowercased: sliced from the text lowercased (`low_text`) when its offsets
    are the text's, instead of lowercasing every line again (-0.04 M instructions per BBC
    article). Lowercasing maps each character on its own except a final Σ, which looks at
    its neighbours across case-ignorable characters; a line is stripped and borders on
    whitespace or the text's ends, which are neither cased nor case-ignorable, so Σ reads
    the same neighbours in the line as in the text."""
    if len(low_text) != len(text):  # "İ" lowercases to two characters
        return [line.lower() for line in line_texts]
    return [low_text[start:end] for start, end in lines]


def _dateline(text: str, start: int, end: int):
    """`_DATELINE.match(text, start, end)`. A dateline's second character is a capital, a
    mark, a space or one of . ' ’ -, so a line whose second character is a lowercase ASCII
    letter (most paragraphs: "The ...") is answered without calling `regex` (~3k
    instructions a call, three an article)."""
    if end - start > 1 and "a" <= text[start + 1] <= "z":
        return None
    return _DATELINE.match(text, start, end)


def classify_blocks(text: str, low_text: str | None = None):
    """Return the text's blocks (one per non-blank line) with their segment kinds.
    `low_text`: `text.lower()` when the caller has it."""
    d = _document
    BODY, BOILERPLATE, CAPTION, DATELINE, HEADLINE, PULLQUOTE, STANDFIRST, Block = (
        d.BODY, d.BOILERPLATE, d.CAPTION, d.DATELINE, d.HEADLINE, d.PULLQUOTE, d.STANDFIRST,
        d.Block)

    lines, line_texts = _nonblank_lines(text)
    # A key found in a line's lowercased text is also found in the whole text lowercased
    # (lowercasing maps each character on its own; only Σ looks at its neighbours, and no key
    # holds σ or ς), so the key screens need try per line only the keys the text has: most
    # articles have none. ~0.1 M instructions per BBC article. (`_text_keys` looks for fewer.)
    if low_text is None:
        low_text = text.lower()
    safe = lower_matches_ignorecase(text)
    boiler_keys = _text_keys(low_text, safe, _BOILER_NEED_KEYS, _BOILER_OTHER_KEYS)
    caption_keys = _text_keys(low_text, safe, _CAPTION_ANCHORS, _CAPTION_OTHER_KEYS)
    line_lows = _lowered_lines(low_text, text, lines, line_texts)

    counters: dict[str, int] = {}

    def block(start: int, end: int, kind: str) -> Block:
        i = counters.get(kind, 0)
        counters[kind] = i + 1
        return Block(start, end, kind, i)

    blocks: list[Block] = []
    seen_headline = False
    seen_body = False
    kinds: list[str] = []
    for line, line_low in zip(line_texts, line_lows):
        b_keys, c_keys = boiler_keys, caption_keys
        if not (b_keys and c_keys) and line_low.startswith(_PREFIXES):
            # Every key for a line that opens with a prefix (see `_text_keys`): trying more
            # keys than the line may hold changes no answer. (`line_low` starts with one where
            # `_may_match`'s `line[:20].lower()` does: the line is case-safe, and no prefix
            # holds a σ.)
            b_keys, c_keys = b_keys or _BOILER_KEYS, c_keys or _CAPTION_KEYS
        if _is_boilerplate(line, not seen_headline, b_keys, line_low):
            kinds.append(BOILERPLATE)
            continue
        if not seen_headline:
            kinds.append(HEADLINE)
            seen_headline = True
            continue
        if c_keys and _is_caption(line, line_low, c_keys):
            kinds.append(CAPTION)
            continue
        if seen_body and _at_most_words(line, 4) and \
                not line.rstrip().endswith((".", "\"", "”", "?", "!")):
            # Short unpunctuated line after the body has begun: byline, section label, layout.
            kinds.append(BOILERPLATE)
            continue
        kinds.append(BODY)
        seen_body = True

    # A line repeated verbatim right after a caption is the same caption.
    for i in range(1, len(lines)):
        if kinds[i] == BODY and kinds[i - 1] == CAPTION:
            if line_texts[i - 1] == line_texts[i]:
                kinds[i] = CAPTION
    # A line that appears twice verbatim before the first body paragraph is a caption.
    first_body = kinds.index(BODY) if BODY in kinds else len(kinds)
    for i in range(1, len(lines)):
        if kinds[i] == BODY and i == first_body and i + 1 < len(lines):
            if line_texts[i] == line_texts[i + 1]:
                kinds[i] = kinds[i + 1] = CAPTION
                first_body = next((j for j, k in enumerate(kinds) if k == BODY), len(kinds))

    # A dateline in the second or third body line means what came before it is not the
    # story's first paragraph but a pull quote or a standfirst: summaries, like a caption.
    body_idx = [i for i, k in enumerate(kinds) if k == BODY][:3]
    for n, i in enumerate(body_idx[1:], 1):
        start, end = lines[i]
        m = _dateline(text, start, end)
        if m and m.end() < end and not _dateline(text, *lines[body_idx[0]]):
            for j in body_idx[:n]:
                quoted = text[lines[j][0]] in "\"“‘'«"
                kinds[j] = PULLQUOTE if quoted else STANDFIRST
            break

    dateline_done = False
    for (start, end), kind in zip(lines, kinds):
        if kind == BODY and not dateline_done:
            dateline_done = True
            m = _dateline(text, start, end)
            if m and m.end() < end:
                blocks.append(block(start, m.end(), DATELINE))
                start = m.end()
        blocks.append(block(start, end, kind))
    return blocks
