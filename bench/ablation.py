"""What does each cache, pre-check and hand-written scanner buy? Run:

    python bench/ablation.py [FOLDER] [--rounds R] [--every K] [--only NAME,...]

For every mechanism listed in ``VARIANTS`` (the caches, memos, pre-checks and scanners of
``postlint.scan`` and the extractors; docs/performance.md keeps the table), this process checks the
postings under FOLDER (default ``../shared/corpus``; every K-th file, default 2) once as shipped and
once with that one mechanism replaced by the plain computation it stands for (a cache by its
function, a pre-check by the whole-text search, a scanner by the regex it replaces), alternating
the two R times (default 3). It prints the median CPU time of each and the cost of going without
the mechanism: +12 % means the corpus takes 12 % longer without it. CPU time of this process
(``time.process_time``), and alternating runs, because the machine may be shared.

Every variant must give the same findings and facts as the shipped code: the run checks that and
says so (a mechanism that changed them would not be a pure speed-up). With ``--callgrind`` each
variant runs in its own process under valgrind and the cost is counted in instructions, which a
busy machine does not change: (instructions with the mechanism off - shipped) / one shipped pass.

With ``--startup FILE``, the mechanisms that serve start-up (the plain-TOML reader, the quick
pattern parser, the entry-point scan, lazy patterns and models) are measured instead, on fresh one-file ``postlint check
FILE`` processes (CPU time, minimum of --runs alternating runs; with ``--callgrind``, the
instructions each executes, counted by valgrind, which a busy machine does not change). Use a plain ``pip install .``
venv for that: an editable install adds its import hook to every start.

This is a benchmark, not a test: nothing here passes or fails.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import re
import statistics
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _replace_everywhere(old: object, new: object) -> list[tuple[object, str, object]]:
    """Point every module attribute of postlint that is ``old`` at ``new``; what to restore."""
    undo = []
    for name, module in list(sys.modules.items()):
        if not name.startswith("postlint") or module is None:
            continue
        for attr, value in list(vars(module).items()):
            if value is old:
                undo.append((module, attr, value))
                setattr(module, attr, new)
    return undo


@contextlib.contextmanager
def _without_cache(module: str, name: str) -> Iterator[None]:
    """The function ``module.name`` called through, not its lru_cache."""
    cached = getattr(sys.modules[module], name)
    plain = cached.__wrapped__

    def through(*args, **kwargs):
        return plain(*args, **kwargs)

    through.__wrapped__ = plain  # for callers that skip the cache themselves (parse._priority)
    with _patched(module, name, through):
        yield


@contextlib.contextmanager
def _patched(module: str, name: str, value: object) -> Iterator[None]:
    undo = _replace_everywhere(getattr(sys.modules[module], name), value)
    try:
        yield
    finally:
        for mod, attr, old in undo:
            setattr(mod, attr, old)


@contextlib.contextmanager
def _without_memo(module: str, name: str) -> Iterator[None]:
    """A TextMemo emptied at every ``make_room()``: its callers read back what they just added,
    but nothing is kept from one posting (or line) to the next."""
    from postlint.scan.memo import TextMemo

    mod = sys.modules[module]
    old = getattr(mod, name)
    setattr(mod, name, TextMemo(max_chars=-1, max_entries=-1))
    try:
        yield
    finally:
        setattr(mod, name, old)


def _plain_digit_runs(text: str) -> tuple[tuple[int, int], ...]:
    return tuple(m.span() for m in re.finditer(r"\d+", text))


@contextlib.contextmanager
def _without_word_index_starts() -> Iterator[None]:
    """WordIndex.finditer as a plain finditer of the whole text. (Its callers of ``starts`` are left
    alone: statements reads None as "every offset", a per-character walk that no plain code has.)"""
    from postlint.scan.candidates import LazyPattern, WordIndex

    def plain(self, pattern):
        return list((pattern.compiled if isinstance(pattern, LazyPattern) else pattern).finditer(self.text))

    old = WordIndex.finditer
    WordIndex.finditer = plain
    try:
        yield
    finally:
        WordIndex.finditer = old


# The mechanisms the code keeps (docs/performance.md lists them with their measured gain, and those
# removed because they bought less than 5 %).
VARIANTS: dict[str, Callable[[], contextlib.AbstractContextManager]] = {
    # the per-posting word index, shared by the extractors and rules, and its pre-check
    "candidates.word_index cache": lambda: _without_cache("postlint.scan.candidates", "word_index"),
    "WordIndex.finditer pre-check (word lists)": lambda: _without_word_index_starts(),
    # hand-written scanners, each for the regex it replaces
    "textscan.digit_runs scanner": lambda: _patched("postlint.scan.textscan", "digit_runs", _plain_digit_runs),
    # memos across postings (postlint.scan.memo)
    "memo: readability syllables": lambda: _without_memo("postlint.extract.readability", "_LOWERED_SYLLABLES"),
    "memo: readability syllable counts": lambda: _without_memo("postlint.extract.readability", "_SYLLABLE_COUNTS"),
    # lru_caches keyed by text
    "lru: technology._find": lambda: _without_cache("postlint.extract.technology", "_find"),
    "lru: language._cached_coded_kind": lambda: _without_cache("postlint.rules.language", "_cached_coded_kind"),
}
# Not measurable by turning them off: finditer_at with candidate starts (its callers also use the
# starts to keep matches out of front matter), and textscan.word_matches (one alternation is not
# the same matcher: word starts are read differently).


def _clear_caches() -> None:
    """Empty the caches keyed by text, so each pass starts alike."""
    for name, module in list(sys.modules.items()):
        if not name.startswith("postlint") or module is None:
            continue
        for value in vars(module).values():
            if hasattr(value, "cache_clear") and hasattr(value, "__wrapped__"):
                value.cache_clear()
            elif type(value).__name__ == "TextMemo":
                value.clear()


def _check_all(engine, files: list[Path]) -> tuple[float, str]:
    from postlint.cli import posting_json
    from postlint.model import to_json

    _clear_caches()
    start = time.process_time()
    results = [result for path in files for result in engine.check_file(path)]
    spent = time.process_time() - start
    record = json.dumps(
        [[[posting_json(p) for p in r.postings], [to_json(f) for f in r.findings]] for r in results],
        sort_keys=True, default=str,
    )
    return spent, record


# Mechanisms for start-up: a fresh ``postlint check FILE`` with the mechanism replaced before
# postlint's modules import it (the bottom layer, postlint.scan, is imported first and patched).
_STARTUP_PATCHES = {
    "shipped": "",
    "textscan.load_toml (vs tomllib)": (
        "import tomllib, postlint.scan.textscan as t; t.load_toml = tomllib.loads"
    ),
    "candidates._quick_parse (vs re's parser)": (
        "import postlint.scan.candidates as c\n"
        "def no(pattern): raise c._Unsupported\n"
        "c._quick_parse = no"
    ),
    "registry._may_declare_entry_points (vs importlib.metadata)": (
        "import postlint.engine.registry as r; r._may_declare_entry_points = lambda: True"
    ),
    "textscan.lazy and LazyPattern (vs compiled at import)": (
        "import re, postlint.scan.textscan as t, postlint.scan.candidates as c\n"
        "def eager(pattern, flags=0):\n"
        "    compiled = re.compile(pattern, flags)\n"
        "    return lambda: compiled\n"
        "t.lazy = eager\n"
        "init = c.LazyPattern.__init__\n"
        "def eager_init(self, pattern, flags=0):\n"
        "    init(self, pattern, flags)\n"
        "    self.compiled\n"
        "c.LazyPattern.__init__ = eager_init"
    ),
    "rule.lazymodel (vs pydantic imported at start)": "import pydantic",
}
_STARTUP_RUN = (
    "{patch}\n"
    "import sys\n"
    "sys.argv = ['postlint', 'check', '--exit-zero', {file!r}]\n"
    "from postlint.cli import main\n"
    "main()\n"
)


def _instructions(command: list[str], env: dict) -> int:
    """Instructions a command executes, counted by valgrind's callgrind: the same on a busy machine."""
    import subprocess

    proc = subprocess.run(["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", *command],
                          capture_output=True, text=True, env=env)
    found = re.search(r"Collected : (\d+)", proc.stderr)
    if found is None:
        raise SystemExit(f"callgrind gave no count for {command[:3]}: {proc.stderr[-300:]}")
    return int(found.group(1))


