"""How long does a one-file ``postlint check`` take to start, next to baselines run the same way?

    python bench/startup.py [FILE] [--repeat N] [--joblint CMD]

Runs, as fresh processes from this one, ``python -c pass`` (the floor: the same interpreter),
``postlint check FILE``, and joblint on the same file where it is installed (``--joblint``, else
``joblint`` on PATH or in ``./node_modules/.bin``; ``npm install joblint`` in a scratch folder is
enough). Prints each one's CPU time (user + system, the minimum of N runs: steady on a busy
machine) and median wall time, and postlint's ratio to each baseline. Then where postlint's time
goes, phase by phase, in a fresh process (CPU, minimum of N): importing click and the CLI, the
rules (which import the extractors), the engine, checking the file, reporting.

Measure in a venv with a plain ``pip install .``: an editable install adds its import hook to
every start. This is a benchmark, not a test: nothing here passes or fails.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_FILE = ROOT / "examples" / "needs-work.txt"
# Python caches bytecode for users; some sandboxes turn that off, which recompiles every start.
_ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}

# One fresh process: the CPU time of each phase of a one-file check, in milliseconds.
_PHASES = r"""
import sys, time
clock = time.process_time
marks = [clock()]
import click
marks.append(clock())
import postlint.cli
from postlint.engine.batch import Engines
marks.append(clock())
from postlint.engine import registry
registry.load_registry()
marks.append(clock())
from pathlib import Path
engine = Engines(None, {}).for_path(Path(sys.argv[1]))
marks.append(clock())
results = list(engine.check_file(sys.argv[1]))
marks.append(clock())
import io
from postlint.report import reporter
report = reporter("text", io.StringIO(), engine.registry)
report.start()
for result in results:
    report.file(result)
report.finish()
marks.append(clock())
print(" ".join(f"{1000 * (b - a):.2f}" for a, b in zip(marks, marks[1:])))
"""
PHASES = ("import click", "import postlint.cli", "load the rules (and the extractors)", "build the engine",
          "check the file", "report")


def postlint_command() -> list[str]:
    script = Path(sys.executable).with_name("postlint")
    return [str(script)] if script.exists() else [sys.executable, "-m", "postlint"]


def find_joblint(given: str | None) -> list[str] | None:
    if given:
        return given.split()
    for candidate in (shutil.which("joblint"), Path("node_modules/.bin/joblint")):
        if candidate and Path(candidate).exists():
            return [str(candidate)]
    return None


def measure(command: list[str], repeat: int) -> tuple[float, float]:
    """(minimum CPU ms, median wall ms) of ``repeat`` runs of ``command``."""
    cpu, wall = [], []
    for _ in range(repeat):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        subprocess.run(command, capture_output=True, env=_ENV)
        wall.append(1000 * (time.perf_counter() - start))
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu.append(1000 * (after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime))
    return min(cpu), statistics.median(wall)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("file", nargs="?", type=Path, default=DEFAULT_FILE, help="the posting to check")
    parser.add_argument("--repeat", type=int, default=15, help="runs per command [default: 15]")
    parser.add_argument("--joblint", help="the joblint command [default: joblint on PATH or in ./node_modules/.bin]")
    args = parser.parse_args()

    runs = {"python -c pass": [sys.executable, "-c", "pass"]}
    joblint = find_joblint(args.joblint)
    if joblint:
        runs["joblint"] = [*joblint, str(args.file)]
    runs["postlint check"] = [*postlint_command(), "check", "--exit-zero", str(args.file)]
    print(f"one-file start: {args.file.name}, Python {sys.version.split()[0]}, {args.repeat} runs each")
    figures = {}
    for label, command in runs.items():
        subprocess.run(command, capture_output=True, env=_ENV)  # warm the file cache and bytecode
        figures[label] = measure(command, args.repeat)
        cpu, wall = figures[label]
        print(f"  {cpu:7.1f} ms CPU  {wall:7.1f} ms wall  {label}")
    if not joblint:
        print("  (joblint not found: `npm install joblint` in a scratch folder, then --joblint PATH)")
    ours = figures["postlint check"]
    for label in runs:
        if label != "postlint check":
            base = figures[label]
            print(f"  postlint check / {label}: {ours[0] / base[0]:.2f}x CPU, {ours[1] / base[1]:.2f}x wall")

    print("\nwhere a one-file check's time goes (CPU ms, minimum over runs, one fresh process each):")
    rows = []
    for _ in range(args.repeat):
        proc = subprocess.run([sys.executable, "-c", _PHASES, str(args.file)], capture_output=True, text=True, env=_ENV)
        if proc.returncode != 0:
            print(proc.stderr)
            return 1
        rows.append([float(x) for x in proc.stdout.split()])
    for i, phase in enumerate(PHASES):
        print(f"  {min(row[i] for row in rows):7.1f}  {phase}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
