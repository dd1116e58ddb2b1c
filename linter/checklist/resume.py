"""Resumes for ``postlint checklist --resume``: reading them, and matching requirement items to evidence.

Reading: ``.txt`` and ``.md`` as text, JSON Resume ``.json`` flattened to one line per entry, ``.pdf``
through pypdf (``pip install 'postlint[pdf]'``) and ``.docx`` through python-docx
(``pip install 'postlint[docx]'``). The optional libraries are imported only when such a file is read.

Matching is deterministic and explainable. A requirement item is broken into *components*: groups of
technology or field names (from ``rules/data/resume_aliases.toml``; "A or B" and parenthesised examples
are satisfied by either), a degree level (bachelor < master < PhD; "working towards a PhD" accepts one
in progress) and a number of years (from the resume's date ranges, overlaps merged). Each component is
evidenced by resume lines, quoted with their line numbers; a line that negates a term ("no experience
with Kubernetes") is not evidence. An item with no component (a soft skill, a logistics question) is
left for the applicant to **review**.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import re
import tomllib
from importlib import resources
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, Field

from ..extract.experience import number as number_of

Status = Literal["met", "partial", "missing", "review"]
SUPPORTED = (".txt", ".md", ".markdown", ".json", ".pdf", ".docx")


class ResumeError(Exception):
    """A resume that cannot be read: the message says why and what to do."""


class ResumeLine(BaseModel):
    number: int = Field(description="1-based line number in the resume's text")
    text: str
    where: str = Field(description='How to find the line: "line 12", or a JSON path for JSON Resume files')
    section: str | None = Field(default=None, description='The resume section: "education", "experience", "skills", ...')


class Resume(BaseModel):
    path: str
    lines: list[ResumeLine]


class Evidence(BaseModel):
    line: int
    where: str
    text: str
    shows: str = Field(description='What the line evidences: "Python", "PhD (in progress)", "4.5 years"')


class Fit(BaseModel):
    """How one requirement item stands against the resume."""

    status: Status
    found: list[str] = Field(default_factory=list, description="Components the resume evidences")
    missing: list[str] = Field(default_factory=list, description="Components the resume does not evidence")
    evidence: list[Evidence] = Field(default_factory=list)
    note: str = Field(default="", description="One sentence saying why the item has its status")


# ---------------------------------------------------------------------------------------------
# Reading
# ---------------------------------------------------------------------------------------------

_HEADINGS = {
    "education": "education", "academic background": "education", "degrees": "education",
    "experience": "experience", "work experience": "experience", "professional experience": "experience",
    "employment": "experience", "employment history": "experience", "research experience": "experience",
    "work history": "experience", "industry experience": "experience", "internships": "experience",
    "skills": "skills", "technical skills": "skills", "skills and tools": "skills", "technologies": "skills",
    "projects": "projects", "selected projects": "projects", "publications": "publications",
    "selected publications": "publications", "papers": "publications", "awards": "awards",
    "honors": "awards", "summary": "summary", "profile": "summary", "about": "summary",
    "languages": "languages", "certifications": "certifications", "volunteering": "volunteer",
    "volunteer experience": "volunteer", "teaching": "experience", "teaching experience": "experience",
}
_HEADING_CLEAN = re.compile(r"^[#\s*_]+|[\s*_:#]+$")


def _section_of(line: str) -> str | None:
    text = _HEADING_CLEAN.sub("", line.strip()).lower().replace("&", "and")
    if not text or len(text) > 40:
        return None
    return _HEADINGS.get(text)


def read_resume(path: str | Path) -> Resume:
    """Read a resume file into numbered lines. Raises :class:`ResumeError` with a clear message."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED:
        raise ResumeError(f"{path}: unsupported resume format {suffix or '(no extension)'!r}; use one of {', '.join(SUPPORTED)}")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ResumeError(f"{path}: cannot read the resume: {exc.strerror or exc}") from exc
    if suffix == ".json":
        return Resume(path=str(path), lines=_json_resume_lines(path, data))
    if suffix == ".pdf":
        texts = _pdf_lines(path, data)
    elif suffix == ".docx":
        texts = _docx_lines(path, data)
    else:
        texts = _decode(data).splitlines()
    return resume_from_lines(texts, str(path))


