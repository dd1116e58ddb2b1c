"""Structured-data rules (SCHEMA): a posting's schema.org JobPosting (JSON-LD, microdata, a JSON file
or record) checked against Google's job-posting guidelines and against the posting's visible text.

Each rule reads ``posting.facts.structured`` (None when the posting carries no JobPosting) and
points at the data: the ``<script>`` block's line in an HTML page, the title of a JSON posting.
"""

from __future__ import annotations

import re

from postlint.model import Severity
from postlint.rule import Rule
from postlint.rules._context import data


def _structured(posting):
    found = posting.facts.structured if posting.facts is not None else None
    # A feed record mapped from its own fields (Greenhouse, USAJOBS...) is no schema.org markup:
    # its facts fill the posting's, but Google's rules for JobPosting markup do not apply to it.
    return None if found is None or found.origin == "feed" else found


def _lists() -> dict:
    return data("schema")


class MissingRequiredProperty(Rule):
    """What it checks: a JobPosting without a property Google requires: `title`, `description`,
    `datePosted`, `hiringOrganization`, and `jobLocation` (a fully remote job may give
    `jobLocationType: TELECOMMUTE` with `applicantLocationRequirements` instead). A JSON-LD block
    that is not valid JSON is reported here too: search engines ignore all of it.

    Why it matters: without the required properties the posting is not eligible for job search
    results (Google for Jobs and the boards that read the same markup).

    Example: `{"@type": "JobPosting", "title": "Data Engineer", "description": "..."}`

    Instead: add the missing properties, e.g. `"datePosted": "2026-03-01"`,
    `"hiringOrganization": {"@type": "Organization", "name": "Acme"}`, `"jobLocation": {"@type":
    "Place", "address": {"@type": "PostalAddress", "addressLocality": "Denver", "addressRegion": "CO",
    "addressCountry": "US"}}`.
    """

    code, name, severity = "SCHEMA001", "missing-required-property", Severity.ERROR
    summary = "The JobPosting lacks a property Google requires"

    def check(self, posting, options):
        found = _structured(posting)
        if found is None:
            return
        if found.error:
            yield self.finding(found.span, f"{found.error}: search engines ignore the whole block",
                               instead="valid JSON (no trailing commas, straight quotes)")
            return
        missing = [p for p in _lists()["required"] if p not in found.present]
        if "jobLocation" in missing and found.telecommute and found.applicant_locations:
            missing.remove("jobLocation")
        if "jobLocation" in missing and found.telecommute:
            missing[missing.index("jobLocation")] = "applicantLocationRequirements"
        if missing:
            yield self.finding(found.span, f"the JobPosting lacks required {', '.join(missing)}",
                               instead=f"add {', '.join(missing)} to the JobPosting")


class MissingRecommendedProperty(Rule):
    """What it checks: a JobPosting without a property Google recommends: `validThrough` (required
    when the posting expires), `baseSalary`, `employmentType`, `identifier`, `directApply`.

    Why it matters: search engines rank and filter on them; salary and employment type are the
    filters applicants use most, and without `validThrough` an expired posting stays listed.

    Example: a JobPosting with title, description, datePosted, hiringOrganization and jobLocation only.

    Instead: `"employmentType": "FULL_TIME"`, `"validThrough": "2026-04-30"`, `"baseSalary":
    {"@type": "MonetaryAmount", "currency": "USD", "value": {"@type": "QuantitativeValue",
    "minValue": 90000, "maxValue": 110000, "unitText": "YEAR"}}`.
    """

    code, name, severity = "SCHEMA002", "missing-recommended-property", Severity.INFO
    summary = "The JobPosting lacks properties Google recommends"

    def check(self, posting, options):
        found = _structured(posting)
        if found is None or found.error:
            return
        missing = [p for p in _lists()["recommended"] if p not in found.present]
        if missing:
            yield self.finding(found.span, f"the JobPosting lacks recommended {', '.join(missing)}",
                               instead=f"add {', '.join(missing)} where they apply")


