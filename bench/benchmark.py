"""How fast is postlint? Run: ``python bench/benchmark.py [FOLDER] [--jobs N] [--repeat R]``.

Prints, for every posting file under FOLDER (default ``../shared/corpus`` next to the checkout):

1. postings per second of ``postlint check`` (a real subprocess, default rules), with one process and
   with ``--jobs N``; wall time and the CPU time the run used (on a busy machine the CPU figure is
   the steadier one), each also as a ratio to a baseline run the same way: a Python process that
   only reads and decodes every file;
2. milliseconds per posting by stage (read, split, parse, extract, rules, report), measured in this
   process, so the slow stage is visible;
3. the wall time of a one-file ``postlint check`` as a fresh process, without and with a typical
   config file, and of ``postlint checklist --check`` on that file (the second pre-commit hook),
   next to ``python -c pass`` and ``python -c "import pydantic, click"`` run the same way (median
   of R runs). An editable install (``pip install -e``) adds its import hook to every
   start; measure start-up in a venv with a plain ``pip install .`` for the figure users get.

This is a benchmark, not a test: nothing here passes or fails.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# Measure what a user gets: Python caches bytecode. (Some sandboxes set PYTHONDONTWRITEBYTECODE,
# which makes every start recompile postlint's modules.)
_ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def default_corpus() -> Path | None:
    for candidate in (ROOT.parent / "shared" / "corpus", ROOT.parent.parent / "shared" / "corpus"):
        if candidate.is_dir():
            return candidate
    return None


def postlint_command() -> list[str]:
    script = Path(sys.executable).with_name("postlint")
    return [str(script)] if script.exists() else [sys.executable, "-m", "postlint"]


def run_timed(command: list[str]) -> tuple[float, float, subprocess.CompletedProcess]:
    """Wall seconds, CPU seconds (user + system of the child and its workers), the process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    proc = subprocess.run(command, capture_output=True, text=True, env=_ENV)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu, proc


_SPIN = "for _ in range(20_000_000): pass"


def parallel_headroom(jobs: int) -> float:
    """How much faster N busy loops finish side by side than one after another (N = ideal).

    On a shared or throttled machine this is well under N, and --jobs cannot beat it.
    """
    one, _, _ = run_timed([sys.executable, "-c", _SPIN])
    start = time.perf_counter()
    procs = [subprocess.Popen([sys.executable, "-c", _SPIN]) for _ in range(jobs)]
    for proc in procs:
        proc.wait()
    return jobs * one / (time.perf_counter() - start)


# The baseline of the throughput figure: a fresh Python process that only reads and decodes every
# posting file of the folder, as postlint's reader does, and nothing more.
_READ_ONLY = (
    "import sys\n"
    "from pathlib import Path\n"
    "from postlint.ingest.read import iter_posting_files, read_path\n"
    "for path in iter_posting_files(Path(sys.argv[1])):\n"
    "    read_path(path, 10_000_000)\n"
)


def throughput(folder: Path, jobs: int) -> None:
    print(f"== postings per second: postlint check {folder} (default rules)")
    print(f"   (this machine now runs {jobs} busy loops x{parallel_headroom(jobs):.2f} faster side by side; ideal x{jobs})")
    read_wall, read_cpu, _ = run_timed([sys.executable, "-c", _READ_ONLY, str(folder)])
    print(f"   baseline, a process that only reads every file: {read_wall:.2f} s wall ({read_cpu:.2f} s CPU)")
    base = None
    for n in sorted({1, jobs}):
        wall, cpu, proc = run_timed([*postlint_command(), "check", "--format", "json", "--exit-zero", "--jobs", str(n), str(folder)])
        if proc.returncode != 0:
            print(f"   --jobs {n}: failed (exit {proc.returncode}): {proc.stderr.strip()[:300]}")
            continue
        summary = json.loads(proc.stdout)["summary"]
        rate = summary["postings"] / wall
        base = base or rate
        speedup = f"  x{rate / base:.2f} of --jobs 1" if n > 1 else ""
        print(f"   --jobs {n}: {summary['postings']} postings in {summary['files']} files, {wall:.2f} s wall "
              f"({cpu:.2f} s CPU): {rate:,.0f} postings/s{speedup}; "
              f"{wall / read_wall:.1f}x the baseline's wall time, {cpu / read_cpu:.1f}x its CPU time")


