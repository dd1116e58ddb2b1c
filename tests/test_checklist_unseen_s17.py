"""Checklists of postings shaped like the samples of session 17 (issue 23).

Each test is one kind of error found reading checklists of postings item by item, on a text
written for it.
"""

from __future__ import annotations

import postlint

from test_checklist_lost_structure import raw, text_context

DUTIES_AND_IDEAL_AFTER_BENEFITS = """Records Supervisor
County of Lakeview, Lakeview, OR

What We Offer

Working for the County offers growth and a rewarding workplace. Our benefits include:

Paid Time Off - Vacation and sick leave accruals and 11 paid holidays
Retirement - A pension integrated with Social Security

The Records Office

Within the Records Office, this supervisor leads a team of four clerks and keeps the archive in order. They plan the yearly records retention review. Additional responsibilities include:

Scheduling the clerks' shifts and reviewing their work
Answering public records requests

The ideal candidate will have a background in records management and an interest in public service. They will be a patient, organised leader and will possess many of the following:

Excellent written communication skills
Experience supervising office staff
Proficiency in Microsoft Excel
"""


def test_a_paragraph_ending_in_a_lead_in_after_the_benefits_opens_its_list() -> None:
    c = text_context(DUTIES_AND_IDEAL_AFTER_BENEFITS)
    prepare = " | ".join(raw(c.prepare))
    assert "Scheduling the clerks' shifts" in prepare and "Answering public records requests" in prepare
    assert "leads a team of four clerks" in prepare  # the paragraph before its lead-in
    # "many of the following": not all of them are asked
    assert raw(c.nice_to_have)[-3:] == [
        "Excellent written communication skills", "Experience supervising office staff", "Proficiency in Microsoft Excel"]
    assert not any("Excel" in item or "supervising" in item for item in raw(c.must_have))
    assert not any("Retirement" in item for item in raw(c.must_have) + raw(c.nice_to_have) + raw(c.prepare))


LABELS_AMONG_THE_LINES = """Data Scientist
Harbor Freight Analytics, Tulsa, OK

Requirements
Degree in Statistics or a related field
Cloud tools: Snowflake, dbt, Airflow
Strong SQL skills
Personal Attributes
Curious learner: the ability to pick up a new domain quickly and ask good questions
Comfort with ambiguity and changing priorities
Team player: a colleague who shares credit and helps others succeed
Optional: Looker, Tableau or Power BI
Location of Position: Tulsa, OK

Perks at Harbor Freight Analytics
Store discount: 20% off in all our stores
One of the most generous paid time off plans around.
"""


def test_a_label_among_the_lines_of_a_requirements_list_is_one_of_them() -> None:
    c = text_context(LABELS_AMONG_THE_LINES)
    must = raw(c.must_have)
    assert "Cloud tools: Snowflake, dbt, Airflow" in must
    assert any(item.startswith("Curious learner: the ability to pick up") for item in must)
    assert any(item.startswith("Team player: a colleague") for item in must)
    assert raw(c.nice_to_have) == ["Optional: Looker, Tableau or Power BI"]  # "Optional:" says its priority
    everything = must + raw(c.nice_to_have)
    assert not any("Location" in item or "Tulsa" in item for item in everything)  # a fact of the posting
    assert not any("discount" in item or "paid time off" in item for item in everything)  # the perks


CONDITIONS_IN_NOTICES_AND_LABELS = """Election Clerk
County of Pinewood, Pinewood, CA

Duties
Process voter registration forms
Answer questions from the public at the counter

Minimum Qualifications
Two years of clerical experience

A few challenges you might face in this job:
Procedures change after each legislative session
Some schedule flexibility is required during peak election periods

HOURS / DAYS: Required to work nights, weekends, and/or holidays as needed.

WORK ENVIRONMENT
Work is performed in an office. Must have own means of reliable transportation for county business. Individuals operating a motor vehicle for county business must possess a valid driver's license.

TELEWORK
Staff who telework part of the week must maintain a home workspace with an internet connection.

BACKGROUND
After you receive a conditional job offer, you will be fingerprinted and your conviction history reviewed. Criminal and driving records will be checked.

DISASTER SERVICE WORKER
All county employees are designated Disaster Service Workers. Employment with the County requires the affirmation of a loyalty oath to this effect.
"""


