"""Resume fit on the labelled requirement x resume pairs: precision and recall of "met".

    python scripts/resume_fit_audit.py [PAIRS.toml] [--show all|wrong]

The pairs (tests/fixtures/resume_fit/pairs.toml; those marked set = "held-out" were written after the
matcher was tuned on the others, and their figures are reported apart) are labelled met / partial / not met as a career coach
reads each resume against each requirement. postlint's matcher ticks an item when its status is "met";
precision is the share of ticks that the label calls met, recall the share of labelled-met pairs
ticked. The figures go in docs/checklist-quality.md ("Resume fit"); tests/test_resume_fit.py holds
the matcher to them.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import tomllib
from dataclasses import dataclass
from pathlib import Path

DEFAULT = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "resume_fit" / "pairs.toml"
LABELS = ("met", "partial", "not met")


@dataclass
class Scored:
    resume: str
    requirement: str
    label: str
    status: str
    note: str
    set: str = "tuning"

    @property
    def ticked(self) -> bool:
        return self.status == "met"

    @property
    def wrong(self) -> bool:
        return self.ticked != (self.label == "met")


def load(path: Path) -> tuple[dt.date, list[dict]]:
    data = tomllib.loads(path.read_text("utf-8"))
    today = data.get("today")
    pairs = data.get("pair", [])
    for number, pair in enumerate(pairs, 1):
        if pair.get("label") not in LABELS:
            raise SystemExit(f"{path}: pair {number}: label must be one of {', '.join(LABELS)}, not {pair.get('label')!r}")
    return (today if isinstance(today, dt.date) else dt.date.today()), pairs


def score(path: Path = DEFAULT) -> list[Scored]:
    from postlint.checklist.resume import Matcher, read_resume

    today, pairs = load(path)
    matchers: dict[str, Matcher] = {}
    results = []
    for pair in pairs:
        name = pair["resume"]
        if name not in matchers:
            matchers[name] = Matcher(read_resume(path.parent / "resumes" / name), today)
        fit = matchers[name].match(pair["requirement"])
        results.append(Scored(name, pair["requirement"], pair["label"], fit.status, fit.note, pair.get("set", "tuning")))
    return results


def figures(results: list[Scored]) -> dict[str, float | int]:
    ticked = [r for r in results if r.ticked]
    labelled = [r for r in results if r.label == "met"]
    right = [r for r in ticked if r.label == "met"]
    return {
        "pairs": len(results),
        "labelled_met": len(labelled),
        "ticked": len(ticked),
        "right": len(right),
        "precision": len(right) / len(ticked) if ticked else 0.0,
        "recall": len(right) / len(labelled) if labelled else 0.0,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("pairs", nargs="?", type=Path, default=DEFAULT)
    parser.add_argument("--show", choices=("all", "wrong", "none"), default="wrong", help="which pairs to list (default: the wrong ones)")
    args = parser.parse_args(argv)
    results = score(args.pairs)
    for r in results:
        if args.show == "all" or (args.show == "wrong" and r.wrong):
            mark = "WRONG" if r.wrong else "ok   "
            print(f"{mark} [{r.label:>7} | {r.status:<7}] {r.resume}: {r.requirement}\n        {r.note}")
    print()
    for name in sorted({r.set for r in results}, key=lambda n: (n != "tuning", n)) + ["all"]:
        f = figures([r for r in results if name in ("all", r.set)])
        print(f"{name:>8}: {f['pairs']} pairs, {f['labelled_met']} labelled met, {f['ticked']} ticked, {f['right']} ticked right: "
              f"precision {f['precision']:.2f}, recall {f['recall']:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
