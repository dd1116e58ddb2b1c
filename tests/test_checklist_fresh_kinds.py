"""Checklists of postings shaped like the unseen samples of session 9 (issue 23, seeds 41-42).

Each test is one kind of error found reading checklists of never-seen postings item by item, on a
text written for it: a county questionnaire numbered "01", "02" (its options read as
requirements), requirements introduced by "The ideal candidate will possess the following:" (lost),
options introduced without a colon ("... in one or more of the following areas"), duties under
"About the gig" (dropped), benefits introduced among the duties ("A few reasons you might love
this job:") read as duties, and statements about the eligible list read as requirements.
"""

from __future__ import annotations

from test_checklist_lost_structure import raw, text_context


COUNTY_TECHNICIAN = """=== JOB DETAILS ===

Salary: $41,000 - $52,000 Annually
Location: Harlow, OR
Job Type: Permanent Full-Time
Department: County Recorder
Closing Date: 6/19/2026 5:00 PM Pacific

=== JOB DESCRIPTION ===

The Harlow County Recorder is recruiting a Records Technician for the recording counter.

The ideal candidate will possess the following:

Knowledge of recording statutes and fee schedules
Ability to balance a cash drawer accurately
Effective written and spoken communication skills

Read the complete job description at www.harlow.example.gov. The eligible list established from this recruitment may remain in effect for one year.

Duties may include the following:

Examines deeds presented for recording
Issues certified copies of recorded documents
Answers questions from the public at the counter

Education: Possession of a high school diploma or G.E.D.

Experience: One year of clerical experience in a public office.

Application Filing: Apply online at www.harlow.example.gov/jobs by the final filing date.

01

        EXPERIENCE: Please select each area in which you have experience.

                Recorded real property documents in a county office, such as deeds and liens
                Issued marriage licenses or certified copies of vital records for the public
                I do not have any of the above experience

02

        Describe your recording experience, including the following:

•	Employer's name and your title
•	Dates of employment and hours per week

03

        I certify that the answers above are true and complete to the best of my knowledge.

                Yes

                                     Required Question
"""


def test_a_numbered_questionnaire_gives_no_requirements_or_duties() -> None:
    c = text_context(COUNTY_TECHNICIAN)
    must = raw(c.must_have)
    assert not any("marriage licenses" in m or "I do not have" in m or "select each area" in m for m in must)
    assert not any("Dates of employment" in p.raw or "Employer's name" in p.raw for p in c.prepare)
    assert "Possession of a high school diploma or G.E.D." in must


def test_an_ideal_candidate_lead_in_opens_the_requirements() -> None:
    must = raw(text_context(COUNTY_TECHNICIAN).must_have)
    assert must[:3] == ["Knowledge of recording statutes and fee schedules", "Ability to balance a cash drawer accurately",
                        "Effective written and spoken communication skills"]


def test_the_eligible_list_and_read_the_full_description_are_not_requirements() -> None:
    c = text_context(COUNTY_TECHNICIAN)
    assert not any("eligible list" in m or "complete job description" in m for m in raw(c.must_have))
    assert any("complete job description" in a.raw for a in c.how_to_apply)


STARTUP_CONTRACT = """Machine Learning Engineer - Contract

We are a young company building pricing software for independent hotels.

ABOUT YOU
You have shipped machine learning models that real customers use every day
You are comfortable with Python and SQL in production

We'd like to see demonstrated knowledge in one or more of the following areas
Ranking models for search or recommendations
Demand forecasting for perishable inventory
Experimentation platforms and A/B test analysis

ABOUT THE GIG
You will be building the pricing engine's first learned models with our two engineers.
All work you'll do is in direct support of our hotel partners.
Interview hotel managers to learn how they set prices today.
Ship models behind feature flags and measure their effect on revenue.

ABOUT US
We are a small and friendly team.
"""


def test_options_introduced_without_a_colon_are_one_item() -> None:
    must = raw(text_context(STARTUP_CONTRACT).must_have)
    # the intro's own ask ("demonstrated knowledge") stays with its options
    assert "We'd like to see demonstrated knowledge in one or more of: Ranking models for search or recommendations; " \
           "Demand forecasting for perishable inventory; Experimentation platforms and A/B test analysis" in must
    assert "Demand forecasting for perishable inventory" not in must


def test_duties_about_the_gig_and_a_sentence_that_addresses_you_are_prepared() -> None:
    prepare = [p.raw for p in text_context(STARTUP_CONTRACT).prepare]
    assert any("building the pricing engine's first learned models" in p for p in prepare)
    assert any("Interview hotel managers" in p for p in prepare)
    assert not any("All work you'll do" in p for p in prepare)  # what the work is for, not a duty


