"""Applicant checklists: a Posting and its findings (and optionally a resume) -> Markdown.

The stages, each a function with plain data in and out:

1. :func:`build_context` turns a posting, its findings and an optional resume :class:`~postlint.checklist.resume.Matcher`
   into a :class:`ChecklistContext`, the documented model every template renders from. It merges the
   checklist already on disk (:func:`parse_existing`): ticked boxes and the notes written under an item
   survive for every item whose stable id (an HTML comment on the item line) still exists; items that
   left the posting move to "Removed from the posting".
2. :func:`render` renders the context with ``templates/checklist.md.j2`` or a user template, always in
   Jinja's immutable sandbox with ``StrictUndefined``: a template sees plain data only, cannot reach
   Python internals or read files, and a typo is a :class:`TemplateProblem` naming the file and line.
3. :func:`write_atomic` replaces a file in one step (temporary file + ``os.replace``).

This module imports jinja2; the ``check`` path never imports it.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import html
import re
import tomllib
import traceback
import unicodedata
from urllib.parse import urlsplit
from collections.abc import Iterable
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any, Literal

import jinja2
from jinja2.sandbox import ImmutableSandboxedEnvironment

from ..engine.atomic import write_atomic  # 0644 (umask honoured), in one step
from ..extract.employment import EMPLOYMENT_LABELS
from ..extract.location import DEPARTMENT_LABELS, JOB_PLACE_CUE, LOCAL_GOVERNMENT, mode_of
from ..extract.pay import PAY_FIELDS
from ..model import Finding, Posting, SectionKind, Span, section_kind_at, to_json
from .items import EMAIL_ADDRESS, URL, Entry, apply_links, closed_status, front_matter_line, front_matter_list, reads_as_requirement, sentences, zoned

BUILTIN_TEMPLATE = "checklist.md.j2"
ITEM_COMMENT = "postlint:id="
AUTO_MARK = "<!-- postlint:auto -->"


# ---------------------------------------------------------------------------------------------
# The template context (documented: `postlint checklist --template` renders from exactly this)
#
# Slotted dataclasses, like postlint.model's, not pydantic models: postlint builds these itself
# from data it parsed, so there is nothing to validate, and defining pydantic models here cost
# ~65 ms at every start of `postlint checklist --check` (the pre-commit hook). A test validates
# the contexts built for the fixtures against these annotations with pydantic.
# ---------------------------------------------------------------------------------------------


def described(description: str, **kwargs: Any) -> Any:
    """A field with its documentation (read by the docs and tests as ``metadata["description"]``)."""
    return field(metadata={"description": description}, **kwargs)


@dataclass(slots=True, kw_only=True)
class Quote:
    """A resume line quoted as evidence for a requirement."""

    where: str = described('Where the line is in the resume: "line 7", or a JSON path for JSON Resume files')
    line: int = described("The line's number in the resume text")
    text: str = described("The resume line, Markdown-escaped (truncated at 160 characters)")
    shows: str = described('What the line evidences: "Python", "PhD (in progress)", "dates"')


@dataclass(slots=True, kw_only=True)
class ChecklistItem:
    """One task box. Text fields named ``text`` are Markdown-escaped; ``raw`` is the text as written."""

    id: str = described('Stable id, kept in an HTML comment on the item line: "req-1a2b3c4d"')
    text: str = described("The item text, Markdown-escaped, safe to put on a task line")
    raw: str = described("The item text as it appears in the posting (not escaped)")
    checked: bool = described("Ticked: by the user in an earlier run, or because the resume meets it")
    line: int | None = described(default=None, description="Source line in the posting file, when the item comes from it")
    status: Literal["met", "partial", "missing", "review"] | None = described(
        default=None, description="Resume fit (only with --resume, only for requirement items)"
    )
    fit_note: str = described(default="", description="Why the item has its status, Markdown-escaped")
    evidence: list[Quote] = described(default_factory=list, description="Resume lines the status rests on")
    notes: list[str] = described(default_factory=list, description="The user's own lines under the item, verbatim")
    met: bool = described(default=False, description="The resume met the item in this run (recorded in the id comment)")


@dataclass(slots=True, kw_only=True)
class QualityNote:
    """One finding, briefly, for the "Posting quality" section."""

    code: str
    name: str
    severity: str
    line: int
    message: str = described("Markdown-escaped")
    instead: str | None = described(default=None, description="What the posting should say instead, Markdown-escaped")


@dataclass(slots=True, kw_only=True)
class FitSummary:
    resume: str = described("The resume file's name")
    required: int = described("How many must-have items were matched")
    met: int
    partial: int
    missing: int
    review: int
    text: str = described('One sentence: "4 of 10 required items met, 2 partial, 1 missing, 3 to review."')


@dataclass(slots=True, kw_only=True)
class ChecklistContext:
    """Everything a checklist template can use. Text fields are Markdown-escaped unless named ``raw``."""

    title: str = described("The posting's title (escaped); 'Posting N' when it has none")
    source: str = described("The posting file as given on the command line")
    posting_index: int = described("1-based position of the posting in its file")
    organization: str | None = None
    location: str | None = described(default=None, description='Places and work mode: "Denver, CO (hybrid)"')
    employment: str | None = described(default=None, description='Employment type and hours: "internship, full-time; 40 hours/week"')
    pay: str | None = described(default=None, description='Base pay in words: "$12,100 per month"; None when not stated')
    other_pay: str | None = described(
        default=None, description='Pay besides base pay, with its class: "$3 per hour (premium); $5,000 (bonus)"; None when none'
    )
    deadline: str | None = described(default=None, description="Application deadline, when the date facts hold one")
    start: str | None = described(default=None, description="Start date, when the date facts hold one")
    period: str | None = described(default=None, description='The period of the job: "September-December 2026"')
    status: str | None = described(default=None, description='Closed or stale, when the header facts say so: "closed (status: solved)"')
    role: str | None = described(default=None, description="The role the front matter names, when it differs from the title")
    apply_links: list[str] = described(default_factory=list, description="Where to apply (links from labels and front matter), escaped")
    not_a_posting: bool = described(default=False, description="The file is not a job posting (E005): no items are derived from it")
    before_you_apply: list[ChecklistItem] = described(default_factory=list, description="Logistics: authorisation, availability, location, deadline")
    must_have: list[ChecklistItem] = described(default_factory=list, description="Every required item, verbatim")
    nice_to_have: list[ChecklistItem] = described(default_factory=list, description="Every preferred item, verbatim")
    conditions: list[ChecklistItem] = described(
        default_factory=list, description='Conditions of the job: what the work asks of the body, hours and place ("Occasional lifting up to 35 pounds")'
    )
    prepare: list[ChecklistItem] = described(default_factory=list, description="One prompt per responsibility (and per front matter deliverable)")
    how_to_apply: list[ChecklistItem] = described(default_factory=list, description="Application steps: how-to-apply sections, instructions, front matter how_to_apply")
    benefits: list[str] = described(default_factory=list, description="What the benefit sections list, escaped")
    questions: list[ChecklistItem] = described(default_factory=list, description="Questions generated from the findings")
    quality: list[QualityNote] = described(default_factory=list, description="The posting's findings")
    removed: list[ChecklistItem] = described(default_factory=list, description="Items of an earlier run the posting no longer has")
    fit: FitSummary | None = described(default=None, description="Resume fit summary (only with --resume)")


# ---------------------------------------------------------------------------------------------
# Markdown safety and ids
# ---------------------------------------------------------------------------------------------

_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>|~])")
_MD_LINE_START = re.compile(r"^(#{1,6}(?=\s|$)|[-+=](?=\s|$)|\d{1,9}(?=[.)]\s|[.)]$))")
_ENTITY = re.compile(r"&(?=#?\w+;)")


def md_escape(text: str | None) -> str:
    """Text from a posting or resume made safe for one Markdown line: no heading, list, table cell
    break, HTML tag or comment can start from it."""
    if not text:
        return ""
    text = " ".join(str(text).split())
    text = _MD_SPECIAL.sub(r"\\\1", text)
    text = _ENTITY.sub("&amp;", text)
    match = _MD_LINE_START.match(text)
    if match:
        token = match.group(0)
        text = ("\\" + text) if not token[0].isdigit() else token + "\\" + text[len(token):]
    return text


def _normal(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).lower()
    text = re.sub(r"[‘’]", "'", text)
    return " ".join(text.split()).strip(" .;:,")


def item_id(prefix: str, text: str) -> str:
    return f"{prefix}-{hashlib.sha1(_normal(text).encode('utf-8')).hexdigest()[:8]}"


# ---------------------------------------------------------------------------------------------
# Reading a checklist already on disk
# ---------------------------------------------------------------------------------------------

_ITEM_LINE = re.compile(
    r"^\s{0,3}[-*+]\s+\[(?P<mark>[ xX])\]\s?(?P<text>.*?)\s*<!--\s*postlint:id=(?P<id>[A-Za-z0-9_-]+)(?P<flags>(?:\s+[a-z]+)*)\s*-->\s*$"
)
_HEADING_LINE = re.compile(r"^\s{0,3}#{1,6}(\s|$)")


@dataclass(slots=True, kw_only=True)
class ExistingItem:
    id: str
    checked: bool
    text: str = described("The item line's text as it is in the file (already Markdown)")
    notes: list[str] = field(default_factory=list)
    met: bool = False


def parse_existing(text: str) -> list[ExistingItem]:
    """The task items of a checklist written before, with their ticks and the user's notes.

    A note is any line after an item line and before the next item line or heading, except lines
    postlint generated (they carry ``<!-- postlint:auto -->``). Trailing blank lines are dropped."""
    items: list[ExistingItem] = []
    current: ExistingItem | None = None
    for line in text.splitlines():
        match = _ITEM_LINE.match(line)
        if match:
            current = ExistingItem(
                id=match.group("id"),
                checked=match.group("mark") != " ",
                text=match.group("text"),
                met="met" in match.group("flags").split(),
            )
            items.append(current)
            continue
        if _HEADING_LINE.match(line):
            current = None
            continue
        if current is not None and "postlint:auto" not in line:
            current.notes.append(line)
    for item in items:
        while item.notes and not item.notes[-1].strip():
            item.notes.pop()
        while item.notes and not item.notes[0].strip():
            item.notes.pop(0)
    return items


# ---------------------------------------------------------------------------------------------
# Building the context
# ---------------------------------------------------------------------------------------------


@functools.lru_cache(maxsize=1)
def _data() -> dict:
    return tomllib.loads(resources.files("postlint").joinpath("data/checklist.toml").read_text("utf-8"))


_SYMBOLS = {"USD": "$", "GBP": "£", "EUR": "€", "CAD": "CA$", "AUD": "A$"}
_PERIOD_WORDS = {"hour": "per hour", "day": "per day", "week": "per week", "biweekly": "every two weeks",
                 "semimonthly": "twice a month", "month": "per month", "year": "per year", "once": "(one-off)"}
# Pay that is not base pay, shown apart from it (benefits, budgets and company money are not pay; nor
# is a reimbursement: "80% or $3,000 of tuition" pays back what the worker spent).
_OTHER_PAY_KINDS = ("premium", "bonus", "equity", "stipend")
# "Argo will not sponsor an applicant for employment authorization", "No visa sponsorship".
_NO_SPONSORSHIP = re.compile(
    r"\b(?:will not|won't|cannot|can't|can ?not|unable to|does not|do not|doesn't|don't|not able to|are not able to)\s+"
    r"(?:\w+\s+){0,2}sponsor\b|\bno (?:visa |h-?1b )?sponsorship\b|\bsponsorship (?:is |will )?not (?:be )?(?:available|offered|provided)\b",
    re.I)
# "We are able to sponsor H1-B visas", "Visa sponsorship is available" (read after _NO_SPONSORSHIP).
_OFFERS_SPONSORSHIP = re.compile(r"\b(?:(?:are|is) able to|can|will|may|do|does) (?:also )?sponsor\b(?! (?:events?|teams?|programs?|clubs?)\b)"
                                 r"|\b(?:visa |h-?1b |work permit )?sponsorship (?:is |will be |may be )?(?:available|offered|provided)\b", re.I)
# U.S. citizenship asked of the applicant: "must possess US Citizenship", "U.S. Citizenship and an
# existing TS/SCI clearance", "U.S. citizens only" (not an equal-opportunity list's "citizenship").
_CITIZENSHIP = re.compile(r"\b(?:must|required?|requires|possess|have|hold|only)\b[^.]{0,40}\b(?:U\.?\s?S\.?|United States) citizen(?:ship|s)?\b"
                          r"|^\W*(?:U\.?\s?S\.?|United States) citizen(?:ship|s)?\b(?! (?:is )?not\b)"
                          r"|\b(?:U\.?\s?S\.?|United States) citizen(?:ship|s)? (?:is |are )?(?:required|mandatory|only)\b", re.I)
_NOT_REQUIRED = re.compile(r"\bnot (?:required|necessary|needed)\b|\bregardless of\b|\bwithout regard\b", re.I)
_WORK_RIGHT_ITEM = re.compile(r"allowed to work|visa sponsorship", re.I)
_CITIZENSHIP_ITEM = re.compile(r"asks for U\.S\. citizenship", re.I)
# "sponsorship" is a visa's only with a word of work or immigration by it ("a sponsorship app", "custom
# sponsorship selection" sponsor something else)
_AUTHORISATION = re.compile(r"\b(legally (?:able to )?work|authori[sz](?:ed|ation) to work|work authori[sz]ation|visa|"
                            r"(?:immigration|employment|work|h-?1b|green card) sponsorship|sponsorship (?:for|of) (?:an? )?(?:visa|work|employment|h-?1b)|"
                            r"without (?:visa )?sponsorship|eligible to work|right to work"
                            r"|requires? (?:U\.?S\.? )?citizenship|(?:U\.?S\.?|United States) citizenship (?:is )?required|permanent resident"
                            # "Must be a United States citizen", "U.S. citizens only", "Note: Only USC"
                            r"|must be (?:a )?(?:U\.?S\.?|United States|American) citizen|(?:U\.?S\.?|United States) citizens? only|only (?:USC|U\.?S\.? citizens?)"
                            # "Current U.S. Citizen/Green Card-holder": citizens or permanent residents
                            r"|green[- ]card[- ]?holders?)\b", re.I)


def _money(value: float, currency: str | None) -> str:
    number = f"{value:,.0f}" if float(value).is_integer() else f"{value:,.2f}"
    symbol = _SYMBOLS.get(currency or "", None)
    if symbol:
        return symbol + number
    return f"{number} {currency}" if currency else number


def _is_cap(posting: Posting, pay: Any) -> bool:
    """A figure the words before it call a limit: "Pay is limited to $191,900", "capped at"."""
    span = getattr(pay, "span", None)
    if span is None or getattr(pay, "minimum", None) != getattr(pay, "maximum", None):
        return False
    before = posting.line_text(span.line)[: max(span.column - 1, 0)][-60:]
    return bool(_CAP_WORDS().search(before))


@functools.lru_cache(maxsize=1)
def _cap_pattern() -> re.Pattern:
    return re.compile(r"\b(?:" + "|".join(_data()["zones"]["pay-cap"]) + r")\W*(?:\w+\W+){0,2}$", re.I)


_CAP_WORDS = _cap_pattern


def pay_words(posting: Posting, kinds: tuple[str, ...] = ("base",)) -> str | None:
    """Base pay in words: "$12,100 per month", "$120,000 - $150,000 per year", "€1,600 for 3
    months". With other ``kinds``, those amounts, each with its class: "$3 per hour (premium)"."""
    facts = posting.facts
    mentions = [p for p in (getattr(facts, "pay", None) or []) if getattr(p, "kind", "base") in kinds]
    phrases: list[str] = []
    for pay in mentions:
        amount = _money(pay.minimum, pay.currency)
        if pay.maximum != pay.minimum:
            amount += " - " + _money(pay.maximum, pay.currency)
        elif getattr(pay, "bound", None) == "upper" or _is_cap(posting, pay):
            amount = "up to " + amount  # a cap ("pay is limited to ..."), not the pay itself
        elif getattr(pay, "bound", None) == "lower":
            amount = "from " + amount
        if pay.period == "term":
            amount += f" for {getattr(pay, 'term', None) or 'the term'}"
        elif pay.period:
            amount += " " + _PERIOD_WORDS.get(pay.period, f"per {pay.period}")
        if kinds != ("base",):
            amount += f" ({pay.kind})"
        elif getattr(pay, "bound", None) == "upper" or _is_cap(posting, pay):
            amount += " (a cap, not the pay)"
        if amount not in phrases:
            phrases.append(amount)
    return "; ".join(phrases) or None


