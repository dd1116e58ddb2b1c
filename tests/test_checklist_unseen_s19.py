"""Checklists of postings shaped like the samples of session 19 (issue 23).

Each test is one kind of error found reading checklists of postings item by item, on a text
written for it.
"""

from __future__ import annotations

from test_checklist_lost_structure import raw, text_context

SUPPLEMENTAL_QUESTIONS = """Records Analyst 11
Harlow County Clerk, Harlow, MI

Job Description
Maintains the county's voter records and answers questions from township clerks.

Minimum Qualifications
Education
Possession of a bachelor's degree in any major.
Experience
Two years of professional experience.

Supplemental Questions
01
    Are you related to anyone currently working at the Harlow County Clerk's office?
        Yes
        No
02
    HCALT - Do you possess at least two years of professional experience?
        Yes
        No
03
    How many years of experience do you have working with spreadsheet software such as Excel or Google Sheets?
        None
        1 to 3 years
        More than 3 years
04
    Describe your experience working with spreadsheet software such as Excel or Google Sheets. If you have none, type "none".
05
    Do you have any experience administering voter registration databases?
        Yes
        No
06
    Please describe your experience training township clerks on new procedures.
"""


def test_the_qualifications_supplemental_questions_screen_for_are_on_the_checklist() -> None:
    c = text_context(SUPPLEMENTAL_QUESTIONS)
    must, nice = raw(c.must_have), raw(c.nice_to_have)
    # what the lists do not ask is scored, a plus, yes-or-no or not; each says where it is from
    assert "Experience administering voter registration databases (screening question)" in nice
    assert "Experience working with spreadsheet software such as Excel or Google Sheets (screening question)" in nice
    assert "Experience training township clerks on new procedures (screening question)" in nice
    everything = " | ".join(must + nice)
    # asked once, though two questions ask it; not at all when the listed requirements say it already
    assert everything.count("spreadsheet") == 1
    assert everything.count("professional experience") == 1
    # a question about relatives asks for no qualification
    assert "related" not in everything.lower()


COMPETENCY_LISTS = """Deputy Director of Elections
Commission on Elections

Major Duties
Directs the agency's programs and reports to the commissioners.

Qualifications
General Competencies Required
Interpersonal Effectiveness: Skill in responding appropriately to diverse groups in challenging situations.
Technical Competencies Required
Comprehensive knowledge of election laws, regulations, and legal decisions pertinent to the agency's mission.
Experience in the operation and management of personnel in an office or program.
Knowledge of the legislature's committees, Knowledge and experience interacting with governing bodies regarding elections.
Leadership Competencies Required
Skill in building coalitions and in communicating with groups inside and outside the agency.
"""


def test_lists_under_competencies_required_headings_are_requirements() -> None:
    must = raw(text_context(COMPETENCY_LISTS).must_have)
    assert "Comprehensive knowledge of election laws, regulations, and legal decisions pertinent to the agency's mission." in must
    assert "Experience in the operation and management of personnel in an office or program." in must
    assert "Skill in building coalitions and in communicating with groups inside and outside the agency." in must
    # "Knowledge and experience interacting with ..." is one head of one object, not "..., Knowledge" + "Experience ..."
    assert not any(item.endswith("Knowledge") for item in must)
    assert any("Knowledge and experience interacting with governing bodies" in item for item in must)


BENEFITS_AFTER_COMPETENCIES = """Deputy Inspector General
Office of the Inspector General

Duties
Plans and manages the office's audits of grant programs.

Technical Competencies:
Ability to manage several audits at once and within deadlines.
Flexibility to adapt to changing circumstances.
A career with the federal government provides employees with a comprehensive benefits package. As a federal employee, you and your family will have access to a range of benefits. Learn more about federal benefits.
Eligibility for benefits depends on the type of position you hold. Contact the hiring agency for more information on the specific benefits offered.
"""


def test_a_benefits_paragraph_after_the_requirements_ends_them() -> None:
    must = raw(text_context(BENEFITS_AFTER_COMPETENCIES).must_have)
    assert must == ["Ability to manage several audits at once and within deadlines.", "Flexibility to adapt to changing circumstances."]


