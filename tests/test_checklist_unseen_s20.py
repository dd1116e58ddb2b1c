"""Checklists of postings shaped like the samples of session 20 (issue 23).

Each test is one kind of error found reading checklists of postings item by item, on a text
written for it.
"""

from __future__ import annotations

from test_checklist_lost_structure import raw, text_context

HEADINGS_RUN_INTO_BULLETS = """Outreach Coordinator |
The Registrar of Voters serves every resident of Marlow County. |
|
ROLE SUMMARY The coordinator plans the office's public events and answers press calls. DUTIES - Plans voter outreach events at libraries and schools
- Writes press releases about election deadlines
- Keeps the office's event calendar current
|
REQUIREMENTS - Associate degree or two years of experience in public relations
- Working knowledge of spreadsheet software
- Possession of a valid driver license
|
| Full-Time |
"""


def test_a_heading_run_into_its_first_bullet_opens_its_list() -> None:
    c = text_context(HEADINGS_RUN_INTO_BULLETS)
    must = raw(c.must_have)
    # the first bullet is on the heading's line; the others below it
    assert must == [
        "Associate degree or two years of experience in public relations",
        "Working knowledge of spreadsheet software",
        "Possession of a valid driver license",
    ]
    prepare = " | ".join(raw(c.prepare))
    assert "Plans voter outreach events at libraries and schools" in prepare
    assert "Writes press releases" in prepare
    # the sentence before the heading is no duty, and the heading is in no item
    assert "answers press calls" not in prepare and "DUTIES" not in prepare


TITLE_CASE_REQUIREMENT_OVER_A_SENTENCE = """Data Scientist

Qualifications
Strong experience in data visualization
Background in Epidemiology or Biostatistics
Ideally a PhD in Statistics or a related field with relevant experience. Candidates with a master's degree and two years of experience will also be considered.
Excellent written communication skills
Project experience with R or Python
"""


def test_a_title_case_requirement_over_a_long_sentence_does_not_end_the_list() -> None:
    c = text_context(TITLE_CASE_REQUIREMENT_OVER_A_SENTENCE)
    everything = raw(c.must_have) + raw(c.nice_to_have)
    assert "Background in Epidemiology or Biostatistics" in everything
    assert "Excellent written communication skills" in everything
    assert "Project experience with R or Python" in everything


FIELDS_UNDER_SUCH_AS = """Junior Analyst

Minimum Qualifications:
Bachelor's degree
Experience in a quantitative field, such as:
Actuarial science
Econometrics
Public health
Operations research
GPA of at least 3.2 on a 4-point scale
Curiosity
Honesty
Teamwork skills
Ability to explain findings to a general audience
"""


def test_fields_listed_under_such_as_are_examples_of_one_requirement() -> None:
    must = raw(text_context(FIELDS_UNDER_SUCH_AS).must_have)
    examples = [item for item in must if item.startswith("Experience in a quantitative field")]
    assert len(examples) == 1
    assert "Actuarial science" in examples[0] and "Operations research" in examples[0]
    assert "Econometrics" not in must and "Public health" not in must
    # the line asking its own thing ends the examples
    assert "GPA of at least 3.2 on a 4-point scale" in must


def test_a_short_trait_among_short_items_is_an_item_not_a_group_name() -> None:
    must = raw(text_context(FIELDS_UNDER_SUCH_AS).must_have)
    assert {"Curiosity", "Honesty", "Teamwork skills"} <= set(must)
    assert "Ability to explain findings to a general audience" in must


QUESTIONS_UNDER_TOPICS = """Outreach Officer
Garnet County Clerk, Garnet, OR

Minimum Qualifications
Bachelor's degree in communications or a related field.

Supplemental Questions
01
        Education: Indicate the highest degree you have completed.
02
        Experience: Indicate the years of experience you have running a public information program.
                Three or more years
                Less than three years
03
        Community Events: Describe your experience organizing community events for a public agency. If you do not possess this experience, indicate "N/A."
04
        Briefly describe your experience writing press releases for local media?
05
        Indicate which design programs you have experience working with.
                Canva
                InDesign
                Other program(s)
                None of the above
06
        Do you have a suspended license?
                Yes
                No
"""


def test_screening_questions_under_a_topic_label_are_read() -> None:
    nice = raw(text_context(QUESTIONS_UNDER_TOPICS).nice_to_have)
    assert "Experience running a public information program (screening question)" in nice
    assert "Experience organizing community events for a public agency (screening question)" in nice
    assert "Experience writing press releases for local media (screening question)" in nice
    assert "Experience with design programs: Canva; InDesign (screening question)" in nice


def test_a_question_about_a_disqualifier_is_no_qualification() -> None:
    everything = " | ".join(raw(text_context(QUESTIONS_UNDER_TOPICS).nice_to_have))
    assert "suspended" not in everything


PRIORITY_AFTER_EACH_LINE = """Machine Learning Engineer

Requirements
- Three years of experience deploying models to production

Toolkit:
PyTorch, JAX (Must)
Airflow (Must)
Ray, Dask (Desirable)
"""


