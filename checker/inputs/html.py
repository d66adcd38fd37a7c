"""HTML articles: `h1` headline, `figcaption` and `img alt` captions, `p`/`li`/`blockquote`
(and other block elements') text as paragraphs, every character mapped back to the source.

- Skipped with everything inside: `head`, `nav`, `header`, `footer`, `script`, `style`,
  `aside`, `noscript`, `form`, `template`, `svg`, `button`, `select`. A `header` inside
  `article` is the article's own header (headline, standfirst) and is read.
- If the page has an `<article>` element, only its content is read (plus an `h1` outside it,
  if the article has none of its own): the rest of a page is menus, teasers and promotions.
- Tables are kept out of the checked text (boilerplate). `h2`-`h6` are subheads.
- Whitespace is collapsed (`<br>` is a space); character references (`&amp;`, `&#8217;`) are
  decoded and mapped to the whole reference.
- Malformed markup never raises: a stray end tag is ignored (a stray `</p>` still ends the
  paragraph), an end tag closes whatever it encloses, a new `p`/`li` closes an open one, and a
  missing `</head>` ends at `<body>`.
- `<!-- factcheck: ... -->` comments are suppression directives (`checker.inputs.directives`).

A small tokenizer written here, not `html.parser`: the standard library's parser (Python
3.11) takes quadratic time on unclosed constructs (1 MB of `</` or `<!--` ran for minutes),
and it reports positions as line/column that must be turned back into offsets. This one finds
tags, comments and character references with bounded, possessive patterns and cached searches,
so it stays linear, and it knows every token's offset. A maintained tree builder (html5lib,
lxml) would add a dependency and a tree we do not need, and neither reports text offsets.
"""

from __future__ import annotations

import re

from checker.document import BOILERPLATE, CAPTION, HEADLINE
from checker.inputs import Parsed
from checker.inputs.directives import finish, note_comment
from checker.inputs.offsets import TextBuilder, decode_entity

SKIP = frozenset("head nav header footer script style aside noscript form template svg "
                 "button select iframe object title".split())
VOID = frozenset("area base br col embed hr img input link meta param source track wbr".split())
BLOCK = frozenset("address article blockquote dd div dl dt figcaption figure h1 h2 h3 h4 h5 h6 "
                  "li main ol p pre section table tbody td tfoot th thead tr ul hr "
                  "caption details summary center".split())
_DECIDES_KIND = frozenset("h1 figcaption table caption p li blockquote h2 h3 h4 h5 h6 dd dt".split())
_SELF_CLOSING = frozenset("p li dt dd tr td th option".split())  # a new one closes the open one
_ALT = re.compile(r"""\salt\s*=\s*(?:"([^"]*+)"|'([^']*+)'|([^\s"'=<>`]++))""", re.I)
# A start or end tag. Unquoted attribute text cannot hold "<", so a failed attempt stops at
# the next "<" and attempts never rescan each other's text.
_TAG = re.compile(r"""<(/?)([A-Za-z][A-Za-z0-9:-]{0,60}+)((?:[^<>"']++|"[^"]*+"|'[^']*+')*+)>""")
RAW_TEXT = ("script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes")
_RAW_END = {t: re.compile(r"</" + t + r"(?=[\s/>])", re.I) for t in RAW_TEXT}