def test_conditions_said_in_notices_labels_and_challenges_reach_the_checklist() -> None:
    c = text_context(CONDITIONS_IN_NOTICES_AND_LABELS)
    must, conditions = raw(c.must_have), raw(c.conditions)
    for condition in ("you will be fingerprinted", "Criminal and driving records will be checked",
                      "requires the affirmation of a loyalty oath", "must possess a valid driver's license"):
        assert any(condition in item for item in must), condition
    for condition in ("Some schedule flexibility is required", "Required to work nights, weekends",
                      "Must have own means of reliable transportation", "must maintain a home workspace"):
        assert any(condition in item for item in conditions), condition
    assert not any("Procedures change" in item for item in must + conditions)  # a challenge, asked of no one


ASKS_IN_PROSE = """Data Scientist
Brightline Analytics, Omaha, NE

About the role
You will build forecasting models for our retail clients. He/she must have a proven ability to explain results to executives. He/she should be comfortable with messy data. The position will require attention to detail and sound judgment. This will require an individual with patience for slow data sources. Candidate must display initiative and a strong work ethic.

Requirements
- Python and SQL
"""


def test_asks_said_in_prose_about_the_role_are_must_haves() -> None:
    must = raw(text_context(ASKS_IN_PROSE).must_have)
    for ask in ("He/she must have a proven ability", "He/she should be comfortable with messy data",
                "The position will require attention to detail", "Candidate must display initiative"):
        assert any(item.startswith(ask) for item in must), ask
    # (a sentence opening "This ..." goes on from the one before)
    assert any("This will require an individual with patience" in item for item in must)
    assert not any("forecasting models" in item for item in must)


OWN_PRIORITY_UNDER_A_SUBHEADING = """Data Scientist
Meridian Care, Boise, ID

Requirements
- Experience with Python and SQL
Education
- BSc in Computer Science or a related field; a graduate degree in Statistics is preferred
- Healthcare experience a plus, but not required.
"""


def test_a_line_that_says_it_is_preferred_stays_so_under_a_requirements_sub_heading() -> None:
    c = text_context(OWN_PRIORITY_UNDER_A_SUBHEADING)
    assert "BSc in Computer Science or a related field" in raw(c.must_have)
    nice = " | ".join(raw(c.nice_to_have))
    assert "graduate degree in Statistics is preferred" in nice and "Healthcare experience a plus" in nice
    assert not any("Healthcare" in item or "graduate" in item for item in raw(c.must_have))


FLATTENED_WITH_RUN_IN_BULLETS = ("Data Scientist\n\n"
    "Job DescriptionThe primary duty will be building demand forecasts for our freight network at Prairie Freight Lines. "
    "The analyst works with planners to find trends.* Bachelor degree in Statistics, Mathematics or a related field* Two "
    "years' work experience in statistical analysis or forecasting.Prairie Freight Lines provides equal employment "
    "opportunities to all employees and applicants without regard to race, color or religion.\n")

FLATTENED_WITH_RUN_IN_HEADS = ("Data Scientist\n\n"
    "Acme Analytics has served federal clients since 2009 with careful work.We are seeking a Data Scientist for a new "
    "contract. The analyst will report to the program manager and support audits of the program.Experience and Skills* "
    "Minimum of 5 years of experience in statistics and statistical software (R, SAS, Python).* Certified Tableau "
    "Professional.A qualified candidate will:* Proficient in Python, SQL and Spark* Be able to explain findings to "
    "executives clearly.Education: Master's degree in Statistics or Computer Science with five (5) years of experience in "
    "data analytics.Work Location: Arlington, VA with local telework options.Acme Analytics is an equal opportunity employer "
    "and does not discriminate on the basis of race, color or religion in any aspect of employment at all.\n")


