"""JSON Lines input: one posting per line, for job boards that lint postings in bulk.

Each line is ``{"id": ..., "text": ...}``, a schema.org ``JobPosting`` object (title,
description, hiringOrganization, jobLocation, baseSalary, employmentType, datePosted,
validThrough ...), or one record of a job-board feed (a Greenhouse job, a Lever posting: read by its
field map, see ``postlint.ingest.feeds``). A JobPosting becomes Markdown-like text: ``# title``, one ``Label: value`` line
per structured field, then the description (HTML converted to text). Findings name the record as
``jobs.jsonl:#ID`` and count lines inside that posting text.

The input is streamed: one line is read, checked and dropped before the next, so memory stays flat
however many postings the file holds. ``max-file-size`` applies to each line here, not the whole
file; an over-long line is skipped without being held in memory.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import BinaryIO

from ..model import StructuredData
from .record import Record
from .structured import is_job_posting, job_posting_text

_CHUNK = 1 << 16


def iter_records(stream: BinaryIO, max_line: int, feeds: dict[str, dict] | None = None,
                 format_in: str | None = None) -> Iterator[Record]:
    """The postings of a JSON Lines byte stream, one at a time. Never raises on the content.
    A line that is a job-board feed's record (a Greenhouse job, a Lever posting...) is read by that
    feed's field map (built-in, or ``feeds`` from the config; ``format_in`` forces one)."""
    number = 0
    while True:
        line = stream.readline(max_line + 1)
        if not line:
            return
        number += 1
        if len(line) > max_line and not line.endswith(b"\n"):
            while line and not line.endswith(b"\n"):  # skip the rest of the line, a chunk at a time
                line = stream.readline(_CHUNK)
            yield Record(f"L{number}", problems=[("E004", f"line {number} is over the max-file-size of "
                                                  f"{max_line / 1_048_576:.1f} MB; skipped")])
            continue
        if not line.strip():
            continue
        yield record_from_line(line, number, feeds, format_in)


def record_from_line(line: bytes, number: int, feeds: dict[str, dict] | None = None,
                     format_in: str | None = None) -> Record:
    try:
        data = json.loads(line.decode("utf-8-sig" if number == 1 else "utf-8"))
    except UnicodeDecodeError as exc:
        return Record(f"L{number}", problems=[("E001", f"line {number} is not UTF-8: {exc.reason}")])
    except (ValueError, RecursionError) as exc:
        return Record(f"L{number}", problems=[("E001", f"line {number} is not valid JSON: {exc}")])
    if isinstance(data, str):
        return _record(f"L{number}", data)
    if not isinstance(data, dict):
        return Record(f"L{number}", problems=[("E001", f"line {number} is {type(data).__name__}, not a posting object")])
    if not is_job_posting(data):
        record = _feed_record(data, number, feeds, format_in)
        if record is not None:
            return record
    key = _key(data, number)
    text = data.get("text")
    if isinstance(text, str):
        return _record(key, text)
    if isinstance(data.get("description"), str) or is_job_posting(data):
        record = _record(key, job_posting_text(data))
        if is_job_posting(data) and not record.problems:
            record.structured = [StructuredData(data=data, origin="json", line=1, body_from_data=True)]
        return record
    return Record(key, problems=[("E001", f"line {number} has neither a `text` string nor a schema.org JobPosting "
                                          "`description`")])


def _feed_record(data: dict, number: int, maps: dict[str, dict] | None, format_in: str | None) -> Record | None:
    """``data`` read by the feed map it matches (or the one ``format_in`` names), else None."""
    from .feeds import FeedError, find_system, record_of, systems

    forced = bool(format_in) and format_in not in ("text", "jsonl", "json", "xml")
    try:
        known = systems(maps)
        if forced:
            known = [find_system(format_in, known)]
    except FeedError as exc:
        return Record(f"L{number}", problems=[("E001", str(exc))])
    return record_of(data, known, number, forced)


def _record(key: str, text: str) -> Record:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        return Record(key, problems=[("E001", "the posting text is empty")])
    return Record(key, text=text)


def posting_key(data: dict, number: int) -> str:
    """A posting's name in findings: its id (or identifier), else ``L`` + its line or position."""
    return _key(data, number)


def _key(data: dict, number: int) -> str:
    for name in ("id", "identifier", "@id"):
        value = data.get(name)
        if isinstance(value, dict):  # schema.org PropertyValue
            value = value.get("value")
        if isinstance(value, (str, int)) and not isinstance(value, bool) and str(value).strip():
            return str(value).strip()
    return f"L{number}"
