"""REQ and STRUCT precision (issue 22): which lines are requirements, which are nice-to-haves,
alternatives, lead-ins, questionnaires, notices, and what a posting that is not a job is spared.

Every fixture here is written for these tests; each test names the wrong finding it guards against.
"""

from __future__ import annotations

from postlint.engine import Engine
from postlint.engine.config import Config, Settings
from postlint.extract.experience import listed_requirements
from postlint.ingest.headings import classify_heading, heading_text, lead_in_kind
from postlint.ingest.parse import parse_text
from postlint.model import Priority, SectionKind


def codes(text: str, select: str, path: str = "job.txt") -> list[tuple[str, int]]:
    result = Engine(Config(settings=Settings(select=[select], today="2026-12-01"))).check_text(text, path)
    return [(f.code, f.span.line) for f in result.findings]


def one(text: str, path: str = "job.txt"):
    [posting] = parse_text(text, path)
    return posting


def required(posting) -> list[str]:
    return [i.text for i in listed_requirements(posting) if i.priority is Priority.REQUIRED]


# -- headings: words found at word boundaries, pay words, questions ------------------------------

def test_heading_keywords_match_whole_words_only() -> None:
    # "about you" inside "about your new office" made a company paragraph a requirements list
    assert classify_heading("Learn about your new office", fuzzy=True) is SectionKind.ABOUT
    assert classify_heading("About You", fuzzy=True) is SectionKind.REQUIREMENTS
    assert classify_heading("Hiring Processes", fuzzy=True) is SectionKind.HOW_TO_APPLY
    assert classify_heading("Key Responsibilities", fuzzy=True) is SectionKind.RESPONSIBILITIES


def test_bonus_alone_is_pay_not_a_nice_to_have_list() -> None:
    # "Referral Bonus" in a list of perks opened a "preferred" section that swallowed the duties
    assert classify_heading("Signing Bonus", fuzzy=True) is None
    assert classify_heading("It's a bonus if you have", fuzzy=True) is SectionKind.PREFERRED
    assert classify_heading("Bonus Points", fuzzy=True) is SectionKind.PREFERRED
    assert classify_heading("Optional Requirements", fuzzy=True) is SectionKind.PREFERRED
    assert classify_heading("Optional Benefits", fuzzy=True) is SectionKind.BENEFITS


def test_a_known_heading_asked_as_a_question_is_a_heading() -> None:
    assert heading_text("What's in it for you?") == "What's in it for you"
    assert heading_text("Are we a good match?") is None


# -- lead-ins ------------------------------------------------------------------------------------

def test_lead_in_kinds() -> None:
    assert lead_in_kind("It is desirable if you can demonstrate the following:") is SectionKind.PREFERRED
    assert lead_in_kind("These skills would be an advantage, but are not essential:") is SectionKind.PREFERRED
    assert lead_in_kind("We are looking for a candidate that will:") is SectionKind.REQUIREMENTS
    assert lead_in_kind("On a typical day your work can involve a mix of:") is SectionKind.RESPONSIBILITIES
    assert lead_in_kind("To apply, you will need to submit the following documents:") is SectionKind.HOW_TO_APPLY
    assert lead_in_kind("Our team hires for several kinds of roles, including:") is None
    assert lead_in_kind("It is desirable if you can demonstrate the following.") is None  # not a lead-in


DESIRABLE_AFTER_ESSENTIAL = """Platform architect

## What you will do

- Shape the hosting platform for twelve teams.

## Skills you need

It is essential that you can show the following experience at the first interview:

- Experience running container platforms for several teams.
- Experience of agreeing technical plans with non-technical colleagues.
- Knowledge of open-source licensing.

It is desirable if you can demonstrate the following:

- Experience of public-sector service assessments.
- Experience of mentoring colleagues in mixed teams.
"""


def test_a_desirable_lead_in_makes_the_list_below_it_preferred() -> None:
    posting = one(DESIRABLE_AFTER_ESSENTIAL, "job.md")
    kinds = [(s.kind, s.heading) for s in posting.sections if s.items]
    assert (SectionKind.PREFERRED, "It is desirable if you can demonstrate the following") in kinds
    assert len(required(posting)) == 3
    preferred = [i.text for i in listed_requirements(posting) if i.priority is Priority.PREFERRED]
    assert preferred == ["Experience of public-sector service assessments.", "Experience of mentoring colleagues in mixed teams."]