def test_bullets_run_into_a_flattened_posting_are_its_requirements() -> None:
    assert raw(text_context(FLATTENED_WITH_RUN_IN_BULLETS).must_have) == [
        "Bachelor degree in Statistics, Mathematics or a related field",
        "Two years' work experience in statistical analysis or forecasting"]
    must = raw(text_context(FLATTENED_WITH_RUN_IN_HEADS).must_have)
    for ask in ("Minimum of 5 years of experience in statistics", "Certified Tableau Professional", "Proficient in Python, SQL and Spark",
                "Be able to explain findings", "Master's degree in Statistics"):
        assert any(item.startswith(ask) for item in must), ask
    assert not any("Arlington" in item or "equal opportunity" in item for item in must)


def _employer(text: str) -> str | None:
    [posting] = postlint.parse_text(text, "job.txt")
    found = posting.facts.organization
    return found.name if found else None


def test_an_employer_named_by_its_email_acronym_or_with_a_stray_comma() -> None:
    # an acronym used twice that is the name of the email domain to apply to
    assert _employer("Senior Analyst\n\nThe analyst writes guidance for FEB stakeholders and reviews FEB grants.\n\n"
                     "Send a resume to jobs@feb.gov.\n") == "FEB"
    # spelled out after a role's words: the acronym's letters start the name
    assert _employer("Senior Analyst\n\nThe analyst serves as the Senior Expert (SE) Outreach of the U.S. Federal Education "
                     "Board (FEB) for the states. FEB staff review grants.\n\nSend a resume to jobs@feb.gov.\n") \
        == "U.S. Federal Education Board"
    # "INFICON, is committed to ensuring ... an equal opportunity": the name before a stray comma
    assert _employer("Data Scientist\n\nBuild models.\n\nGLASSWORKS, is committed to ensuring that our application "
                     "process provides an equal opportunity to all.\n") == "GLASSWORKS"
    # not a brand named mid-sentence before the comma
    assert _employer("Data Scientist\n\nWe are Kappa Games\n\nKappa Games, the team powering Spinly, is one of the biggest "
                     "game studios in Europe.\n\nAs a Data Scientist at Kappa Games, you will model player churn.\n") == "Kappa Games"


OPEN_UNTIL_FILLED_WITH_A_FIRST_ROUND = """Voter Services Manager
King's Harbor County, Harbor, WA

Requirements
- Three years of supervisory experience

Who May Apply: This position is open until filled. Applications submitted by February 23rd will be part of the first round of review and interviews.
"""


def test_a_first_round_date_is_no_deadline_and_open_until_filled_is_said() -> None:
    c = text_context(OPEN_UNTIL_FILLED_WITH_A_FIRST_ROUND)
    assert c.deadline is not None and c.deadline.startswith('none: "open until filled"')
    advice = " | ".join(raw(c.before_you_apply))
    assert "February 23rd" not in advice and "has passed" not in advice
    assert 'No deadline: the posting says "open until filled"' in advice


HEADINGS_AND_PROCESS_AS_ITEMS = """Elections Specialist
County of Redwood, Redwood, CA

Requirements

Two years of experience in election administration

Technical Skills Required

Data Tools: Excel, Access and SQL

If you have questions with navigating through the application system or need assistance with uploading and/or attaching your documents, please view the following contact information: How to Apply.

Application Filing: All applicants must apply online at https://jobs.example.gov and submit the information by the final filing date.
Application Evaluation: Depending on the number of applications received, an evaluation board may be convened to select the best-qualified candidates.
Application period: 10/2 - 10/16
"""


