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


ASKED_AS_SKILLS = """Research Program Specialist
Federal Elections Board, Washington, DC

All US Citizens. This job requires a Public Trust Background Investigation. Candidates must be a US Citizen.

Major Duties
Plans research studies on voting systems.
Knowledge of federal election law.
Knowledge and skill in applying statistical methods to program studies.
Skill in operating a personal computer and office software.
Pre-employment drug screen and identity verification required
"""


def test_skills_and_checks_the_job_requires_are_must_haves_wherever_said() -> None:
    c = text_context(ASKED_AS_SKILLS)
    must = raw(c.must_have)
    # "Knowledge and skill in", "Skill in" start requirements as "Knowledge of" does
    assert "Knowledge and skill in applying statistical methods to program studies." in must
    assert "Skill in operating a personal computer and office software." in must
    # what the job requires of every hire, said in the opening notice or as a label would
    assert "This job requires a Public Trust Background Investigation." in must
    assert "Pre-employment drug screen and identity verification required" in must
    assert "All US Citizens." not in must


NAMES_WITH_STATE_CODES = """Quality Control Director
Acme Biologics, Cambridge, MA

You will lead QC, Process Development, Analytical Development, MS&T and program management teams.
The agency partners with DHS, FBI, National Guard, NC Department of Information Technology and others.

Requirements
- 10 years in quality control.
"""


def test_a_state_code_that_starts_a_name_is_no_place() -> None:
    c = text_context(NAMES_WITH_STATE_CODES)
    # "MS&T" (manufacturing science and technology) and "NC Department of ..." name teams and
    # agencies, not where the job is
    assert c.location == "Cambridge, MA"


MARKET_IN_A_COUNTRY = """Senior Data Engineer
Acme Pros

Hiring a plumber should be easy. The market for it is huge, $1 trillion in the US alone, and one of the largest in the U.S. is ours.

Requirements
- 5 years building data pipelines.
"""


def test_a_market_or_a_ranking_in_a_country_is_not_where_the_job_is() -> None:
    c = text_context(MARKET_IN_A_COUNTRY)
    assert c.location is None


DUTIES_RUN_INTO_REQUIREMENTS = """Information Security Manager
State Elections Board, Raleigh, NC

Key Responsibilities and Duties Include:

• Develops and monitors the agency's information security program.

• Provides guidance on cybersecurity controls to the divisions.

• Leads the development of security policies and standards.

• Serves as the liaison with law enforcement for incident response.

• 10 years in a technology leadership position with at least five in security

• Proven track record of writing security policies

• [Preferred] Experience leading SOX or HIPAA compliance efforts

• Able to supervise and evaluate staff

• Detail and goal oriented.
"""


def test_requirements_that_follow_the_duties_in_one_spaced_list_are_requirements() -> None:
    c = text_context(DUTIES_RUN_INTO_REQUIREMENTS)
    # a blank line between bullets does not end the list: its requirement lines after the duties
    # are requirements, not duties to prepare
    assert raw(c.must_have) == [
        "10 years in a technology leadership position with at least five in security",
        "Proven track record of writing security policies",
        "Able to supervise and evaluate staff",
        "Detail and goal oriented.",
    ]
    assert raw(c.nice_to_have) == ["Experience leading SOX or HIPAA compliance efforts"]
    assert len(c.prepare) == 4


ENCOURAGED_TO_APPLY = """Senior Data Engineer
Acme Pros, Denver, CO

Responsibilities
- Build the data warehouse.

Must-Have Qualifications

If you don't think you meet all of the criteria below but still are interested in the job, please apply. Nobody checks every box, and we're looking for someone excited to join the team.
6 or more years of experience in data engineering
Experience building ETL pipelines in Python

How to apply
You will be evaluated for this job based on how well you meet the qualifications above.
"""


def test_encouragement_to_apply_and_the_evaluation_are_no_items() -> None:
    c = text_context(ENCOURAGED_TO_APPLY)
    assert raw(c.must_have) == ["6 or more years of experience in data engineering", "Experience building ETL pipelines in Python"]
    every = " ".join(raw(c.must_have) + raw(c.nice_to_have) + raw(c.prepare) + raw(c.how_to_apply))
    assert "Nobody" not in every and "criteria" not in every and "evaluated" not in every


CLEARANCE_AFTER_THE_DESIRED_LIST = """Senior Data Analyst
Acme Federal, Washington, DC

Required Qualifications
- Master's degree in statistics or a related field.
Desired Qualifications
- Experience with Spark and Kafka.
Clearance: Active Top Secret
"""


def test_a_clearance_label_after_the_desired_list_is_a_must_have() -> None:
    c = text_context(CLEARANCE_AFTER_THE_DESIRED_LIST)
    assert "Clearance: Active Top Secret" in raw(c.must_have)
    assert raw(c.nice_to_have) == ["Experience with Spark and Kafka."]


CONDITIONS_AMONG_THE_ASKS = """Senior Data Scientist
Acme Federal, Reston, VA

Responsibilities
- Build models of network traffic.
- Hours will vary during peak reporting periods.

Desired Qualifications
- Experience with Docker.
- Occasional local travel to government sites for customer meetings.
"""


