"""Resumes for ``postlint checklist --resume``: reading them, and matching requirement items to evidence.

Reading: ``.txt`` and ``.md`` as text, JSON Resume ``.json`` flattened to one line per entry, ``.pdf``
through pypdf (``pip install 'postlint[pdf]'``) and ``.docx`` through python-docx
(``pip install 'postlint[docx]'``). The optional libraries are imported only when such a file is read.

Matching is deterministic and explainable. A requirement item is broken into *components*: groups of
technology or field names (from ``rules/data/resume_aliases.toml``; "A or B" and parenthesised examples
are satisfied by either), a degree level and field (bachelor < master < PhD; "working towards a PhD"
accepts one in progress; "a quantitative field" any such field), a number of years (stated next to a
technology, "Python (6 years)", or from the dated entries that name the kind asked for, overlaps merged)
and its *key terms*: the words left once those and generic words ("experience", "research", "data")
are taken out, stemmed with the Snowball English stemmer and found together in one resume line. Each
component is evidenced by resume lines, quoted with their line numbers; a line that negates a term
("no experience with Kubernetes") is not evidence and a "familiar with" line is only partial. A
statement about the employer, a soft skill or logistics is left for the applicant to **review**; the
right to work is met when the resume states it ("U.S. citizen", "green card holder").
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
        self.ambiguous = {name for name, entry in table.items() if entry.get("ambiguous")}
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
        # A hyphen before a name makes another name: "T-SQL" is not SQL.
        self.pattern = re.compile(r"(?<![\w+#.-])(?:" + "|".join(parts) + r")(?![\w+#])", re.I)

    def name(self, matched: str) -> str:
        return self.canonical.get(matched) or self.canonical.get(matched.lower()) or matched

    def find(self, text: str) -> list[tuple[int, int, str]]:
        if self.not_terms is not None:  # same length, so offsets stay valid
            text = self.not_terms.sub(lambda m: " " * len(m.group(0)), text)
        return [
            (m.start(), m.end(), self.name(m.group(0))) for m in self.pattern.finditer(text)
            if m.group(0) not in self.listed or _LISTED_LEAD.search(text, max(0, m.start() - 12), m.start())
        ]


def _table() -> dict:
    source = resources.files("postlint.rules").joinpath("data/resume_aliases.toml").read_text("utf-8")
    return tomllib.loads(source)


@functools.lru_cache(maxsize=1)
def terms() -> _Terms:
    data = _table()
    return _Terms(data["terms"], data.get("not_terms", {}).get("phrases", []))


class _Fields:
    """Fields of study ("Computer Science", "Statistics"), for comparing a degree's field with a requirement's."""

    def __init__(self, table: dict) -> None:
        self.canonical: dict[str, str] = {}
        self.quantitative = {name for name, entry in table.items() if entry.get("quantitative")}
        for name, entry in table.items():
            for alias in entry.get("aliases", []):
                self.canonical[alias.lower()] = name
        aliases = sorted(self.canonical, key=len, reverse=True)
        self.pattern = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(a) for a in aliases) + r")(?![\w-])", re.I)

    def find(self, text: str) -> list[str]:
        return list(dict.fromkeys(self.canonical[m.group(0).lower()] for m in self.pattern.finditer(text)))


@functools.lru_cache(maxsize=1)
def fields() -> _Fields:
    return _Fields(_table().get("fields", {}))


# ---------------------------------------------------------------------------------------------
# Key terms: what is left of a requirement once technologies, degrees, years and generic words are
# taken out, stemmed with the Snowball English stemmer so "Built a double-entry ledger" meets
# "Experience with double-entry ledgers". snowballstemmer is imported here, on the resume path only.
# ---------------------------------------------------------------------------------------------

_WORD = re.compile(r"[a-z0-9][a-z0-9+#]*", re.I)
# Stems of 6+ letters that begin one another are the same word ("administ"ered / "administr"ation,
# "certif"ied / "certifi"cation): Snowball leaves such pairs apart.
_PREFIX_MIN = 6


class KeyTerm(BaseModel):
    stem: str
    word: str = Field(description="The word as the requirement writes it")


class _Words:
    def __init__(self, table: dict) -> None:
        import snowballstemmer  # a real stemmer, not hand-written suffix rules

        self._stemmer = snowballstemmer.stemmer("english")
        self.stop = {w.lower() for w in table.get("stopwords", [])}
        self.generic = {self.stem(piece) for w in table.get("generic", []) for piece in _WORD.findall(w)}
        # "3+ years in data roles": after "years", these name the kind of experience.
        self.kinds = {self.stem(piece) for w in table.get("kinds", []) for piece in _WORD.findall(w)}

    @functools.lru_cache(maxsize=8192)
    def stem(self, word: str) -> str:
        # American and British spellings stem alike ("analyzing" / "analysing", "organize" / "organise").
        return self._stemmer.stemWord(word.lower().replace("yz", "ys").replace("iz", "is"))

    def keys(self, text: str, kinds: bool = False) -> list[KeyTerm]:
        found: dict[str, KeyTerm] = {}
        for word in _WORD.findall(text):
            lower = word.lower()
            if lower in self.stop or len(lower) < 2 or lower.isdigit():
                continue
            stem = self.stem(lower)
            if (stem not in self.generic or (kinds and stem in self.kinds)) and stem not in found:
                found[stem] = KeyTerm(stem=stem, word=word)
        return list(found.values())

    def stems(self, text: str) -> frozenset[str]:
        return frozenset(self.stem(w) for w in _WORD.findall(text))


@functools.lru_cache(maxsize=1)
def words() -> _Words:
    return _Words(_table().get("words", {}))


def _has_stem(stem: str, stems: frozenset[str]) -> bool:
    if stem in stems:
        return True
    if len(stem) < _PREFIX_MIN:
        return False
    return any(len(s) >= _PREFIX_MIN and (s.startswith(stem) or stem.startswith(s)) for s in stems)


# ---------------------------------------------------------------------------------------------
# Requirement analysis
# ---------------------------------------------------------------------------------------------

_LEVELS = {1: "bachelor's degree", 2: "master's degree", 3: "PhD"}
# An abbreviation is a degree before "in", "degree", "or", "and", "/", a comma or the end: "BS or
# higher", "BS/MS", "MS, Statistics".
_ABBREV_NEXT = r"(?=\s+(?:in|degree|or|and|from)\b|\s*[,/);]|\s*$)"
_DEGREE = re.compile(
    r"(?P<phd>\bPh\.?\s?D\b\.?|\bdoctora(?:te|l)\b|\bDPhil\b|\bABD\b|\ball but dissertation\b)"
    r"|(?P<master>\bmaster'?s?(?=\s+(?:degree|of|in)\b|\s*(?:,|\.|;|$| or| and| required| preferred))|\bM\.S\.?c?(?!\w)|\bMSc\b|\bM\.Eng\b|\bMEng\b|\bMBA\b|\bM\.Ed\b\.?|\bMEd\b"
    r"|\bM\.(?:F\.A|P\.A|P\.H|S\.N|P\.P)\.?(?!\w)|\b(?:MFA|MPA|MPH|MSN|MPP)\b"
    rf"|\b(?:MS|MA){_ABBREV_NEXT}|\bM\.A\.(?!\w))"
    r"|(?P<bachelor>\bbachelor'?s?(?=\s+(?:degree|of|in)\b|\s*(?:,|\.|;|$| or| and| required| preferred))|\bB\.S\.?c?(?!\w)|\bBSc\b|\bB\.Eng\b\.?|\bBEng\b|\bB\.A\.(?!\w)"
    r"|\bB\.(?:F\.A|B\.A|S\.N)\.?(?!\w)|\b(?:BFA|BBA|BSN)\b"
    rf"|\b(?:BS|BA){_ABBREV_NEXT}|\bundergraduate degree\b|\bfour-year (?:college )?degree\b|\b(?:college|university) degree\b)",
    re.I,
)
_IN_PROGRESS_DEMAND = re.compile(r"\b(working towards?|pursuing|currently enrolled|enrolled in|candidacy|candidate|in progress|current(?:ly)? (?:a )?(?:phd |graduate )?student)\b", re.I)
_IN_PROGRESS_RESUME = re.compile(r"\b(candidate|candidacy|ABD|all but dissertation|in progress|expected|anticipated|present|current(?:ly)?|pursuing|ongoing|student|working towards?)\b", re.I)
_FIELD_QUANTITATIVE = re.compile(r"\b(quantitative|STEM|technical|analytical|scientific|numerate)\b", re.I)
_FIELD_RELATED = re.compile(r"\b(related|relevant|similar|equivalent|comparable|allied|other)\b", re.I)
_FIELD_ANY = re.compile(r"\bany (?:field|discipline|major|subject)\b", re.I)
_YEARS_DEMAND = re.compile(
    r"\b(?P<n>\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)\s*\+?\s*(?:(?:-|–|to)\s*\d{1,2}\s*)?\+?\s*(?:years?|yrs)\b", re.I
)
_SUBSTITUTE = re.compile(r"\b(?:may be substituted|can be substituted|substitut\w+ for|in lieu of|in place of)\b", re.I)
_LOGISTICS = re.compile(
    r"\b(legally|authori[sz](?:ed|ation) to work|work authori[sz]ation|visa|sponsorship|relocat\w*|travel|security clearance|"
    r"driver'?s licen[cs]e|background check|availab\w+|on[- ]?site|commut\w*|shifts?|weekends?|hours?/week|hours per week|citizens?(?:hip)?)\b",
    re.I,
)
# Asking for the right to work: any statement of it answers; "citizenship" asks for citizenship itself.
_AUTHORISATION_DEMAND = re.compile(
    r"\b(legally (?:able to |eligible to |authori[sz]ed to )?work|authori[sz](?:ed|ation) to work|work authori[sz]ation|eligib\w+ to work|"
    r"right to work|visa|sponsor(?:ship)?|citizenship|(?:U\.?\s?S\.?|American|United States|be an?|are)\s+citizens?|permanent residen\w+)\b",
    re.I,
)
_CITIZENSHIP_DEMAND = re.compile(r"\bcitizens?(?:hip)?\b(?!\s+or\b)", re.I)
# "Citizenship, residency or work visa": other routes named, so any right to work answers.
_CITIZENSHIP_OR = re.compile(r"\b(?:residen\w*|visa|green card|authori[sz]\w*|eligib\w*|permit)\b", re.I)
# What is left of a work-authorisation requirement besides the right to work: availability, hours.
_OTHER_LOGISTICS = re.compile(
    r"\b(relocat\w*|travel|(?:security |Q-level |L-level |TS/SCI |secret )?clearance|driver'?s licen[cs]e|background check|availab\w+|on[- ]?site|commut\w*|shifts?|"
    r"weekends?|hours?/week|hours per week|full[- ]time|part[- ]time|from \w+(?:[-–]\w+)? \d{4})\b",
    re.I,
)
_SOFT = re.compile(
    r"\b(communicat\w*|team player|teamwork|collaborat\w*|passion\w*|motivated|self-starter|autonomy|ownership|curious|curiosity|"
    r"critical thinking|detail[- ]oriented|attitude|interpersonal|leadership|adaptab\w+|comfort\w*|fast learner|problem[- ]solv\w*|"
    r"spirit|mindset|enthusias\w*|eager\w*|willing\w*)\b",
    re.I,
)
# A sentence about the employer or the role, not something an applicant shows: "Our headquarters is
# in Austin", "We are an equal opportunity employer". "We are looking for candidates with ..." is a
# requirement and stays one.
_STATEMENT_START = re.compile(r"^\W*(?:our|we|we're|we’re|at [A-Z]\w+,? we|the company|the team|this team)\b", re.I)
_STATEMENT_ANYWHERE = re.compile(
    r"\b(headquarter\w*|equal (?:employment )?opportunit(?:y|ies)|it is the policy of|founded in|offices? in|we offer|our mission|poster|"
    # Non-discrimination sentences name citizenship among protected grounds: nothing to show.
    r"national origin|citizenship status|without regard to|personnel decisions)\b", re.I
)
_ASKS = re.compile(r"\b(looking for|seeking|need|require\w*|must|should|candidates?|applicants?|you|your|ideal)\b", re.I)
# Requirements that ask only for a light grasp: a "familiar with" resume line meets them.
_WEAK_DEMAND = re.compile(r"\b(familiar\w*|exposure|basic|awareness|aware of|some experience|introductory)\b", re.I)
_ANY_OF_LEAD = re.compile(r"(?:such as|e\.g\.?,?|for example|for instance|like|including|one of|either|any of)\s*$", re.I)
_OR_RELATED_TAIL = re.compile(r"^\s*,?\s*(?:or|and/or)\s+(?:other|related|similar|equivalent|comparable)\b", re.I)
_LIST_WORD = re.compile(r"^(?:and/or|and|or|&)\s+", re.I)
_PAREN = re.compile(r"\(([^()]*)\)")
_CATEGORY_NEXT = re.compile(r"\s+(?:frameworks?|librar(?:y|ies)|tools?|tooling|platforms?|languages?|stack)\b", re.I)
_CLAUSE_END = re.compile(r"[.;!?](?:\s|$)")
_TERM_NOUN = re.compile(r"[ \t]+([a-z][a-z-]*)\b")


class TermGroup(BaseModel):
    any_of: list[str]

    @property
    def label(self) -> str:
        names = self.any_of
        return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " or " + names[-1]


class Demand(BaseModel):
    """What one requirement item asks for, as checkable components."""

    groups: list[TermGroup] = Field(default_factory=list)
    keys: list[KeyTerm] = Field(default_factory=list, description="Stemmed key terms left once terms, degrees, years and generic words are out")
    degree: int | None = Field(default=None, description="1 bachelor, 2 master, 3 PhD: the lowest level the item accepts")
    degree_in_progress_ok: bool = False
    degree_fields: list[str] = Field(default_factory=list, description="Fields of study the degree may be in")
    degree_quantitative: bool = Field(default=False, description='"a quantitative / STEM / technical field": any such field')
    degree_related: bool = Field(default=False, description='"or a related field"')
    years: int | None = None
    years_generic: bool = Field(default=True, description='"5+ years of experience": any dated experience counts; else keys name the kind')
    logistics: bool = False
    authorisation: Literal["any", "citizenship"] | None = None
    soft: bool = False
    weak: bool = Field(default=False, description='"familiarity with", "exposure to": a light grasp is enough')
    statement: bool = False


def _gap_is_list(gap: str) -> bool:
    """Is the text between two terms a list separator (", ", " and ", ", User Understanding, ")?"""
    stripped = gap.strip()
    if not stripped or not re.search(r",|/|\b(?:and|or)\b|&", stripped):
        return False
    if _EXAMPLES_LEAD.search(stripped):  # "Terraform and visualization platforms like Tableau": two demands
        return False
    for piece in re.split(r"[,/]", stripped):
        piece = _LIST_WORD.sub("", piece.strip()).strip()
        if piece not in ("and", "or", "&", "and/or") and len(piece.split()) > 3:
            return False
    return True


_OR_GAP = re.compile(r"^\s*(?:/|or|and/or)\s*$", re.I)
_LAST_GAP_OR = re.compile(r"\b(?:or|and/or)\b", re.I)


def _blank(text: str, start: int, end: int) -> str:
    return text[:start] + " " * (end - start) + text[end:]


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
            rest = _blank(rest, match.start(), match.end())
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
    asks = bool(_ASKS.search(text))
    demand = Demand(
        logistics=bool(_LOGISTICS.search(text)),
        soft=bool(_SOFT.search(text)),
        weak=bool(_WEAK_DEMAND.search(text)),
        statement=bool(_STATEMENT_ANYWHERE.search(text)) or (bool(_STATEMENT_START.search(text)) and not asks),
    )
    if _AUTHORISATION_DEMAND.search(text):
        demand.authorisation = "citizenship" if _CITIZENSHIP_DEMAND.search(text) and not _CITIZENSHIP_OR.search(text) else "any"
    # Fields named after a degree ("a PhD in Computer Science, ML or related field") are alternatives
    # of the degree, not separate demands: only the text outside the degree's clause gives terms.
    degrees = list(_DEGREE.finditer(text))
    rest = text
    if degrees:
        demand.degree = min(_level(m) for m in degrees)
        demand.degree_in_progress_ok = bool(_IN_PROGRESS_DEMAND.search(text))
        end = _CLAUSE_END.search(text, degrees[-1].end())
        clause = text[degrees[0].start(): end.start() if end else len(text)]
        demand.degree_fields = fields().find(clause)
        demand.degree_quantitative = bool(_FIELD_QUANTITATIVE.search(clause))
        demand.degree_related = bool(_FIELD_RELATED.search(clause)) and not _FIELD_ANY.search(clause)
        if _FIELD_ANY.search(clause):
            demand.degree_fields, demand.degree_quantitative = [], False
        for match in reversed(degrees):
            end = _CLAUSE_END.search(rest, match.end())
            rest = rest[: match.start()] + " " + (rest[end.start():] if end else "")
    demand.groups = _groups(rest)
    years = _YEARS_DEMAND.search(rest)
    if years:
        demand.years = int(number_of(years.group("n")))
        rest = _blank(rest, years.start(), years.end())
    rest = _without_categories(rest)
    for start, end, _ in terms().find(rest):  # every term, including "ML" in "one ML framework"
        rest = _blank(rest, start, end)
        # The noun right after a term belongs to it: "k8s clusters", "Spark jobs", "AWS services".
        after = _TERM_NOUN.match(rest, end)
        if after:
            rest = _blank(rest, after.start(1), after.end(1))
    if degrees:
        rest = _IN_PROGRESS_DEMAND.sub(" ", rest)
    if demand.authorisation:
        rest = _AUTHORISATION_DEMAND.sub(" ", rest)
        rest = _LOGISTICS.sub(" ", rest)
    demand.keys = words().keys(rest, kinds=demand.years is not None)
    demand.years_generic = not demand.keys
    return demand


_EXAMPLES_LEAD = re.compile(r"\b(?:such as|e\.g\.|for example|for instance|including|like)(?=\s|$)", re.I)
_CATEGORY_START = re.compile(r"(?:\b(?:with|of|in|on|using|for|to)\b|[,:;(])[^,:;(]*$", re.I)
# The examples end with the sentence, a parenthesis, or ", and <a lower-case word>" that starts the next demand.
_CATEGORY_WINDOW = 120  # characters before "such as" that can hold the category's few words
_EXAMPLES_END = re.compile(r"[.;)](?:\s|$)|,\s+and\s+(?=[a-z])|$")


def _without_categories(text: str) -> str:
    """ "distributed message queues such as Kafka or RabbitMQ": the examples stand for the category, so
    when they name a technology (a term group), the category's words and the other examples are not
    key terms of their own."""
    for lead in reversed(list(_EXAMPLES_LEAD.finditer(text))):
        end = _EXAMPLES_END.search(text, lead.end()).start()
        if not terms().find(text[lead.end(): end]):
            continue
        # The category is the few words before the examples ("modern data stacks such as ..."), not
        # the whole demand ("building pipelines within"). Only a short window is searched, so a long
        # hostile item costs linear time.
        window = max(0, lead.start() - _CATEGORY_WINDOW)
        start = _CATEGORY_START.search(text, window, lead.start())
        words_before = list(re.finditer(r"\S+", text[window: lead.start()]))[-4:]
        begin = max(start.start() if start else window, window + words_before[0].start() if words_before else window)
        text = _blank(text, begin, end)
    return text


def _level(match: re.Match) -> int:
    return 3 if match.group("phd") else 2 if match.group("master") else 1


# ---------------------------------------------------------------------------------------------
# Resume evidence
# ---------------------------------------------------------------------------------------------

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



# A resume line that shows only a light grasp of a term: "Familiar with Spark", "Currently learning
# Python", "Exposure to AWS through coursework".
_WEAK_RESUME = re.compile(
    r"\b(familiar(?:ity)? with|exposure to|basic|beginner|(?:currently|now|still|self-) ?learning|learning the basics|coursework|"
    r"introductory|some exposure|personal projects? only)\b", re.I
)
_STATED_YEARS = re.compile(r"\(?\b(?P<n>\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)\s*\+?\s*(?:years?|yrs)\b\)?", re.I)
# The resume states the right to work; a line that says it needs sponsorship does not.
_AUTHORISATION_RESUME = re.compile(
    r"\b(citizen(?:ship)?(?!s\b|\s+scien)|permanent residen(?:t|ce|cy)|green card(?: holder)?|"
    r"authori[sz]ed to work|work authori[sz]ation|right to work|eligible to work|no sponsorship (?:is )?(?:needed|required)|"
    r"(?:do(?:es)?|will) not (?:need|require) (?:visa )?sponsorship)\b",
    re.I,
)
_CITIZEN_RESUME = re.compile(r"\bcitizen(?:ship)?\b", re.I)
_NEEDS_SPONSORSHIP = re.compile(r"\b(?:need|needs|require|requires|requiring|will require)\s+(?:\w+\s+){0,2}sponsorship\b|\bnot (?:yet )?(?:authori[sz]ed|eligible)\b", re.I)


def _clause_before(text: str, start: int) -> str:
    before = text[:start]
    breaks = list(_CLAUSE_BREAK.finditer(before))
    return before[breaks[-1].end():] if breaks else before


def _negated(line: str, start: int) -> bool:
    clause = _clause_before(line, start)
    return bool(_NEGATION_NEAR.search(clause) or _NEGATION_EXPERIENCE.search(clause))


def _weak(line: str, start: int, end: int) -> bool:
    """Does the term at start:end sit in a "familiar with" / "learning" clause of its line?"""
    after = line[end:]
    stop = _CLAUSE_BREAK.search(after)
    # "(personal projects only)" after the term still qualifies it: look to the end of a parenthesis.
    tail = after[: stop.end() + 40] if stop and stop.group(0) == "(" else after[: stop.start() if stop else len(after)]
    return bool(_WEAK_RESUME.search(_clause_before(line, start)) or _WEAK_RESUME.search(tail))


class Degree(BaseModel):
    level: int
    in_progress: bool
    fields: list[str]
    line: ResumeLine

    @property
    def label(self) -> str:
        what = _LEVELS[self.level]
        return f"{what} in {', '.join(self.fields)}" if self.fields else what


class _Block(BaseModel):
    """A dated resume entry (a job line with its date range) and the lines under it."""

    ranges: list[tuple[int, int]]
    line: ResumeLine
    stems: set[str] = Field(default_factory=set)
    terms: set[str] = Field(default_factory=set)


class _Index:
    """What a resume evidences: term -> lines, degrees, dated entries, stems of each line."""

    def __init__(self, resume: Resume, today: dt.date) -> None:
        self.resume = resume
        self.terms: dict[str, list[tuple[ResumeLine, bool]]] = {}  # name -> (line, only a light grasp)
        self.term_years: dict[str, tuple[int, ResumeLine]] = {}  # "Python (6 years)"
        self.degrees: list[Degree] = []
        self.dated: list[tuple[list[tuple[int, int]], ResumeLine]] = []
        self.blocks: list[_Block] = []
        self.stems: list[tuple[ResumeLine, frozenset[str]]] = []
        self.authorisation: list[tuple[ResumeLine, bool]] = []  # (line, states citizenship)
        found, vocabulary = terms(), words()
        month_now = today.year * 12 + today.month - 1
        block: _Block | None = None
        for line in resume.lines:
            text = line.text
            if not text.strip():
                continue
            if _section_of(text):
                block = None
                continue  # a heading is not evidence; the entries under it are
            hits = found.find(text)
            # "a seminar on Kafka, Orwell and modern fiction": a name that is also a person or a word
            # is evidence only on a skills line or beside another technology.
            plain = {name for _, _, name in hits if name not in found.ambiguous}
            names = [(start, end, name) for start, end, name in hits
                     if name not in found.ambiguous or plain or line.section == "skills"]
            if line.section == "publications":
                names.append((0, 0, "publications"))
            for start, end, name in names:
                if _negated(text, start):
                    continue
                entries = self.terms.setdefault(name, [])
                if all(seen is not line for seen, _ in entries):
                    entries.append((line, _weak(text, start, end)))
                for stated in _STATED_YEARS.finditer(text):
                    near = stated.start() - end if stated.start() >= end else start - stated.end()
                    if 0 <= near <= 20 and not _CLAUSE_BREAK.search(text[min(end, stated.start()): max(end, stated.start())].strip("( ")):
                        n = int(number_of(stated.group("n")))
                        if n > self.term_years.get(name, (0, line))[0]:
                            self.term_years[name] = (n, line)
            auth = _AUTHORISATION_RESUME.search(text)
            if auth and not _NEEDS_SPONSORSHIP.search(text) and not _negated(text, auth.start()):
                self.authorisation.append((line, bool(_CITIZEN_RESUME.search(text))))
            ranges = date_ranges(text, today)
            degree_matches = list(_DEGREE.finditer(text))
            for i, match in enumerate(degree_matches):
                if _negated(text, match.start()):
                    continue
                after_end = degree_matches[i + 1].start() if i + 1 < len(degree_matches) else len(text)
                segment = _clause_before(text, match.start()) + text[match.start(): after_end]
                own_ranges = ranges if len(degree_matches) == 1 else date_ranges(segment, today)
                in_progress = (bool(_IN_PROGRESS_RESUME.search(segment))
                               or any(end >= month_now for _, end in own_ranges)
                               or any(int(y) > today.year for y in re.findall(r"\b(20\d{2})\b", segment)))
                # "PhD candidate in Physics (M.S. conferred 2024)": a degree without its own field has the line's.
                own_fields = fields().find(segment) or fields().find(text)
                self.degrees.append(Degree(level=_level(match), in_progress=in_progress, fields=own_fields, line=line))
            # "Sep 2024 – present" is a date, not a presentation.
            words_only = _RANGE.sub(" ", text)
            self.stems.append((line, vocabulary.stems(words_only)))
            education = line.section == "education" or bool(degree_matches)
            if ranges and not education:
                self.dated.append((ranges, line))
                block = _Block(ranges=ranges, line=line, stems=set(vocabulary.stems(words_only)), terms={n for _, _, n in names})
                self.blocks.append(block)
            elif block is not None and not ranges:
                block.stems.update(vocabulary.stems(words_only))
                block.terms.update(n for _, _, n in names)

    def years(self) -> float:
        return merged_months([r for ranges, _ in self.dated for r in ranges]) / 12

    def years_of(self, keys: list[KeyTerm]) -> tuple[float, list[ResumeLine]]:
        """Years of dated entries whose own text (the entry's line and the lines under it) names at
        least half of the kind's key terms (two at least), overlaps merged: "election administration" counts the
        Elections Division job, not the university an entry happens to name."""
        need = min(len(keys), max(2, -(-len(keys) // 2)))  # "state service" needs both words, not "state" alone
        blocks = [b for b in self.blocks if sum(_has_stem(k.stem, frozenset(b.stems)) for k in keys) >= need]
        return merged_months([r for b in blocks for r in b.ranges]) / 12, [b.line for b in blocks]

    def years_with(self, names: set[str]) -> tuple[float, list[ResumeLine]]:
        """Years of dated entries that name one of the technologies, overlaps merged."""
        blocks = [b for b in self.blocks if b.terms & names]
        return merged_months([r for b in blocks for r in b.ranges]) / 12, [b.line for b in blocks]


_MARKUP_LEAD = re.compile(r"^(?:#{1,6}\s+|[-*+•·▪]\s+|\d{1,2}[.)]\s+)+")


def _evidence(line: ResumeLine, shows: str) -> Evidence:
    text = _MARKUP_LEAD.sub("", line.text.strip())
    if len(text) > 160:
        text = text[:157].rstrip() + "..."
    return Evidence(line=line.number, where=line.where, text=text, shows=shows)


def _years_label(n: int) -> str:
    return f"{n} year{'s' if n != 1 else ''}"


class Matcher:
    """Matches requirement items against one resume."""

    def __init__(self, resume: Resume, today: dt.date | None = None) -> None:
        self.resume = resume
        self.today = today or dt.date.today()
        self.index = _Index(resume, self.today)

    def authorisation(self, citizenship: bool = False) -> Fit | None:
        """The resume's statement of the right to work (citizenship, permanent residence, work
        authorisation), as a met Fit for the checklist's work-authorisation line; None when it says nothing."""
        lines = [line for line, citizen in self.index.authorisation if citizen or not citizenship]
        if not lines:
            return None
        return Fit(status="met", found=["work authorisation"], evidence=[_evidence(lines[0], "citizenship" if citizenship else "work authorisation")],
                   note="your resume states " + ("citizenship" if citizenship else "your right to work") + f" (line {lines[0].number})")

    def match(self, text: str) -> Fit:
        demand = analyse(text)
        if demand.statement:
            return Fit(status="review", note="a statement about the employer or the role, not something to show")
        if _SUBSTITUTE.search(text):
            return Fit(status="review", note="an alternative to another requirement: check which one applies to you")
        if demand.authorisation and not demand.groups and demand.degree is None:
            stated = self.authorisation(citizenship=demand.authorisation == "citizenship")
            if stated is None:
                asked = "citizenship" if demand.authorisation == "citizenship" else "the right to work"
                return Fit(status="review", note=f"your resume does not state {asked}: check this yourself")
            if _OTHER_LOGISTICS.search(text):
                stated.status = "review"
                stated.note += "; check the rest (availability, hours, place) yourself"
            return stated
        if demand.logistics and not demand.groups and demand.degree is None:
            return Fit(status="review", note="logistics: check this yourself (a resume cannot show it)")
        if demand.soft and demand.degree is None and demand.years is None:
            # "Passion for applied ML": a resume line naming ML does not show passion. Show related lines.
            fit = Fit(status="review")
            for group in demand.groups:
                hit = self._hit(group, demand)
                if hit:
                    fit.evidence.append(_evidence(hit[1], hit[0]))
            fit.evidence = _unique(fit.evidence)[:4]
            fit.note = "a soft skill: have an example ready" + (" (related resume lines below)" if fit.evidence else "")
            return fit
        scores: list[float] = []
        fit = Fit(status="review")
        for group in demand.groups:
            scores.append(self._group(group, demand, fit))
        if demand.degree is not None:
            scores.append(self._degree(demand, fit))
        if demand.years is not None:
            scores.append(self._years(demand, fit))
        elif demand.keys:
            scores.append(self._keys(demand, fit))
        if not scores:
            fit.note = "nothing postlint can check (no technology, degree, years or key terms): judge it yourself"
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

    def _hit(self, group: TermGroup, demand: Demand) -> tuple[str, ResumeLine, bool] | None:
        """The best resume line for any name of the group: a full mention before a "familiar with"."""
        best = None
        for name in group.any_of:
            for line, weak in self.index.terms.get(name, []):
                if not weak:
                    return name, line, False
                if best is None:
                    best = (name, line, True)
        return best

    def _group(self, group: TermGroup, demand: Demand, fit: Fit) -> float:
        hit = self._hit(group, demand)
        if hit is None:
            fit.missing.append(group.label)
            return 0.0
        name, line, weak = hit
        if weak and not demand.weak:
            fit.found.append(f"{name} (only a light grasp)")
            fit.missing.append(f"more than familiarity with {name}")
            fit.evidence.append(_evidence(line, f"{name} (familiar)"))
            return 0.5
        fit.found.append(name)
        fit.evidence.append(_evidence(line, name))
        return 1.0

    def _keys(self, demand: Demand, fit: Fit) -> float:
        keys = demand.keys
        need = len(keys) if len(keys) <= 3 else -(-3 * len(keys) // 4)
        best: tuple[list[KeyTerm], ResumeLine | None] = ([], None)
        for line, stems in self.index.stems:
            if _NEGATION_EXPERIENCE.search(line.text):
                continue
            hits = [k for k in keys if _has_stem(k.stem, stems)]
            # On a tie, an entry under a heading is better evidence than the name and summary lines above.
            if len(hits) > len(best[0]) or (hits and len(hits) == len(best[0]) and best[1].section is None and line.section is not None):
                best = (hits, line)
        hits, line = best
        words_of = lambda ks: ", ".join(f'"{k.word}"' for k in ks)  # noqa: E731
        if line is not None and len(hits) >= need:
            weak = bool(_WEAK_RESUME.search(line.text)) and not demand.weak
            fit.found.append(words_of(hits))
            fit.evidence.append(_evidence(line, words_of(hits)))
            if weak:
                fit.missing.append("more than familiarity")
                return 0.5
            return 1.0
        if line is not None and 2 * len(hits) >= len(keys):
            fit.found.append(words_of(hits))
            fit.missing.append(words_of([k for k in keys if k not in hits]) + " (in the same line)")
            fit.evidence.append(_evidence(line, words_of(hits)))
            return 0.5
        fit.missing.append(words_of(keys))
        return 0.0

    def _degree(self, demand: Demand, fit: Fit) -> float:
        wanted = _LEVELS[demand.degree]
        named = ", ".join(demand.degree_fields) or ("a quantitative field" if demand.degree_quantitative else "")
        in_field = f" in {named}" if named else ""

        def field_ok(degree: Degree) -> bool | None:
            if not demand.degree_fields and not demand.degree_quantitative:
                return True
            if not degree.fields:
                return None  # a field postlint does not know: the applicant judges
            if set(degree.fields) & set(demand.degree_fields):
                return True
            quantitative = fields().quantitative
            if any(f in quantitative for f in degree.fields) and (
                demand.degree_quantitative or (demand.degree_related and demand.degree_fields and all(f in quantitative for f in demand.degree_fields))
            ):
                return True
            return False

        candidates = [d for d in self.index.degrees if d.level >= demand.degree]
        # Best first: completed before in progress, the right field before an unknown one before another.
        rank = {True: 0, None: 1, False: 2}
        candidates.sort(key=lambda d: (d.in_progress and not demand.degree_in_progress_ok, rank[field_ok(d)], d.in_progress,
                                       d.line.section != "education"))
        if not candidates:
            lower = max(self.index.degrees, key=lambda d: d.level, default=None)
            if lower is not None:
                fit.evidence.insert(0, _evidence(lower.line, _LEVELS[lower.level] + (" (in progress)" if lower.in_progress else "")))
                fit.missing.append(f"a {wanted}{in_field} (the highest degree shown is a {_LEVELS[lower.level]})" if demand.degree != 3
                                   else f"a PhD{in_field} (the highest degree shown is a {_LEVELS[lower.level]})")
            else:
                fit.missing.append(f"a {wanted}{in_field}" if demand.degree != 3 else f"a PhD{in_field}")
            return 0.0
        best = candidates[0]
        ok = field_ok(best)
        shows = best.label + (" (in progress)" if best.in_progress else "")
        fit.evidence.insert(0, _evidence(best.line, _LEVELS[best.level] + (" (in progress)" if best.in_progress else "")))
        if best.in_progress and not demand.degree_in_progress_ok:
            # A PhD in progress is a doctorate in progress, never a master's in progress; it meets a
            # master's requirement only when the resume also shows the master's.
            fit.found.append(shows)
            fit.missing.append(f"a completed {wanted}" + ("" if best.level == demand.degree else f" (a {_LEVELS[best.level]} in progress does not show one)"))
            return 0.5
        if ok is True:
            fit.found.append(shows)
            return 1.0
        fit.found.append(shows)
        if ok is None:
            fit.missing.append(f"a field postlint cannot compare with {named}: check it yourself")
        else:
            fit.missing.append(f"a degree{in_field}")
        return 0.5

    def _years(self, demand: Demand, fit: Fit) -> float:
        wanted = demand.years
        # "Python (6 years)" on the resume answers "5+ years of Python" directly, as numbers.
        for group in demand.groups:
            stated = [self.index.term_years[name] for name in group.any_of if name in self.index.term_years]
            if stated:
                n, line = max(stated, key=lambda s: s[0])
                fit.evidence.append(_evidence(line, f"{_years_label(n)} stated"))
                if n >= wanted:
                    fit.found.append(f"{_years_label(n)} stated")
                    return 1.0
                fit.missing.append(f"{wanted}+ years (the resume states {n})")
                return 0.5
        named = {name for group in demand.groups for name in group.any_of}
        if demand.years_generic and named:
            # "3+ years of SQL": the dated entries that use it. When none names it (it is only on a
            # skills line), the resume's dates cannot show the years: partial at best.
            have, lines = self.index.years_with(named)
            label = f"{have:.1f} years in dated entries that name {', '.join(g.label for g in demand.groups)}"
            if not lines:
                total = self.index.years()
                for _, line in self.index.dated[:2]:
                    fit.evidence.append(_evidence(line, "dates"))
                fit.missing.append(f"{wanted}+ years with it (no dated entry names it; the resume's dates show {total:.1f} years in all)")
                # Years count for something only when the resume shows the technology at all.
                return 0.5 if total > 0 and any(name in self.index.terms for name in named) else 0.0
        elif demand.years_generic:
            have, lines = self.index.years(), [line for _, line in self.index.dated]
            label = f"{have:.1f} years of dated experience (overlaps merged)"
        else:
            # "Two years as an Electrical Mechanic": only the dated entries that name the kind count.
            have, lines = self.index.years_of(demand.keys)
            kind = ", ".join(f'"{k.word}"' for k in demand.keys)
            label = f"{have:.1f} years in dated entries that mention {kind}"
        for line in lines[:2]:
            fit.evidence.append(_evidence(line, "dates"))
        if have >= wanted:
            fit.found.append(label)
            return 1.0
        fit.missing.append(f"{wanted}+ years (the resume shows {label})")
        return 0.5 if have > 0 else 0.0


def _unique(evidence: list[Evidence]) -> list[Evidence]:
    seen, result = set(), []
    for item in evidence:
        if item.line not in seen:
            seen.add(item.line)
            result.append(item)
    return result
