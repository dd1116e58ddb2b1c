"""Linting on Dask (the optional extra ``postlint[dask]``): collections and clusters.

Two entry points, both the same engine as ``postlint check``:

- :func:`check_postings` lints a ``dask.bag.Bag`` or ``dask.dataframe.DataFrame`` of postings and
  returns a Dask DataFrame of findings with the JSON format's columns (docs/json-output.schema.json)
  plus ``id``, the record each finding came from. Lazy, like any Dask collection.
- :func:`results_on_cluster` runs ``postlint check --scheduler ADDRESS``: files and JSON Lines
  records are read here, a bounded batch at a time, and checked on the cluster's workers; results
  come back in input order, so every output format is the same as a serial run.

Workers need postlint installed (the same version, with any plugin packages, and plugin files at
the same paths). Nothing else imports this module, so ``postlint check`` never loads Dask.
"""

from __future__ import annotations

import pickle
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Mapping
from hashlib import sha256
from typing import Any

import dask.bag as db
import dask.dataframe as dd
import pandas as pd

from . import _config
from .engine.config import Config
from .engine.engine import Engine, FileResult
from .ingest.read import Source, read_path


#: Columns of the findings frame: the JSON format's finding fields, then the record's ``id``.
FINDING_COLUMNS = (
    "code", "name", "severity", "message", "instead", "path",
    "line", "column", "end_line", "end_column", "posting_index", "posting_title",
)
COLUMNS = (*FINDING_COLUMNS, "id")
_DTYPES = {
    **{name: "string" for name in ("code", "name", "severity", "message", "instead", "path", "posting_title", "id")},
    **{name: "int64" for name in ("line", "column", "end_line", "end_column")},
    "posting_index": "Int64",  # null for findings about a whole input (E001)
}
DEFAULT_PATH = "<posting>"

# A batch is sent to a worker as one task: big enough to amortise the round trip (~1 ms), small
# enough to spread a few thousand postings over many workers.
BATCH_POSTINGS = 16
BATCH_BYTES = 1 << 20

# One engine per configuration per worker process, built at the first task that uses it.
_engines: dict[str, Engine] = {}


class _ConfigKey:
    """A configuration and a digest of it, the key of the worker's engine cache."""

    def __init__(self, config: Config) -> None:
        self.config = config
        self.key = sha256(pickle.dumps(config)).hexdigest()


def _engine(config: _ConfigKey) -> Engine:
    engine = _engines.get(config.key)
    if engine is None:
        engine = _engines[config.key] = Engine(config.config)
    return engine


def meta() -> pd.DataFrame:
    """The empty findings frame: column names and dtypes of :func:`check_postings`' result."""
    return pd.DataFrame({name: pd.Series(dtype=_DTYPES[name]) for name in COLUMNS})


# -- collections -------------------------------------------------------------------------------------
def check_postings(postings: db.Bag | dd.DataFrame, config: Any = None, *, text: str = "text",
                   id: str | None = "id", path: str | None = "path") -> dd.DataFrame:
    """The findings of every posting in ``postings``, as a lazy Dask DataFrame.

    ``postings`` is a Dask Bag whose elements are posting texts (``str``) or mappings with the
    text under ``text`` and, optionally, an ``id`` and a ``path``; or a Dask DataFrame with those
    columns (``id=None`` takes the frame's index as the id; ``path=None`` or a missing column
    names every posting ``<posting>``). ``config`` takes what :func:`postlint.check_text` takes.

    The result has one row per finding: ``code, name, severity, message, instead, path, line,
    column, end_line, end_column, posting_index, posting_title`` as in ``--format json``, and
    ``id``. A record's findings come in the order ``postlint check`` reports them. Each posting
    is checked as one file would be (a text holding several postings is split), under ``path``
    (default: ``#<id>`` when there is an id, else ``<posting>``); ``per-file-ignores`` match it.
    """
    key = _ConfigKey(_config(config))
    if isinstance(postings, db.Bag):
        rows = postings.map_partitions(_bag_rows, key, text, id, path)
        return rows.to_dataframe(meta=meta())
    if isinstance(postings, dd.DataFrame):
        missing = [name for name in (text, id) if name is not None and name not in postings.columns]
        if missing:
            raise ValueError(f"the postings frame has no column {', '.join(map(repr, missing))} "
                             f"(columns: {', '.join(map(str, postings.columns))}); name it with text=/id=")
        return postings.map_partitions(_frame_findings, key, text, id, path, meta=meta(), clear_divisions=True)
    raise TypeError(f"check_postings takes a dask Bag or DataFrame, not {type(postings).__name__}")


