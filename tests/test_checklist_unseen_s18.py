"""Checklists of postings shaped like the samples of session 18 (issue 23).

Each test is one kind of error found reading checklists of postings item by item, on a text
written for it.
"""

from __future__ import annotations

from test_checklist_lost_structure import raw, text_context

FIELDS_AFTER_A_BAR = """Marketing Analyst

Location: Anywhere in the US or Canada | Location Preferences - Boston, Austin, Seattle | Travel Amount 10 - 20%

Requirements
- Two years of SQL experience
"""

PLACES_AFTER_A_BAR = """Marketing Analyst

Location: Boston, MA | Remote

Requirements
- Two years of SQL experience
"""


def test_a_location_value_stops_at_the_next_field_of_its_line() -> None:
    c = text_context(FIELDS_AFTER_A_BAR)
    assert c.location == "Anywhere in the US or Canada"
    advice = " | ".join(raw(c.before_you_apply))
    assert "Confirm you can work from anywhere in the US or Canada" in advice
    assert "Travel Amount" not in advice and "relocation" not in advice
    # a bar between a place and a way of working keeps both
    kept = text_context(PLACES_AFTER_A_BAR).location
    assert "Boston, MA" in kept and "Remote" in kept


KSA_LIST_AFTER_A_PREFERRED_PARAGRAPH = """Voter Outreach Coordinator
Pine County, Flagstaff, AZ

Duties
- Plans and conducts training programs for poll workers.

Minimum Qualifications
Bachelor's degree in political science and two years of outreach experience.

Preferred Qualifications: Experience training adults in the elections field. Comfort presenting to large groups. This is a safety-sensitive position that requires a background check.

This position is eligible for overtime.

- Considerable knowledge of:
- Federal and state election laws.
- Voting systems and their applications.

- Skill in:
- Web page design.

- Ability to:
- Work independently.
"""


def test_a_lead_in_line_of_a_list_speaks_for_the_lines_under_it() -> None:
    c = text_context(KSA_LIST_AFTER_A_PREFERRED_PARAGRAPH)
    must = raw(c.must_have)
    assert "Considerable knowledge of federal and state election laws." in must
    assert "Considerable knowledge of voting systems and their applications." in must
    assert "Skill in web page design." in must and "Ability to work independently." in must
    assert not any(item.rstrip(":").endswith((" of", " in", " to")) for item in must + raw(c.nice_to_have))


def test_a_preferred_label_paragraph_is_read_sentence_by_sentence_and_prefers_only_itself() -> None:
    c = text_context(KSA_LIST_AFTER_A_PREFERRED_PARAGRAPH)
    nice = raw(c.nice_to_have)
    assert nice == ["Experience training adults in the elections field.", "Comfort presenting to large groups."]
    # the list after the blank line is no part of the preference, and the check is asked of everyone
    assert "This is a safety-sensitive position that requires a background check." in raw(c.must_have)


LIST_RUN_ON_INTO_THE_EMPLOYER = """Program Analyst

Working in a fast-paced environment, your responsibilities will include:
Analyze program data to find ways to improve service.
Maintain reporting procedures for the program.
About You
You possess a bachelor's degree in a related field.
You have three years of experience in data analysis.
You are proficient with Microsoft Excel.
Through its management of the Rural Water Fund on behalf of the state, Westbrook Trust works to bring safe water to rural towns. Specifically, the fund pays for new wells and pipes in small communities. The organization has about 200 staff and a budget of $80 million.
Westbrook Trust works closely with state and county partners to reach the fund's goals. It reports each year to the state legislature on the fund's progress.
Westbrook Trust offers a comprehensive benefits package.
"""


def test_paragraphs_about_the_employer_after_the_list_are_no_requirements() -> None:
    c = text_context(LIST_RUN_ON_INTO_THE_EMPLOYER)
    assert raw(c.must_have) == [
        "You possess a bachelor's degree in a related field.",
        "You have three years of experience in data analysis.",
        "You are proficient with Microsoft Excel.",
    ]