NOTES_AND_SCREENS = """Voter Services Supervisor
Cedar County, Olympia, WA

Core Responsibilities:
Supervise the voter registration team.

How to be Successful in the Role:
The ideal candidate will have a deep understanding of state election laws. You will apply independent judgment and make decisions that shape our election processes.

Why It's a Great Opportunity:
Cedar County is growing fast. You will have a strong understanding of the systems involved in voter registration. This expertise will be essential in coaching our award-winning team.

Four years of office experience
Preferred Qualifications
Experience leading a team in an elections office is preferred
Special Note: Certification as an Election Administrator under state law is required within two years in this position
As a condition of employment, the applicant will need to complete a background check.
"""


def test_a_note_that_says_a_requirement_is_a_must_have() -> None:
    must = raw(text_context(NOTES_AND_SCREENS).must_have)
    assert "Certification as an Election Administrator under state law is required within two years in this position" in must


def test_a_condition_of_hire_in_a_preferred_list_is_a_must_have_once() -> None:
    c = text_context(NOTES_AND_SCREENS)
    must, nice = raw(c.must_have), raw(c.nice_to_have)
    assert "As a condition of employment, the applicant will need to complete a background check." in must
    assert not any("background check" in item for item in nice)


def test_you_will_do_is_a_duty_and_you_will_have_is_an_ask() -> None:
    c = text_context(NOTES_AND_SCREENS)
    must = raw(c.must_have)
    # the sentence that asks, not the paragraph around it
    assert "You will have a strong understanding of the systems involved in voter registration." in must
    assert not any("independent judgment" in item for item in must)
    assert any("You will apply independent judgment" in item for item in raw(c.prepare))


CLEARANCE_LABEL = """Data Engineer
Orion Analytics, Reston, VA

Required Skills:
Strong SQL skills
Bachelor's degree in Computer Science and 5 years of experience.
Security Requirements: Active TS/SCI Security Clearance with Polygraph
"""


def test_a_security_requirements_label_in_a_requirements_list_is_a_must_have() -> None:
    assert "Active TS/SCI Security Clearance with Polygraph" in raw(text_context(CLEARANCE_LABEL).must_have)


MIXED_PRIORITIES = """Data Scientist
Harbor Retail, Seattle, WA

Requirements
- Minimum 3 years experience as a Data Scientist, prior software engineering experience is a plus
- In addition, must have experience with some or all of the following: SQL, Python, Spark, Tableau, and other analytics products is a plus.
- Knowledge of statistics, and Spark experience is a plus
"""


def test_a_clause_that_says_its_own_preference_is_nice_and_a_leading_must_is_a_must() -> None:
    c = text_context(MIXED_PRIORITIES)
    must, nice = raw(c.must_have), raw(c.nice_to_have)
    assert "Minimum 3 years experience as a Data Scientist." in must
    assert "Prior software engineering experience is a plus" in nice
    assert any(item.startswith("In addition, must have experience") for item in must)
    # "..., and X is a plus" may say it of the whole: left whole, a preference
    assert "Knowledge of statistics, and Spark experience is a plus" in nice


def _facts(text: str):
    import postlint
    [posting] = postlint.parse_text(text, "job.txt")
    return posting.facts


def test_an_internship_asked_as_experience_is_not_the_jobs_type() -> None:
    facts = _facts("Data Scientist\n\nAt least 1 year of relevant job, internship, or co-op experience.\n")
    assert facts.employment.types == []
    # the job that is an internship still is one
    assert [m.type for m in _facts("Data Intern\n\nThis is a paid internship for the summer.\n").employment.types] == ["internship", "internship"]


def test_hours_a_retirement_plan_asks_for_are_not_the_jobs_hours() -> None:
    rule = _facts("Engineering Scientist\n\nThe retirement plan for this position is the state plan, subject to the"
                  " position being at least 20 hours per week and at least 135 days in length.\n")
    assert rule.employment.hours == []
    asked = _facts("Clerk\n\nYou must be available at least 20 hours per week.\n")
    assert [(h.minimum, h.maximum) for h in asked.employment.hours] == [(20.0, 20.0)]


