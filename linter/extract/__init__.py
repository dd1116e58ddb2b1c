"""The extract stage: facts computed once per posting and stored on ``posting.facts``.

One module per fact family (pay, dates, experience, ...). Each module exposes
``extract(posting, context) -> value`` and its value lands on the :class:`Facts` field of the same
name. Rules read facts; they never re-parse the text for something a fact already holds.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal

from ..model import Posting
from . import dates as date_facts
from . import employment as employment_facts
from . import experience as experience_facts
from . import jurisdiction as jurisdiction_facts
from . import location as location_facts
from . import pay as pay_facts
from . import readability as readability_facts
from . import statements as statement_facts
from .dates import Dates
from .employment import Employment
from .experience import Experience
from .jurisdiction import JurisdictionMention
from .location import Location
from .pay import BenefitMention, PayMention, PayNote
from .readability import Readability
from .statements import Statements

if TYPE_CHECKING:  # imported when a posting needs them: most carry no structured data
    from .organization import Organization
    from .structured import StructuredFacts


@dataclass(slots=True, kw_only=True)
class ExtractContext:
    """What extraction needs besides the posting: the reference date and date conventions
    (built by the engine from validated settings)."""

    today: dt.date = field(default_factory=dt.date.today)
    date_order: Literal["MDY", "DMY"] = "MDY"
    hemisphere: Literal["north", "south"] = "north"
    jurisdictions: list[str] = field(default_factory=list)  # config `jurisdictions`: always active
    infer_jurisdictions: bool = True  # config `infer-jurisdictions`: also read them from the location


@dataclass(slots=True, kw_only=True)
class Facts:
    today: dt.date  # the reference date: --today / config `today`, else the real date
    posted: dt.date | None = None  # when the posting was posted/opened, when stated
    pay: list[PayMention] = field(default_factory=list)
    pay_notes: list[PayNote] = field(default_factory=list)  # pay told without figures: vague words, templates, links
    benefits: list[BenefitMention] = field(default_factory=list)  # where benefits are described
    employment: Employment = field(default_factory=Employment)
    location: Location = field(default_factory=Location)
    # Where the posting is, for pay-transparency laws: from config and location.
    jurisdictions: list[JurisdictionMention] = field(default_factory=list)
    dates: Dates = field(default_factory=Dates)
    experience: Experience = field(default_factory=Experience)  # years demanded, seniority, degrees
    readability: Readability = field(default_factory=Readability)
    statements: Statements = field(default_factory=Statements)
    # The posting's schema.org JobPosting as read (None without one). The facts above hold the
    # text's facts merged with it: each mention says where it came from (``source``).
    structured: StructuredFacts | None = None
    organization: Organization | None = None  # who hires, and where that was read


def extract_facts(posting: Posting, context: ExtractContext | None = None) -> Facts:
    context = context or ExtractContext()
    structured = None
    if posting.structured is not None:
        from . import merge
        from . import structured as structured_facts

        structured = structured_facts.extract(posting, context)
    facts = Facts(
        today=context.today,
        pay=pay_facts.extract(posting, context),
        pay_notes=pay_facts.extract_notes(posting, context),
        benefits=pay_facts.extract_benefits(posting, context),
        employment=employment_facts.extract(posting, context),
        location=location_facts.extract(posting, context),
        jurisdictions=jurisdiction_facts.extract(posting, context),
        experience=experience_facts.extract(posting, context),
        readability=readability_facts.extract(posting, context),
        statements=statement_facts.extract(posting, context),
        structured=structured,
    )
    if structured is not None:
        merge.location(facts, structured, context)
        merge.employment(facts, structured)
        merge.pay(facts, structured)
    facts.dates = date_facts.extract(posting, context, facts.location)
    if structured is not None:
        merge.dates(facts, structured)
    from . import organization as organization_facts

    facts.organization = organization_facts.extract(posting, context, structured)
    if facts.organization is not None and (not posting.organization or facts.organization.unit):
        # (a department label alone named it: its employer is shown before it)
        posting.organization = facts.organization.shown
    # One source of truth for where the job is: the jurisdiction facts (config + location).
    facts.dates.jurisdictions = list(dict.fromkeys(j.code for j in facts.jurisdictions))
    posted = facts.dates.posted
    facts.posted = posted.value if posted is not None else None
    posting.facts = facts
    return facts


def reference_date(posting: Posting) -> dt.date:
    """The date a posting is judged at: its posted/open date when stated, else today."""
    facts = posting.facts
    return facts.posted or facts.today
