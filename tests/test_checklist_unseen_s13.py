"""Checklists of postings shaped like the unseen samples of session 13 (issue 23, seeds 61-62).

Each test is one kind of error found reading checklists of never-seen postings item by item, on a
text written for it: conditions of the job said among the duties or in the description, a posting
whose headings were all lost (duties, then abilities, then what the body must do), and a list of
abilities after the duties that the "Desirable" heading above them no longer speaks for.
"""

from __future__ import annotations

from test_checklist_lost_structure import raw, text_context

CONDITIONS_AMONG_DUTIES = """Voter Outreach Coordinator
Harlan County Elections, Millbrook, OR

The coordinator runs the county's voter registration drives. Occasional evening and weekend work may be required during election season.

Duties
- Plans registration drives with schools and libraries.
- Trains volunteers to register voters.
- Occasional travel required when deemed necessary.

Minimum Qualifications
- Two years of experience in community outreach.

About Harlan County
Harlan County connects people, trade and travel along the river valley, which requires the skills of many.

Application Questions
Are you willing to travel throughout the county for this position?
"""


def test_a_condition_said_among_the_duties_or_in_the_description_is_a_condition() -> None:
    c = text_context(CONDITIONS_AMONG_DUTIES)
    assert raw(c.conditions) == [
        "Occasional evening and weekend work may be required during election season.",
        "Occasional travel required when deemed necessary.",
    ]
    # no duty to prepare an example for; the county's "trade and travel" and the questionnaire's
    # question are no conditions asked of the worker
    assert all("travel" not in item.lower() for item in raw(c.prepare))
    assert raw(c.must_have) == ["Two years of experience in community outreach."]


LOST_HEADINGS = """Senior Laboratory Technologist - Night shift

Runs the night bench of a reference laboratory.
Performs complex analytic procedures without direct supervision.
Calibrates instruments and keeps their maintenance records.
Reviews quality control results before releasing patient results.
Trains new staff on the analyzers.
Ability to respond to clinicians' questions in a timely manner.
Excellent written communication skills and attention to detail.
Ability to explain technical concepts to new staff.
Ability to lift and move 30 pounds on an occasional basis.
Ability to stand and walk for most of the shift.

Minimum Qualifications
- Bachelor's degree in medical technology.
"""


def test_abilities_after_duties_whose_headings_were_lost_are_requirements_and_conditions() -> None:
    c = text_context(LOST_HEADINGS)
    assert raw(c.must_have) == [
        "Ability to respond to clinicians' questions in a timely manner.",
        "Excellent written communication skills and attention to detail.",
        "Ability to explain technical concepts to new staff.",
        "Bachelor's degree in medical technology.",
    ]
    # what the body must do is a condition of the job, not a qualification
    assert raw(c.conditions) == [
        "Ability to lift and move 30 pounds on an occasional basis.",
        "Ability to stand and walk for most of the shift.",
    ]
    assert not any("Ability" in item for item in raw(c.prepare))


DESIRABLE_THEN_DUTIES = """=== JOB DESCRIPTION ===

Required Qualifications:
Bachelor's degree in public administration.

Desirable Qualifications:
Experience administering county elections.
Supervisory experience.

Manages the elections staff and their training.
Plans and conducts every election held in the county.
Maintains the voting systems and their records.
Certifies the results and submits the reports required by law.

Thorough knowledge of election laws and procedures.
Skill in public speaking.
Ability to make independent decisions.
"""


def test_a_desirable_heading_stops_speaking_for_the_lines_after_a_run_of_duties() -> None:
    c = text_context(DESIRABLE_THEN_DUTIES)
    assert raw(c.nice_to_have) == ["Experience administering county elections.", "Supervisory experience."]
    assert raw(c.must_have) == [
        "Bachelor's degree in public administration.",
        "Thorough knowledge of election laws and procedures.",
        "Skill in public speaking.",
        "Ability to make independent decisions.",
    ]


HIRE_CONDITIONS_IN_NOTICES = """Data Scientist
Castellan Analytics, Reston, VA

Position Requires a Top Secret (TS/SCI) Clearance with a Polygraph. You will build models for the analysts of a federal customer.

Responsibilities
- Builds models that rank leads for the analysts.

Qualifications
- Three years of experience with Python.

Notes
Castellan Analytics is an equal opportunity employer and all qualified applicants will receive consideration without regard to race, color, religion, sex, national origin, or citizenship status. U.S. citizenship is required.
The selected candidate must submit to and pass a pre-employment drug screen.
Based on company policy, you may be required to undergo a credit check and a drug test during employment.
State Personnel Rule 4-2 requires that all newly hired state employees submit to and pass a pre-employment drug test prior to their appointment.

Screening Questions
Are you able to pass a background check?
"""