def test_working_from_home_some_days_a_week_is_hybrid() -> None:
    some_days = _facts("Data Assistant\nLocation: Harrisburg, PA\n\nTelework: You may have the opportunity to work from home"
                       " (telework) part-time, up to 3 days a week.\n")
    assert [mode.mode for mode in some_days.location.work_modes] == ["hybrid"]
    every_day = _facts("Data Assistant\nLocation: Harrisburg, PA\n\nThis job is fully remote.\n")
    assert [mode.mode for mode in every_day.location.work_modes] == ["remote"]
    # part-time hours are the job's, not part-time remote work
    part_time = _facts("Program Manager\n\nThis is a remote, part-time position that requires reliable Internet access.\n")
    assert [mode.mode for mode in part_time.location.work_modes] == ["remote"]


def test_a_statement_of_where_the_job_is_names_every_place_it_offers() -> None:
    facts = _facts("Research Scientist (Remote)\n\n*We would ideally like this position to be based in Bethesda, MD or"
                   " London, UK; however, remote work is possible.\n")
    assert [place.text for place in facts.location.places] == ["Bethesda, MD or London, UK"]
    # a company's name in capitals is no place: the city after it is
    said = _facts("Data Scientist\n\nThe position will be located in ACMECORP’s headquarters in Buckhead, GA.\n")
    assert [place.text for place in said.location.places] == ["Buckhead, GA"]


ROLE_THEN_DUTIES_UNDER_QUALIFICATIONS = """Senior Data Analyst
Orion Analytics, McLean, VA

Basic Qualifications:
The Data Analyst will provide thorough and consistent solutions and determine methods for the customer's data.
Present findings to technical and non-technical stakeholders.
Gather and analyze data across sources to identify trends.
Generate and compile reports on performance metrics.
Position requires a Bachelor's degree.
Knowledge of SQL and databases
An equivalent combination of training and experience (as approved by the department) may be used to meet the minimum qualifications.
Exposure to embedded real-time development will be considered.
Additional details regarding this position can be found in the position description.
Apply today to embark upon a career like no other!
"""


def test_imperative_lines_after_what_the_role_will_do_are_its_duties() -> None:
    c = text_context(ROLE_THEN_DUTIES_UNDER_QUALIFICATIONS)
    must, prepare = raw(c.must_have), " | ".join(raw(c.prepare))
    for duty in ("Present findings", "Gather and analyze data", "Generate and compile reports"):
        assert duty in prepare and not any(item.startswith(duty) for item in must)
    assert "Position requires a Bachelor's degree." in must and "Knowledge of SQL and databases" in must


def test_notes_and_calls_in_a_requirements_list_are_no_items() -> None:
    c = text_context(ROLE_THEN_DUTIES_UNDER_QUALIFICATIONS)
    everything = " | ".join(raw(c.must_have) + raw(c.nice_to_have) + raw(c.prepare) + raw(c.how_to_apply))
    assert "equivalent combination" not in everything  # a note on the routes, asking nothing
    assert "Additional details" not in everything and "Apply today" not in everything
    # "... will be considered": a preference
    assert "Exposure to embedded real-time development will be considered." in raw(c.nice_to_have)


RESTATED = """Special Data Assistant
Commonwealth Elections Bureau, Harrisburg, PA

Job Description
In this position as a Data Assistant, you will be working with a team of skilled analysts and engineers.
You would be joining a fast growing, successful team.
DefinitionProvides customer assistance in structuring the voter registration process.
Builds and validates data queries for the bureau's reports.

Requirements
- Candidates must possess strong structured query language (SQL) background and experience in creating and validating data queries.
- Experience with Python, R, and Linux shell scripting.
- Experience with Python, Pyspark, and Linux shell scripting.
- A Master's degree in Statistics, Economics or Data Science.
- You must possess a strong SQL background and experience in creating and validating data queries.
- A Ph.D. in Statistics, Economics or Data Science.
"""


