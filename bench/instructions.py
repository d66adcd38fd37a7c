"""Instructions per article: the speed figure that the host's load does not move.

    python bench/instructions.py [--skip 300] [--count 300] [--corpus ../shared/corpus/bbc.jsonl]

Wall-clock rates on a shared machine vary by a third from one minute to the next, so speed
changes are compared by the instructions the CPU executes, counted by valgrind's cachegrind
(deterministic for a given interpreter and hash seed). Two runs under valgrind check the first
`--skip` articles (imports, first-use pattern compiles, warm caches), then one of them checks
`--count` more; the difference divided by `--count` is the cost of a warm article. With
`--skip 0` it is the cost of the first articles, one-time costs included. Needs valgrind;
prints figures only, exit status 0 (2 if valgrind is missing).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT = os.path.join(HERE, "..", "..", "shared", "corpus", "bbc.jsonl")


def _inner(corpus: str, skip: int, count: int) -> None:
    sys.path.insert(0, os.path.join(HERE, ".."))
    from checker.engine import check_text

    with open(corpus, encoding="utf-8") as fh:
        texts = [json.loads(line)["text"] for line in fh]
    for text in texts[: skip + count]:
        check_text(text)


def _count(corpus: str, skip: int, count: int) -> int:
    cmd = ["valgrind", "--tool=cachegrind", "--cache-sim=no", "--cachegrind-out-file=/dev/null",
           sys.executable, os.path.abspath(__file__), "--inner", "--corpus", corpus,
           "--skip", str(skip), "--count", str(count)]
    env = {**os.environ, "PYTHONHASHSEED": "0"}
    out = subprocess.run(cmd, capture_output=True, text=True, env=env, check=True).stderr
    return int(re.search(r"I\s+refs:\s+([\d,]+)", out).group(1).replace(",", ""))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", default=DEFAULT)
    ap.add_argument("--skip", type=int, default=300, help="articles checked before counting")
    ap.add_argument("--count", type=int, default=300, help="articles counted")
    ap.add_argument("--inner", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.inner:
        _inner(args.corpus, args.skip, args.count)
        return
    if shutil.which("valgrind") is None:
        print("bench/instructions.py: valgrind is not installed", file=sys.stderr)
        sys.exit(2)
    # An unmeasured run first: it writes the bytecode of modules edited since the last run, which
    # the first counted run would otherwise compile (and the second not), skewing the difference.
    subprocess.run([sys.executable, os.path.abspath(__file__), "--inner", "--corpus", args.corpus,
                    "--skip", "1", "--count", "0"], check=True)
    base = _count(args.corpus, args.skip, 0)
    total = _count(args.corpus, args.skip, args.count)
    print(f"{(total - base) / args.count / 1e6:.3f} million instructions per article "
          f"(articles {args.skip}-{args.skip + args.count}, {sys.executable}, "
          f"Python {sys.version.split()[0]})")


if __name__ == "__main__":
    main()
