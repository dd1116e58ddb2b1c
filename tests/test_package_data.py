"""package_data reads a shipped data file through importlib.resources, from a folder or a zip."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path


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
