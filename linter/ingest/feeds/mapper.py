"""One feed record to a posting, by its system's field map (``postlint/data/feeds.toml``).

The map's fields become a schema.org ``JobPosting`` object (title, hiringOrganization, jobLocation,
jobLocationType, employmentType, baseSalary, datePosted, validThrough, url), so the structured
facts of a feed record are read exactly as JSON-LD's are; the map's ``body`` parts become the
posting text (HTML through the career-page reader). Paths and their small language are described
at the top of feeds.toml. Nothing here raises on what a record holds: a value of the wrong type is
a value that is not there.
"""

from __future__ import annotations

import datetime as dt
import html
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from ...model import StructuredData
from ..structured import is_job_posting, job_posting_text

MAX_TEXT = 2_000_000  # characters of one field read as text: a record is untrusted


@dataclass
class System:
    """A feed's field map, as loaded from feeds.toml or a user's config."""

    id: str
    name: str
    records: list[str]
    match: list[str]
    fields: dict[str, Any]
    example: str = ""
    job_posting: str | None = None  # records whose JobPosting sits at this path (schema.org feeds)
    merge: dict[str, str] | None = None


@dataclass
class Mapped:
    """A record as a posting: its key, text, the JobPosting its fields make, and problems."""

    key: str
    text: str = ""
    data: dict[str, Any] = field(default_factory=dict)
    schema_org: bool = False  # the record is a schema.org JobPosting itself (SCHEMA rules read it)
    problems: list[tuple[str, str]] = field(default_factory=list)

    def structured(self, feed: str) -> StructuredData:
        return StructuredData(data=self.data, origin="json" if self.schema_org else "feed", line=1,
                              body_from_data=True, feed=feed)


# -- paths ----------------------------------------------------------------------------------------
_REGEX = re.compile(r"^(?P<path>.*?)\s+~\s+(?P<regex>.+)$")
_EQUALS = re.compile(r"^(?P<path>[^=~]*?)\s*=\s*(?P<value>.*)$")


def values(record: Any, path: str, envelope: dict[str, Any] | None = None) -> list[Any]:
    """Every value at ``path`` in ``record`` (a list step ``a[]`` fans out), in order."""
    compiled = _compile(path)
    kind = compiled[0]
    if kind == "literal":
        return [compiled[1]]
    if kind == "regex":
        pattern = compiled[2]
        if pattern is None:
            return []
        found = []
        for value in values(record, compiled[1], envelope):
            hit = pattern.search(value) if isinstance(value, str) else None
            if hit:
                found.append(hit.group(1) if pattern.groups else hit.group(0))
        return found
    if compiled[1]:
        record = envelope or {}
    current = [record]
    for name, many in compiled[2]:
        following = []
        for value in current:
            if name:
                value = value.get(name) if isinstance(value, dict) else None
            if many:
                if isinstance(value, list):
                    following.extend(value)
                elif isinstance(value, dict):
                    following.extend(value.values())
            elif value is not None:
                following.append(value)
        current = following
    return [v for v in current if v is not None]


@lru_cache(maxsize=2048)
def _compile(path: str) -> tuple:
    """A path read once: ("literal", value) | ("regex", path, pattern) | ("steps", from_envelope,
    ((key, fans_out), ...)). A feed maps thousands of records with the same few paths."""
    path = path.strip()
    if path.startswith("="):
        return ("literal", path[1:].strip())
    match = _REGEX.match(path)
    if match:
        try:
            return ("regex", match["path"], re.compile(match["regex"]))
        except re.error:
            return ("regex", match["path"], None)
    envelope = path.startswith("/")
    path = path[1:] if envelope else path
    steps = tuple((step[:-2], True) if step.endswith("[]") else (step, False) for step in path.split(".")) if path else ()
    return ("steps", envelope, steps)


@lru_cache(maxsize=512)
def _test(path: str) -> tuple[str, str] | None:
    """``path = value`` as (path, value lower-cased), else None."""
    if path.strip().startswith("="):
        return None
    match = _EQUALS.match(path)
    return (match["path"], match["value"].strip().lower()) if match and match["path"] else None


