"""Checklists of postings shaped like the samples of session 16 (issue 23, seeds 77-78).

Each test is one kind of error found reading checklists of postings item by item, on a text
written for it.
"""

from __future__ import annotations

from postlint.extract import employment, location
from postlint.ingest.parse import parse_text

from test_checklist_lost_structure import raw, text_context

STAFFING_BLURB = """Data Analyst

Our client is looking to hire a data analyst in the Portland ME area. This is a permanent, direct hire role as opposed to a contract position. You will build dashboards for the finance team.

All applicants applying for U.S. job openings must be authorized to work in the United States. All applicants applying for Canadian job openings must be authorized to work in Canada.
"""


def test_the_kind_a_job_is_said_not_to_be_is_not_its_type() -> None:
    posting = parse_text(STAFFING_BLURB)[0]
    kinds = {mention.type for mention in employment.extract(posting).types if mention.about_job}
    assert "contract" not in kinds


def test_a_city_with_its_state_code_is_the_place_and_the_right_to_work_is_no_place() -> None:
    posting = parse_text(STAFFING_BLURB)[0]
    assert [place.text for place in location.extract(posting).places] == ["Portland ME"]


PREFERRED_OPTION_IN_BRACKETS = """Data Engineer
Acme Corp, Denver, CO

Requirements
- Be proficient in Go and/or Rust (Rust preferred)
- Bachelor's degree in Statistics (Masters preferred)
- Web Analytics (Matomo preferred)
- Experience using stream platforms such as Kafka (Flink is a plus).
"""


def test_a_preferred_option_in_brackets_leaves_the_ask_a_must_have() -> None:
    c = text_context(PREFERRED_OPTION_IN_BRACKETS)
    assert raw(c.must_have) == [
        "Be proficient in Go and/or Rust (Rust preferred)",
        "Bachelor's degree in Statistics",
        "Web Analytics (Matomo preferred)",
        "Experience using stream platforms such as Kafka",
    ]
    assert raw(c.nice_to_have) == ["Masters preferred", "Flink is a plus"]


DUTIES_AND_GROUPS_UNDER_REQUIREMENTS = """Data Engineer
Northwind Health, Austin, TX

Requirements
Data engineering services
Build data products with the core engineering team
Collaborate with analysts to prepare data for their models
Integrate data from many sources to our quality standards
Modify ingestion processes to handle larger and more varied data
Use Airflow schedules and SQL to optimise data queries at scale
Evaluate new data tools and advise engineering leads on them
Big data engineering skills
4 years of hands-on experience in Java, Scala or Python, coding in more than one of them.
Proven ability to design and optimise queries for efficient, modular data pipelines
Domain and industry knowledge
Experience with problem discovery and solution design together with senior business stakeholders
"""


def test_duties_and_group_names_under_a_requirements_heading_are_no_requirements() -> None:
    c = text_context(DUTIES_AND_GROUPS_UNDER_REQUIREMENTS)
    assert raw(c.must_have) == [
        "4 years of hands-on experience in Java, Scala or Python, coding in more than one of them.",
        "Proven ability to design and optimise queries for efficient, modular data pipelines",
        "Experience with problem discovery and solution design together with senior business stakeholders",
    ]
    # six duties, one of which ("Use ...") starts with a word that is also a noun
    assert len(c.prepare) == 6 and "Use Airflow schedules" in c.prepare[4].raw


ABILITIES_SHOWN = """Service Designer
Ministry of Examples, Leeds

Essential criteria
You will need to show that you can:
- Mediate between teams and mend working relationships
- Manage stakeholder expectations in hard discussions
- Speak for the profession to large audiences
- Build capability in service design methods
- Influence senior stakeholders across government
- Build long-term relationships with partner agencies
"""


def test_lines_under_a_show_that_you_can_lead_in_are_requirements_not_duties() -> None:
    c = text_context(ABILITIES_SHOWN)
    assert len(c.must_have) == 6 and not c.prepare


PLACE_UNDER_THE_TITLE = """Senior Data Engineer, Payments

Singapore

Minimum qualifications:
- Bachelor's degree or equivalent practical experience.
- Note: we prioritise applicants who have a current right to work in Singapore.
"""

JOB_NUMBER_UNDER_THE_TITLE = """Junior Analytics Engineer

ID
2026-17291

Responsibilities
- Build reports for the finance team.
"""


def test_a_line_of_only_a_place_under_the_title_is_where_the_job_is() -> None:
    posting = parse_text(PLACE_UNDER_THE_TITLE)[0]
    assert [(p.text, p.source) for p in location.extract(posting).places] == [("Singapore", "header")]
    # a state's code alone is a label ("ID" over a job number), not Idaho
    posting = parse_text(JOB_NUMBER_UNDER_THE_TITLE)[0]
    assert location.extract(posting).places == []


