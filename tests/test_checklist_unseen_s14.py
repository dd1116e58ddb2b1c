"""Checklists of postings shaped like the unseen samples of session 14 (issue 23, seeds 67-68).

Each test is one kind of error found reading checklists of never-seen postings item by item, on a
text written for it.
"""

from __future__ import annotations

from test_checklist_lost_structure import raw, text_context

ASKED_IN_PROSE = """Data Scientist
Acme Analytics, Denver, CO

Acme Analytics is hiring a data scientist. We are looking for statistics and machine learning experts who are passionate about forecasting demand. The right candidate will have a passion for finding patterns in large data sets. Our ideal team member will have a strong statistics background. You should have experience building models that people use to make decisions.

We are most interested in candidates who demonstrate sound judgment and patience.

Successful candidates will have the opportunity to join a small team. The successful candidate will be responsible for our demand models. We're looking for people who not only want meaningful work but also time for their families.

Responsibilities
- Build forecasting models for sales.
- Present findings to leadership.

Requirements
- 3+ years of experience with Python.
"""


def test_a_requirement_said_in_the_description_is_listed_with_its_priority() -> None:
    c = text_context(ASKED_IN_PROSE)
    assert raw(c.must_have) == [
        "We are looking for statistics and machine learning experts who are passionate about forecasting demand.",
        "The right candidate will have a passion for finding patterns in large data sets.",
        "You should have experience building models that people use to make decisions.",
        "We are most interested in candidates who demonstrate sound judgment and patience.",
        "3+ years of experience with Python.",
    ]
    # "ideal" is what the employer would like most, not what it asks of all
    assert raw(c.nice_to_have) == ["Our ideal team member will have a strong statistics background."]
    # what the job offers, what the role does and a sentence about the people the company likes
    # are no requirements
    every = " ".join(raw(c.must_have) + raw(c.nice_to_have))
    assert "opportunity" not in every and "responsible for" not in every and "families" not in every


MOST_COMPETITIVE = """Communications Specialist
Marion County Elections, Salem, OR

Duties
- Writes press releases and voter guides.
- Runs the office's social media accounts.

Minimum Qualifications
- Two years of experience in public communications.
- Competitive applicants will be highly motivated and have a strong commitment to customer service.

Most competitive candidates will have demonstrated the following experiences:
- Experience working with a digital messaging system.
- Current or recent experience working with media.
- Employees must reside in Oregon within a reasonable distance of the county office.
"""


def test_what_the_most_competitive_candidates_show_is_a_nice_to_have() -> None:
    c = text_context(MOST_COMPETITIVE)
    assert raw(c.nice_to_have) == [
        "Competitive applicants will be highly motivated and have a strong commitment to customer service.",
        "Experience working with a digital messaging system.",
        "Current or recent experience working with media.",
    ]
    # a residence asked of every employee stays a must-have under the preferred list
    assert raw(c.must_have) == [
        "Two years of experience in public communications.",
        "Employees must reside in Oregon within a reasonable distance of the county office.",
    ]


HEADINGS_LOST_AFTER_A_NOTICE = """Elections Specialist - Absentee Voting
Employer: Harrow County
Location: Millbrook, NC

Performs skilled administrative work for the absentee voting process.

Qualification Requirements:
To perform this job successfully, an individual must be able to perform each essential function satisfactorily. The requirements listed below are representative of the knowledge, skill, and/or ability required. Reasonable accommodations may be made to enable individuals with disabilities to perform the essential functions.

Coordinates vote-by-mail mailings.
Maintains supplies and equipment for absentee voting.
Prepares absentee ballots for the board meetings.

Knowledge of state election laws; knowledge of office practices and procedures; rigorous attention to detail; skill in the use of office equipment; ability to prioritize tasks.

High school diploma and one year of experience in an elections office.

Salary will be determined by the candidate's qualifications and internal equity.
"""


def test_an_accommodation_notice_opening_the_requirements_does_not_end_them() -> None:
    c = text_context(HEADINGS_LOST_AFTER_A_NOTICE)
    assert raw(c.must_have) == [
        # a list written as one sentence, one requirement per part
        "Knowledge of state election laws",
        "Knowledge of office practices and procedures",
        "Rigorous attention to detail",
        "Skill in the use of office equipment",
        "Ability to prioritize tasks.",
        "High school diploma and one year of experience in an elections office.",
    ]
    assert "Coordinates vote-by-mail mailings" in " ".join(raw(c.prepare))


def test_a_list_of_objects_after_one_head_stays_one_requirement() -> None:
    c = text_context("""Elections Technician
Harrow County, Millbrook, OR

Requirements
- Considerable knowledge of: state election laws; election procedures; vote tally systems; record keeping systems.
- Two years of experience in an elections office.
""")
    assert raw(c.must_have)[0] == "Considerable knowledge of: state election laws; election procedures; vote tally systems; record keeping systems."
    assert len(raw(c.must_have)) == 2