def resume_from_text(text: str, path: str = "<resume>") -> Resume:
    return resume_from_lines(text.splitlines(), path)


def resume_from_lines(texts: list[str], path: str) -> Resume:
    lines, section = [], None
    for number, text in enumerate(texts, 1):
        heading = _section_of(text)
        if heading:
            section = heading
        lines.append(ResumeLine(number=number, text=text.rstrip(), where=f"line {number}", section=section))
    if not any(line.text.strip() for line in lines):
        raise ResumeError(f"{path}: the resume has no text")
    return Resume(path=path, lines=lines)


def _decode(data: bytes) -> str:
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return data.decode("utf-8", "replace")


def _pdf_lines(path: Path, data: bytes) -> list[str]:
    # The posting reader's PDF text, with its bounds on pages, characters and time (a resume is a
    # file like any other: a crafted one must not hang the checklist).
    from ..ingest.documents import DocumentError, MissingExtra, pdf_text

    try:
        return pdf_text(data).splitlines()
    except MissingExtra as exc:
        raise ResumeError(f"{path}: reading PDF resumes needs pypdf: pip install 'postlint[pdf]'") from exc
    except DocumentError as exc:
        raise ResumeError(f"{path}: {str(exc).replace('the posting', 'the resume')}") from exc


def _docx_lines(path: Path, data: bytes) -> list[str]:
    try:
        import docx  # optional extra: postlint[docx] (python-docx)
    except ImportError as exc:
        raise ResumeError(f"{path}: reading .docx resumes needs python-docx: pip install 'postlint[docx]'") from exc
    import io

    from ..ingest.documents import DocumentError, check_zip

    try:
        check_zip(data)  # a zip bomb is refused before python-docx inflates it
    except DocumentError as exc:
        raise ResumeError(f"{path}: {exc}") from exc
    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as exc:  # noqa: BLE001 - a broken or non-docx file
        raise ResumeError(f"{path}: cannot read the .docx file: {type(exc).__name__}: {exc}") from exc
    texts = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            texts.append(" | ".join(cell.text.strip() for cell in row.cells))
    return texts