DASH_AFTER_A_HEADING = """Voter Services Manager
County of Alder, Alder, VA

MINIMUM TRAINING AND EXPERIENCE:
Bachelor's degree in public administration or a related field
Two years of supervisory experience

PREFERRED QUALIFICATIONS AND TRAINING: -
Prior experience working in a government elections office
Familiarity with GIS mapping

KNOWLEDGE, SKILLS, AND ABILITIES: TYPICAL KNOWLEDGE, SKILLS, AND ABILITIES: These are a representative sample; assignments may vary.
Strong analytical skills
"""


def test_a_dash_where_a_heading_s_value_would_be_keeps_it_a_heading() -> None:
    c = text_context(DASH_AFTER_A_HEADING)
    assert raw(c.nice_to_have) == ["Prior experience working in a government elections office", "Familiarity with GIS mapping"]
    # a heading in capitals with a note on what follows is no item, and the list after it is asked
    assert raw(c.must_have) == ["Bachelor's degree in public administration or a related field", "Two years of supervisory experience",
                                "Strong analytical skills"]


BRING_TO_THE_ROLE = """Marketing Data Analyst
Gulfport Travel Tech, Mobile, Alabama

What will YOU do?
As the Data Analyst, you will:
Collect and present data from many sources
Create dashboards for stakeholders
What will YOU bring to the role?
Bachelor's degree in Analytics or a related field
3-5 years of experience
Experience with BI tools required, Looker preferred
E-commerce experience preferred
WHY Gulfport IS A GREAT CHOICE FOR YOU:
-Voted one of the best places to work in Mobile
-Competitive salaries and a dog-friendly office
"""


def test_what_you_bring_to_the_role_heads_requirements_and_why_us_ends_them() -> None:
    c = text_context(BRING_TO_THE_ROLE)
    must = raw(c.must_have)
    assert "3-5 years of experience" in must and "Bachelor's degree in Analytics or a related field" in must
    nice = raw(c.nice_to_have)
    assert "E-commerce experience preferred" in nice and "Looker preferred" in nice
    assert not any("dog-friendly" in item or "best places" in item for item in must + nice)


PLUS_BULLETS_IN_ONE_PARAGRAPH = (
    "Data Engineer\n\n"
    "Northwind Federal Systems is currently seeking:+ Eight (8) years of experience as a Data Engineer to work in a fast "
    "development environment with a strong team. Bachelor's degree in Computer Science or a related field is required. "
    "Four years of additional experience may be substituted for the degree.+ Experience in Python, Linux and Kafka. + "
    "Experience cleaning data with software engineering techniques **This position requires an active Security "
    "Clearance.**Positions require a Top Secret clearance with a current background investigation, as well as a polygraph. "
    "**Northwind Federal Systems is an Equal Opportunity employer. All qualified applicants will receive consideration "
    "for employment without regard to race, color, religion, sex, national origin, disability or veteran status.**\n"
)


def test_plus_bullets_run_into_one_paragraph_are_its_requirements() -> None:
    c = text_context(PLUS_BULLETS_IN_ONE_PARAGRAPH)
    must = " | ".join(raw(c.must_have))
    assert "Eight (8) years of experience as a Data Engineer" in must
    assert "Bachelor's degree in Computer Science or a related field is required." in must
    assert "Experience in Python, Linux and Kafka." in must
    assert "Experience cleaning data with software engineering techniques" in must
    # the clearance said in bold, run into the bullet before it, is a condition of hire of its own
    assert "This position requires an active Security Clearance" in raw(c.must_have)
    assert "Equal Opportunity" not in must


AGENCY_POSTING_WITH_A_SIGNATURE = """Data Scientist
Brightwell Staffing is seeking a Data Scientist for a hospital group in Denver, CO.
Location: Denver, CO
Type: Contract (W2)
Length: 6 months

Job Qualifications:
Bachelor's degree and 3 years of work experience in a quantitative field
Strong interpersonal, verbal and written communication skills.
If this position is of interest to you please share your updated resume at jdoe@brightwell.example and advise the best time to reach you.
Jordan Doe
Senior Technical Recruiter
Brightwell Staffing, Inc.
jdoe@brightwell.example
"""