def test_a_requirement_said_again_in_other_words_is_listed_once() -> None:
    must = raw(text_context(RESTATED).must_have)
    assert sum("SQL" in item for item in must) == 1
    assert must[0].startswith("Candidates must possess strong structured query language")
    # a different tool or degree is another requirement
    assert any("Python, R," in item for item in must) and any("Pyspark" in item for item in must)
    assert any("Master's" in item for item in must) and any("Ph.D." in item for item in must)


def test_the_role_and_its_team_summed_up_are_no_duties() -> None:
    prepare = " | ".join(raw(text_context(RESTATED).prepare))
    assert "Builds and validates data queries" in prepare
    for summary in ("working with a team", "You would be joining", "customer assistance"):
        assert summary not in prepare


WORK_ENVIRONMENT_AND_SPONSOR = """Elections Specialist I
Ridge County Clerk and Recorder, Castle Rock, CO

Duties
- Processes voter registration records.

Requirements
- Two years of customer service experience.

WORK ENVIRONMENT:
Work is generally performed in an office or warehouse environment.
Extended work hours may be required to include evenings, weekends, and holidays.
Must be able to adhere to the established Mission, Vision, and Values of the Clerk and Recorder's Office.

Provide email and phone guidance, remote support, and troubleshooting to township clerks.
We are able to sponsor H1-B visas for this role.
"""


def test_an_ask_under_work_environment_that_is_no_condition_is_a_must_have() -> None:
    c = text_context(WORK_ENVIRONMENT_AND_SPONSOR)
    assert "Must be able to adhere to the established Mission, Vision, and Values of the Clerk and Recorder's Office." in raw(c.must_have)
    assert "Extended work hours may be required to include evenings, weekends, and holidays." in raw(c.conditions)


def test_remote_support_is_no_remote_job_and_a_sponsor_is_said() -> None:
    c = text_context(WORK_ENVIRONMENT_AND_SPONSOR)
    assert "remote" not in (c.location or "")
    advice = " | ".join(raw(c.before_you_apply))
    assert "can sponsor a visa" in advice and "legally allowed" not in advice
    refused = text_context(WORK_ENVIRONMENT_AND_SPONSOR.replace("We are able to sponsor", "We are not able to sponsor"))
    assert "will not sponsor a visa" in " | ".join(raw(refused.before_you_apply))
    not_remote = _facts("Analyst\nLocation: Rochester, MN\n\nThis is a Rochester, MN based position and is not remote eligible.\n")
    assert not_remote.location.work_modes == []


def test_weekly_hours_given_as_a_field_on_its_own_line_are_the_jobs_hours() -> None:
    facts = _facts("Engineering Scientist\n\nWeekly Scheduled Hours:\n\n40\n\n----\n\nFLSA Status:\n\nExempt\n\n"
                   "The retirement plan is the state plan, subject to the position being at least 20 hours per week.\n")
    assert [(h.minimum, h.maximum) for h in facts.employment.hours] == [(40.0, 40.0)]


CONTACT_UNDER_HOW_TO_APPLY = """Elections Specialist
Harbor County Elections, Renton, WA

Duties
- Processes ballots.

How to Apply
Submit an online application and a resume at jobs.harbor.example.
For more information regarding this recruitment, please contact:
    Dana Whitfield
    Sr. HR Business Partner
"""


def test_who_answers_questions_is_no_step_of_applying() -> None:
    steps = raw(text_context(CONTACT_UNDER_HOW_TO_APPLY).how_to_apply)
    assert steps == ["Submit an online application and a resume at jobs.harbor.example."]