def _json_resume_lines(path: Path, data: bytes) -> list[ResumeLine]:
    """A JSON Resume (jsonresume.org schema) as one line per entry, each with its JSON path."""
    try:
        doc = json.loads(_decode(data))
    except json.JSONDecodeError as exc:
        raise ResumeError(f"{path}: not valid JSON: line {exc.lineno}: {exc.msg}") from exc
    if not isinstance(doc, dict):
        raise ResumeError(f"{path}: a JSON Resume must be an object with basics, work, education, skills, ...")
    rows: list[tuple[str, str, str | None]] = []

    def add(text, where: str, section: str | None) -> None:
        if isinstance(text, str) and text.strip():
            rows.append((" ".join(text.split()), where, section))

    def span(entry: dict) -> str:
        start, end = entry.get("startDate"), entry.get("endDate")
        if isinstance(start, str) and start:
            return f", {start} – {end if isinstance(end, str) and end else 'present'}"
        return ""

    basics = doc.get("basics") if isinstance(doc.get("basics"), dict) else {}
    add(basics.get("label"), "basics.label", "summary")
    add(basics.get("summary"), "basics.summary", "summary")
    for key, section in (("work", "experience"), ("volunteer", "volunteer"), ("projects", "projects")):
        for i, entry in enumerate(doc.get(key) or []):
            if not isinstance(entry, dict):
                continue
            head = ", ".join(str(entry[k]) for k in ("position", "name", "organization", "entity") if isinstance(entry.get(k), str) and entry[k])
            add(head + span(entry), f"{key}[{i}]", section)
            add(entry.get("summary") or entry.get("description"), f"{key}[{i}].summary", section)
            for j, item in enumerate(entry.get("highlights") or []):
                add(item, f"{key}[{i}].highlights[{j}]", section)
            keywords = [k for k in entry.get("keywords") or [] if isinstance(k, str)]
            if keywords:
                add(", ".join(keywords), f"{key}[{i}].keywords", section)
    for i, entry in enumerate(doc.get("education") or []):
        if isinstance(entry, dict):
            degree = " in ".join(str(entry[k]) for k in ("studyType", "area") if isinstance(entry.get(k), str) and entry[k])
            institution = entry.get("institution") if isinstance(entry.get("institution"), str) else ""
            add(", ".join(x for x in (degree, institution) if x) + span(entry), f"education[{i}]", "education")
            for j, course in enumerate(entry.get("courses") or []):
                add(course, f"education[{i}].courses[{j}]", "education")
    for i, entry in enumerate(doc.get("skills") or []):
        if isinstance(entry, dict):
            keywords = ", ".join(k for k in entry.get("keywords") or [] if isinstance(k, str))
            name = entry.get("name") if isinstance(entry.get("name"), str) else ""
            add(f"{name}: {keywords}" if name and keywords else name or keywords, f"skills[{i}]", "skills")
    for i, entry in enumerate(doc.get("publications") or []):
        if isinstance(entry, dict):
            add("Publication: " + ", ".join(str(entry[k]) for k in ("name", "publisher", "releaseDate") if isinstance(entry.get(k), str) and entry[k]),
                f"publications[{i}]", "publications")
    for i, entry in enumerate(doc.get("certificates") or []):
        if isinstance(entry, dict):
            add(entry.get("name"), f"certificates[{i}]", "certifications")
    if not rows:
        raise ResumeError(f"{path}: the JSON Resume has no work, education, skills or summary entries")
    return [ResumeLine(number=n, text=text, where=where, section=section) for n, (text, where, section) in enumerate(rows, 1)]


# ---------------------------------------------------------------------------------------------
# Terms (technologies and fields)
# ---------------------------------------------------------------------------------------------


_LISTED_LEAD = re.compile(r"(?:[,(/:&]|\b(?:in|with|and|or|using|like|e\.g\.))\s*$", re.I)


class _Terms:
    def __init__(self, table: dict, not_terms: list[str] | None = None) -> None:
        self.not_terms = re.compile("|".join(re.escape(p) for p in not_terms), re.I) if not_terms else None
        self.canonical: dict[str, str] = {}  # lower-cased or exact alias -> canonical name
        self.exact: set[str] = set()
        self.listed: set[str] = set()
        parts = []
        for name, entry in table.items():
            if entry.get("listed"):
                self.listed.update(entry.get("exact", []))
            for alias in entry.get("aliases", []):
                self.canonical[alias.lower()] = name
            for alias in entry.get("exact", []):
                self.exact.add(alias)
                self.canonical[alias] = name
        aliases = sorted({a for a in self.canonical}, key=len, reverse=True)
        for alias in aliases:
            body = re.escape(alias)
            if alias in self.exact:
                body = f"(?-i:{body})"
                if len(alias) == 1:  # "R" but not "R&D" or "R's"
                    body += r"(?![&'’\-/]\w)"
            parts.append(body)
        # Word edges that understand C++, C#, .NET and keep Java out of JavaScript.
        self.pattern = re.compile(r"(?<![\w+#.])(?:" + "|".join(parts) + r")(?![\w+#])", re.I)

    def name(self, matched: str) -> str:
        return self.canonical.get(matched) or self.canonical.get(matched.lower()) or matched

    def find(self, text: str) -> list[tuple[int, int, str]]:
        if self.not_terms is not None:  # same length, so offsets stay valid
            text = self.not_terms.sub(lambda m: " " * len(m.group(0)), text)
        return [
            (m.start(), m.end(), self.name(m.group(0))) for m in self.pattern.finditer(text)
            if m.group(0) not in self.listed or _LISTED_LEAD.search(text, max(0, m.start() - 12), m.start())
        ]


