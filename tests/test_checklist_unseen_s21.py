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


PITCH_IN_THE_OPENING = """Elections Clerk

The Voter Services Office is searching for a cheerful and tireless professional who likes to "get things done". The ideal candidate will thrive in a busy, fast-paced office and will not hesitate to roll up their sleeves, work hard and have fun. The ideal candidate will have experience answering the public's questions by phone.

Duties
- Answers voters' questions at the front counter
- Files voter registration forms

Requirements
- One year of clerical experience
"""


def test_a_pitch_to_the_person_wanted_is_no_requirement() -> None:
    c = text_context(PITCH_IN_THE_OPENING)
    asked = " | ".join(raw(c.must_have) + raw(c.nice_to_have))
    assert "get things done" not in asked and "roll up" not in asked
    # an ask said in the same paragraph is still read
    assert "One year of clerical experience" in asked
    assert "experience answering the public's questions by phone" in asked


def test_a_route_over_a_lone_or_stays_whole() -> None:
    text = ("Records Supervisor\n\nAlternative Experience Qualifications\n\n"
            "A bachelor's degree and 2 years of records supervisor experience\nOR\n"
            "An associate degree and 3 years of records supervisor experience\nOR\n"
            "5 years of records supervisor experience\n")
    must = raw(text_context(text).must_have)
    assert len(must) == 1 and must[0].startswith("One of: A bachelor's degree and 2 years of records supervisor experience;")
    assert "5 years of records supervisor experience" in must[0]


SCREENING_QUESTIONS = """Data Technician

Requirements
- One year of experience maintaining databases

Supplemental Questions

01
    This position requires advanced Microsoft Excel skills. Please detail your experience using Excel.

02
    How many years of experience do you have working with SQL databases?
        None
        1-2 years
        3 or more years

03
    Select the office tasks with which you have experience.  NOTE:  Your answer must be supported by your work history.
        Answering phones
        Scanning paper files
        None of the above
"""


def test_screening_questions_in_other_forms_are_read() -> None:
    c = text_context(SCREENING_QUESTIONS)
    nice = raw(c.nice_to_have)
    # (the question says the job requires it: a must-have)
    assert "Advanced Microsoft Excel skills (screening question)" in raw(c.must_have)
    # "SQL" tells this question from the listed database requirement
    assert "Experience working with SQL databases (screening question)" in nice
    assert "Experience with office tasks: Answering phones; Scanning paper files (screening question)" in nice


ASKS_IN_PROSE = """Reporting Analyst

The Reporting Analyst is responsible for the monthly reports of the sales team. The Reporting Analyst must have good written communication skills and a working knowledge of spreadsheets.

Candidate Profile
This position will report to the Director of Sales. This is a demanding role that requires the right candidate to show initiative, patience and care for detail.
Candidates must be eager to learn new reporting tools and be able to meet monthly deadlines.
"""


def test_asks_said_in_prose_are_requirements() -> None:
    must = " | ".join(raw(text_context(ASKS_IN_PROSE).must_have))
    # the role the posting is for, named as who must have it
    assert "The Reporting Analyst must have good written communication skills" in must
    # the sentence that asks, after one on the same line that does not
    assert "requires the right candidate to show initiative, patience and care for detail" in must
    assert "This position will report to the Director of Sales" not in must
    assert "Candidates must be eager to learn new reporting tools" in must
    # what the role does is no ask
    assert "is responsible for the monthly reports" not in must


def _facts(text: str, path: str = "job.txt"):
    import postlint
    [posting] = postlint.parse_text(text, path)
    return posting


def test_a_time_limited_job_is_temporary() -> None:
    posting = _facts("QA Engineer\n\nJOB TYPE: Time-Limited Full-Time\n\nRequirements\n- Five years of testing experience\n")
    assert {m.type for m in posting.facts.employment.types} == {"temporary", "full-time"}