STATE_CLASS_POSTING = """Title: Departmental Analyst 9-P11 - Training
Location: Lansing, MI
Employer: Bureau of Elections

Job Description
POSITION DUTIES -This position will provide guidance and troubleshooting to county and municipal clerks on the voter file.
APPOINTMENT TYPE/BENEFITS - These positions are Full-Time.

Education
Possession of a bachelor's degree in any major.
Experience
Departmental Analyst 10
One year of professional experience.
Departmental Analyst 9 - P11
Educational level typically acquired through completion of high school and two years of active-duty experience.

Departmental Analyst (Departmental Trainee) 9 (For those with State of Michigan classified experience only)

Education
Educational level typically acquired through completion of high school.
Paraprofessional classifications are those requiring an associate degree or two years of college.

Benefits
Employees enjoy a generous benefits package with medical and dental plans. **All employees are required to be MI State residents after 30 days of employment.
"""


def test_a_level_label_is_no_requirement_and_names_the_lines_under_it() -> None:
    must = raw(text_context(STATE_CLASS_POSTING).must_have)
    assert "Departmental Analyst 9 - P11: Educational level typically acquired through completion of high school and two years of active-duty experience." in must
    assert not any(item.startswith("Departmental Analyst (Departmental Trainee) 9") for item in must)
    assert not any("Paraprofessional classifications are those" in item for item in must)  # a term defined
    # a condition of hire at the end of the benefits paragraph
    assert "All employees are required to be MI State residents after 30 days of employment." in must


def test_a_duties_label_in_capitals_is_dropped_and_another_parts_label_is_no_duty() -> None:
    prepare = raw(text_context(STATE_CLASS_POSTING).prepare)
    assert prepare == ['An example from your own work for: "This position will provide guidance and troubleshooting to county'
                       ' and municipal clerks on the voter file"']


PROSE_ASKS = """Administrative Specialist III
Harbor County Elections, Renton, WA

The Department of Elections is searching for an energetic and resourceful professional who knows the state's election calendar. The department combines an exciting environment with room to grow.

Responsibilities
Maintains the voter registration database and answers questions from the public.
Ultimately, we're looking for people who are excited by elections, love to solve problems and can work well alone.

Harbor County is an Equal Employment Opportunity employer. All qualified applicants will receive consideration without regard to race, color, religion or sex; U.S. citizenship is required.
"""


def test_asks_said_in_prose_and_a_condition_closing_a_notice_are_must_haves() -> None:
    must = raw(text_context(PROSE_ASKS).must_have)
    assert "The Department of Elections is searching for an energetic and resourceful professional who knows the state's election calendar." in must
    assert any(item.startswith("Ultimately, we're looking for people who are excited by elections") for item in must)
    assert "U.S. citizenship is required." in must


MORE_SCREENS = """Support Specialist - Elections
Marin County, San Rafael, CA

Duties
- Supports the county's election management system.

Minimum Qualifications
- High school diploma.

Supplemental Questions
03
        Indicate area of study for college education.
                Computer Science
                An area related to Computer Science (please specify below)
                None of the above
05
        Indicate how many years of full-time work experience you have in computer applications related to elections.
                Less than 1 year
                3 or more years
07
        Select the computer software with which you are proficient.
                Microsoft Excel
                Laserfiche
                Other (Specify in next question)
                None of the above
08
        Describe the working environment in which you are most productive.

I have experience researching and applying State and Federal laws relating to elections. I have experience verifying candidates' nomination documents.
Yes No
Yes No
"""


def test_screening_questions_in_other_forms_are_read() -> None:
    nice = raw(text_context(MORE_SCREENS).nice_to_have)
    assert "Area of study: Computer Science; An area related to Computer Science (screening question)" in nice
    assert "Full-time experience in computer applications related to elections (screening question)" in nice
    assert "Proficiency with computer software: Microsoft Excel; Laserfiche (screening question)" in nice
    assert "Experience researching and applying State and Federal laws relating to elections (screening question)" in nice
    assert "Experience verifying candidates' nomination documents (screening question)" in nice
    assert not any("working environment" in item for item in nice)


