"""Checklists of postings shaped like the samples of session 15 (issue 23, seeds 71-72).

Each test is one kind of error found reading checklists of postings item by item, on a text
written for it.
"""

from __future__ import annotations

from test_checklist_lost_structure import raw, text_context

MARKS_ON_THEIR_OWN_LINES = """Elections Technician
Lake County Elections Office, Tavares, FL

Examples of Essential Duties
-
Process voter registration cards and update the voter file.
-
Train poll workers before each election.

Minimum Qualifications
Knowledge of:
-
Principles of record keeping and filing.
-
Florida election law.
Ability to:
-
Read and apply the Florida Election Code.
-
Communicate clearly, both orally and in writing.
"""


def test_a_bullet_whose_mark_stands_on_the_line_before_is_one_item() -> None:
    c = text_context(MARKS_ON_THEIR_OWN_LINES)
    assert raw(c.must_have) == [
        "Knowledge of principles of record keeping and filing.",
        "Knowledge of Florida election law.",
        "Ability to read and apply the Florida Election Code.",
        "Ability to communicate clearly, both orally and in writing.",
    ]
    assert [item.raw for item in c.prepare] == [
        'An example from your own work for: "Process voter registration cards and update the voter file"',
        'An example from your own work for: "Train poll workers before each election"',
    ]


BRACKETED_PRIORITY = """Clinical Laboratory Scientist
Valley Health, Fresno, CA

Qualifications
- Bachelor's degree in a biological science
MLS (ASCP) (Preferred)
- California CLS license (Required)
"""


def test_a_line_taken_for_a_heading_keeps_its_bracketed_priority() -> None:
    c = text_context(BRACKETED_PRIORITY)
    # the parser's heading is "MLS": the line says more, and says it is preferred
    assert raw(c.nice_to_have) == ["MLS (ASCP) (Preferred)"]
    assert raw(c.must_have) == ["Bachelor's degree in a biological science", "California CLS license (Required)"]
