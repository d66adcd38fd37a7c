"""Score factcheck on the development set (bench/devset/, format in bench/devset/FORMAT.md).

    python bench/devset.py [-v] [--rule RULE] [--set heldout]

A predicted finding matches a gold finding when the rule is the same and every gold span is
overlapped by one of the finding's spans. Prints per-rule recall and precision (every finding
at warning level or above counts as a prediction), overall figures, and how many clean
articles got any finding. Exit status is always 0: this prints figures.
"""

from __future__ import annotations

import argparse
import glob
import json
import os
import sys
from collections import Counter

sys.path.insert(0, os.path.join(os.path.dirname(__file__), ".."))

from checker.engine import check_text  # noqa: E402

HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "devset")


def gold_spans(text: str, finding: dict) -> list[list[tuple[int, int]]]:
    """For each gold span, the acceptable (start, end) occurrences."""
    out = []
    for s in finding["spans"]:
        occ = []
        i = text.find(s["text"])
        while i >= 0:
            occ.append((i, i + len(s["text"])))
            i = text.find(s["text"], i + 1)
        if "nth" in s:
            occ = [occ[s["nth"] - 1]]
        out.append(occ)
    return out


def matches(pred, gold_occ) -> bool:
    return all(any(a < e2 and s2 < b for (a, b) in occ for s2, e2 in
                   ((s.start, s.end) for s in pred.spans)) for occ in gold_occ)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("-v", "--verbose", action="store_true")
    ap.add_argument("--rule")
    ap.add_argument("--set", default="devset",
                    help="folder under bench/: devset (tuned on) or heldout (never tuned on)")
    args = ap.parse_args()
    tp, fp, fn = Counter(), Counter(), Counter()
    clean_total = clean_flagged = 0
    folder = os.path.join(os.path.dirname(HERE), args.set)
    for gpath in sorted(glob.glob(os.path.join(folder, "*.gold.json"))):
        tpath = gpath.replace(".gold.json", ".txt")
        with open(tpath, encoding="utf-8") as fh:
            text = fh.read()
        with open(gpath, encoding="utf-8") as fh:
            gold = json.load(fh)
        _, findings = check_text(text, tpath)
        preds = [f for f in findings if f.severity in ("error", "warning")]
        if args.rule:
            preds = [f for f in preds if f.rule == args.rule]
            gold["findings"] = [g for g in gold["findings"] if g["rule"] == args.rule]
        name = os.path.basename(tpath)
        if gold.get("clean"):
            clean_total += 1
            clean_flagged += bool(preds)
        used = set()
        for g in gold["findings"]:
            occ = gold_spans(text, g)
            hit = next((i for i, p in enumerate(preds)
                        if i not in used and p.rule == g["rule"] and matches(p, occ)), None)
            if hit is None:
                fn[g["rule"]] += 1
                if args.verbose:
                    print(f"MISS {name}: {g['rule']}: {[s['text'] for s in g['spans']]}")
            else:
                used.add(hit)
                tp[g["rule"]] += 1
        for i, p in enumerate(preds):
            if i not in used:
                fp[p.rule] += 1
                if args.verbose:
                    sides = [text[s.start:s.end] for s in p.spans]
                    print(f"FALSE {name}: {p.rule} ({p.severity}): {sides}")
    rules = sorted(set(tp) | set(fp) | set(fn))
    print(f"{'rule':<24}{'gold':>6}{'found':>7}{'false':>7}{'recall':>8}{'precision':>11}")
    for r in rules:
        g = tp[r] + fn[r]
        rec = tp[r] / g if g else float("nan")
        prec = tp[r] / (tp[r] + fp[r]) if tp[r] + fp[r] else float("nan")
        print(f"{r:<24}{g:>6}{tp[r]:>7}{fp[r]:>7}{rec:>8.2f}{prec:>11.2f}")
    T, F, N = sum(tp.values()), sum(fp.values()), sum(fn.values())
    print(f"{'all':<24}{T + N:>6}{T:>7}{F:>7}{T / max(1, T + N):>8.2f}"
          f"{T / max(1, T + F):>11.2f}")
    print(f"clean articles flagged: {clean_flagged} of {clean_total}")


if __name__ == "__main__":
    main()