DUTIES_THEN_REASONS = """Elections Services Supervisor

Job Duties
The supervisor leads the voter services counter. Typical work includes:
Supervising permanent and temporary staff
Training staff on ballot processing and quality control
Developing and updating procedures for each election

A few reasons you might love this job:
You will serve your community through public service
You will have the opportunity to work in a collaborative team
You will be part of a respected elections team

Minimum Qualifications
Two years of supervisory experience in a public office
"""


def test_reasons_to_love_the_job_among_the_duties_are_not_duties() -> None:
    prepare = [p.raw for p in text_context(DUTIES_THEN_REASONS).prepare]
    assert any("Supervising permanent and temporary staff" in p for p in prepare)
    assert not any("serve your community" in p or "opportunity to work" in p or "respected elections team" in p for p in prepare)


def test_vague_pay_is_asked_about_once_the_pointed_way() -> None:
    text = DUTIES_THEN_REASONS + "\nWhat we offer\nA competitive salary and a county pension.\n"
    questions = [q.raw for q in text_context(text).questions]
    pay = [q for q in questions if "pay range" in q]
    assert pay == ['The posting describes pay only as "competitive salary": what is the pay range?']


GIG_WITH_LEAD_IN = """---
title: Icons for an offline reader
organization: Pagefold
status: searching
compensation: gratis
deliverables: "Here is what you could help us with:\\r\\n\\r\\n* Icons for the toolbar\\r\\n* A splash screen\\r\\n* probably some other things"
how_to_apply:
  - "Write to us:\\r\\nhello@pagefold.example"
---
Pagefold is an open source reader for saved articles.
"""


def test_a_deliverables_lead_in_and_a_vague_rest_are_not_deliverables() -> None:
    prepare = [p.raw for p in text_context(GIG_WITH_LEAD_IN, "gig.md").prepare]
    assert prepare == ['Plan how you would deliver: "Icons for the toolbar"', 'Plan how you would deliver: "A splash screen"']
    # a label over its value still joins it
    assert [a.raw for a in text_context(GIG_WITH_LEAD_IN, "gig.md").how_to_apply] == ["Write to us: hello@pagefold.example"]


SLOGANS_AROUND_DUTIES = """Data Scientist - Clearance Required

Job Description:
Curious about data? Put it to work.

As a Harbor Data Scientist, you'll be part of a team with access to real mission data. You will not be simply writing reports about it. You'll be using Python and Spark to build models that analysts use every day.

On a typical day you'll work with analysts to clean and join large message datasets. You'll deploy (not just prototype) classifiers for the mission.

Make a difference today.

Skills Required:
Python or Scala
Experience in a Linux environment
"""


def test_slogans_and_what_the_team_is_like_are_not_duties() -> None:
    prepare = [p.raw for p in text_context(SLOGANS_AROUND_DUTIES).prepare]
    assert any("You'll be using Python and Spark to build models" in p for p in prepare)
    assert any("deploy (not just prototype) classifiers" in p for p in prepare)
    assert not any("Put it to work" in p or "Make a difference" in p or "be part of a team" in p or "will not be simply" in p
                   for p in prepare)


NO_HEADINGS = """Data Scientist

Lakeline Analytics builds forecasting tools for regional power utilities. Positions are available in our Tulsa office.

Build load forecasting models for utility customers
Design and run backtests of each model before release
Present forecast accuracy to customer operations teams
Document the data pipelines each model depends on

Knowledge of time series methods such as ARIMA and gradient boosting
Ability to write production Python and SQL
Experience with weather or energy data
Demonstrated ability to explain model results to non-technical audiences

Four weeks of paid time off
Employer 401k contribution
"""


def test_a_posting_without_headings_is_read_by_the_shape_of_its_blocks() -> None:
    c = text_context(NO_HEADINGS)
    assert raw(c.must_have) == ["Knowledge of time series methods such as ARIMA and gradient boosting",
                                "Ability to write production Python and SQL", "Experience with weather or energy data",
                                "Demonstrated ability to explain model results to non-technical audiences"]
    assert [p.raw for p in c.prepare] == [f'An example from your own work for: "{d}"' for d in (
        "Build load forecasting models for utility customers", "Design and run backtests of each model before release",
        "Present forecast accuracy to customer operations teams", "Document the data pipelines each model depends on")]


