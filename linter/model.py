"""The data that flows through postlint: spans, postings, sections, items and findings.

Every stage hands plain pydantic models to the next (read -> split -> parse -> extract -> rules).
Lines and columns are 1-based; ``end_column`` is exclusive (the column just after the last
character), as in ruff's and SARIF's regions.
"""

from __future__ import annotations

from enum import Enum
from typing import Any

import bisect

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr


class Severity(str, Enum):
    INFO = "info"
    WARNING = "warning"
    ERROR = "error"

    @property
    def rank(self) -> int:
        return _SEVERITY_RANK[self]


_SEVERITY_RANK = {Severity.INFO: 0, Severity.WARNING: 1, Severity.ERROR: 2}


class Span(BaseModel):
    """A region of the source file: 1-based lines and columns, end column exclusive."""

    model_config = ConfigDict(frozen=True)

    line: int
    column: int = 1
    end_line: int
    end_column: int


class SectionKind(str, Enum):
    RESPONSIBILITIES = "responsibilities"
    REQUIREMENTS = "requirements"
    PREFERRED = "preferred"
    BENEFITS = "benefits"
    COMPENSATION = "compensation"
    ABOUT = "about"
    HOW_TO_APPLY = "how-to-apply"
    OTHER = "other"


class Priority(str, Enum):
    REQUIRED = "required"
    PREFERRED = "preferred"
    NONE = "none"


class Item(BaseModel):
    """One bullet, or one sentence of a prose block, inside a section."""

    text: str
    span: Span
    priority: Priority = Priority.NONE
    kind: str = "bullet"  # "bullet" | "sentence" | "value" (the value of a "Label: value" line)


class Section(BaseModel):
    kind: SectionKind
    heading: str | None
    span: Span
    heading_span: Span | None = None
    items: list[Item] = Field(default_factory=list)


class Line(BaseModel):
    """A source line of a posting, kept so rules can point at exact columns."""

    model_config = ConfigDict(frozen=True)

    number: int
    text: str


class Posting(BaseModel):
    """One job posting, parsed. ``facts`` is filled by the extract stage."""

    model_config = ConfigDict(arbitrary_types_allowed=True)

    path: str
    index: int = Field(description="1-based position of the posting in its file")
    title: str | None = None
    title_span: Span | None = None
    organization: str | None = None
    summary: str | None = None
    span: Span
    sections: list[Section] = Field(default_factory=list)
    front_matter: dict[str, Any] = Field(default_factory=dict)
    lines: list[Line] = Field(default_factory=list, exclude=True)
    labels: list["Label"] = Field(default_factory=list)
    includes: list["Include"] = Field(default_factory=list, description="Template includes outside comments")
    suppressions: list["Suppression"] = Field(default_factory=list, exclude=True)
    problems: list[tuple[str, str]] = Field(default_factory=list, exclude=True)  # (code, message) from split, e.g. bad front matter
    facts: Any = None  # postlint.extract.Facts; typed loosely so model.py imports no extractor
    _text: str | None = PrivateAttr(default=None)
    _starts: list[int] | None = PrivateAttr(default=None)

    @property
    def first_line(self) -> int:
        return self.lines[0].number if self.lines else self.span.line

    @property
    def text(self) -> str:
        """The posting's source lines joined with newlines (markup comments blanked to spaces)."""
        text = self._text
        if text is None:
            text = self._text = "\n".join(line.text for line in self.lines)
        return text

    def span_at(self, start: int, end: int) -> Span:
        """The source span of ``text[start:end]`` (offsets into :attr:`text`)."""
        # One private-attribute read per call: pydantic serves them through a slow __getattr__.
        starts = self._starts
        if starts is None:
            starts, offset = [], 0
            for line in self.lines:
                starts.append(offset)
                offset += len(line.text) + 1
            starts = self._starts = starts or [0]
        first = self.first_line
        a = bisect.bisect_right(starts, start) - 1
        b = bisect.bisect_right(starts, max(start, end - 1)) - 1 if end > start else a
        end_column = end - starts[b] + 1 if end > start else start - starts[a] + 1
        return Span(line=first + a, column=start - starts[a] + 1, end_line=first + b, end_column=end_column)

    def line_text(self, number: int) -> str:
        index = number - self.first_line
        return self.lines[index].text if 0 <= index < len(self.lines) else ""

    def items(self, *kinds: SectionKind) -> list[Item]:
        """All items of the sections of the given kinds (all sections when none given)."""
        return [i for s in self.sections if not kinds or s.kind in kinds for i in s.items]

    def sections_of(self, kind: SectionKind) -> list[Section]:
        return [s for s in self.sections if s.kind == kind]

    def anchor(self) -> Span:
        """Where posting-wide findings point: the title, else the posting's first line."""
        if self.title_span is not None:
            return self.title_span
        return Span(line=self.span.line, column=1, end_line=self.span.line, end_column=1)


class Label(BaseModel):
    """A "Label: value" line that names no section ("Location: Denver, CO", "Open Date: 10-30-15")."""

    name: str
    value: str
    span: Span
    value_span: Span


class Include(BaseModel):
    """A template include that renders content the source text does not show
    (``{% include job/salary_range.html min="$1" max="$2" %}``)."""

    name: str
    arguments: dict[str, str] = Field(default_factory=dict)
    span: Span


class Suppression(BaseModel):
    """An inline ``postlint: disable=...`` comment: the codes (empty = all) and the lines it covers."""

    codes: list[str]
    line: int
    first_line: int
    last_line: int
    whole_file: bool = False


class Finding(BaseModel):
    """One problem found in one posting. The engine fills ``path`` and the posting fields."""

    code: str
    name: str
    severity: Severity
    message: str
    instead: str | None = Field(default=None, description="What to write instead")
    span: Span
    path: str = ""
    posting_index: int | None = None
    posting_title: str | None = None

    def sort_key(self) -> tuple:
        return (self.path, self.span.line, self.span.column, self.code)


Posting.model_rebuild()
