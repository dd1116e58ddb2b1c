"""Checklists of postings shaped like the unseen samples of session 10 (issue 23, seeds 48-49).

Each test is one kind of error found reading checklists of never-seen postings item by item, on a
text written for it: required competencies written as "Name: what it means" lines (lost), a
requirement whose options are duty-like gerunds ("performing at least three of the following
tasks:", sent to Prepare and its own ask dropped), application instructions and process notes
inside a requirements list, a misspelt heading ("MINIMUM QAUALIFICATIONS"), the challenges of the
job read as duties, a quality named and then explained on one line (split in two, one half twice),
ideal-candidate and "Preference given to" sentences read as must-haves or steps, and a "To be
considered for this opportunity please:" lead-in to the application steps.
"""

from __future__ import annotations

from postlint.ingest.headings import classify_heading
from postlint.model import SectionKind
from test_checklist_lost_structure import raw, text_context

WAREHOUSE_SUPERVISOR = """=== JOB DETAILS ===

Title: Ballot Warehouse Supervisor
Salary: $61,000 - $74,000 Annually
Location: Dunmore, CA
Job Type: Full-Time
Closing Date: 9/30/2026 5:00 PM Pacific

=== JOB DESCRIPTION ===

Dunmore County Elections is hiring a supervisor for its ballot warehouse.

As the Ballot Warehouse Supervisor, you will:

Direct the packing of supplies for polling places
Track voting equipment with the inventory system
Plan the pickup of ballots from drop boxes

We are looking for someone who is:

A steady organizer. You will need to keep three crews on one schedule.
Calm under pressure. You will need to solve problems on election night.
Careful with records. You will need to account for every sealed container.

A few challenges you might face in this job:

Election laws change often so procedures must be rewritten every year
Peak weeks double the number of temporary staff to be trained

Competencies Required:

Planning & Organizing: Arranging work so deadlines are met with time to spare
Building Relationships: Earning the trust of poll workers and vendors
Attention to Detail: Checking counts and seals before anything leaves the building
Additional competencies required: None.

To read the complete job description, please click here.

Education:
Possession of a high school diploma or its equivalent.

Desirable Qualifications:

To be considered as an ideal candidate, one must also possess two years of experience running a warehouse with a bar-code inventory system.
"""

ANALYST_CONSULTANT = """Data Analyst

We are a consulting firm that helps public agencies plan with data.

MINIMUM QAUALIFICATIONS:
At least four (4) years of experience in data analytics and performing at least three (3) of the following tasks:
Building forecasting models for program demand;
Cleaning and joining administrative data sets;
Presenting findings to agency leadership;
Designing dashboards for program staff.

A bachelor's degree in a quantitative field is required. An equivalent combination of education and experience may substitute for the degree on a year for year basis. Preference given to candidates with a graduate degree in public policy or statistics.
"""

STATE_LAWYER = """=== JOB DETAILS ===

Title: Hearings Attorney 12
Salary: $70,000 - $110,000 YEAR
Location: Carver City, MI
Closing Date: 4/2/2026 11:59 PM Eastern

=== JOB DESCRIPTION ===

This position advises the agency on contested administrative hearings.

Education
Possession of a law degree from an accredited school of law.

Experience
Two years of experience practising administrative law.

Please attach a current resume to your application.
Also, please attach a writing sample such as a brief or a memo that you drafted.
Failure to attach the requested documents may result in your application being screened out.
Hard copy applications will not be accepted.
Go to evaluators for a list of organisations that evaluate foreign degrees.

Job Specification (Download PDF reader)

To be considered for this opportunity please:

Complete and submit an online application through the state careers site.
Submit a cover letter with your application.

Your Future in this Role
As the Hearings Attorney, you will have the ability to shape how the agency settles disputes. You will be guided by senior counsel through your first hearings.
"""


def test_required_competencies_written_as_name_and_meaning_are_must_haves() -> None:
    must = raw(text_context(WAREHOUSE_SUPERVISOR).must_have)
    assert "Planning & Organizing: Arranging work so deadlines are met with time to spare" in must
    assert "Building Relationships: Earning the trust of poll workers and vendors" in must
    assert "Attention to Detail: Checking counts and seals before anything leaves the building" in must
    assert not any("None" in m or "click here" in m for m in must)