LEAD_IN_HEADINGS_AND_PRONOUNS = """Analytics Manager
Central Valley Health Alliance, Scotts Valley, CA

THE IDEAL CANDIDATE WILL HAVE
Passion and drive to be a hands-on manager
Strength in developing data management plans and data dictionaries

Knowledge of:
Data warehouse concepts
SQL
Relational database concepts

Responsibilities:
Design the alliance's data marts and report on them.
Demonstrate proficiency in analyzing and interpreting data and policies.
Showcase excellent public speaking and writing skills.
Attendance must be maintained at an acceptable level.
Prior experience designing and developing production data marts is expected.

The ideal candidate is self-motivated and enjoys a collaborative environment. They have the demonstrated ability to use complicated software. We seek a person who is process-oriented and motivated to do meaningful work.

This position requires creative problem solving, cross-functional communication, team work, and presentation skills.
"""


def test_lead_ins_pronouns_and_skill_asks_are_requirements() -> None:
    c = text_context(LEAD_IN_HEADINGS_AND_PRONOUNS)
    asked = raw(c.must_have) + raw(c.nice_to_have)
    for ask in ("Passion and drive to be a hands-on manager", "Knowledge of SQL",
                "Demonstrate proficiency in analyzing and interpreting data and policies.",
                "Showcase excellent public speaking and writing skills.",
                "Attendance must be maintained at an acceptable level.",
                "They have the demonstrated ability to use complicated software.",
                "We seek a person who is process-oriented and motivated to do meaningful work.",
                "This position requires creative problem solving, cross-functional communication, team work, and presentation skills."):
        assert ask in asked, ask
    assert any(item.startswith("Prior experience designing and developing production data marts is expected") for item in asked)
    assert any("Design the alliance's data marts" in item for item in raw(c.prepare))


CONDITIONS_AND_DUPLICATES = """Elections Warehouse Worker
Pine County Clerk, Castle Rock, CO

Duties
- Moves voting equipment between the warehouse and polling places.

SUPERVISORY RESPONSIBILITIES:
INDEPENDENT JUDGMENT: Identify opportunities for process improvements and notify supervisor. Effectively utilize resources (reports, policies, and job knowledge) to solve problems.

Requirements
- Forklift certification preferred.
- Two years of warehouse experience.
Physical requirements include the ability to lift/carry up to 50 pounds and manual dexterity to operate equipment.

Preferred
- Forklift certification is a plus.

All potential new hires and employees considered for promotion to management positions will be subject to a background and reference check after a contingent job offer is accepted.
"""


def test_a_label_that_names_a_duty_physical_requirements_and_a_restated_preference() -> None:
    c = text_context(CONDITIONS_AND_DUPLICATES)
    assert any("Identify opportunities for process improvements" in item for item in raw(c.prepare))
    assert not any("Identify opportunities" in item for item in raw(c.must_have))
    # (a physical demand worded as a requirement is right among the must-haves or the conditions)
    assert any(item.startswith("Physical requirements include the ability to lift/carry up to 50 pounds") for item in raw(c.conditions) + raw(c.must_have))
    assert sum("Forklift certification" in item for item in raw(c.must_have) + raw(c.nice_to_have)) == 1
    assert any(item.startswith("All potential new hires and employees considered for promotion") for item in raw(c.must_have))


def test_facts_read_from_the_wrong_context_are_not_the_jobs() -> None:
    assert _facts("Scientist\n\n6+ years of full-time, hands-on NGS experience.\n").employment.types == []
    assert [m.type for m in _facts("Technology Specialist\nJob Type: Term\n\nSupports the elections office.\n").employment.types] == ["temporary"]
    right_to_work = _facts("Analyst\n\nApplicants must be authorized to work in the United States on a full-time, ongoing basis without sponsorship.\n")
    assert right_to_work.dates.ongoing == []
    mission = _facts("Analyst\n\nWe advocate for the 1.5 million child care providers in the United States and every family in the United States.\n")
    assert mission.location.places == []


