"""The architecture holds: import contracts kept (and broken when a stage reaches up), ARCHITECTURE.md
names only paths that exist, and every ``postlint.X`` the docs name can be imported."""

from __future__ import annotations

import importlib
import importlib.util
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DOCS = [ROOT / "README.md", ROOT / "ARCHITECTURE.md", *sorted((ROOT / "docs").glob("*.md"))]


def _script():
    spec = importlib.util.spec_from_file_location("lint_imports_script", ROOT / "scripts" / "lint_imports.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_import_contract_is_kept(tmp_path: Path) -> None:
    script = _script()
    package = script.lay_out(tmp_path)
    assert (package / "rules" / "compensation.py").is_file()  # the rules are in the analysed tree
    result = script.lint_imports(tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Contracts: 5 kept, 0 broken." in result.stdout


# (module, line appended to it, what lint-imports must report). The first is the import the flat
# layout had: the process-pool worker reached up into the CLI for its engine cache.
BREAKS = [
    ("engine/batch.py", "from ..cli import main", "postlint.engine.batch -> postlint.cli"),
    ("rules/compensation.py", "from postlint.engine import engine", "postlint.rules.compensation -> postlint.engine.engine"),
    ("ingest/parse.py", "from ..extract import pay", "postlint.ingest.parse -> postlint.extract.pay"),
    ("scan/memo.py", "from ..model import Span", "postlint.scan.memo -> postlint.model"),
    ("report/text.py", "import click", "postlint.report.text -> click"),
    ("extract/pay.py", "import jinja2", "postlint.extract.pay -> jinja2"),
    ("engine/batch.py", "import distributed", "postlint.engine.batch -> distributed"),
    ("report/json.py", "from .. import dasklint", "postlint.report.json -> postlint.dasklint"),
    ("extract/technology.py", "from . import experience", "No cycles are allowed in postlint.extract"),  # experience imports technology
]


@pytest.mark.parametrize(("module", "line", "reported"), BREAKS, ids=[b[2] for b in BREAKS])
def test_a_forbidden_import_breaks_a_contract(tmp_path: Path, module: str, line: str, reported: str) -> None:
    script = _script()
    package = script.lay_out(tmp_path)
    target = package / module
    target.write_text(target.read_text("utf-8") + f"\n{line}\n", "utf-8")
    result = script.lint_imports(tmp_path)
    assert result.returncode != 0
    assert "BROKEN" in result.stdout and reported in result.stdout, result.stdout


def _named_paths(text: str) -> set[str]:
    """Repository paths written in backticks: `linter/engine/engine.py`, `rules/data/`, ..."""
    names = set()
    for token in re.findall(r"`([^`\s]+)`", text):
        token = token.split("::")[0]
        if "/" in token and not token.startswith(("http", "..", "/")) and "<" not in token and "*" not in token:
            names.add(token)
    for token in re.findall(r"^(?:linter|rules|templates|tests|scripts|bench)/[\w./|]*", text, re.MULTILINE):
        names.update(part.strip() for part in token.split("|") if part.strip())
    return names


def test_architecture_names_only_paths_that_exist() -> None:
    text = (ROOT / "ARCHITECTURE.md").read_text("utf-8")
    named = _named_paths(text)
    assert {"linter/engine/", "linter/ingest/", "linter/extract/", "rules/", "linter/model.py"} <= named
    missing = sorted(path for path in named if not (ROOT / path).exists())
    assert not missing, f"ARCHITECTURE.md names paths that do not exist: {missing}"


def test_architecture_path_check_catches_a_missing_path() -> None:
    assert "linter/nowhere/" in _named_paths("put it in `linter/nowhere/`")
    assert not (ROOT / "linter/nowhere/").exists()


def test_every_dotted_postlint_name_in_the_docs_imports() -> None:
    named = set()
    for doc in DOCS:
        named.update(re.findall(r"`(postlint(?:\.[A-Za-z_]\w*)+)", doc.read_text("utf-8")))
    assert "postlint.engine.Engine" in named
    for dotted in sorted(named):
        parts = dotted.split(".")
        for cut in range(len(parts), 0, -1):  # the longest importable module, then attributes
            try:
                value = importlib.import_module(".".join(parts[:cut]))
            except ModuleNotFoundError:
                continue
            for attribute in parts[cut:]:
                assert hasattr(value, attribute), f"{dotted}: {'.'.join(parts[:cut])} has no {attribute}"
                value = getattr(value, attribute)
            break
        else:
            raise AssertionError(f"{dotted} does not import")