def stages(folder: Path) -> None:
    """Each stage timed on its own, over every file, in this process."""
    from postlint.engine import Engine
    from postlint.engine.config import Config
    from postlint.extract import extract_facts
    from postlint.ingest.parse import parse_chunk
    from postlint.ingest.read import iter_posting_files, read_path
    from postlint.ingest.split import split
    from postlint.report import reporter

    engine = Engine(Config())
    files = [p for p in iter_posting_files(folder) if p.suffix.lower() != ".jsonl"]
    report = reporter("text", io.StringIO(), engine.registry)
    report.start()
    spent = dict.fromkeys(("read", "split", "parse", "extract", "rules", "report"), 0.0)
    postings = 0
    clock = time.process_time  # CPU time: steadier than wall time on a shared machine
    for path in files:
        t0 = clock()
        source = read_path(path, engine.settings.max_file_size)
        t1 = clock()
        spent["read"] += t1 - t0
        if not source.readable:
            continue
        markdown = path.suffix.lower() in (".md", ".markdown", ".html", ".htm")
        chunks = split(source.text, engine.settings.split, markdown)
        t2 = clock()
        spent["split"] += t2 - t1
        parsed = [parse_chunk(chunk, str(path), i) for i, chunk in enumerate(chunks, 1)]
        t3 = clock()
        spent["parse"] += t3 - t2
        for posting in parsed:
            extract_facts(posting, engine.context)
        t4 = clock()
        spent["extract"] += t4 - t3
        from postlint.engine import FileResult

        result = FileResult(path=str(path), postings=parsed, checked=len(parsed))
        for posting in parsed:
            result.findings.extend(engine._suppress(posting, engine._check_posting(posting, result), result))
        t5 = clock()
        spent["rules"] += t5 - t4
        report.file(result)
        spent["report"] += clock() - t5
        postings += len(parsed)
    report.finish()
    total = sum(spent.values())
    print(f"== ms per posting by stage ({postings} postings, {len(files)} files, {len(engine.active)} active rules, "
          f"in-process: {postings / total:,.0f} postings/s)")
    for stage, seconds in spent.items():
        print(f"   {stage:<8} {1000 * seconds / max(postings, 1):7.3f} ms  {100 * seconds / total:5.1f} %")
    print(f"   {'total':<8} {1000 * total / max(postings, 1):7.3f} ms")


# What a repository that runs the pre-commit hook typically configures.
_TYPICAL_CONFIG = """\
[tool.postlint]
extend-select = ["STRUCT004"]
ignore = ["READ003"]
fail-on = "error"
per-file-ignores = { "archive/*" = ["DATE006"] }

[tool.postlint.rules.REQ002]
max-required = 12
"""


def startup(one_file: Path, repeat: int) -> None:
    print(f"== fresh-process wall time, median of {repeat} runs")
    with tempfile.TemporaryDirectory() as scratch:
        config = Path(scratch) / "pyproject.toml"
        config.write_text(_TYPICAL_CONFIG, encoding="utf-8")
        check = [*postlint_command(), "check", "--exit-zero"]
        # The second pre-commit hook compares the file's checklists with fresh ones: write them first.
        checklists = Path(scratch) / "checklists"
        subprocess.run([*postlint_command(), "checklist", "-o", str(checklists), str(one_file)], capture_output=True, env=_ENV)
        commands = {
            f"postlint check {one_file.name}": [*check, str(one_file)],
            f"postlint check --config pyproject.toml {one_file.name} (a typical config)":
                [*check, "--config", str(config), str(one_file)],
            f"postlint checklist --check {one_file.name} (the checklist hook)":
                [*postlint_command(), "checklist", "--check", "-o", str(checklists), str(one_file)],
            "python -c pass": [sys.executable, "-c", "pass"],
            'python -c "import pydantic, click"': [sys.executable, "-c", "import pydantic, click"],
        }
        for label, command in commands.items():
            walls = [run_timed(command)[0] for _ in range(repeat)]
            print(f"   {1000 * statistics.median(walls):7.1f} ms  (min {1000 * min(walls):.1f})  {label}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", nargs="?", type=Path, help="folder of postings [default: ../shared/corpus]")
    parser.add_argument("--jobs", type=int, default=2, help="processes for the parallel run [default: 2]")
    parser.add_argument("--repeat", type=int, default=10, help="runs per start-up measurement [default: 10]")
    parser.add_argument("--one-file", type=Path, help="file for the start-up measurement [default: the folder's first]")
    args = parser.parse_args()
    folder = args.folder or default_corpus()
    if folder is None or not folder.is_dir():
        parser.error("give a folder of postings (../shared/corpus was not found)")
    from postlint.ingest.read import iter_posting_files

    files = iter_posting_files(folder)
    if not files:
        parser.error(f"no posting files under {folder}")
    print(f"postlint benchmark: {folder} ({len(files)} files), Python {sys.version.split()[0]}, {os.cpu_count()} CPUs")
    throughput(folder, args.jobs)
    stages(folder)
    postings = [f for f in files if not f.name.lower().startswith("readme")] or files
    startup(args.one_file or postings[0], args.repeat)


if __name__ == "__main__":
    main()