def test_a_benefits_rule_for_temporary_positions_is_not_the_jobs_type() -> None:
    posting = _facts("Program Coordinator\n\nFull benefits are for permanent, year-round positions. Temporary full-time "
                     "positions are offered some, but not all of the listed benefits.\n")
    assert posting.facts.employment.types == []


def test_an_employer_offering_its_benefits_names_itself() -> None:
    posting = _facts("Program Coordinator\n\nMarlow Voting Center offers a comprehensive benefits package which includes:\n- Health insurance\n")
    assert posting.organization == "Marlow Voting Center"


def test_a_title_cut_short_by_its_file_name_is_made_whole_from_the_text() -> None:
    text = "Responsibilities\nThe Manager of the Office of the Mayor and City Council oversees the council's agendas.\n"
    assert _facts(text, "2024-07-02-manager-of-the-office-of-the-mayor-and-city-counci.txt").title \
        == "Manager of the Office of the Mayor and City Council"
    # a whole last word stays as it is, though the text says it in the plural
    assert _facts("Duties\n- Build models that Data Scientists review.\n", "data-scientist.txt").title == "Data Scientist"
    assert _facts("Duties\n- Build Analytics Engineering tools.\n", "analytics-engineer.txt").title == "Analytics Engineer"


POINTER_AND_CHECKS = """Voter Services Director

Duties
- Directs the registration of voters
- Plans the county's polling places
For a more detailed listing of duties, please view the Voter Services Director job description.

Preferred Skills:
Master's degree in public administration.
Strong project management skills.

Background checks, drug tests and any other evaluations will be conducted after an offer of employment is given.
"""


def test_a_pointer_to_the_rest_is_no_duty_and_a_check_after_an_offer_is_a_condition_of_hire() -> None:
    c = text_context(POINTER_AND_CHECKS)
    prepare = " | ".join(raw(c.prepare))
    assert "Directs the registration of voters" in prepare and "detailed listing" not in prepare
    # a condition of hire after the nice-to-have list is asked of everyone, not a preference
    checks = "Background checks, drug tests and any other evaluations will be conducted after an offer of employment is given."
    assert checks in raw(c.must_have) and checks not in raw(c.nice_to_have)


QUESTIONS_AFTER_THE_REQUIREMENTS = """QA Engineer

Requirements
- Experience writing test plans

Do you have a minimum of 3 years of experience testing web applications?
 Yes

 No
"""


def test_a_yes_no_question_left_after_the_requirements_is_read() -> None:
    nice = raw(text_context(QUESTIONS_AFTER_THE_REQUIREMENTS).nice_to_have)
    assert nice == ["A minimum of 3 years of experience testing web applications (screening question)"]


AREAS_OF_A_QUESTION = """Deputy Registrar

Requirements
- Three years of election experience

01

        Do you have three years of election experience?
                Yes
                No

02

        Logistics Management: Describe your logistics management experience in the following:

Warehouse and distribution management, including inventory control.
Event management, including site acquisition and staff training.
Include any challenges faced and the strategies you used.
"""


def test_a_question_over_its_areas_asks_about_each() -> None:
    nice = raw(text_context(AREAS_OF_A_QUESTION).nice_to_have)
    assert nice == ["Logistics management experience: Warehouse and distribution management; Event management (screening question)"]


def test_a_job_under_contract_is_a_contract() -> None:
    posting = _facts("Executive Director\n\nThe Council is conducting a search for an Executive Director to work with us under "
                     "contract through 2024. In 2025 this position will be contracted annually.\n")
    assert {m.type for m in posting.facts.employment.types} == {"contract"}
    # the employer's own contracts are not the job's type
    assert _facts("Analyst\n\nWe work under contract with federal agencies.\n").facts.employment.types == []


SECOND_SENTENCES = """Deputy Registrar

Requirements
Education: A bachelor's degree in public administration.

Qualifying degrees must be completed at an accredited college. In addition, degrees completed outside of the U.S. must be accompanied by an evaluation report.

Travel: Travel throughout the county may be required. At the time of hire, a valid Class C driver license and proof of insurance must be produced and maintained.
"""