def test_a_quality_named_and_explained_on_one_line_is_one_item() -> None:
    must = raw(text_context(WAREHOUSE_SUPERVISOR).must_have)
    assert "A steady organizer. You will need to keep three crews on one schedule." in must
    assert "You will need to keep three crews on one schedule." not in must
    assert "A steady organizer." not in must


def test_the_challenges_of_the_job_are_no_duties() -> None:
    prepare = [p.raw for p in text_context(WAREHOUSE_SUPERVISOR).prepare]
    assert any("Track voting equipment" in p for p in prepare)
    assert not any("Election laws change" in p or "Peak weeks" in p for p in prepare)


def test_an_ideal_candidate_must_also_possess_is_nice_to_have() -> None:
    c = text_context(WAREHOUSE_SUPERVISOR)
    assert any("two years of experience running a warehouse" in n for n in raw(c.nice_to_have))
    assert not any("ideal candidate" in a.raw for a in c.how_to_apply)
    assert not any("ideal candidate" in m for m in raw(c.must_have))


def test_gerund_options_of_a_requirement_stay_one_requirement_with_its_own_ask() -> None:
    c = text_context(ANALYST_CONSULTANT)
    must = raw(c.must_have)
    assert any(m.startswith("At least four (4) years of experience in data analytics and performing at least three (3) of:")
               and "Designing dashboards for program staff" in m for m in must)
    assert not any("forecasting models" in p.raw for p in c.prepare)


def test_a_misspelt_requirements_heading_is_read_and_a_preference_sentence_is_nice_to_have() -> None:
    c = text_context(ANALYST_CONSULTANT)
    assert "A bachelor's degree in a quantitative field is required." in raw(c.must_have)
    assert any(n.startswith("Preference given to candidates with a graduate degree") for n in raw(c.nice_to_have))
    assert not any("may substitute" in m for m in raw(c.must_have))


def test_heading_spelling_slips_are_forgiven_only_in_long_words() -> None:
    assert classify_heading("MINIMUM QAUALIFICATIONS") is SectionKind.REQUIREMENTS
    assert classify_heading("Key Responsibilites") is SectionKind.RESPONSIBILITIES
    assert classify_heading("ELECTION OPERATIONS", fuzzy=True) is None  # not "selection"


def test_application_instructions_and_process_notes_in_a_requirements_list_are_no_requirements() -> None:
    c = text_context(STATE_LAWYER)
    must = raw(c.must_have)
    assert must == ["Possession of a law degree from an accredited school of law.",
                    "Two years of experience practising administrative law."]
    steps = [a.raw for a in c.how_to_apply]
    assert any(s.startswith("Also, please attach a writing sample") for s in steps)
    assert any(s.startswith("Complete and submit an online application") for s in steps)


def test_what_the_role_offers_is_no_duty() -> None:
    prepare = [p.raw for p in text_context(STATE_LAWYER).prepare]
    assert not any("ability to shape" in p or "guided by senior counsel" in p for p in prepare)


BARE_WRAPPED = """Data Scientist

We build pricing models for used bicycles.

We're looking for teammates who bring:
Care for tidy, reviewed analysis code
Curiosity about marketplaces
A knack for messy real-world data such as listings
and their photos
Experience in one of Python, R or Julia; if R or
Julia, the will to make it scale
Patience and humour
Bonus points:
Kaggle medals or other competition results
You enjoy talking to customers
"""


def test_a_hard_wrapped_list_without_bullets_or_stops_is_one_item_per_entry() -> None:
    c = text_context(BARE_WRAPPED)
    assert raw(c.must_have) == ["Care for tidy, reviewed analysis code", "Curiosity about marketplaces",
                                "A knack for messy real-world data such as listings and their photos",
                                "Experience in one of Python, R or Julia; if R or Julia, the will to make it scale",
                                "Patience and humour"]
    assert raw(c.nice_to_have) == ["Kaggle medals or other competition results", "You enjoy talking to customers"]