class InvalidPropertyValue(Rule):
    """What it checks: JobPosting values Google cannot read: `datePosted` / `validThrough` that are
    not ISO 8601 dates, an `employmentType` outside FULL_TIME, PART_TIME, CONTRACTOR, TEMPORARY,
    INTERN, VOLUNTEER, PER_DIEM, OTHER, a `unitText` outside HOUR, DAY, WEEK, MONTH, YEAR, a
    currency that is not an ISO 4217 code, a `baseSalary` with no figure or with `minValue` above
    `maxValue`.

    Why it matters: an unreadable value is dropped (the salary or the type disappears from the
    listing) or makes the whole posting invalid.

    Example: `"datePosted": "March 1, 2026"`, `"employmentType": "Full time"`, `"currency": "$"`.

    Instead: `"datePosted": "2026-03-01"`, `"employmentType": "FULL_TIME"`, `"currency": "USD"`.
    """

    code, name, severity = "SCHEMA003", "invalid-property-value", Severity.WARNING
    summary = "A JobPosting value is not one Google accepts"

    def check(self, posting, options):
        found = _structured(posting)
        if found is None or found.error:
            return
        lists = _lists()
        for name, date in (("datePosted", found.date_posted), ("validThrough", found.valid_through)):
            if date is not None and date.value is None:
                yield self.finding(found.span, f"{name} '{date.raw[:40]}' is not an ISO 8601 date",
                                   instead=f'"{name}": "2026-03-01" (YYYY-MM-DD, optionally with a time)')
        enum = set(lists["employment_types"])
        for kind in found.employment_types:
            if kind.upper() not in enum:
                yield self.finding(found.span, f"employmentType '{kind}' is not one of {', '.join(lists['employment_types'])}",
                                   instead='"employmentType": "FULL_TIME" (a list for several)')
        pay = found.pay
        if pay is None:
            return
        for problem in pay.problems:
            yield self.finding(found.span, problem, instead=_SALARY_EXAMPLE)
        if pay.minimum is None and not pay.problems:
            yield self.finding(found.span, "baseSalary has no value, minValue or maxValue",
                               instead=_SALARY_EXAMPLE)
        if pay.unit is not None and pay.unit not in lists["unit_texts"]:
            yield self.finding(found.span, f"baseSalary unitText '{pay.unit}' is not one of {', '.join(lists['unit_texts'])}",
                               instead='"unitText": "YEAR" (or HOUR, DAY, WEEK, MONTH)')
        if pay.unit is None and pay.minimum is not None:
            yield self.finding(found.span, "baseSalary has no unitText: the pay period is unknown",
                               instead='"unitText": "YEAR" (or HOUR, DAY, WEEK, MONTH)')
        if pay.currency is None and pay.minimum is not None:
            yield self.finding(found.span, "baseSalary has no currency", instead='"currency": "USD"')
        elif pay.currency is not None and pay.currency not in set(lists["currencies"]):
            yield self.finding(found.span, f"baseSalary currency '{pay.currency}' is not an ISO 4217 code",
                               instead='"currency": "USD" (three letters: USD, EUR, GBP ...)')
        if pay.minimum is not None and pay.maximum is not None and pay.minimum > pay.maximum:
            yield self.finding(found.span, f"baseSalary minValue {pay.minimum:g} is above maxValue {pay.maximum:g}",
                               instead="swap minValue and maxValue")


_SALARY_EXAMPLE = ('"baseSalary": {"@type": "MonetaryAmount", "currency": "USD", "value": {"@type": '
                   '"QuantitativeValue", "minValue": 90000, "maxValue": 110000, "unitText": "YEAR"}}')


class ValidThroughBeforePosted(Rule):
    """What it checks: a JobPosting whose `validThrough` is before its `datePosted`.

    Why it matters: the posting expired before it was published; search engines drop it, and one of
    the two dates is a typo.

    Example: `"datePosted": "2026-03-01", "validThrough": "2026-02-01"`.

    Instead: `"validThrough": "2026-04-01"` (after the posting date).
    """

    code, name, severity = "SCHEMA004", "valid-through-before-posted", Severity.ERROR
    summary = "validThrough is before datePosted"

    def check(self, posting, options):
        found = _structured(posting)
        if found is None or found.date_posted is None or found.valid_through is None:
            return
        posted, until = found.date_posted.value, found.valid_through.value
        if posted is not None and until is not None and until < posted:
            yield self.finding(found.span, f"validThrough {until.isoformat()} is before datePosted {posted.isoformat()}",
                               instead="a validThrough after datePosted")


class ExpiredStructuredData(Rule):
    """What it checks: a JobPosting whose `validThrough` has passed (judged at `--today` / config
    `today`, else the real date).

    Why it matters: Google's guidelines require an expired posting to be taken down or to carry a
    past `validThrough`; a page still live after its closing date attracts applications no one reads.

    Example: `"validThrough": "2025-01-31"` on a page checked in 2026.

    Instead: take the page down, or extend `validThrough` if the job is still open.
    """

    code, name, severity = "SCHEMA005", "expired-structured-data", Severity.WARNING
    summary = "validThrough has passed"

    def check(self, posting, options):
        found = _structured(posting)
        if found is None or found.valid_through is None or found.valid_through.value is None:
            return
        today = posting.facts.today
        if found.valid_through.value < today:
            yield self.finding(found.span, f"validThrough {found.valid_through.value.isoformat()} has passed "
                               f"(today is {today.isoformat()}): the posting has expired",
                               instead="take the page down, or extend validThrough if the job is still open")


