"""Structure rules (STRUCT): does the posting say where, on what terms, what the work is, and that
it hires fairly? Each rule reads a fact (location, employment, statements) and points at the title."""

from __future__ import annotations

import re

from postlint.extract.experience import requirement_items
from postlint.model import SectionKind, Severity
from postlint.rule import Rule
from postlint.scan.candidates import LazyPattern

# A heading the section classifier files elsewhere ("Responsibilities and Tasks - Focus on AI").
# Compiled on first use: only a posting that seems to lack responsibilities needs it.
_WORK_HEADING = LazyPattern(r"responsibilit|duties|\btasks\b|what you(?:'|’)?ll do|what you will do|your role|the role|the job", re.I)


# A title that is the task itself, as one-off gigs are titled ("Create a logo for ...", "Rework the
# Search and Replace dialog"), and sentences that set the task ("The idea is to finish ...").
_TASK_TITLE = LazyPattern(
    r"(?:create|design|redesign|re-design|rework|build|make|style|draw|illustrate|improve|develop|write|translate|"
    r"update|refresh|redo|implement|fix|port|review|animate|produce|help)\b", re.I)
_TASK_STATED = LazyPattern(
    r"\bwe\s+need\s+(?:a|an|someone|help|some)\b|\bthe\s+(?:idea|goal|task|aim|plan)\s+is\s+to\b|"
    r"\bwe\s+(?:want|need)\s+someone\b|\blooking\s+for\s+someone\s+(?:to|who)\b", re.I)


def _english(posting) -> bool:
    """These rules look for English wording; a posting in another language is not judged."""
    return posting.facts.readability.english


def _states_a_job(posting) -> bool:
    """Whether anything in the posting is about a job: duties, requirements, pay, or years or a
    degree asked. A page with none of these (a site's home page, an empty stub, a fragment of site
    chrome) gives no ground for saying what a posting lacks: E005 says what such pages are."""
    facts = posting.facts
    return bool(requirement_items(posting) or posting.items(SectionKind.RESPONSIBILITIES) or facts.statements.work
                or facts.pay or facts.pay_notes or facts.experience.demands or facts.experience.degrees)


def _name(posting) -> str:
    return f"'{posting.title}'" if posting.title else "This posting"


class MissingLocation(Rule):
    """What it checks: a posting that names no place of work (a "Location:" line, a city and
    state or country, an office) and makes no remote, hybrid or on-site statement. A page that
    states nothing of a job (no duties, requirements or pay) is not judged.

    Why it matters: location decides whether someone can apply at all; without it applicants
    either skip the posting or apply in vain, and job boards cannot list it.

    Example: "Data Engineer. We are hiring a data engineer to build pipelines."

    Instead: "Location: Denver, CO (hybrid, 2 days a week in the office)" or "Remote (US only)".
    """

    code, name, severity = "STRUCT001", "missing-location", Severity.WARNING
    summary = "No location and no remote/hybrid statement"

    def check(self, posting, options):
        if _english(posting) and not posting.facts.location.stated and _states_a_job(posting):
            yield self.finding(posting.anchor(), f"{_name(posting)} says neither where the job is nor whether it is remote",
                               instead='"Location: Denver, CO (hybrid)" or "Remote (US only)"')


_TYPE_LABELS = frozenset({"job type", "employment type", "position type", "contract type", "work type", "appointment type",
                          "employment status", "position status", "type of appointment", "job status", "contract",
                          "duration", "position duration", "job duration", "term"})
_BASIS_WORDS = r"permanent|temporary|term[- ]limited|limited[- ]term|limited[- ]duration|fixed[- ]term|seasonal|casual|full[- ]?time|part[- ]?time|contract|freelance|internship"
# A label's value naming the terms ("Permanent", "Term Ltdt Temp", "FT Salary"), but not a placeholder ("OTHER").
_BASIS = LazyPattern(rf"\b(?:{_BASIS_WORDS}|temp|regular|ft|pt)\b", re.I)
# The terms said of the position itself: "a Term-Limited Temporary (TLT) position", "a permanent post";
# not a later move ("be assigned to a permanent position within three years").
_BASIS_STATED = LazyPattern(
    rf"(?<!to a )(?<!to an )\b(?:{_BASIS_WORDS})(?:\s+\([A-Z]{{2,5}}\))?\s+(?:position|post|role|appointment|assignment|job|employment|contract|hire)\b", re.I)


