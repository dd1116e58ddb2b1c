"""``postlint check --jobs N``: files checked in N processes, reported in the order given.

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

_worker: dict[str, Any] = {}


def _pooled(name: str) -> bool:
    return name != "-" and not name.lower().endswith(".jsonl")


def results_in_order(files: list[str], local: Callable[[str], tuple[Any, Iterable]], jobs: int, engines,
                     keep_postings: bool) -> Iterator[tuple[Any, Any]]:
    """(engine, result) pairs for ``files`` in order.

    ``local(name)`` checks a file in this process and returns (engine, results); ``engines`` is the
    CLI's per-config engine cache, whose config file and overrides the workers rebuild it from.
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
    from postlint.cli import _Engines

    _worker["engines"] = _Engines(config_file, overrides)
    _worker["keep_postings"] = keep_postings


def _check_one(name: str):
    result = _worker["engines"].for_path(Path(name)).check_path(name)
    if not _worker["keep_postings"]:
        result.postings = []  # only the full report reads them; the count is in `checked`
    return result
