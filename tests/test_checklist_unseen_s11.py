"""Checklists of postings shaped like the unseen samples of session 11 (issue 23, seeds 53-55).

Each test is one kind of error found reading checklists of never-seen postings item by item, on a
text written for it: a bold sentence taken for a pay heading that swallowed the rest of the
posting, an "Ability to:" lead-in put in front of every paragraph after its list, a lone "OR," as an
item, a "Management Preference:" label read as required, and a driver's licence asked "to be
considered" read as an application step.
"""

from __future__ import annotations

from postlint.ingest.headings import heading_text
from test_checklist_lost_structure import raw, text_context

COUNTY_DIRECTOR = """=== JOB DETAILS ===

Title: Director of Elections
Salary: $70,000.00 - $110,000.00 YEAR
Location: Milltown, NC
Employer: Harlow County

=== JOB DESCRIPTION ===

*This position is open until filled*
** Pay will be set according to the applicant's education and experience**

The Director runs the county's elections office under the direction of the county board.

Plans and runs every election, including ballot design and the testing of voting machines.
Prepares the annual budget of the office and reports on its spending to the board.
Trains and supervises the permanent staff and the temporary poll workers.

Work experience in county election administration. A degree from a four-year college and two (2) years of experience in running a public program.

Management Preference: Four (4) years of experience in planning and conducting elections.

Driving is an essential function of this position. To be considered, you must have a valid driver's license with a clean driving record.

Drug screen and background check are required.

Thorough knowledge of state election law and the rules of the state board
Ability to direct staff and plan the use of resources
"""

DIVISION_MANAGER = """=== JOB DETAILS ===

Title: Elections Operations Manager
Location: Brookfield, TX
Employer: Brook County

=== JOB DESCRIPTION ===

Manages the operations of the elections division.

Education and Experience:
Bachelor's degree in Public Administration or a directly related field AND four (4) years of elections experience.

OR,

Any combination of education and experience that is equivalent to the stated education and experience.

Knowledge of:

State and federal election laws.
Budget preparation and office management.

Ability to:
Plan, organize and direct projects.
Work independently.

Brook County staff take part in the county's emergency response.

This job description is generic in nature and is not an exhaustive list of duties.

Criminal Background Check and Employment History Check Required.

BenefitsEmployment at Brook County comes with a full range of benefits. Part-time employees earn leave on a prorated basis.
"""


def test_a_bold_sentence_is_no_heading() -> None:
    assert heading_text("** Pay will be set according to the applicant's education and experience**") is None
    assert heading_text("**Minimum Qualifications**") == "Minimum Qualifications"
    assert heading_text("**What you will be doing in this role every day:**") is not None


def test_requirements_after_a_bold_pay_note_are_read() -> None:
    c = text_context(COUNTY_DIRECTOR)
    must = raw(c.must_have)
    assert "Work experience in county election administration." in must
    assert "Drug screen and background check are required." in must
    assert "Thorough knowledge of state election law and the rules of the state board" in must
    assert "Ability to direct staff and plan the use of resources" in must
    assert any("Trains and supervises the permanent staff" in p.raw for p in c.prepare)


def test_a_driving_licence_asked_to_be_considered_is_a_requirement_not_a_step() -> None:
    c = text_context(COUNTY_DIRECTOR)
    assert any("valid driver's license" in m for m in raw(c.must_have))
    assert not any("driver's license" in a.raw for a in c.how_to_apply)


def test_a_preference_label_is_nice_to_have() -> None:
    c = text_context(COUNTY_DIRECTOR)
    assert any(n.startswith("Management Preference: Four (4) years") for n in raw(c.nice_to_have))
    assert not any("Management Preference" in m for m in raw(c.must_have))


def test_an_ability_to_lead_in_ends_with_its_list() -> None:
    must = raw(text_context(DIVISION_MANAGER).must_have)
    assert "Ability to plan, organize and direct projects." in must
    assert "Ability to work independently." in must
    assert "Knowledge of state and federal election laws." in must
    assert not any(m.startswith("Ability to") and ("Brook County" in m or "job description" in m or "enefits" in m) for m in must)
    assert not any("emergency response" in m or "prorated" in m for m in must)
    assert "Criminal Background Check and Employment History Check Required." in must


def test_a_lone_or_with_a_comma_joins_two_routes() -> None:
    must = raw(text_context(DIVISION_MANAGER).must_have)
    assert not any(m.strip(" ,.").lower() == "or" for m in must)
    route = next(m for m in must if "Bachelor's degree in Public Administration" in m)
    assert route.startswith("One of: ") and "Any combination of education and experience" in route


EXPLAINED_LIST = """Data Engineer

What We're Looking For

A problem solver at heart
Much of our work has no ready-made answer. You will often need to split large problems into smaller tasks and think them through.

3+ years of engineering experience
Things move quickly in our data group. You will need to be comfortable shipping cloud services at scale.

Professional experience with Spark or similar
This will be a large part of your work. Familiarity with the Spark ecosystem is a must.

Experience with the following will be highly valued

GitHub
All of our code lives on GitHub and every change goes through a pull request that a colleague reviews.

Continuous integration
Every commit runs our test suite and a build before it can be merged, and releases go out each day.
"""


def test_sentences_that_explain_a_named_requirement_are_not_requirements() -> None:
    c = text_context(EXPLAINED_LIST)
    must = raw(c.must_have)
    assert must[:3] == ["A problem solver at heart", "3+ years of engineering experience", "Professional experience with Spark or similar"]
    assert "Familiarity with the Spark ecosystem is a must." in must  # what the explanation itself asks
    assert not any("Things move quickly" in m or "no ready-made answer" in m or "large part of your work" in m for m in must)
    nice = raw(c.nice_to_have)
    assert nice == ["GitHub", "Continuous integration"]


def test_a_highly_valued_heading_names_nice_to_haves() -> None:
    from postlint.ingest.headings import classify_heading
    from postlint.model import SectionKind

    assert classify_heading("Demonstrated experience with the following will be highly valued", fuzzy=True) is SectionKind.PREFERRED
    assert classify_heading("Background Checks", fuzzy=True) is SectionKind.REQUIREMENTS
    assert classify_heading("Retirement Plan Eligibility", fuzzy=True) is SectionKind.BENEFITS