def test_blocks_under_a_heading_of_another_kind_keep_that_heading() -> None:
    # Under a heading the parser does not know, a block of lines starting with verbs may be what the
    # office does together ("Volunteer Weekend:"): no duties unless the heading says so.
    text = NO_HEADINGS.replace("Build load forecasting", "Volunteer Weekend:\nPlant trees along the river trail\nBuild load forecasting")
    c = text_context(text)
    assert not any("Plant trees" in p.raw or "Build load forecasting" in p.raw for p in c.prepare)
    said = text_context(text.replace("Volunteer Weekend:", "As a Data Scientist, you will:"))
    assert any("Build load forecasting" in p.raw for p in said.prepare)


STATE_LEVELS = """Program Technician 7-9

=== JOB DESCRIPTION ===

This position compiles ballot return data for the county clerks.

Education
Education typically acquired through completion of high school.

Experience

Program Technician 7
One year of experience in office support equivalent to the 7-level in state service.

Program Technician 8
One year of experience in office support equivalent to the 8-level in state service.
OR
One year of experience as a paraprofessional at the entry level in state service.

You must apply for this vacancy through the online system; click Apply in the posting.

Due to the nature of the work, criminal records will be checked.

Any position offer will be conditional until the background check is complete.

Only those applicants interviewed will be notified of the results.
"""


def test_a_level_label_names_the_requirements_under_it() -> None:
    must = raw(text_context(STATE_LEVELS).must_have)
    assert "Program Technician 7: One year of experience in office support equivalent to the 7-level in state service." in must
    assert any(m.startswith("Program Technician 8: One of: One year of experience in office support") for m in must)
    assert "Program Technician 7" not in must and "Program Technician 8" not in must


def test_the_conditions_and_notices_after_a_civil_service_list_are_not_requirements() -> None:
    c = text_context(STATE_LEVELS)
    assert not any("will be notified" in m or "must apply" in m for m in raw(c.must_have))
    # (an offer made conditional on a background check asks that the applicant pass one: a
    # condition of hire, a must-have since session 14; so, since session 17, does a check of the
    # applicant's criminal records, as docs/checklist-labelling.md counts it)
    assert "Any position offer will be conditional until the background check is complete." in raw(c.must_have)
    assert "Due to the nature of the work, criminal records will be checked." in raw(c.must_have)
    assert any("You must apply for this vacancy" in a.raw for a in c.how_to_apply)


HOLLOW_QUALIFICATIONS = """Senior Program Manager

Responsibilities:
Impact tracking and systems design
Qualifications & Professional Qualities:
Professional qualities
Educational and work experience
Application Process -- Applications close at the end of the day on May 2, 2026
Individuals interested in this position should submit a resume, a cover letter and a work sample.
In your cover letter, briefly explain your role in producing the sample.
Work Schedule
The institute works on a hybrid schedule, in the office Tuesday through Thursday.
"""


def test_empty_sub_headings_and_a_heading_run_on_with_its_text_are_not_requirements() -> None:
    c = text_context(HOLLOW_QUALIFICATIONS)
    assert raw(c.must_have) == []
    assert [a.raw for a in c.how_to_apply] == [
        "Individuals interested in this position should submit a resume, a cover letter and a work sample.",
        "In your cover letter, briefly explain your role in producing the sample."]
    assert not any("cover letter" in p.raw for p in c.prepare)


ASIDES = """Analytics Lead

Requirements:
- Experience querying the warehouse through its APIs (experience with claims data a plus, dbt a plus)
- Fluent in English, written and spoken, and preferably one other language
- Bachelor's degree, preferably in statistics or economics
- Master's degree (preferred)
"""


def test_a_preference_in_an_aside_leaves_the_requirement_a_must() -> None:
    c = text_context(ASIDES)
    # (the bracketed preferences become a nice-to-have of their own: see test_checklist_unseen_s16)
    assert raw(c.must_have) == [
        "Experience querying the warehouse through its APIs",
        "Fluent in English, written and spoken, and preferably one other language",
        "Bachelor's degree, preferably in statistics or economics"]
    assert raw(c.nice_to_have) == ["Experience with claims data a plus, dbt a plus", "Master's degree (preferred)"]


def test_front_matter_contact_is_how_to_apply_when_no_steps_are_given() -> None:
    gig = GIG_WITH_LEAD_IN.replace('how_to_apply:\n  - "Write to us:\\r\\nhello@pagefold.example"\n', "contact: icons@pagefold.example\n")
    assert [a.raw for a in text_context(gig, "gig.md").how_to_apply] == ["Contact: icons@pagefold.example"]