def test_conditions_of_hire_said_outside_the_requirements_are_must_haves() -> None:
    c = text_context(HIRE_CONDITIONS_IN_NOTICES)
    assert raw(c.must_have) == [
        "Three years of experience with Python.",
        "Position Requires a Top Secret (TS/SCI) Clearance with a Polygraph.",
        "U.S. citizenship is required.",
        "The selected candidate must submit to and pass a pre-employment drug screen.",
        "State Personnel Rule 4-2 requires that all newly hired state employees submit to and pass a pre-employment drug test prior to their appointment.",
    ]
    # the equal opportunity sentence, a hedged "may be required" and the questionnaire are not


SPECIAL_REQUIREMENTS_LINE = """Election Manager
Ashdown County, Fairview, IN

Duties may include but are not limited to the following: Candidates must be a US Citizen.

Qualifications
- Five years of election administration.

SPECIAL REQUIREMENTS: *Required to pass a background investigation and drug screen. *Works some evenings.
"""


def test_a_condition_of_hire_is_cut_from_its_lead_in_and_from_the_marked_sentence_after_it() -> None:
    c = text_context(SPECIAL_REQUIREMENTS_LINE)
    assert raw(c.must_have) == [
        "Five years of election administration.",
        "Candidates must be a US Citizen.",
        "Required to pass a background investigation and drug screen.",
    ]


DEMONSTRATED_LEAD_IN = """Data Scientist, People Analytics
Brookfield Research Laboratory, Lowell, MA

Job Summary
Analyses the laboratory's workforce data for its leaders. Successful candidates will have the opportunity to join a collaborative team.

Successful candidates will have demonstrated:
Strong interpersonal and presentation skills.
An ability to keep strict confidentiality.

Requirements
Several years of experience in quantitative analysis preferably with a people-analytics focus.
Strong coding skills- preferably in Python or R.
Experience with survey data preferred.
For Benefits Information, click https://example.org/benefits
For more information regarding this recruitment, please contact:
Dana Whitfield
Senior HR Partner
"""


def test_a_lead_in_naming_what_candidates_have_demonstrated_opens_the_requirements() -> None:
    c = text_context(DEMONSTRATED_LEAD_IN)
    assert raw(c.must_have) == [
        "Strong interpersonal and presentation skills.",
        "An ability to keep strict confidentiality.",
        # "preferably" speaks of the focus, not of the whole line
        "Several years of experience in quantitative analysis preferably with a people-analytics focus.",
        "Strong coding skills- preferably in Python or R.",
    ]
    assert raw(c.nice_to_have) == ["Experience with survey data preferred."]
    # the benefits link and the contact are no requirements; who answers questions is no step of
    # applying either (session 19: labellers read it as the recruiter's signature)
    assert not any("Dana Whitfield" in item for item in raw(c.how_to_apply) + raw(c.must_have))


EMPLOYER_LABEL_AND_TUITION = """Elections Analyst
City Auditor's Office, Portland, OR

Salary: $80,000 - $95,000 per year

Successful candidates will have:
- Ability to analyse election data and explain it to the public.
- Ability to write clear reports.

Diversity and Equity: The Auditor's Office values a diverse workforce and encourages candidates with experience working with diverse communities to apply.

Benefits
- Tuition reimbursement of 80% or $3,000, whichever is less.
"""


def test_an_employer_speaking_of_itself_in_a_label_and_a_tuition_refund_are_neither_requirement_nor_pay() -> None:
    c = text_context(EMPLOYER_LABEL_AND_TUITION)
    assert raw(c.must_have) == [
        "Ability to analyse election data and explain it to the public.",
        "Ability to write clear reports.",
    ]
    assert c.pay == "$80,000 - $95,000 per year"
    assert c.other_pay is None


TITLE_WITH_SHIFT_AND_PLACE = """Lead Laboratory Technologist - Saturday - Tuesday, 8:00pm - 6:30am shift

Lead Laboratory Technologist Springfield, VA

Location of Position: Northern VA (Chantilly/Springfield)

Responsibilities
- Runs the night bench of the laboratory.
"""


def test_a_shift_after_the_title_and_the_title_before_a_place_are_no_part_of_either() -> None:
    c = text_context(TITLE_WITH_SHIFT_AND_PLACE)
    assert c.title == "Lead Laboratory Technologist"
    assert c.location == "Northern VA (Chantilly/Springfield); Springfield, VA"


FLATTENED = """Data Scientist

Harbor Analytics is a consulting firm in Reston, VA. We are hiring a data scientist for a client project in Washington DC. Responsibilities Build the machine learning platform of the client. Requirements Active TS/SCI clearance Prior experience with large enterprise projects. Strong analytical skillset Strong interpersonal skills Demonstrate ability to work across IT teams Familiarity with relational databases -Experience with AWS Good to Have A Master's degree in statistics. Experience with NLP is a plus About Harbor Analytics, Inc. Harbor Analytics places consultants with federal clients. Regards Sam Lee Technical Recruiter
"""