def test_an_agency_s_apply_line_and_signature_are_no_requirements() -> None:
    c = text_context(AGENCY_POSTING_WITH_A_SIGNATURE)
    assert raw(c.must_have) == ["Bachelor's degree and 3 years of work experience in a quantitative field",
                                "Strong interpersonal, verbal and written communication skills."]
    assert any("please share your updated resume" in item for item in raw(c.how_to_apply))
    # "Type: Contract (W2)": the employment type
    assert c.employment == "contract"
    assert not any("contract" in item for item in raw(c.questions))


COUNTY_LABELS = """County Clerk
Cedar County, Bend, OR

ABOUT THE POSITION
Cedar County is seeking a proven leader. The successful candidate is someone who demonstrates a passion to serve the community and strong communication skills.

Training:
Bachelor's Degree in public administration or a related field.
Experience:
Five years of progressively responsible experience in elections.
Notes:
This position is subject to a full criminal history record check.
"""


def test_training_heading_notes_condition_and_the_successful_candidate_is_someone_who() -> None:
    must = raw(text_context(COUNTY_LABELS).must_have)
    assert "Bachelor's Degree in public administration or a related field." in must
    assert "This position is subject to a full criminal history record check." in must
    assert any(item.startswith("The successful candidate is someone who demonstrates") for item in must)


ASKS_SAID_IN_PASSING = """Software Engineer
Harbor Systems, Melbourne, FL

What are the primary responsibilities?
You will build tools in Python and interact with remote co-workers every day. Looking for people able to find creative solutions for customer issues. Because the team takes an evidence-based approach to every release, applicants must be experienced researchers and writers.

Requirements
- Ability to obtain a security clearance
US CITIZENSHIP REQUIRED

All new hires will be required to show proof of being fully vaccinated before their employment can begin.

This position is located at our Melbourne, FL office.
"""


def test_asks_said_in_passing_are_must_haves_and_remote_co_workers_are_no_remote_job() -> None:
    c = text_context(ASKS_SAID_IN_PASSING)
    must = " | ".join(raw(c.must_have))
    assert "Looking for people able to find creative solutions for customer issues." in must
    assert "applicants must be experienced researchers and writers" in must
    assert "US CITIZENSHIP REQUIRED" in must
    assert "show proof of being fully vaccinated" in must
    assert c.location == "Melbourne, FL"


TITLE_WITH_DEPARTMENT_AND_CODE = """Title: Records Coordinator - Elections (1224)
Employer: Pine County
Department: Elections

Minimum Qualifications
Two years of records experience.

Application Process
Send a resume to jobs@pine.example.
Candidates must be authorized to work in the United States.
"""


def test_the_title_shown_drops_the_department_and_class_code_and_eligibility_is_no_step() -> None:
    c = text_context(TITLE_WITH_DEPARTMENT_AND_CODE)
    assert c.title == "Records Coordinator"
    assert "Candidates must be authorized to work in the United States." in raw(c.must_have)
    assert not any("authorized to work" in item for item in raw(c.how_to_apply))


EMPLOYER_NAMED_ONLY_IN_ITS_PITCH = """E-Commerce Analyst

This position will be based in New Orleans, Louisiana.

What will YOU bring to the role?
Bachelor's degree in Analytics
This person must be committed to building a culture of respect.

Why consider eTrove, and why do people like working here?
eTrove is a well-established, innovative and high growth company in New Orleans.
"""


def test_an_employer_named_only_in_its_pitch_and_this_person_must_be_committed() -> None:
    c = text_context(EMPLOYER_NAMED_ONLY_IN_ITS_PITCH)
    assert c.organization == "eTrove"
    assert "This person must be committed to building a culture of respect." in raw(c.must_have)


DUTY_BROKEN_OVER_A_BLANK_LINE = """Director of Elections
State Ethics Board, Madison, WI

Duties

Oversee the review of reports and registrations each year from 

political entities and lobbyists 

Supervise the elections staff

Requirements
- Five years of management experience
"""