def test_a_level_of_skill_among_the_duties_is_a_requirement() -> None:
    text = """Acquisitions Analyst

Responsibilities
Builds valuation models for each acquisition target.
Presents findings to the investment committee.
Higher level of financial modeling skills and knowledge of mergers.
Reviews the data rooms of potential targets.
"""
    c = text_context(text)
    assert raw(c.must_have) == ["Higher level of financial modeling skills and knowledge of mergers."]
    assert not any("Higher level" in p.raw for p in c.prepare)


UNNAMED_LISTS = """Data Scientist

Lumen Freight builds routing software for regional carriers.

As our Data Scientist, you will:
Develop demand models for each carrier lane.
Partner with product managers to ship routing features.
You may be a good fit for this role if you:
Have a degree in statistics, computer science or a related field.
Have experience with Python and SQL.

Following Skills are a Plus
Experience with optimisation solvers
Experience with geospatial data

Job Advantages
- Remote work environment.
- Open door policy.

Qualifications
Education
- Bachelor's degree required

Physical Demands
The physical demands described here are representative of those an employee meets in an office.
While performing the duties of this job, the employee is frequently required to sit.
"""


def test_headings_and_lead_ins_that_say_what_their_list_is() -> None:
    c = text_context(UNNAMED_LISTS)
    assert [p.raw for p in c.prepare] == ['An example from your own work for: "Develop demand models for each carrier lane"',
                                          'An example from your own work for: "Partner with product managers to ship routing features"']
    assert raw(c.must_have) == ["Have a degree in statistics, computer science or a related field.", "Have experience with Python and SQL.",
                                "Bachelor's degree required"]
    assert raw(c.nice_to_have) == ["Experience with optimisation solvers", "Experience with geospatial data"]


SEMICOLON_LIST = """Machine Learning Engineer

What you need to be successful in this role:
4+ years of full-time experience working as a Statistician/ Machine Learning
Engineer/ Data Scientist;
Advanced knowledge of Python using the numpy/scipy/pandas stack;
Confident user of Unix-like systems, git and bash;
MS/PhD in Applied Mathematics, Statistics, Computer Science,
Physics; or BS with several years of applied machine learning experience
"""


def test_in_a_list_of_entries_ending_in_semicolons_a_line_without_one_runs_on() -> None:
    must = raw(text_context(SEMICOLON_LIST).must_have)
    assert must[0] == "4+ years of full-time experience working as a Statistician/ Machine Learning Engineer/ Data Scientist;"
    assert "Advanced knowledge of Python using the numpy/scipy/pandas stack;" in must
    assert not any(m.startswith(("Engineer/", "Physics;")) for m in must)


LOGO_GIG = """---
title: A logo for a command-line tool
organization: Tarpit
status: searching
compensation: gratis
deliverables: "Must Have\\r\\n- A primary logo (png and svg files)\\r\\n- A favicon sized version\\r\\n\\r\\nNice to Have\\r\\n- A sticker design"
how_to_apply:
  - logo@tarpit.example
---
Tarpit is a command-line tool for archiving web pages. Survey answers about it:

**Nouns:** *Tarpit is*
- a vault, a library, a time machine

**Verbs:** *that*
- save, archive and replay pages, keep links alive

## About you
* You have a portfolio of logos
* Plus: experience with command-line tools
"""


def test_deliverables_sorted_by_priority_are_deliverables_and_labels_are_no_duties() -> None:
    c = text_context(LOGO_GIG, "logo.md")
    assert [p.raw for p in c.prepare] == ['Plan how you would deliver: "A primary logo (png and svg files)"',
                                          'Plan how you would deliver: "A favicon sized version"',
                                          'Plan how you would deliver: "A sticker design" (nice to have)']
    assert raw(c.must_have) == ["You have a portfolio of logos"]
    assert raw(c.nice_to_have) == ["Plus: experience with command-line tools"]


CLEARANCE = """Senior Data Analyst

Work Location: Remote

Required Qualifications:
Experience with SQL and Python

Physical Requirements:
The person in this position occasionally moves about the office to reach file cabinets.

Clearance

Applicants selected must be a US Citizen and able to obtain and maintain a public trust clearance.

Application

If you qualify based on your education, you must attach a copy of your official transcripts.
"""