def test_an_ask_in_the_second_sentence_of_a_paragraph_is_read() -> None:
    must = raw(text_context(SECOND_SENTENCES).must_have)
    assert "In addition, degrees completed outside of the U.S. must be accompanied by an evaluation report." in must
    assert ("At the time of hire, a valid Class C driver license and proof of insurance must be produced and maintained."
            in must)


def test_two_asks_in_one_paragraph_are_two_items() -> None:
    text = ("Program Manager\n\nThe Position:\nThe Fund supports voters in six states. Candidates must be eager to work in a "
            "fast-paced team and be able to balance competing demands. This is a remote position that requires reliable "
            "and strong Internet access.\n\nDuties\n- Plans the Fund's programs\n")
    must = raw(text_context(text).must_have)
    assert "Candidates must be eager to work in a fast-paced team and be able to balance competing demands." in must
    assert "This is a remote position that requires reliable and strong Internet access." in must


def test_a_place_written_only_as_state_and_zip_codes_gives_way_to_a_named_town() -> None:
    text = ("Ballot Technician\n\nLocation: WA 98057-2906, WA, WA, 98104\nSalary: $30.00 - $38.00 Hourly\n\n"
            "Work Location: This position is located at the Elections Building, 919 SW Grady Way, Renton, WA 98057.\n")
    places = [place.text for place in _facts(text).facts.location.places]
    assert places == ["Renton, WA"]
    # alone, the codes are all the posting says
    alone = [place.text for place in _facts("Ballot Technician\n\nLocation: WA 98057-2906, WA 98104\n").facts.location.places]
    assert alone == ["WA 98057-2906, WA 98104"]


def test_a_chance_of_remote_work_and_tools_for_it_are_not_the_jobs_mode() -> None:
    text = ("Data Specialist\n\nThe position works in office at 1750 Main St, Boulder, CO 80301. There is possibility for remote "
            "work depending on office needs. The county has tools and resources to support remote work.\n")
    assert _facts(text).facts.location.work_modes == []


def test_a_heading_that_names_telework_over_a_hybrid_arrangement_is_the_hybrid() -> None:
    text = ("Elections Specialist\n\nHybrid Work Schedule\nThe work is performed through a hybrid arrangement: some days on site.\n\n"
            "Telecommuting Requirement\nThe work is a hybrid of telework and onsite days as needed.\n")
    assert {mode.mode for mode in _facts(text).facts.location.work_modes} == {"hybrid"}


def test_a_jobs_standing_from_its_job_type_label_is_its_employment() -> None:
    c = text_context("Payroll Specialist\n\nJob Type: PERMANENT\nEmployment Type: OTHER\nLocation: Renton, WA\n"
                     "Salary: $52,000 - $61,000 per year\n\nDuties\n- Runs the payroll\n\nRequirements\n- Two years of payroll experience\n")
    assert c.employment == "permanent"
    # (a standing is no hours to be available for)
    assert not any("available" in item for item in raw(c.before_you_apply))


def test_a_title_label_under_a_site_banner_gives_its_value() -> None:
    posting = _facts("=== JOB DETAILS ===\n\nTitle: Elections Application Developer\nSalary: $93,000 - $118,000 YEAR\n")
    assert posting.title == "Elections Application Developer"


QUALITIES_IN_PROSE = """Election Data Specialist

Marlow County Elections runs four elections a year. We are seeking a thorough and patient professional to support the county's data work. The successful candidate is self-sufficient, resourceful, collaborative; a clear communicator. The ideal candidate thrives in a fast-paced office and values accuracy. The Registrar manages the office and should have an in-depth understanding of the Elections Code. This is a safety-sensitive position subject to random drug testing.

Any equivalent combination of relevant education, experience and training is encouraged. Training certifications are also factored into the combination of experience.

Duties
- Maintains the voter file
During non-election time, this position will work Monday - Thursday, 7:00am - 5:30pm.
"""


