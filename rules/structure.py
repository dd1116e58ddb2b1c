"""Structure rules (STRUCT): does the posting say where, on what terms, what the work is, and that
it hires fairly? Each rule reads a fact (location, employment, statements) and points at the title."""

from __future__ import annotations

import re

from postlint.model import SectionKind, Severity
from postlint.rule import Rule
from postlint.scan.candidates import LazyPattern

# A heading the section classifier files elsewhere ("Responsibilities and Tasks - Focus on AI").
# Compiled on first use: only a posting that seems to lack responsibilities needs it.
_WORK_HEADING = LazyPattern(r"responsibilit|duties|\btasks\b|what you(?:'|’)?ll do|what you will do|your role|the role|the job", re.I)


def _english(posting) -> bool:
    """These rules look for English wording; a posting in another language is not judged."""
    return posting.facts.readability.english


def _name(posting) -> str:
    return f"'{posting.title}'" if posting.title else "This posting"


class MissingLocation(Rule):
    """What it checks: a posting that names no place of work (a "Location:" line, a city and
    state or country, an office) and makes no remote, hybrid or on-site statement.

    Why it matters: location decides whether someone can apply at all; without it applicants
    either skip the posting or apply in vain, and job boards cannot list it.

    Example: "Data Engineer. We are hiring a data engineer to build pipelines."

    Instead: "Location: Denver, CO (hybrid, 2 days a week in the office)" or "Remote (US only)".
    """

    code, name, severity = "STRUCT001", "missing-location", Severity.WARNING
    summary = "No location and no remote/hybrid statement"

    def check(self, posting, options):
        if _english(posting) and not posting.facts.location.stated:
            yield self.finding(posting.anchor(), f"{_name(posting)} says neither where the job is nor whether it is remote",
                               instead='"Location: Denver, CO (hybrid)" or "Remote (US only)"')


class MissingEmploymentType(Rule):
    """What it checks: a posting that never says whether the job is full-time, part-time, a
    contract, temporary or an internship.

    Postings not in English are not judged (the rule knows English wording only).

    Why it matters: applicants filter on employment type; job boards and schema.org's
    `employmentType` need it.

    Example: "Backend Engineer. Build APIs in Go. Location: Austin, TX."

    Instead: "Employment type: full-time, permanent".
    """

    code, name, severity = "STRUCT002", "missing-employment-type", Severity.INFO
    summary = "No full-time/part-time/contract/internship statement"

    def check(self, posting, options):
        if _english(posting) and not posting.facts.employment.types:
            yield self.finding(posting.anchor(), f"{_name(posting)} does not say whether the job is full-time, part-time, contract or an internship",
                               instead='"Employment type: full-time"')


class MissingResponsibilities(Rule):
    """What it checks: a posting with no responsibilities section ("Responsibilities", "What you'll
    do", "Duties") and no sentence describing the work ("you will...", "responsible for...", "this
    role..."). Postings not in English are not judged.

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
