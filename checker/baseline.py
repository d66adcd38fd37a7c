"""Baselines: accept the findings an archive already has, report only new ones.

    factcheck --write-baseline factcheck-baseline.json articles/
    factcheck --baseline factcheck-baseline.json articles/

A finding's fingerprint is its rule id plus the normalised texts of its spans (Unicode NFKC,
case-folded, curly quotes and dashes made plain, whitespace collapsed), in sorted order. It
holds no offsets or line numbers, so editing elsewhere in the article keeps the baseline
valid; changing either side of the discrepancy (or adding a new one) makes it new again.
Entries are keyed by the article's path relative to the baseline file's directory and
counted, so two identical findings in one article need two entries.
"""

from __future__ import annotations

import hashlib
import json
import os
import unicodedata
from collections import Counter

VERSION = 1

_PLAIN = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"',
                        "\u2013": "-", "\u2014": "-", "\u00a0": " "})


class BaselineError(Exception):
    """A baseline file that cannot be read; str() is the one-line message."""


def normalise(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).translate(_PLAIN).casefold().split())


def fingerprint(doc, finding) -> str:
    texts = sorted(normalise(doc.text[s.start:s.end]) for s in finding.spans)
    key = "\x1f".join([finding.rule, *texts])
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]


def _key_path(path: str, baseline_path: str) -> str:
    if path.startswith("<"):  # <stdin> and other pseudo paths are kept as they are
        return path
    base = os.path.dirname(os.path.abspath(baseline_path))
    return os.path.relpath(os.path.abspath(path), base).replace(os.sep, "/")


def write(baseline_path: str, results) -> int:
    """Record every finding of `results` (list of (Document, findings)); returns the count."""
    entries = []
    for doc, findings in results:
        for f in findings:
            entries.append({
                "path": _key_path(doc.path, baseline_path), "rule": f.rule,
                "fingerprint": fingerprint(doc, f),
                "texts": [doc.text[s.start:s.end] for s in f.spans],  # for people reading it
            })
    entries.sort(key=lambda e: (e["path"], e["rule"], e["fingerprint"]))
    with open(baseline_path, "w", encoding="utf-8") as fh:
        json.dump({"version": VERSION, "tool": "factcheck", "findings": entries}, fh,
                  ensure_ascii=False, indent=2)
        fh.write("\n")
    return len(entries)


class Baseline:
    def __init__(self, baseline_path: str):
        self.path = baseline_path
        try:
            with open(baseline_path, encoding="utf-8") as fh:
                data = json.load(fh)
            entries = data["findings"]
            self.by_path: dict[str, Counter] = {}
            for e in entries:
                self.by_path.setdefault(e["path"], Counter())[e["fingerprint"]] += 1
        except FileNotFoundError:
            raise BaselineError(f"{baseline_path}: baseline file not found") from None
        except (OSError, ValueError, KeyError, TypeError) as e:
            raise BaselineError(f"{baseline_path}: not a factcheck baseline ({e})") from None

    def filter(self, doc, findings: list) -> list:
        """The findings not accounted for by the baseline."""
        left = self.by_path.get(_key_path(doc.path, self.path), Counter()).copy()
        new = []
        for f in findings:
            key = fingerprint(doc, f)
            if left[key] > 0:
                left[key] -= 1
            else:
                new.append(f)
        return new
