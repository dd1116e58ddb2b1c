"""Checklists of postings shaped like the samples of session 17 (issue 23).

Each test is one kind of error found reading checklists of postings item by item, on a text
written for it.
"""

from __future__ import annotations

from test_checklist_lost_structure import raw, text_context

DUTIES_AND_IDEAL_AFTER_BENEFITS = """Records Supervisor
County of Lakeview, Lakeview, OR

What We Offer

Working for the County offers growth and a rewarding workplace. Our benefits include:

Paid Time Off - Vacation and sick leave accruals and 11 paid holidays
Retirement - A pension integrated with Social Security

The Records Office

Within the Records Office, this supervisor leads a team of four clerks and keeps the archive in order. They plan the yearly records retention review. Additional responsibilities include:

Scheduling the clerks' shifts and reviewing their work
Answering public records requests

The ideal candidate will have a background in records management and an interest in public service. They will be a patient, organised leader and will possess many of the following:

Excellent written communication skills
Experience supervising office staff
Proficiency in Microsoft Excel
"""


def test_a_paragraph_ending_in_a_lead_in_after_the_benefits_opens_its_list() -> None:
    c = text_context(DUTIES_AND_IDEAL_AFTER_BENEFITS)
    prepare = " | ".join(raw(c.prepare))
    assert "Scheduling the clerks' shifts" in prepare and "Answering public records requests" in prepare
    assert "leads a team of four clerks" in prepare  # the paragraph before its lead-in
    # "many of the following": not all of them are asked
    assert raw(c.nice_to_have)[-3:] == [
        "Excellent written communication skills", "Experience supervising office staff", "Proficiency in Microsoft Excel"]
    assert not any("Excel" in item or "supervising" in item for item in raw(c.must_have))
    assert not any("Retirement" in item for item in raw(c.must_have) + raw(c.nice_to_have) + raw(c.prepare))
