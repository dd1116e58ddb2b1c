"""Checking many files: one engine per configuration file, and ``--jobs N`` processes.

:class:`Engines` keeps one :class:`~postlint.engine.engine.Engine` per configuration file, found by
walking up from each checked path (as ruff does). :func:`results_in_order` checks files in N
processes and reports them in the order given.

Ordinary files go to a process pool (``Executor.map`` keeps the input order, so the output is the
same as with one process). Standard input and JSON Lines files stay in this process: they stream
one record at a time, and sending a whole JSON Lines file's results back from a worker would hold
them all in memory at once.

Workers rebuild their engines from the same config file and command-line overrides, so the pool
works with any start method (fork on Linux, spawn on macOS and Windows).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from .config import Config, apply_overrides, find_config, load_file

_worker: dict[str, Any] = {}


class Engines:
    """One engine per configuration file, found by walking up from each checked path."""

    def __init__(self, config_file: Path | None, overrides: dict) -> None:
        self.config_file = config_file
        self.overrides = overrides
        self.configs: dict[Path | None, Config] = {}
        self.cache: dict[Path | None, object] = {}

    def _where(self, path: Path | None) -> Path | None:
        return self.config_file or find_config(path if path is not None else Path.cwd())

    def config_for(self, path: Path | None) -> Config:
        """The configuration (with the command line's overrides) that governs ``path``; loading it
        builds no engine, so choosing files costs no rule loading."""
        where = self._where(path)
        if where not in self.configs:
            config = load_file(where) if where else Config()
            config.settings = apply_overrides(config.settings, self.overrides)
            self.configs[where] = config
        return self.configs[where]

    def for_path(self, path: Path | None):
        from .engine import Engine  # the rules and extractors load only once a file is checked

        where = self._where(path)
        if where not in self.cache:
            self.cache[where] = Engine(self.config_for(path))
        return self.cache[where]


def _pooled(name: str) -> bool:
    return name != "-" and not name.lower().endswith(".jsonl")


def results_in_order(files: list[str], local: Callable[[str], tuple[Any, Iterable]], jobs: int, engines,
                     keep_postings: bool) -> Iterator[tuple[Any, Any]]:
    """(engine, result) pairs for ``files`` in order.

    ``local(name)`` checks a file in this process and returns (engine, results); ``engines`` is the
    per-config :class:`Engines`, whose config file and overrides the workers rebuild it from.
    """
    pooled = [name for name in files if _pooled(name)]
    if jobs <= 1 or len(pooled) < 2:
        for name in files:
            engine, results = local(name)
            for result in results:
                yield engine, result
        return

    from concurrent.futures import ProcessPoolExecutor

    workers = min(jobs, len(pooled))
    # Chunks amortise the inter-process round trip; several per worker keep the load balanced.
    chunksize = max(1, min(32, len(pooled) // (workers * 8)))
    with ProcessPoolExecutor(workers, initializer=_init, initargs=(engines.config_file, engines.overrides, keep_postings)) as pool:
        remote = pool.map(_check_one, pooled, chunksize=chunksize)
        for name in files:
            if _pooled(name):
                engine = local(name, check=False)[0]  # same config lookup (and errors) as one process
                yield engine, next(remote)
            else:
                engine, results = local(name)
                for result in results:
                    yield engine, result


def _init(config_file: Path | None, overrides: dict, keep_postings: bool) -> None:
    _worker["engines"] = Engines(config_file, overrides)
    _worker["keep_postings"] = keep_postings


def _check_one(name: str):
    result = _worker["engines"].for_path(Path(name)).check_path(name)
    if not _worker["keep_postings"]:
        result.postings = []  # only the full report reads them; the count is in `checked`
    return result