def test_a_citizenship_sentence_is_a_requirement_and_a_transcript_note_a_step() -> None:
    c = text_context(CLEARANCE)
    assert raw(c.must_have) == ["Experience with SQL and Python",
                                "Applicants selected must be a US Citizen and able to obtain and maintain a public trust clearance."]
    assert [a.raw for a in c.how_to_apply] == ["If you qualify based on your education, you must attach a copy of your official transcripts."]


def test_a_location_that_is_only_a_work_mode_is_no_place_to_move_to() -> None:
    before = [b.raw for b in text_context(CLEARANCE).before_you_apply]
    assert "The role is remote: confirm that suits you" in before
    assert not any("Confirm you can work in" in b for b in before)


def test_indented_sub_entries_of_a_deliverable_stay_with_it() -> None:
    gig = LOGO_GIG.replace(
        'deliverables: "Must Have\\r\\n- A primary logo (png and svg files)\\r\\n- A favicon sized version\\r\\n\\r\\nNice to Have\\r\\n- A sticker design"',
        'deliverables: "- A logo in SVG. Should suit:\\r\\n  - the web site\\r\\n  - printed stickers\\r\\n- A set of toolbar icons"')
    prepare = [p.raw for p in text_context(gig, "logo.md").prepare]
    assert prepare == ['Plan how you would deliver: "A logo in SVG. Should suit: the web site; printed stickers"',
                       'Plan how you would deliver: "A set of toolbar icons"']


STATE_AGENCY = """Chief Technology Officer |

Things we look for include:

A degree in computer science or a related field
Five years of experience leading an IT team

Grant Administration:
Tasks include:
Makes recommendations on funding requests from counties
Establishes grant guidelines
Issues notices of grant openings, and
Processes grant payments

Qualifications
Candidates must have a degree in accounting.
(The term "accounting" means "accounting and/or auditing" in this standard.
See additional qualification requirements for the auditor series via the link below.
Healthcare experience a plus, but not required.

Preferred qualifications:
Five years of managerial experience.
Certifications: ITIL, PMP, CAPM.
8:00 am - 4:30 pm
2300 S. Lakeview Blvd.
Springfield, IL 62704
Please complete the application and mail it to the address above.
"""


def test_a_state_agency_posting_with_its_lists_and_contact_block() -> None:
    c = text_context(STATE_AGENCY)
    assert c.title == "Chief Technology Officer"
    assert raw(c.must_have) == ["A degree in computer science or a related field", "Five years of experience leading an IT team",
                                "Candidates must have a degree in accounting."]
    assert raw(c.nice_to_have) == ["Healthcare experience a plus, but not required.", "Five years of managerial experience.",
                                   "Certifications: ITIL, PMP, CAPM."]
    # one duty per line, not one run-on item; a line ending in "and" runs on
    assert [p.raw for p in c.prepare] == [f'An example from your own work for: "{d}"' for d in (
        "Makes recommendations on funding requests from counties", "Establishes grant guidelines",
        "Issues notices of grant openings, and Processes grant payments")]
    assert [a.raw for a in c.how_to_apply] == ["Please complete the application and mail it to the address above."]


FEDERAL_NOTES = """Assistant Inspector General

Specialized Experience:
Proficiency in conducting audits to government auditing standards;
Excellent oral and written communication skills;
Applicants MUST state which coursework is relevant.
Applicants wishing to substitute education for experience must list their courses on the application.
Applicants who fail to submit transcripts will not be considered further.
Additional information
Candidates must meet all qualifications prior to the closing date of this announcement.
Candidates must be a US Citizen.
"""


def test_notes_to_candidates_are_neither_duties_nor_requirements() -> None:
    c = text_context(FEDERAL_NOTES)
    assert raw(c.must_have) == ["Proficiency in conducting audits to government auditing standards;",
                                "Excellent oral and written communication skills;", "Candidates must be a US Citizen."]
    assert c.prepare == []  # "Candidates must ...", "Applicants MUST ...": a subject and its modal, not a duty verb
    assert [a.raw for a in c.how_to_apply] == [
        "Applicants MUST state which coursework is relevant.",
        "Applicants wishing to substitute education for experience must list their courses on the application."]


