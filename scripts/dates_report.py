"""Date extraction and DATE rules over a folder of postings: how well dates are read, what fires.

    python scripts/dates_report.py /work/shared/corpus [--show DATE003,DATE004] [--today 2026-11-25]

Prints, for LA-City-style bulletins (files with an "Open Date:" line or an "APPLICATION DEADLINE"
heading), the share whose open date and deadline the extractor read (a deadline counts as read
when a closing date or an "ongoing" statement was found in that section); the number of weekdays
written next to a date (found by a plain pattern here) and how many of them the extractor checked;
then DATE findings per rule per sub-folder. ``--show`` prints every finding of the given codes.
"""

from __future__ import annotations

import argparse
import collections
import datetime as dt
import re
import sys
from pathlib import Path

from postlint.engine import Engine
from postlint.engine.config import Config, Settings

_OPEN = re.compile(r"^\s*Open Date:", re.M)
_DEADLINE_HEADING = re.compile(r"^\s*APPLICATION DEADLINE\s*$", re.M)
_NEXT_HEADING = re.compile(r"^\s*[A-Z][A-Z &/-]{6,}\s*$", re.M)
# Independent of the extractor: a weekday name right before a month-name or numeric date.
_WEEKDAY_DATE = re.compile(
    r"\b(?:MONDAY|TUESDAY|WEDNESDAY|THURSDAY|FRIDAY|SATURDAY|SUNDAY|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    r",?\s+(?:[A-Z][A-Za-z]{2,8}\.?\s+\d{1,2}|\d{1,2}/\d{1,2}/\d{2,4})"
)
POSTING_SUFFIXES = {".txt", ".md", ".markdown"}


def line_of(text: str, offset: int) -> int:
    return text.count("\n", 0, offset) + 1


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("folder", type=Path)
    parser.add_argument("--show", default="", help="Comma-separated codes whose findings to print")
    parser.add_argument("--today", type=dt.date.fromisoformat, default=None)
    args = parser.parse_args()
    show = {c.strip().upper() for c in args.show.split(",") if c.strip()}

    engine = Engine(Config(settings=Settings(select=["DATE"], today=args.today)))
    files = sorted(p for p in args.folder.rglob("*") if p.is_file() and p.suffix.lower() in POSTING_SUFFIXES and p.name != "README.md")
    per_folder: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    postings_per_folder: collections.Counter = collections.Counter()
    open_total = open_read = deadline_total = deadline_read = 0
    weekday_total = weekday_checked = 0
    missed: list[str] = []
    shown: list[str] = []
    for path in files:
        result = engine.check_path(path)
        folder = str(path.parent.relative_to(args.folder)) if path.parent != args.folder else "."
        postings_per_folder[folder] += len(result.postings)
        for f in result.findings:
            per_folder[folder][f.code] += 1
            if f.code in show:
                shown.append(f"{path}:{f.span.line}:{f.span.column}: {f.code} {f.message}")
        text = path.read_text("utf-8", errors="replace").replace("\r\n", "\n")
        mentions = [m for p in result.postings for m in p.facts.dates.mentions]
        ongoing = [o for p in result.postings for o in p.facts.dates.ongoing]
        for match in _OPEN.finditer(text):
            open_total += 1
            line = line_of(text, match.start())
            if any(m.role == "posted" and m.value and m.span.line == line for m in mentions):
                open_read += 1
            else:
                missed.append(f"{path}:{line}: open date not read")
        for match in _DEADLINE_HEADING.finditer(text):
            deadline_total += 1
            first = line_of(text, match.end()) + 1
            following = _NEXT_HEADING.search(text, match.end() + 1)
            last = line_of(text, following.start()) - 1 if following else text.count("\n") + 1
            closing = any(m.role == "closing" and m.value and first <= m.span.line <= last for m in mentions)
            said_ongoing = any(first <= o.span.line <= last for o in ongoing)
            if closing or said_ongoing:
                deadline_read += 1
            else:
                missed.append(f"{path}:{first}: deadline not read")
        for match in _WEEKDAY_DATE.finditer(text):
            weekday_total += 1
            line = line_of(text, match.start())
            column = match.start() - (text.rfind("\n", 0, match.start()) + 1) + 1
            if any(m.weekday_span and m.weekday_matches is not None and (m.weekday_span.line, m.weekday_span.column) == (line, column)
                   for m in mentions):
                weekday_checked += 1
            else:
                missed.append(f"{path}:{line}: weekday not checked: {match.group(0)!r}")

    def rate(part: int, whole: int) -> str:
        return f"{part}/{whole} ({100 * part / whole:.1f}%)" if whole else "0/0"

    print(f"files: {len(files)}, postings: {sum(postings_per_folder.values())}")
    print(f"'Open Date' read:            {rate(open_read, open_total)}")
    print(f"'APPLICATION DEADLINE' read: {rate(deadline_read, deadline_total)}  (closing date or ongoing statement)")
    print(f"weekdays next to a date checked: {rate(weekday_checked, weekday_total)}")
    print("\nDATE findings per rule per folder (postings):")
    codes = sorted({c for counter in per_folder.values() for c in counter})
    for folder in sorted(postings_per_folder):
        counts = ", ".join(f"{c} {per_folder[folder][c]}" for c in codes if per_folder[folder][c]) or "none"
        print(f"  {folder} ({postings_per_folder[folder]}): {counts}")
    if missed:
        print(f"\nnot read ({len(missed)}, first 30):")
        for line in missed[:30]:
            print("  " + line)
    if shown:
        print(f"\nfindings of {', '.join(sorted(show))} ({len(shown)}):")
        for line in shown:
            print("  " + line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
