"""Checklists of postings shaped like the samples of session 22 (issue 23).

Each test is one kind of error found reading checklists of postings item by item, on a text
written for it.
"""

from __future__ import annotations

from test_checklist_lost_structure import raw, text_context

SKILL_QUESTIONS = """Voter Outreach Coordinator

Requirements
- Two years of experience organising events

Supplemental Questions

01
    Describe your skill level with spreadsheet software, especially pivot tables.  If not applicable, please type N/A.

02
    Are you proficient in any languages other than English?  If so, which ones?

03
    It is a requirement of this position to drive to polling places across the county. Are you able to fulfill this requirement?
        Yes
        No

04
    How many years of full-time experience do you have organising events?
        None
        1 year
"""


def test_skill_level_proficiency_and_stated_requirement_questions_are_read() -> None:
    c = text_context(SKILL_QUESTIONS)
    nice = raw(c.nice_to_have)
    assert "Skill with spreadsheet software, especially pivot tables (screening question)" in nice
    assert "Proficient in languages other than English (screening question)" in nice
    # the question states what the job requires: a must-have
    assert "Able to drive to polling places across the county (screening question)" in raw(c.must_have)
    # "full-time" tells nothing about what is asked: the listed events experience asks it already
    assert not any("organising events" in item for item in nice)


NUMBERED_QUESTIONS_IN_THE_TEXT = """Policy Analyst

Requirements
- A bachelor's degree in public policy

How to Apply
Submit a resume and a letter answering the questions below.

Question 1: Describe your ability to explain a complex rule to a member of the public?

Question 2: Describe your experience drafting administrative rules.

Question 3: Tell us about your favourite book.
"""


def test_numbered_questions_written_in_the_text_are_read() -> None:
    nice = raw(text_context(NUMBERED_QUESTIONS_IN_THE_TEXT).nice_to_have)
    assert nice == ["Ability to explain a complex rule to a member of the public (screening question)",
                    "Experience drafting administrative rules (screening question)"]


def test_a_front_matter_pay_field_in_words_or_a_lone_sum_is_shown_as_stated() -> None:
    text = "---\ntitle: Icons for a note-taking app\ncompensation: {}\n---\n\nWe need twelve icons.\n"
    paid = text_context(text.format("paid"), "gig.md")
    assert paid.pay == 'as stated: "compensation: paid"'
    # paid, but how much is still the question
    assert "What is the pay range for this role?" in raw(paid.questions)
    sum_ = text_context(text.format("$450"), "gig.md")
    assert sum_.pay == 'as stated: "compensation: $450"'
    assert not any("pay range" in q for q in raw(sum_.questions))
    assert text_context(text.format("unspecified"), "gig.md").pay is None
    # an employment type in the pay field says nothing of the pay
    assert text_context(text.format("full time"), "gig.md").pay is None


def test_part_or_full_time_is_both_kinds() -> None:
    text = "Interface Engineer (m/f/d) in {} \n\nYou will design and build interfaces.\n\nRequirements\n- Three years of experience with CSS\n"
    assert text_context(text.format("part or fulltime")).employment == "part-time, full-time"
    assert text_context(text.format("full or part time")).employment == "full-time, part-time"


GIG_WITH_LINKS = """---
title: A new look for a sponsorship form
org_url: 'https://guild.example.org'
how_to_apply:
  - write to sam@guild.example.org
  - 'https://guild.example.org'
  - 'https://guild.example.org/sponsors/application/'
  - 'https://example.net/apply/design'
---

We launched a sponsorship app last month: https://guild.example.org/sponsors/application/. People find it hard to use.
"""


def test_links_to_what_the_gig_is_about_are_no_steps_beside_a_real_one() -> None:
    steps = raw(text_context(GIG_WITH_LINKS, "gig.md").how_to_apply)
    # the organisation's site and the app to redesign (named in the body) are for reading; the form is where to apply
    assert steps == ["write to sam@guild.example.org", "https://example.net/apply/design"]


