"""The markup readers on real articles: same findings as plain text, spans back in the source.

    python bench/inputs.py [--corpus ../shared/corpus/bbc.jsonl] [--limit N] [--show N]

Wraps every corpus article as HTML (each line a `<p>`, text escaped) and as Markdown (each
line a paragraph, markup characters backslash-escaped), checks both with the readers of
`checker.inputs`, and compares with the plain-text check: the findings (rule and span texts)
should be the same, and every span mapped back must be exactly the escaped source of its
text. Prints the differences and the articles/second of each reader (reader + rules).
Exit status is always 0: this prints figures, it asserts nothing.
"""

from __future__ import annotations

import argparse
import html
import json
import os
import re
import sys
import time

sys.path.insert(0, os.path.join(os.path.dirname(__file__), ".."))

from checker.engine import check_text  # noqa: E402
from checker.inputs import check_source  # noqa: E402

DEFAULT = os.path.join(os.path.dirname(__file__), "..", "..", "shared", "corpus", "bbc.jsonl")
_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>#|!&~-])")


def as_html(text: str) -> str:
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    return "<!DOCTYPE html>\n<body>\n" + "\n".join(
        f"<p>{html.escape(ln, quote=False)}</p>" for ln in lines) + "\n</body>\n"


def as_markdown(text: str) -> str:
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    return "\n\n".join(_MD_SPECIAL.sub(r"\\\1", ln) for ln in lines) + "\n"


def key(doc, findings):
    return sorted((f.rule, tuple(doc.text[s.start:s.end] for s in f.spans)) for f in findings)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", default=DEFAULT)
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--show", type=int, default=10)
    args = ap.parse_args()
    with open(args.corpus, encoding="utf-8") as fh:
        articles = [json.loads(line) for line in fh]
    if args.limit:
        articles = articles[: args.limit]
    for name, wrap, ext in (("html", as_html, ".html"), ("markdown", as_markdown, ".md")):
        differ, bad_spans, shown = 0, 0, 0
        sources = [wrap(a["text"]) for a in articles]
        t0 = time.perf_counter()
        checked = [check_source(a["id"] + ext, src) for a, src in zip(articles, sources)]
        dt = time.perf_counter() - t0
        for a, src, (doc, findings) in zip(articles, sources, checked):
            pdoc, pfind = check_text(a["text"], a["id"])
            if key(doc, findings) != key(pdoc, pfind):
                differ += 1
                if shown < args.show:
                    shown += 1
                    print(f"  {name} {a['id']}: plain {key(pdoc, pfind)}\n"
                          f"  {' ' * len(name)} {' ' * len(a['id'])}  {name} {key(doc, findings)}")
            for f in findings:
                for s in f.spans:
                    start, end = doc.to_source(s.start, s.end)
                    text = doc.text[s.start:s.end]
                    want = html.escape(text, quote=False) if name == "html" else \
                        _MD_SPECIAL.sub(r"\\\1", text)
                    if src[start:end] != want:
                        bad_spans += 1
        n = len(articles)
        print(f"{name}: articles: {n}  articles/s: {n / dt:.0f}  findings differ from plain "
              f"text: {differ}  spans not mapped to their exact source: {bad_spans}")


if __name__ == "__main__":
    main()
