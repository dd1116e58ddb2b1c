"""A module names each of its constants once: a second ``_NAME = ...`` further down silently
replaces the first for every function that reads it (session 21 found one that had changed what a
physical ability is)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
MODULES = sorted([*(ROOT / "linter").rglob("*.py"), *(ROOT / "rules").rglob("*.py")])


def _constants_assigned_twice(source: str) -> list[str]:
    seen: set[str] = set()
    twice = []
    for node in ast.parse(source).body:
        targets = node.targets if isinstance(node, ast.Assign) else [node.target] if isinstance(node, ast.AnnAssign) else []
        names = [n for target in targets for n in (target.elts if isinstance(target, ast.Tuple) else [target])]
        for target in names:
            if isinstance(target, ast.Name) and target.id.lstrip("_").isupper():
                if target.id in seen:
                    twice.append(target.id)
                seen.add(target.id)
    return twice


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(ROOT)))
def test_each_constant_is_assigned_once(path: Path) -> None:
    assert _constants_assigned_twice(path.read_text(encoding="utf-8")) == []


def test_a_constant_assigned_twice_is_found() -> None:
    assert _constants_assigned_twice("_ABILITY = 1\nX = 2\n_ABILITY = 3\n") == ["_ABILITY"]
    assert _constants_assigned_twice("_LOW, _HIGH = 1, 2\n_HIGH = 3\n") == ["_HIGH"]