def first(record: Any, paths: list[Any], envelope: dict[str, Any] | None = None) -> Any:
    """The first value the paths give that is not empty; a list of paths joins its strings."""
    for path in paths:
        if isinstance(path, list):
            joined = ", ".join(dict.fromkeys(s for p in path for s in map(_string, values(record, p, envelope)) if s))
            if joined:
                return joined
            continue
        for value in values(record, str(path), envelope):
            if _given(value):
                return value
    return None


def every(record: Any, paths: list[Any], envelope: dict[str, Any] | None = None) -> list[Any]:
    """All non-empty values of the first path that gives any."""
    for path in paths:
        found = [v for v in values(record, str(path), envelope) if _given(v)]
        if found:
            return found
    return []


def truth(record: Any, paths: list[str], envelope: dict[str, Any] | None = None) -> bool:
    """Whether any of the paths holds true (``path = value``: holds that value)."""
    for path in paths:
        test = _test(path)
        if test is not None:
            if any(_string(v).lower() == test[1] for v in values(record, test[0], envelope)):
                return True
            continue
        if any(_true(v) for v in values(record, path, envelope)):
            return True
    return False


def _given(value: Any) -> bool:
    if isinstance(value, str):
        return bool(value.strip())
    if isinstance(value, (list, dict)):
        return bool(value)
    return value is not None and value is not False


