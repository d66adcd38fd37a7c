"""Reading inputs: files, directories and stdin, as UTF-8 text exactly as stored.

Problems become `InputError` with one line naming the file; the CLI prints it and exits 2.

"As read" means: the bytes decoded as UTF-8, with a leading byte-order mark dropped and
nothing else changed (CRLF and lone CR newlines are kept). Every offset factcheck reports is
a character (code point) offset into that text, so for a file with a BOM, offset 0 is the
first character after the mark. Lines end at LF, CRLF or a lone CR, as in the Document.
Inputs larger than `max_bytes` (default 20 MB, `--max-bytes`) are refused before reading.
"""

from __future__ import annotations

import os
import re

from checker.record import record

TEXT_EXTENSIONS = (".txt", ".text", ".md", ".markdown", ".html", ".htm", ".json")
DEFAULT_MAX_BYTES = 20 * 1024 * 1024


class InputError(Exception):
    """An input that cannot be checked; str() is the one-line message."""


@record
class Source:
    path: str
    text: str


_UTF16_32_BOMS = ((b"\xff\xfe\x00\x00", "UTF-32"), (b"\x00\x00\xfe\xff", "UTF-32"),
                  (b"\xff\xfe", "UTF-16"), (b"\xfe\xff", "UTF-16"))
_NEWLINE = re.compile(rb"\r\n?|\n")


def show_path(path: str) -> str:
    """A path as one printable line: control characters (a newline in a file name) escaped."""
    if path.isprintable():
        return path
    return "".join(c if c.isprintable() else repr(c)[1:-1] for c in path)


def decode(data: bytes, path: str) -> str:
    """UTF-8 text of `data`, without a leading byte-order mark (see the module docstring)."""
    path = show_path(path)
    for bom, name in _UTF16_32_BOMS:
        if data.startswith(bom):
            raise InputError(f"{path}: {name} text (byte-order mark), not UTF-8; "
                             f"save it as UTF-8")
    if b"\x00" in data[:8192]:
        raise InputError(f"{path}: binary file (contains NUL bytes), not checked")
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]  # a byte-order mark is not part of the text
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        raise InputError(f"{path}: not valid UTF-8: {_where_bad(data, e.start)}") from None
    if not text.strip():  # a truncated download or an unfilled template: say so, do not pass it
        raise InputError(f"{path}: empty file (no text), not checked" if not text
                         else f"{path}: blank file (only white space), not checked")
    return text


def _where_bad(data: bytes, pos: int) -> str:
    """'byte 0xe9 at offset 14 (line 3, column 4)': the column counts characters."""
    line, line_start = 1, 0
    for m in _NEWLINE.finditer(data, 0, pos):
        line, line_start = line + 1, m.end()
    col = len(data[line_start:pos].decode("utf-8", errors="replace")) + 1
    return f"byte 0x{data[pos]:02x} at offset {pos} (line {line}, column {col})"


def read_stdin(stream, max_bytes: int = DEFAULT_MAX_BYTES, name: str = "<stdin>") -> str:
    """Text of a binary stream (sys.stdin.buffer), refused above `max_bytes`."""
    try:
        data = stream.read(max_bytes + 1)
    except OSError as e:
        raise InputError(f"{show_path(name)}: cannot read ({e.strerror or e})") from None
    if len(data) > max_bytes:
        raise InputError(f"{show_path(name)}: input above the limit of {max_bytes:,} bytes "
                         f"(--max-bytes)")
    return decode(data, name)


def read_bytes(path: str, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    shown = show_path(path)
    try:
        size = os.path.getsize(path)
        if size > max_bytes:
            raise InputError(f"{shown}: file is {size:,} bytes, above the limit of "
                             f"{max_bytes:,} (--max-bytes)")
        with open(path, "rb") as fh:
            data = fh.read(max_bytes + 1)
        if len(data) > max_bytes:  # a pipe or device reports no size up front
            raise InputError(f"{shown}: input above the limit of {max_bytes:,} bytes "
                             f"(--max-bytes)")
        return data
    except FileNotFoundError:
        raise InputError(f"{shown}: no such file or directory") from None
    except IsADirectoryError:
        raise InputError(f"{shown}: is a directory") from None
    except PermissionError:
        raise InputError(f"{shown}: permission denied") from None
    except OSError as e:
        raise InputError(f"{shown}: cannot read ({e.strerror or e})") from None
    except ValueError as e:  # "embedded null byte" in the path
        raise InputError(f"{shown}: cannot read ({e})") from None


def read_source(path: str, max_bytes: int = DEFAULT_MAX_BYTES) -> Source:
    return Source(path, decode(read_bytes(path, max_bytes), path))


def expand_paths(paths: list[str]) -> tuple[list[str], list[InputError]]:
    """Files to check: plain files as given, directories walked for article extensions."""
    files: list[str] = []
    errors: list[InputError] = []
    for p in paths:
        if p == "-" or not os.path.isdir(p):
            files.append(p)
            continue
        found = []
        for root, dirs, names in os.walk(p):
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            # Regular files only: a named pipe called "live.txt" in a walked folder would
            # block the run forever (a pipe named on the command line is read: that is asked for).
            found.extend(path for path in (os.path.join(root, n) for n in sorted(names)
                                           if n.lower().endswith(TEXT_EXTENSIONS)
                                           and not n.startswith("."))
                         if os.path.isfile(path))
        if not found:
            errors.append(InputError(f"{show_path(p)}: directory holds no article files "
                                     f"({', '.join(TEXT_EXTENSIONS)})"))
        files.extend(found)
    return files, errors