# Zones whose words describe the employer, its benefits or other jobs, not this job: a "part-time"
# in a state's benefits blurb or "headquartered in Oakland" in "About us" is no header fact.
_NOT_THE_JOB = (SectionKind.BENEFITS, SectionKind.NOTICES, SectionKind.ABOUT, SectionKind.HOW_TO_APPLY, SectionKind.QUESTIONS)


_REQUIREMENT_ZONES = (SectionKind.REQUIREMENTS, SectionKind.PREFERRED)


def _in_job_zone(posting: Posting, mention: Any, table: list | None = None, zones: tuple = _NOT_THE_JOB) -> bool:
    """Whether a fact found in the text is outside ``zones`` (facts from labels, front matter or
    structured data always count)."""
    span = getattr(mention, "span", None)
    if span is None or getattr(mention, "source", "text") != "text":
        return True
    return section_kind_at(table if table is not None else posting.section_lines(), span.line) not in zones


# A job's standing said as the value of an employment label (a few words, one of them these)
_STANDING = re.compile(r"(?:[\w/-]+ ){0,2}(?:permanent|regular|unlimited|career service)(?: [\w/-]+){0,2}", re.I)


# The standing said of the position in prose: "we are looking for Media Designers in a permanent
# position", "a permanent, full-time role" (not "be assigned to a permanent position": a later move).
# Narrower than STRUCT002's "terms stated" pattern on purpose: that one only needs to know the terms
# are said somewhere ("2+ years full time employment" would do); the header shows the value.
_STANDING_STATED = re.compile(r"(?<!to a )(?<!to an )\b(permanent|fixed[- ]term)(?:,? (?:full|part)[- ]?time)?\s+(?:position|post|role|job|employment|contract|appointment)s?\b", re.I)


