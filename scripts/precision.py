"""A precision ledger: draw a seeded, stratified sample of findings per rule to label, then score it.

    python scripts/precision.py FOLDER... [--rules PAY] [--seed 1] [--per-rule 20] --out FILE
        [--labels-from OLD]
    python scripts/precision.py --score FILE [FILE...]

Drawing: every regular file under the folders is checked (as ``scripts/corpus_report.py`` does);
for each selected rule up to ``--per-rule`` findings are drawn, spread evenly over the folders
(each folder's share drawn at random with the seed, one finding per file before a second from the
same file), and written as TOML to ``--out``: one ``[[finding]]`` per draw with the rule, the
file, line and column, the message, and the lines around the span (for a finding anchored at the
posting's start, the posting's lines that speak of money), plus ``label = ""`` and ``note = ""``
to fill in. ``--labels-from`` copies the label and note of a finding already labelled in an older
ledger (same file, rule, line, column and message) so a re-draw after a change is labelled only
where its findings are new.

Labels: ``right`` (a careful recruiter or compliance reviewer would act on it), ``wrong`` (the
finding is false), ``debatable``. Scoring prints per rule: drawn, labelled, right, wrong,
debatable, and precision = right / (right + wrong) (debatable ones left out, as in issue 22's
reading), and the total.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import tomllib
from collections import defaultdict
from pathlib import Path

LABELS = ("right", "wrong", "debatable")
_MONEY_LINE = re.compile(r"[$£€]|\b(?:salary|salaries|pay|wage|wages|compensation|rate|stipend|hourly|annual)\b", re.I)


def collect(folders: list[Path], prefixes: list[str]) -> dict[str, list[dict]]:
    """Every finding of a selected rule, by rule, each with what labelling needs."""
    from postlint.engine import Engine
    from postlint.engine.config import Config, Settings

    engine = Engine(Config(settings=Settings(select=prefixes)))
    found: dict[str, list[dict]] = defaultdict(list)
    for folder in folders:
        for path in sorted(p for p in folder.rglob("*") if p.is_file()):
            try:
                result = engine.check_path(path)
            except Exception as exc:  # noqa: BLE001 - a crash is reported, the draw goes on
                print(f"{path}: {type(exc).__name__}: {exc}", file=sys.stderr)
                continue
            for finding in result.findings:
                if not any(finding.code.startswith(p) for p in prefixes):
                    continue
                posting = next((p for p in result.postings if p.index == finding.posting_index), None)
                found[finding.code].append(
                    {
                        "rule": finding.code,
                        "folder": folder.name,
                        "path": str(path),
                        "line": finding.span.line,
                        "column": finding.span.column,
                        "message": finding.message,
                        "context": _context(posting, finding),
                    }
                )
    return found


def _context(posting, finding) -> str:
    if posting is None:
        return ""
    span = finding.span
    first, last = posting.span.line, posting.span.end_line
    anchored = span.line == (posting.title_span.line if posting.title_span else first) and span.column == 1 \
        and span.end_column == 1
    if anchored or finding.code == "PAY001":
        lines = [n for n in range(first, last + 1) if _MONEY_LINE.search(posting.line_text(n))][:12]
        head = f"posting '{posting.title}' lines {first}-{last}; lines speaking of money:"
        return "\n".join([head] + [f"{n}: {posting.line_text(n)[:300]}" for n in lines])
    out = []
    for number in range(max(first, span.line - 2), min(last, span.end_line + 2) + 1):
        text = posting.line_text(number)
        if number == span.line:
            end = span.end_column if span.end_line == span.line else len(text) + 1
            # A long line is shown around the span: 250 characters either side.
            head, tail = text[max(0, span.column - 251) : span.column - 1], text[end - 1 : end + 249]
            text = head + ">>>" + text[span.column - 1 : end - 1] + "<<<" + tail
        else:
            text = text[:300]
        out.append(f"{number}: {text}")
    return "\n".join(out)


def draw(found: dict[str, list[dict]], per_rule: int, seed: int) -> list[dict]:
    """Up to ``per_rule`` findings per rule: folders in turn, each folder's findings shuffled with
    the seed and ordered so every file gives one before any gives a second."""
    sample = []
    for rule in sorted(found):
        rng = random.Random(f"{seed}:{rule}")
        by_folder: dict[str, list[dict]] = defaultdict(list)
        for item in found[rule]:
            by_folder[item["folder"]].append(item)
        queues = {}
        for folder, items in sorted(by_folder.items()):
            rng.shuffle(items)
            seen: dict[str, int] = defaultdict(int)
            ranked = []
            for item in items:
                ranked.append((seen[item["path"]], len(ranked), item))
                seen[item["path"]] += 1
            queues[folder] = [item for *_, item in sorted(ranked, key=lambda r: r[:2])]
        picked: list[dict] = []
        while len(picked) < per_rule and any(queues.values()):
            for folder in sorted(queues):
                if queues[folder] and len(picked) < per_rule:
                    picked.append(queues[folder].pop(0))
        for item in picked:
            item["total"] = len(found[rule])
        sample.extend(picked)
    return sample


def _key(item: dict) -> tuple:
    return (item["path"], item["rule"], item["line"], item["column"], item["message"])


def write(sample: list[dict], out: Path, old: dict[tuple, dict]) -> None:
    parts = [
        "# Precision ledger (scripts/precision.py): label each finding right / wrong / debatable, with a note.\n"
    ]
    for item in sample:
        previous = old.get(_key(item), {})
        item.setdefault("label", previous.get("label", ""))
        item.setdefault("note", previous.get("note", ""))
        parts.append("[[finding]]")
        for key in ("rule", "folder", "path", "line", "column", "total", "message", "context", "label", "note"):
            parts.append(f"{key} = {_toml(item[key])}")
        parts.append("")
    out.write_text("\n".join(parts), "utf-8")


def _toml(value) -> str:
    if isinstance(value, int):
        return str(value)
    text = str(value).replace("\\", "\\\\").replace('"', '\\"')
    text = "".join(ch if ch == "\n" or ch >= " " else f"\\u{ord(ch):04x}" for ch in text)
    if "\n" in text:
        return '"""\n' + text.replace('"""', '\\"\\"\\"') + '"""'
    return f'"{text}"'


