"""Run the REQ rules over a folder of postings and report what they find.

    python scripts/req_report.py /work/shared/corpus                 # findings per rule per folder
    python scripts/req_report.py FOLDER --sample 30 --rule REQ001    # plus 30 random findings to read
    python scripts/req_report.py FOLDER --today 2026-01-01 --seed 7

Counts are per immediate subfolder of FOLDER (the folder itself when it holds the files). A sample
shows each finding's location, message and the source line it points at, for judging precision.
"""

from __future__ import annotations

import argparse
import random
import sys
from collections import Counter, defaultdict
from pathlib import Path

from postlint.engine import Engine
from postlint.engine.config import Config, validate

SUFFIXES = {".md", ".markdown", ".txt", ".text", ""}


def posting_files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES and p.name.lower() != "readme.md")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("folder", type=Path)
    parser.add_argument("--select", default="REQ", help="codes or prefixes to run (default: REQ, all REQ rules)")
    parser.add_argument("--rule", help="only sample findings of this code")
    parser.add_argument("--sample", type=int, default=0, help="print this many random findings with their text")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--today", help="reference date, YYYY-MM-DD")
    args = parser.parse_args(argv)

    settings = {"select": [s.strip() for s in args.select.split(",") if s.strip()]}
    if args.today:
        settings["today"] = args.today
    engine = Engine(Config(settings=validate(settings, "req_report")))
    counts: dict[str, Counter] = defaultdict(Counter)
    postings: Counter = Counter()
    findings = []
    root = args.folder
    for path in posting_files(root):
        rel = path.relative_to(root)
        group = rel.parts[0] if len(rel.parts) > 1 else root.name
        result = engine.check_path(path)
        postings[group] += len(result.postings)
        for error in result.errors:
            print(f"ERROR {error}", file=sys.stderr)
        for finding in result.findings:
            counts[group][finding.code] += 1
            findings.append((finding, result))

    codes = sorted({c for counter in counts.values() for c in counter})
    width = max([len(g) for g in postings] + [8])
    print(f"{'folder':<{width}} {'postings':>8} " + " ".join(f"{c:>7}" for c in codes))
    for group in sorted(postings):
        print(f"{group:<{width}} {postings[group]:>8} " + " ".join(f"{counts[group][c]:>7}" for c in codes))
    total = Counter()
    for counter in counts.values():
        total.update(counter)
    print(f"{'total':<{width}} {sum(postings.values()):>8} " + " ".join(f"{total[c]:>7}" for c in codes))

    if args.sample:
        pool = [f for f in findings if not args.rule or f[0].code == args.rule.upper()]
        random.Random(args.seed).shuffle(pool)
        print()
        for n, (finding, result) in enumerate(pool[: args.sample], 1):
            posting = next((p for p in result.postings if p.index == finding.posting_index), None)
            line = posting.line_text(finding.span.line) if posting else ""
            s = finding.span
            marked = line[: s.column - 1] + "[[" + line[s.column - 1 : s.end_column - 1] + "]]" + line[s.end_column - 1 :] if s.end_line == s.line else line
            print(f"{n:>3}. {finding.path}:{s.line}:{s.column} {finding.code} {finding.message}")
            print(f"     title: {finding.posting_title}")
            print(f"     | {marked.strip()[:400]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