def test_qualities_asked_in_prose_are_requirements_and_notes_about_them_are_not() -> None:
    c = text_context(QUALITIES_IN_PROSE)
    must, nice = " | ".join(raw(c.must_have)), " | ".join(raw(c.nice_to_have))
    assert "We are seeking a thorough and patient professional" in must
    assert "The successful candidate is self-sufficient, resourceful, collaborative" in must
    assert "should have an in-depth understanding of the Elections Code" in must
    assert "subject to random drug testing" in must
    # the ideal candidate's qualities are a preference
    assert "The ideal candidate thrives in a fast-paced office and values accuracy." in nice
    # notes on how the requirements are weighed ask nothing
    assert "is encouraged" not in must + nice and "factored into" not in must + nice
    # the job's hours are no duty
    assert not any("7:00am" in item for item in raw(c.prepare))


VIRGINIA_QUESTIONS = """Elections Manager

Requirements
- At least five years of experience performing work related to voter registration and elections in a public office

01
        Do you have experience in voter registration and elections within Virginia?
                Yes
                No

02
        This position requires the ability to work some evenings and weekends. Are you willing and able to meet this requirement?
                Yes
                No
"""


def test_a_question_that_names_what_the_list_does_not_and_one_that_states_a_required_ability_are_read() -> None:
    c = text_context(VIRGINIA_QUESTIONS)
    assert "Experience in voter registration and elections within Virginia (screening question)" in raw(c.nice_to_have)
    assert "The ability to work some evenings and weekends (screening question)" in raw(c.must_have)


OFFICE_QUESTIONS = """Departmental Technician

Requirements
- One year of experience maintaining databases

01
        How many years of experience do you have supporting election related work? Experience must be documented.
                None
                1 year
02
        Describe your experience supporting election related work including laws and acts you had to abide by? If none, enter NA.
03
        How many years of on the job work experience do you possess performing general office duties, For Example: data entry, composing correspondence? Experience must be documented.
                None
                1 year
"""


def test_questions_with_asides_are_read_once() -> None:
    nice = raw(text_context(OFFICE_QUESTIONS).nice_to_have)
    assert nice == ["Experience supporting election related work (screening question)",
                    "On the job experience performing general office duties (screening question)"]


def test_physical_demands_left_without_their_heading_are_conditions_not_duties() -> None:
    text = ("Election Program Supervisor\n\nDuties\nSchedules the election calendar and ensures deadlines are met.\n"
            "Supervises the warehouse staff during early voting.\n\n"
            "Mobility to work in a typical office setting and to drive a motor vehicle; vision to read printed materials. "
            "Accommodation may be made for some of these physical demands.\n")
    c = text_context(text)
    prepare = " | ".join(raw(c.prepare))
    assert "Schedules the election calendar" in prepare
    assert "Mobility" not in prepare and "Accommodation" not in prepare
    assert any(item.startswith("Mobility to work in a typical office setting") for item in raw(c.conditions))


def test_a_county_hiring_with_only_its_hr_address_is_where_the_job_is() -> None:
    text = ("Registrar of Voters\n\nMarlow County is seeking an experienced professional to lead the Registrar of Voters Office.\n\n"
            "Duties\n- Directs the county's elections\n\nHOW TO APPLY\nApply online at www.marlow.example/hr\n"
            "Marlow County Human Resources\n44 N. Main Street\nStockton, CA 95202\n")
    c = text_context(text)
    assert c.location == "Marlow County"
    assert "Confirm you can work in Marlow County, or plan the relocation or commute" in raw(c.before_you_apply)


def test_an_example_of_a_substitution_rule_is_no_requirement() -> None:
    text = ("Deputy Director\n\nMinimum Qualifications\n- Bachelor's degree in public administration\n"
            "- Two years of relevant experience may be substituted for each required year of college.\n"
            "- (For example, if a Baccalaureate Degree is required, eight years of relevant experience can be substituted.)\n")
    assert not any("For example" in item for item in raw(text_context(text).must_have))