def _standing(posting: Posting) -> list[str]:
    """ "Job Type: PERMANENT", "Job Type: Unlimited Regular", "in a permanent position": a standing,
    not one of the employment types, but what the posting says the job is (for the header, when it
    names no type)."""
    said = list(dict.fromkeys(" ".join(label.value.lower().split()) for label in posting.labels
                              if " ".join(label.name.lower().split()) in EMPLOYMENT_LABELS and _STANDING.fullmatch(label.value.strip())))
    if said:
        return said
    table = posting.section_lines()
    for line in posting.lines:
        if (found := _STANDING_STATED.search(line.text)) and section_kind_at(table, line.number) not in _NOT_THE_JOB:
            return [found.group(1).lower().replace(" ", "-")]
    return []


def _employment_words(posting: Posting) -> tuple[list[str], list[str]]:
    employment = getattr(posting.facts, "employment", None)
    table = posting.section_lines()
    types = list(dict.fromkeys(t.type for t in getattr(employment, "types", None) or [] if _in_job_zone(posting, t, table)))
    hours = []
    for h in getattr(employment, "hours", None) or []:
        if not _in_job_zone(posting, h, table, (SectionKind.QUESTIONS,)):
            # ("Permanent Part-Time (Regularly scheduled 20 hours per week ...)": a questionnaire's
            # option; the benefits may say the job's hours: "based on 38 hours per week")
            continue
        low, high = int(h.minimum) if float(h.minimum).is_integer() else h.minimum, int(h.maximum) if float(h.maximum).is_integer() else h.maximum
        words = f"{low} hours/week" if low == high else f"{low}-{high} hours/week"
        if words not in hours:
            hours.append(words)
    return types, hours


_MODE_ONLY = re.compile(r"(?:fully |100% )?(remote|hybrid|on-?site|on site|in office|work from home|wfh|anywhere)\W*", re.I)


_HEADQUARTERS = re.compile(r"\bheadquarter(?:ed|s)\b[^.;!?]{0,40}$", re.I)
# "The position will be located in FLEETCOR's Atlanta headquarters", "A full-time position at our
# Headquarters in Hamburg": the job is at the head office
# ("Candidates must be based in one of our hub countries": the job's too)
_JOB_AT = re.compile(r"\b(?:position|role|job|you|candidates?|applicants?|hires?)\b", re.I)


def _around(posting: Posting, mention: Any) -> tuple[str, str]:
    """The line's text before and after a place found in the text (its span may start at its cue:
    "based in Jerrabomberra")."""
    line = posting.line_text(mention.span.line)
    at = line.find(mention.text, max(mention.span.column - 1, 0))
    if at < 0:
        at = max(mention.span.column - 1, 0)
    return line[:at], line[at + len(mention.text):]


def _in_text(mention: Any) -> bool:
    return getattr(mention, "span", None) is not None and getattr(mention, "source", "text") == "text"


def _headquarters(posting: Posting, mention: Any) -> bool:
    """A place found in the text only as where the employer has its head office ("Novetta is
    headquartered in McLean, VA"): the company's; the job may be elsewhere."""
    if not _in_text(mention):
        return False
    before, _ = _around(posting, mention)
    sentence = re.split(r"[.!?]\s+", before)[-1]
    return _HEADQUARTERS.search(before) is not None and not _JOB_AT.search(sentence)


# "This position is located in San Francisco, CA." (among the perks), "This position is located in our
# Global Corporate Headquarters in Cleveland, OH": said of the job, wherever the sentence stands
_JOB_LOCATED = re.compile(JOB_PLACE_CUE + r" (?i:in|at|out of)\b[^.;!?]{0,60}$")


def _said_of_job(posting: Posting, mention: Any) -> bool:
    return _in_text(mention) and _JOB_LOCATED.search(_around(posting, mention)[0][-200:]) is not None


def _head_office(posting: Posting) -> list[str]:
    """The places the text names only as the employer's headquarters."""
    location = getattr(posting.facts, "location", None)
    return list(dict.fromkeys(p.text for p in getattr(location, "places", None) or [] if _headquarters(posting, p)))


# "Acme, located in the San Francisco Bay Area, ...", "... in our San Francisco and Delhi offices":
# where the employer is, said in its blurb
_EMPLOYER_AT = re.compile(r"\b(?:located|based|headquartered|situated)\s+(?:in|at)\b[^.;!?]{0,40}$", re.I)
_OFFICES_AFTER = re.compile(r"(?:\s*(?:,|and|&)\s*[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,2})*\s+(?:offices?|headquarters|campus(?:es)?|hubs?|studios?)\b")


def _employer_places(posting: Posting) -> list[str]:
    """The places the employer's blurb says it is in, when nothing says where the job is: shown as
    such, so the applicant knows to ask (and no "the posting does not say")."""
    location = getattr(posting.facts, "location", None)
    table = posting.section_lines()
    found = []
    for mention in getattr(location, "places", None) or []:
        if not _in_text(mention) or section_kind_at(table, mention.span.line) is not SectionKind.ABOUT:
            continue
        before, after = _around(posting, mention)
        if _JOB_AT.search(re.split(r"[.!?]\s+", before)[-1]):
            continue  # "Candidates must be based in one of our hub countries (UK, Spain, ...)": the job's
        if _EMPLOYER_AT.search(before) or _OFFICES_AFTER.match(after):
            found.append(mention.text)
    return list(dict.fromkeys(found))


def _location_words(posting: Posting) -> tuple[list[str], list[str]]:
    location = getattr(posting.facts, "location", None)
    table = posting.section_lines()
    # A place named in a requirement ("experience in U.S. election administration") is no job location,
    # nor is the employer's head office (shown apart: `_head_office`).
    places = list(dict.fromkeys(p.text for p in getattr(location, "places", None) or [] if _said_of_job(posting, p) or (
        _in_job_zone(posting, p, table) and _in_job_zone(posting, p, table, _REQUIREMENT_ZONES) and not _headquarters(posting, p))))
    modes = _work_modes(posting)
    # "Work Location: Remote" names a work mode, not a place to move to.
    for place in [p for p in places if _MODE_ONLY.fullmatch(p)]:
        places.remove(place)
        mode = mode_of(_MODE_ONLY.fullmatch(place).group(1))
        if mode not in modes:
            modes.append(mode)
    # "Denver, CO" found in the text repeats the label "Location: Denver, CO (hybrid)": keep the longer,
    # and name a work mode only when no place says it already.
    places = [p for p in places if not any(p != other and p.lower() in other.lower() for other in places)]
    modes = [m for m in modes if not any(m.replace("-", "") in p.lower().replace("-", "") for p in places)]
    if not places and not modes and posting.organization and LOCAL_GOVERNMENT().fullmatch(posting.organization.strip()):
        # "San Joaquin County" hiring, with no other place than its HR office's address: the county
        # is where the job is
        places = [posting.organization.strip()]
    return places, modes