@functools.lru_cache(maxsize=1)
def terms() -> _Terms:
    source = resources.files("postlint.rules").joinpath("data/resume_aliases.toml").read_text("utf-8")
    data = tomllib.loads(source)
    return _Terms(data["terms"], data.get("not_terms", {}).get("phrases", []))


# ---------------------------------------------------------------------------------------------
# Requirement analysis
# ---------------------------------------------------------------------------------------------

_LEVELS = {1: "bachelor's degree", 2: "master's degree", 3: "PhD"}
_DEGREE = re.compile(
    r"(?P<phd>\bPh\.?\s?D\b\.?|\bdoctora(?:te|l)\b|\bDPhil\b)"
    r"|(?P<master>\bmaster'?s?(?=\s+(?:degree|of|in)\b)|\bM\.S\.?c?(?!\w)|\bMSc\b|\bM\.Eng\b|\bMEng\b|\bMBA\b|\bMS(?=\s+(?:in|degree)\b|,)|\bM\.A\.(?!\w))"
    r"|(?P<bachelor>\bbachelor'?s?(?=\s+(?:degree|of|in)\b|\s*(?:,|\.|;|$| or| and| required| preferred))|\bB\.S\.?c?(?!\w)|\bBSc\b|\bB\.Eng\b|\bBEng\b|\bB\.A\.(?!\w)|\b(?:BS|BA)(?=\s+(?:in|degree)\b|,)|\bundergraduate degree\b|\bfour-year (?:college )?degree\b|\b(?:college|university) degree\b)",
    re.I,
)
_IN_PROGRESS_DEMAND = re.compile(r"\b(working towards?|pursuing|currently enrolled|enrolled in|candidacy|candidate|in progress|current(?:ly)? (?:a )?(?:phd |graduate )?student)\b", re.I)
_IN_PROGRESS_RESUME = re.compile(r"\b(candidate|in progress|expected|anticipated|present|current(?:ly)?|pursuing|ongoing|student|working towards?)\b", re.I)
_YEARS_DEMAND = re.compile(
    r"\b(?P<n>\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)\s*\+?\s*(?:(?:-|–|to)\s*\d{1,2}\s*)?\+?\s*(?:years?|yrs)\b", re.I
)
# Words that leave "N years of ..." generic: anything else names a kind of experience postlint cannot
# check from dates alone ("as an Electrical Mechanic", "with the City").
_GENERIC_EXPERIENCE = set(
    "of in a an the at least minimum min total overall experience experiences professional relevant related industry "
    "work working full-time paid hands-on post-graduate postgraduate practical prior previous demonstrated proven "
    "and or with including plus required requires requiring must have has having is are as strong solid deep "
    "focus focused on similar role roles field fields area areas domain domains environment environments "
    "position positions team teams using building such e g etc other related frameworks framework tools tool "
    "technologies technology platforms platform stack systems system modern production hands-on "
    "large-scale scale degree".split()
)
_SUBSTITUTE = re.compile(r"\b(?:may be substituted|can be substituted|substitut\w+ for|in lieu of|in place of)\b", re.I)
_LOGISTICS = re.compile(
    r"\b(legally|authori[sz](?:ed|ation) to work|work authori[sz]ation|visa|sponsorship|relocat\w*|travel|security clearance|"
    r"driver'?s licen[cs]e|background check|availab\w+|on[- ]?site|commut\w*|shifts?|weekends?|hours?/week|hours per week)\b",
    re.I,
)
_SOFT = re.compile(
    r"\b(communicat\w*|team player|teamwork|collaborat\w*|passion\w*|motivated|self-starter|autonomy|ownership|curious|curiosity|"
    r"critical thinking|detail[- ]oriented|attitude|interpersonal|leadership|adaptab\w+|comfort\w*|fast learner|problem[- ]solv\w*)\b",
    re.I,
)
_ANY_OF_LEAD = re.compile(r"(?:such as|e\.g\.?,?|for example|for instance|like|including|one of|either|any of)\s*$", re.I)
_OR_RELATED_TAIL = re.compile(r"^\s*,?\s*(?:or|and/or)\s+(?:other|related|similar|equivalent|comparable)\b", re.I)
_LIST_WORD = re.compile(r"^(?:and/or|and|or|&)\s+", re.I)
_PAREN = re.compile(r"\(([^()]*)\)")
_CATEGORY_NEXT = re.compile(r"\s+(?:frameworks?|librar(?:y|ies)|tools?|tooling|platforms?|languages?|stack)\b", re.I)
_CLAUSE_END = re.compile(r"[.;!?](?:\s|$)")