def test_pointers_among_the_steps_are_no_steps() -> None:
    text = ("Records Clerk\n\nDuties\n- Files records\n\nHow to Apply\nSubmit your application at www.marlow.example/jobs by May 1.\n"
            "Please click HERE for important Applicant Information.\n"
            "Please contact HR if you need information on a medical or religious accommodation.\n")
    steps = raw(text_context(text).how_to_apply)
    assert any(step.startswith("Submit your application") for step in steps)
    assert not any("click HERE" in step or "contact HR" in step for step in steps)


HEADER_FACTS_FROM_ASIDES = """Voter Services Supervisor

Opening Date: 11/04/2019
Closing Date: 12/1/2019 11:59 PM Pacific

Marlow County hires a supervisor for its elections office.

Health Insurance Plans - Medical, dental and vision plans. A flexible credit allowance of up to $21,450 annually.
Salary: $5,000 - $6,000 per month

Must be able to give bond in the amount set by Commissioners Court not to exceed $20,000 before assuming duties.

Proof of Eligibility: If you are offered a job you will be required to provide documents that establish your eligibility to be employed in the U.S.

Veterans' points are given for active duty from September 16, 1940 to December 31, 1946.

Application Appeal Period: December 2, 2019 through December 6, 2019

Supplemental Questions
01
        Which schedule are you applying for?
                Permanent Full-Time (40 hours per week)
                Permanent Part-Time (Regularly scheduled 20 hours per week)
"""


def test_header_facts_leave_out_what_asides_say() -> None:
    posting = _facts(HEADER_FACTS_FROM_ASIDES)
    facts = posting.facts
    # a benefit's allowance and a bond the hire posts are not pay ("Commissioners" is no commission)
    assert [pay.kind for pay in facts.pay if pay.kind not in ("benefit", "other")] == ["base"]
    # the right to work in a country says nothing of where the job is
    assert not any("U.S" in place.text for place in facts.location.places)
    # the appeal period after the closing date is no window to apply in
    assert str(facts.dates.closing_date) == "2019-12-01"
    c = text_context(HEADER_FACTS_FROM_ASIDES)
    # wartime service dates are no period of the job; a questionnaire's option is no hours of it
    assert c.period is None and "20 hours" not in (c.employment or "")


def test_the_experience_a_cover_letter_must_show_is_required() -> None:
    text = ("Assistant Registrar\n\nMarlow County hires an assistant registrar.\n\n"
            "To apply, please send a resume and a cover letter that illustrates examples of your experience with all of the following:\n\n"
            "Your supervisory experience in an elections office\nYour experience with state election law\n\n"
            "E-mail your resume and cover letter to jobs@marlow.example\n")
    must = raw(text_context(text).must_have)
    assert must == ["Supervisory experience in an elections office", "Experience with state election law"]


def test_a_preference_at_a_minimum_is_a_preference() -> None:
    text = ("Lead Specialist\n\nEDUCATION and/or EXPERIENCE:\n\nHS Diploma or GED and three years of elections experience.\n"
            "Associates Degree preferred at a minimum.\nAbility to meet continuing education requirements set by the State.\n")
    c = text_context(text)
    assert raw(c.nice_to_have) == ["Associates Degree preferred at a minimum."]
    assert "HS Diploma or GED and three years of elections experience." in raw(c.must_have)