def _describe(value: Any) -> str | None:
    """A date fact from any extractor shape (a date, a mention with raw text, a range) as words."""
    if value is None:
        return None
    if isinstance(value, list | tuple):
        parts = [d for d in (_describe(v) for v in value) if d]
        return "; ".join(dict.fromkeys(parts)) or None
    if hasattr(value, "strftime"):
        return f"{value:%B} {value.day}, {value.year}"
    if isinstance(value, str):
        return value.strip() or None
    for attr in ("raw", "text"):
        raw = getattr(value, attr, None)
        if isinstance(raw, str) and raw.strip():
            return raw.strip()
    for attr in ("value", "date"):
        inner = getattr(value, attr, None)
        if inner is not None:
            return _describe(inner)
    start, end = getattr(value, "start", None), getattr(value, "end", None)
    if start is not None and end is not None:
        return f"{_describe(start)} - {_describe(end)}"
    return None


def date_words(posting: Posting) -> dict[str, str | None]:
    """Deadline, start and period from whatever date facts exist (none of them is required).

    The date extractor lives on another branch; this reads the likely shapes with getattr and
    gives up quietly (None) on anything else, so a checklist never fails for want of a date."""
    found: dict[str, str | None] = {"deadline": None, "start": None, "period": None, "ongoing": None}
    dates = getattr(posting.facts, "dates", None)
    if dates is None:
        return found
    try:
        ongoing = getattr(dates, "ongoing", None) or []
        if ongoing and getattr(ongoing[0], "raw", None):
            # "This position is open until filled": no deadline, said so
            found["ongoing"] = f'"{ongoing[0].raw}" (line {ongoing[0].span.line})'
        names = {
            "deadline": ("deadline", "closing", "closes", "close", "closing_date", "application_deadline"),
            # Not Dates.start_date: it is also the first month of a range ("September-December 2026");
            # start mentions are read below, where a range's ends are skipped.
            "start": ("start", "starts"),
            "period": ("period", "periods"),  # ranges: read below, without the questionnaire's
        }
        for key, attrs in names.items():
            for attr in attrs:
                if not isinstance(dates, list) and getattr(dates, attr, None) is not None:
                    found[key] = _describe(getattr(dates, attr))
                    break
        mentions = dates if isinstance(dates, list) else getattr(dates, "mentions", None) or []
        # A range in the application questionnaire ("active duty between 8/2/90 and 1/2/92") or the
        # legal notices is none of this job's.
        asked = [sec.span for sec in posting.sections if sec.kind in (SectionKind.QUESTIONS, SectionKind.NOTICES)]
        # (nor a range over before the posting was: "September 16, 1940 to December 31, 1946", the
        # wartime service that earns veterans' points)
        posted = getattr(dates, "posted_date", None) or getattr(dates, "closing_date", None)
        ranges = [r for r in getattr(dates, "ranges", None) or []
                  if not any(a.line <= getattr(getattr(r, "span", None), "line", 0) <= a.end_line for a in asked)
                  and not _hiring_step(posting, getattr(r, "span", None))
                  and not (posted is not None and str(getattr(getattr(r, "end", None), "last", None) or "9999") < str(posted)[:10])]
        if found["period"] is None and ranges:
            found["period"] = _describe([getattr(r, "raw", None) for r in ranges])
        for mention in mentions:
            if getattr(mention, "in_range", False):
                # "September-December 2026" is a range: its ends are no start date of their own
                # ("starts September 1, 2026" would invent a precision the posting does not give).
                continue
            role = str(getattr(mention, "role", "") or "").lower()
            key = ("deadline" if "deadline" in role or "clos" in role else
                   "start" if "start" in role else "period" if "range" in role or "period" in role else None)
            if key and found[key] is None:
                found[key] = _describe(mention)
    except Exception:  # noqa: BLE001 - an unknown fact shape must not break a checklist
        return found
    return found


# What a date range on a hiring timeline is labelled with ("Application period:", "Phone screen:",
# "First interviews:", "Job offer:"): the steps of hiring, not the period of the job.
_HIRING_STEP = re.compile(r"\b(?:applications?|apply|interview\w*|screen\w*|offers?|assessments?|exam\w*|tests?|testing|"
                          r"selection|review|recruitment|hiring|posting|filing|orientation|onboarding|background)\b", re.I)


def _hiring_step(posting: Posting, span: Span | None) -> bool:
    """The range stands on a line that names a step of hiring before it ("Phone screen: 12/3 - 12/4")."""
    if span is None:
        return False
    return _HIRING_STEP.search(posting.line_text(span.line)[: max(0, span.column - 1)]) is not None


def _span_text(posting: Posting, span: Span) -> str:
    if span.line != span.end_line:
        text = posting.line_text(span.line)[span.column - 1:]
    else:
        text = posting.line_text(span.line)[span.column - 1: span.end_column - 1]
    text = " ".join(text.split())
    return text if len(text) <= 80 else text[:77].rstrip() + "..."


def _question(finding: Finding, posting: Posting) -> str | None:
    template = _data()["questions"].get(finding.code)
    if template is None:
        return None
    quote = _span_text(posting, finding.span)
    return template.replace("{quote}", f'"{quote}"' if quote else "this")


# A duty becomes a prompt in a fixed frame around the duty's own words: never by inflecting its first
# word, which may be no verb at all ("Predictive models ...", "Are you driven?").
PREPARE_FRAME = 'An example from your own work for: "{duty}"'
DELIVERABLE_FRAME = 'Plan how you would deliver: "{deliverable}"'


NICE_DELIVERABLE = " (nice to have)"  # said after the quote: a deliverable the posting lists as optional


def deliverable_prompt(text: str) -> str:
    """'A logo' -> 'Plan how you would deliver: "A logo"'; an optional one says so after the quote."""
    nice = text.endswith(NICE_DELIVERABLE)
    text = text.removesuffix(NICE_DELIVERABLE).rstrip(" .;")
    return DELIVERABLE_FRAME.format(deliverable=text) + (NICE_DELIVERABLE if nice else "")


def prepare_prompt(text: str) -> str:
    """'Develop and launch features' -> 'An example from your own work for: "Develop and launch features"'."""
    text = " ".join(text.split()).rstrip(" .;")
    return PREPARE_FRAME.format(duty=text)


def requirement_items(posting: Posting) -> tuple[list[Entry], list[Entry]]:
    """Must-have and nice-to-have entries, from the posting's requirement zones (see
    postlint.checklist.items)."""
    found = zoned(posting)
    return found.must, found.nice


def _deadline_date(posting: Posting) -> dt.date | None:
    """The latest closing date stated, as the header shows it ("closes 12/30/2050" is not passed
    because another closing date on the page is)."""
    dates = getattr(posting.facts, "dates", None)
    closing = [mention.last or mention.value for mention in getattr(dates, "mentions", None) or []
               if getattr(mention, "role", None) == "closing" and getattr(mention, "value", None) is not None]
    return max(closing, default=None)


def _posted_date(posting: Posting) -> dt.date | None:
    posted = getattr(posting.facts, "posted", None)
    if posted is not None:
        return posted
    for key in ("date_posted", "opens", "posted", "date"):
        value = posting.front_matter.get(key)
        if isinstance(value, str):
            try:
                return dt.date.fromisoformat(value[:10])
            except ValueError:
                continue
    return None


def _work_modes(posting: Posting) -> list[str]:
    """Work modes stated as the job's, not in a benefits line ("flexible time/work from home") or a
    notice."""
    location = getattr(posting.facts, "location", None)
    table = posting.section_lines()
    modes = []
    for mode in getattr(location, "work_modes", None) or []:
        if not _in_job_zone(posting, mode, table):
            continue
        if mode.mode not in modes:
            modes.append(mode.mode)
    return modes