CITY_POSTING = """Voter Services Technician
City of Riverton, Riverton, WY

Our work is driven by our 3 Guiding Principles:
Aligning the work we do with our strategic plan
Promoting a culture of ownership at all levels
Promoting service excellence and creativity

The City believes in an agile working environment. Building a team that serves every voter is very important. Duties you could be assigned include:

Process voter registration forms and update the voter file.
Prepare poll books before each election.
Answer questions from voters by phone and email.

The ideal candidate will have demonstrated knowledge of:
Wyoming election law and procedures
Voter registration databases

MINIMUM QUALIFICATIONS
High school diploma or GED and two years of office experience.
Please click HERE to view the complete job description.
CLICK HERE for further information about the City of Riverton.

CONDITION OF EMPLOYMENT
As part of the pre-employment process, prospective candidates will undergo a background check and a medical screening.

HOW TO APPLY
Click here to download the City's employment application and email it to jobs@riverton.example.
"""


def test_values_links_and_what_the_employer_finds_important_are_no_items() -> None:
    c = text_context(CITY_POSTING)
    assert [p.raw.split(": ", 1)[1] for p in c.prepare] == [
        '"Process voter registration forms and update the voter file"',
        '"Prepare poll books before each election"',
        '"Answer questions from voters by phone and email"',
    ]
    # a link to more information is no step; a link to the form one sends is
    assert raw(c.how_to_apply) == ["Click here to download the City's employment application and email it to jobs@riverton.example."]


def test_an_ideal_candidate_list_beside_minimum_qualifications_is_nice_to_have() -> None:
    c = text_context(CITY_POSTING)
    assert raw(c.nice_to_have) == ["Wyoming election law and procedures", "Voter registration databases"]
    assert raw(c.must_have) == [
        "High school diploma or GED and two years of office experience.",
        "As part of the pre-employment process, prospective candidates will undergo a background check and a medical screening.",
    ]


QUOTED_LAW = """Elections Administrator
Example County, Amarillo, TX

STATE REQUIREMENTS
Per the State Election Code:
Sec. 12.034: To be eligible for appointment as elections administrator, a person must be a qualified voter of the state.
Sec. 12.035.
(a) An offense under this subsection is a Class B misdemeanor.  In this section, "candidate" means a person who has filed for office.
(b) The commissioners court shall provide the administrator with suitable office space.
Minimum 4 years of experience in election administration.

Location
This position is based in Amarillo, TX. Example County will provide relocation assistance for full time employment.
"""


def test_a_quoted_law_keeps_only_what_it_asks_and_an_employer_offer_is_no_requirement() -> None:
    c = text_context(QUOTED_LAW)
    assert raw(c.must_have) == [
        "Sec. 12.034: To be eligible for appointment as elections administrator, a person must be a qualified voter of the state.",
        "Minimum 4 years of experience in election administration.",
    ]


STATUS_LINE_AND_PROSE_LEAD_IN = """Security Analyst
State Board of Examples, Helena, MT

=== JOB DESCRIPTION ===

This position protects the agency's systems and data.

OPEN UNTIL FILLED – APPLICATION REVIEW BEGINS IMMEDIATELY

Monitor security dashboards and respond to alerts.

Coordinate the annual security awareness training.

Review access rights with system owners every quarter.

A minimum of 3 years of experience in information security. A combination of education, certifications and experience may be substituted for the degree. Familiarity with security frameworks and with the tools that monitor networks, email and endpoints across the agency. The following certifications are highly desirable:

CISSP: Certified Information Systems Security Professional
CEH: Certified Ethical Hacker
Security+
a. GIAC Security Essentials

Hours: 8:00 a.m. - 4:30 p.m.
"""


def test_a_status_line_is_no_heading_and_a_paragraph_can_lead_into_a_list_of_names() -> None:
    c = text_context(STATUS_LINE_AND_PROSE_LEAD_IN)
    # the duties under "OPEN UNTIL FILLED ..." stay duties: the line is no how-to-apply heading
    assert [p.raw.split('"')[1] for p in c.prepare] == [
        "Monitor security dashboards and respond to alerts",
        "Coordinate the annual security awareness training",
        "Review access rights with system owners every quarter",
    ]
    assert raw(c.must_have) == [
        "A minimum of 3 years of experience in information security.",
        "Familiarity with security frameworks and with the tools that monitor networks, email and endpoints across the agency."]
    assert raw(c.nice_to_have) == ["CISSP: Certified Information Systems Security Professional",
                                   "CEH: Certified Ethical Hacker", "Security+", "GIAC Security Essentials"]