def test_a_duty_ending_in_and_is_not_run_into_the_next_line() -> None:
    text = ("Review Program Lead\n\nDuties\nReviews the county's election procedures;\n"
            "Makes recommendations to the county to conform to state election law; and\n"
            "Prepares a publicly available review report on the findings.\n\n"
            "Minimum Qualifications\nPossession of a high school diploma; AND\nFive (5) years of elections processing experience.\n")
    c = text_context(text)
    prepare = " | ".join(raw(c.prepare))
    assert '"Makes recommendations to the county to conform to state election law"' in prepare
    assert '"Prepares a publicly available review report on the findings"' in prepare
    # two asks joined by "; AND" are still both asked, in one item
    assert any("high school diploma" in item and "Five (5) years" in item for item in raw(c.must_have))


NOTICES_AMONG_THE_ITEMS = """Vote Center Supervisor

Deadline extended through Sunday, April 24th!

Duties
- Supervises the vote centers

Minimum Qualifications
- Two years of elections experience
- Additional related education may count towards required experience.

How to Apply
Click on this link to view the brochure for this opportunity.
E-mail your resume to jobs@marlow.example
OR
Submit an online application at www.marlow.example/jobs
Written Exam: The civil service written exam is a multiple choice format.
Apply Today to Serve as Marlow's Next Vote Center Supervisor!!

01
        Have you worked in a large, customer service focused operation?
                Yes
                No
"""


def test_notices_pointers_and_exam_descriptions_are_no_items_and_a_have_you_question_is_read() -> None:
    c = text_context(NOTICES_AMONG_THE_ITEMS)
    assert raw(c.how_to_apply) == ["E-mail your resume to jobs@marlow.example", "Submit an online application at www.marlow.example/jobs"]
    assert raw(c.must_have) == ["Two years of elections experience"]
    assert not any("Deadline" in item for item in raw(c.prepare))
    assert "Experience working in a large, customer service focused operation (screening question)" in raw(c.nice_to_have)


def test_a_requirement_with_a_preference_in_brackets_is_kept_and_asked() -> None:
    text = ("Systems Analyst\n\nRequirements\nThe ability to identify hardware failures and document recoveries\n"
            "Experience in Cloud Architecture and design [Azure and AWS preferred]\n\n[Add any other skills here]\n")
    c = text_context(text)
    assert "Experience in Cloud Architecture and design [Azure and AWS preferred]" in raw(c.must_have)
    # a template's placeholder in brackets is still no item
    assert not any("Add any other" in item for item in raw(c.must_have) + raw(c.nice_to_have))


QUALIFICATIONS_UNDER_THE_PAY = """Elections Director

SALARY:         Anticipated hiring salary of $60,000 - $90,000 annually, plus a competitive benefits package

NATURE OF WORK: Under general direction of the County Administrator, plans the county's elections.

(Illustrative Only) Plans, executes and finalizes election projects. Coordinates several elections within a cycle.

A Bachelor's degree with a major in public administration or a related field and five (5) years of management experience.  Must be a registered voter in the State of Arizona at the time of appointment.  In accordance with state law, must obtain the Election Officer Certification following appointment.
"""


def test_qualifications_run_on_under_the_pay_heading_are_required() -> None:
    must = raw(text_context(QUALIFICATIONS_UNDER_THE_PAY).must_have)
    assert any(item.startswith("A Bachelor's degree with a major in public administration") for item in must)
    assert "Must be a registered voter in the State of Arizona at the time of appointment." in must
    assert any("must obtain the Election Officer Certification" in item for item in must)


def test_an_ask_among_the_working_conditions_is_a_requirement_and_the_conditions_stay() -> None:
    text = ("Election Review Specialist\n\nDuties\n- Reviews county election procedures\n\nWorking Conditions\n"
            "Works primarily in an office environment, but does require traveling in a vehicle for extended periods of time. "
            "Must be willing and able to lift up to 30 pounds. Must have the ability to represent an elected official in a "
            "professional manner while maintaining the highest standards of honesty and ethics.\n")
    c = text_context(text)
    assert any(item.startswith("Must have the ability to represent an elected official") for item in raw(c.must_have))
    conditions = " | ".join(raw(c.conditions))
    assert "traveling in a vehicle" in conditions and "lift up to 30 pounds" in conditions