PHYSICAL_AFTER_ABILITIES = """Elections Division Director
Travis County, Austin, TX

Duties
- Directs the elections division.

Knowledge, Skills, and Abilities
Ability to:
Plan and direct the work of staff.
Establish and maintain effective working relationships with staff and officials.

Physical requirements include the ability to lift/carry up to 20-50 pounds, visual acuity, and manual dexterity necessary to operate a computer. Subject to standing, walking, and sitting for extended periods.
"""


def test_physical_requirements_said_in_a_paragraph_are_conditions() -> None:
    conditions = raw(text_context(PHYSICAL_AFTER_ABILITIES).conditions)
    assert any(item.startswith("Physical requirements include the ability to lift/carry up to 20-50 pounds") for item in conditions)


CONDITION_LINE_OVER_DESCRIPTION = """Data Scientist

Job Description
MUST HAVE SECRET CLEARANCE

Description:
Apply data mining and machine learning to extract and analyze information from large datasets.
Visualize, interpret, and report data findings.
Create dynamic data reports.
Education Requirements: BS or BA degree in Engineering, Computer Science, or Mathematics.
"""


def test_a_condition_in_capitals_is_no_heading_for_the_description_under_it() -> None:
    must = raw(text_context(CONDITION_LINE_OVER_DESCRIPTION).must_have)
    assert "MUST HAVE SECRET CLEARANCE" in must
    assert not any(item.startswith(("Apply data mining", "Visualize", "Create dynamic")) for item in must)


BOARD_CHROME = """Data Scientist
Pine Analytics, Boise, ID

Key Accountabilities:
- Own data science projects through their full cycle.
- Perform analysis to predict outcomes from business questions.

Requirements
- Three years of experience with Python.
Job Posted by ApplicantPro

How to Apply
Submit your resume through our careers page.
Apply now and play a vital role in shaping our team!
"""


def test_a_job_boards_credit_and_a_call_to_apply_are_no_items() -> None:
    c = text_context(BOARD_CHROME)
    assert raw(c.must_have) == ["Three years of experience with Python."]
    assert raw(c.how_to_apply) == ["Submit your resume through our careers page."]
    # "Key Accountabilities" heads the duties
    assert any("Own data science projects" in item for item in raw(c.prepare))


SECOND_LIST_AND_MAY_HAVE = """Senior Policy Manager
Civic Trust, Washington, DC

Responsibilities
- Lead the campaign finance program.

You will thrive in this role if you have:
- A strong commitment to nonpartisan reform.

The following is required:
- Demonstrated experience with state legislative processes.
- Experience managing coalitions of diverse stakeholders.

EXPECTATIONS
Strong time management and critical thinking skills
Some Other Relevant Skills You May Have:
Experience with Python and C/C++
"""


def test_lists_led_in_by_unusual_headings_are_read_with_their_priority() -> None:
    c = text_context(SECOND_LIST_AND_MAY_HAVE)
    must, nice = raw(c.must_have), raw(c.nice_to_have)
    assert "Demonstrated experience with state legislative processes." in must
    assert "Experience managing coalitions of diverse stakeholders." in must
    assert "Strong time management and critical thinking skills" in must
    assert "Experience with Python and C/C++" in nice


FLATTENED_CAPS_HEADS = ("Data Scientist\n\nYou will build models for the laboratory. Other related functions as assigned. "
                        "REQUIRED QUALIFICATIONS Bachelor's degree in computer science or a related field. Experience with SQL "
                        "and NoSQL stores. COMPENSATION BENEFITS Compensation will be commensurate with experience. "
                        "Requirements of the Data Scientist Master's degree in Statistics and 3 years of related experience. "
                        "Leveraging over 30 years of success, our expertise in staffing enables us to partner with our clients.\n")


def test_headings_in_capitals_run_into_a_flattened_posting_open_and_end_its_lists() -> None:
    must = raw(text_context(FLATTENED_CAPS_HEADS).must_have)
    assert "Bachelor's degree in computer science or a related field." in must
    assert "Experience with SQL and NoSQL stores." in must
    assert any(item.startswith("Master's degree in Statistics") for item in must)
    assert not any("Compensation" in item or "Leveraging" in item for item in must)