# "NOTE: The application period has now closed.", "We are no longer accepting applications": the
# posting says itself that it is closed ("This recruitment is closed to outside applicants" is not)
_CLOSED_NOTICE = re.compile(
    r"\b(?:(?:the |this )?(?:application|applications|application period|filing period|recruitment|posting|job posting|position|job|vacancy|competition)"
    r" (?:has|have|is|are) (?:now )?(?:been )?closed\b(?! (?:to|if|when|once|after|on|at|for)\b)"
    r"|(?:are|is) no longer (?:accepting|taking) applications|applications are no longer (?:being )?(?:accepted|taken))", re.I)


def _closed_notice(posting: Posting) -> tuple[str, int] | None:
    """The sentence in which the posting says it is closed, and its line."""
    for line in posting.lines:
        # a word every such sentence holds first: the pattern's leading alternation is slow to try on
        # every line (0.8 s a pass over the corpus, and a checklist asks twice)
        low = line.text.lower()
        if "closed" not in low and "no longer" not in low:
            continue
        match = _CLOSED_NOTICE.search(line.text)
        if match is not None:
            sentence = next((s for s in sentences(line.text) if match.group(0) in s), match.group(0))
            return " ".join(sentence.split()), line.number  # ("NOTE:\xa0The ...": one plain space)
    return None


def _status(posting: Posting, dates: dict[str, str | None]) -> tuple[str | None, str | None]:
    """(closed-or-stale words for the header, the before-you-apply advice) from the header facts."""
    today = getattr(posting.facts, "today", None) or dt.date.today()
    closed = closed_status(posting)
    if closed:
        return (f"closed (status: {closed})",
                f"The posting is marked closed (status: {closed}): apply only if the organisation confirms it is still open")
    notice = _closed_notice(posting)
    if notice is not None:
        said, line = notice
        return (f'closed: "{said}" (line {line})',
                f'The posting says "{said}" (line {line}): apply only if the organisation confirms it is still open')
    deadline = _deadline_date(posting)
    if deadline is not None and deadline < today:
        return (f"closed: the deadline {dates['deadline'] or deadline.isoformat()} has passed",
                f"The deadline ({dates['deadline'] or deadline.isoformat()}) has passed: check the posting is still open before applying")
    posted = _posted_date(posting)
    if deadline is None and posted is not None and (today - posted).days > 365:
        years = (today - posted).days // 365
        return (f"posted {posted.isoformat()}, {years} year{'s' if years != 1 else ''} ago",
                f"The posting dates from {posted.isoformat()}, {years} year{'s' if years != 1 else ''} ago: check it is still open before applying")
    return None, None


def _before_you_apply(posting: Posting, dates: dict[str, str | None]) -> list[tuple[str, int | None]]:
    items: list[tuple[str, int | None]] = []
    refuses = next((line for line in posting.lines if _NO_SPONSORSHIP.search(line.text)), None)
    asks = next((line for line in posting.lines if _AUTHORISATION.search(line.text)), None)
    citizen = next((line for line in posting.lines if _CITIZENSHIP.search(line.text) and not _NOT_REQUIRED.search(line.text)), None)
    if citizen is not None:
        # ("a candidate must possess US Citizenship to obtain Clearance": no visa helps)
        items.append((f"The posting asks for U.S. citizenship (line {citizen.number}): confirm you meet it", citizen.number))
    elif refuses is not None:
        items.append((f"The posting says it will not sponsor a visa (line {refuses.number}): apply only if you are "
                      "already allowed to work there", refuses.number))
    elif (offers := next((line for line in posting.lines if _OFFERS_SPONSORSHIP.search(line.text)), None)) is not None:
        items.append((f"The posting says it can sponsor a visa (line {offers.number}): if you need one, ask what it covers",
                      offers.number))
    elif asks is not None:
        items.append((f"Confirm you are legally allowed to work in this role (the posting asks, line {asks.number})", asks.number))
    else:
        items.append(("Check you are allowed to work where the job is; ask about visa sponsorship if you need it", None))
    types, hours = _employment_words(posting)
    availability = [t for t in types if t != "internship"] + hours
    when = dates.get("period") or (f"from {dates['start']}" if dates.get("start") else None)
    if availability or when:
        what = " ".join(x for x in (", ".join(availability), f"({when})" if when else "") if x)
        role = " for an internship" if "internship" in types else ""
        items.append((f"Confirm you are available{role}: {what}".replace(":  ", ": "), None))
    places, modes = _location_words(posting)
    if places:
        mode = f" ({', '.join(modes)})" if modes else ""
        where = "; ".join(places)
        # ("Anywhere in the US or Canada": a region to work from, not a place to move to)
        if re.match(r"anywhere\b", where, re.I):
            items.append((f"Confirm you can work from {where[:1].lower()}{where[1:]}{mode}", None))
        else:
            items.append((f"Confirm you can work in {where}{mode}, or plan the relocation or commute", None))
    elif modes:
        items.append((f"The role is {', '.join(modes)}: confirm that suits you", None))
    elif head_office := _head_office(posting):
        items.append((f"The posting names only the employer's headquarters ({'; '.join(head_office)}): ask where the job is based", None))
    elif employer_at := _employer_places(posting):
        items.append((f"The posting names only where the employer is ({'; '.join(employer_at)}): ask where the job is based", None))
    else:
        items.append(("Find out where the job is based: the posting does not say", None))
    _, advice = _status(posting, dates)
    if advice:
        items.append((advice, None))
    elif dates.get("deadline"):
        items.append((f"Apply before the deadline: {dates['deadline']}", None))
    elif dates.get("ongoing"):
        items.append((f"No deadline: the posting says {dates['ongoing']}: apply early, before it is filled", None))
    else:
        items.append(("No application deadline is stated: apply early", None))
    return items


# Questions a header fact already answers: asked only when the checklist has no answer.
_ANSWERED_BY = {
    "PAY001": "pay", "PAY010": "pay", "PAY009": "benefits", "STRUCT001": "location", "STRUCT002": "employment",
    "STRUCT003": "prepare", "REQ007": "must_have", "DATE009": "deadline",
    # ("The closing date has passed: is the posting still open?" when Before you apply says so already)
    "DATE006": "closed",
}


# A question another finding asks more pointedly: asked once, the pointed way.
_ASKED_BETTER_BY = {"PAY001": "PAY002", "PAY010": "PAY002"}


def _question_key(question: str) -> str:
    """Questions that differ only in case or in an aside ("passion for" / "Passion for"; the pay
    range asked for twice) are one question."""
    return _normal(re.sub(r"\s*\([^)]*\)", "", question))


def _unique_texts(pairs: list[tuple[str, int | None]]) -> list[tuple[str, int | None]]:
    """Each text once; a text already inside an earlier one (a link the step before gave) is dropped."""
    seen: list[str] = []
    out = []
    for text, line in pairs:
        normal = _normal(text)
        if normal not in seen and not (len(normal) >= 10 and any(normal in earlier for earlier in seen)):
            seen.append(normal)
            out.append((text, line))
    return out


_LINK_LABELS = re.compile(r"(?:[\w.'’&-]+(?: [\w.'’&-]+){0,2}\s*:\s*)+")  # "App repo:", "Demo:"
_APPLY_WORD = re.compile(r"appl|form|submit|send|email|e-mail", re.I)


# A profile on a social network: where to follow the organisation, not where to apply.
_SOCIAL = re.compile(r"(?:https?://)?(?:www\.)?(?:(?:twitter|x|facebook|instagram|tiktok|youtube)\.com/|linkedin\.com/(?:company|in)/"
                     r"|[\w.-]+\.[a-z]{2,}/@\w)", re.I)


# ("tellform" is the project's name, not a form to fill: "form" as a word, or a form service)
_APPLY_PATH = re.compile(r"job|career|apply|application|(?<![a-z])forms?\b|typeform|jotform|formstack|airtable|recruit|hiring|vacanc|position|opening|issue", re.I)


# "See below", "see description", "Details above": a pointer to the steps in the text, no step itself
_POINTER = re.compile(r"(?:please )?(?:see|read|check|details|instructions|info(?:rmation)?)\s+(?:(?:the )?(?:below|above|description|details|post|text|job description)|in the (?:description|post|text))\W*", re.I)