CLASS_SPEC = """Deputy Clerk of Elections

Training and Experience:
Three (3) years of work experience in election administration comparable to that of an Elections Assistant II with the county.
Experience in a lead or supervisory capacity is preferred.
A Bachelor's Degree in Public Administration or a closely related field is desirable.

EXAMPLES OF ESSENTIAL DUTIES (The following is a partial description and does not restrict the duties required.)
Assists with planning and managing the operations of the Elections Department.

TYPICAL PHYSICAL REQUIREMENTS
Sit and perform data entry for extended periods; lift and move objects weighing up to 25 lbs.

Training and Experience:
Three (3) years of work experience in election administration comparable to that of an Elections Assistant II with the county
A Bachelor's Degree in Public Administration or a closely related filed is desirable.

The contents of this class specification shall not be construed to constitute a contract of employment.
RETIREMENT - County employees are members of the state retirement system.

ASSETS:
* Experience with voter registration systems
"""


def test_a_class_specification_repeated_with_its_disclaimers() -> None:
    c = text_context(CLASS_SPEC)
    assert raw(c.must_have) == ["Three (3) years of work experience in election administration comparable to that of an "
                                "Elections Assistant II with the county."]
    assert raw(c.nice_to_have) == ["Experience in a lead or supervisory capacity is preferred.",
                                   "A Bachelor's Degree in Public Administration or a closely related field is desirable.",
                                   "Experience with voter registration systems"]
    assert [p.raw for p in c.prepare] == [
        'An example from your own work for: "Assists with planning and managing the operations of the Elections Department"']


def test_remote_no_is_no_remote_work() -> None:
    text = "Interaction Designer\n\n* Job ID: 4467\n* Westford, MA\n* Remote: No\n\nRequired skills\n* A portfolio of design work\n"
    c = text_context(text)
    assert c.location == "Westford, MA"


KSA_GROUPS = """Operations Manager

What to Expect:
Plan the logistics of each election day.

How to Succeed:
Minimum 2 years of relevant working experience
Training and relevant experience in one or more of the following areas:
Routing tools such as OptaPlanner
Spreadsheets like Excel
Excellent written and spoken communication skills, with the ability to brief senior managers
Experience with any reporting tools: Tableau, Power BI, Excel
Previous experience of building risk tools should be beneficial, but not required

Knowledge, Skills, Abilities & Other Characteristics
Technical
- Knowledge of inventory control and asset management.
- Ability to write operational procedures.
Communication and Interpersonal
- Verbal communication skills to explain complex rules to poll workers.
- Ability to present to community groups.
Integrity
Collaborative

Days and hours of work are Monday through Friday, 8:00 a.m. to 5 p.m.
"""


def test_knowledge_skills_and_abilities_in_named_groups() -> None:
    c = text_context(KSA_GROUPS)
    must = raw(c.must_have)
    assert must[:5] == ["Minimum 2 years of relevant working experience",
                        "Training and relevant experience in one or more of: Routing tools such as OptaPlanner; Spreadsheets like Excel",
                        "Excellent written and spoken communication skills, with the ability to brief senior managers",
                        "Experience with any reporting tools: Tableau, Power BI, Excel",
                        "Knowledge of inventory control and asset management."]
    assert "Verbal communication skills to explain complex rules to poll workers." in must
    assert "Integrity" in must and "Collaborative" in must  # traits, not group names
    assert not any(m in ("Technical", "Communication and Interpersonal") or m.startswith("Days and hours") for m in must)
    assert raw(c.nice_to_have) == ["Previous experience of building risk tools should be beneficial, but not required"]
    assert [p.raw for p in c.prepare] == ['An example from your own work for: "Plan the logistics of each election day"']


DUTIES_AFTER_DESIRABLE = """Voter Outreach Coordinator

Desirable candidates will have prior experience in:
Working with community organizations
Speaking in public to different audiences

Develop and implement voter outreach programs for the city.
Attend community meetings and events.
Identify new outreach partnerships with schools and libraries.
Collaborate with other city departments on outreach.
Produce presentations about voting services.

Minimum Qualifications:
Must have U.S. Citizenship or have applied for it before applying.

Abilities (some combination of the following):
Communicate clearly with technical and non-technical stakeholders.
Interpret and apply election policies and procedures.
Manage multiple tasks and meet deadlines.
Work independently with minimal supervision.
Build effective working relationships with county staff.
"""


def test_a_run_of_duties_after_a_list_is_duties_and_abilities_stay_requirements() -> None:
    c = text_context(DUTIES_AFTER_DESIRABLE)
    assert raw(c.nice_to_have) == ["Working with community organizations", "Speaking in public to different audiences"]
    assert len(c.prepare) == 5 and 'Attend community meetings and events' in c.prepare[1].raw
    must = raw(c.must_have)
    assert must[0] == "Must have U.S. Citizenship or have applied for it before applying."
    assert "Manage multiple tasks and meet deadlines." in must and len(must) == 6