LOOKING_FOR_UNDER_DUTIES = """Records clerk

Specifically, this position:
Files and indexes records every day.

We are looking for a candidate that will:
Demonstrate familiarity with office software and databases.
Have supervisory and training experience.
Communicate clearly in writing.
"""


def test_a_looking_for_lead_in_opens_a_requirements_list() -> None:
    posting = one(LOOKING_FOR_UNDER_DUTIES)
    section = next(s for s in posting.sections if s.heading == "We are looking for a candidate that will")
    assert section.kind is SectionKind.REQUIREMENTS
    assert [i.text for i in section.items][0].startswith("Demonstrate familiarity")


def test_a_lead_in_in_the_selection_process_stays_a_sentence() -> None:
    text = "Window washer\n\nSELECTION PROCESS\n\nAfter meeting minimum qualifications, candidates will be scheduled for the following:\n\nA physical abilities test and an interview.\n"
    posting = one(text)
    assert [s.kind for s in posting.sections if s.items] == [SectionKind.HOW_TO_APPLY]


# -- alternatives, levels, questionnaires, notices -------------------------------------------------

OR_PATHS = """Permit Technician (Trainee)

Responsibilities
Checks permit applications for completeness.

Experience
Four years of experience as a clerk in a building department.
OR
Three years of experience as a permit counter assistant.
OR
Two years of experience in a title office.

Education
No specific type or amount is required.
"""


def test_options_joined_by_or_are_not_a_trainee_demand_nor_three_requirements() -> None:
    assert codes(OR_PATHS, "REQ003") == []
    posting = one(OR_PATHS)
    assert "No specific type or amount is required." not in required(posting)


LEVELS = """Ballot Center Technician or Specialist

Duties
Prepares ballots and tests tabulators.

Minimum Qualifications

Ballot Center Technician

High school diploma required.
Valid driver's license required.
Two years of office experience required.

Ballot Center Specialist

High school diploma required.
Valid driver's license required.
One year of elections experience required.
"""


def test_the_same_line_in_two_levels_sets_is_no_duplicate() -> None:
    posting = one(LEVELS)
    groups = [s.heading for s in posting.sections if s.kind is SectionKind.REQUIREMENTS]
    assert "Ballot Center Technician" in groups and "Ballot Center Specialist" in groups
    assert codes(LEVELS, "REQ006") == []


def test_a_repeated_line_in_one_list_is_still_a_duplicate() -> None:
    text = LEVELS.replace("Ballot Center Specialist\n\nHigh school diploma required.\nValid driver's license required.\n", "")
    text = text.replace("One year of elections experience required.", "Two years of office experience required.")
    assert [line for _, line in codes(text, "REQ006")] == [14]


QUESTIONNAIRE = """Elections Aide

Duties
Answers voter questions at the counter.

Qualifications
Two years of customer service experience.

Supplemental information

01
Experience: Indicate the years of experience you have serving the public.
    Five or more years
    Three to four years
    Less than three years
02
Education: Do you possess a high school diploma or GED?
    Yes
    No
"""


def test_a_labelled_question_starts_the_questionnaire() -> None:
    posting = one(QUESTIONNAIRE)
    kinds = [s.kind for s in posting.sections]
    assert SectionKind.QUESTIONS in kinds
    assert all("years" not in t or "customer" in t for t in required(posting))


def test_instructions_attestations_notices_and_questions_are_not_requirements() -> None:
    text = """Analyst

Requirements
- Bachelor's degree in statistics.
- Three years of experience with SQL.
- You must submit a written statement addressing each competency.
- Do you have a minimum of four years of supervisory experience.
- I understand that my answers will be checked against my resume.
- All qualified applicants will receive consideration without regard to race or religion.
- These physical demands are not, and should not be construed to be, job qualification standards.
"""
    assert required(one(text)) == ["Bachelor's degree in statistics.", "Three years of experience with SQL."]


def test_not_required_is_a_nice_to_have() -> None:
    posting = one("Analyst\n\nRequirements\n- Three years of SQL.\n- Healthcare experience a plus, but not required.\n")
    assert [i.priority for i in posting.items(SectionKind.REQUIREMENTS)] == [Priority.REQUIRED, Priority.PREFERRED]


def test_shortfall_notes_give_no_years_demand() -> None:
    text = """Principal Park Supervisor

Duties
Leads the park maintenance crews.

Requirements
1. Two years as a Senior Park Supervisor; or
2. Four years as a Park Supervisor.

The following are desired but not required:
1. Certification as an arborist.
2. Applicants who lack six months or less of the required experience may file for this examination.
"""
    assert codes(text, "REQ003") == []


