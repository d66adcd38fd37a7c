"""One article from the command line: how long `factcheck ARTICLE` takes from start to exit.

    python bench/startup.py [--runs 20] [--article examples/ferry-fire.txt] [--instructions]

Runs the `factcheck` command installed beside this Python (the set-up line's `pip install .`
puts it there; else the one on PATH) `--runs` times, one after another, and prints the wall
time of each run as the caller sees it (process start, imports, check, report, exit), its
minimum, median and maximum, and how many runs took longer than the 0.25 s budget. The host's
load moves these by a third; `--instructions` also counts the instructions of one run with
valgrind's cachegrind, which the load does not move. Prints figures only; exit status 0.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
BUDGET = 0.25  # seconds, from the core issue


def _command() -> str:
    beside = os.path.join(os.path.dirname(sys.executable), "factcheck")
    found = beside if os.path.exists(beside) else shutil.which("factcheck")
    if not found:
        sys.exit("bench/startup.py: no factcheck command beside this Python or on PATH "
                 "(pip install . first)")
    return found


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=20)
    ap.add_argument("--article", default=os.path.join(HERE, "..", "examples", "ferry-fire.txt"))
    ap.add_argument("--instructions", action="store_true",
                    help="also count one run's instructions (needs valgrind)")
    args = ap.parse_args()
    cmd = [_command(), args.article]
    times = []
    for _ in range(args.runs):
        t0 = time.perf_counter()
        subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        times.append(time.perf_counter() - t0)
    over = sum(t > BUDGET for t in times)
    print(f"{cmd[0]} {os.path.relpath(args.article)}: {args.runs} runs")
    print("  seconds: " + " ".join(f"{t:.3f}" for t in times))
    print(f"  min {min(times):.3f}  median {statistics.median(times):.3f}  max {max(times):.3f}"
          f"  over {BUDGET} s: {over} of {args.runs}")
    if args.instructions:
        if not shutil.which("valgrind"):
            print("  instructions: valgrind not found")
            return
        p = subprocess.run(["valgrind", "--tool=cachegrind", "--cache-sim=no",
                            "--cachegrind-out-file=/dev/null", *cmd],
                           capture_output=True, text=True)
        m = re.search(r"I\s+refs:\s+([\d,]+)", p.stderr)
        print(f"  instructions of one run: {int(m.group(1).replace(',', '')) / 1e6:.1f} M"
              if m else "  instructions: cachegrind gave no count")


if __name__ == "__main__":
    main()