def test_a_duty_broken_over_a_blank_line_is_one_duty() -> None:
    prepare = raw(text_context(DUTY_BROKEN_OVER_A_BLANK_LINE).prepare)
    assert any(item.endswith('"Oversee the review of reports and registrations each year from political entities and lobbyists"')
               for item in prepare), prepare
    assert not any(item.endswith('from"') for item in prepare)


KSA_AFTER_DUTIES_AND_DUTIES_UNDER_HOW_TO_APPLY = """Deputy of Elections
County of Alder, Woodland, CA

Under direction, manages the elections branch.

In addition, the following knowledge and abilities are associated with this position.

Knowledge of:
Principles and practices of management
Federal, state, and local election laws
Ability to:
Communicate clearly and concisely
Work independently
How To Apply
Interested applicants are encouraged to submit a County of Alder online employment application by the closing date.

Duties may include, but are not limited to, the following:
Formulates and implements department goals and policies.
Manages daily operations of the elections branch.

The minimum qualifications required for a candidate to proceed in the selection process are as follow:

Education: Graduation from an accredited college or university.
License: Positions in this classification require incumbents to possess and maintain a valid California driver's license.

Selection Process
The following is a tentative schedule of steps of the selection process.
Screen for Minimum Qualifications
Screen for Best Qualified, if applicable
Department Selection Interviews - Panel 1
Confirmed Job Offer
"""


def test_knowledge_and_abilities_after_the_duties_and_duties_under_how_to_apply() -> None:
    c = text_context(KSA_AFTER_DUTIES_AND_DUTIES_UNDER_HOW_TO_APPLY)
    must = raw(c.must_have)
    assert "Knowledge of principles and practices of management" in must
    assert "Ability to work independently" in must
    assert any("possess and maintain a valid California driver's license" in item for item in must)
    # the selection's steps are no requirements
    assert not any("Interviews" in item or "Best Qualified" in item or "Job Offer" in item for item in must)
    prepare = " | ".join(raw(c.prepare))
    assert "Formulates and implements department goals and policies" in prepare
    apply = raw(c.how_to_apply)
    assert any(item.startswith("Interested applicants are encouraged to submit") for item in apply)
    assert not any("Formulates" in item or "Manages daily" in item for item in apply)


FLATTENED_WITH_A_REQUIRED_RUN = (
    "Applied ML Engineer\n\n"
    "Applied ML Engineer Northgate is leading the search for an Applied ML Engineer in Denver, CO. You will join a small team "
    "building tools for factories. The ideal candidate is a curious developer who loves trying new ideas in code. "
    "Responsibilities include Algorithm prototyping and validation Data analysis and feature engineering "
    "Required 3-5 years of experience in ML development Strong background in applied statistics "
    "Proficiency with Python or MATLAB Master of Science Degree is strongly preferred, but not required "
    "This is a full time role based in Denver, CO. Principals only. Recruiters, do not contact this job poster.\n"
)


def test_a_required_run_in_a_flattened_posting_is_its_list() -> None:
    c = text_context(FLATTENED_WITH_A_REQUIRED_RUN)
    must = raw(c.must_have)
    assert "3-5 years of experience in ML development" in must
    assert "Strong background in applied statistics" in must
    assert "Proficiency with Python or MATLAB" in must
    assert not any("Recruiters" in item or "Principals" in item for item in must)
    nice = " | ".join(raw(c.nice_to_have))
    assert "Master of Science Degree is strongly preferred" in nice
    assert "The ideal candidate is a curious developer" in nice


PAGE_WIDGETS_AFTER_THE_LIST = """Data Scientist
Lakeside Labs, Austin, TX

Requirements
Master's degree in statistics
3 years of experience in data science
What you'll experience working at Lakeside:
.
Options
Apply for this job onlineApply
Share
Email this job to a friendRefer
Sorry the Share function is not working properly at this moment. Please refresh the page and try again later.
Share on your newsfeed
Connect With Us!
"""