TAGGED = """### Skills and experience wanted

[Essential] Experience designing web forms for the public
[Essential] Good knowledge of HTML and CSS
Experience with maps a real plus
[Desirable] Agile, sprint-based delivery
"""


def test_bracketed_priority_tags_say_each_line_s_priority() -> None:
    c = text_context("Frontend Designer\n\nA civic tech charity needs a designer.\n\n" + TAGGED)
    assert raw(c.must_have) == ["Experience designing web forms for the public", "Good knowledge of HTML and CSS"]
    assert raw(c.nice_to_have) == ["Experience with maps a real plus", "Agile, sprint-based delivery"]


PROFICIENCIES = """Machine Learning Engineer

Our team detects anomalies in customers' systems.

In addition, we are looking for a mix of proficiencies that will help make our team stronger:
You have experience framing problems with product managers and designers
You have an aptitude for learning new technologies
You are excited about a work-life balance with flex time-off and paid parental leave

Desired Tools/Languages
SQL
Python and other scripting languages
Applicants must be authorized to work for any employer in the US.

Education and Experience
A bachelor's degree and one year of related experience is required. An equivalent combination of education and experience will be considered.
If you're a clear communicator who enjoys hard problems, we want to hear from you.

#LI-AB1
"""


def test_a_lead_in_to_proficiencies_opens_requirements_and_a_benefit_line_is_none() -> None:
    must = raw(text_context(PROFICIENCIES).must_have)
    assert "You have experience framing problems with product managers and designers" in must
    assert "You have an aptitude for learning new technologies" in must
    assert not any("parental leave" in m for m in must)


def test_a_lone_word_under_a_desired_heading_is_nice_to_have_and_work_authorisation_is_a_must() -> None:
    c = text_context(PROFICIENCIES)
    assert raw(c.nice_to_have)[:2] == ["SQL", "Python and other scripting languages"]
    assert "Applicants must be authorized to work for any employer in the US." in raw(c.must_have)


def test_an_alternative_route_a_closing_invitation_and_a_hashtag_are_no_requirements() -> None:
    must = raw(text_context(PROFICIENCIES).must_have)
    assert "A bachelor's degree and one year of related experience is required." in must
    assert not any("will be considered" in m or "hear from you" in m or m.startswith("#") for m in must)


PROSE_GIG = """---
title: Scrum coach for a mapping charity
organization: Open Maps Aid
compensation: paid
---
Open Maps Aid is a volunteer community that maps areas hit by floods.

You will need to be able to keep several teams on one plan. Strong facilitation skills are essential as you will run every retrospective. You will be experienced in coaching teams new to Scrum. You can find our roadmap on the project wiki.
"""


def test_requirements_said_in_a_gig_s_prose_are_must_haves_and_a_pointer_is_none() -> None:
    must = raw(text_context(PROSE_GIG, "gig.md").must_have)
    assert "You will need to be able to keep several teams on one plan." in must
    assert any(m.startswith("Strong facilitation skills are essential") for m in must)
    assert "You will be experienced in coaching teams new to Scrum." in must
    assert not any("roadmap" in m for m in must)


TWO_LEVELS = """=== JOB DETAILS ===

Title: Records Specialist
Salary: $3,000 - $4,200 Monthly
Location: Carver, CO

=== JOB DESCRIPTION ===

Processes voter registration forms and answers the public at the counter.

Records Specialist I:
Hiring Range: $3,000 - $3,600 per month

EDUCATION and/or EXPERIENCE:
A high school diploma and one year of customer service experience.

CERTIFICATES, LICENSES, REGISTRATIONS:
Must have and maintain a valid Colorado driver's license and insurance.

Records Specialist II:
Hiring Range: $3,500 - $4,200 per month

EDUCATION and/or EXPERIENCE:
A high school diploma and two years of elections experience.

CERTIFICATES, LICENSES, REGISTRATIONS:
Must have and maintain a valid Colorado driver's license and insurance.

PHYSICAL DEMANDS:
Occasional lifting of 25 pounds.
"""


