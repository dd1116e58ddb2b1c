"""schema.org ``JobPosting`` objects wherever a file holds them, and which posting each belongs to.

JSON-LD puts them at the top level, in a list, or in an ``@graph``; a JSON file holds one, a list,
or a feed with them nested (a JSON Feed item's ``_jobposting``); a JSON Lines record is one. The data is kept as the file has it; ``postlint.extract.structured`` reads its facts.
"""

from __future__ import annotations

import json
from typing import Any

from ..model import Posting, StructuredData

_CURRENCY_SIGNS = {"USD": "$", "GBP": "£", "EUR": "€"}
_UNITS = {"HOUR": "hour", "DAY": "day", "WEEK": "week", "MONTH": "month", "YEAR": "year"}
_MAX_DEPTH = 6


def is_job_posting(value: Any) -> bool:
    if not isinstance(value, dict):
        return False
    kinds = value.get("@type")
    kinds = kinds if isinstance(kinds, list) else [kinds]
    return any(isinstance(k, str) and k.rstrip("/").rsplit("/", 1)[-1].rsplit(":", 1)[-1] == "JobPosting"
               for k in kinds)


def job_postings(data: Any, origin: str, line: int) -> list[StructuredData]:
    """Every JobPosting in ``data`` (a parsed JSON-LD block or JSON file), in order."""
    found: list[StructuredData] = []

    def visit(value: Any, depth: int) -> None:
        if depth > _MAX_DEPTH:
            return
        if isinstance(value, list):
            for member in value:
                visit(member, depth + 1)
        elif is_job_posting(value):
            found.append(StructuredData(data=value, origin=origin, line=line))
        elif isinstance(value, dict):
            # JSON-LD's @graph, a feed's items, an ItemList's ListItem, a feed item's `_jobposting`:
            # every nested value is looked into (a JobPosting's own values are not).
            for member in value.values():
                if isinstance(member, (dict, list)):
                    visit(member, depth + 1)

    visit(data, 0)
    return found


def read_json(text: str) -> tuple[list[StructuredData], str | None]:
    """The JobPostings of a JSON file, or a message saying why there are none."""
    try:
        data = json.loads(text)
    except (ValueError, RecursionError) as exc:
        return [], f"not valid JSON: {exc}"
    found = job_postings(data, "json", 1)
    if not found:
        return [], ('holds no schema.org JobPosting (an object with "@type": "JobPosting", or a list of them); '
                    "other JSON is not a posting")
    return found, None


def body_from_data(structured: StructuredData) -> str:
    """Posting text for data whose fields are the only text there is (a JSON file, a page that
    shows nothing): as :func:`postlint.ingest.jsonl.job_posting_text` renders it."""
    structured.body_from_data = True
    return job_posting_text(structured.data)


def attach(postings: list[Posting], structured: list[StructuredData], site_name: str | None = None) -> None:
    """Give each posting the JobPosting that describes it: by title when both have one, else in
    order (the n-th JobPosting to the n-th posting). One job per page is Google's rule; a page with
    one posting and several JobPostings gets the first whose title matches, else the first."""
    for posting in postings:
        posting.site_name = site_name
    if not structured:
        return
    free = list(structured)
    for posting in postings:
        if not free:
            break
        title = _key(posting.title)
        match = next((s for s in free if title and _key(s.data.get("title")) == title), None)
        if match is None:
            match = free[0]
        posting.structured = match
        free.remove(match)


def _key(value: Any) -> str:
    return " ".join(value.lower().split()) if isinstance(value, str) else ""


def job_posting_text(data: dict[str, Any], body: str | None = None) -> str:
    """A schema.org JobPosting as posting text: title, label lines, then the description (or
    ``body``, text a feed reader made from a record's own text fields)."""
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
    if body is not None:
        if body.strip():
            lines += ["", body]
        return "\n".join(lines)
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
    if "<" in text and ">" in text:
        from .html import fragment_to_text

        return fragment_to_text(text)
    return text


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
    if isinstance(location_type, str) and location_type.upper() == "TELECOMMUTE" and "Remote" not in found:
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
