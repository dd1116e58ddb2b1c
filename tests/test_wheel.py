"""The wheel works outside the checkout: build it, install it into a fresh venv, run it."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def run(*args, cwd=None, env=None) -> subprocess.CompletedProcess:
    return subprocess.run(args, cwd=cwd, env=env, capture_output=True, text=True, timeout=600)


def test_wheel_installs_and_checks_a_posting(tmp_path, fixtures) -> None:
    source = tmp_path / "src"
    # Build from a copy so the checkout's own build/ and egg-info never leak into the wheel.
    shutil.copytree(ROOT, source, ignore=shutil.ignore_patterns(".git", ".venv", "venv", "build", "dist", "*.egg-info", "__pycache__", ".pytest_cache", ".hypothesis", "checklists"))
    built = run(sys.executable, "-m", "pip", "wheel", "--no-deps", "-w", str(tmp_path / "dist"), str(source))
    assert built.returncode == 0, built.stderr[-2000:]
    [wheel] = (tmp_path / "dist").glob("postlint-*.whl")

    import zipfile

    names = zipfile.ZipFile(wheel).namelist()
    assert "postlint/cli.py" in names and "postlint/rules/compensation.py" in names
    assert "postlint/data/headings.toml" in names
    assert not any(n.startswith(("rules/", "linter/", "templates/", "tests/")) for n in names)

    venv = tmp_path / "venv"
    assert run(sys.executable, "-m", "venv", str(venv)).returncode == 0
    bindir = venv / ("Scripts" if os.name == "nt" else "bin")
    installed = run(str(bindir / "python"), "-m", "pip", "install", "--quiet", str(wheel))
    assert installed.returncode == 0, installed.stderr[-2000:]

    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    shutil.copy(fixtures / "back-to-back.txt", elsewhere / "jobs.txt")
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    checked = run(str(bindir / "postlint"), "check", "jobs.txt", cwd=elsewhere, env=env)
    assert checked.returncode == 1, checked.stderr
    assert "jobs.txt:16:1: PAY001 [warning]" in checked.stdout
    assert "Checked 4 postings in 1 file" in checked.stdout
    where = run(str(bindir / "python"), "-c", "import postlint; print(postlint.__file__)", cwd=elsewhere, env=env)
    assert str(venv) in where.stdout