class TermGroup(BaseModel):
    any_of: list[str]

    @property
    def label(self) -> str:
        names = self.any_of
        return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " or " + names[-1]


class Demand(BaseModel):
    """What one requirement item asks for, as checkable components."""

    groups: list[TermGroup] = Field(default_factory=list)
    degree: int | None = Field(default=None, description="1 bachelor, 2 master, 3 PhD: the lowest level the item accepts")
    degree_in_progress_ok: bool = False
    years: int | None = None
    years_generic: bool = Field(default=True, description='"5+ years of experience": any dated experience counts')
    logistics: bool = False
    soft: bool = False


def _gap_is_list(gap: str) -> bool:
    """Is the text between two terms a list separator (", ", " and ", ", User Understanding, ")?"""
    stripped = gap.strip()
    if not stripped or not re.search(r",|/|\b(?:and|or)\b|&", stripped):
        return False
    for piece in re.split(r"[,/]", stripped):
        piece = _LIST_WORD.sub("", piece.strip()).strip()
        if piece not in ("and", "or", "&", "and/or") and len(piece.split()) > 3:
            return False
    return True


_OR_GAP = re.compile(r"^\s*(?:/|or|and/or)\s*$", re.I)
_LAST_GAP_OR = re.compile(r"\b(?:or|and/or)\b", re.I)


def _groups(text: str) -> list[TermGroup]:
    found = terms()
    groups: list[TermGroup] = []

    def add(names: list[str]) -> None:
        names = list(dict.fromkeys(names))
        if names and not any(g.any_of == names for g in groups):
            groups.append(TermGroup(any_of=names))

    # Parenthesised lists name examples: "a systems language (Java, C++, Python)" takes any one.
    rest = text
    for match in _PAREN.finditer(text):
        inside = [name for _, _, name in found.find(match.group(1))]
        if inside:
            add(inside)
            rest = rest[: match.start()] + " " * (match.end() - match.start()) + rest[match.end():]
    # "one ML framework (...)": an abbreviation naming a category is not a demand for the field.
    hits = [h for h in found.find(rest) if not (rest[h[0]:h[1]] in found.exact and _CATEGORY_NEXT.match(rest, h[1]))]
    run: list[tuple[int, int, str]] = []

    def close() -> None:
        # A list is any-of when it is led by "such as"/"one of", ends "or related", or its last
        # separator is "or" ("A, B, or C"); otherwise each item is demanded, except pairs joined
        # directly by "/" or "or" ("Postgres/MySQL", "ETL or ELT").
        nonlocal run
        if not run:
            return
        gaps = [rest[a[1]: b[0]] for a, b in zip(run, run[1:])]
        lead = rest[max(0, run[0][0] - 40): run[0][0]]
        tail = rest[run[-1][1]: run[-1][1] + 40]
        if _ANY_OF_LEAD.search(lead) or _OR_RELATED_TAIL.match(tail) or (gaps and _LAST_GAP_OR.search(gaps[-1])):
            add([name for _, _, name in run])
        else:
            group = [run[0][2]]
            for gap, hit in zip(gaps, run[1:]):
                if _OR_GAP.match(gap):
                    group.append(hit[2])
                else:
                    add(group)
                    group = [hit[2]]
            add(group)
        run = []

    for hit in hits:
        if run:
            gap = rest[run[-1][1]: hit[0]]
            if _gap_is_list(gap) and not _CLAUSE_END.search(gap):
                run.append(hit)
                continue
            close()
        run = [hit]
    close()
    return groups


