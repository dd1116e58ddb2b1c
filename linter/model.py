"""The data that flows through postlint: spans, postings, sections, items and findings.

Every stage hands plain data to the next (read -> split -> parse -> extract -> rules). These classes
(and the fact classes in ``postlint.extract``) are slotted dataclasses, not pydantic models: a
corpus run builds ~400,000 spans, lines and items, which pydantic's validation made 2-3x dearer to
build and to read, and the first pydantic validator built costs ~50 ms at start, for data that
postlint builds itself and never needs validating. Pydantic validates what comes from outside
(config and rule options); :func:`to_json` writes these classes as JSON the way
pydantic's ``model_dump`` would. Lines and columns are 1-based; ``end_column`` is exclusive (the
column just after the last character), as in ruff's and SARIF's regions.
"""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
from dataclasses import dataclass, field, fields, is_dataclass
from enum import Enum
from typing import Any


def internal(**kwargs: Any) -> Any:
    """A dataclass field kept out of JSON (:func:`to_json`): parse and extract bookkeeping.
    Default None unless a ``default`` or ``default_factory`` is given."""
    if "default_factory" not in kwargs:
        kwargs.setdefault("default", None)
    return field(metadata={"json": False}, **kwargs)


class Severity(str, Enum):
    INFO = "info"
    WARNING = "warning"
    ERROR = "error"

    @property
    def rank(self) -> int:
        return _SEVERITY_RANK[self]


_SEVERITY_RANK = {Severity.INFO: 0, Severity.WARNING: 1, Severity.ERROR: 2}


@dataclass(frozen=True, slots=True, kw_only=True, init=False)
class Span:
    """A region of the source file: 1-based lines and columns, end column exclusive."""

    line: int
    column: int = 1
    end_line: int
    end_column: int

    def __init__(self, *, line: int, column: int = 1, end_line: int, end_column: int) -> None:
        # A frozen dataclass's generated __init__ sets each field through object.__setattr__, ~3x
        # slower than the slot descriptors used here; a corpus run builds ~200,000 spans.
        _set_line(self, line)
        _set_column(self, column)
        _set_end_line(self, end_line)
        _set_end_column(self, end_column)


_set_line, _set_column, _set_end_line, _set_end_column = (
    Span.line.__set__, Span.column.__set__, Span.end_line.__set__, Span.end_column.__set__
)


class SectionKind(str, Enum):
    RESPONSIBILITIES = "responsibilities"
    REQUIREMENTS = "requirements"
    PREFERRED = "preferred"
    BENEFITS = "benefits"
    COMPENSATION = "compensation"
    ABOUT = "about"
    HOW_TO_APPLY = "how-to-apply"
    QUESTIONS = "application-questions"  # a questionnaire the applicant answers: not requirements
    NOTICES = "notices"  # legal, equal-opportunity, privacy and accommodation notices
    OTHER = "other"


class Priority(str, Enum):
    REQUIRED = "required"
    PREFERRED = "preferred"
    NONE = "none"


@dataclass(slots=True, kw_only=True)
class Item:
    """One bullet, or one sentence of a prose block, inside a section."""

    text: str
    span: Span
    priority: Priority = Priority.NONE
    kind: str = "bullet"  # "bullet" | "sentence" | "value" (the value of a "Label: value" line)


@dataclass(slots=True, kw_only=True)
class Section:
    kind: SectionKind
    heading: str | None
    span: Span
    heading_span: Span | None = None
    items: list[Item] = field(default_factory=list)


@dataclass(frozen=True, slots=True, kw_only=True, init=False)
class Line:
    """A source line of a posting, kept so rules can point at exact columns."""

    number: int
    text: str

    def __init__(self, *, number: int, text: str) -> None:
        _set_number(self, number)  # slot descriptors, as in Span.__init__
        _set_text(self, text)


_set_number, _set_text = Line.number.__set__, Line.text.__set__