COUNTY_ABILITY_HEADINGS = """Election Specialist
Example County Clerk, Golden, CO

REASONING ABILITY:
·       Ability to interpret instructions in written, verbal, or diagram form.
·       Ability to make judgments based on available information.

INDEPENDENT JUDGMENT:
·       This position requires a working knowledge of election processes and office procedures.
·       Decisions are guided by statutes, rules and office policies.
"""

BRACKETED_LABEL_AND_LABEL_IN_LIST = """Data Scientist
Acme Telecom, Dallas, TX

Job Description
Role: Data scientist

Required Minimum Qualifications: (Education, Technical Skills/Knowledge)
At least 2 years of experience in IT as a data scientist
Experience in the data science field
Proven experience with statistical modeling and machine learning methods
Ability to break broad ideas down into small deliveries
Coding: Python, R
Good understanding of database technologies and query languages
Good understanding of mobile network architecture
"""


def test_a_reasoning_ability_heading_and_what_a_position_requires_in_a_list_are_requirements() -> None:
    c = text_context(COUNTY_ABILITY_HEADINGS)
    assert raw(c.must_have) == [
        "Ability to interpret instructions in written, verbal, or diagram form.",
        "Ability to make judgments based on available information.",
        "This position requires a working knowledge of election processes and office procedures.",
    ]


def test_a_label_inside_a_requirement_list_is_one_of_them_and_a_heading_with_its_note_is_none() -> None:
    c = text_context(BRACKETED_LABEL_AND_LABEL_IN_LIST)
    assert raw(c.must_have) == [
        "At least 2 years of experience in IT as a data scientist",
        "Experience in the data science field",
        "Proven experience with statistical modeling and machine learning methods",
        "Ability to break broad ideas down into small deliveries",
        "Coding: Python, R",
        "Good understanding of database technologies and query languages",
        "Good understanding of mobile network architecture",
    ]


HARD_WRAPPED_O_BULLETS = """Data Scientist
Urban Insights, Toronto, ON

Experience/Skills Required
o Graduate Degree in Computer Science, Software/
Electronics Engineering or a related field
o We welcome applicants from a range of experience levels with
excellent understanding of Python and SQL
o Advanced pattern recognition or Graph Data
Modeling experience is a bonus
o Experience with Airflow is nice to have
"""

TRAITS_AMONG_ASKS = """Analytics Lead
Bayview Media, Oakland, CA

PRIMARY RESPONSIBILITIES INCLUDE:
Strong understanding of web analytics is a must.
Ability to present findings concisely is required.
Hands-on, get-the-job-done attitude.
Innate ability to listen and learn.
Excellent understanding of analytics.
Passion for working with creatives and engineers.
"""


def test_a_hard_wrapped_list_joins_a_line_that_starts_in_capitals_and_we_welcome_with_a_skill_asks() -> None:
    c = text_context(HARD_WRAPPED_O_BULLETS)
    assert raw(c.must_have) == [
        "Graduate Degree in Computer Science, Software/ Electronics Engineering or a related field",
        "We welcome applicants from a range of experience levels with excellent understanding of Python and SQL",
    ]
    assert raw(c.nice_to_have) == ["Advanced pattern recognition or Graph Data Modeling experience is a bonus",
                                   "Experience with Airflow is nice to have"]


def test_traits_among_requirement_lines_are_requirements() -> None:
    assert len(text_context(TRAITS_AMONG_ASKS).must_have) == 6


CONDITIONS_IN_NOTICES = """Accessibility Specialist
State of Example, Denver, CO

Opening Date: 03/04/2026
Type of Announcement: This position is open only to Colorado state residents.
FLSA Status: Exempt

Requirements
- Two years of experience in accessibility testing.

Equal Employment Opportunity is a fundamental principle at Acmeworks. Acmeworks requires the necessary drug testing and background checks as part of our pre-employment practices.
"""


def test_conditions_of_hire_said_in_a_notice_or_a_detail_label_are_must_haves() -> None:
    c = text_context(CONDITIONS_IN_NOTICES)
    assert raw(c.must_have) == [
        "Two years of experience in accessibility testing.",
        "This position is open only to Colorado state residents.",
        "Acmeworks requires the necessary drug testing and background checks as part of our pre-employment practices.",
    ]


REQUIREMENTS_AFTER_THE_PROCESS = """Election Manager
City of Example, Duluth, MN

Interview Selection
The hiring authority decides how many candidates to interview from the eligible list.

Exceptional knowledge of the electoral process and election law.
Ability to perform all duties in a fair and impartial manner.
Knowledge of the principles of public administration.
Knowledge of budget development and management.
"""


