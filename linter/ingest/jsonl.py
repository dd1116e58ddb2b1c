"""JSON Lines input: one posting per line, for job boards that lint postings in bulk.

Each line is either ``{"id": ..., "text": ...}`` or a schema.org ``JobPosting`` object (title,
description, hiringOrganization, jobLocation, baseSalary, employmentType, datePosted,
validThrough ...). A JobPosting becomes Markdown-like text: ``# title``, one ``Label: value`` line
per structured field, then the description (HTML converted to text). Findings name the record as
``jobs.jsonl:#ID`` and count lines inside that posting text.

The input is streamed: one line is read, checked and dropped before the next, so memory stays flat
however many postings the file holds. ``max-file-size`` applies to each line here, not the whole
file; an over-long line is skipped without being held in memory.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any, BinaryIO

from .read import html_to_text

_CHUNK = 1 << 16
_CURRENCY_SIGNS = {"USD": "$", "GBP": "£", "EUR": "€"}
_UNITS = {"HOUR": "hour", "DAY": "day", "WEEK": "week", "MONTH": "month", "YEAR": "year"}


@dataclass
class Record:
    """One line of a JSON Lines file: its key (the id, else ``L`` + line number) and text."""

    key: str
    text: str = ""
    problems: list[tuple[str, str]] = field(default_factory=list)


def iter_records(stream: BinaryIO, max_line: int) -> Iterator[Record]:
    """The postings of a JSON Lines byte stream, one at a time. Never raises on the content."""
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
        yield record_from_line(line, number)


def record_from_line(line: bytes, number: int) -> Record:
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
    key = _key(data, number)
    text = data.get("text")
    if isinstance(text, str):
        return _record(key, text)
    if isinstance(data.get("description"), str) or data.get("@type") == "JobPosting":
        return _record(key, job_posting_text(data))
    return Record(key, problems=[("E001", f"line {number} has neither a `text` string nor a schema.org JobPosting "
                                          "`description`")])


def _record(key: str, text: str) -> Record:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        return Record(key, problems=[("E001", "the posting text is empty")])
    return Record(key, text=text)


def _key(data: dict, number: int) -> str:
    for name in ("id", "identifier", "@id"):
        value = data.get(name)
        if isinstance(value, dict):  # schema.org PropertyValue
            value = value.get("value")
        if isinstance(value, (str, int)) and not isinstance(value, bool) and str(value).strip():
            return str(value).strip()
    return f"L{number}"


def job_posting_text(data: dict[str, Any]) -> str:
    """A schema.org JobPosting as posting text: title, label lines, then the description."""
    lines = []
    title = _plain(data.get("title"))
    if title:
        lines += [f"# {title}", ""]
    labels = [
        ("Company", _name(data.get("hiringOrganization"))),
        ("Location", _locations(data.get("jobLocation"), data.get("jobLocationType"))),
        ("Employment Type", _employment(data.get("employmentType"))),
        ("Salary", _salary(data.get("baseSalary"))),
        ("Date Posted", _plain(data.get("datePosted"))),
        ("Apply By", _plain(data.get("validThrough"))),
    ]
    lines += [f"{name}: {value}" for name, value in labels if value]
    description = data.get("description")
    if isinstance(description, str) and description.strip():
        lines += ["", _html(description)]
    for key, heading in (("responsibilities", "Responsibilities"), ("qualifications", "Qualifications"),
                         ("experienceRequirements", "Experience"), ("skills", "Skills")):
        value = _plain(data.get(key))
        if value:
            lines += ["", f"## {heading}", "", _html(value)]
    return "\n".join(lines)


def _html(text: str) -> str:
    return html_to_text(text) if "<" in text and ">" in text else text


def _plain(value: Any) -> str:
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    if isinstance(value, list):
        return ", ".join(filter(None, (_plain(v) for v in value)))
    if isinstance(value, dict):
        return _plain(value.get("name") or value.get("value") or "")
    return " ".join(value.split()) if isinstance(value, str) else ""


def _name(value: Any) -> str:
    return _plain(value.get("name") if isinstance(value, dict) else value)


def _locations(value: Any, location_type: Any) -> str:
    places = value if isinstance(value, list) else [value]
    found = []
    for place in places:
        address = place.get("address") if isinstance(place, dict) else place
        if isinstance(address, dict):
            parts = [_plain(address.get(k)) for k in ("addressLocality", "addressRegion", "addressCountry")]
            found.append(", ".join(p for p in parts if p))
        else:
            found.append(_plain(address))
    if isinstance(location_type, str) and location_type.upper() == "TELECOMMUTE":
        found.append("Remote")
    return "; ".join(p for p in found if p)


def _employment(value: Any) -> str:
    kinds = value if isinstance(value, list) else [value]
    return ", ".join(k.replace("_", "-").lower() for k in kinds if isinstance(k, str) and k.strip())


def _salary(value: Any) -> str:
    if not isinstance(value, dict):
        return _plain(value)
    currency = _plain(value.get("currency")).upper()
    amount = value.get("value")
    unit = ""
    if isinstance(amount, dict):
        unit = _plain(amount.get("unitText")).upper()
        low, high = amount.get("minValue"), amount.get("maxValue")
        if low is None and high is None:
            low = amount.get("value")
    else:
        low, high = amount, None
    numbers = [_money(v, currency) for v in (low, high) if isinstance(v, (int, float)) and not isinstance(v, bool)]
    if not numbers:
        return ""
    period = f" per {_UNITS[unit]}" if unit in _UNITS else ""
    return " - ".join(numbers) + period


def _money(amount: float, currency: str) -> str:
    figure = f"{amount:,.2f}".removesuffix(".00")
    sign = _CURRENCY_SIGNS.get(currency)
    return f"{sign}{figure}" if sign else f"{figure} {currency}".strip()