def test_hours_and_travel_said_among_duties_or_desired_asks_are_conditions() -> None:
    c = text_context(CONDITIONS_AMONG_THE_ASKS)
    assert raw(c.conditions) == ["Hours will vary during peak reporting periods.",
                                 "Occasional local travel to government sites for customer meetings."]
    assert raw(c.nice_to_have) == ["Experience with Docker."]
    assert len(c.prepare) == 1


CLASS_SPECIFICATION = """Elections Technician - Senior
Sierra County, Auburn, CA

MINIMUM QUALIFICATIONS
Experience and Training
Any combination of experience and training that would likely provide the required knowledge is qualifying.
Experience: Four years of experience in analyzing legal documents.
Training: Equivalent to the completion of the twelfth grade.
License or Certificate:
May need to possess a valid driver's license as required by the position.
EDUCATION and/or EXPERIENCE: Generally, a high school diploma or GED. Previous warehouse experience helpful.

CONDITION OF EMPLOYMENT
Prior to the date of hire, applicants must undergo a fingerprint test by the Department of Justice, pass a medical examination (which may include a drug screening and possibly a psychological evaluation), sign a constitutional oath, and submit proof of U.S. citizenship or legal right to remain and work in the United States, as well as any other documents the county asks of new hires before their first day.
"""


def test_a_class_specifications_labels_and_its_condition_of_employment() -> None:
    c = text_context(CLASS_SPECIFICATION)
    must = raw(c.must_have)
    # a single word of what is asked is a requirement's label in a requirements list
    assert "Equivalent to the completion of the twelfth grade." in must
    # "License or Certificate" names a requirement as "Licenses and Certifications" does
    assert "May need to possess a valid driver's license as required by the position." in must
    # a label's parts each say their own priority
    assert "Generally, a high school diploma or GED" in must
    assert raw(c.nice_to_have) == ["Previous warehouse experience helpful"]
    # a long condition of hire that opens its sentence is kept whole
    assert any(text.startswith("Prior to the date of hire, applicants must undergo a fingerprint test") for text in must)


SUB_LISTS_UNDER_A_LEAD_IN = """Elections Technician
Sierra County, Auburn, CA

KNOWLEDGE, SKILLS, AND ABILITIES
Knowledge of:
- Principles of record keeping and filing.
- Thorough knowledge of the county's voter file.
When assigned to Clerk Services:
- Office coding system for cashier documents.
- Joint Application Design sessions and other ways of gathering requirements.
Ability to:
- Read and apply the Elections Code.
When assigned to Elections:
- Operate optical and bar code scanners.
"""


def test_a_lead_in_speaks_for_the_sub_lists_its_list_goes_on_into() -> None:
    c = text_context(SUB_LISTS_UNDER_A_LEAD_IN)
    assert raw(c.must_have) == [
        "Knowledge of principles of record keeping and filing.",
        # an item that says what it asks keeps its own words
        "Thorough knowledge of the county's voter file.",
        "Knowledge of office coding system for cashier documents.",
        # a name of several capitalised words keeps its capitals
        "Knowledge of Joint Application Design sessions and other ways of gathering requirements.",
        "Ability to read and apply the Elections Code.",
        "Ability to operate optical and bar code scanners.",
    ]


WRAPPED_AFTER_FIRST_WORDS = """Software Engineer
Acme Design Automation, Wilsonville, OR

Qualifications
Experience/knowledge
in data analysis.
Experience
with Python, Keras and Tensorflow.
Must
have the ability to collaborate closely with the team.
Knowledgeable about statistics (familiarity with deep learning techniques is a plus)
"""


def test_a_line_wrapped_after_its_first_words_is_no_heading_and_an_aside_says_its_own_priority() -> None:
    c = text_context(WRAPPED_AFTER_FIRST_WORDS)
    assert raw(c.must_have) == [
        "Experience/knowledge in data analysis.",
        "Experience with Python, Keras and Tensorflow.",
        "Must have the ability to collaborate closely with the team.",
        "Knowledgeable about statistics",
    ]
    assert raw(c.nice_to_have) == ["Familiarity with deep learning techniques is a plus"]


DUTIES_THEN_MUSTS_UNDER_NO_HEADING = """Election Supervisor
Company: RVA - OE
Company: City of Richmond Corporation

The City of Richmond is seeking an Election Supervisor.

Manages the absentee voting program at the main office.
Schedules and prioritizes absentee employee workloads.
Provides training and supervision for absentee voting staff.
Must be proficient in Microsoft Office software. Must be able to type at least fifty (50) words per minute.
Some familiarity with mail ballot law will be very useful.

Working Conditions:
Works in an office. Must be able to lift 50 pounds and work overtime during elections.
"""


def test_musts_after_duties_under_no_heading_and_the_employer_label_the_text_names() -> None:
    c = text_context(DUTIES_THEN_MUSTS_UNDER_NO_HEADING)
    assert raw(c.must_have) == ["Must be proficient in Microsoft Office software.",
                                "Must be able to type at least fifty (50) words per minute."]
    assert raw(c.nice_to_have) == ["Some familiarity with mail ballot law will be very useful."]
    # what the body must do under "Working Conditions" stays a condition of the job
    assert any("lift 50 pounds" in text for text in raw(c.conditions))
    assert len(c.prepare) == 3
    # of two values of the employer's label, the one the text names (a code is none)
    assert c.organization == "City of Richmond Corporation"


