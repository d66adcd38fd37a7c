"""False alarms and speed on real published articles.

    python bench/corpus.py [--corpus ../shared/corpus/bbc.jsonl] [--show N] [--warnings]
                           [--repeat N]

Checks every article of the corpus in one process and prints articles per second (all of the
run, and the steady rate after the first 100 articles) and the articles that got any
error-level finding (published, edited articles: nearly every such finding is a false alarm). `--repeat N` then checks the whole corpus N more times in the same
process and prints each pass's rate and their median: on a shared host one pass can be a
third slower than the next, so a single figure says little. Exit status is always 0: this
prints figures, it asserts nothing.

What the first pass includes: importing the extractors and rules (the engine imports them on
first use) and compiling their patterns. Not included: the engine's own import, and compiling
the modules' source to bytecode, which is done before timing, as `pip install` does for an
installed package (see `_bytecode_as_installed`).
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import statistics
import sys
import time

ROOT = os.path.join(os.path.dirname(__file__), "..")
sys.path.insert(0, ROOT)


def _bytecode_as_installed() -> None:
    """Compile the checker's modules to bytecode (in checker/__pycache__) before anything is
    timed, as `pip install` does for an installed package. Run from a fresh clone with
    PYTHONDONTWRITEBYTECODE set (as in this machine's shell), Python would otherwise compile
    each module from source again in every run, inside the first pass: ~430 million
    instructions over the first 400 articles (cachegrind, fresh clone: 3.21 G against 2.77 G),
    ~4% of a first pass. That setting keeps Python from writing bytecode when it imports; this
    writes it once, on purpose. (`sys.pycache_prefix` would keep the tree clean, but sends
    every other module's bytecode lookup there too, and they would all be compiled.)"""
    compileall.compile_dir(os.path.join(ROOT, "checker"), quiet=1)


_bytecode_as_installed()
from checker.engine import check_text  # noqa: E402

WARM = 100  # articles after which the steady rate is measured too
DEFAULT = os.path.join(os.path.dirname(__file__), "..", "..", "shared", "corpus", "bbc.jsonl")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", default=DEFAULT)
    ap.add_argument("--show", type=int, default=50, help="list at most N flagged articles")
    ap.add_argument("--warnings", action="store_true", help="count warnings as flags too")
    ap.add_argument("--repeat", type=int, default=0, help="time N more passes over the corpus")
    args = ap.parse_args()
    with open(args.corpus, encoding="utf-8") as fh:
        articles = [json.loads(line) for line in fh]
    levels = {"error", "warning"} if args.warnings else {"error"}
    flagged = []
    by_rule: dict[str, int] = {}
    t0 = time.perf_counter()
    t_warm = None
    for i, a in enumerate(articles):
        if i == WARM:
            t_warm = time.perf_counter()
        doc, findings = check_text(a["text"], a["id"])
        hits = [f for f in findings if f.severity in levels]
        if hits:
            flagged.append((a["id"], doc, hits))
        for f in hits:
            by_rule[f.rule] = by_rule.get(f.rule, 0) + 1
    dt = time.perf_counter() - t0
    n = len(articles)
    print(f"articles: {n}  seconds: {dt:.2f}  articles/s: {n / dt:.0f}")
    if t_warm is not None:
        print(f"  after the first {WARM} (imports and first-use pattern compiles done): "
              f"{(n - WARM) / (t0 + dt - t_warm):.0f} articles/s")
    print(f"flagged ({'/'.join(sorted(levels))}): {len(flagged)} "
          f"({100 * len(flagged) / n:.2f}%)  findings by rule: {by_rule}")
    for aid, doc, hits in flagged[: args.show]:
        for f in hits:
            sides = " | ".join(repr(doc.text[s.start:s.end]) for s in f.spans)
            print(f"  {aid}: {f.rule}: {sides}")
    if args.repeat > 0:
        rates = [_pass_rate([a["text"] for a in articles]) for _ in range(args.repeat)]
        print(f"{args.repeat} more passes, articles/s: {' '.join(f'{r:.0f}' for r in rates)}"
              f"  (median {statistics.median(rates):.0f})")


def _pass_rate(texts: list[str]) -> float:
    """Articles per second of one more pass over the corpus (imports and patterns warm)."""
    t0 = time.perf_counter()
    for text in texts:
        check_text(text)
    return len(texts) / (time.perf_counter() - t0)


if __name__ == "__main__":
    main()