def analyse(text: str) -> Demand:
    demand = Demand(logistics=bool(_LOGISTICS.search(text)), soft=bool(_SOFT.search(text)))
    levels = [_level(m) for m in _DEGREE.finditer(text)]
    if levels:
        demand.degree = min(levels)
        demand.degree_in_progress_ok = bool(_IN_PROGRESS_DEMAND.search(text))
    years = _YEARS_DEMAND.search(text)
    if years:
        demand.years = int(number_of(years.group("n")))
        rest = text[: years.start()] + " " * (years.end() - years.start()) + text[years.end():]
        spans = [(a, b) for a, b, _ in terms().find(rest)] + [m.span() for m in _DEGREE.finditer(rest)]
        for start, end in spans:  # "3+ years with Python": the term is checked, not a kind of experience
            rest = rest[:start] + " " * (end - start) + rest[end:]
        rest_words = re.findall(r"[a-z][a-z'-]*", rest.lower())
        demand.years_generic = all(w in _GENERIC_EXPERIENCE for w in rest_words)
    # Fields named after a degree ("a PhD in Computer Science, ML or related field") are alternatives
    # of the degree, not separate demands: only the text outside the degree's clause gives terms.
    rest = text
    for match in reversed(list(_DEGREE.finditer(text))):
        end = _CLAUSE_END.search(rest, match.end())
        rest = rest[: match.start()] + " " + (rest[end.start():] if end else "")
    demand.groups = _groups(rest)
    return demand


def _level(match: re.Match) -> int:
    return 3 if match.group("phd") else 2 if match.group("master") else 1


# ---------------------------------------------------------------------------------------------
# Resume evidence
# ---------------------------------------------------------------------------------------------

