"""A checklist ledger: render checklists for a seeded sample of postings, label them, score them.

    python scripts/checklist_audit.py render LEDGER.toml [--seed 23] [--per-folder 3] [--today 2026-12-06]
        [--corpus /work/shared/corpus] [--folders glassdoor-ds,design-jobs,...] [--labels OLD.toml]
        [--exclude EARLIER.toml ...] [--files-of EARLIER.toml]
    python scripts/checklist_audit.py score LEDGER.toml
    python scripts/checklist_audit.py show LEDGER.toml N [--corpus DIR]
    python scripts/checklist_audit.py label LEDGER.toml LABELS.py

``render`` picks ``--per-folder`` posting files at random (``--seed``) from each folder, renders
each posting's checklist context and writes a TOML ledger: per posting its header facts and every
item (section, text), each with an empty label. ``--labels OLD.toml`` carries labels over from an
earlier ledger for the same item text in the same section of the same posting (and the same header fact value), so a
re-run after a change needs labels only for what changed (a posting's missed count and notes are
carried over too: recount them when its requirements changed). ``--exclude`` leaves out every file
an earlier ledger holds, so a new sample is of postings never labelled (and never tuned on) before. ``--files-of
EARLIER.toml`` renders that ledger's postings again instead of drawing a sample (with ``--labels``,
the "after" run of a labelled sample).

Label by hand, reading each item against the posting as a demanding job seeker would:

- an item: ``v = "right"`` or ``v = "wrong"``, and for a wrong one ``k`` = its kind
  ("statement", "heading", "metadata", "wrong-section", "garbled", "contradicts", "merged",
  "split", "duplicate", "not-a-posting", ...);
- a header fact: ``v = "right"`` or ``"wrong"`` (a fact shown "not stated" that the posting
  states is wrong; "not stated" for a fact it lacks is right);
- per posting: ``missed`` = how many stated requirements are in neither Must-have nor Nice to
  have, ``notes`` = anything worth saying.

``show`` prints posting N (from 1) with its file's text and its numbered items; ``label`` writes the
labels a Python file gives (``L = {N: dict(wrong={item: kind}, rest="right", missed=k)}``, see
``label``'s docstring) into the ledger. How to judge: docs/checklist-labelling.md.

``score`` prints wrong items (share), missed requirements per posting and header facts right
(share), and lists what is unlabelled. Ledgers quote postings: keep them outside the repository
(/work/ledgers/), never in the project.
"""

from __future__ import annotations

import argparse
import collections
import datetime as dt
import random
import sys
import tomllib
from pathlib import Path

from postlint.checklist.checklist import build_context
from postlint.engine import Engine
from postlint.engine.config import Config, validate
from postlint.ingest.read import iter_posting_files

FOLDERS = ("glassdoor-ds", "design-jobs", "uk-role-descriptions", "election-officials")
SECTIONS = ("before_you_apply", "must_have", "nice_to_have", "conditions", "prepare", "how_to_apply", "questions")
FACTS = ("title", "organization", "location", "employment", "pay", "dates")


def _q(text: str) -> str:
    """A TOML basic string."""
    out = text.replace("\\", "\\\\").replace('"', '\\"')
    out = "".join(c if c >= " " or c == "\t" else " " for c in out)
    return f'"{out}"'


def _facts(context) -> dict[str, str]:
    if context.not_a_posting:
        # the checklist of a page that is no posting shows no header facts, only that it is none
        return {"not_a_posting": "no header facts shown (E005)"}
    dates = f"deadline {context.deadline or 'not stated'}"
    if context.start:
        dates += f"; starts {context.start}"
    if context.period:
        dates += f"; period {context.period}"
    status = getattr(context, "status", None)
    if status:
        dates += f"; status {status}"
    pay = context.pay or "not stated"
    if context.other_pay:
        pay += f" | other: {context.other_pay}"
    return {
        "title": context.title,
        "organization": context.organization or "not stated",
        "location": context.location or "not stated",
        "employment": context.employment or "not stated",
        "pay": pay,
        "dates": dates,
    }


def _old_labels(path: Path | None) -> tuple[dict, dict, dict]:
    items: dict[tuple[str, str, str], tuple[str, str]] = {}
    facts: dict[tuple[str, str, str], str] = {}
    postings: dict[tuple[str, int], tuple[int, str]] = {}
    if path is None or not path.exists():
        return items, facts, postings
    data = tomllib.loads(path.read_text("utf-8"))
    for posting in data.get("posting", []):
        postings[(posting["file"], posting["index"])] = (posting.get("missed", -1), posting.get("notes", ""))
        for item in posting.get("item", []):
            if item.get("v"):
                items[(posting["file"], item["s"], item["t"])] = (item["v"], item.get("k", ""))
        for name, fact in posting.get("fact", {}).items():  # (also "not_a_posting", shown for a page that is none)
            if fact.get("v"):
                facts[(posting["file"], name, fact["t"])] = fact["v"]
    return items, facts, postings