def _application_steps(lines: list[str], posting: Posting | None = None) -> list[str]:
    """A front matter ``how_to_apply`` as steps: reference links ("Repo: ...", a social profile) are
    no steps, and among several bare links only those that lead to applying ("/jobs/...", a form, an
    issue to answer) are: the project's home page, docs and demo are for reading. Beside another
    step, a bare link to what the job is about is none either (see _subject_links)."""
    lines = [text for text in lines if not _reference_links(text) and not _POINTER.fullmatch(text.strip())
             and not _VAGUE_REST.match(text.strip())]  # ("etc" on a line of its own)
    bare = [text for text in lines if URL.fullmatch(text.strip())]
    if len(bare) >= 2:
        lines = [text for text in lines if text not in bare or _APPLY_PATH.search(urlsplit(text.strip()).path)]
    if posting is not None and len(lines) >= 2 and (subjects := _subject_links(posting)):
        lines = [text for text in lines if not (URL.fullmatch(text.strip()) and _link_key(text) in subjects)]
    if any(text not in bare and (URL.search(text) or EMAIL_ADDRESS.search(text)) for text in lines):
        # beside a step that says where to apply ("Submit your work at <issue>"), a bare link that
        # leads to no applying (the artwork repository) is for reading
        lines = [text for text in lines if text not in bare or _APPLY_PATH.search(_link_key(text))]
    kept = [text for text in lines if not _presents_link(text)]
    if kept:  # (alone, "Here is the issue: ..." is where to answer)
        lines = kept
    return _links_not_given_before(lines)


# "Here is the source of the logo: https://...", "The designs can be found at https://...": a link
# shown for reading, not a step; beside a real step it is none ("Here is the application form: ..."
# names applying and stays)
_PRESENTS = re.compile(r"(?:here (?:is|are)|here's|you (?:can|will) find|(?:[\w'’-]+ ){1,6}(?:can|may) be (?:found|seen|viewed) (?:at|here|on))\b", re.I)


# "https://example.org - future homepage, now the repository", "https://chat.example.org - our lobby":
# a link said to be something to read, not where to apply
_LINK_DESCRIBED = re.compile(r"\S+\s+[-–—]\s+\S[^:]{0,100}")


def _presents_link(text: str) -> bool:
    """A line that shows a link, or the links under it ("Here are some sample links of 404
    illustrations."), naming no applying."""
    if _APPLY_WORD.search(URL.sub(" ", text)):
        return False
    plain = text.strip()
    return _PRESENTS.match(plain) is not None or bool(URL.match(plain)) and _LINK_DESCRIBED.fullmatch(plain) is not None


def _links_not_given_before(lines: list[str]) -> list[str]:
    """A line whose every link an earlier step already gave, and that names no applying ("Respond
    to the issue: <link>", then "The issue in the tracker: <link>"), says nothing new."""
    given: set[str] = set()
    out = []
    for text in lines:
        links = {_link_key(link) for link in URL.findall(text)}
        if out and links and links <= given and not _APPLY_WORD.search(URL.sub(" ", text)):
            continue
        given |= links
        out.append(text)
    return out


_ORG_LINK_FIELDS = ("org_url", "url", "website", "homepage")


def _link_key(url: str) -> str:
    return url.strip().strip("'\"").rstrip("/.").lower().removeprefix("https://").removeprefix("http://").removeprefix("www.")


def _subject_links(posting: Posting) -> set[str]:
    """Links to what the job is about: the organisation's own site (``org_url``) and the links the
    body names in a sentence that asks nothing of applying ("The new sponsorship app ...:
    https://example.org/sponsors/application/" is the thing to redesign, whatever its path says)."""
    found = {_link_key(value) for key in _ORG_LINK_FIELDS if isinstance(value := posting.front_matter.get(key), str) and value.strip()}
    lines = posting.lines
    if lines and lines[0].text.strip() == "---":  # the body only: the front matter's lines are its fields
        lines = lines[next((n for n in range(1, len(lines)) if lines[n].text.strip() == "---"), 0) + 1:]
    for line in lines:
        if (links := URL.findall(line.text)) and not _APPLY_WORD.search(URL.sub(" ", line.text)):
            found.update(_link_key(link) for link in links)
    return found


def _reference_links(text: str) -> bool:
    """"Project repo: https://... Demo: https://...": links to read, named by short labels, not a
    step; a bare link to a social-network profile neither."""
    if _SOCIAL.match(text.strip()) and " " not in text.strip():
        return True
    rest = URL.sub(" ", text).strip()
    return bool(URL.search(text)) and bool(rest) and _LINK_LABELS.fullmatch(rest) is not None and not _APPLY_WORD.search(rest)


_UNPAID = frozenset({"gratis", "unpaid", "volunteer", "voluntary", "none", "free", "pro bono"})


def _unpaid_words(posting: Posting) -> str | None:
    """Pay when the posting says the work is unpaid: "unpaid (compensation: gratis)"."""
    value = posting.front_matter.get("compensation")
    if isinstance(value, str) and value.strip().lower() in _UNPAID:
        return f"unpaid (compensation: {value.strip()})"
    for note in getattr(posting.facts, "pay_notes", None) or []:
        if getattr(note, "kind", None) == "unpaid":
            if _AMOUNT.search(note.raw):
                return f'as stated: "{note.raw}"'  # "compensation: gratis or $120 total": unpaid or a sum, not unpaid
            return f'unpaid ("{note.raw}")'
    return None


_AMOUNT = re.compile(r"[$£€]\s?\d|\d\s?(?:USD|EUR|GBP|\$|€|£)", re.I)
_NO_PAY_SAID = frozenset({"", "unspecified", "unknown", "n/a", "na", "tbd", "tba", "-", "?"})
# an employment type in the pay field ("compensation: full time"): no word on the pay
_NOT_PAY_SAID = re.compile(r"(?:full|part)[- ]?time|contract(?:or)?|freelance|internship|permanent|temporary", re.I)


def _front_matter_pay(posting: Posting) -> str | None:
    """Pay a front-matter field states in words or as a lone sum ("compensation: paid",
    "compensation: $519", "compensation: negotiated hourly rate"), quoted as stated: "not stated"
    would be wrong, and on a board where most gigs are unpaid "paid" is the fact that matters."""
    for key in PAY_FIELDS:
        value = posting.front_matter.get(key)
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            value = str(value)
        if isinstance(value, str) and " ".join(value.split()).lower() not in _NO_PAY_SAID and not _NOT_PAY_SAID.fullmatch(value.strip()):
            return f'as stated: "{key}: {" ".join(value.split())[:120]}"'
    return None


def _deliverables(posting: Posting, found) -> list[tuple[str, int | None]]:
    """Front matter ``deliverables``: a plain list is what to deliver (Prepare); Markdown with
    sections ("## Required Skills And Experience" and its bullets) is read like a posting body, its
    requirements joining the posting's."""
    value = posting.front_matter.get("deliverables")
    line = front_matter_line(posting, "deliverables")
    if isinstance(value, str) and "\n" in value and any(ch in value for ch in "#-*"):
        from ..ingest.parse import parse_text

        inner = parse_text("Deliverables\n\n" + value.replace("\r\n", "\n")[:20_000], "<deliverables>", markdown=True)
        if inner:
            part = zoned(inner[0])
            asked = part.must + part.nice
            if asked and 2 * sum(reads_as_requirement(e.text) for e in asked) < len(asked):
                # "Must Have" / "- A primary logo" / "Nice to Have" / "- A sticker design": what to
                # deliver, sorted by priority, not what the applicant must have.
                return [(e.text, line) for e in part.must] + [(e.text + NICE_DELIVERABLE, line) for e in part.nice]
            found.must.extend(_at(e, line) for e in part.must if e.text not in {m.text for m in found.must})
            found.nice.extend(_at(e, line) for e in part.nice if e.text not in {m.text for m in found.nice})
            found.prepare.extend(_at(e, line) for e in part.prepare)
            found.apply.extend(_at(e, line) for e in part.apply)
            if part.must or part.nice or part.prepare:
                return []
            # No section in it ("A logo\n- Onboarding flow\n- Home screen"): a plain list of deliverables.
    # A lead-in over the list ("There is a lot you can help me with:", "Expected:") is not a
    # deliverable, though a deliverable may come before it ("A logo in SVG. Should suit:"); nor
    # is the list's trailing "probably some other things".
    out = []
    for text in front_matter_list(posting, "deliverables", join_lists=False):
        if text.lstrip().startswith("#"):
            continue  # "## How will the final deliverable look like?": a heading over the deliverable
        if text.endswith(":"):
            text = " ".join(sentences(text)[:-1])
        if text.strip(" .;:") and not _VAGUE_REST.match(text):
            out.append((text, line))
    return out