def _bag_rows(elements: Iterable[Any], config: _ConfigKey, text: str, id: str | None, path: str | None) -> list[tuple]:
    engine = _engine(config)
    rows: list[tuple] = []
    for element in elements:
        if isinstance(element, str):
            rows += _record_rows(engine, element, None, None)
        elif isinstance(element, Mapping):
            rows += _record_rows(engine, element.get(text), element.get(id) if id else None,
                                 element.get(path) if path else None)
        else:
            raise TypeError(f"a posting is a str or a mapping with {text!r}, not {type(element).__name__}")
    return rows


def _frame_findings(frame: pd.DataFrame, config: _ConfigKey, text: str, id: str | None,
                    path: str | None) -> pd.DataFrame:
    engine = _engine(config)
    texts = frame[text].tolist()
    ids = frame[id].tolist() if id else frame.index.tolist()
    paths = frame[path].tolist() if path and path in frame.columns else [None] * len(frame)
    rows = [row for t, i, p in zip(texts, ids, paths) for row in _record_rows(engine, t, i, p)]
    return pd.DataFrame(rows, columns=list(COLUMNS)).astype(_DTYPES)


def _record_rows(engine: Engine, text: Any, record_id: Any, path: Any) -> list[tuple]:
    record_id = None if _missing(record_id) else str(record_id)
    if _missing(path):
        path = f"#{record_id}" if record_id is not None else DEFAULT_PATH
    if _missing(text):
        text = ""  # reported as an empty posting (E001), like an empty file
    if not isinstance(text, str):
        raise TypeError(f"{path}: the posting text is {type(text).__name__}, not str")
    result = engine.check_text(text, str(path)) if text.strip() else engine.check_bytes(b"", str(path))
    return [(*f.to_dict().values(), record_id) for f in result.findings]


def _missing(value: Any) -> bool:
    return value is None or (isinstance(value, float) and value != value) or value is pd.NA


# -- a running cluster (postlint check --scheduler) ------------------------------------------------------
class SchedulerError(Exception):
    """The cluster could not be reached or used; the message says why."""


def connect(address: str):
    """A client of the Dask scheduler at ``address`` (``tcp://host:8786``). How long it tries is
    Dask's ``distributed.comm.timeouts.connect`` (30 s unless configured)."""
    from distributed import Client

    try:
        return Client(address, set_as_default=False)
    except (OSError, TimeoutError, ValueError) as exc:
        raise SchedulerError(f"cannot connect to the Dask scheduler at {address}: {exc}") from exc


def results_on_cluster(files: list[str], engine_for: Callable[[str], Engine], client, *,
                       read_stdin: Callable[[], Any] | None = None, stdin_jsonl: bool = False,
                       keep_postings: bool = False, window: int | None = None) -> Iterator[tuple[Engine, FileResult]]:
    """(engine, result) for every file in order, one per JSON Lines record, checked on the cluster.

    ``engine_for(name)`` is this process's engine for a file (its configuration is what the
    workers use; its ``fails`` judges the findings). Inputs are read here and sent in batches;
    at most ``window`` batches are on the cluster at once (default: two per worker thread), so
    memory stays flat whatever the number of records.
    """
    if window is None:
        threads = sum(client.nthreads().values()) or 1
        window = 2 * threads
    pending: deque = deque()  # (engine, future) in input order
    for engine, key, batch in _batches(files, engine_for, read_stdin, stdin_jsonl):
        if len(pending) >= window:
            yield from _collect(*pending.popleft())
        future = client.submit(_check_sources, key, batch, keep_postings, pure=False)
        pending.append((engine, future))
    while pending:
        yield from _collect(*pending.popleft())


def _collect(engine: Engine, future) -> Iterator[tuple[Engine, FileResult]]:
    for result in future.result():
        yield engine, result


