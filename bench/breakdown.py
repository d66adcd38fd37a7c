"""Where the time goes: CPU milliseconds per article for the Document, each mention extractor
and each rule, over the BBC corpus in one process.

    python bench/breakdown.py [--corpus ../shared/corpus/bbc.jsonl]

Prints figures only; exit status is always 0.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time

sys.path.insert(0, os.path.join(os.path.dirname(__file__), ".."))

from checker.document import Document  # noqa: E402
from checker.mentions import Mentions  # noqa: E402
from checker.rules import registry  # noqa: E402

DEFAULT = os.path.join(os.path.dirname(__file__), "..", "..", "shared", "corpus", "bbc.jsonl")
EXTRACTORS = ("quantities", "people", "dates", "quotes", "relations", "figures")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", default=DEFAULT)
    args = ap.parse_args()
    with open(args.corpus, encoding="utf-8") as fh:
        texts = [json.loads(line)["text"] for line in fh]
    Mentions(Document(texts[0])).people  # imports and compiled patterns are not measured
    spent: dict[str, float] = {}
    t0 = time.process_time()
    docs = [Document(t) for t in texts]
    spent["document"] = time.process_time() - t0
    mentions = [Mentions(d) for d in docs]
    for name in EXTRACTORS:  # quantities first: the others read it
        t0 = time.process_time()
        for m in mentions:
            getattr(m, name)
        spent[name] = time.process_time() - t0
    for rid, rule in registry().items():
        t0 = time.process_time()
        for d, m in zip(docs, mentions):
            list(rule.check(d, m, {}))
        spent[f"rule {rid}"] = time.process_time() - t0
    n = len(texts)
    print(f"total {sum(spent.values()) * 1000 / n:.2f} ms CPU per article ({n} articles)")
    for k, v in sorted(spent.items(), key=lambda kv: -kv[1]):
        print(f"  {k:28} {v * 1000 / n:.3f} ms")


if __name__ == "__main__":
    main()