class _Reader:
    def __init__(self, src: str, only_article: bool) -> None:
        self.src = src
        self.b = TextBuilder(src)
        self.directives: list = []
        self.stack: list[str] = []
        # Per stack level, the innermost tag that decides a block's kind (see hint): kept in
        # step with the stack so that hint() is O(1) at any nesting depth (50,000 nested
        # <div>s must not cost 50,000 squared).
        self.deciders: list[str | None] = []
        self.open: dict[str, int] = {}  # how many of each tag the stack holds
        self.skip = 0  # open skipped elements
        self.article = 0  # open <article> elements
        self.only_article = only_article
        self.h1_outside = 0  # open h1 read outside <article>
        self.headline_done = False
        self.alts: list[tuple[int, int]] = []

    # -- state -----------------------------------------------------------------------
    def reading(self) -> bool:
        if self.skip:
            return False
        return not self.only_article or self.article > 0 or self.h1_outside > 0

    def hint(self) -> str | None:
        tag = self.deciders[-1] if self.deciders else None
        if tag == "h1":
            return None if self.headline_done else HEADLINE
        if tag == "figcaption":
            return CAPTION
        if tag in ("table", "caption"):
            return BOILERPLATE
        return None

    def _skipped(self, tag: str) -> bool:
        return tag in SKIP and not (tag == "header" and self.article)

    def flush(self) -> None:
        b = self.b
        if b.in_block and b.hint == HEADLINE:
            self.headline_done = True
        b.end()
        for s, e in self.alts:
            b.begin(CAPTION)
            b.add_decoded(s, e)
            b.end()
        self.alts = []

    # -- tokens ------------------------------------------------------------------------
    def start_tag(self, tag: str, s: int, e: int) -> None:
        if tag == "br":
            if self.reading():
                self.b.space(s, e)
            return
        if tag == "body" and self.open.get("head"):
            self.end_tag("head")
        if tag in _SELF_CLOSING and self.stack and self.stack[-1] == tag:
            self.end_tag(tag)
        if tag in BLOCK and self.reading():
            self.flush()
        if tag == "img":
            if self.reading():
                self._alt(s, e)
            return
        if tag in VOID:
            return
        self.stack.append(tag)
        self.deciders.append(tag if tag in _DECIDES_KIND else
                             (self.deciders[-1] if self.deciders else None))
        self.open[tag] = self.open.get(tag, 0) + 1
        if self._skipped(tag):
            self.skip += 1
        elif tag == "article":
            self.article += 1
        elif tag == "h1" and self.only_article and not self.article and not self.skip:
            self.h1_outside += 1
        if tag in BLOCK and self.reading():
            self.b.begin(self.hint())

    def end_tag(self, tag: str) -> None:
        if not self.open.get(tag):
            if tag in BLOCK and self.reading():
                self.flush()  # a stray </p> still ends the paragraph
            return
        was_reading = self.reading()
        while self.stack:
            open_tag = self.stack.pop()
            self.deciders.pop()
            self.open[open_tag] -= 1
            if self._skipped(open_tag):
                self.skip -= 1
            elif open_tag == "article":
                self.article -= 1
            elif open_tag == "h1" and self.h1_outside:
                self.h1_outside -= 1
            if open_tag == tag:
                break
        if tag in BLOCK and (was_reading or self.reading()):
            self.flush()
            if self.reading():
                self.b.begin(self.hint())

    def _alt(self, s: int, e: int) -> None:
        m = _ALT.search(self.src, s, e)
        if not m:
            return
        g = next(i for i in (1, 2, 3) if m.group(i) is not None)
        if m.group(g).strip():
            self.alts.append(m.span(g))

    def text(self, s: int, e: int) -> None:
        if s < e and self.reading():
            self.b.add_decoded(s, e)

    def run(self) -> Parsed:
        src = self.src
        n = len(src)
        pos = tstart = 0  # scanning from pos; text not yet added starts at tstart
        next_gt = -1  # cached position of the next ">" (n: none left), keeps "<!" scans linear
        while pos < n:
            lt = src.find("<", pos)
            if lt < 0:
                break
            if src.startswith("<!--", lt):
                self.text(tstart, lt)
                close = src.find("-->", lt + 4)
                end = n if close < 0 else close + 3
                if not self.skip:
                    note_comment(self.b, self.directives, src[lt + 4:max(lt + 4, end - 3)],
                                 lt, end)
                pos = tstart = end
                continue
            m = _TAG.match(src, lt)
            if m:
                self.text(tstart, lt)
                tag = m.group(2).lower()
                pos = tstart = m.end()
                if m.group(1):
                    self.end_tag(tag)
                    continue
                self.start_tag(tag, lt, pos)
                if m.group(3).rstrip().endswith("/") and tag not in VOID:
                    self.end_tag(tag)  # <p/>: XHTML-style empty element
                elif tag in _RAW_END:
                    close = _RAW_END[tag].search(src, pos)
                    pos = tstart = n if close is None else close.start()  # never read
                continue
            if src.startswith(("<!", "<?"), lt):
                if next_gt < lt:
                    next_gt = src.find(">", lt)
                    next_gt = n if next_gt < 0 else next_gt
                if next_gt < n:
                    self.text(tstart, lt)
                    pos = tstart = next_gt + 1  # a doctype or processing instruction
                    continue
            pos = lt + 1  # a "<" that starts nothing is text
        self.text(tstart, n)
        self.flush()
        text, units, directives = finish(self.b, self.directives)
        return Parsed(text, units, self.b.map, directives)


def parse(src: str, path: str = "<text>") -> Parsed:
    only_article = re.search(r"<article[\s>]", src, re.I) is not None
    return _Reader(src, only_article).run()