def _check_sources(config: _ConfigKey, batch: list[tuple[Source, str | None, str | None, bool]],
                   keep_postings: bool) -> list[FileResult]:
    """Runs on a worker: each (source, split mode, ignore path, new file) as Engine.check_source."""
    engine = _engine(config)
    results = []
    for source, split_mode, ignore_path, new_file in batch:
        result = engine.check_source(source, split_mode=split_mode, ignore_path=ignore_path)
        result.new_file = new_file
        if not keep_postings:
            result.postings = []  # only the full report reads them; the count is in `checked`
        results.append(result)
    return results


def _batches(files: list[str], engine_for: Callable[[str], Engine], read_stdin, stdin_jsonl: bool):
    """(engine, config key, batch) in input order; a batch never mixes configurations."""
    keys: dict[int, _ConfigKey] = {}
    current: tuple[Engine, _ConfigKey] | None = None
    batch: list = []
    size = 0
    for name in files:
        engine = engine_for(name)
        if current is None or current[0] is not engine:
            if batch:
                yield (*current, batch)
                batch, size = [], 0
            key = keys.get(id(engine)) or keys.setdefault(id(engine), _ConfigKey(engine.config))
            current = (engine, key)
        for item in _sources(name, engine, read_stdin, stdin_jsonl):
            batch.append(item)
            size += len(item[0].text)
            if len(batch) >= BATCH_POSTINGS or size >= BATCH_BYTES:
                yield (*current, batch)
                batch, size = [], 0
    if batch:
        yield (*current, batch)


def _sources(name: str, engine: Engine, read_stdin, stdin_jsonl: bool) -> Iterator[tuple[Source, str | None, str | None, bool]]:
    """What Engine.check_file (or the CLI's stdin reading) would check, read here, one input at a time."""
    from .ingest.read import decode

    max_size = engine.settings.max_file_size
    if name == "-":
        stream = read_stdin()
        if stdin_jsonl:
            yield from _jsonl_sources(stream, "-", max_size)
        else:
            yield decode("-", stream.read()), None, None, True
    elif name.lower().endswith((".json", ".xml")):
        yield from _feed_sources(name, engine)
    elif name.lower().endswith(".jsonl"):
        try:
            stream = open(name, "rb")
        except OSError as exc:
            yield Source(name, problems=[("E001", f"cannot read file: {exc.strerror or exc}")]), None, None, True
            return
        with stream:
            yield from _jsonl_sources(stream, name, max_size)
    else:
        yield read_path(name, max_size), None, None, True


def _feed_sources(name: str, engine: Engine) -> Iterator[tuple[Source, str | None, str | None, bool]]:
    # Engine.check_feed's reading: a job-board feed's records one at a time, `path:#id` when there
    # are several, their structured data kept; the reading happens here, the checking on workers.
    from itertools import chain, islice

    from .ingest.read import read_feed

    s = engine.settings
    feed = read_feed(name, s.max_file_size, s.feeds, s.format_in)
    if isinstance(feed, Source):
        yield feed, None, None, True
        return
    head = list(islice(feed.records, 2))
    if not head:
        yield Source(name, problems=[("E001", f"the {feed.system} feed holds no postings")]), None, None, True
        return
    for number, record in enumerate(chain(head, feed.records), 1):
        named = name if len(head) == 1 else f"{name}:#{record.key}"
        yield (Source(named, text=record.text, problems=record.problems, structured=record.structured),
               "none", name, number == 1)


def _jsonl_sources(stream, path: str, max_size: int) -> Iterator[tuple[Source, str | None, str | None, bool]]:
    # Engine.check_jsonl's reading, one record at a time: `path:#id`, split "none", per-file-ignores
    # matched against the file's path, and one E001 when the file holds no record.
    from .ingest.jsonl import iter_records

    first = True
    for record in iter_records(stream, max_size):
        yield Source(f"{path}:#{record.key}", text=record.text, problems=record.problems), "none", path, first
        first = False
    if first:
        yield Source(path, problems=[("E001", "file is empty: there is no posting to check")]), None, None, True


__all__ = ["COLUMNS", "SchedulerError", "check_postings", "connect", "meta", "results_on_cluster"]
