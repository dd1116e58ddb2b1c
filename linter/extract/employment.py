"""Employment type (full-time, part-time, contract, temporary, internship) and hours per week."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal

from ..model import Posting, Span
from ..scan.candidates import word_index
from ..scan.textscan import folded, lazy, lowered, word_matches

if TYPE_CHECKING:
    from . import ExtractContext

EmploymentType = Literal["full-time", "part-time", "contract", "temporary", "internship"]

# Word patterns run over lowered text, each starting with a literal (see postlint.scan.textscan).
_TYPES: list[tuple[EmploymentType, list[re.Pattern]]] = [
    ("full-time", [re.compile(r"full[- ]?time\b")]),
    ("part-time", [re.compile(r"part[- ]?time\b")]),
    ("contract", [re.compile(p) for p in (r"contract(?:or)?\s+(?:role|position|basis|job)\b", r"fixed[- ]term\b",
                                          r"freelance\b", r"contract-to-hire\b", r"on a contract\b")]),
    ("temporary", [re.compile(p + r"\s+(?:role|position|job|employment|assignment)\b") for p in ("temporary", "seasonal")]),
    ("internship", [re.compile(r"intern(?:ship)?s?\b")]),
]
_HOURS = lazy(
    r"(?<![\d.,])(?P<min>\d{1,2}(?:[.,]\d{1,2})?)(?:\s*(?:-|–|to)\s*(?P<max>\d{1,2}(?:[.,]\d{1,2})?))?\s*(?:h|hrs?|hours?)\s*"
    r"(?:/\s*w(?:ee)?k|per\s+week|a\s+week|weekly|each\s+week)\b"
    r"|\b(?:part|full)[- ]time\s*\(\s*(?P<paren>\d{1,2})\s*h(?:ou)?r?s?\s*\)",
    re.I,
)
# "full-time paid experience", "part-time students": the words describe something else than the job.
_NOT_THE_JOB = lazy(
    r"[\s,]{0,3}(?:\w+[\s,]{1,3}){0,2}?(?:paid\s)?(?:experience|equivalent|students?|study|studies|school|enrollment|"
    r"enrolled|course\w*|employees?|staff|workers?|employment experience)\b",
    re.I,
)
# The literal each _TYPES pattern starts with (a match holds it).
_LEADS = {pattern: re.match(r"[a-z -]+", pattern.pattern).group() for _, patterns in _TYPES for pattern in patterns}
_LEAD_WORDS = {pattern: re.match(r"[a-z]+", lead).group() for pattern, lead in _LEADS.items()}
_EMPLOYMENT_LABELS = {"employment type", "job type", "work schedule", "schedule", "type", "contract type", "employment"}


@dataclass(slots=True, kw_only=True)
class EmploymentMention:
    type: EmploymentType
    span: Span
    raw: str
    about_job: bool = True  # False for 'full-time experience', 'part-time students' ...
    source: Literal["text", "structured data"] = "text"


@dataclass(slots=True, kw_only=True)
class HoursMention:
    minimum: float
    maximum: float
    span: Span
    raw: str


@dataclass(slots=True, kw_only=True)
class Employment:
    types: list[EmploymentMention] = field(default_factory=list)
    hours: list[HoursMention] = field(default_factory=list)

    def has(self, kind: EmploymentType) -> bool:
        return any(t.type == kind for t in self.types)


# _HOURS starts with a digit, so re cannot scan for it quickly. Every form it matches has "wk",
# "week" or "time (" in it: find those (literal-led, fast), then search _HOURS only on the stretch
# of text just before each, up to the end of its line.
_HOURS_ANCHORS = [re.compile(r"wk"), re.compile(r"week"), re.compile(r"time\s*\(")]
_HOURS_REACH = 80  # characters before an anchor where the number may start


def _hours(text: str, lower: str):
    anchors = sorted(m.start() for pattern in _HOURS_ANCHORS for m in pattern.finditer(lower))
    done = searched = 0
    for at in anchors:
        line_end = text.find("\n", at)
        end = len(text) if line_end < 0 else line_end
        if end <= searched:  # this line was searched to its end already
            continue
        for match in _HOURS().finditer(text, max(done, at - _HOURS_REACH), end):
            yield match
            done = match.end()
        searched = end


def extract(posting: Posting, context: "ExtractContext | None" = None) -> Employment:
    text = posting.text
    # An ASCII text's lowered() is its folded(), which is cached and shared with other extractors.
    lower = folded(text) if text.isascii() else lowered(text)
    # A match starts a word (word_matches), so the first word of its leading literal begins one of
    # the posting's words: looked for among the distinct words (shared index) before the text.
    words = word_index(text).joined
    result = Employment()
    for kind, patterns in _TYPES:
        # A pattern runs only when its leading literal is in the text: `in` is quicker than a scan.
        patterns = [pattern for pattern in patterns if _LEAD_WORDS[pattern] in words and _LEADS[pattern] in lower]
        if not patterns:
            continue
        for match in word_matches(patterns, lower):
            about_job = not _NOT_THE_JOB().match(text, match.end(), match.end() + 60)
            result.types.append(
                EmploymentMention(
                    type=kind, span=posting.span_at(match.start(), match.end()),
                    raw=text[match.start():match.end()], about_job=about_job,
                )
            )
    for match in _hours(text, lower):
        low = match.group("min") or match.group("paren")
        high = match.group("max") or low
        result.hours.append(
            HoursMention(minimum=float(low.replace(",", ".")), maximum=float(high.replace(",", ".")), span=posting.span_at(match.start(), match.end()), raw=match.group(0))
        )
    result.types.sort(key=lambda m: (m.span.line, m.span.column))
    return result
