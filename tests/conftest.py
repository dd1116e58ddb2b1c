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
