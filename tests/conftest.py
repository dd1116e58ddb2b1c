from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture
def fixtures() -> Path:
    return FIXTURES


def run_cli(*args: str, input: bytes | None = None, cwd: Path | None = None):
    """Run the real console entry point in a subprocess: exit code, stdout, stderr."""
    import subprocess

    proc = subprocess.run(
        [sys.executable, "-m", "postlint", *args], input=input, capture_output=True, cwd=cwd, timeout=120
    )
    return proc.returncode, proc.stdout.decode("utf-8", "replace"), proc.stderr.decode("utf-8", "replace")


def modules_loaded_by_cli(*args: str, prefixes: tuple[str, ...], cwd: Path | None = None):
    """Run ``postlint ARGS`` in a fresh interpreter: its exit code, what it printed, and the modules
    it had loaded whose names start with one of ``prefixes`` (for start-up cost tests)."""
    import json
    import subprocess

    code = (
        "import json, sys\n"
        "from postlint.cli import main\n"
        f"sys.argv = ['postlint', *{list(args)!r}]\n"
        "try:\n    main()\n    status = 0\nexcept SystemExit as exc:\n    status = exc.code or 0\n"
        f"print(json.dumps([status, sorted(m for m in sys.modules if m.startswith({tuple(prefixes)!r}))]))\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, cwd=cwd)
    assert proc.returncode == 0, proc.stderr
    output, _, last = proc.stdout.rstrip("\n").rpartition("\n")
    status, modules = json.loads(last)
    return status, output, modules


def task_sections(markdown: str) -> dict[str, list[tuple[bool | None, str]]]:
    """A rendered checklist parsed with markdown-it: each h2 heading -> its top-level list items as
    (checked, text after the box), checked None for an item that is no task box."""
    import re

    from markdown_it import MarkdownIt

    tokens = MarkdownIt("commonmark").parse(markdown)
    result: dict[str, list[tuple[bool, str]]] = {}
    current = None
    depth = 0
    for i, token in enumerate(tokens):
        if token.type == "heading_open" and token.tag == "h2":
            current = tokens[i + 1].content
            result[current] = []
        elif token.type == "bullet_list_open":
            depth += 1
        elif token.type == "bullet_list_close":
            depth -= 1
        elif token.type == "inline" and current is not None and depth == 1 and tokens[i - 2].type == "list_item_open":
            box = re.match(r"\[([ x])\] ", token.content)
            if box:
                result[current].append((box.group(1) == "x", token.content[box.end():]))
            else:
                result[current].append((None, token.content))
    return result