# -- list structure ------------------------------------------------------------------------------

def test_semicolon_entries_wrapped_over_lines_are_one_item_each() -> None:
    text = """Data scientist

What you need:
Three years of experience as a statistician or machine learning
engineer;
Knowledge of Spark, Hive, Kafka, Flink and
Airflow;
Knowledge of Python, NumPy, pandas, SciPy, PyTorch, TensorFlow, Keras
and scikit-learn;
A degree in mathematics or physics
"""
    posting = one(text)
    texts = [i.text for i in posting.items(SectionKind.REQUIREMENTS)]
    assert len(texts) == 4
    assert texts[1] == "Knowledge of Spark, Hive, Kafka, Flink and Airflow;"
    assert codes(text, "REQ008") == []  # nine tools, but over two items


def test_a_bullet_ending_in_a_colon_does_not_swallow_its_sub_items() -> None:
    text = "Engineer\n\nQualifications\no Experience with data engineering practices, such as:\nwarehousing and modelling\nbuilding pipelines with Spark\n"
    posting = one(text)
    first = posting.items(SectionKind.REQUIREMENTS)[0]
    assert first.text == "Experience with data engineering practices, such as:"


def test_list_lines_some_in_lower_case_are_entries_not_one_sentence() -> None:
    text = """Analyst

Requirements
A degree in statistics or economics, e.g., coursework in econometrics
Past work includes leading analysis projects
data cleaning and preparation
model evaluation
SQL and Python
"""
    texts = [i.text for i in one(text).items(SectionKind.REQUIREMENTS)]
    assert len(texts) == 5


def test_wrapped_prose_stays_one_sentence() -> None:
    text = """Analyst

About us
We build tools for public libraries and the people who run them day
to day, and we have done so since 2009 from a small office near the river
harbour where our whole team meets every week.
"""
    assert len(one(text).items(SectionKind.ABOUT)) == 1


def test_technologies_offered_as_options_are_no_laundry_list() -> None:
    options = ("Engineer\n\nRequirements\n- Experience with one or more of the following: Python, Java, Go, Rust, Scala, "
               "Kotlin, Ruby, JavaScript, TypeScript, Kafka.\n")
    assert codes(options, "REQ008") == []
    assert [c for c, _ in codes(options.replace("one or more of the following: ", ""), "REQ008")] == ["REQ008"]


# -- REQ001 -----------------------------------------------------------------------------------------

def test_an_invitation_to_apply_is_no_vague_requirement() -> None:
    text = "Analyst\n\nRequirements\n- If you're a strong communicator who enjoys puzzles, we want to hear from you.\n- Team player.\n"
    assert [line for _, line in codes(text, "REQ001")] == [5]


def test_communication_for_a_named_purpose_is_concrete() -> None:
    text = "Analyst\n\nRequirements\n- Strong communicator with the ability to influence senior stakeholders.\n"
    assert codes(text, "REQ001") == []


# -- REQ007 -----------------------------------------------------------------------------------------

def test_a_stated_requirement_under_an_unknown_heading_counts() -> None:
    base = "Lab scientist\n\nJob Description\nYou will run assays and keep the lab notebook.\n\nNotes\n"
    assert [c for c, _ in codes(base + "Bring a good attitude.\n", "REQ007")] == ["REQ007"]
    assert codes(base + "PhD degree is mandatory in any life science.\n", "REQ007") == []
    assert codes(base + "A minimum of 3 years of experience in a clinical lab.\n", "REQ007") == []


# -- STRUCT -----------------------------------------------------------------------------------------

def test_employment_basis_said_other_ways() -> None:
    base = "Data analyst\n\nLocation: Denver, CO\n\nResponsibilities\n- Build dashboards.\n\n"
    assert [c for c, _ in codes(base, "STRUCT002")] == ["STRUCT002"]
    assert codes(base + "Job Type: Permanent\n", "STRUCT002") == []
    assert codes(base + "This Term-Limited Temporary (TLT) position lasts six months.\n", "STRUCT002") == []
    assert codes(base + "The standard workweek is 40 hours per week.\n", "STRUCT002") == []
    # a later move is not the job's terms
    assert [c for c, _ in codes(base + "You must be assigned to a permanent position within three years.\n", "STRUCT002")] == ["STRUCT002"]


