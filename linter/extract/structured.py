"""Facts from a posting's schema.org ``JobPosting`` (JSON-LD, microdata, a JSON file or record).

Each value is read as Google's job-posting guidelines define it and kept with the raw value, so the
SCHEMA rules can say what is wrong with it; :func:`postlint.extract.merge_structured` then fills the
text's facts with what only the structured data states, each marked ``source="structured data"``.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ..model import Posting, Span

if TYPE_CHECKING:
    from . import ExtractContext

SOURCE = "structured data"
EMPLOYMENT_TYPES = ("FULL_TIME", "PART_TIME", "CONTRACTOR", "TEMPORARY", "INTERN", "VOLUNTEER", "PER_DIEM", "OTHER")
UNITS = {"HOUR": "hour", "DAY": "day", "WEEK": "week", "MONTH": "month", "YEAR": "year"}
# schema.org employmentType -> the employment facts' types (VOLUNTEER, PER_DIEM, OTHER have none).
EMPLOYMENT_FACT = {"FULL_TIME": "full-time", "PART_TIME": "part-time", "CONTRACTOR": "contract",
                   "TEMPORARY": "temporary", "INTERN": "internship"}
# ISO 8601 dates and date-times as Google accepts them: 2026-03-01, 2026-03-01T09:00, with seconds,
# fractions and a zone (Z or +hh:mm).
_ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?")


@dataclass(slots=True, kw_only=True)
class StructuredDate:
    raw: str
    value: dt.date | None = None  # None when ``raw`` is not an ISO 8601 date


@dataclass(slots=True, kw_only=True)
class StructuredPay:
    raw: str  # the baseSalary as a short text ("USD 19.5-23 HOUR")
    currency: str | None = None
    minimum: float | None = None
    maximum: float | None = None
    unit: str | None = None  # unitText as written, upper-cased
    problems: list[str] = field(default_factory=list)  # what is not as Google requires

    @property
    def period(self) -> str | None:
        return UNITS.get(self.unit or "")


@dataclass(slots=True, kw_only=True)
class StructuredPlace:
    text: str  # "Denver, CO, US"
    locality: str | None = None
    region: str | None = None
    country: str | None = None


@dataclass(slots=True, kw_only=True)
class StructuredFacts:
    """What a JobPosting says, read from its properties (``present`` lists those it has)."""

    origin: str  # "json-ld" | "microdata" | "json" | "feed" (mapped from a job-board feed's own fields)
    line: int
    span: Span  # where findings about the data point: its line in the file (or the posting's title)
    present: list[str] = field(default_factory=list)
    error: str | None = None
    body_from_data: bool = False
    title: str | None = None
    organization: str | None = None
    places: list[StructuredPlace] = field(default_factory=list)
    telecommute: bool = False
    applicant_locations: list[str] = field(default_factory=list)
    pay: StructuredPay | None = None
    employment_types: list[str] = field(default_factory=list)  # as written (compare upper-cased)
    date_posted: StructuredDate | None = None
    valid_through: StructuredDate | None = None
    direct_apply: bool | None = None
    description: str | None = None
    url: str | None = None  # where to read or apply (a feed's apply URL, the JobPosting's url)
    # The job-board feed the posting was read from ("greenhouse", "usajobs", "teamtailor"...), if any.
    feed: str | None = None


def parse_iso_date(raw: str) -> dt.date | None:
    match = _ISO_DATE.fullmatch(raw.strip())
    if not match:
        return None
    try:
        return dt.date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError:
        return None


def extract(posting: Posting, context: "ExtractContext | None" = None) -> StructuredFacts | None:
    structured = posting.structured
    if structured is None:
        return None
    data = structured.data if isinstance(structured.data, dict) else {}
    if structured.origin in ("json", "feed"):  # a JSON file or record: its posting text starts at the title
        span = posting.anchor()
    else:
        span = Span(line=structured.line, column=1, end_line=structured.line, end_column=1)
    facts = StructuredFacts(origin=structured.origin, line=structured.line, span=span, error=structured.error,
                            body_from_data=structured.body_from_data,
                            present=[k for k, v in data.items() if not k.startswith("@") and _given(v)])
    facts.title = _text(data.get("title"))
    facts.organization = _name(data.get("hiringOrganization"))
    facts.places = [p for p in map(_place, _as_list(data.get("jobLocation"))) if p is not None]
    facts.telecommute = any(isinstance(t, str) and t.strip().upper() == "TELECOMMUTE"
                            for t in _as_list(data.get("jobLocationType")))
    facts.applicant_locations = [n for n in map(_name, _as_list(data.get("applicantLocationRequirements"))) if n]
    facts.pay = _pay(data.get("baseSalary"), data.get("salaryCurrency"))
    facts.employment_types = [t.strip() for t in _as_list(data.get("employmentType"))
                              if isinstance(t, str) and t.strip()]
    facts.date_posted = _date(data.get("datePosted"))
    facts.valid_through = _date(data.get("validThrough"))
    direct = data.get("directApply")
    facts.direct_apply = direct if isinstance(direct, bool) else (
        direct.strip().lower() == "true" if isinstance(direct, str) and direct.strip().lower() in ("true", "false")
        else None)
    facts.description = _text(data.get("description"), keep_lines=True)
    facts.url = _text(data.get("url"))
    facts.feed = structured.feed
    return facts


def _given(value: Any) -> bool:
    if value is None:
        return False
    if isinstance(value, (str, list, dict)):
        return bool(value.strip() if isinstance(value, str) else value)
    return True


def _as_list(value: Any) -> list:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def _text(value: Any, keep_lines: bool = False) -> str | None:
    if isinstance(value, list):
        value = next((v for v in value if isinstance(v, str)), None)
    if not isinstance(value, str) or not value.strip():
        return None
    return value.strip() if keep_lines else " ".join(value.split())


def _name(value: Any) -> str | None:
    if isinstance(value, dict):
        name = _text(value.get("name"))
        if name:
            return name
        address = value.get("address")
        if address is not None:
            place = _place({"address": address})
            return place.text if place else None
        return None
    return _text(value)


def _place(value: Any) -> StructuredPlace | None:
    address = value.get("address") if isinstance(value, dict) else value
    if isinstance(address, str):
        text = _text(address)
        return StructuredPlace(text=text) if text else None
    if not isinstance(address, dict):
        name = _text(value.get("name")) if isinstance(value, dict) else None
        return StructuredPlace(text=name) if name else None
    locality = _text(address.get("addressLocality"))
    region = _text(address.get("addressRegion"))
    country = address.get("addressCountry")
    country = _name(country) if isinstance(country, dict) else _text(country)
    parts = [p for p in (locality, region, country) if p]
    if not parts:
        street = _text(address.get("streetAddress"))
        parts = [street] if street else []
    if not parts:
        return None
    return StructuredPlace(text=", ".join(parts), locality=locality, region=region, country=country)


def _number(value: Any) -> float | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        return float(value)
    if isinstance(value, str):
        try:
            return float(value.replace(",", "").strip())
        except ValueError:
            return None
    return None


def _pay(value: Any, salary_currency: Any) -> StructuredPay | None:
    if value is None:
        return None
    if not isinstance(value, dict):
        amount = _number(value)
        pay = StructuredPay(raw=str(value)[:80], minimum=amount, maximum=amount)
        pay.problems.append("baseSalary is not a MonetaryAmount (an object with currency and value)")
        return pay
    currency = _text(value.get("currency")) or _text(salary_currency)
    amount = value.get("value")
    pay = StructuredPay(raw="", currency=currency.upper() if currency else None)
    if isinstance(amount, dict):
        unit = _text(amount.get("unitText"))
        pay.unit = unit.upper() if unit else None
        low, high = _number(amount.get("minValue")), _number(amount.get("maxValue"))
        single = _number(amount.get("value"))
        if low is None and high is None:
            low = high = single
        pay.minimum, pay.maximum = low if low is not None else high, high if high is not None else low
    else:
        pay.minimum = pay.maximum = _number(amount)
        unit = _text(value.get("unitText"))
        pay.unit = unit.upper() if unit else None
    figures = "-".join(f"{v:g}" for v in dict.fromkeys((pay.minimum, pay.maximum)) if v is not None)
    pay.raw = " ".join(p for p in (pay.currency, figures, pay.unit) if p) or "baseSalary"
    return pay


def _date(value: Any) -> StructuredDate | None:
    if value is None:
        return None
    raw = value if isinstance(value, str) else str(value)
    return StructuredDate(raw=raw.strip(), value=parse_iso_date(raw))
