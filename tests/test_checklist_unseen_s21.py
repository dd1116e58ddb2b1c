"""Checklists of postings shaped like the samples of session 21 (issue 23).

Each test is one kind of error found reading checklists of postings item by item, on a text
written for it.
"""

from __future__ import annotations

from test_checklist_lost_structure import raw, text_context

COMPETENCY_GROUPS = """Deputy Registrar of Voters

Education:
A bachelor's degree in public administration or a related field.

-AND-

Experience: Three years of experience administering election programs in a public agency.

The successful candidate will possess the following skills and competencies:

STEWARDSHIP

A trusted steward of public funds and records.
Demonstrates high ethical standards in every decision.

PUBLIC SERVICE

Patient and accurate with voters' questions.
Able to explain election law in plain language to the press.

PLANNING

Skilled at setting realistic timelines for each election cycle.
Experienced in tracking a budget against its plan.
"""


def test_groups_of_a_competency_list_under_short_capital_headings_are_all_requirements() -> None:
    c = text_context(COMPETENCY_GROUPS)
    must = raw(c.must_have)
    # every group's lines, the second and third groups too, not only the first after the lead-in
    for line in ("A trusted steward of public funds and records.",
                 "Patient and accurate with voters' questions.",
                 "Able to explain election law in plain language to the press.",
                 "Experienced in tracking a budget against its plan."):
        assert line in must
    # the group names and the "-AND-" between two requirements ask nothing
    for name in ("STEWARDSHIP", "PUBLIC SERVICE", "PLANNING", "AND-", "-AND-", "AND"):
        assert name not in must
    assert "A bachelor's degree in public administration or a related field." in must


def test_a_lone_word_in_a_list_of_systems_is_still_an_item() -> None:
    # a word in capitals over single words is a line of the list, not a group's name
    c = text_context("Systems Analyst\n\nRequirements\n- Five years of mainframe experience\n\nCICS\nJCL\nDB2\n")
    assert "CICS" in " | ".join(raw(c.must_have))