def read(path: Path) -> list[dict]:
    return tomllib.loads(path.read_text("utf-8")).get("finding", [])


def score(paths: list[Path]) -> int:
    rows: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    bad = []
    for path in paths:
        for item in read(path):
            label = item.get("label", "").strip().lower()
            row = rows[item["rule"]]
            row["drawn"] += 1
            row["total"] = max(row["total"], item.get("total", 0))
            if label in LABELS:
                row[label] += 1
            elif label:
                bad.append(f"{item['path']}:{item['line']} {item['rule']}: unknown label {label!r}")
    print(f"{'rule':<10} {'findings':>8} {'drawn':>6} {'right':>6} {'wrong':>6} {'debat.':>6} {'precision':>9}")
    total = defaultdict(int)
    for rule in sorted(rows):
        row = rows[rule]
        for key in ("total", "drawn", "right", "wrong", "debatable"):
            total[key] += row[key]
        print(_row(rule, row))
    print(_row("all", total))
    for line in bad:
        print(line, file=sys.stderr)
    return 1 if bad else 0


def _row(name: str, row) -> str:
    judged = row["right"] + row["wrong"]
    precision = f"{row['right'] / judged:.2f}" if judged else "-"
    return (f"{name:<10} {row['total']:>8} {row['drawn']:>6} {row['right']:>6} {row['wrong']:>6} "
            f"{row['debatable']:>6} {precision:>9}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="*", type=Path)
    parser.add_argument("--rules", default="PAY", help="codes or prefixes, comma-separated (default PAY)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--per-rule", type=int, default=20)
    parser.add_argument("--out", type=Path)
    parser.add_argument("--labels-from", type=Path, action="append", default=[])
    parser.add_argument("--score", action="store_true", help="score the labelled ledgers given as arguments")
    args = parser.parse_args(argv)
    if args.score:
        if not args.folders:
            parser.error("--score needs one or more ledger files")
        return score(args.folders)
    if not args.folders or args.out is None:
        parser.error("give one or more folders and --out FILE")
    missing = [f for f in args.folders if not f.is_dir()]
    if missing:
        parser.error(f"not a folder: {', '.join(map(str, missing))}")
    old = {_key(item): item for path in args.labels_from for item in read(path) if item.get("label")}
    prefixes = [p.strip().upper() for p in args.rules.split(",") if p.strip()]
    sample = draw(collect(args.folders, prefixes), args.per_rule, args.seed)
    write(sample, args.out, old)
    print(f"{len(sample)} findings drawn into {args.out}"
          + (f" ({sum(1 for s in sample if s['label'])} labelled from earlier ledgers)" if old else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
