"""Conditions of the job: what the work asks of the body, the hours and the place.

Two independent readers of never-seen postings (issue 23) counted "Occasional heavy lifting 35
pounds" and "Extended work hours may be required" as requirements the checklist had lost. They are
no qualification to have, so they stay out of Must-have, but an applicant must be able to meet them:
the checklist lists them under their own heading, "Conditions of the job", one box each.
"""

from __future__ import annotations

from test_checklist import checklist_text
from test_checklist_lost_structure import raw, text_context

WAREHOUSE_CLERK = """Elections Warehouse Clerk
Marlow County Elections, Rivertown, CO

Duties
- Prepares voting equipment for each election.
- Keeps the inventory of ballots and supplies.

Qualifications
- One year of experience in a warehouse or office.
- A valid driver's license.

Physical Demands
Required to stand, walk, sit, and drive.
Occasional lifting of boxes up to 40 pounds.
Evening and weekend work is required in the weeks before an election.
Reasonable accommodations may be made to enable individuals with disabilities to perform the essential functions.
Marlow County does not discriminate on the basis of race, color, physical or mental disability, or age.
Stand      F
Reach Above Shoulder      O
"""


def test_physical_demands_are_conditions_of_the_job_not_requirements() -> None:
    c = text_context(WAREHOUSE_CLERK)
    assert raw(c.conditions) == [
        "Required to stand, walk, sit, and drive.",
        "Occasional lifting of boxes up to 40 pounds.",
        "Evening and weekend work is required in the weeks before an election.",
    ]
    # The qualifications stay what they are, and no condition is counted among them.
    assert raw(c.must_have) == ["One year of experience in a warehouse or office.", "A valid driver's license."]
    assert not raw(c.nice_to_have)


def test_conditions_are_a_section_of_their_own_whose_ticks_are_kept() -> None:
    first = checklist_text(WAREHOUSE_CLERK, "clerk.txt")
    section = first.split("## Conditions of the job")[1].split("## Prepare")[0]
    assert "- [ ] Occasional lifting of boxes up to 40 pounds." in section
    assert first.index("## Nice to have") < first.index("## Conditions of the job") < first.index("## Prepare")
    ticked = first.replace("- [ ] Occasional lifting", "- [x] Occasional lifting", 1)
    ticked = ticked.replace("\n## Prepare", "  I have loaded trucks for three summers.\n\n## Prepare", 1)
    again = checklist_text(WAREHOUSE_CLERK, "clerk.txt", existing=ticked)
    assert "- [x] Occasional lifting of boxes up to 40 pounds." in again
    assert "I have loaded trucks for three summers." in again


def test_a_posting_without_conditions_has_no_conditions_section() -> None:
    text = WAREHOUSE_CLERK.split("Physical Demands")[0]
    assert not text_context(text).conditions
    assert "## Conditions of the job" not in checklist_text(text, "clerk.txt")


WORK_ENVIRONMENT_RUN_ON = """Data Analyst
Fenwick University, Austin, TX

Responsibilities
- Builds the dashboards of the admissions office.

Required Qualifications
- Bachelor's degree in statistics or a related field.

Working Environment
As a collaborative team, we value your skill in driving successful projects to the finish.
Repetitive use of a keyboard at a workstation.
Some weekend and evening work during the admissions season.
Important for applicants who are current university employees: you must apply within the staff portal, where your profile is pulled into your application and you will be prompted to upload your resume, so update it before you apply and check every section.
Some days are spent in the records warehouse beside the library.
"""


def test_a_conditions_section_stops_where_it_runs_on_into_something_else() -> None:
    c = text_context(WORK_ENVIRONMENT_RUN_ON)
    # "driving successful projects" is no driving; the application paragraph ends the section
    # (and what follows it is no longer read as a condition).
    assert raw(c.conditions) == [
        "Repetitive use of a keyboard at a workstation.",
        "Some weekend and evening work during the admissions season.",
    ]


LABELLED_CONDITIONS = """Elections Specialist
Cedar County Elections, Pine Falls, WA

Responsibilities
- Processes voter registrations.

Qualifications
- Two years of customer service experience.

WORK SCHEDULE: The standard workweek is Monday through Friday. We require the flexibility to work additional hours during peak periods of the election cycle. This position is eligible for overtime pay.

Travel: Travel throughout the county may be required.

PHYSICAL REQUIREMENTS: The duties are performed in an office setting and may be required to lift at least 25 pounds.

Schedule: Day Shift
"""


def test_labels_of_the_hours_travel_and_physical_demands_give_their_conditions() -> None:
    c = text_context(LABELLED_CONDITIONS)
    assert raw(c.conditions) == [
        "We require the flexibility to work additional hours during peak periods of the election cycle.",
        "Travel throughout the county may be required.",
        "The duties are performed in an office setting and may be required to lift at least 25 pounds.",
    ]
