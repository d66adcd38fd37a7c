"""JSON articles, as a CMS exports them:

    {"headline": "Ferry fire leaves 6 dead",
     "captions": ["Rescuers at the pier on Tuesday. (Wire)"],
     "dateline": "ATHENS (Wire) —",
     "body": ["Seven people died ...", "The ferry ..."]}

`headline` (string) and `body` (a list of paragraph strings, or one string whose paragraphs are
separated by blank lines) are required; `captions` (list of strings) and `dateline` (string)
are optional; other keys are ignored. Spans point at the characters inside the JSON string
literals: an escape (`\\n`, `\\"`, `\\u2019`, a surrogate pair) maps to the whole escape.
Invalid JSON or another shape is an `InputError` naming the file and what is wrong.
"""

from __future__ import annotations

import json

import regex

from checker.document import CAPTION, DATELINE, HEADLINE
from checker.inputs import Parsed
from checker.inputs.offsets import TextBuilder
from checker.read import InputError

_WS = regex.compile(r"[ \t\r\n]*+")
_ESC = regex.compile(r'\\(?:u[0-9a-fA-F]{4}(?:\\u[0-9a-fA-F]{4})?|["\\/bfnrt])')
_BLANK_LINE = regex.compile(r"\n[ \t\r]*\n")
_DECODER = json.JSONDecoder()


class _Str:
    """A JSON string value with the source range of its literal (quotes excluded)."""

    __slots__ = ("value", "start", "end")

    def __init__(self, value: str, start: int, end: int) -> None:
        self.value, self.start, self.end = value, start, end


def _value(src: str, i: int):
    """Parse the JSON value at src[i:] (known valid); strings come back as `_Str`."""
    i = _WS.match(src, i).end()
    c = src[i]
    if c == '"':
        value, end = json.decoder.scanstring(src, i + 1)
        return _Str(value, i + 1, end - 1), end
    if c == "{":
        out = {}
        i = _WS.match(src, i + 1).end()
        if src[i] == "}":
            return out, i + 1
        while True:
            key, i = _value(src, i)
            i = _WS.match(src, i).end() + 1  # ':'
            out[key.value], i = _value(src, i)
            i = _WS.match(src, i).end()
            if src[i] == "}":
                return out, i + 1
            i += 1  # ','
    if c == "[":
        items = []
        i = _WS.match(src, i + 1).end()
        if src[i] == "]":
            return items, i + 1
        while True:
            item, i = _value(src, i)
            items.append(item)
            i = _WS.match(src, i).end()
            if src[i] == "]":
                return items, i + 1
            i += 1
    return _DECODER.raw_decode(src, i)


def _add_literal(b: TextBuilder, src: str, start: int, end: int) -> None:
    """The characters of a string literal's source range, escapes decoded."""
    pos = start
    for m in _ESC.finditer(src, start, end):
        b.add_source(pos, m.start())
        b.add_replacement(m.start(), m.end(), json.loads('"' + m.group() + '"'))
        pos = m.end()
    b.add_source(pos, end)


def _paragraphs(src: str, s: _Str) -> list[tuple[int, int]]:
    """Source ranges of the paragraphs of one body string (split at blank lines)."""
    raw = src[s.start:s.end]
    # Blank lines are written as "\n\n" escapes inside a JSON string.
    parts, pos = [], 0
    for m in regex.finditer(r"(?:\\n[ \t]*+){2,}+|(?:\\r\\n[ \t]*+){2,}+", raw):
        parts.append((s.start + pos, s.start + m.start()))
        pos = m.end()
    parts.append((s.start + pos, s.end))
    return parts


def parse(src: str, path: str = "<text>") -> Parsed:
    try:
        json.loads(src)
    except json.JSONDecodeError as e:
        raise InputError(f"{path}: invalid JSON: {e.msg} (line {e.lineno}, column {e.colno})") \
            from None
    except RecursionError:
        raise InputError(f"{path}: invalid JSON: nested too deeply") from None
    try:
        data, _ = _value(src, 0)
    except RecursionError:
        raise InputError(f"{path}: invalid JSON: nested too deeply") from None
    if not isinstance(data, dict):
        raise InputError(f"{path}: JSON article must be an object with \"headline\" and \"body\"")

    def need(key: str, ok: bool, what: str) -> None:
        if not ok:
            raise InputError(f"{path}: JSON article: \"{key}\" must be {what}")

    headline = data.get("headline")
    need("headline", isinstance(headline, _Str), "a string")
    captions = data.get("captions", [])
    need("captions", isinstance(captions, list) and all(isinstance(c, _Str) for c in captions),
         "a list of strings")
    dateline = data.get("dateline")
    need("dateline", dateline is None or isinstance(dateline, _Str), "a string")
    body = data.get("body")
    need("body", isinstance(body, _Str) or (
        isinstance(body, list) and all(isinstance(p, _Str) for p in body)),
        "a list of paragraph strings or one string")

    b = TextBuilder(src)
    b.begin(HEADLINE)
    _add_literal(b, src, headline.start, headline.end)
    for c in captions:
        b.begin(CAPTION)
        _add_literal(b, src, c.start, c.end)
    if dateline is not None:
        b.begin(DATELINE)
        _add_literal(b, src, dateline.start, dateline.end)
    paragraphs = []
    for p in ([body] if isinstance(body, _Str) else body):
        paragraphs.extend(_paragraphs(src, p))
    for s, e in paragraphs:
        b.begin(None)
        _add_literal(b, src, s, e)
    b.end()
    return Parsed(b.text(), list(b.units), b.map, [], dateline_given=dateline is not None)
