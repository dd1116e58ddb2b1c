"""Check every posting file under a folder and report, per subfolder: files, postings found,
findings per rule, and any internal error (a rule that crashed) or unreadable file.

    python scripts/corpus_report.py ../shared/corpus [--select PAY,REQ] [--today 2026-11-25]

Exit 1 when any file produced an internal error, so the script doubles as a crash check.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections import Counter, defaultdict
from pathlib import Path

from postlint.engine import Engine
from postlint.engine.config import Config, Settings


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--select", default="ALL", help="codes or prefixes, comma-separated (default ALL)")
    parser.add_argument("--today", type=dt.date.fromisoformat, default=None)
    args = parser.parse_args()
    settings = Settings(select=[c.strip() for c in args.select.split(",") if c.strip()], today=args.today)
    engine = Engine(Config(settings=settings))
    files_by_folder: dict[str, int] = Counter()
    postings_by_folder: dict[str, int] = Counter()
    findings: dict[str, Counter] = defaultdict(Counter)
    errors: list[str] = []
    # Every regular file, not only posting suffixes: the point is that nothing crashes postlint.
    for path in sorted(p for p in args.folder.rglob("*") if p.is_file()):
        folder = path.relative_to(args.folder).parts[0] if path.parent != args.folder else "."
        try:
            result = engine.check_path(path)
        except Exception as exc:  # noqa: BLE001 - this script exists to find these
            errors.append(f"{path}: {type(exc).__name__}: {exc}")
            continue
        files_by_folder[folder] += 1
        postings_by_folder[folder] += len(result.postings)
        for finding in result.findings:
            findings[folder][finding.code] += 1
        errors.extend(result.errors)
    codes = sorted({code for counter in findings.values() for code in counter})
    print(f"{'folder':<24} {'files':>6} {'postings':>9}  " + " ".join(f"{c:>9}" for c in codes))
    for folder in sorted(files_by_folder):
        row = " ".join(f"{findings[folder][c]:>9}" for c in codes)
        print(f"{folder:<24} {files_by_folder[folder]:>6} {postings_by_folder[folder]:>9}  {row}")
    print(f"{'total':<24} {sum(files_by_folder.values()):>6} {sum(postings_by_folder.values()):>9}")
    print(f"internal errors: {len(errors)}")
    for error in errors[:20]:
        print("  " + error)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
