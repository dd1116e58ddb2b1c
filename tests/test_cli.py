"""The rules/rule/parse commands and the Python API."""

from __future__ import annotations

import json

import postlint
from conftest import run_cli
from postlint.engine.registry import builtin_registry


def test_rules_lists_every_rule() -> None:
    code, out, _ = run_cli("rules")
    assert code == 0
    for rule in builtin_registry().sorted():
        assert rule.code in out and rule.name in out
    code, out, _ = run_cli("rules", "--format", "json")
    rows = json.loads(out)
    assert {r["code"] for r in rows} == set(builtin_registry().rules)
    assert set(rows[0]) == {"code", "name", "severity", "default", "summary"}


def test_rule_shows_docs_by_code_or_name() -> None:
    code, out, _ = run_cli("rule", "PAY001")
    assert code == 0 and out.startswith("PAY001 missing-compensation")
    for heading in ("What it checks:", "Why it matters:", "Example:", "Instead:"):
        assert heading in out
    assert run_cli("rule", "missing-compensation")[1] == out
    code, _, err = run_cli("rule", "XYZ123")
    assert code == 2 and "no rule" in err


def test_parse_prints_postings_as_json(fixtures) -> None:
    code, out, _ = run_cli("parse", str(fixtures / "back-to-back.txt"))
    assert code == 0
    postings = json.loads(out)
    assert len(postings) == 4
    first = postings[0]
    assert {"title", "span", "sections", "facts", "index"} <= set(first)
    section = first["sections"][1]
    assert section["kind"] == "responsibilities"
    assert {"text", "priority", "span"} <= set(section["items"][0])
    assert first["facts"]["pay"][0]["minimum"] == 9500


def test_api_matches_the_cli(fixtures) -> None:
    text = (fixtures / "back-to-back.txt").read_text()
    findings = postlint.check_text(text, path="b.txt")
    assert [(f.code, f.span.line, f.posting_index) for f in findings if f.code == "PAY001"] == [
        ("PAY001", 16, 2), ("PAY001", 18, 3), ("PAY001", 20, 4)
    ]
    code, out, _ = run_cli("check", "--format", "json", "--select", "PAY001", str(fixtures / "back-to-back.txt"))
    assert [f["line"] for f in json.loads(out)["findings"]] == [16, 18, 20]
    assert [p.title for p in postlint.parse_text(text)][1] == "Staff Backend Engineer, Payments"
    assert "PAY001" not in {f.code for f in postlint.check_text(text, config={"select": ["PAY"], "ignore": ["PAY001"]})}


def test_version() -> None:
    code, out, _ = run_cli("--version")
    assert code == 0 and postlint.__version__ in out