NOTES_AMONG_THE_ASKS = """Executive Director
Federal Elections Board, Washington, DC

Duties
- Leads the agency staff.
- APPOINTMENT TYPE/BENEFITS - This position is Full-Time
- For more information, please call (877) 555-0100

Qualifications
- Ten years of senior leadership experience.
- You're looking to join a strong, high-performing team.
- Please read the "Next steps" section for more information.
- You do not need to submit your application package through the USAJOBS process.
"""


def test_notes_on_the_job_and_on_applying_are_neither_asks_nor_duties() -> None:
    c = text_context(NOTES_AMONG_THE_ASKS)
    assert raw(c.must_have) == ["Ten years of senior leadership experience."]
    assert [item.raw for item in c.prepare] == ['An example from your own work for: "Leads the agency staff"']


SENTENCE_UNDER_A_BANNER = """=== JOB DETAILS ===

Salary: $2,304.00 - $2,879.00 Monthly
Location: Castle Rock, CO

=== JOB DESCRIPTION ===

This position serves as office support for the Elections Division. Must be detail oriented, well organized, and able to adapt. This role requires both independent judgment and the ability to work as part of a team.

ESSENTIAL DUTIES AND RESPONSIBILITIES:
Provides daily customer service; answers phones.
Performs complex data entry for voter registrations.
"""


def test_a_sentence_where_the_title_would_be_is_the_bodys_first_paragraph() -> None:
    c = text_context(SENTENCE_UNDER_A_BANNER, name="elections-clerk-i.txt")
    # the title comes from the file's name; the sentence is not lost with the title line
    assert raw(c.must_have) == ["Must be detail oriented, well organized, and able to adapt.",
                                "This role requires both independent judgment and the ability to work as part of a team."]


ASKED_IN_THE_DESCRIPTION = """Data Scientist
Acme Health, Boston, MA

About the role
Our work lies at the intersection of machine learning and epidemiology. We seek great communication and accountability, people who think people first. The ideal candidate demonstrates a deep passion for applying analytic approaches. The incumbent must be able to multi-task and demonstrate sound judgement. Contacts with officials often involve contentious questions and require an extraordinary degree of tact and communication skills.

Responsibilities
- Build models of patient outcomes.
"""


def test_asks_said_in_the_description_in_other_words() -> None:
    c = text_context(ASKED_IN_THE_DESCRIPTION)
    assert raw(c.must_have) == [
        "We seek great communication and accountability, people who think people first.",
        "The incumbent must be able to multi-task and demonstrate sound judgement.",
        "Contacts with officials often involve contentious questions and require an extraordinary degree of tact and communication skills.",
    ]
    assert raw(c.nice_to_have) == ["The ideal candidate demonstrates a deep passion for applying analytic approaches."]


def test_an_employer_whose_name_holds_an_acronym_and_its_legal_form() -> None:
    c = text_context("Data Scientist\n\nSolution IT Inc. is looking for a Data Scientist for one of its clients.\n\n"
                     "Requirements\n- Two years of machine learning experience.\n")
    # "IT" in a name with its legal form is an acronym, not the pronoun "it"
    assert c.organization == "Solution IT Inc."


def test_take_advantage_of_says_no_preference() -> None:
    c = text_context("Data Analyst\nAcme Re, Hartford, CT\n\nRequirements\n"
                     "- Working knowledge of Excel. Take advantage of computer tools to maximize productivity.\n"
                     "- Reinsurance experience is an advantage.\n")
    assert "Take advantage of computer tools to maximize productivity." not in raw(c.nice_to_have)
    assert raw(c.nice_to_have) == ["Reinsurance experience is an advantage."]


CLASS_SPECIFICATION_SPECIAL_REQUIREMENTS = """Election Director
Harford County Board of Elections, Bel Air, MD

EXAMPLES OF DUTIES
Plans and directs the conduct of all elections in the county.
Supervises the staff of the local board.
Prepares the annual budget of the local board.
Works under the general supervision of the local board.
Performs other related duties.

SPECIAL REQUIREMENTS
1. Employees in this classification are required to be registered voters in the State of Maryland.
2. Employees in this classification may not hold any elective public office.
"""


def test_special_requirements_said_of_the_employees_of_a_class_and_no_catch_all_duty() -> None:
    c = text_context(CLASS_SPECIFICATION_SPECIAL_REQUIREMENTS)
    # "Employees ..." is the subject of the sentence, not a verb: no duty, a requirement of the class
    assert raw(c.must_have) == ["Employees in this classification are required to be registered voters in the State of Maryland.",
                                "Employees in this classification may not hold any elective public office."]
    assert [item.raw.split('"')[1] for item in c.prepare] == [
        "Plans and directs the conduct of all elections in the county",
        "Supervises the staff of the local board",
        "Prepares the annual budget of the local board",
    ]