_VAGUE_REST = re.compile(r"(?:(?:and|or|plus|probably|maybe|possibly|perhaps)\s+)*(?:(?:some|a few|many|lots of|various)\s+)?"
                         r"(?:other|more)\s+(?:things|stuff|tasks|bits)\W*$|(?:etc|and (?:so on|more))\W*$", re.I)


def _at(entry: Entry, line: int | None) -> Entry:
    return Entry(entry.text, line, entry.preferred)


def build_context(
    posting: Posting,
    findings: Iterable[Finding],
    matcher: Any = None,
    existing: str | None = None,
    source: str | None = None,
) -> ChecklistContext:
    """The template context for one posting, merged with ``existing`` (the checklist's current text)."""
    findings = [f for f in findings if f.posting_index in (None, posting.index)]
    old = {}
    old_order = parse_existing(existing) if existing else []
    for item in old_order:
        old.setdefault(item.id, item)
    used: set[str] = set()

    def make(prefix: str, raw: str, line: int | None = None, fit=None) -> ChecklistItem:
        base = item_id(prefix, raw)
        ident, n = base, 2
        while ident in used:
            ident, n = f"{base}-{n}", n + 1
        used.add(ident)
        met = fit is not None and fit.status == "met"
        item = ChecklistItem(id=ident, text=md_escape(raw), raw=raw, line=line, checked=met, met=met)
        if fit is not None:
            item.status = fit.status
            item.fit_note = md_escape(fit.note)
            item.evidence = [Quote(where=e.where, line=e.line, text=md_escape(e.text), shows=md_escape(e.shows)) for e in fit.evidence]
        before = old.get(ident)
        if before is not None:
            # A tick survives; a box the user unticked after postlint ticked it (met) stays unticked.
            item.checked = before.checked or (met and not before.met)
            item.notes = before.notes
        return item

    dates = date_words(posting)
    status, _ = _status(posting, dates)
    role = posting.front_matter.get("role")
    context = ChecklistContext(
        title=md_escape(_shown_title(posting)) or f"Posting {posting.index}",
        source=source or posting.path,
        posting_index=posting.index,
        organization=md_escape(html.unescape(posting.organization or "")) or None,
        pay=md_escape(pay_words(posting) or _unpaid_words(posting) or _front_matter_pay(posting)) or None,
        other_pay=md_escape(pay_words(posting, _OTHER_PAY_KINDS)) or None,
        deadline=md_escape(dates["deadline"] or (f"none: {dates['ongoing']}" if dates["ongoing"] else "")) or None,
        start=md_escape(dates["start"]) or None,
        period=md_escape(dates["period"]) or None,
        status=md_escape(status) or None,
        role=md_escape(role) if isinstance(role, str) and role.strip() and role.strip().lower() not in (posting.title or "").lower() else None,
        not_a_posting=any(f.code == "E005" for f in findings),
    )
    places, modes = _location_words(posting)
    if places or modes:
        context.location = md_escape("; ".join(places) + (f" ({', '.join(modes)})" if places and modes else ", ".join(modes)))
    elif head_office := _head_office(posting):
        context.location = md_escape(f"not stated (the employer's headquarters: {'; '.join(head_office)})")
    elif employer_at := _employer_places(posting):
        context.location = md_escape(f"not stated (where the employer is: {'; '.join(employer_at)})")
    types, hours = _employment_words(posting)
    if types or hours:
        context.employment = md_escape("; ".join(x for x in (", ".join(types), ", ".join(hours)) if x))
    elif standing := _standing(posting):
        context.employment = md_escape(", ".join(standing))  # (the type is still asked: permanent is not full-time)

    if not context.not_a_posting:  # a page that is no posting (E005) gives no items to act on
        # With a resume that states the right to work ("U.S. citizen", "green card holder"), the
        # work-authorisation line is resolved and quotes it; otherwise it stays open.
        authorised = matcher.authorisation() if matcher is not None else None
        citizen = matcher.authorisation(citizenship=True) if matcher is not None else None  # (a green card is no citizenship)
        context.before_you_apply = [make("log", text, line, citizen if _CITIZENSHIP_ITEM.search(text)
                                         else authorised if _WORK_RIGHT_ITEM.search(text) else None)
                                    for text, line in _before_you_apply(posting, dates)]
        found = zoned(posting)
        deliverables = _deliverables(posting, found)
        context.must_have = [make("req", e.text, e.line, matcher.match(e.text) if matcher else None) for e in found.must]
        context.nice_to_have = [make("req", e.text, e.line, matcher.match(e.text) if matcher else None) for e in found.nice]
        context.conditions = [make("cond", e.text, e.line) for e in found.conditions]
        context.prepare = [make("prep", prepare_prompt(e.text), e.line) for e in found.prepare]
        deliverables += [(e.text, e.line) for e in found.deliverables]
        context.prepare += [make("prep", deliverable_prompt(text), line) for text, line in deliverables]
        steps = [(e.text, e.line) for e in found.apply]
        steps += [(text, front_matter_line(posting, "how_to_apply")) for text in _application_steps(front_matter_list(posting, "how_to_apply"), posting)]
        if not any("@" in text or URL.search(text) for text, _ in steps):
            # No step says where to send it ("If this profile is like yours, send us your portfolio"),
            # but front matter names who to contact ("contact: design@example.org"): that is where.
            steps += [(f"Contact: {text}", front_matter_line(posting, "contact")) for text in front_matter_list(posting, "contact")]
        context.how_to_apply = [make("apply", text, line) for text, line in _unique_texts(steps)]
        context.apply_links = [md_escape(link) for link in apply_links(posting)]
        context.benefits = [md_escape(e.text) for e in found.benefits]
        answered = {
            # ("compensation: paid" says the work is paid, not how much: the pay range is still a question)
            "pay": bool(context.pay) and (not context.pay.startswith("as stated") or _AMOUNT.search(context.pay) is not None),
            "benefits": bool(context.benefits), "location": bool(context.location),
            "employment": bool(types or hours), "prepare": bool(context.prepare),
            "must_have": bool(context.must_have or context.nice_to_have), "deadline": bool(context.deadline or context.status),
            "closed": bool(status and status.startswith("closed")),
        }
        asked: set[str] = set()
        codes = {finding.code for finding in findings}
        for finding in findings:
            fact = _ANSWERED_BY.get(finding.code)
            if fact and answered[fact]:
                continue  # the posting (or its front matter) answers it: asking would contradict it
            if _ASKED_BETTER_BY.get(finding.code, "") in codes:
                continue  # "What is the pay range?" beside "The posting describes pay only as ...: what is the pay range?"
            question = _question(finding, posting)
            key = _question_key(question) if question else ""
            if question and key not in asked:
                asked.add(key)
                context.questions.append(make("ask", question, finding.span.line))
    context.quality = [
        QualityNote(code=f.code, name=f.name, severity=f.severity.value, line=f.span.line,
                    message=md_escape(f.message), instead=md_escape(f.instead) or None)
        for f in findings
    ]
    if matcher is not None:
        context.fit = _summary(context.must_have, Path(getattr(matcher.resume, "path", "resume")).name)
    for before in old_order:
        if before.id not in used:
            used.add(before.id)
            context.removed.append(ChecklistItem(id=before.id, text=before.text, raw=before.text,
                                                 checked=before.checked, notes=before.notes))
    return context


def _summary(items: list[ChecklistItem], resume: str) -> FitSummary:
    counts = {status: sum(1 for i in items if i.status == status) for status in ("met", "partial", "missing", "review")}
    if not items:
        text = "no requirements were recognised in this posting, so there is nothing to score: read the posting yourself."
    else:
        text = (f"{counts['met']} of {len(items)} required items met, {counts['partial']} partial, "
                f"{counts['missing']} missing, {counts['review']} to review.")
    return FitSummary(resume=md_escape(resume), required=len(items), text=text, **counts)


# ---------------------------------------------------------------------------------------------
# Rendering
# ---------------------------------------------------------------------------------------------