def _true(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    return isinstance(value, str) and value.strip().lower() in ("true", "yes", "1")


def _string(value: Any) -> str:
    if isinstance(value, bool) or value is None:
        return ""
    if isinstance(value, (int, float)):
        return f"{value:g}" if isinstance(value, float) else str(value)
    if isinstance(value, str):
        return " ".join(value[:MAX_TEXT].split())
    if isinstance(value, dict):  # a label object: {"name": ...} / {"label": ...}
        return _string(value.get("name") or value.get("label") or value.get("value"))
    return ""


def matches(system: System, record: Any) -> bool:
    """Whether ``record`` is one of ``system``'s: it has every key (or value) the map names."""
    if not isinstance(record, dict) or not system.match:
        return False
    for test in system.match:
        found = _test(test)
        if found:
            if found[0].strip() == "@type" and found[1] == "jobposting":
                if not is_job_posting(record):
                    return False
            elif not truth(record, [test]):
                return False
        elif test not in record:
            return False
    return True


# -- a record to a posting --------------------------------------------------------------------------
def map_record(system: System, record: dict[str, Any], index: int, envelope: dict[str, Any] | None = None,
               key_prefix: str = "") -> Mapped:
    """``record`` (the ``index``-th of its file) as a posting; its key is the map's key field, else
    ``key_prefix`` + ``index`` (JSON Lines names records without an id ``L`` + line number)."""
    f = system.fields
    if system.merge and isinstance(envelope, dict):
        details = values(envelope, system.merge.get("from", "").lstrip("/"))
        by = record.get(system.merge.get("by", "id"))
        detail = details[0].get(str(by)) if details and isinstance(details[0], dict) and by is not None else None
        if isinstance(detail, dict):
            record = {**record, **detail}
    key = _string(first(record, f.get("key", []), envelope)) or f"{key_prefix}{index}"
    if system.job_posting is not None:
        found = values(record, system.job_posting) if system.job_posting else [record]
        posting = found[0] if found and isinstance(found[0], dict) else {}
        text = job_posting_text(posting)
        organization = _string(first(record, f.get("organization", []), envelope))
        if organization and not posting.get("hiringOrganization"):
            # The feed names the employer (a JSON Feed's title) where the JobPosting does not: the
            # text says so; the data stays as served, for the SCHEMA rules to judge.
            text = _add_label(text, f"Company: {organization}")
        return Mapped(key=key, text=text, data=posting, schema_org=True)
    data: dict[str, Any] = {"@type": "JobPosting"}
    title = _string(first(record, f.get("title", []), envelope))
    if title:
        data["title"] = title
    organization = _string(first(record, f.get("organization", []), envelope))
    if organization:
        data["hiringOrganization"] = {"name": organization}
    places = _places(every(record, f.get("location", []), envelope))
    if places:
        data["jobLocation"] = [{"address": p} for p in places]
    if truth(record, f.get("remote", []), envelope):
        data["jobLocationType"] = "TELECOMMUTE"
    kinds = list(dict.fromkeys(k for v in every(record, f.get("employment", []), envelope)
                               for k in employment_types(_string(v))))
    if kinds:
        data["employmentType"] = kinds
    salary = _pay(record, f.get("pay", []), envelope)
    if salary:
        data["baseSalary"] = salary
    for name, target in (("posted", "datePosted"), ("closing", "validThrough")):
        date = iso_date(first(record, f.get(name, []), envelope))
        if date:
            data[target] = date
    url = _string(first(record, f.get("url", []), envelope))
    if url:
        data["url"] = url
    body = render_body(record, f.get("body", []))
    salary_text = _string(first(record, f.get("salary_text", []), envelope))
    text = job_posting_text(data, body=body)
    if salary_text and "baseSalary" not in data:
        text = _add_label(text, f"Salary: {salary_text}")
    mapped = Mapped(key=key, text=text, data=data)
    if not title:
        mapped.problems.append(("E001", f"record {key} has no title where the {system.name} map looks "
                                        f"({', '.join(map(str, f.get('title', []))) or 'no title path'})"))
    return mapped


def _add_label(text: str, label: str) -> str:
    """A label line after the title's block of label lines."""
    lines = text.split("\n")
    at = 0
    if lines and lines[0].startswith("# "):
        at = 2 if len(lines) > 1 and not lines[1].strip() else 1
        while at < len(lines) and lines[at].strip() and ": " in lines[at] and not lines[at].startswith("#"):
            at += 1
    lines.insert(at, label)
    return "\n".join(lines)


def _places(found: list[Any]) -> list[Any]:
    places: list[Any] = []
    for value in found:
        if isinstance(value, dict):
            address = {k: _string(value.get(k) or value.get(alt) or value.get(alt2))
                       for k, alt, alt2 in (("addressLocality", "city", "name"), ("addressRegion", "region", "state"),
                                            ("addressCountry", "country", "countryCode"))}
            address = {k: v for k, v in address.items() if v}
            if address and address not in places:
                places.append(address)
        else:
            text = _string(value)
            if text and text not in places:
                places.append(text)
    return places


# -- values with a meaning --------------------------------------------------------------------------
_EMPLOYMENT = (
    ("PART_TIME", re.compile(r"part[\s_-]*time|\bparttime", re.I)),
    ("FULL_TIME", re.compile(r"full[\s_-]*time|\bfulltime", re.I)),
    ("CONTRACTOR", re.compile(r"contract|freelance|\b1099\b", re.I)),
    ("TEMPORARY", re.compile(r"\btemp(orary)?\b|\bseasonal\b|fixed[\s_-]*term", re.I)),
    ("INTERN", re.compile(r"\bintern(ship)?\b|trainee", re.I)),
    ("VOLUNTEER", re.compile(r"volunteer", re.I)),
)


def employment_types(raw: str) -> list[str]:
    """schema.org employment types in a feed's own words ("FullTime", "fulltime_permanent",
    "Full Time", "contract"). "permanent" alone says nothing: a permanent job may be part-time."""
    return [kind for kind, pattern in _EMPLOYMENT if pattern.search(raw.replace("_", " "))]


_PERIODS = (("HOUR", r"hour|hourly|\bph\b|/hr"), ("DAY", r"\bday|daily"), ("WEEK", r"week"),
            ("MONTH", r"month"), ("YEAR", r"year|annual|annum|\bpa\b|salary"))


def period(raw: Any) -> str | None:
    """schema.org unitText from a feed's interval ("1 YEAR", "Per Hour", "yearly", "per-month-salary")."""
    text = _string(raw).lower()
    for unit, pattern in _PERIODS:
        if re.search(pattern, text):
            return unit
    return None


def amount(raw: Any) -> float | None:
    if isinstance(raw, bool):
        return None
    if isinstance(raw, (int, float)):
        return float(raw) if raw > 0 else None  # RemoteOK's 0 is "not given"
    if isinstance(raw, str):
        try:
            value = float(raw.replace(",", "").strip())
        except ValueError:
            return None
        return value if value > 0 else None
    return None


def _pay(record: Any, specs: list[dict[str, Any]], envelope: dict[str, Any] | None) -> dict[str, Any] | None:
    for spec in specs if isinstance(specs, list) else [specs]:
        if not isinstance(spec, dict):
            continue
        if spec.get("each"):
            objects = values(record, spec["each"], envelope)
        elif spec.get("path"):
            objects = values(record, spec["path"], envelope)
        else:
            objects = [record]
        for obj in objects:
            if spec.get("where") and not truth(obj, [spec["where"]]):
                continue
            low = amount(first(obj, [spec.get("min", "min")]))
            high = amount(first(obj, [spec.get("max", "max")]))
            if low is None and high is None:
                continue
            currency = _string(first(obj, [spec.get("currency", "currency")], envelope)).upper()
            unit = period(first(obj, [spec.get("period", "period")], envelope))
            value: dict[str, Any] = {"@type": "QuantitativeValue", "minValue": low if low is not None else high,
                                     "maxValue": high if high is not None else low}
            if unit:
                value["unitText"] = unit
            salary: dict[str, Any] = {"@type": "MonetaryAmount", "value": value}
            if currency:
                salary["currency"] = currency
            return salary
    return None


_ISO = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_ISO_DATE_TIME = re.compile(r"\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?")


def iso_date(raw: Any) -> str | None:
    """A feed's date as ISO 8601: ISO strings as they are, "YYYY-MM-DD hh:mm:ss UTC" by its date,
    unix seconds or milliseconds (Lever's createdAt) as a UTC date."""
    if isinstance(raw, bool) or raw is None:
        return None
    number = amount(raw) if isinstance(raw, (int, float)) or (isinstance(raw, str) and raw.strip().isdigit()) else None
    if number is not None:
        if number > 1e11:  # milliseconds
            number /= 1000
        try:
            return dt.datetime.fromtimestamp(number, dt.timezone.utc).date().isoformat()
        except (OverflowError, OSError, ValueError):
            return None
    text = _string(raw)
    if not text:
        return None
    if _ISO_DATE_TIME.fullmatch(text):
        return text
    match = _ISO.match(text)  # "2026-08-05 10:10:39 UTC": its date
    return match.group(0) if match else text


# -- text -------------------------------------------------------------------------------------------
def render_body(record: Any, parts: list[dict[str, Any]]) -> str:
    """The posting text the map's body parts make: blocks separated by blank lines, ``## heading``
    before a part that has one."""
    blocks: list[str] = []
    for part in parts if isinstance(parts, list) else []:
        if not isinstance(part, dict):
            continue
        if part.get("fallback") and blocks:
            continue
        if part.get("each"):
            for element in values(record, part["each"]):
                heading = _string(first(element, [part.get("heading", "")])) if part.get("heading") else ""
                blocks.extend(_block(heading, values(element, part.get("path", "")), part))
        else:
            blocks.extend(_block(part.get("heading", ""), values(record, part.get("path", "")), part))
    return "\n\n".join(blocks)


def _block(heading: str, found: list[Any], part: dict[str, Any]) -> Iterator[str]:
    texts = []
    for value in found:
        if isinstance(value, list):
            items = [_string(v) for v in value]
            texts.append("\n".join(f"- {item}" for item in items if item))
        elif isinstance(value, str) and value.strip():
            texts.append(_html_text(value[:MAX_TEXT], unescape=bool(part.get("unescape"))))
    body = "\n\n".join(t for t in texts if t.strip())
    if not body.strip():
        return
    yield f"## {heading}\n\n{body}" if heading else body


def _html_text(value: str, unescape: bool = False) -> str:
    if unescape:
        value = html.unescape(value)  # Greenhouse's content: HTML whose markup is entity-escaped once more
    if "<" in value and ">" in value:
        from ..html import fragment_to_text

        value = fragment_to_text(value)
    return value.replace("\r\n", "\n").replace("\r", "\n").strip()