COMPANY_NAMED_IN_THE_BODY = """Machine Learning Engineer

Zorblax is building a marketing platform. At Quorvane Health our teams build models for patients.

Who You Are
- Have experience implementing machine learning models.
- Have a bachelor's degree in computer science.

Get to know Zorblax

Zorblax is the leading marketing platform for online shops. Enabling shops to own their channels, Zorblax makes data easy to use.
"""


def test_a_get_to_know_line_names_the_employer_and_ends_the_requirements() -> None:
    c = text_context(COMPANY_NAMED_IN_THE_BODY)
    assert c.organization.startswith("Zorblax")
    assert raw(c.must_have) == [
        "Have experience implementing machine learning models.",
        "Have a bachelor's degree in computer science.",
    ]


def test_an_employer_named_after_at_or_with_its_legal_form_is_found() -> None:
    c = text_context("""Data Scientist

At Quorvane Health our teams use data to improve patient care.

Requirements
- Two years of experience with Python.
""")
    assert c.organization == "Quorvane Health"
    c = text_context("""Senior Data Engineer
New York, NY

Design and maintain the identity matching system.

Requirements
- Five years of experience with Spark.

Send resume to Plinthwise Solutions, Inc, Attn: HR Department, 875 Sixth Avenue, New York, NY 10001.
""")
    assert c.organization.startswith("Plinthwise Solutions")


LISTS_RUN_INTO_ONE_LINE = """Data Scientist
Quorvane Health, Newark, NJ

Responsibilities
1. Distill complex data into insights for the operations team. 2. Design and build large data sets for the research group. 3. Communicate findings to senior leadership.

Requirements
• Must have expert skills in one or more of the following: Python, R, and SQL. • Demonstrated ability to write clear analytical reports for leadership.
• Bachelor's degree in statistics.

About the Laboratory
Quorvane runs research for hospitals in three states. A clearance may be required for some projects.

Security Clearance: This position requires a Department of Energy (DOE) Q-level clearance.

Any position offer will be conditional until results of the criminal background record checks indicate eligibility for employment.
"""


def test_a_numbered_or_bulleted_list_run_into_one_line_gives_one_item_per_entry() -> None:
    c = text_context(LISTS_RUN_INTO_ONE_LINE)
    assert raw(c.prepare) == [
        'An example from your own work for: "Distill complex data into insights for the operations team"',
        'An example from your own work for: "Design and build large data sets for the research group"',
        'An example from your own work for: "Communicate findings to senior leadership"',
    ]
    assert raw(c.must_have)[:3] == [
        "Must have expert skills in one or more of the following: Python, R, and SQL.",
        "Demonstrated ability to write clear analytical reports for leadership.",
        "Bachelor's degree in statistics.",
    ]


def test_a_required_clearance_and_an_offer_conditional_on_checks_are_conditions_of_hire() -> None:
    c = text_context(LISTS_RUN_INTO_ONE_LINE)
    assert raw(c.must_have)[3:] == [
        "This position requires a Department of Energy (DOE) Q-level clearance.",
        "Any position offer will be conditional until results of the criminal background record checks indicate eligibility for employment.",
    ]  # (a clearance that "may be required" is no condition)


DUTIES_THEN_UNHEADED_REQUIREMENTS = """Communications Specialist
Harrow County Elections, Millbrook, WA

In this role you will have the opportunity to:

Curate the department's social media feeds.
Produce press releases and media advisories.
Develop and manage the department's websites.
Performs related tasks as required.

Superior written and verbal communication skills, including writing on a short deadline.
Ability to work in a fast-paced environment with little supervision.
Available to work nights and weekends when required.
Knowledge of government and community processes.
Demonstrated commitment to continuous improvement of work processes.
"""


def test_a_block_of_asks_after_the_duties_is_read_whole() -> None:
    c = text_context(DUTIES_THEN_UNHEADED_REQUIREMENTS)
    assert raw(c.must_have) == [
        "Superior written and verbal communication skills, including writing on a short deadline.",
        "Ability to work in a fast-paced environment with little supervision.",
        "Available to work nights and weekends when required.",
        "Knowledge of government and community processes.",
        "Demonstrated commitment to continuous improvement of work processes.",
    ]
    # the duties' catch-all is nothing to prepare an example for
    assert not any("related tasks" in item for item in raw(c.prepare))
    assert len(raw(c.prepare)) == 3


NUMBERED_UNDER_LABELS = """Data Scientist
Quorvane Health, Newark, NJ

Qualifications
Education, Knowledge, Skills and Abilities Required: 1. Master's degree in statistics. 2. Experience with SQL and Python. Education, Knowledge, Skills and Abilities Preferred: 1. Experience in healthcare analytics.

Blackstone's talent practice was founded in 1998.
EOE of Minorities/Females/Veterans/Disabilities
"""