def _files_in(ledgers: list[Path]) -> set[str]:
    return {posting["file"] for path in ledgers for posting in tomllib.loads(path.read_text("utf-8")).get("posting", [])}


def render_ledger(args: argparse.Namespace) -> int:
    engine = Engine(Config(settings=validate({"today": args.today}, "audit")))
    rng = random.Random(args.seed)
    old_items, old_facts, old_postings = _old_labels(args.labels)
    seen = _files_in(args.exclude)
    out = [f"# Checklist ledger: seed {args.seed}, {args.per_folder} files per folder, today {args.today}.",
           "# Label every item v = right|wrong (k = kind when wrong), every fact v = right|wrong,",
           "# and per posting missed = requirements in neither Must-have nor Nice to have.", ""]
    if args.files_of is not None:
        # the postings of an earlier ledger again, in its order: an "after" run on the same sample
        # (a sample drawn with --exclude cannot be drawn again once the later ledgers exist)
        named = [posting["file"] for posting in tomllib.loads(args.files_of.read_text("utf-8")).get("posting", [])]
        chosen = [args.corpus / rel for rel in dict.fromkeys(named)]
    else:
        chosen = []
        for folder in args.folders.split(","):
            files = sorted(f for f in iter_posting_files(args.corpus / folder) if str(f.relative_to(args.corpus)) not in seen)
            chosen += sorted(rng.sample(files, min(args.per_folder, len(files))))
    for path in chosen:
        result = engine.check_path(path)
        for posting in result.postings:
            context = build_context(posting, result.findings)
            rel = str(path.relative_to(args.corpus))
            missed, notes = old_postings.get((rel, posting.index), (-1, ""))
            out += ["[[posting]]", f"file = {_q(rel)}", f"index = {posting.index}", f"missed = {missed}", f"notes = {_q(notes)}", ""]
            for name, value in _facts(context).items():
                label = old_facts.get((rel, name, value), "")
                out += [f"[posting.fact.{name}]", f"t = {_q(value)}", f"v = {_q(label)}", ""]
            for section in SECTIONS:
                for item in getattr(context, section, []) or []:
                    v, k = old_items.get((rel, section, item.raw), ("", ""))
                    out += ["[[posting.item]]", f"s = {_q(section)}", f"t = {_q(item.raw)}",
                            f"v = {_q(v)}", f"k = {_q(k)}", ""]
    args.ledger.write_text("\n".join(out), "utf-8")
    print(f"wrote {args.ledger}")
    return 0


def show(args: argparse.Namespace) -> int:
    """Posting N of a ledger as a labeller reads it: the file's text, the header facts and the
    numbered items, each with its label so far."""
    postings = tomllib.loads(args.ledger.read_text("utf-8")).get("posting", [])
    if not 1 <= args.number <= len(postings):
        print(f"the ledger holds postings 1 to {len(postings)}", file=sys.stderr)
        return 2
    posting = postings[args.number - 1]
    print(f"=== posting {args.number}: {posting['file']} (part {posting['index']}) ===")
    print((args.corpus / posting["file"]).read_text("utf-8", errors="replace"))
    print("--- header facts ---")
    for name, fact in posting.get("fact", {}).items():
        print(f"{name}: {fact['t']}   [{fact.get('v', '')}]")
    print("--- items ---")
    for number, item in enumerate(posting.get("item", []), 1):
        label = " ".join(part for part in (item.get("v", ""), item.get("k", "")) if part)
        print(f"{number:3d} [{item['s']}] {item['t']}   [{label}]")
    print(f"missed = {posting.get('missed', -1)}  notes = {posting.get('notes', '')!r}")
    return 0


