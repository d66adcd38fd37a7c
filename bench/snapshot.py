"""Refactor guard: snapshot everything the pipeline produces, then compare two snapshots.

    python bench/snapshot.py write OUT.pkl      # Document blocks and sentences, every mention
                                                # kind, every finding; for all BBC articles,
                                                # every dev set, the held-out set and the seed
    python bench/snapshot.py compare A.pkl B.pkl

A speed change must leave `compare` saying "identical"; a rule change should differ only in the
texts it meant to change (compare lists them per layer). Snapshots are pickles of plain tuples
and reprs; they are never committed (they hold text derived from ../shared). The script re-runs itself
with PYTHONHASHSEED=0 so that the reprs of sets are the same in every run.
"""

from __future__ import annotations

import glob
import json
import os
import pickle
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, ".."))

from checker.document import Document  # noqa: E402
from checker.engine import check_document  # noqa: E402
from checker.mentions import Mentions  # noqa: E402

SHARED = os.path.join(HERE, "..", "..", "shared")
LAYERS = ("document", "quantities", "people", "quotes", "dates", "figures", "relations",
          "findings")


def texts() -> dict[str, str]:
    out = {}
    with open(os.path.join(SHARED, "corpus", "bbc.jsonl"), encoding="utf-8") as fh:
        for line in fh:
            a = json.loads(line)
            out[a["id"]] = a["text"]
    for path in sorted(glob.glob(os.path.join(HERE, "*", "*.txt"))):
        with open(path, encoding="utf-8") as fh:
            out[os.path.relpath(path, HERE)] = fh.read()
    seed = os.path.join(SHARED, "seed", "voa-baghdad-rockets.txt")
    with open(seed, encoding="utf-8") as fh:
        out["seed"] = fh.read()
    return out


def snapshot(text: str) -> dict[str, object]:
    doc = Document(text)
    m = Mentions(doc)
    snap: dict[str, object] = {
        "document": ([(b.start, b.end, b.kind) for b in doc.blocks],
                     [(s.start, s.end, s.duplicate_of) for s in doc.sentences]),
    }
    for layer in LAYERS[1:-1]:
        snap[layer] = repr(getattr(m, layer))
    findings = check_document(doc)
    snap["findings"] = [(f.rule, f.severity, f.message, [(s.start, s.end) for s in f.spans])
                        for f in findings]
    return snap


def main() -> None:
    if os.environ.get("PYTHONHASHSEED") != "0":  # reprs of sets must not vary between runs
        os.environ["PYTHONHASHSEED"] = "0"
        os.execv(sys.executable, [sys.executable, *sys.argv])
    if len(sys.argv) == 3 and sys.argv[1] == "write":
        out = {k: snapshot(t) for k, t in texts().items()}
        with open(sys.argv[2], "wb") as fh:
            pickle.dump(out, fh)
        print(f"wrote {len(out)} texts to {sys.argv[2]}")
    elif len(sys.argv) == 4 and sys.argv[1] == "compare":
        with open(sys.argv[2], "rb") as fh:
            a = pickle.load(fh)
        with open(sys.argv[3], "rb") as fh:
            b = pickle.load(fh)
        if a.keys() != b.keys():
            print(f"different text sets: {len(a.keys() ^ b.keys())} texts in only one")
        same = True
        for layer in LAYERS:
            diff = [k for k in a if k in b and a[k][layer] != b[k][layer]]
            if diff:
                same = False
                print(f"{layer}: {len(diff)} texts differ: {', '.join(diff[:12])}")
        print("identical" if same and a.keys() == b.keys() else "DIFFERENT")
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main()