# A term is negated when a negation sits just before it ("without Docker", "not Java") or negates
# having experience in its clause ("No professional experience with Kubernetes", "never used Java");
# "with no downtime using Kubernetes" stays evidence.
_NEGATION_NEAR = re.compile(r"\b(?:no|not|never|without|lack(?:s|ing)?|unfamiliar with)\b(?:\W+\w+){0,1}\W*$", re.I)
_NEGATION_EXPERIENCE = re.compile(
    r"\b(?:no|not|never|lack(?:s|ing)?)\b(?:\W+\w+){0,3}?\W+(?:experience|exposure|knowledge|familiar(?:ity)?|used|worked|touched|proficient)\b", re.I
)
_CLAUSE_BREAK = re.compile(r"[,;.:()]|\bbut\b|\bhowever\b", re.I)
_MONTHS = {m: i for i, m in enumerate(["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], 1)}
_MONTH = r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
_POINT = rf"(?:(?:{_MONTH})\s+(?:19|20)\d{{2}}|\d{{1,2}}/(?:19|20)\d{{2}}|(?:19|20)\d{{2}}-\d{{2}}(?:-\d{{2}})?|(?:19|20)\d{{2}})"
_RANGE = re.compile(
    rf"(?P<start>{_POINT})\s*(?:-|–|—|to|until)\s*(?P<end>{_POINT}|present|current|now|today|ongoing)(?!\w)", re.I
)


def _point(text: str, end: bool, today: dt.date) -> tuple[int, int]:
    """A date-range end point as (year, month); a bare year is January (start) or December (end)."""
    text = text.strip().lower().rstrip(".")
    if text in ("present", "current", "now", "today", "ongoing"):
        return today.year, today.month
    iso = re.match(r"((?:19|20)\d{2})-(\d{2})", text)
    if iso:
        return int(iso.group(1)), max(1, min(12, int(iso.group(2))))
    numeric = re.match(r"(\d{1,2})/((?:19|20)\d{2})", text)
    if numeric:
        return int(numeric.group(2)), max(1, min(12, int(numeric.group(1))))
    year = int(re.search(r"(?:19|20)\d{2}", text).group(0))
    month_word = re.match(r"[a-z]+", text)
    if month_word and month_word.group(0)[:3] in _MONTHS:
        return year, _MONTHS[month_word.group(0)[:3]]
    return year, 12 if end else 1


def date_ranges(line: str, today: dt.date) -> list[tuple[int, int]]:
    """Date ranges in one line as month indexes (start, end inclusive)."""
    ranges = []
    for match in _RANGE.finditer(line):
        y1, m1 = _point(match.group("start"), False, today)
        y2, m2 = _point(match.group("end"), True, today)
        start, end = y1 * 12 + m1 - 1, min(y2 * 12 + m2 - 1, today.year * 12 + today.month - 1)
        if end >= start:
            ranges.append((start, end))
    return ranges


def merged_months(ranges: list[tuple[int, int]]) -> int:
    """Total months covered by inclusive month ranges, overlaps counted once."""
    total, current = 0, None
    for start, end in sorted(ranges):
        if current and start <= current[1] + 1:
            current = (current[0], max(current[1], end))
        else:
            if current:
                total += current[1] - current[0] + 1
            current = (start, end)
    if current:
        total += current[1] - current[0] + 1
    return total


def _negated(line: str, start: int) -> bool:
    before = line[:start]
    breaks = list(_CLAUSE_BREAK.finditer(before))
    clause = before[breaks[-1].end():] if breaks else before
    return bool(_NEGATION_NEAR.search(clause) or _NEGATION_EXPERIENCE.search(clause))


class _Index:
    """What a resume evidences: term -> lines, degree lines, dated experience lines."""

    def __init__(self, resume: Resume, today: dt.date) -> None:
        self.resume = resume
        self.terms: dict[str, list[ResumeLine]] = {}
        self.degrees: list[tuple[int, bool, ResumeLine]] = []  # (level, in progress, line)
        self.dated: list[tuple[list[tuple[int, int]], ResumeLine]] = []
        found = terms()
        for line in resume.lines:
            text = line.text
            if not text.strip():
                continue
            if _section_of(text):
                continue  # a heading is not evidence; the entries under it are
            names = [(start, name) for start, _, name in found.find(text)]
            if line.section == "publications":
                names.append((0, "publications"))
            for start, name in names:
                if not _negated(text, start):
                    self.terms.setdefault(name, [])
                    if line not in self.terms[name]:
                        self.terms[name].append(line)
            degree_matches = list(_DEGREE.finditer(text))
            ranges = date_ranges(text, today)
            education = line.section == "education" or bool(degree_matches)
            if degree_matches and not _negated(text, degree_matches[0].start()):
                level = max(_level(m) for m in degree_matches)
                in_progress = bool(_IN_PROGRESS_RESUME.search(text)) or any(
                    end >= today.year * 12 + today.month - 1 for _, end in ranges
                ) or any(int(y) > today.year for y in re.findall(r"\b(20\d{2})\b", text))
                self.degrees.append((level, in_progress, line))
            if ranges and not education:
                self.dated.append((ranges, line))

    def years(self) -> float:
        return merged_months([r for ranges, _ in self.dated for r in ranges]) / 12


_MARKUP_LEAD = re.compile(r"^(?:#{1,6}\s+|[-*+•·▪]\s+|\d{1,2}[.)]\s+)+")


def _evidence(line: ResumeLine, shows: str) -> Evidence:
    text = _MARKUP_LEAD.sub("", line.text.strip())
    if len(text) > 160:
        text = text[:157].rstrip() + "..."
    return Evidence(line=line.number, where=line.where, text=text, shows=shows)


class Matcher:
    """Matches requirement items against one resume."""

    def __init__(self, resume: Resume, today: dt.date | None = None) -> None:
        self.resume = resume
        self.today = today or dt.date.today()
        self.index = _Index(resume, self.today)

    def match(self, text: str) -> Fit:
        demand = analyse(text)
        if _SUBSTITUTE.search(text):
            return Fit(status="review", note="an alternative to another requirement: check which one applies to you")
        if demand.logistics and not demand.groups and demand.degree is None:
            return Fit(status="review", note="logistics: check this yourself (a resume cannot show it)")
        scores: list[float] = []
        fit = Fit(status="review")
        for group in demand.groups:
            hits = [(name, self.index.terms[name][0]) for name in group.any_of if name in self.index.terms]
            if hits:
                scores.append(1.0)
                name, line = hits[0]
                fit.found.append(name)
                fit.evidence.append(_evidence(line, name))
            else:
                scores.append(0.0)
                fit.missing.append(group.label)
        if demand.degree is not None:
            scores.append(self._degree(demand, fit))
        if demand.years is not None and demand.years_generic:
            scores.append(self._years(demand.years, fit))
        elif demand.years is not None:
            # "Two years as a port pilot": dates cannot show the kind, and a term that happens to
            # match ("research") must not make the item look met.
            have = self.index.years()
            fit.status = "review"
            fit.evidence = _unique(fit.evidence + [_evidence(line, "dates") for _, line in self.index.dated[:2]])[:4]
            shows = f" and mentions {', '.join(fit.found)}" if fit.found else ""
            fit.note = (f"{demand.years} year{'s' if demand.years != 1 else ''} of a particular kind of experience: your resume's dates show "
                        f"{have:.1f} years in all{shows}; check they are the kind asked for")
            fit.found, fit.missing = [], []
            return fit
        if demand.soft and demand.degree is None and demand.years is None:
            # "Passion for applied ML": a resume line naming ML does not show passion. Show related lines.
            fit.evidence = _unique(fit.evidence)[:4]
            fit.found, fit.missing = [], []
            fit.note = "a soft skill: have an example ready" + (" (related resume lines below)" if fit.evidence else "")
            return fit
        if not scores:
            fit.note = "nothing postlint can check (no technology, degree or years): judge it yourself"
            return fit
        fit.evidence = _unique(fit.evidence)[:4]
        if all(s == 1.0 for s in scores):
            fit.status = "met"
            fit.note = "the resume shows " + ", ".join(fit.found)
        elif any(s > 0 for s in scores):
            fit.status = "partial"
            fit.note = f"the resume shows {', '.join(fit.found) or 'part of it'}; not found: {', '.join(fit.missing)}"
        else:
            fit.status = "missing"
            fit.note = "no resume line shows " + "; ".join(fit.missing)
        return fit

    def _degree(self, demand: Demand, fit: Fit) -> float:
        wanted = _LEVELS[demand.degree]
        done = [(lvl, line) for lvl, progress, line in self.index.degrees if not progress and lvl >= demand.degree]
        going = [(lvl, line) for lvl, progress, line in self.index.degrees if progress and lvl >= demand.degree]
        if done:
            fit.found.append(wanted)
            fit.evidence.insert(0, _evidence(done[0][1], _LEVELS[done[0][0]]))
            return 1.0
        if going:
            fit.evidence.insert(0, _evidence(going[0][1], f"{_LEVELS[going[0][0]]} (in progress)"))
            if demand.degree_in_progress_ok:
                fit.found.append(f"{wanted} (in progress)")
                return 1.0
            fit.found.append(f"{wanted} in progress")
            fit.missing.append(f"a completed {wanted}")
            return 0.5
        fit.missing.append(f"a {wanted}" if demand.degree != 3 else "a PhD")
        return 0.0

    def _years(self, wanted: int, fit: Fit) -> float:
        have = self.index.years()
        label = f"{have:.1f} years of dated experience (overlaps merged)"
        for _, line in self.index.dated[:2]:
            fit.evidence.append(_evidence(line, "dates"))
        if have >= wanted:
            fit.found.append(label)
            return 1.0
        fit.missing.append(f"{wanted}+ years (the resume's dates show {have:.1f})")
        return 0.5 if have > 0 else 0.0


def _unique(evidence: list[Evidence]) -> list[Evidence]:
    seen, result = set(), []
    for item in evidence:
        if item.line not in seen:
            seen.add(item.line)
            result.append(item)
    return result
