"""Reading inputs: files, directories and stdin, as UTF-8 text exactly as stored.

Problems become `InputError` with one line naming the file; the CLI prints it and exits 2.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

TEXT_EXTENSIONS = (".txt", ".text", ".md", ".markdown", ".html", ".htm", ".json")
DEFAULT_MAX_BYTES = 20 * 1024 * 1024


class InputError(Exception):
    """An input that cannot be checked; str() is the one-line message."""


@dataclass
class Source:
    path: str
    text: str


def decode(data: bytes, path: str) -> str:
    if b"\x00" in data[:8192]:
        raise InputError(f"{path}: binary file (contains NUL bytes), not checked")
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]  # a byte-order mark is not part of the text
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as e:
        line = data.count(b"\n", 0, e.start) + 1
        raise InputError(
            f"{path}: not valid UTF-8 (byte 0x{data[e.start]:02x} at offset {e.start}, "
            f"line {line})"
        ) from None


def read_bytes(path: str, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    try:
        size = os.path.getsize(path)
        if size > max_bytes:
            raise InputError(f"{path}: file is {size:,} bytes, above the limit of "
                             f"{max_bytes:,} (--max-bytes)")
        with open(path, "rb") as fh:
            return fh.read(max_bytes + 1)
    except FileNotFoundError:
        raise InputError(f"{path}: no such file or directory") from None
    except IsADirectoryError:
        raise InputError(f"{path}: is a directory") from None
    except PermissionError:
        raise InputError(f"{path}: permission denied") from None
    except OSError as e:
        raise InputError(f"{path}: cannot read ({e.strerror or e})") from None


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
            found.extend(os.path.join(root, n) for n in sorted(names)
                         if n.lower().endswith(TEXT_EXTENSIONS) and not n.startswith("."))
        if not found:
            errors.append(InputError(f"{p}: directory holds no article files "
                                     f"({', '.join(TEXT_EXTENSIONS)})"))
        files.extend(found)
    return files, errors