def test_a_task_titled_gig_describes_its_work() -> None:
    gig = "---\ntitle: Create a logo for our command-line tool\ncompensation: gratis\n---\nOur tool formats code. A nice logo would help.\n"
    assert codes(gig, "STRUCT003", "gig.md") == []
    body = "---\ntitle: Icon set\ncompensation: gratis\n---\nThe idea is to finish the flat icon theme for the menu.\n"
    assert codes(body, "STRUCT003", "gig.md") == []


def test_a_page_with_nothing_of_a_job_is_not_told_what_it_lacks() -> None:
    page = "County elections office\n\nRegister to vote or update your address.\nFind your polling place.\nOffice hours: Monday to Friday.\n"
    # (E005 may say the page is no posting at all; what matters here is that no STRUCT rule lists what it lacks)
    assert [c for c, _ in codes(page, "STRUCT") if c.startswith("STRUCT") and c != "STRUCT004"] == []
    posting = "Data analyst\n\nRequirements\n- Three years of SQL.\n"
    found = {c for c, _ in codes(posting, "STRUCT")}
    assert {"STRUCT001", "STRUCT002", "STRUCT003"} <= found


def test_a_city_with_a_mc_prefix_is_a_place() -> None:
    text = "Data scientist\n\nWe support our McLean, VA customer with models.\n\nRequirements\n- Three years of SQL.\n"
    assert "STRUCT001" not in {c for c, _ in codes(text, "STRUCT")}


def test_a_job_type_label_with_an_abbreviation_or_a_duration_states_the_terms() -> None:
    base = "Data analyst\n\nLocation: Denver, CO\n\nResponsibilities\n- Build dashboards.\n\n"
    assert codes(base + "Job Type: FT Salary W BN\n", "STRUCT002") == []
    assert codes(base + "Duration: Long term Contract\n", "STRUCT002") == []
    assert codes(base + "Job Type: Limited Duration\n", "STRUCT002") == []
    assert [c for c, _ in codes(base + "Employment Type: OTHER\n", "STRUCT002")] == ["STRUCT002"]


def test_long_answer_options_and_quantify_questions_make_a_questionnaire() -> None:
    text = """Registrar

Minimum Qualifications
Five years of experience managing an elections office.

01
    Please select the option that reflects your highest level of completed education.
        Master's degree or higher in Public/Business Administration or a related field
        Bachelor's degree in Public/Business Administration or a related field
        None of the above
02
    Please quantify your experience working with state agencies.
        4 or more years of experience
        2 years of experience
        No experience
"""
    posting = one(text)
    assert SectionKind.QUESTIONS in [s.kind for s in posting.sections]
    assert required(posting) == ["Five years of experience managing an elections office."]


def test_a_higher_grade_or_a_deeper_level_is_no_duplicate() -> None:
    tiers = """Data scientist

Requirements
Knowledge of one or more of: distributed computing, statistical analysis, data management.
In Addition at the Senior Level
Significant experience in one or more of: distributed computing, statistical analysis, data management.
"""
    assert codes(tiers, "REQ006") == []
    graded = """Data scientist

Requirements
- You know what these are: regression, regularization, cross-validation, gradient descent.

Nice to have
- You have deep experience with these: regression, regularization, cross-validation, gradient descent.
"""
    assert codes(graded, "REQ006") == []
    same = graded.replace("You know what these are", "You have deep experience with these")
    assert [c for c, _ in codes(same, "REQ006")] == ["REQ006"]


def test_sentences_explaining_a_requirement_are_not_more_requirements() -> None:
    pairs = "".join(
        f"Requirement number {n} with Python\nWe use it every day in the team. You will often need it for work.\n\n" for n in range(1, 8))
    text = "Data engineer\n\nWhat We're Looking For\n\n" + pairs
    assert codes(text, "REQ002") == []  # seven requirements, each explained
    listed = "Data engineer\n\nRequirements\n" + "".join(f"- Requirement number {n} with Python.\n" for n in range(1, 13))
    assert [c for c, _ in codes(listed, "REQ002")] == ["REQ002"]


def test_a_label_over_a_paragraph_of_requirements_keeps_them() -> None:
    text = """Data engineer

Requirements
Personal Qualities
Curiosity and willingness to learn. Strong communication skills. Ownership and attention to detail. Ability to work in a global team.
Technical Qualities
SQL and database fundamentals. Programming experience with Python. Understanding of data integration. Experience with Git. Interest in financial systems. Experience with dashboards. Knowledge of ETL tools. Experience with Airflow.
"""
    assert [c for c, _ in codes(text, "REQ002")] == ["REQ002"]