def test_requirements_run_on_after_the_selection_process_are_requirements() -> None:
    c = text_context(REQUIREMENTS_AFTER_THE_PROCESS)
    assert raw(c.must_have) == [
        "Exceptional knowledge of the electoral process and election law.",
        "Ability to perform all duties in a fair and impartial manner.",
        "Knowledge of the principles of public administration.",
        "Knowledge of budget development and management.",
    ]
    assert not any("Knowledge" in step.raw for step in c.how_to_apply)


TAGS_AND_COMPETENCIES = """Senior Cyber Program Manager
Example Assistance Commission, Washington, DC

<u>
Preference given to those applicants with Federal experience and CISSP Certification.
Prospective candidates should have a good understanding of voting equipment technology.
</ul>

<b>TECHNICAL COMPETENCIES
Demonstrated experience and knowledge of cyber security operations and risk management.
Experience in applying best practices in cybersecurity and acquisition of technology.
Skill in consensus building and conflict management.
"""


def test_formatting_tags_are_no_text_and_competency_headings_name_requirements() -> None:
    c = text_context(TAGS_AND_COMPETENCIES)
    assert raw(c.must_have) == [
        "Prospective candidates should have a good understanding of voting equipment technology.",
        "Demonstrated experience and knowledge of cyber security operations and risk management.",
        "Experience in applying best practices in cybersecurity and acquisition of technology.",
        "Skill in consensus building and conflict management.",
    ]
    assert raw(c.nice_to_have) == ["Preference given to those applicants with Federal experience and CISSP Certification."]
    assert not any("<" in item.raw for item in c.must_have + c.nice_to_have)


def test_formatting_tags_are_blanked_keeping_every_column() -> None:
    from postlint.ingest.suppress import blank_markup

    assert blank_markup("<b>Required skills</b>\n</ul>\nA <i>plus</i> < 5") == "   Required skills    \n     \nA <i>plus</i> < 5"
    # inside a line a tag may part two sentences, and stays
    assert blank_markup("<li>Budget for books</li><div>$85,000</div>") == "    Budget for books</li><div>$85,000      "


ASKS_UNDER_A_JOB_DESCRIPTION = """Data Scientist
Role: Data Scientist.
Location: Foster City, CA

Job Description:
Advanced degree in Data Science, Statistics, or similar.
Extensive experience as a Data Scientist.
In-depth understanding of SQL.
Competent in machine learning principles and techniques.
Demonstrable history of leading data-centred projects.
Capacity to foster a healthy, collaborative team.

Requirements
- Proficiency in R or Python, where the former is preferred.
"""


def test_asks_written_as_qualities_make_a_requirement_block_and_a_preferred_option_is_no_preference() -> None:
    c = text_context(ASKS_UNDER_A_JOB_DESCRIPTION)
    assert raw(c.must_have) == [
        "Advanced degree in Data Science, Statistics, or similar.",
        "Extensive experience as a Data Scientist.",
        "In-depth understanding of SQL.",
        "Competent in machine learning principles and techniques.",
        "Demonstrable history of leading data-centred projects.",
        "Capacity to foster a healthy, collaborative team.",
        "Proficiency in R or Python, where the former is preferred.",
    ]
    assert not c.prepare and not c.nice_to_have


APPLYING_AFTER_REQUIREMENTS = """Election Services Supervisor
County of Example, Santa Rosa, CA

Experience
Any combination of work experience and training which would provide the knowledge and abilities listed.
Five years of full-time paid experience in the application of records management practices.
Thorough knowledge of the California Elections Code.
You should list all employers and positions held within the last ten years in the work history section of your application.
Responses to supplemental questions will be scored using position-specific criteria.
The certificate must be attached to the online application before the application is submitted.
Achievement of a passing score on the written assessment in order to be considered in the next phase of the selection process.
"""


def test_the_application_and_selection_run_on_after_requirements_are_steps_or_nothing() -> None:
    c = text_context(APPLYING_AFTER_REQUIREMENTS)
    assert raw(c.must_have) == [
        "Any combination of work experience and training which would provide the knowledge and abilities listed.",
        "Five years of full-time paid experience in the application of records management practices.",
        "Thorough knowledge of the California Elections Code.",
        "Achievement of a passing score on the written assessment in order to be considered in the next phase of the selection process.",
    ]
    assert raw(c.how_to_apply) == [
        "You should list all employers and positions held within the last ten years in the work history section of your application.",
        "The certificate must be attached to the online application before the application is submitted.",
    ]


TITLE_AGAIN_WITH_ITS_PLACE = """Data Analyst

Data Analyst -San Francisco

Must have: Python coding skills and statistical analysis.
"""


def test_the_title_again_with_its_place_under_the_title_is_where_the_job_is() -> None:
    posting = parse_text(TITLE_AGAIN_WITH_ITS_PLACE)[0]
    assert [(p.text, p.source) for p in location.extract(posting).places] == [("San Francisco", "header")]