class ChecklistError(Exception):
    """A checklist run that cannot go on (unreadable resume, broken template): a clear message."""


class TemplateProblem(ChecklistError):
    """A template that does not compile or render: the message names the file and line."""


_TEMPLATE_NAME = re.compile(r"^[A-Za-z0-9_][A-Za-z0-9_./-]*\.j2$")


def _builtin_source(name: str):
    if not _TEMPLATE_NAME.match(name) or ".." in name.split("/"):
        return None
    resource = resources.files("postlint.templates").joinpath(name)
    if not resource.is_file():
        return None
    return resource.read_text("utf-8"), f"templates/{name}", lambda: True


@functools.lru_cache(maxsize=8)
def _environment(user: tuple[str, str] | None = None) -> ImmutableSandboxedEnvironment:
    """The sandbox that renders the built-in template, or the user template ``(name, source)``.
    Kept for the run: an environment caches the templates it compiled (~8 ms each), and a file
    of many postings renders the same ones for each."""
    loaders: list[jinja2.BaseLoader] = []
    if user is not None:
        name, source = user
        loaders.append(jinja2.FunctionLoader(lambda wanted: (source, name, lambda: True) if wanted == name else None))
    loaders.append(jinja2.FunctionLoader(_builtin_source))
    env = ImmutableSandboxedEnvironment(
        loader=jinja2.ChoiceLoader(loaders),
        undefined=jinja2.StrictUndefined,
        autoescape=False,  # Markdown, not HTML: the context's text is Markdown-escaped already
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["md"] = md_escape
    return env


def render(context: ChecklistContext, template: str | Path | None = None) -> str:
    """Render ``context`` with the built-in template, or with the user template file ``template``."""
    if template is None:
        env, name = _environment(), BUILTIN_TEMPLATE
    else:
        path = Path(template)
        try:
            source = path.read_text("utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise TemplateProblem(f"{path}: cannot read the template: {exc}") from exc
        name = str(path)
        env = _environment((name, source))
    try:
        text = env.get_template(name).render(**to_json(context))
    except jinja2.TemplateSyntaxError as exc:
        raise TemplateProblem(f"{exc.filename or exc.name or name}:{exc.lineno}: template syntax error: {exc.message}") from exc
    except jinja2.TemplateNotFound as exc:
        raise TemplateProblem(f"{_where(exc, name)}: template not found: {exc.name} (a template may include only the built-in templates)") from exc
    except jinja2.UndefinedError as exc:
        raise TemplateProblem(f"{_where(exc, name)}: undefined in template: {exc.message} (see ChecklistContext for the names a template can use)") from exc
    except jinja2.exceptions.SecurityError as exc:
        raise TemplateProblem(f"{_where(exc, name)}: not allowed in a template: {exc}") from exc
    except jinja2.TemplateError as exc:
        raise TemplateProblem(f"{_where(exc, name)}: template error: {exc}") from exc
    except Exception as exc:  # noqa: BLE001 - a template's own runtime error (1/0, bad filter argument)
        raise TemplateProblem(f"{_where(exc, name)}: template error: {type(exc).__name__}: {exc}") from exc
    return text.rstrip("\n") + "\n"


def _where(exc: BaseException, name: str) -> str:
    """file:line of the innermost template frame in a rendering error's traceback."""
    frames = [f for f in traceback.extract_tb(exc.__traceback__) if f.filename == name or f.filename.startswith("templates/")]
    if frames:
        return f"{frames[-1].filename}:{frames[-1].lineno}"
    return name


# ---------------------------------------------------------------------------------------------
# Files
# ---------------------------------------------------------------------------------------------


# A civil-service class code after the title: "Elections Coordinator - Elections (1224)"
_CLASS_CODE = re.compile(r"\s*\(\d{3,6}\)\s*$")


def _shown_title(posting: Posting) -> str:
    """The title as the checklist shows it: without the class code and the department a job board
    appends ("Elections Training & Communications Coordinator - Elections (1224)" under "Department:
    Elections"). The file name keeps the title whole, so checklists already written stay found."""
    title = html.unescape(posting.title or "").strip()
    bare = _CLASS_CODE.sub("", title)
    departments = {label.value.strip().casefold() for label in posting.labels if label.name.strip().casefold() in DEPARTMENT_LABELS}
    head, dash, tail = bare.rpartition(" - ")
    if dash and head.strip() and tail.strip().casefold() in departments:
        bare = head
    return bare.strip() or title


def slug(title: str | None, index: int) -> str:
    text = unicodedata.normalize("NFKD", title or "").encode("ascii", "ignore").decode("ascii").lower()
    text = re.sub(r"[^a-z0-9]+", "-", text).strip("-")
    if len(text) > 60:
        text = text[:60].rsplit("-", 1)[0]
    return text or f"posting-{index}"


def file_names(postings: Iterable[Posting]) -> list[str]:
    """One file name per posting, from its title slug, unique when titles collide."""
    names, seen = [], set()
    for posting in postings:
        base = slug(posting.title, posting.index)
        name, n = f"{base}.md", 2
        while name in seen:
            name, n = f"{base}-{n}.md", n + 1
        seen.add(name)
        names.append(name)
    return names


# ---------------------------------------------------------------------------------------------
# A run over checked files (the `postlint checklist` command)
# ---------------------------------------------------------------------------------------------


@dataclass(slots=True, kw_only=True)
class Outcome:
    messages: list[str] = field(default_factory=list)
    text: str = described(default="", description="With --stdout: the checklists, one after the other")
    failed: bool = described(default=False, description="--check found a missing or out-of-date checklist")


def run_checklists(
    results: Iterable[Any],
    output_dir: Path,
    to_stdout: bool = False,
    resume: Path | None = None,
    template: Path | None = None,
    check_only: bool = False,
    today: Any = None,
) -> Outcome:
    """Checklists for every posting of ``results`` (engine FileResults): written, printed or checked."""
    results = list(results)
    postings = [(result, posting) for result in results for posting in result.postings]
    matcher = None
    if resume is not None:
        from .resume import Matcher, ResumeError, read_resume  # only a run with --resume pays its import

        try:
            resume_doc = read_resume(resume)
        except ResumeError as exc:
            raise ChecklistError(str(exc)) from exc
        reference = today or next((p.facts.today for _, p in postings if p.facts is not None), None)
        matcher = Matcher(resume_doc, reference)
    outcome = Outcome()
    for result in results:
        for finding in result.findings:
            if finding.code.startswith("E") and finding.posting_index is None:
                outcome.messages.append(f"postlint: {finding.path}: {finding.code} {finding.message}")
    names = file_names(p for _, p in postings)
    texts = []
    counts = {"new": 0, "updated": 0, "unchanged": 0}
    for (result, posting), name in zip(postings, names):
        path = output_dir / name
        existing = None
        if not to_stdout and path.is_file():
            try:
                existing = path.read_text("utf-8")
            except (OSError, UnicodeDecodeError) as exc:
                raise ChecklistError(f"{path}: cannot read the existing checklist: {exc}") from exc
        context = build_context(posting, result.findings, matcher, existing, source=result.path)
        text = render(context, template)
        if to_stdout:
            texts.append(text)
        elif check_only:
            if existing is None:
                outcome.messages.append(f"missing: {path}")
                outcome.failed = True
            elif existing != text:
                outcome.messages.append(f"out of date: {path}")
                outcome.failed = True
        elif existing == text:
            counts["unchanged"] += 1
        else:
            write_atomic(path, text)
            counts["new" if existing is None else "updated"] += 1
            outcome.messages.append(f"{'wrote' if existing is None else 'updated'} {path}")
    if not postings:
        outcome.messages.append("postlint: no postings found: no checklists")
    elif check_only:
        if not outcome.failed:
            outcome.messages.append(f"{len(postings)} checklist{'s' if len(postings) != 1 else ''} up to date in {output_dir}")
        else:
            outcome.messages.append("run `postlint checklist` without --check to write them")
    elif not to_stdout:
        outcome.messages.append(
            f"{len(postings)} checklist{'s' if len(postings) != 1 else ''} in {output_dir}: "
            f"{counts['new']} new, {counts['updated']} updated, {counts['unchanged']} unchanged"
        )
    outcome.text = "\n".join(texts)
    return outcome
