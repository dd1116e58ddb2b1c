"""Render a checklist for every posting under a folder and report what they contain.

    python scripts/checklist_report.py FOLDER [--resume FILE] [--sample N] [--seed S]

Prints per-folder counts (postings, postings with must-have items, with nice-to-have items,
questions asked, render failures) and, with --resume, the fit status distribution plus a random
sample of requirement items with their status, note and evidence to read by hand.
"""

from __future__ import annotations

import argparse
import collections
import random
import sys
import traceback
from pathlib import Path

from postlint.checklist.checklist import build_context, render
from postlint.checklist.resume import Matcher, read_resume
from postlint.engine import Engine
from postlint.ingest.read import iter_posting_files


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("folder", type=Path)
    parser.add_argument("--resume", type=Path)
    parser.add_argument("--sample", type=int, default=30)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    engine = Engine()
    matcher = Matcher(read_resume(args.resume)) if args.resume else None
    per_folder: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    statuses: collections.Counter = collections.Counter()
    fits = []
    for path in iter_posting_files(args.folder):
        folder = path.parent.name
        result = engine.check_path(path)
        for posting in result.postings:
            counts = per_folder[folder]
            counts["postings"] += 1
            try:
                context = build_context(posting, result.findings, matcher)
                render(context)
            except Exception:  # noqa: BLE001 - the report counts failures and shows the first
                counts["render failures"] += 1
                if counts["render failures"] == 1:
                    traceback.print_exc()
                continue
            counts["with must-have"] += bool(context.must_have)
            counts["with nice-to-have"] += bool(context.nice_to_have)
            counts["must-have items"] += len(context.must_have)
            counts["questions"] += len(context.questions)
            for item in context.must_have + context.nice_to_have:
                if item.status:
                    statuses[item.status] += 1
                    fits.append((str(path), item))
    for folder, counts in sorted(per_folder.items()):
        print(f"{folder}: " + ", ".join(f"{k} {v}" for k, v in counts.items()))
    if matcher:
        total = sum(statuses.values())
        print("fit statuses: " + ", ".join(f"{k} {v} ({v / total:.0%})" for k, v in statuses.most_common()))
        random.Random(args.seed).shuffle(fits)
        for path, item in fits[: args.sample]:
            print(f"\n[{item.status}] {item.raw[:160]}\n    {item.fit_note}")
            for quote in item.evidence:
                print(f"    {quote.where} ({quote.shows}): {quote.text[:100]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
