"""Compensation rules (PAY): is the pay there, and is it stated so an applicant can use it?"""

from __future__ import annotations

from postlint.model import Severity
from postlint.rule import Rule


class MissingCompensation(Rule):
    """What it checks: a posting with no base pay figure at all: no amount with a currency sign or
    code, no hourly, monthly or yearly rate.

    Why it matters: pay is the first thing applicants look for, postings without it get fewer and
    less suitable applicants, and a growing number of jurisdictions require it in the posting.

    Example: "Senior Data Engineer. Competitive salary and great benefits."

    Instead: state the base pay range and its period: "$120,000 - $150,000 per year".
    """

    code, name, severity = "PAY001", "missing-compensation", Severity.WARNING
    summary = "The posting states no pay figure"

    def check(self, posting, options):
        if not any(p.kind == "base" for p in posting.facts.pay):
            title = f"'{posting.title}'" if posting.title else "This posting"
            yield self.finding(
                posting.anchor(),
                f"{title} states no pay: add the base pay range and its period",
                instead='"Compensation: $120,000 - $150,000 per year"',
            )