def test_an_application_page_s_widgets_are_no_items() -> None:
    c = text_context(PAGE_WIDGETS_AFTER_THE_LIST)
    assert raw(c.must_have) == ["Master's degree in statistics", "3 years of experience in data science"]
    assert not any("Apply for this job" in item or "friend" in item for item in raw(c.how_to_apply))


ASKS_IN_ABOUT_THE_TEAM = """Elections Manager
Aspen County, Aspen, CO

About the team
The Elections Division is proud of its work. Commitment to including every community is vital to our mission. This person must be committed to building a culture where anyone can succeed.

Commitment to building an inclusive and supportive work culture is required.

Requirements
- Five years of supervisory experience
"""

NEAREST_MARKET_ONLY = """Associate Data Scientist

Requirements
- Two years of Python

Nearest Major Market: Tacoma
"""


def test_asks_in_about_the_team_and_the_nearest_market_as_the_place() -> None:
    must = raw(text_context(ASKS_IN_ABOUT_THE_TEAM).must_have)
    assert "This person must be committed to building a culture where anyone can succeed." in must
    assert "Commitment to building an inclusive and supportive work culture is required." in must
    assert not any(item.startswith("Commitment to including") for item in must)
    assert text_context(NEAREST_MARKET_ONLY).location == "Tacoma"


FIRST_REVIEW_DATE = """Program Specialist
State Elections Office, Olympia, WA

Please note: Interviews will be conducted on an ongoing basis. First review of applicants will begin on March 31, 2032.

Requirements
- Two years of program experience
"""


def test_the_first_review_of_applicants_is_no_start_date() -> None:
    c = text_context(FIRST_REVIEW_DATE)
    assert "March 31, 2032" not in " | ".join(raw(c.before_you_apply))
    assert c.start is None


CITIZENSHIP_AND_OTHER_WORDING = """Deputy Director
Greene County Board of Elections, Xenia, OH

Note: Since this position is for a Federal Project, a candidate must possess US Citizenship to obtain Clearance.

Duties
- Supervises the elections staff.
- Serves at the pleasure of the Members of the Board.
- Position opened until filled

Requirements
- Must have strong customer relations skills.
- Experience with elections is encouraged.
- Critical thinking and problem-solving skills are essential for this work.

You should thrive in a fast-paced environment.
"""


def test_citizenship_advice_and_other_wordings() -> None:
    c = text_context(CITIZENSHIP_AND_OTHER_WORDING)
    advice = raw(c.before_you_apply)
    assert advice[0].startswith("The posting asks for U.S. citizenship (line 4)")
    assert not any("visa sponsorship" in item for item in advice)
    assert "Experience with elections is encouraged." in raw(c.nice_to_have)
    must = raw(c.must_have)
    assert "Critical thinking and problem-solving skills are essential for this work." in must
    assert "You should thrive in a fast-paced environment." in must
    prepare = " | ".join(raw(c.prepare))
    assert "Supervises the elections staff" in prepare
    assert "pleasure" not in prepare and "until filled" not in prepare


def test_a_citizen_s_resume_resolves_the_citizenship_line_and_a_green_card_does_not(tmp_path) -> None:
    from conftest import ROOT, run_cli

    posting = tmp_path / "posting.txt"
    posting.write_text(CITIZENSHIP_AND_OTHER_WORDING, "utf-8")
    resumes = ROOT / "tests" / "fixtures" / "resume_fit" / "resumes"
    lines = {}
    for resume in ("election-admin.md", "junior-web-dev.md"):  # a U.S. citizen; a green card holder
        code, out, err = run_cli("checklist", str(posting), "--stdout", "--today", "2026-12-06", "--resume", str(resumes / resume))
        assert code == 0, err
        lines[resume] = next(line for line in out.splitlines() if "asks for U.S. citizenship" in line)
    assert lines["election-admin.md"].startswith("- [x]")
    assert lines["junior-web-dev.md"].startswith("- [ ]")
