"""Findings of the language, readability and structure rules over a folder of postings.

    python scripts/lang_report.py /work/shared/corpus                 # counts per rule per folder
    python scripts/lang_report.py /work/shared/corpus --sample 30 --rule LANG003 --seed 1

Counts are per sub-folder (each sub-folder of the argument is one corpus; files directly in it
count as "."). With --sample N, prints N random findings with the text around each, for reading
and judging precision by hand.
"""

from __future__ import annotations

import argparse
import random
import sys
from collections import Counter, defaultdict
from pathlib import Path

import postlint

FAMILIES = ["LANG", "READ", "STRUCT"]
SUFFIXES = {".txt", ".md", ".markdown", ".html", ".htm"}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("folder", type=Path)
    parser.add_argument("--sample", type=int, default=0, help="print N random findings with their text")
    parser.add_argument("--rule", action="append", default=[], help="only these codes or prefixes (repeatable)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--context", type=int, default=1, help="source lines shown each side of a sampled finding")
    args = parser.parse_args(argv)

    select = args.rule or FAMILIES
    config = {"select": select, "extend-select": ["STRUCT004"] if not args.rule else []}
    counts: dict[str, Counter] = defaultdict(Counter)
    postings: Counter = Counter()
    found = []
    files = sorted(p for p in args.folder.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES and p.name != "README.md")
    for path in files:
        rel = path.relative_to(args.folder)
        folder = rel.parts[0] if len(rel.parts) > 1 else "."
        text = path.read_text("utf-8", errors="replace")
        findings = postlint.check_text(text, config=config, path=str(path))
        postings[folder] += 1
        for f in findings:
            if f.code[:1] == "E" and f.code[1:].isdigit():
                continue
            counts[folder][f.code] += 1
            found.append((f, text))

    codes = sorted({c for counter in counts.values() for c in counter})
    folders = sorted(counts) or sorted(postings)
    width = max([len(f) for f in folders] + [8])
    print(f"{'rule':10} " + " ".join(f"{f:>{width}}" for f in folders) + f" {'total':>7}")
    print(f"{'files':10} " + " ".join(f"{postings[f]:>{width}}" for f in folders) + f" {sum(postings.values()):>7}")
    for code in codes:
        row = [counts[f][code] for f in folders]
        print(f"{code:10} " + " ".join(f"{n:>{width}}" for n in row) + f" {sum(row):>7}")

    if args.sample:
        rng = random.Random(args.seed)
        picked = rng.sample(found, min(args.sample, len(found)))
        for number, (f, text) in enumerate(picked, 1):
            lines = text.splitlines()
            print(f"\n--- {number}. {f.path}:{f.span.line}:{f.span.column} {f.code} {f.message}")
            for n in range(max(1, f.span.line - args.context), min(len(lines), f.span.line + args.context) + 1):
                mark = ">" if n == f.span.line else " "
                print(f"{mark}{n:5} | {lines[n - 1][:300]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