def test_headings_help_lines_and_the_employers_own_process_are_no_items() -> None:
    c = text_context(HEADINGS_AND_PROCESS_AS_ITEMS)
    must = raw(c.must_have)
    assert "Two years of experience in election administration" in must
    assert not any("Technical Skills Required" in item or "navigating" in item for item in must)
    steps = " | ".join(raw(c.how_to_apply))
    assert "Application Filing: All applicants must apply online" in steps and "Application period: 10/2 - 10/16" in steps
    assert "Application Evaluation" not in steps


ONE_REQUIREMENT_OVER_LINES = """Elections Manager
Pine County, Pine City, MN

This position requires:

Bachelor's degree in public administration or a related field;
And five years of experience in elections administration;
Or an equivalent combination of education and experience.
Valid driver's license.
"""


def test_a_requirement_written_over_lines_joined_by_and_or_is_one_item() -> None:
    assert raw(text_context(ONE_REQUIREMENT_OVER_LINES).must_have) == [
        "Bachelor's degree in public administration or a related field; and five years of experience in elections "
        "administration; or an equivalent combination of education and experience.",
        "Valid driver's license.",
    ]


PHYSICAL_DEMANDS_AFTER_THE_PREFERRED = """Director of Elections
Oak County, Oakton, GA

Preferred Qualifications

Master's Degree in Public Administration.
Experience reporting to a board.

Tasks require the ability to exert light physical effort in sedentary to light work, with some lifting and carrying of light objects.
Tasks may involve extended periods of time at a keyboard or workstation.
"""


def test_physical_demands_run_on_after_the_preferred_list_are_conditions() -> None:
    c = text_context(PHYSICAL_DEMANDS_AFTER_THE_PREFERRED)
    assert raw(c.nice_to_have) == ["Master's Degree in Public Administration.", "Experience reporting to a board."]
    conditions = " | ".join(raw(c.conditions))
    assert "light physical effort" in conditions and "at a keyboard" in conditions


DUTIES_WITH_WISHES_NOTES_AND_RULES = """Communications Assistant
County of Elm, Elm, CO

Job Type: FT Salary W BN

Duties
- Website editing – editing pages and writing content as needed (WordPress); HTML experience a plus
- Design work --ideal candidate has experience in creating posters and social media graphics. Canva is provided.
- Employee must complete privacy and security training within the first 30 days of hire.
- Answer questions from voters by phone and email

(The illustrative duties listed in this specification are representative of the class but are not an all-inclusive list.)

Some knowledge of public outreach methods and practices;
Considerable knowledge of election law and procedures;
Ability to write clearly for the public.

Minimum Skills and Experience:
Two years of communications experience.
Knowledge of Adobe InDesign is of interest.
"""


def test_wishes_notes_and_rules_in_a_duty_list_go_where_they_belong() -> None:
    c = text_context(DUTIES_WITH_WISHES_NOTES_AND_RULES)
    nice, must, prepare = raw(c.nice_to_have), raw(c.must_have), " | ".join(raw(c.prepare))
    assert "HTML experience a plus" in nice
    assert "Ideal candidate has experience in creating posters and social media graphics." in nice
    assert "Knowledge of Adobe InDesign is of interest." in nice
    assert "Some knowledge of public outreach methods and practices;" in must
    assert "Considerable knowledge of election law and procedures;" in must
    assert "Two years of communications experience." in must
    assert not any("training" in item for item in must + nice)  # what the hire must do once hired
    assert "Website editing" in prepare and "illustrative duties" not in prepare
    assert c.employment == "full-time"