def test_a_list_whose_lines_say_their_priority_is_a_requirements_list() -> None:
    c = text_context(PRIORITY_AFTER_EACH_LINE)
    must, nice = raw(c.must_have), raw(c.nice_to_have)
    assert "PyTorch, JAX (Must)" in must and "Airflow (Must)" in must
    assert "Ray, Dask (Desirable)" in nice


CLOSING_LINE_AFTER_QUALIFICATIONS = """Reporting Analyst

Qualifications
Two years of experience building dashboards
Extensive experience in cleaning survey data. Stata, SPSS or other statistics packages
Familiarity with sampling concepts, e.g. Weighting, Strata, Clusters
Bachelor's degree in a quantitative field
To be considered, please click "Apply" to send your resume. Please know that all applications are reviewed. A recruiter will contact you if your background is a match.
"""


def test_names_after_an_ask_in_its_line_belong_to_it() -> None:
    must = raw(text_context(CLOSING_LINE_AFTER_QUALIFICATIONS).must_have)
    assert "Extensive experience in cleaning survey data: Stata, SPSS or other statistics packages" in must
    assert "Familiarity with sampling concepts, e.g. Weighting, Strata, Clusters" in must
    assert "Stata, SPSS or other statistics packages" not in must


def test_what_happens_after_applying_is_no_requirement() -> None:
    c = text_context(CLOSING_LINE_AFTER_QUALIFICATIONS)
    must = " | ".join(raw(c.must_have))
    assert "applications are reviewed" not in must and "will contact you" not in must
    steps = raw(c.how_to_apply)
    assert any("click" in step for step in steps)
    # "Please know ..." tells the applicant something; it is no step
    assert not any("applications are reviewed" in step for step in steps)


def test_a_one_letter_language_ends_its_sentence() -> None:
    c = text_context("""Data Analyst

Qualifications
Three years of experience with statistics tools such as Python and/or R. Working knowledge of Airflow is a plus.
Familiarity with C. Exposure to Rust is a bonus.
""")
    must, nice = raw(c.must_have), raw(c.nice_to_have)
    assert any(item.startswith("Three years of experience with statistics tools such as Python and/or R") for item in must)
    assert any("Airflow" in item for item in nice) and not any("Airflow" in item for item in must)
    assert any(item.startswith("Familiarity with C") for item in must) and any("Rust" in item for item in nice)


CONDITIONS_ON_LINES_OF_THEIR_OWN = """Deputy Auditor
Garnet County, Garnet, IA

Directs the county's election activities.

Graduation from a four-year college and three years of supervisory experience.

Subject to criminal and credit history review.

Regular work attendance required.

Sponsorship: Garnet County is not able to consider candidates who will require visa sponsorship now or in the future. Candidates must be able to present their legal right to work in the United States.
"""


def test_conditions_of_hire_said_on_lines_of_their_own_are_must_haves() -> None:
    must = raw(text_context(CONDITIONS_ON_LINES_OF_THEIR_OWN).must_have)
    assert "Subject to criminal and credit history review." in must
    assert "Regular work attendance required." in must
    assert any("not able to consider candidates who will require visa sponsorship" in item for item in must)
    assert "Candidates must be able to present their legal right to work in the United States." in must


def test_citizens_or_green_card_holders_asks_for_the_right_to_work() -> None:
    c = text_context("""Data Scientist

Requirements
- Current U.S. Citizen/Green Card-holder
- Three years of experience with Python
""")
    advice = " | ".join(raw(c.before_you_apply))
    assert "Confirm you are legally allowed to work in this role (the posting asks, line 4)" in advice
    assert "ask about visa sponsorship" not in advice


def _facts(text: str):
    import postlint
    [posting] = postlint.parse_text(text, "job.txt")
    return posting.facts


def test_where_the_hire_must_live_or_move_to_is_where_the_job_is() -> None:
    moved = _facts("Data Scientist\n\nUS citizenship required. All positions require relocation to the Denver, CO metro area.\n")
    assert [place.text for place in moved.location.places] == ["Denver, CO"]
    resides = _facts("Data Engineer\n\nRequirements\nThree years of Python\nReside in the greater Denver area or able to relocate\n")
    assert [place.text for place in resides.location.places] == ["Denver"]
    assert [place.source for place in moved.location.places + resides.location.places] == ["statement", "statement"]
    # who lives somewhere, in the company's pitch, is no statement of where the job is
    pitch = _facts("Data Engineer\n\nOur apps help millions of people who live in Denver plan their commute.\n")
    assert all(place.source != "statement" for place in pitch.location.places)


def test_a_seniority_label_names_the_lines_under_it() -> None:
    must = raw(text_context("""Data Scientists

Education/Experience Requirements

Senior Positions:
PhD in Statistics or a related field
8+ years of relevant experience
Junior Positions
B.S. in Statistics or a related field
1-3 years of relevant experience
""").must_have)
    assert "Senior Positions: 8+ years of relevant experience" in must
    assert "Junior Positions: 1-3 years of relevant experience" in must
    assert "Junior Positions" not in must


