"""Pay extraction and PAY findings over a folder of postings (precision checks on a corpus).

    python scripts/pay_report.py FOLDER [--show CODE] [--sample N] [--today YYYY-MM-DD]

Prints, per sub-folder (or the folder itself): how many postings, how many have a base pay figure,
PAY findings per rule, and for bulletins with an "ANNUAL SALARY" heading (LA City style) the rate
whose salary is read as yearly USD ranges. ``--show CODE`` prints a random sample of that rule's
findings with their source line, to read for precision.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
from collections import Counter, defaultdict
from pathlib import Path

from postlint.engine import Engine
from postlint.engine.config import Config, Settings

SUFFIXES = {".txt", ".md", ".markdown", ".html", ".htm", ".jsonl"}


def annual_salary_ok(posting) -> bool | None:
    """None when the posting has no ANNUAL SALARY heading; else whether its figures read right."""
    sections = [s for s in posting.sections if s.heading and "annual salary" in s.heading.lower()]
    if not sections:
        return None
    # The salary lines: from the heading to the first line that is not about pay figures
    # (a notes paragraph, the next heading). Hourly rates stated further down are not the salary.
    lines = set()
    for section in sections:
        line = section.span.line + 1
        while line <= posting.span.end_line and line - section.span.line < 8:
            text = posting.line_text(line).strip()
            if text and "$" not in text:
                break
            lines.add(line)
            line += 1
    pay = [p for p in posting.facts.pay if p.span.line in lines and p.kind == "base" and p.period != "hour"]
    return bool(pay) and all(p.currency == "USD" and p.period == "year" and p.minimum <= p.maximum for p in pay)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--show", help="print a sample of this rule's findings")
    parser.add_argument("--sample", type=int, default=30)
    parser.add_argument("--today", type=dt.date.fromisoformat)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--split", choices=["auto", "none"], default="auto", help="how to split files into postings")
    args = parser.parse_args(argv)
    settings = Settings(select=["PAY"], today=args.today, split=args.split)
    engine = Engine(Config(settings=settings, root=args.folder.resolve()))
    files = sorted(p for p in args.folder.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES)
    if not files:
        print(f"no postings under {args.folder}", file=sys.stderr)
        return 2
    groups: dict[str, dict] = defaultdict(lambda: {"postings": 0, "with_pay": 0, "rules": Counter(), "annual": [0, 0], "bad": []})
    shown = []
    for path in files:
        group = path.parent.relative_to(args.folder).as_posix() if path.parent != args.folder else args.folder.name
        result = engine.check_path(path)
        g = groups[group]
        for posting in result.postings:
            g["postings"] += 1
            g["with_pay"] += any(p.kind == "base" for p in posting.facts.pay)
            ok = annual_salary_ok(posting)
            if ok is not None:
                g["annual"][1] += 1
                g["annual"][0] += ok
                if not ok:
                    g["bad"].append(path.name)
        for finding in result.findings:
            g["rules"][finding.code] += 1
            if args.show and finding.code == args.show.upper():
                source = result.postings[0].line_text(finding.span.line) if result.postings else ""
                for posting in result.postings:
                    if posting.index == finding.posting_index:
                        source = posting.line_text(finding.span.line)
                shown.append((path.name, finding, source))
    for name, g in sorted(groups.items()):
        print(f"== {name}: {g['postings']} postings, {g['with_pay']} with a base pay figure")
        if g["annual"][1]:
            done, total = g["annual"]
            print(f"   ANNUAL SALARY read as yearly USD ranges: {done}/{total} = {done / total:.1%}")
            if g["bad"]:
                print(f"   not read: {', '.join(g['bad'][:10])}{' ...' if len(g['bad']) > 10 else ''}")
        for code, count in sorted(g["rules"].items()):
            print(f"   {code}: {count}")
    if args.show:
        random.Random(args.seed).shuffle(shown)
        print(f"\n== sample of {args.show.upper()} ({min(args.sample, len(shown))} of {len(shown)})")
        for name, finding, source in shown[: args.sample]:
            s = finding.span
            print(f"{name}:{s.line}:{s.column}: {finding.message}")
            print(f"    | {source.strip()[:200]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
