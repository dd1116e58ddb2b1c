"""scripts/precision.py: the draw is seeded, capped per rule and spread over folders and files; labels
carry over to a re-draw; scoring counts right / (right + wrong). Postings written for this test."""

from __future__ import annotations

import importlib.util
import tomllib
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parent.parent / "scripts" / "precision.py"


@pytest.fixture(scope="module")
def precision():
    spec = importlib.util.spec_from_file_location("precision_script", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture()
def folders(tmp_path: Path) -> list[Path]:
    """Two folders of postings: each posting has no pay (PAY001) and a few have a figure with no
    period (PAY004)."""
    made = []
    for name, count in (("alpha", 6), ("beta", 3)):
        folder = tmp_path / name
        folder.mkdir()
        for number in range(count):
            body = f"Clerk {name} {number}\nWe file records for the county office number {number}.\n"
            if number % 2 == 0:
                body = f"Clerk {name} {number}\nHiring range: ${3000 + number * 10:,} - ${4000 + number * 10:,}\n"
            (folder / f"posting-{number}.txt").write_text(body, "utf-8")
        made.append(folder)
    return made


def draw(precision, folders, out: Path, *extra: str) -> list[dict]:
    code = precision.main([*map(str, folders), "--rules", "PAY", "--seed", "3", "--per-rule", "4", "--out", str(out), *extra])
    assert code == 0
    return tomllib.loads(out.read_text("utf-8"))["finding"]


def test_draw_is_capped_spread_over_folders_and_seeded(precision, folders, tmp_path):
    first = draw(precision, folders, tmp_path / "a.toml")
    again = draw(precision, folders, tmp_path / "b.toml")
    assert first == again  # the same seed draws the same findings
    by_rule: dict[str, list[dict]] = {}
    for item in first:
        by_rule.setdefault(item["rule"], []).append(item)
    assert set(by_rule) == {"PAY001", "PAY004"}
    for rule, items in by_rule.items():
        assert len(items) <= 4
        assert {item["folder"] for item in items} == {"alpha", "beta"}, rule  # folders take turns
        assert len({item["path"] for item in items}) == len(items)  # one per file before a second
    assert all(item["label"] == "" and item["context"] for item in first)
    pay004 = by_rule["PAY004"][0]
    assert ">>>" in pay004["context"] and "<<<" in pay004["context"]  # the span is marked


def test_labels_carry_over_and_scores_count_right_over_right_and_wrong(precision, folders, tmp_path, capsys):
    ledger = tmp_path / "ledger.toml"
    items = draw(precision, folders, ledger)
    labels = ["right", "wrong", "debatable"]
    text = ledger.read_text("utf-8")
    for number in range(len(items)):  # label in order: right, wrong, debatable, right, ...
        text = text.replace('label = ""', f'label = "{labels[number % 3]}"', 1)
    ledger.write_text(text, "utf-8")
    redrawn = draw(precision, folders, tmp_path / "after.toml", "--labels-from", str(ledger))
    assert [item["label"] for item in redrawn] == [labels[n % 3] for n in range(len(items))]

    assert precision.main(["--score", str(ledger)]) == 0
    rows = {line.split()[0]: line.split() for line in capsys.readouterr().out.splitlines()[1:]}
    right, wrong = sum(1 for n in range(len(items)) if n % 3 == 0), sum(1 for n in range(len(items)) if n % 3 == 1)
    assert rows["all"][3:6] == [str(right), str(wrong), str(len(items) - right - wrong)]
    assert rows["all"][6] == f"{right / (right + wrong):.2f}"


def test_unknown_label_is_reported(precision, folders, tmp_path, capsys):
    ledger = tmp_path / "ledger.toml"
    draw(precision, folders, ledger)
    ledger.write_text(ledger.read_text("utf-8").replace('label = ""', 'label = "maybe"', 1), "utf-8")
    assert precision.main(["--score", str(ledger)]) == 1
    assert "unknown label 'maybe'" in capsys.readouterr().err


def test_bad_arguments_are_usage_errors(precision, tmp_path):
    with pytest.raises(SystemExit) as raised:
        precision.main([str(tmp_path / "missing"), "--out", str(tmp_path / "x.toml")])
    assert raised.value.code == 2