@dataclass(slots=True, kw_only=True)
class Posting:
    """One job posting, parsed. ``facts`` is filled by the extract stage."""

    path: str
    index: int  # 1-based position of the posting in its file
    title: str | None = None
    title_span: Span | None = None
    organization: str | None = None
    summary: str | None = None
    span: Span
    sections: list[Section] = field(default_factory=list)
    front_matter: dict[str, Any] = field(default_factory=dict)
    lines: list[Line] = internal(default_factory=list)
    labels: list[Label] = field(default_factory=list)
    includes: list[Include] = field(default_factory=list)  # template includes outside comments
    suppressions: list[Suppression] = internal(default_factory=list)
    problems: list[tuple[str, str]] = internal(default_factory=list)  # (code, message) from split, e.g. bad front matter
    facts: Any = None  # postlint.extract.Facts; typed loosely so model.py imports no extractor
    # The schema.org JobPosting the file carries for this posting (JSON-LD, microdata, JSON), if any;
    # its facts are on ``facts.structured``.
    structured: StructuredData | None = internal()
    site_name: str | None = internal()  # the HTML page's og:site_name
    _text: str | None = internal(init=False, repr=False, compare=False)
    _starts: list[int] | None = internal(init=False, repr=False, compare=False)

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

    @property
    def line_starts(self) -> list[int]:
        """The offset in :attr:`text` where each source line starts ([0] when there are no lines).
        The parser fills it in; computed once otherwise."""
        starts = self._starts
        if starts is None:
            lengths = [len(line.text) + 1 for line in self.lines[:-1]]
            starts = self._starts = list(itertools.accumulate(lengths, initial=0))
        return starts

    def span_at(self, start: int, end: int) -> Span:
        """The source span of ``text[start:end]`` (offsets into :attr:`text`)."""
        starts = self.line_starts
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

    def section_lines(self) -> list[tuple[int, int, SectionKind]]:
        """(first line, last line, kind) of each section, in order: from its heading to its last
        item. Sections follow each other, so where two hold a line the later one is the line's."""
        found = []
        for section in self.sections:
            first = section.heading_span.line if section.heading_span else section.span.line
            last = max([section.span.end_line] + [i.span.end_line for i in section.items])
            found.append((first, last, section.kind))
        return found

    def anchor(self) -> Span:
        """Where posting-wide findings point: the title, else the posting's first line."""
        if self.title_span is not None:
            return self.title_span
        return Span(line=self.span.line, column=1, end_line=self.span.line, end_column=1)


@dataclass(slots=True, kw_only=True)
class StructuredData:
    """A schema.org ``JobPosting`` object as the file holds it (JSON-LD, microdata or a JSON file)."""

    data: dict[str, Any]
    origin: str  # "json-ld" | "microdata" | "json"
    line: int  # the file's line where it is (the <script> block, the itemscope element; 1 for JSON)
    error: str | None = None  # why the data could not be read (invalid JSON), when it could not
    body_from_data: bool = False  # the posting's text is this data's description (the page showed none)
    # The job-board feed the record came from (postlint.ingest.feeds: "greenhouse", "teamtailor"...);
    # its ``origin`` is "feed" when the data was mapped from the feed's own fields, not schema.org.
    feed: str | None = None


@dataclass(slots=True, kw_only=True)
class Label:
    """A "Label: value" line that names no section ("Location: Denver, CO", "Open Date: 10-30-15")."""

    name: str
    value: str
    span: Span
    value_span: Span


@dataclass(slots=True, kw_only=True)
class Include:
    """A template include that renders content the source text does not show
    (``{% include job/salary_range.html min="$1" max="$2" %}``)."""

    name: str
    arguments: dict[str, str] = field(default_factory=dict)
    span: Span


@dataclass(slots=True, kw_only=True)
class Suppression:
    """An inline ``postlint: disable=...`` comment: the codes (empty = all) and the lines it covers."""

    codes: list[str]
    line: int
    first_line: int
    last_line: int
    whole_file: bool = False


@dataclass(slots=True, kw_only=True)
class Finding:
    """One problem found in one posting. The engine fills ``path`` and the posting fields."""

    code: str
    name: str
    severity: Severity
    message: str
    instead: str | None = None  # what to write instead
    span: Span
    path: str = ""
    posting_index: int | None = None
    posting_title: str | None = None

    def sort_key(self) -> tuple:
        return (self.path, self.span.line, self.span.column, self.code)

    def to_dict(self) -> dict[str, Any]:
        """The finding as ``--format json`` writes it (docs/json-output.schema.json): plain JSON values."""
        return {
            "code": self.code,
            "name": self.name,
            "severity": self.severity.value,
            "message": self.message,
            "instead": self.instead,
            "path": self.path,
            "line": self.span.line,
            "column": self.span.column,
            "end_line": self.span.end_line,
            "end_column": self.span.end_column,
            "posting_index": self.posting_index,
            "posting_title": self.posting_title,
        }



def to_json(value: Any, exclude: frozenset[str] | set[str] = frozenset()) -> Any:
    """``value`` (these dataclasses, pydantic models, lists and dicts of them) as JSON-ready data,
    the way pydantic's ``model_dump(mode="json")`` writes it: enums as values, dates as ISO strings.
    A dataclass gives its fields in order, minus :func:`internal` ones and ``exclude`` (top level
    only), plus the properties its class names in ``__json_properties__``."""
    if is_dataclass(value) and not isinstance(value, type):
        data = {
            f.name: to_json(getattr(value, f.name))
            for f in fields(value)
            if f.metadata.get("json", True) and f.name not in exclude
        }
        for name in getattr(value, "__json_properties__", ()):
            data[name] = to_json(getattr(value, name))
        return data
    if isinstance(value, (list, tuple)):
        return [to_json(v) for v in value]
    if isinstance(value, dict):
        return {k: to_json(v) for k, v in value.items()}
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, (dt.date, dt.time)):
        return value.isoformat()
    if hasattr(value, "model_dump"):
        return value.model_dump(mode="json")
    return value


def section_kind_at(section_lines: list[tuple[int, int, SectionKind]], line: int) -> SectionKind | None:
    """The kind of the section holding ``line`` (see :meth:`Posting.section_lines`), or None."""
    kind = None
    for first, last, section_kind in section_lines:
        if first <= line <= last:
            kind = section_kind
    return kind