class MarkupDisagreesWithText(Rule):
    """What it checks: a JobPosting whose values disagree with what the page shows: a pay range
    that overlaps none of the text's pay figures for the same period, a title that is not the
    page's title, a location the text never names when the text names places, an employment type
    the text contradicts, a posted or closing date other than the text's. Pages whose text is the
    data itself (a JSON file, a page that shows only the description) are not judged.

    Why it matters: Google requires markup to match the visible content, salary included, and
    drops (or penalises) listings that do not; applicants who see one salary in search and another
    on the page stop trusting both.

    Example: a page saying "Salary: $80,000 - $90,000 per year" whose JSON-LD baseSalary is
    minValue 95000, maxValue 120000, unitText YEAR.

    Instead: generate the markup from the same fields as the page, so they cannot drift apart.
    """

    code, name, severity = "SCHEMA006", "markup-disagrees-with-text", Severity.WARNING
    summary = "Structured data disagrees with the visible text"

    def check(self, posting, options):
        found = _structured(posting)
        if found is None or found.error or found.body_from_data:
            return
        facts = posting.facts
        yield from self._pay(found, facts)
        if found.title and posting.title and not _same_title(found.title, posting.title):
            yield self.finding(found.span, f"the JobPosting title '{found.title}' is not the page's title '{posting.title}'",
                               instead="the same title in the markup and on the page")
        text_places = [p for p in facts.location.places if p.source != "structured data"]
        if found.places and text_places:
            shown = posting.text.lower()
            unnamed = [p.text for p in found.places if p.locality and p.locality.lower() not in shown]
            if unnamed and len(unnamed) == len([p for p in found.places if p.locality]):
                yield self.finding(found.span, f"the JobPosting's jobLocation '{unnamed[0]}' is not named in the text "
                                   f"(the text says '{text_places[0].text}')",
                                   instead="the same location in the markup and on the page")
        yield from self._employment(found, facts)
        yield from self._dates(found, facts)

    def _pay(self, found, facts):
        pay = found.pay
        if pay is None or pay.minimum is None or pay.period is None:
            return
        text_pay = [p for p in facts.pay if p.source != "structured data" and p.kind == "base" and p.period == pay.period]
        if not text_pay:
            return
        low, high = sorted((pay.minimum, pay.maximum if pay.maximum is not None else pay.minimum))
        if not any(p.minimum <= high and low <= p.maximum for p in text_pay):
            shown = text_pay[0]
            yield self.finding(found.span, f"baseSalary {pay.raw} overlaps none of the pay the text states ('{shown.raw}')",
                               instead="the same pay range in the markup and on the page")

    def _employment(self, found, facts):
        from postlint.extract.structured import EMPLOYMENT_FACT

        text_types = {t.type for t in facts.employment.types if t.about_job and t.source != "structured data"}
        data_types = {EMPLOYMENT_FACT[k.upper()] for k in found.employment_types if k.upper() in EMPLOYMENT_FACT}
        # Only the exclusive pair is a contradiction: a full-time contract or internship is not.
        for a, b in (("full-time", "part-time"), ("part-time", "full-time")):
            if a in data_types and b in text_types and a not in text_types:
                yield self.finding(found.span, f"employmentType says {a} but the text says {b}",
                                   instead="the same employment type in the markup and on the page")
                return

    def _dates(self, found, facts):
        dates = facts.dates
        checks = (("datePosted", found.date_posted, dates.posted), ("validThrough", found.valid_through, dates.closing))
        for name, value, mention in checks:
            if value is None or value.value is None or mention is None or mention.source == "structured data":
                continue
            shown = mention.last or mention.value if name == "validThrough" else mention.value
            if shown is not None and shown != value.value and mention.precision == "day":
                yield self.finding(found.span, f"{name} {value.value.isoformat()} is not the date the text states "
                                   f"('{mention.raw}', {shown.isoformat()})",
                                   instead=f"the same date in {name} and on the page")


_TITLE_NOISE = re.compile(r"[^a-z0-9]+")


def _same_title(a: str, b: str) -> bool:
    """Titles agree when one holds the other's words ("Senior Engineer" in "Senior Engineer -
    Remote | Acme"): pages decorate titles, the markup often does not."""
    x, y = _TITLE_NOISE.sub(" ", a.lower()).strip(), _TITLE_NOISE.sub(" ", b.lower()).strip()
    return x in y or y in x