def startup(file: Path, runs: int, callgrind: bool = False) -> None:
    import os
    import resource
    import subprocess

    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    if callgrind:
        env["PYTHONHASHSEED"] = "0"  # set and dict orders, hence the work, the same in every run
        counts = {name: _instructions([sys.executable, "-c", _STARTUP_RUN.format(patch=patch, file=str(file))], env)
                  for name, patch in _STARTUP_PATCHES.items()}
        floor = _instructions([sys.executable, "-c", "pass"], env)
        print(f"one-file start, postlint check {file.name}: instructions (callgrind), python -c pass {floor / 1e6:.0f} M")
        for name, count in counts.items():
            cost = "" if name == "shipped" else f"   {100 * (count - counts['shipped']) / counts['shipped']:+6.1f} % without it"
            print(f"  {name:<58}{count / 1e6:8.0f} M{cost}")
        return
    best: dict[str, float] = {}
    for _ in range(runs):  # alternating: every variant once per round
        for name, patch in _STARTUP_PATCHES.items():
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            proc = subprocess.run([sys.executable, "-c", _STARTUP_RUN.format(patch=patch, file=str(file))],
                                  capture_output=True, text=True, env=env)
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            if proc.returncode not in (0, 1):
                print(name, proc.stderr[-500:])
            cpu = after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime
            best[name] = min(best.get(name, float("inf")), cpu)
    print(f"one-file start, postlint check {file.name}: CPU ms, minimum of {runs} alternating runs")
    for name, cpu in best.items():
        cost = "" if name == "shipped" else f"   {100 * (cpu - best['shipped']) / best['shipped']:+6.1f} % without it"
        print(f"  {name:<58}{1000 * cpu:8.1f}{cost}")