def test_a_numbered_label_and_the_agencys_history_are_no_items() -> None:
    c = text_context(NUMBERED_UNDER_LABELS)
    assert raw(c.must_have) == ["Master's degree in statistics.", "Experience with SQL and Python."]
    assert raw(c.nice_to_have) == ["Experience in healthcare analytics."]


def test_travel_said_with_how_often_is_a_condition_and_expert_knowledge_among_duties_is_asked() -> None:
    c = text_context("""Data Scientist
Quorvane Health, Newark, NJ

Quorvane Health is looking for a data scientist. This position is allowed to be performed remotely with periodic travel to Newark for face to face meetings.

Duties
- Analyze study data for the research groups.
- Expert knowledge of and skill in applying statistical formulas to health policy data.
- Consult with clinical research groups on study design.

Required Skills
- The work of the data scientist involves applying information technology to health research.
- Must have experience in data mining.
""")
    assert raw(c.conditions) == [
        "This position is allowed to be performed remotely with periodic travel to Newark for face to face meetings."]
    assert raw(c.must_have) == [
        "Expert knowledge of and skill in applying statistical formulas to health policy data.",
        "Must have experience in data mining.",
    ]


def test_a_bullet_left_after_a_full_stop_and_a_name_with_an_okina_are_read() -> None:
    c = text_context("""Data Scientist

Ho`ola Technologies is looking for a data scientist to support our contract with an Army medical center.

REQUIRED SKILLS AND EXPERIENCE
• Must have expert level skills in Python, R and SQL.
. • Experience and skills with advanced data and database management
. • Must have experience in data mining.

Ho`ola Technologies LLC is a fast-growing government service provider.
Makani Government Solutions, LLC is proud to be an equal opportunity employer.
""")
    assert raw(c.must_have) == [
        "Must have expert level skills in Python, R and SQL.",
        "Experience and skills with advanced data and database management.",
        "Must have experience in data mining.",
    ]
    assert c.organization.replace("\\", "").startswith("Ho`ola Technologies")


def _before(c) -> list[str]:
    return raw(c.before_you_apply)


def test_where_the_employer_is_is_shown_as_such_when_the_job_has_no_place() -> None:
    c = text_context("""Data Scientist

Responsibilities
- Build deep learning models for document understanding.

Requirements
- Three years of experience with PyTorch.

About Us
Quillbyte builds document AI. We have over 160 engineers working in our Denver and Delhi offices.
""")
    assert c.location == "not stated (where the employer is: Denver; Delhi)"
    assert "The posting names only where the employer is (Denver; Delhi): ask where the job is based" in _before(c)


def test_a_role_said_to_be_based_somewhere_in_the_company_blurb_is_placed_there() -> None:
    c = text_context("""Analytics Engineer

Responsibilities
- Build the data models for our carbon accounting product.

About Us
Carbonly measures farm emissions.
- This role is based in Wombatville, close to our lab.
""")
    assert c.location == "Wombatville"


def test_helpful_experience_residence_and_a_role_lead_in_are_read_in_prose() -> None:
    c = text_context("""Machine Learning Engineer
Harrow County, Millbrook, WA

For this role, we're looking for people who have become great at writing machine learning code. Some election experience would be helpful. Our reports include any information that would be helpful to voters.

Responsibilities
- Train and deploy ranking models.

Hybrid Work Environment
Employees must reside in Washington state and within a reasonable distance of their worksite.
""")
    assert raw(c.must_have) == [
        "For this role, we're looking for people who have become great at writing machine learning code.",
        "Employees must reside in Washington state and within a reasonable distance of their worksite.",
    ]
    assert raw(c.nice_to_have) == ["Some election experience would be helpful."]


def test_competencies_needed_for_success_is_a_requirements_heading() -> None:
    c = text_context("""Data Scientist
Plinthwise, Memphis, TN

Position Summary
Plinthwise is seeking an experienced data scientist to start its data science program.

Competencies Needed for Success
Bachelor's degree in a quantitative field such as Statistics or Physics
Expertise in one or more programming languages R, Python, MATLAB
Key libraries such as Sklearn, XgBoost, GLMNet
No finance background is necessary.

Preferred Qualifications
Master's degree in a quantitative field
""")
    assert raw(c.must_have) == [
        "Bachelor's degree in a quantitative field such as Statistics or Physics",
        "Expertise in one or more programming languages R, Python, MATLAB",
        "Key libraries such as Sklearn, XgBoost, GLMNet",
    ]
    assert not c.prepare