HIRE_CONDITIONS_IN_NOTICES = """Records Technician

Requirements
- Two years of records management experience

Examination
Applications are rated on education and experience. If selected, an official college transcript is required at time of employment for every degree used to qualify.

Special Requirements - Must be at least 18 years of age. New hires must, as a condition of employment, pass the following processes: a reference check and a background check including a driving record check.

Benefits
We offer a pension plan and paid leave.

An offer of employment is contingent upon the successful completion of required pre-employment testing. Depending on the position, these checks may include reference checks.
"""


def test_conditions_of_hire_said_in_other_words_are_must_haves() -> None:
    must = raw(text_context(HIRE_CONDITIONS_IN_NOTICES).must_have)
    assert any(m.startswith("If selected, an official college transcript is required at time of employment") for m in must)
    assert any(m.startswith("New hires must, as a condition of employment, pass the following processes") for m in must)
    assert "An offer of employment is contingent upon the successful completion of required pre-employment testing." in must


SUCCESS_AND_FUTURE = """Ballot Processing Supervisor

How to be Successful in the Role
Calm under deadlines, you check every count twice and explain each rule in plain words.
 
Your Future in this Role
As the Ballot Processing Supervisor, you will have the chance to shape how the county counts its ballots for years to come.
 
Core Responsibilities:
- Supervise the seasonal ballot processing team
"""


def test_a_success_heading_opens_requirements_and_a_caption_over_a_pitch_ends_them() -> None:
    c = text_context(SUCCESS_AND_FUTURE)
    assert raw(c.must_have) == ["Calm under deadlines, you check every count twice and explain each rule in plain words."]


def _sections(text: str) -> list[tuple[str | None, str]]:
    from postlint.ingest.parse import parse_text

    return [(section.heading, section.kind.value) for section in parse_text(text, "posting.txt")[0].sections]


def test_a_caption_that_names_no_other_part_stays_in_the_requirements() -> None:
    # a competency's name over its description is part of the list; "Our Team in this County" over a blurb is not
    text = ("Elections Clerk\n\nRequirements\n- Two years of experience at a public counter\n\n"
            "Customer Focus\nGreets every voter at the counter and answers questions about registration with patience.\n\n"
            "Our Team in this County\nTwelve of us run the elections of a county of ninety thousand voters from one office downtown.\n")
    assert _sections(text) == [("Requirements", "requirements"), ("Our Team in this County", "about")]


ASKS_AND_CONDITIONS_IN_PROSE = """Voting Systems Analyst

About the position
The analyst keeps the county's tabulators certified and its results auditable. Analyst should be able to plan a logic and accuracy test without supervision. This position must be comfortable working under public observation. Careful judgment and clear written communication skills are required.

Working Conditions
Regular attendance and timeliness are required

Please note: All positions require a post offer, pre-employment background screening. Must be able to obtain a Secret Clearance. Garnet County will conduct background checks on new hires covering the past seven years. A final offer of employment will be contingent upon review of an official driving abstract.
"""


def test_asks_and_conditions_of_hire_said_in_prose_are_must_haves() -> None:
    must = raw(text_context(ASKS_AND_CONDITIONS_IN_PROSE).must_have)
    for ask in ("Analyst should be able to plan a logic and accuracy test without supervision.",
                "This position must be comfortable working under public observation.",
                "Careful judgment and clear written communication skills are required.",
                "Regular attendance and timeliness are required",
                "All positions require a post offer, pre-employment background screening.",
                "Must be able to obtain a Secret Clearance.",
                "Garnet County will conduct background checks on new hires covering the past seven years.",
                "A final offer of employment will be contingent upon review of an official driving abstract."):
        assert ask in must
    assert not any(m.startswith("The analyst keeps") for m in must)