def _one_pass(folder: Path, every: int, variant: str | None, passes: int) -> None:
    """Check the files once to warm up (shipped code), then ``passes`` more times with ``variant``."""
    from postlint.engine import Engine
    from postlint.engine.config import Config, Settings
    from postlint.ingest.read import iter_posting_files

    files = iter_posting_files(folder)[::every]
    engine = Engine(Config(settings=Settings(select=["ALL"], today="2026-11-25")))
    _check_all(engine, files)
    for _ in range(passes):
        with VARIANTS[variant]() if variant else contextlib.nullcontext():
            _check_all(engine, files)


def corpus_callgrind(folder: Path, every: int, names: list[str]) -> None:
    """Each mechanism's cost in instructions: (with it off - shipped) / (one shipped pass)."""
    import os

    # A fixed hash seed: set and dict orders, hence the work, the same in every run.
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"} | {"PYTHONHASHSEED": "0"}

    def count(variant: str | None, passes: int) -> int:
        code = (f"import sys; sys.path.insert(0, {str(Path(__file__).parent)!r}); import ablation; "
                f"ablation._one_pass(ablation.Path({str(folder)!r}), {every}, {variant!r}, {passes})")
        return _instructions([sys.executable, "-c", code], env)

    warm = count(None, 0)
    shipped = count(None, 1)
    one_pass = shipped - warm
    print(f"every {every}th file of {folder}, every rule; instructions of one pass (callgrind): {one_pass / 1e6:,.0f} M")
    for name in names:
        without = count(name, 1)
        print(f"{name:<44}{without / 1e6:>9,.0f} M   {100 * (without - shipped) / one_pass:+6.1f} % without it", flush=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", type=Path, default=ROOT.parent / "shared" / "corpus")
    parser.add_argument("--rounds", type=int, default=3, help="alternations per mechanism [default: 3]")
    parser.add_argument("--every", type=int, default=2, help="check every K-th file [default: 2]")
    parser.add_argument("--only", help="only these mechanisms (comma-separated, as printed)")
    parser.add_argument("--startup", type=Path, metavar="FILE",
                        help="measure the start-up mechanisms on a one-file check of FILE instead")
    parser.add_argument("--runs", type=int, default=15, help="fresh processes per start-up variant [default: 15]")
    parser.add_argument("--callgrind", action="store_true",
                        help="count instructions under valgrind instead of timing (one run each, steady on a busy machine)")
    args = parser.parse_args()
    if args.startup:
        startup(args.startup, args.runs, args.callgrind)
        return 0
    if args.callgrind:
        corpus_callgrind(args.folder, args.every, args.only.split(",") if args.only else list(VARIANTS))
        return 0

    from postlint.engine import Engine
    from postlint.engine.config import Config, Settings
    from postlint.ingest.read import iter_posting_files

    files = iter_posting_files(args.folder)[:: args.every]
    engine = Engine(Config(settings=Settings(select=["ALL"], today="2026-11-25")))
    _, shipped_record = _check_all(engine, files)  # warm-up: lazy patterns compiled, data loaded
    names = args.only.split(",") if args.only else list(VARIANTS)
    print(f"{len(files)} files of {args.folder}, every rule, {args.rounds} alternations; CPU seconds (median)")
    print(f"{'mechanism':<44}{'shipped':>9}{'without':>9}   cost without it")
    for name in names:
        shipped, without = [], []
        same = True
        for _ in range(args.rounds):
            shipped.append(_check_all(engine, files)[0])
            with VARIANTS[name]():
                spent, record = _check_all(engine, files)
            without.append(spent)
            same = same and record == shipped_record
        a, b = statistics.median(shipped), statistics.median(without)
        note = "" if same else "   (DIFFERENT OUTPUT)"
        print(f"{name:<44}{a:>9.2f}{b:>9.2f}   {100 * (b - a) / a:+6.1f} %{note}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
