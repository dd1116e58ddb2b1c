"""scripts/checklist_audit.py: a seeded sample rendered into a ledger, labels carried over a re-run,
and the score's figures from the labels."""

from __future__ import annotations

import subprocess
import sys
import tomllib
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "checklist_audit.py"

POSTING = """{title}

We repair bicycles for the city's bike-share scheme.

Requirements
- Two years of bicycle repair experience
- A valid driver's license

Pay: $22 per hour
"""


def run(*args: str) -> str:
    done = subprocess.run([sys.executable, str(SCRIPT), *args], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return done.stdout


def corpus(root: Path) -> Path:
    for folder, titles in {"one": ["Bike Mechanic", "Senior Bike Mechanic"], "two": ["Fleet Mechanic"]}.items():
        (root / folder).mkdir(parents=True)
        for n, title in enumerate(titles):
            (root / folder / f"{n}.txt").write_text(POSTING.format(title=title), "utf-8")
    return root


def label(ledger: Path, wrong_text: str, missed: int) -> None:
    """Every item and fact right except the items containing ``wrong_text``; ``missed`` per posting."""
    lines, out, in_item = ledger.read_text("utf-8").split("\n"), [], False
    text = ""
    for line in lines:
        if line.startswith("[[posting.item]]"):
            in_item = True
        elif line.startswith("[posting.fact."):
            in_item = False
        if line.startswith("t = "):
            text = line
        if line == 'v = ""':
            line = 'v = "wrong"' if in_item and wrong_text in text else 'v = "right"'
        if line == 'k = ""' and wrong_text in text:
            line = 'k = "statement"'
        if line.startswith("missed = "):
            line = f"missed = {missed}"
        out.append(line)
    ledger.write_text("\n".join(out), "utf-8")


def test_render_label_rerun_and_score(tmp_path: Path) -> None:
    root = corpus(tmp_path / "corpus")
    ledger = tmp_path / "ledger.toml"
    run("render", str(ledger), "--corpus", str(root), "--folders", "one,two", "--per-folder", "1", "--seed", "3", "--today", "2026-06-01")
    data = tomllib.loads(ledger.read_text("utf-8"))
    assert len(data["posting"]) == 2 and {p["file"].split("/")[0] for p in data["posting"]} == {"one", "two"}
    first = data["posting"][0]
    must = [i["t"] for i in first["item"] if i["s"] == "must_have"]
    assert must == ["Two years of bicycle repair experience", "A valid driver's license"]
    assert set(first["fact"]) == {"title", "organization", "location", "employment", "pay", "dates"}
    assert first["fact"]["pay"]["t"] == "$22 per hour"

    label(ledger, "driver's license", missed=1)
    again = tmp_path / "again.toml"
    run("render", str(again), "--corpus", str(root), "--folders", "one,two", "--per-folder", "1", "--seed", "3",
        "--today", "2026-06-01", "--labels", str(ledger))
    assert tomllib.loads(again.read_text("utf-8")) == tomllib.loads(ledger.read_text("utf-8"))  # labels carried over

    score = run("score", str(again))
    items = sum(len(p["item"]) for p in data["posting"])
    assert f"wrong items: 2 of {items} ({2 / items:.1%})" in score
    assert "missed requirements: 2 in 2 postings (1.00 per posting)" in score
    assert "header facts right: 12 of 12 (100.0%)" in score
    assert "wrong by kind: statement 2" in score


def test_show_numbers_a_postings_items_and_label_writes_only_what_it_names(tmp_path: Path) -> None:
    root = corpus(tmp_path / "corpus")
    ledger = tmp_path / "ledger.toml"
    run("render", str(ledger), "--corpus", str(root), "--folders", "one,two", "--per-folder", "1", "--seed", "3", "--today", "2026-06-01")
    shown = run("show", str(ledger), "2", "--corpus", str(root))
    assert "We repair bicycles for the city's bike-share scheme." in shown  # the posting's own text
    numbered = [line for line in shown.splitlines() if line[:3].strip().isdigit()]
    license_item = next(line for line in numbered if "driver's license" in line)
    number = int(license_item[:3])

    labels = tmp_path / "labels.py"
    labels.write_text(f'L = {{2: dict(wrong={{{number}: "statement"}}, rest="right", missed=3, note="checked")}}\n', "utf-8")
    run("label", str(ledger), str(labels))
    run("label", str(ledger), str(labels))  # applied again as a labeller goes along: nothing is said twice
    data = tomllib.loads(ledger.read_text("utf-8"))
    first, second = data["posting"]
    assert all(item["v"] == "" for item in first["item"])  # a posting the file does not name is left as it was
    assert second["missed"] == 3 and second["notes"] == "checked"
    assert second["item"][number - 1]["v"] == "wrong" and second["item"][number - 1]["k"] == "statement"
    assert all(item["v"] == "right" for n, item in enumerate(second["item"], 1) if n != number)
    assert all(fact["v"] == "right" for fact in second["fact"].values())


def test_files_of_renders_an_earlier_ledgers_postings_again(tmp_path: Path) -> None:
    root = corpus(tmp_path / "corpus")
    first = tmp_path / "first.toml"
    run("render", str(first), "--corpus", str(root), "--folders", "one,two", "--per-folder", "1", "--seed", "3", "--today", "2026-06-01")
    # with the first ledger excluded, the same seed draws other files; --files-of renders the first's again
    second = tmp_path / "second.toml"
    run("render", str(second), "--corpus", str(root), "--folders", "one", "--per-folder", "1", "--seed", "3",
        "--today", "2026-06-01", "--exclude", str(first))
    again = tmp_path / "again.toml"
    run("render", str(again), "--corpus", str(root), "--today", "2026-06-01", "--files-of", str(first), "--exclude", str(first))
    files = [p["file"] for p in tomllib.loads(first.read_text("utf-8"))["posting"]]
    assert [p["file"] for p in tomllib.loads(again.read_text("utf-8"))["posting"]] == files
    assert [p["file"] for p in tomllib.loads(second.read_text("utf-8"))["posting"]] != files[:1]


def test_the_samples_file_in_the_repository_names_files_only_and_excludes_them(tmp_path: Path) -> None:
    """docs/checklist-samples.toml keeps which postings the samples drew, on any machine: file names
    and sample names only (a ledger quotes postings and stays outside the repository), in the shape
    ``render --exclude`` reads."""
    samples = Path(__file__).resolve().parents[1] / "docs" / "checklist-samples.toml"
    entries = tomllib.loads(samples.read_text("utf-8"))["posting"]
    assert entries and all(set(entry) == {"file", "sample"} for entry in entries)
    assert all(entry["file"].split("/")[0] in {"glassdoor-ds", "design-jobs", "uk-role-descriptions", "election-officials"} for entry in entries)
    # a sample drawn with it excluded holds none of its files
    root = tmp_path / "corpus"
    listed = entries[0]["file"]
    (root / listed).parent.mkdir(parents=True)
    (root / listed).write_text(POSTING.format(title="Bike Mechanic"), "utf-8")
    (root / listed).with_name("other.txt").write_text(POSTING.format(title="Fleet Mechanic"), "utf-8")
    ledger = tmp_path / "sample.toml"
    run("render", str(ledger), "--corpus", str(root), "--folders", listed.split("/")[0], "--per-folder", "2",
        "--today", "2026-06-01", "--exclude", str(samples))
    files = [posting["file"] for posting in tomllib.loads(ledger.read_text("utf-8"))["posting"]]
    assert files == [str(Path(listed).with_name("other.txt"))]