def test_a_willingness_question_is_a_screened_ask() -> None:
    nice = raw(text_context("""Field Trainer
Garnet County Clerk, Garnet, MI

Minimum Qualifications
Bachelor's degree.

Supplemental Questions
01
        Are you willing to travel throughout the state of Michigan for this position?
                Yes
                No
""").nice_to_have)
    assert "Willing to travel throughout the state of Michigan (screening question)" in nice


OPENING_SAID_AGAIN_AFTER_THE_LIST = """Game Data Analyst

Northgate Studios is looking for a data analyst to help our teams understand how players enjoy our games.

This is a full-time (40hr/week) position onsite at our studio in Hunt Valley, MD. No remote work options are available.

Responsibilities
Build reports on daily player activity for the live team
Qualifications
Three years of experience querying large data sets with SQL
Bachelor's degree in Statistics or another quantitative field


This is a full-time (40hr/week) position onsite at our studio in Hunt Valley, MD. No remote work options are available.
"""


def test_the_opening_said_again_after_the_list_is_not_more_of_the_list() -> None:
    must = raw(text_context(OPENING_SAID_AGAIN_AFTER_THE_LIST).must_have)
    assert must == ["Three years of experience querying large data sets with SQL",
                    "Bachelor's degree in Statistics or another quantitative field"]


def test_a_role_summary_and_a_pointer_to_more_information_are_no_duties() -> None:
    prepare = " | ".join(raw(text_context("""Elections Analyst 12
Harlow County Clerk, Harlow, MI

POSITION DUTIES - This position is a lead analyst for the Voter Services Section. As a lead analyst, this position will be responsible for guiding the work of three analysts.

Duties
- Trains township clerks on new voting equipment
- Answers questions from the public about registration deadlines

For more detailed information, refer to the Elections Analyst job description.
""").prepare))
    assert "Trains township clerks on new voting equipment" in prepare
    assert "is a lead analyst" not in prepare
    assert "detailed information" not in prepare


AFTER_THE_ABILITIES = """Elections Systems Manager
Harlow County Supervisor of Elections, Harlow, FL

KNOWLEDGE, SKILLS AND ABILITIES
Ability to communicate effectively, both orally and in writing.

WORKING CONDITIONS
Work is performed in an office setting. Travel may be required. Clarity of vision at long and short distance is required. May lift up to 20 pounds.

All applicants must successfully complete:
A thorough medical exam
A polygraph interview
To be considered suitable for employment, applicants must generally not have used illegal drugs within the last 12 months. The issue of illegal drug use before then is carefully evaluated during the security processing.

Harlow County Supervisor of Elections offers a competitive benefit program. We believe we must first support the well-being of our employees.
"""


def test_a_sight_demand_in_a_run_on_conditions_paragraph_is_a_condition() -> None:
    conditions = raw(text_context(AFTER_THE_ABILITIES).conditions)
    assert "Clarity of vision at long and short distance is required." in conditions


def test_an_ask_after_to_be_considered_is_a_requirement_and_how_cases_are_weighed_is_none() -> None:
    c = text_context(AFTER_THE_ABILITIES)
    must = " | ".join(raw(c.must_have))
    assert "applicants must generally not have used illegal drugs within the last 12 months" in must
    assert not any("illegal drugs" in step for step in raw(c.how_to_apply))
    assert "carefully evaluated" not in must


def test_a_benefit_program_is_no_requirement() -> None:
    must = " | ".join(raw(text_context(AFTER_THE_ABILITIES).must_have))
    assert "competitive benefit program" not in must


def test_a_quality_said_to_do_well_in_the_role_is_asked() -> None:
    c = text_context("""Town Clerk
Town of Marlow, Marlow, NH

The Town Clerk keeps the town's records and runs its elections. A team player who is approachable and engaged will do well in this role. The Town is looking for well qualified candidates to fill the position.
""")
    asked = raw(c.must_have) + raw(c.nice_to_have)
    assert "A team player who is approachable and engaged will do well in this role." in asked
    # who the employer looks for, with no quality named, asks nothing
    assert not any("well qualified candidates" in item for item in asked)


def test_a_successful_candidate_must_leads_into_its_list() -> None:
    must = raw(text_context("""Election Clerk
Garnet County Board of Elections, Garnet, OH

Applications are being accepted for the full-time position of Election Clerk.

At a minimum, a successful candidate must:
- Possess a high school diploma or GED;
- Have the ability to communicate effectively;
- Be able to follow directions;
""").must_have)
    assert "Possess a high school diploma or GED;" in must
    assert "Be able to follow directions;" in must


def test_behavioral_competencies_are_asked() -> None:
    must = raw(text_context("""Voter Services Manager
Garnet County, Garnet, CO

BEHAVIORAL COMPETENCIES:
Accountability
Teamwork
Integrity

EDUCATION:
High School Diploma or GED equivalent
""").must_have)
    assert {"Accountability", "Teamwork", "Integrity"} <= set(must)