def test_requirements_under_each_level_of_the_job_name_their_level() -> None:
    must = raw(text_context(TWO_LEVELS).must_have)
    assert must == [
        "Records Specialist I: A high school diploma and one year of customer service experience.",
        "Records Specialist I: Must have and maintain a valid Colorado driver's license and insurance.",
        "Records Specialist II: A high school diploma and two years of elections experience.",
        "Records Specialist II: Must have and maintain a valid Colorado driver's license and insurance.",
    ]


STATE_DIRECTOR = """Executive Director

Duties

Oversees the statewide voter registration system.
Establishes policies and sets strategic direction of the agency.

Master's degree in management, public administration or related field.
Ten years progressively responsible management or elections related work experience.
Strong interpersonal skills and the ability to communicate effectively in writing.
Extensive familiarity with state and federal election laws.
Education beyond a master's degree may be substituted for a portion of the experience.
Must have the ability to obtain a federal security clearance.

Preferred Qualifications:
Experience with: Git, Docker, AWS.
Publication record in election science.
"""


def test_requirement_lines_among_duties_start_with_a_number_word_or_a_quality_and_a_skill() -> None:
    c = text_context(STATE_DIRECTOR)
    must = raw(c.must_have)
    assert "Ten years progressively responsible management or elections related work experience." in must
    assert "Strong interpersonal skills and the ability to communicate effectively in writing." in must
    assert not any("Ten years" in p.raw for p in c.prepare)
    assert any("Oversees the statewide" in p.raw for p in c.prepare)


def test_a_requirement_written_as_a_label_under_preferred_is_nice_to_have() -> None:
    c = text_context(STATE_DIRECTOR)
    assert "Experience with: Git, Docker, AWS." in raw(c.nice_to_have)
    assert not any(m.startswith("Experience with:") for m in raw(c.must_have))


COUNTY_TWO_JOBS = """Elections Technician or Elections Specialist

We are hiring for our elections office.

Requirements:
All candidates will be screened for the following required minimum qualifications.
Any candidate who does not meet all of the qualifications will be eliminated from the process.
Depending on qualifications this position may be hired as Elections Technician or Elections Specialist.
Two (2) years of office experience required.
Elections Specialist
Two (2) years of elections experience required.
You understand and drive issues to conclusion.
"""


def test_screening_rules_and_the_name_of_one_of_the_title_s_jobs_are_no_requirements() -> None:
    must = raw(text_context(COUNTY_TWO_JOBS).must_have)
    assert "Two (2) years of office experience required." in must
    assert "You understand and drive issues to conclusion." in must
    assert not any(m.startswith(("All candidates", "Any candidate", "Depending on")) or m == "Elections Specialist" for m in must)


NINJA = """---
title: UX Designer
organization: Open Mapping Co-op
contact: https://jobs.example.org/#ux
---
**Qualifications**

You have three years of experience in interface design.
If this profile is like yours, send us your portfolio.

https://jobs.example.org/#ux
"""


def test_an_if_then_send_sentence_is_a_step_and_the_contact_still_says_where() -> None:
    c = text_context(NINJA, "ninja.md")
    assert raw(c.must_have) == ["You have three years of experience in interface design."]
    assert [a.raw for a in c.how_to_apply] == ["If this profile is like yours, send us your portfolio.",
                                               "Contact: https://jobs.example.org/#ux"]


QA_PAGE = """Junior Signal Engineer

Why Join Cedar Signal Labs?

We build radio direction-finding systems. Machine learning and a strong CS background is highly desired.

What are the primary responsibilities in this position?

You will develop and test signal processing code in Python and C++.

What required background will make you successful?
Bachelor's Degree in Computer Science or Electrical Engineering
Experience programming in C/C++ on Linux
Ability to obtain a security clearance

The scientist in this position is expected to possess a clear understanding of filter design. Preferably this person would be good with MATLAB.
"""