DUTIES_AND_REQUIREMENTS_AFTER_THE_PERKS = """City Clerk
City of Lakeshore, Lakeshore, WI

Why You Want This Job

Lakeshore offers a pension, paid holidays and a generous leave policy.

Plan, direct and manage the work of the Clerk's Office.

Oversee all election processes, including voting and canvassing.

Maintain the official records of the City.

Prepare agendas and minutes for the Common Council.

Direct the issuance of City licenses and permits.

Three (3) years of supervisory experience in a clerk's office.

Therefore, successful candidates will have demonstrated ability to work with diverse communities.

Ability to be bonded.

Ability to obtain notary public certification.

A condition of employment for this position requires residency in the City of Lakeshore.
"""

PERKS_WRITTEN_WITH_VERBS = """Analytics Engineer
Brightwave, Leeds, UK

What you get

Work with and learn from other super-smart colleagues.
Develop your skills across Power BI and modern data platforms.
Help build trusted, reusable reporting across the company.
Enjoy a bike leasing scheme and a gym membership.
Take the next step into technical leadership.
Join our team events every quarter.
"""


def test_duties_and_requirements_run_on_after_the_perks_are_read_as_such() -> None:
    c = text_context(DUTIES_AND_REQUIREMENTS_AFTER_THE_PERKS)
    must, prepare = raw(c.must_have), " | ".join(raw(c.prepare))
    for ask in ("Three (3) years of supervisory experience", "successful candidates will have demonstrated ability",
                "Ability to be bonded.", "Ability to obtain notary public certification.",
                "A condition of employment for this position requires residency"):
        assert any(ask in item for item in must), ask
    assert "Oversee all election processes" in prepare and "Direct the issuance of City licenses" in prepare
    assert not any("Oversee" in item for item in c.benefits)
    # a list of perks written with verbs stays the perks
    perks = text_context(PERKS_WRITTEN_WITH_VERBS)
    assert raw(perks.prepare) == [] and raw(perks.must_have) == []


def test_a_flexible_schedule_required_is_a_condition_and_an_employment_agency_a_recruiter() -> None:
    c = text_context("Elections Analyst\nPine County, Pine, OR\n\nDuties\n- Audit voter rolls each month\n\n"
                     "A flexible schedule is required shortly before, during, and after election day.\n")
    assert any("A flexible schedule is required" in item for item in raw(c.conditions))
    assert _employer("Data Scientist\n\nBuild models.\n\nNorthgate Talent is acting as an Employment Agency in "
                     "relation to this vacancy.\n") == "Northgate Talent"


def test_a_condition_in_a_line_whose_other_sentences_are_requirements_is_read_once() -> None:
    c = text_context("Election Supplies Coordinator\nPine County, Pine, VA\n\nDuties\n"
                     "Participates in voter outreach as needed. A flexible schedule is required shortly before and after "
                     "election day. Must be able to work some evenings and weekends near each election.\n")
    conditions, must = raw(c.conditions), raw(c.must_have)
    assert any(item.startswith("A flexible schedule is required") for item in conditions)
    said = [item for item in conditions + must if "evenings and weekends" in item]
    assert len(said) == 1  # once, not as a must-have and a condition


ROLE_SUMMARIES_BEFORE_THE_DUTIES = """Elections Administrator
Bayou County, Bayou, TX

Duties
Bayou County seeks an Elections Administrator to plan and lead the newly established office.
As a key member of the county staff, this role will shape how elections are run.
In this role, the successful candidate will coordinate activities related to voter registration.
Individuals in this position will provide assistance to the communications team.
Works under guidance of the county judge.
In this role you will prepare ballots for each election.
Recruit and train poll workers.
Certify election results with the canvassing board.
"""


def test_a_role_summed_up_before_its_duties_is_no_duty() -> None:
    prepare = " | ".join(raw(text_context(ROLE_SUMMARIES_BEFORE_THE_DUTIES).prepare))
    for summary in ("seeks an Elections Administrator", "As a key member", "the successful candidate will coordinate",
                    "Individuals in this position", "Works under guidance"):
        assert summary not in prepare, summary
    for duty in ("In this role you will prepare ballots", "Recruit and train poll workers", "Certify election results"):
        assert duty in prepare, duty
