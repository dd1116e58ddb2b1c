"""Structured data fills the text's facts: what the JobPosting states and the text does not.

The text comes first (its facts point at the exact words); a JobPosting adds a location, a remote
statement, an employment type, a pay range, a posted or closing date only where the text has none,
marked ``source="structured data"`` and pointing at the data (see
:class:`postlint.extract.structured.StructuredFacts`). So every rule reads one set of facts: a page
whose JSON-LD names Denver, CO gets no "no location" finding, and Colorado's pay law applies to it.
Where both state a value and they differ, the SCHEMA rules say so.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from . import jurisdiction as jurisdiction_facts
from .dates import DateMention
from .employment import EmploymentMention
from .location import LocationMention, WorkMode
from .pay import PayMention
from .structured import EMPLOYMENT_FACT, SOURCE, StructuredFacts

if TYPE_CHECKING:
    from . import ExtractContext, Facts

_US_STATE = re.compile(r"[A-Z]{2}")


def location(facts: "Facts", structured: StructuredFacts, context: "ExtractContext") -> None:
    found = facts.location
    added = []
    if not found.places:
        for place in structured.places:
            state = place.region if place.region and _US_STATE.fullmatch(place.region) else None
            mention = LocationMention(text=place.text, span=structured.span, source=SOURCE, state=state)
            found.places.append(mention)
            added.append(place.text)
    if structured.telecommute and not any(m.mode == "remote" for m in found.work_modes):
        found.work_modes.append(WorkMode(mode="remote", span=structured.span, raw="jobLocationType: TELECOMMUTE",
                                         source=SOURCE))
        added += structured.applicant_locations
    if not context.infer_jurisdictions:
        return
    seen = {j.code for j in facts.jurisdictions}
    for text in added:
        for code in jurisdiction_facts._codes_for(text):  # noqa: SLF001 - the same reading as a "Location:" line
            if code not in seen:
                seen.add(code)
                facts.jurisdictions.append(jurisdiction_facts.JurisdictionMention(
                    code=code, reason="location", raw=text, span=structured.span))


def employment(facts: "Facts", structured: StructuredFacts) -> None:
    if any(t.about_job for t in facts.employment.types):
        return
    for kind in structured.employment_types:
        fact = EMPLOYMENT_FACT.get(kind.upper())
        if fact and not facts.employment.has(fact):
            facts.employment.types.append(EmploymentMention(type=fact, span=structured.span,
                                                            raw=f"employmentType: {kind}", source=SOURCE))


def pay(facts: "Facts", structured: StructuredFacts) -> None:
    found = structured.pay
    if found is None or found.minimum is None or any(p.kind == "base" for p in facts.pay):
        return
    high = found.maximum if found.maximum is not None else found.minimum
    # Only a complete baseSalary is a pay fact: one without a currency or period, or with its
    # bounds swapped, is SCHEMA003's to report, not a second finding from the PAY rules.
    if found.problems or not found.currency or not found.period or found.minimum > high:
        return
    low = found.minimum
    facts.pay.append(PayMention(
        raw=f"baseSalary: {found.raw}", span=structured.span, minimum=low, maximum=high, currency=found.currency,
        period=found.period, period_source="stated" if found.period else None, source=SOURCE,
    ))


def dates(facts: "Facts", structured: StructuredFacts) -> None:
    found = facts.dates
    posted = structured.date_posted
    if posted is not None and posted.value is not None and found.posted is None:
        found.mentions.append(DateMention(raw=f"datePosted: {posted.raw}", span=structured.span, role="posted",
                                          source=SOURCE, value=posted.value, last=posted.value))
    closing = structured.valid_through
    # A validThrough already past is SCHEMA006's to report (the markup must come down), not a closing
    # date the text states: merged, it would also fire DATE006 for the same thing.
    if (closing is not None and closing.value is not None and found.closing is None
            and closing.value >= facts.today):
        found.mentions.append(DateMention(raw=f"validThrough: {closing.raw}", span=structured.span, role="closing",
                                          source=SOURCE, value=closing.value, last=closing.value))