def test_a_page_of_questions_and_answers_reads_its_lists_and_prose_asks() -> None:
    c = text_context(QA_PAGE)
    must = raw(c.must_have)
    assert "Bachelor's Degree in Computer Science or Electrical Engineering" in must
    assert "Ability to obtain a security clearance" in must
    assert "The scientist in this position is expected to possess a clear understanding of filter design." in must
    nice = raw(c.nice_to_have)
    assert "Machine learning and a strong CS background is highly desired." in nice
    assert "Preferably this person would be good with MATLAB." in nice


NUMBERED_WITH_HEADING = """Elections Manager

MINIMUM QUALIFICATIONS
A bachelor's degree and three years of elections experience.

01

        Do you understand this information?

                YES
                NO

02

        MINIMUM QUALIFICATIONS

Please select from the following the one that best describes how you meet the minimum qualifications:

                A bachelor's degree and three years of elections experience.
                I do not meet the minimum requirements

03

        List the election cycles you worked full-time.
"""


def test_an_indented_heading_inside_a_numbered_questionnaire_opens_no_requirements() -> None:
    must = raw(text_context(NUMBERED_WITH_HEADING).must_have)
    assert must == ["A bachelor's degree and three years of elections experience."]


FORM_RULES = """Election Program Supervisor

Education and Experience: An associate's degree and two years of experience in election operations.

All qualifying education and each experience must be clearly documented in the Education and Work Experience sections of the application. Do not substitute a resume for your application.

Licensing and Certification: Must possess a valid Nevada Class C Driver's License at time of appointment.

Working Conditions Work overtime or off-shift work on a seasonal basis
"""


def test_form_filling_rules_are_steps_and_a_licensing_label_is_a_requirement() -> None:
    c = text_context(FORM_RULES)
    must = raw(c.must_have)
    assert "Must possess a valid Nevada Class C Driver's License at time of appointment." in must
    assert not any(m.startswith(("All qualifying", "Do not substitute", "Working Conditions")) for m in must)
    assert any(a.raw.startswith("Do not substitute a resume") for a in c.how_to_apply)


def test_an_or_route_on_the_next_line_joins_its_requirement() -> None:
    text = ("Data Scientist\n\nExperience\nBachelor's degree with 6 years of data science experience.\n"
            "OR ten years of data science experience with an associate degree.\n")
    assert raw(text_context(text).must_have) == [
        "One of: Bachelor's degree with 6 years of data science experience.; ten years of data science experience with an associate degree"]


UTILITY = """Associate Data Scientist

Minimum Qualifications
Bachelor's degree in Computer Science or equivalent hands-on experience.
Exceptional programming skills in a modern Linux environment. This includes knowledge of ways to automate workflows.

Desired Qualifications
Experience using source control tools like Git

Families and businesses depend on Lakeside Power to light their homes. Our commitment to safe energy started in 1901. Today we're building the region's energy future.

Required Licenses or Certifications:
Valid Oregon Driver's License;

Job Description:
1. Implement new algorithms to enhance simulations.
2. Contribute to evolving research pipelines
8. Experience in genomics
9. Fluency with modern software engineering practices
"""


def test_a_paragraph_about_the_employer_after_a_list_is_no_requirement() -> None:
    nice = raw(text_context(UTILITY).nice_to_have)
    assert nice == ["Experience using source control tools like Git"]


def test_a_sentence_that_goes_on_with_the_one_before_stays_with_it() -> None:
    must = raw(text_context(UTILITY).must_have)
    assert "Exceptional programming skills in a modern Linux environment. This includes knowledge of ways to automate workflows." in must
    assert not any(m.startswith("This includes") for m in must)


def test_required_licenses_heading_and_experience_lines_among_duties_are_requirements() -> None:
    c = text_context(UTILITY)
    must = raw(c.must_have)
    assert "Valid Oregon Driver's License;" in must or "Valid Oregon Driver's License" in must
    assert "Experience in genomics" in must and "Fluency with modern software engineering practices" in must
    assert any("Implement new algorithms" in p.raw for p in c.prepare)
    assert not any("genomics" in p.raw for p in c.prepare)
