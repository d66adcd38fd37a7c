"""Does checking time grow linearly with article size?

    python bench/scaling.py [--corpus ../shared/corpus/bbc.jsonl] [--repeat 3]
    python bench/scaling.py --hostile [--only NAME] [--size 100000]

Default: builds articles of 100, 200, 400, 800 and 1,000 KB from real BBC paragraphs (read
from the corpus at run time, never copied), checks each in this process (Document, every
extractor and rule, and the JSON report) and prints the seconds for each, the milliseconds
per KB and the ratio of that to the 100 KB article's. Linear time keeps the ratio near 1; an
all-pairs comparison or a backtracking pattern makes it climb with size. Target: 1 MB of
ordinary news text in under 5 s on a 2-core machine.

--hostile: the hostile texts of tests/hostile.py at a size and at 4x that size (or at 1,000
and 4,000 mentions), with the time ratio (about 4 when linear, 16 when quadratic). Ratios on
small, fast cases are noisy; look at the slow ones.

Prints figures and asserts nothing; the exit status is always 0.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
sys.path.insert(0, ROOT)
sys.path.insert(0, os.path.join(ROOT, "tests"))

from checker.engine import check_text  # noqa: E402
from checker.render.json import render  # noqa: E402

DEFAULT = os.path.join(ROOT, "..", "shared", "corpus", "bbc.jsonl")
SIZES_KB = (100, 200, 400, 800, 1000)


def build_article(corpus: str, size_kb: int) -> str:
    """A headline, a wire lede, then real BBC body paragraphs in corpus order up to size."""
    target = size_kb * 1000
    parts = ["Ferry fire in Kessar leaves six dead",
             "KESSAR (Wire) — Six people died when a ferry caught fire on Tuesday."]
    total = sum(len(p) + 2 for p in parts)
    while True:
        with open(corpus, encoding="utf-8") as fh:
            for line in fh:
                paragraphs = json.loads(line)["text"].split("\n\n")[1:]  # drop the title
                for p in paragraphs:
                    p = p.strip()
                    if not p:
                        continue
                    if total + len(p) + 2 > target:
                        return "\n\n".join(parts) + "\n"
                    parts.append(p)
                    total += len(p) + 2


def timed(text: str, repeat: int = 1) -> tuple[float, int]:
    best = float("inf")
    n = 0
    for _ in range(repeat):
        t0 = time.perf_counter()
        doc, findings = check_text(text, "scaling.txt")
        render([(doc, findings)])
        best = min(best, time.perf_counter() - t0)
        n = len(findings)
    return best, n


def scaling(args) -> None:
    if not os.path.exists(args.corpus):
        print(f"corpus not found: {args.corpus}")
        return
    timed("Warm up the imports\n\nKESSAR (Wire) — Six people died on Tuesday.\n")
    print(f"{'size':>8} {'chars':>9} {'seconds':>8} {'ms/KB':>7} {'ratio':>6} {'findings':>8}")
    base = None
    for kb in SIZES_KB:
        text = build_article(args.corpus, kb)
        secs, n = timed(text, args.repeat)
        per_kb = 1000 * secs / (len(text) / 1000)
        base = base or per_kb
        print(f"{kb:>5} KB {len(text):>9,} {secs:>8.2f} {per_kb:>7.2f} {per_kb / base:>6.2f} "
              f"{n:>8}")


def hostile(args) -> None:
    from hostile import BY_COUNT, BY_SIZE

    timed("Warm up the imports\n\nKESSAR (Wire) — Six people died on Tuesday.\n")
    cases = [(name, fn, args.size) for name, fn in BY_SIZE.items()]
    cases += [(name, fn, args.count) for name, fn in BY_COUNT.items()]
    print(f"{'case':<26} {'chars':>10} {'seconds':>8} {'chars 4x':>10} {'seconds':>8} "
          f"{'ratio':>6}")
    for name, fn, n in cases:
        if args.only and args.only not in name:
            continue
        small, big = fn(n), fn(4 * n)
        t1, _ = timed(small, args.repeat)
        t4, _ = timed(big, args.repeat)
        flag = "  <- super-linear?" if t4 > 0.5 and t4 / max(t1, 1e-3) > 8 else ""
        print(f"{name:<26} {len(small):>10,} {t1:>8.2f} {len(big):>10,} {t4:>8.2f} "
              f"{t4 / max(t1, 1e-3):>6.1f}{flag}", flush=True)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", default=DEFAULT)
    ap.add_argument("--repeat", type=int, default=1, help="best of N runs per size")
    ap.add_argument("--hostile", action="store_true", help="time the hostile texts instead")
    ap.add_argument("--only", help="with --hostile: cases whose name contains this")
    ap.add_argument("--size", type=int, default=50_000, help="hostile characters (small run)")
    ap.add_argument("--count", type=int, default=1_000, help="hostile mentions (small run)")
    args = ap.parse_args()
    (hostile if args.hostile else scaling)(args)


if __name__ == "__main__":
    main()
