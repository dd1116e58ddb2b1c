"""Check the architecture's import contracts (``[tool.importlinter]`` in pyproject.toml).

    python scripts/lint_imports.py              # exit 0 when every contract is kept
    python scripts/lint_imports.py --tree DIR   # only lay the package out under DIR/postlint

import-linter reads a package from the folder it is imported from. The repository keeps
``postlint.rules`` and ``postlint.templates`` in folders of their own (``rules/``, ``templates/``,
mapped by ``[tool.setuptools.package-dir]``), so an editable install's ``postlint`` folder holds the
engine only, and plain ``lint-imports`` would not see the rules. This script copies the three folders
into one ``postlint`` package, laid out as the wheel lays them out, and runs ``lint-imports`` on it.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import sysconfig
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
_SKIP = shutil.ignore_patterns("__pycache__", "*.pyc")


def lay_out(dest: Path) -> Path:
    """``dest/postlint`` as the wheel installs it; returns that folder."""
    package = dest / "postlint"
    shutil.copytree(ROOT / "linter", package, ignore=_SKIP)
    shutil.copytree(ROOT / "rules", package / "rules", ignore=_SKIP)
    shutil.copytree(ROOT / "templates", package / "templates", ignore=_SKIP)
    return package


def lint_imports(tree: Path) -> subprocess.CompletedProcess:
    """Run ``lint-imports`` with the project's contracts on the package laid out under ``tree``."""
    scripts = Path(sysconfig.get_path("scripts"))
    command = shutil.which("lint-imports", path=str(scripts)) or shutil.which("lint-imports")
    if command is None:
        sys.exit("lint-imports not found: pip install -e '.[test]' (it installs import-linter)")
    env = {**os.environ, "PYTHONPATH": str(tree)}
    return subprocess.run(
        [command, str(ROOT / "pyproject.toml"), "--no-cache", "--no-logo"],
        cwd=tree, env=env, capture_output=True, text=True, timeout=300,
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tree", type=Path, help="lay the package out under this folder and stop")
    args = parser.parse_args()
    if args.tree:
        print(lay_out(args.tree))
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        lay_out(Path(tmp))
        result = lint_imports(Path(tmp))
    print(result.stdout, end="")
    print(result.stderr, end="", file=sys.stderr)
    return result.returncode


if __name__ == "__main__":
    sys.exit(main())
