"""Every rule's failing and passing examples (tests/examples/*.toml), and a walk of the registry
that fails when a rule has no example of either kind (proselint's and yamllint's discipline)."""

from __future__ import annotations

import tomllib
from pathlib import Path

import postlint
import pytest
from postlint.engine.registry import builtin_registry

EXAMPLES = Path(__file__).parent / "examples"
# Engine codes come from reading and suppression, not from posting text: tests/test_read.py and
# tests/test_suppression.py show each of them.
ENGINE_CODES = {"E001", "E002", "E003", "E004"}  # E005 reads the text: it has examples


def load_cases() -> list[tuple[str, int, dict]]:
    cases = []
    for path in sorted(EXAMPLES.glob("*.toml")):
        data = tomllib.loads(path.read_text("utf-8"))
        for code, entries in data.items():
            for number, case in enumerate(entries, 1):
                cases.append((code, number, case))
    return cases


CASES = load_cases()


@pytest.mark.parametrize("code,number,case", CASES, ids=[f"{c}-{n}-{case['expect']}" for c, n, case in CASES])
def test_rule_example(code: str, number: int, case: dict) -> None:
    settings = {"select": [code], **case.get("config", {})}
    if "options" in case:
        settings["rules"] = {code: case["options"]}
    findings = [f for f in postlint.check_text(case["text"], config=settings, path=case.get("path", "<text>")) if f.code == code]
    if case["expect"] == "fail":
        assert findings, f"{code} example {number} should fail but made no finding"
        if "lines" in case:
            assert sorted({f.span.line for f in findings}) == sorted(case["lines"])
        if "message" in case:
            assert any(case["message"] in f.message for f in findings), [f.message for f in findings]
        for f in findings:
            assert f.message and f.span.line >= 1
    else:
        assert not findings, f"{code} example {number} should pass: {[f.message for f in findings]}"


def test_every_rule_has_failing_and_passing_examples() -> None:
    have: dict[str, set[str]] = {}
    for code, _, case in CASES:
        have.setdefault(code, set()).add(case["expect"])
    missing = [
        code for code in builtin_registry().rules
        if code not in ENGINE_CODES and have.get(code, set()) != {"fail", "pass"}
    ]
    assert not missing, f"rules without both a failing and a passing example: {missing}"


def test_examples_name_only_registered_rules() -> None:
    registry = builtin_registry()
    assert {code for code, _, _ in CASES} <= set(registry.rules)


def test_every_rule_is_documented() -> None:
    for rule in builtin_registry().sorted():
        docs = rule.docs()
        assert set(docs) == {"What it checks", "Why it matters", "Example", "Instead"}, rule.code
        assert all(docs.values()), rule.code
