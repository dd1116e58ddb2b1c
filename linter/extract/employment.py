"""Employment type (full-time, part-time, contract, temporary, internship) and hours per week."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Literal

from pydantic import BaseModel, Field

from postlint.model import Posting, Span

if TYPE_CHECKING:
    from postlint.extract import ExtractContext

EmploymentType = Literal["full-time", "part-time", "contract", "temporary", "internship"]

_TYPES: list[tuple[EmploymentType, re.Pattern]] = [
    ("full-time", re.compile(r"\bfull[- ]?time\b", re.I)),
    ("part-time", re.compile(r"\bpart[- ]?time\b", re.I)),
    ("contract", re.compile(r"\b(?:contract(?:or)?\s+(?:role|position|basis|job)|fixed[- ]term|freelance|contract-to-hire|on a contract)\b", re.I)),
    ("temporary", re.compile(r"\b(?:temporary|seasonal)\s+(?:role|position|job|employment|assignment)\b", re.I)),
    ("internship", re.compile(r"\bintern(?:ship)?s?\b", re.I)),
]
_HOURS = re.compile(
    r"(?<![\d.,])(?P<min>\d{1,2}(?:[.,]\d{1,2})?)(?:\s*(?:-|–|to)\s*(?P<max>\d{1,2}(?:[.,]\d{1,2})?))?\s*(?:h|hrs?|hours?)\s*"
    r"(?:/\s*w(?:ee)?k|per\s+week|a\s+week|weekly|each\s+week)\b"
    r"|\b(?:part|full)[- ]time\s*\(\s*(?P<paren>\d{1,2})\s*h(?:ou)?r?s?\s*\)",
    re.I,
)
# "full-time paid experience", "part-time students": the words describe something else than the job.
_NOT_THE_JOB = re.compile(
    r"[\s,]{0,3}(?:\w+[\s,]{1,3}){0,2}?(?:paid\s)?(?:experience|equivalent|students?|study|studies|school|enrollment|"
    r"enrolled|course\w*|employees?|staff|workers?|employment experience)\b",
    re.I,
)
_EMPLOYMENT_LABELS = {"employment type", "job type", "work schedule", "schedule", "type", "contract type", "employment"}


class EmploymentMention(BaseModel):
    type: EmploymentType
    span: Span
    raw: str
    about_job: bool = Field(default=True, description="False for 'full-time experience', 'part-time students' ...")


class HoursMention(BaseModel):
    minimum: float
    maximum: float
    span: Span
    raw: str


class Employment(BaseModel):
    types: list[EmploymentMention] = Field(default_factory=list)
    hours: list[HoursMention] = Field(default_factory=list)

    def has(self, kind: EmploymentType) -> bool:
        return any(t.type == kind for t in self.types)


def extract(posting: Posting, context: "ExtractContext | None" = None) -> Employment:
    text = posting.text
    result = Employment()
    for kind, pattern in _TYPES:
        for match in pattern.finditer(text):
            about_job = not _NOT_THE_JOB.match(text, match.end(), match.end() + 60)
            result.types.append(
                EmploymentMention(type=kind, span=posting.span_at(match.start(), match.end()), raw=match.group(0), about_job=about_job)
            )
    for match in _HOURS.finditer(text):
        low = match.group("min") or match.group("paren")
        high = match.group("max") or low
        result.hours.append(
            HoursMention(minimum=float(low.replace(",", ".")), maximum=float(high.replace(",", ".")), span=posting.span_at(match.start(), match.end()), raw=match.group(0))
        )
    result.types.sort(key=lambda m: (m.span.line, m.span.column))
    return result
