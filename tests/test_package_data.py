"""package_data reads a shipped data file as importlib.resources does, without importing it
when the package is a folder (it costs a one-file check ~7 ms)."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from importlib import resources
from pathlib import Path

import pytest

from conftest import modules_loaded_by_cli
from postlint.scan.textscan import package_data

_DATA = [("postlint", p.name) for p in resources.files("postlint").joinpath("data").iterdir() if p.name.endswith(".toml")] + [
    ("postlint.rules", p.name) for p in resources.files("postlint.rules").joinpath("data").iterdir() if p.name.endswith(".toml")]


@pytest.mark.parametrize(("package", "name"), _DATA, ids=[f"{p}:{n}" for p, n in _DATA])
def test_every_shipped_data_file_reads_as_importlib_resources_reads_it(package, name):
    assert package_data(package, f"data/{name}") == resources.files(package).joinpath(f"data/{name}").read_text("utf-8")


def test_a_zipped_package_and_a_missing_file_go_through_importlib_resources(tmp_path: Path):
    archive = tmp_path / "pack.zip"
    with zipfile.ZipFile(archive, "w") as zipped:
        zipped.writestr("zpack/__init__.py", "")
        zipped.writestr("zpack/data/words.toml", "words = ['a',\r\n 'b']\n")
    code = (
        "import sys; sys.path.insert(0, sys.argv[1])\n"
        "from postlint.scan.textscan import package_data\n"
        "print(repr(package_data('zpack', 'data/words.toml')))\n"
        "try:\n    package_data('postlint', 'data/missing.toml')\nexcept FileNotFoundError:\n    print('missing')\n"
    )
    proc = subprocess.run([sys.executable, "-c", code, str(archive)], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.splitlines() == [repr("words = ['a',\n 'b']\n"), "missing"]


def test_a_one_file_check_does_not_import_importlib_resources(tmp_path: Path):
    (tmp_path / "p.md").write_text("# Clerk\n\nPay: $20 per hour. Requirements: 3+ years of Excel.\n", encoding="utf-8")
    _, output, modules = modules_loaded_by_cli("check", "--exit-zero", "p.md", cwd=tmp_path,
                                               prefixes=("importlib.resources", "tempfile", "zipfile"))
    assert "p.md" in output
    assert modules == []
