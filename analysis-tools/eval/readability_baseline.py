#!/usr/bin/python3
"""The readability-lxml baseline of the web evaluation (Debian: apt-get install python3-readability).

usage: readability_baseline.py EVAL_FOLDER OUTPUT_FOLDER [dev|test|all]

For each page of EVAL_FOLDER/index.tsv in the split, runs readability-lxml's Document(html).summary()
on the page as published and writes the text of that summary, one line per block element, to
OUTPUT_FOLDER/CORPUS/ID.txt, where `WebEvaluation score --system readability=OUTPUT_FOLDER` reads it.
"""
import os
import sys
from multiprocessing import Pool

import lxml.html
from readability import Document

BLOCKS = {"p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "br", "tr", "td", "th", "pre",
          "blockquote", "article", "section", "ul", "ol", "dd", "dt", "figcaption", "table"}


def text_lines(html):
    root = lxml.html.fromstring(html)
    parts = []

    def walk(el):
        tag = el.tag if isinstance(el.tag, str) else ""
        if tag in ("script", "style"):
            if el.tail:
                parts.append(el.tail)
            return
        if tag in BLOCKS:
            parts.append("\n")
        if el.text:
            parts.append(el.text)
        for child in el:
            walk(child)
        if tag in BLOCKS:
            parts.append("\n")
        if el.tail:
            parts.append(el.tail)

    walk(root)
    lines = (" ".join(line.split()) for line in "".join(parts).split("\n"))
    return "\n".join(line for line in lines if line)


def one(job):
    html_file, out_file = job
    try:
        with open(html_file, "rb") as f:
            raw = f.read()
        summary = Document(raw).summary(html_partial=True)
        text = text_lines(summary) if summary.strip() else ""
    except Exception as e:  # a page readability cannot read counts as nothing extracted
        print(f"{html_file}: {type(e).__name__}: {e}", file=sys.stderr)
        text = ""
    os.makedirs(os.path.dirname(out_file), exist_ok=True)
    with open(out_file, "w", encoding="utf-8") as f:
        f.write(text)


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    root, out = sys.argv[1], sys.argv[2]
    split = sys.argv[3] if len(sys.argv) > 3 else "all"
    jobs = []
    with open(os.path.join(root, "index.tsv"), encoding="utf-8") as f:
        next(f)
        for line in f:
            corpus, page, _kind, _host, page_split, _lang = line.rstrip("\n").split("\t")
            if split in ("all", page_split):
                jobs.append((os.path.join(root, corpus, page + ".html"),
                             os.path.join(out, corpus, page + ".txt")))
    with Pool() as pool:
        pool.map(one, jobs, chunksize=8)
    print(f"{len(jobs)} pages written to {out}")


if __name__ == "__main__":
    main()