class MissingEmploymentType(Rule):
    """What it checks: a posting that never says whether the job is full-time, part-time, a
    contract, temporary or an internship (hours a week, "Job Type: Permanent" or "a Term-Limited
    Temporary position" say it too). A page that states nothing of a job is not judged.

    Postings not in English are not judged (the rule knows English wording only).

    Why it matters: applicants filter on employment type; job boards and schema.org's
    `employmentType` need it.

    Example: "Backend Engineer. Build APIs in Go. Location: Austin, TX."

    Instead: "Employment type: full-time, permanent".
    """

    code, name, severity = "STRUCT002", "missing-employment-type", Severity.INFO
    summary = "No full-time/part-time/contract/internship statement"

    def check(self, posting, options):
        if not _english(posting) or posting.facts.employment.types or posting.facts.employment.hours:
            return  # hours a week ("40 hours per week") say full- or part-time
        if any(label.name.lower() in _TYPE_LABELS and _BASIS.search(label.value) for label in posting.labels):
            return  # "Job Type: Permanent"
        if _BASIS_STATED.search(posting.text, 0, 200_000) or not _states_a_job(posting):
            return  # "This benefits-eligible Term-Limited Temporary (TLT) position ..."
        yield self.finding(posting.anchor(), f"{_name(posting)} does not say whether the job is full-time, part-time, contract or an internship",
                           instead='"Employment type: full-time"')


class MissingResponsibilities(Rule):
    """What it checks: a posting with no responsibilities section ("Responsibilities", "What you'll
    do", "Duties") and no sentence describing the work ("you will...", "responsible for...", "this
    role...", "The idea is to ..."), whose title is not the task itself ("Create a logo for ...").
    Postings not in English, and pages that state nothing of a job, are not judged.

    Why it matters: applicants judge fit by the work itself; a list of requirements alone does not
    tell them what they would do all day.

    Example: "ML Engineer. Requirements: 5+ years of Python. Compensation: $150,000."

    Instead: a "What you'll do" section with three to six concrete duties.
    """

    code, name, severity = "STRUCT003", "missing-responsibilities", Severity.WARNING
    summary = "No responsibilities section or description of the work"

    def check(self, posting, options):
        if not _english(posting) or posting.items(SectionKind.RESPONSIBILITIES) or posting.facts.statements.work:
            return
        if any(s.heading and _WORK_HEADING.search(s.heading) for s in posting.sections):
            return
        if posting.title and _TASK_TITLE.match(posting.title.strip()):
            return  # the title is the task: "Create a logo for our twitter account"
        if _TASK_STATED.search(posting.text, 0, 200_000) or not _states_a_job(posting):
            return  # "The idea is to finish the icon theme", "We need a concept for ..."
        yield self.finding(posting.anchor(), f"{_name(posting)} does not describe the work: add what the person will do",
                           instead='a "What you\'ll do" section with three to six concrete duties')


class MissingEeoStatement(Rule):
    """What it checks: a posting with no equal-opportunity statement. Off by default: not every
    employer or jurisdiction needs one; select STRUCT004 where yours does.

    Why it matters: many employers (US federal contractors among them) must state it, and
    applicants from under-represented groups look for it.

    Example: a posting that ends with "Apply at careers.example.com." and nothing more.

    Instead: "We are an equal opportunity employer and consider all applicants without regard to
    race, colour, religion, sex, sexual orientation, gender identity, national origin, disability,
    age or veteran status."
    """

    code, name, severity = "STRUCT004", "missing-eeo-statement", Severity.INFO
    summary = "No equal-opportunity statement"
    default_enabled = False

    def check(self, posting, options):
        if _english(posting) and not posting.facts.statements.equal_opportunity:
            yield self.finding(posting.anchor(), f"{_name(posting)} has no equal-opportunity statement",
                               instead='"We are an equal opportunity employer ..." at the end of the posting')