def label(args: argparse.Namespace) -> int:
    """Write labels into a ledger from a Python file that holds ``L = {N: dict(...)}``, N a posting's
    number as ``show`` numbers them, with any of: ``wrong={item: kind}``, ``right=[item, ...]``,
    ``facts={name: "right"|"wrong"}``, ``rest="right"`` (every item and fact still unlabelled),
    ``missed=k``, ``note="..."`` (added to the posting's notes). What it does not name is left as it is."""
    namespace: dict = {}
    exec(compile(args.labels.read_text("utf-8"), str(args.labels), "exec"), namespace)  # the labeller's own file
    labels = namespace["L"]
    out, number, item, fact, part = [], 0, 0, "", ""
    for line in args.ledger.read_text("utf-8").split("\n"):
        if line == "[[posting]]":
            number, item, part = number + 1, 0, "posting"
        elif line.startswith("[posting.fact."):
            fact, part = line[len("[posting.fact."):-1], "fact"
        elif line == "[[posting.item]]":
            item, part = item + 1, "item"
        given = labels.get(number)
        if given:
            wrong, right, rest = given.get("wrong", {}), given.get("right", []), given.get("rest", "")
            if part == "posting" and line.startswith("missed = ") and "missed" in given:
                line = f"missed = {int(given['missed'])}"
            elif part == "posting" and line.startswith("notes = ") and given.get("note"):
                old = tomllib.loads(line)["notes"]
                if given["note"] not in old:  # (the same file applied again adds nothing)
                    line = f"notes = {_q((old + ' | ' if old else '') + given['note'])}"
            elif part == "fact" and line.startswith("v = "):
                if fact in given.get("facts", {}):
                    line = f"v = {_q(given['facts'][fact])}"
                elif line == 'v = ""' and rest:
                    line = f"v = {_q(rest)}"
            elif part == "item" and line.startswith("v = "):
                if item in wrong or item in right:
                    line = f"v = {_q('wrong' if item in wrong else 'right')}"
                elif line == 'v = ""' and rest:
                    line = f"v = {_q(rest)}"
            elif part == "item" and line.startswith("k = ") and (item in wrong or item in right):
                line = f"k = {_q(wrong.get(item, ''))}"
        out.append(line)
    text = "\n".join(out)
    tomllib.loads(text)  # still a ledger
    args.ledger.write_text(text, "utf-8")
    print(f"labelled postings {sorted(labels)} in {args.ledger}")
    return 0


def score(args: argparse.Namespace) -> int:
    data = tomllib.loads(args.ledger.read_text("utf-8"))
    postings = data.get("posting", [])
    items = [i for p in postings for i in p.get("item", [])]
    unlabelled = [i for i in items if i.get("v") not in ("right", "wrong")]
    wrong = [i for i in items if i.get("v") == "wrong"]
    facts = [f for p in postings for f in p.get("fact", {}).values()]
    facts_right = sum(f.get("v") == "right" for f in facts)
    missed = [p.get("missed", -1) for p in postings]
    print(f"postings {len(postings)}, items {len(items)}, unlabelled items {len(unlabelled)}, "
          f"unlabelled facts {sum(f.get('v') not in ('right', 'wrong') for f in facts)}, "
          f"postings without missed count {sum(m < 0 for m in missed)}")
    if items:
        print(f"wrong items: {len(wrong)} of {len(items)} ({len(wrong) / len(items):.1%})")
    kinds = collections.Counter(i.get("k") or "?" for i in wrong)
    print("wrong by kind: " + ", ".join(f"{k} {n}" for k, n in kinds.most_common()))
    by_section = collections.Counter(i["s"] for i in wrong)
    print("wrong by section: " + ", ".join(f"{k} {n}" for k, n in by_section.most_common()))
    counted = [m for m in missed if m >= 0]
    if counted:
        print(f"missed requirements: {sum(counted)} in {len(counted)} postings ({sum(counted) / len(counted):.2f} per posting)")
    if facts:
        print(f"header facts right: {facts_right} of {len(facts)} ({facts_right / len(facts):.1%})")
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    r = sub.add_parser("render")
    r.add_argument("ledger", type=Path)
    r.add_argument("--seed", type=int, default=23)
    r.add_argument("--per-folder", type=int, default=3)
    r.add_argument("--today", default=dt.date.today().isoformat())
    r.add_argument("--corpus", type=Path, default=Path("/work/shared/corpus"))
    r.add_argument("--folders", default=",".join(FOLDERS))
    r.add_argument("--labels", type=Path)
    r.add_argument("--exclude", type=Path, nargs="*", default=[], help="earlier ledgers whose files to leave out")
    r.add_argument("--files-of", type=Path, help="render the postings of this earlier ledger again instead of drawing a sample")
    s = sub.add_parser("score")
    s.add_argument("ledger", type=Path)
    w = sub.add_parser("show")
    w.add_argument("ledger", type=Path)
    w.add_argument("number", type=int)
    w.add_argument("--corpus", type=Path, default=Path("/work/shared/corpus"))
    lab = sub.add_parser("label")
    lab.add_argument("ledger", type=Path)
    lab.add_argument("labels", type=Path)
    args = parser.parse_args()
    return {"render": render_ledger, "score": score, "show": show, "label": label}[args.command](args)


if __name__ == "__main__":
    sys.exit(main())