HEADLESS_LINES = """The analyst of this office serves the commission's clearinghouse of election practices.
This job will close when we have received 100 applications.
The analyst writes guides, white papers and training material for election officials.
Bachelor's or higher degree in a related field is preferred.
We will review your resume to determine if you meet the qualifications.
Applicants must submit their application package via email to: jobs@commission.example.gov.
Please include the announcement number in the subject line of the email.
"""


def test_a_degree_said_preferred_and_the_steps_of_a_posting_without_headings_are_read() -> None:
    c = text_context(HEADLESS_LINES)
    assert raw(c.nice_to_have) == ["Bachelor's or higher degree in a related field is preferred."]
    steps = raw(c.how_to_apply)
    assert "Applicants must submit their application package via email to: jobs@commission.example.gov." in steps
    assert "Please include the announcement number in the subject line of the email." in steps


PREFERENCES_AND_PAY_IN_CAPITALS = """Registrar of Voters

PREFERENCES
The Board is seeking an experienced leader with demonstrated budget management experience. It is critical that the Registrar have excellent public speaking skills. This is an executive position that reports to the Board. The Registrar must manage an office budget of two million dollars.

SCHEDULE REQUIREMENTS
Monday - Friday with flexibility to work evenings and weekends as needed.

STARTING SALARY RANGE: $98,000 - $120,000/YR.

COME FOR THE JOB.... STAY FOR THE VALLEY.....Garnet County is a historic community with fine schools and parks.
"""


def test_a_preferences_heading_is_read_and_pay_in_capitals_ends_the_requirements() -> None:
    c = text_context(PREFERENCES_AND_PAY_IN_CAPITALS)
    assert raw(c.nice_to_have) == ["The Board is seeking an experienced leader with demonstrated budget management experience.",
                                   "It is critical that the Registrar have excellent public speaking skills.",
                                   "The Registrar must manage an office budget of two million dollars."]
    # the county's pitch after the pay is no requirement
    assert not any("Garnet County" in m or "STAY" in m for m in raw(c.must_have))


def test_a_label_naming_requirements_after_a_preferences_label_is_required_again() -> None:
    text = ("Voter Registration Clerk\n\nRequirements\n- One year of clerical experience\n\n"
            "Preferences:  Preference will be given to those with database experience.\n\n"
            "Other Skills:   Must be a registered voter of Garnet County. Ability to type 40 words per minute.\n")
    c = text_context(text)
    assert "Must be a registered voter of Garnet County." in raw(c.must_have)
    assert not any("registered voter" in n for n in raw(c.nice_to_have))


MORE_QUESTION_FORMS = """County Registrar

Requirements
- Five years of management experience

Supplemental Questions

01
        Please select the option that reflects your highest level of completed education.
                Master's degree or higher in Public Administration or a related field
                Bachelor's degree in Public Administration or a related field
                None of the above
02
        Please quantify your experience working with county boards and state agencies.
                3 or more years of experience
                No experience
03
        What is the largest number of full-time employees that you have supervised for at least 12 months?
                11 or more employees
                No supervisory experience
04
        Please describe how you've built an audit program and how you would run one here. If none, enter N/A.
05
        Rate your experience answering voters' questions about registration deadlines.
"""


def test_education_quantity_largest_number_and_describe_how_questions_are_read() -> None:
    nice = raw(text_context(MORE_QUESTION_FORMS).nice_to_have)
    assert nice == ["Education: Master's degree or higher in Public Administration or a related field (screening question)",
                    "Experience working with county boards and state agencies (screening question)",
                    "Experience supervising full-time employees (screening question)",
                    "Experience: how you have built an audit program (screening question)",
                    "Experience answering voters' questions about registration deadlines (screening question)"]


def test_a_lead_in_naming_ideal_candidates_in_the_plural_leads_requirements() -> None:
    text = ("Special Education Teacher\n\nJob Description\n- Plan lessons for students with learning differences\n\n"
            "Our ideal candidates are:\n- Patient and steady with students who struggle\n- Fluent in sign language\n"
            "Why Work in Our Schools\n- Mentoring from experienced teachers\n")
    must = raw(text_context(text).must_have)
    assert "Patient and steady with students who struggle" in must and "Fluent in sign language" in must


