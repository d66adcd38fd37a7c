"""Markdown articles: the text an editor reads, with every character mapped back to the source.

- The first heading (ATX `# ...` or setext, any level) is the headline; later headings are
  subheads (ordinary blocks, usually judged as labels).
- An image's alt text is a caption, and so is the line right after an image line (or, after a
  blank line, a paragraph that is wholly emphasised: `*Rescuers at the pier. (Wire)*`).
- Paragraphs, list items and blockquotes (markers stripped) are blocks; lines of a paragraph
  are joined with a space. Tables and reference definitions are not checked; fenced code and
  YAML front matter are left out.
- Emphasis, strike-through, code and link markers, link targets, inline HTML tags and HTML
  comments are left out; backslash escapes and character references (`&amp;`) are decoded.
- `<!-- factcheck: ... -->` comments are suppression directives (`checker.inputs.directives`).

A hand-written line parser, not a CommonMark library: the article text is all that is needed,
it must map every character back to its source offset (no Markdown library exposes that), and
it stays linear on hostile input (every pattern is bounded and its scans cannot overlap).
"""

from __future__ import annotations

import re  # the stdlib engine: no Unicode classes needed here, and faster per match

from checker.document import BOILERPLATE, CAPTION, HEADLINE
from checker.inputs import Parsed
from checker.inputs.directives import finish, note_comment
from checker.inputs.offsets import ENTITY, TextBuilder, decode_entity

_LINE = re.compile(r"[^\r\n]*+(?:\r\n|\r|\n|$)")
_FENCE = re.compile(r" {0,3}(`{3,}+|~{3,}+)")
_ATX = re.compile(r" {0,3}(#{1,6})(?=[ \t]|$)[ \t]*")
_ATX_CLOSE = re.compile(r"[ \t]+#+[ \t]*$|^#+[ \t]*$")
_SETEXT = re.compile(r" {0,3}(?:=++|-++)[ \t]*$")
_HR = re.compile(r" {0,3}(?:(?:\*[ \t]*+){3,}+|(?:-[ \t]*+){3,}+|(?:_[ \t]*+){3,}+)$")
_LIST = re.compile(r" {0,3}(?:[-+*]|\d{1,9}[.)])(?:[ \t]++|$)")
_QUOTE = re.compile(r" {0,3}>[ ]?")
_REFDEF = re.compile(r" {0,3}\[[^\[\]\n]{1,500}+\]:")
_IMAGE = re.compile(r"!\[([^\[\]\n]{0,500}+)\]\(([^()\n]{0,2000}+)\)")
_IMAGES_ONLY = re.compile(r"[ \t]*(?:!\[[^\[\]\n]{0,500}+\]\([^()\n]{0,2000}+\)[ \t]*+)++$")
# Inline markup. Every bracketed class excludes its own opener, so no two scans overlap.
_INLINE = re.compile(
    r"(?P<esc>\\[!-/:-@\[-`{-~])"
    r"|(?P<com><!--)"
    r"|(?P<img>!\[(?P<alt>[^\[\]\n]{0,500}+)\]\([^()\n]{0,2000}+\))"
    r"|(?P<link>\[(?P<lt>[^\[\]\n]{0,500}+)\](?:\([^()\n]{0,2000}+\)|\[[^\[\]\n]{0,200}+\]))"
    r"|(?P<auto><(?:https?|mailto):[^<>\s]{1,2000}+>)"
    r"|(?P<tag></?[A-Za-z][A-Za-z0-9-]{0,30}+(?:\s[^<>\n]{0,500}+)?/?>)"
    r"|(?P<ent>" + ENTITY.pattern + r")"
    r"|(?P<code>`++)"
    r"|(?P<emph>[*_]++|~~)"
)