def test_the_same_ask_in_two_lists_a_series_said_desirable_and_a_conditional_offer() -> None:
    c = text_context("""City Clerk
City of Harrow, Millbrook, OR

Minimum Qualifications
- High School Diploma or GED required.
- Possession of a valid Driver's License by date of hire is required.

Qualifications
- High School Diploma or GED, required.
- Possession of a valid Driver's License by date of hire, required.
- A Master's degree, Certified Municipal Clerk (CMC), and Master Municipal Clerk (MMC) are highly desirable.

An offer of employment is contingent upon the successful completion of required pre-employment testing.
""")
    assert raw(c.must_have) == [
        "High School Diploma or GED required.",
        "Possession of a valid Driver's License by date of hire is required.",
        "An offer of employment is contingent upon the successful completion of required pre-employment testing.",
    ]
    assert raw(c.nice_to_have) == [
        "A Master's degree, Certified Municipal Clerk (CMC), and Master Municipal Clerk (MMC) are highly desirable."]


def test_a_flattened_posting_with_a_head_glued_to_the_word_before_it_is_read() -> None:
    c = text_context(
        "Data Scientist\n\nThe court's data office helps inventory agency datasets and matches them against agency needs. "
        "Minimum Job-Specific SkillsQualifications Required (in order of relative importance) Ability to convert business "
        "requirements into a technical design. Experience in R and Stata. Excellent analytical, verbal and conflict resolution "
        "skills. Additional SkillsQualifications Desired Technical Exposure and experience with Cloud computing. "
        "Experience using SQL, Python, or other database query languages. The salary range is $80,000 - $95,000 per year, "
        "and the court offers a pension and paid leave to every employee who works in the data office full time.\n")
    assert raw(c.must_have) == [
        "Ability to convert business requirements into a technical design.",
        "Experience in R and Stata.",
        "Excellent analytical, verbal and conflict resolution skills.",
    ]
    assert raw(c.nice_to_have)[:2] == [
        "Exposure and experience with Cloud computing.",
        "Experience using SQL, Python, or other database query languages.",
    ]


def test_what_the_position_requires_said_mid_sentence_is_a_requirement() -> None:
    c = text_context("""City Clerk
City of Harrow, Millbrook, OR

The Position
The new City Clerk will bring the knowledge and proven experience to modernise the office. Qualified candidates possess a Bachelor's degree as well as five (5) years of experience supporting an elected body.

Duties
- Maintains the city's records and ordinances.
- To meet these goals, this position also requires an understanding of and experience with relational database systems.
- Some office work is required; however, the position requires the ability to lift and carry equipment of up to 40 pounds.

Requirements
- 5+ years of relevant working experience and expertise in the following areas:
- Records management systems
""")
    must = raw(c.must_have)
    assert "Qualified candidates possess a Bachelor's degree as well as five (5) years of experience supporting an elected body." in must
    assert "The new City Clerk will bring the knowledge and proven experience to modernise the office." in must
    assert "To meet these goals, this position also requires an understanding of and experience with relational database systems." in must
    # (from session 20 the area under it is the example of the same requirement)
    assert "5+ years of relevant working experience and expertise in the following areas: Records management systems" in must
    # what the body must do stays a condition of the job
    assert any("lift and carry" in item for item in raw(c.conditions)) and not any("lift" in item for item in must)


def test_what_ideal_candidates_have_stays_a_nice_to_have() -> None:
    c = text_context("""Data Analyst
Quorvane Health, Newark, NJ

About the Role
Qualified candidates possess a degree in statistics. Ideal candidates have worked with hospital billing data.

Responsibilities
- Build the monthly claims reports.
""")
    assert raw(c.must_have) == ["Qualified candidates possess a degree in statistics."]
    assert raw(c.nice_to_have) == ["Ideal candidates have worked with hospital billing data."]


def test_a_sub_heading_with_a_stray_full_stop_is_no_item() -> None:
    c = text_context("""Medical Laboratory Scientist
Harrow General Hospital, Millbrook, OR

Qualifications
Bachelor's degree in medical technology (Required)
Minimum of 1 year of experience
Certification and Licensure Requirements. MLS (ASCP) (Preferred)
""")
    assert raw(c.must_have) == ["Bachelor's degree in medical technology (Required)", "Minimum of 1 year of experience"]
    assert raw(c.nice_to_have) == ["MLS (ASCP) (Preferred)"]


def test_a_head_office_named_after_its_cue_is_the_employers() -> None:
    # (the place's span starts at "Headquartered in", so the cue is read before the name, not in the span)
    c = text_context("""Analytics Engineer

Responsibilities
- Build the data models for grocery delivery.

About Us
We operate in 65 countries. Headquartered in Wombatville, our group is listed on the stock exchange.
""")
    assert c.location == "not stated (the employer's headquarters: Wombatville)"