def test_a_posting_flattened_into_one_paragraph_keeps_its_inline_lists() -> None:
    c = text_context(FLATTENED)
    assert raw(c.must_have) == [
        "Active TS/SCI clearance",
        "Prior experience with large enterprise projects.",
        "Strong analytical skillset",
        "Strong interpersonal skills",
        "Demonstrate ability to work across IT teams",
        "Familiarity with relational databases",
        "Experience with AWS",
    ]
    # the list ends at the company's "About ..." and the recruiter's sign-off
    assert raw(c.nice_to_have) == ["A Master's degree in statistics.", "Experience with NLP is a plus"]


COMPETENCIES_HEADING_KEPT_AS_TEXT = """Elections Division Manager
Larch County, Winona, MN

This position requires:

Bachelor's degree in public administration or a related field;
And five years of experience in elections administration;
Or an equivalent combination of education and experience.

CORE COMPETENCIES, JOB SPECIFIC KNOWLEDGE, SKILLS AND ABILITIES REQUIRED FOR SUCCESSFUL JOB PERFORMANCE:

Demonstrate knowledge of election laws.
Demonstrate strong presentation skills.
Ability to interface with elected officials and the media.

Direct the operations of the Elections Division to ensure compliance with election laws.
Interpret and monitor legislative changes to evaluate their impact on county elections.
Manage and supervise staff, including hiring, training and performance evaluations.
Ensure adherence to election integrity standards, including ballot proofing.
Oversee temporary employees and volunteers during election cycles.
Prepare and submit grant proposals and reports.

Performs other duties as assigned.

Qualifications
- Knowledge of Python and SQL. Working knowledge of Keras is a plus.
- It's a "plus" if you have managed a team.
- Brief the Lt. Governor on election law each week.
"""


def test_a_capitals_heading_kept_as_text_opens_a_list_and_priorities_are_read_sentence_by_sentence() -> None:
    c = text_context(COMPETENCIES_HEADING_KEPT_AS_TEXT)
    assert raw(c.must_have) == [
        # (one requirement written over three lines, one item since session 17)
        "Bachelor's degree in public administration or a related field; and five years of experience in elections "
        "administration; or an equivalent combination of education and experience.",
        "Demonstrate knowledge of election laws.",
        "Demonstrate strong presentation skills.",
        "Ability to interface with elected officials and the media.",
        "Knowledge of Python and SQL.",
        "Brief the Lt. Governor on election law each week.",
    ]
    assert raw(c.nice_to_have) == ["Working knowledge of Keras is a plus.", 'It\'s a "plus" if you have managed a team.']
    assert not any("other duties" in item for item in raw(c.must_have) + raw(c.prepare))


NICE_IF_AND_CLEARANCE = """Data Scientist
Corvid Systems, Arlington, VA

Clearance: TS/SCI with full scope polygraph

Required Skills:
- Three years of experience with Python.

Nice If You Have:
- Experience with graph algorithms.
- MA or MS degree in mathematics.
"""


def test_a_nice_if_you_have_heading_and_a_clearance_label() -> None:
    c = text_context(NICE_IF_AND_CLEARANCE)
    assert raw(c.must_have) == ["TS/SCI with full scope polygraph", "Three years of experience with Python."]
    assert raw(c.nice_to_have) == ["Experience with graph algorithms.", "MA or MS degree in mathematics."]


FEDERAL_APPLICATION_RULES = """Senior Election Specialist
Federal Election Board, Washington, DC

Qualifications
- Five years of experience administering elections.
You will be evaluated for this job based on how well you meet the qualifications above.
Required documents include a resume and the supporting documents described below.
All applicants MUST submit applications via email: jobs@example.gov.
You MUST include the job title and announcement number in the subject line of the email.
"""


def test_a_federal_announcements_rules_for_applying_are_steps_not_requirements() -> None:
    c = text_context(FEDERAL_APPLICATION_RULES)
    assert raw(c.must_have) == ["Five years of experience administering elections."]
    assert raw(c.how_to_apply) == [
        "Required documents include a resume and the supporting documents described below.",
        "All applicants MUST submit applications via email: jobs@example.gov.",
        "You MUST include the job title and announcement number in the subject line of the email.",
    ]


LOCATED_AMONG_PERKS = """Senior Data Analyst
Lumen Family Apps is headquartered in San Diego, CA.

Requirements
- Three years of experience with SQL.

Perks
- A bright office downtown.
- This position is located in Austin, TX. It is not a remote role.
- A background investigation is required prior to employment.
- If fingerprinting is required, the fee is paid by the candidate.
"""


def test_a_job_located_in_a_sentence_among_the_perks_and_a_check_said_to_be_required() -> None:
    c = text_context(LOCATED_AMONG_PERKS)
    assert c.location == "Austin, TX"
    assert raw(c.must_have) == ["Three years of experience with SQL.", "A background investigation is required prior to employment."]