class _Reader:
    def __init__(self, src: str) -> None:
        self.src = src
        self.b = TextBuilder(src)
        self.directives: list = []
        self.headline_done = False
        self.para: str | None = None  # kind of the open block: "p", "list", "quote"
        self.after_image = 0  # 1: the previous line was an image line; 2: one blank line since
        self.alts: list[tuple[int, int]] = []  # image alt texts inside the open block
        self._com_end = -1  # cached end of the next "-->" (keeps comment scans linear)

    # -- blocks ----------------------------------------------------------------------
    def close(self) -> None:
        self.b.end()
        self.para = None
        for s, e in self.alts:
            self.b.begin(CAPTION)
            self.inline(s, e)
            self.b.end()
        self.alts = []

    def heading(self, s: int, e: int) -> None:
        self.close()
        self.b.begin(None if self.headline_done else HEADLINE)
        self.headline_done = True
        self.inline(s, e)
        self.close()

    # -- lines -----------------------------------------------------------------------
    def run(self) -> Parsed:
        src = self.src
        lines = [(m.start(), m.start() + len(m.group().rstrip("\r\n")))
                 for m in _LINE.finditer(src) if m.end() > m.start()]
        i = self._front_matter(lines)
        fence: str | None = None
        while i < len(lines):
            s, e = lines[i]
            i += 1
            if fence is not None:
                m = _FENCE.match(src, s, e)
                if m and m.group(1)[0] == fence[0] and len(m.group(1)) >= len(fence) \
                        and not src[m.end():e].strip():
                    fence = None
                continue
            m = _FENCE.match(src, s, e)
            if m:
                self.close()
                fence = m.group(1)
                continue
            stripped = src[s:e].lstrip()
            if stripped.startswith("<!--"):
                c0 = s + (e - s - len(stripped))
                c1 = src.find("-->", c0 + 4)
                c1 = len(src) if c1 < 0 else c1 + 3
                if c1 >= e or not src[c1:e].strip():
                    self.close()
                    note_comment(self.b, self.directives, src[c0 + 4:max(c0 + 4, c1 - 3)],
                                 c0, c1)
                    while i < len(lines) and lines[i][0] < c1:
                        i += 1
                    continue
            self.line(s, e)
        self.close()
        text, units, directives = finish(self.b, self.directives)
        return Parsed(text, units, self.b.map, directives)

    def _front_matter(self, lines) -> int:
        src = self.src
        if not lines or src[lines[0][0]:lines[0][1]].rstrip() != "---":
            return 0
        for j in range(1, len(lines)):
            if src[lines[j][0]:lines[j][1]].rstrip() in ("---", "..."):
                return j + 1
        return 0

    def line(self, s: int, e: int) -> None:
        src = self.src
        text = src[s:e]
        if not text.strip():
            self.close()
            self.after_image = 2 if self.after_image == 1 else 0
            return
        quoted = False
        m = _QUOTE.match(src, s, e)
        while m:
            quoted = True
            s = m.end()
            m = _QUOTE.match(src, s, e)
        if quoted and not src[s:e].strip():
            self.close()
            return
        if _IMAGES_ONLY.match(src, s, e):
            self.close()
            for im in _IMAGE.finditer(src, s, e):
                self.b.begin(CAPTION)
                self.inline(*im.span(1))
                self.b.end()
            self.after_image = 1
            return
        m = _ATX.match(src, s, e)
        if m:
            c = _ATX_CLOSE.search(src, m.end(), e)
            self.heading(m.end(), c.start() if c else e)
            self.after_image = 0
            return
        if _SETEXT.match(src, s, e) and self.para == "p" and not quoted:
            self.b.hint = None if self.headline_done else HEADLINE
            self.headline_done = True
            self.close()
            return
        if _HR.match(src, s, e):
            self.close()
            return
        if text.lstrip().startswith("|"):
            self.close()
            self.b.block(s, e, BOILERPLATE)
            return
        if self.para is None and _REFDEF.match(src, s, e):
            return
        m = _LIST.match(src, s, e)
        if m and self.para == "p" and src[s:m.end()].strip()[:-1].isdigit() \
                and src[s:m.end()].strip()[:-1] != "1":
            m = None  # as in CommonMark, only "1." starts a list inside a paragraph ("in\n2024.")
        kind = "quote" if quoted else "p"
        if m:
            self.close()
            s = m.end()
            kind = "list"
        elif self.para is not None and (self.para == kind or self.para == "list"):
            self.b.space(s - 1, s)  # a soft line break inside a paragraph
            self.inline(s, e)
            return
        else:
            self.close()
        hint = None
        if self.after_image == 1 or (self.after_image == 2 and _wholly_emphasised(src[s:e])):
            hint = CAPTION
        self.after_image = 0
        self.b.begin(hint)
        self.para = kind
        self.inline(s, e)

    # -- inline ----------------------------------------------------------------------
    def inline(self, s: int, e: int) -> None:
        src = self.src
        b = self.b
        pos = s
        for m in _INLINE.finditer(src, s, e):
            if m.start() < pos:
                continue  # inside a comment already consumed
            b.add_source(pos, m.start())
            pos = m.end()
            kind = m.lastgroup
            if kind in ("alt", "lt"):
                kind = "img" if m.group("img") is not None else "link"
            if kind == "esc":
                b.add_source(m.start() + 1, m.end())
            elif kind == "com":
                if self._com_end < m.start():
                    found = src.find("-->", m.start() + 4, e)
                    self._com_end = e + 3 if found < 0 else found
                if self._com_end >= e:
                    b.add_source(m.start(), m.end())  # an unclosed comment is literal text
                    continue
                note_comment(b, self.directives, src[m.end():self._com_end], m.start(),
                             self._com_end + 3)
                b.space(m.start(), self._com_end + 3)
                pos = self._com_end + 3
            elif kind == "img":
                if m.group("alt").strip():
                    self.alts.append(m.span("alt"))
                b.space(m.start(), m.end())
            elif kind == "link":
                self.inline(*m.span("lt"))
            elif kind == "ent":
                b.add_replacement(m.start(), m.end(), decode_entity(m.group()))
            elif kind == "emph":
                before = src[m.start() - 1] if m.start() > s else " "
                after = src[m.end()] if m.end() < e else " "
                literal = (before.isspace() and after.isspace()) if m.group()[0] == "*" else \
                    (before.isalnum() and after.isalnum()) if m.group()[0] == "_" else False
                if literal:
                    b.add_source(m.start(), m.end())
            # auto links, tags and code markers leave no text
        b.add_source(pos, e)


def _wholly_emphasised(text: str) -> bool:
    t = text.strip()
    return len(t) > 2 and t[0] in "*_" and t[-1] == t[0]


def parse(src: str, path: str = "<text>") -> Parsed:
    return _Reader(src).run()