def test_the_level_of_the_role_said_before_its_duties_is_no_duty() -> None:
    text = ("Senior Content Designer\n\n## What you will do\n\n"
            "As a senior content designer you will be an experienced practitioner who can lead content work across a service. You will:\n\n"
            "* write and edit guidance for teachers\n* coach junior content designers\n")
    prepare = raw(text_context(text, "role.md").prepare)
    assert not any("experienced practitioner" in p for p in prepare)
    assert any("write and edit guidance for teachers" in p for p in prepare)


def test_an_ask_after_to_do_this_among_the_duties_is_read() -> None:
    text = ("Enterprise Architect\n\n## The role\n\n"
            "You will lead the analysis of the department's systems and recommend improvements. "
            "To do this, you will have a good understanding of a broad range of technologies.\n")
    assert "To do this, you will have a good understanding of a broad range of technologies." in raw(text_context(text, "role.md").must_have)


def test_possession_of_a_credential_among_the_duties_is_a_requirement() -> None:
    text = ("City Clerk\n\n=== JOB DESCRIPTION ===\nThe City Clerk keeps the records of the council and runs its elections.\n\n"
            "Possession of a bachelor's degree in public administration.\n \nPossession of a valid Ohio driver's license.\n")
    assert "Possession of a valid Ohio driver's license." in raw(text_context(text).must_have)


def test_a_language_named_in_a_letter_or_two_is_a_skill_of_the_list() -> None:
    text = ("Data Analyst\n\nPreferred Qualifications\nPython\nC#\nR,\nC++\nSQL\n")
    nice = raw(text_context(text).nice_to_have)
    assert nice == ["Python", "C#", "R", "C++", "SQL"]


def test_a_condition_said_of_these_positions_is_a_condition_of_the_job() -> None:
    text = ("Election Program Supervisor\n\n=== JOB DESCRIPTION ===\n"
            "The department is hiring two supervisors for its ballot divisions. These positions require mandatory overtime during each election cycle.\n\n"
            "Education and Experience\n- Two years of supervisory experience\n")
    assert "These positions require mandatory overtime during each election cycle." in raw(text_context(text).conditions)


def test_a_duty_that_opens_with_an_instructions_verb_is_a_duty() -> None:
    text = ("Elections Specialist\n\nEssential Duties\n"
            "Recruit and train poll workers for each election.\n"
            "Submit agenda items to the board to approve polling locations.\n"
            "Submit and approve timesheets for all direct reports every pay period.\n")
    c = text_context(text)
    assert raw(c.how_to_apply) == []
    assert any("Submit agenda items to the board" in p for p in raw(c.prepare))


def test_a_skills_field_that_asks_in_the_first_person_over_links_is_the_ask() -> None:
    text = ('---\ntitle: A theme for a forum\nskills: "We\'re looking for someone capable of building a forum theme from scratch:'
            '\\r\\n\\r\\nhttps://forum.example.org/t/themes/12\\r\\nhttps://forum.example.org/tags/themes"\n---\n\nWe need a new theme.\n')
    assert raw(text_context(text, "gig.md").must_have) == ["Skills: We're looking for someone capable of building a forum theme from scratch"]


def test_a_title_case_line_over_labelled_terms_is_no_requirement() -> None:
    text = ("# Interface Designer\n\n### Skills and experience wanted\n\nThree years of interface design\nPrior work with remote teams\n"
            "Terms of Work\n\nLikely length: six months, nearly full-time\nStart date: in the spring\n")
    must = raw(text_context(text, "gig.md").must_have)
    assert "Terms of Work" not in must
    assert must[:2] == ["Three years of interface design", "Prior work with remote teams"]
