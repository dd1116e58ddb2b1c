"""Checklists of postings shaped like the unseen samples of session 11 (issue 23, seeds 53-55).

Each test is one kind of error found reading checklists of never-seen postings item by item, on a
text written for it: a bold sentence taken for a pay heading that swallowed the rest of the
posting, an "Ability to:" lead-in put in front of every paragraph after its list, a lone "OR," as an
item, a "Management Preference:" label read as required, and a driver's licence asked "to be
considered" read as an application step.
"""

from __future__ import annotations

from postlint.ingest.headings import heading_text
from test_checklist_lost_structure import raw, text_context

COUNTY_DIRECTOR = """=== JOB DETAILS ===

Title: Director of Elections
Salary: $70,000.00 - $110,000.00 YEAR
Location: Milltown, NC
Employer: Harlow County

=== JOB DESCRIPTION ===

*This position is open until filled*
** Pay will be set according to the applicant's education and experience**

The Director runs the county's elections office under the direction of the county board.

Plans and runs every election, including ballot design and the testing of voting machines.
Prepares the annual budget of the office and reports on its spending to the board.
Trains and supervises the permanent staff and the temporary poll workers.

Work experience in county election administration. A degree from a four-year college and two (2) years of experience in running a public program.

Management Preference: Four (4) years of experience in planning and conducting elections.

Driving is an essential function of this position. To be considered, you must have a valid driver's license with a clean driving record.

Drug screen and background check are required.

Thorough knowledge of state election law and the rules of the state board
Ability to direct staff and plan the use of resources
"""

DIVISION_MANAGER = """=== JOB DETAILS ===

Title: Elections Operations Manager
Location: Brookfield, TX
Employer: Brook County

=== JOB DESCRIPTION ===

Manages the operations of the elections division.

Education and Experience:
Bachelor's degree in Public Administration or a directly related field AND four (4) years of elections experience.

OR,

Any combination of education and experience that is equivalent to the stated education and experience.

Knowledge of:

State and federal election laws.
Budget preparation and office management.

Ability to:
Plan, organize and direct projects.
Work independently.

Brook County staff take part in the county's emergency response.

This job description is generic in nature and is not an exhaustive list of duties.

Criminal Background Check and Employment History Check Required.

BenefitsEmployment at Brook County comes with a full range of benefits. Part-time employees earn leave on a prorated basis.
"""


def test_a_bold_sentence_is_no_heading() -> None:
    assert heading_text("** Pay will be set according to the applicant's education and experience**") is None
    assert heading_text("**Minimum Qualifications**") == "Minimum Qualifications"
    assert heading_text("**What you will be doing in this role every day:**") is not None


def test_requirements_after_a_bold_pay_note_are_read() -> None:
    c = text_context(COUNTY_DIRECTOR)
    must = raw(c.must_have)
    assert "Work experience in county election administration." in must
    assert "Drug screen and background check are required." in must
    assert "Thorough knowledge of state election law and the rules of the state board" in must
    assert "Ability to direct staff and plan the use of resources" in must
    assert any("Trains and supervises the permanent staff" in p.raw for p in c.prepare)


def test_a_driving_licence_asked_to_be_considered_is_a_requirement_not_a_step() -> None:
    c = text_context(COUNTY_DIRECTOR)
    assert any("valid driver's license" in m for m in raw(c.must_have))
    assert not any("driver's license" in a.raw for a in c.how_to_apply)


def test_a_preference_label_is_nice_to_have() -> None:
    c = text_context(COUNTY_DIRECTOR)
    assert any(n.startswith("Management Preference: Four (4) years") for n in raw(c.nice_to_have))
    assert not any("Management Preference" in m for m in raw(c.must_have))


def test_an_ability_to_lead_in_ends_with_its_list() -> None:
    must = raw(text_context(DIVISION_MANAGER).must_have)
    assert "Ability to plan, organize and direct projects." in must
    assert "Ability to work independently." in must
    assert "Knowledge of state and federal election laws." in must
    assert not any(m.startswith("Ability to") and ("Brook County" in m or "job description" in m or "enefits" in m) for m in must)
    assert not any("emergency response" in m or "prorated" in m for m in must)
    assert "Criminal Background Check and Employment History Check Required." in must


def test_a_lone_or_with_a_comma_joins_two_routes() -> None:
    must = raw(text_context(DIVISION_MANAGER).must_have)
    assert not any(m.strip(" ,.").lower() == "or" for m in must)
    route = next(m for m in must if "Bachelor's degree in Public Administration" in m)
    assert route.startswith("One of: ") and "Any combination of education and experience" in route


EXPLAINED_LIST = """Data Engineer

What We're Looking For

A problem solver at heart
Much of our work has no ready-made answer. You will often need to split large problems into smaller tasks and think them through.

3+ years of engineering experience
Things move quickly in our data group. You will need to be comfortable shipping cloud services at scale.

Professional experience with Spark or similar
This will be a large part of your work. Familiarity with the Spark ecosystem is a must.

Experience with the following will be highly valued

GitHub
All of our code lives on GitHub and every change goes through a pull request that a colleague reviews.

Continuous integration
Every commit runs our test suite and a build before it can be merged, and releases go out each day.
"""


def test_sentences_that_explain_a_named_requirement_are_not_requirements() -> None:
    c = text_context(EXPLAINED_LIST)
    must = raw(c.must_have)
    names = ["A problem solver at heart", "3+ years of engineering experience", "Professional experience with Spark or similar"]
    assert [m for m in must if m in names] == names
    # what an explanation itself asks stays
    assert "Familiarity with the Spark ecosystem is a must." in must
    assert "You will need to be comfortable shipping cloud services at scale." in must
    assert not any("Things move quickly" in m or "no ready-made answer" in m or "large part of your work" in m for m in must)
    nice = raw(c.nice_to_have)
    assert nice == ["GitHub", "Continuous integration"]


def test_a_highly_valued_heading_names_nice_to_haves() -> None:
    from postlint.ingest.headings import classify_heading
    from postlint.model import SectionKind

    assert classify_heading("Demonstrated experience with the following will be highly valued", fuzzy=True) is SectionKind.PREFERRED
    assert classify_heading("Background Checks", fuzzy=True) is SectionKind.REQUIREMENTS
    assert classify_heading("Retirement Plan Eligibility", fuzzy=True) is SectionKind.BENEFITS


# -- header facts in the checklist --------------------------------------------------------------------

def _before(text: str) -> list[str]:
    return [b.raw for b in text_context(text).before_you_apply]


def test_only_a_headquarters_is_named_as_such_not_as_where_the_job_is() -> None:
    text = "Data Scientist\n\nAcme Analytics is headquartered in McLean, VA. You will build models for our clients.\n"
    c = text_context(text)
    assert "The posting names only the employer's headquarters (McLean, VA): ask where the job is based" in _before(text)
    assert c.location == "not stated (the employer's headquarters: McLean, VA)"
    at_head_office = "Analyst\n\nThe position will be located in our headquarters in Reston, VA.\n"
    assert "Confirm you can work in Reston, VA, or plan the relocation or commute" in _before(at_head_office)


def test_a_posting_that_says_it_has_closed_is_closed() -> None:
    text = ("Clerk\n\nNOTE:\u00a0The application period has now closed. Only transfer candidates will be added.\n\n"
            "Process ballots and answer voters' questions.\n")
    c = text_context(text)
    assert c.status == 'closed: "NOTE: The application period has now closed." (line 3)'
    assert any(b.startswith('The posting says "NOTE: The application period has now closed."') for b in _before(text))
    open_one = "Clerk\n\nThis recruitment is closed to outside applicants.\n"
    assert text_context(open_one).status is None


def test_citizens_only_is_a_work_authorisation_ask() -> None:
    text = "Analyst\n\nMust be a United States citizen with an active Secret clearance.\n"
    # (since session 18, citizenship is named: no visa helps)
    assert "The posting asks for U.S. citizenship (line 3): confirm you meet it" in _before(text)
    assert "Confirm you are legally allowed to work in this role (the posting asks, line 3)" in _before("Analyst\n\nNote: Only USC\n")


# -- items ------------------------------------------------------------------------------------------

STATE_BOARD = """=== JOB DETAILS ===

Title: Personnel Director
Location: Dover, IL

=== JOB DESCRIPTION ===

Directs the personnel office of the board and advises its members.

Requires Bachelors degree in Human Resources or related field. Requires six (6) years of managerial human resource experience. A thorough knowledge of employment law and practice.


Preferred Qualifications: Master's degree in Human Resources, Business Administration, Public
Administration, or related field. SHRM certification (CP or SCP).

Hours: 8:00 am - 4:30 pm
Dover State Board
12 Main Street
Dover, IL 62700

Please complete the application and resume and mail or email to:
Dover State Board

12 Main Street
Dover, IL 62700
jobs@doverboard.example
"""


def test_requires_sentences_among_the_duties_are_each_a_requirement() -> None:
    must = raw(text_context(STATE_BOARD).must_have)
    assert "Requires six (6) years of managerial human resource experience." in must
    assert "A thorough knowledge of employment law and practice." in must


def test_a_degree_field_wrapped_at_a_line_end_is_one_item() -> None:
    nice = raw(text_context(STATE_BOARD).nice_to_have)
    assert "Master's degree in Human Resources, Business Administration, Public Administration, or related field." in nice
    assert "SHRM certification (CP or SCP)." in nice
    assert not any(n.startswith("Administration") for n in nice)


def test_where_to_send_an_application_stays_with_its_step() -> None:
    steps = [a.raw for a in text_context(STATE_BOARD).how_to_apply]
    step = next(s for s in steps if s.startswith("Please complete the application and resume and mail or email to: Dover State Board, 12 Main Street"))
    assert step.endswith("jobs@doverboard.example")


GIG = """---
title: Logo for a static site generator
organization: Quillmark
compensation: gratis
deliverables: "## What should the deliverable look like?\\r\\n\\r\\nTwo images: a logo for the header and a favicon."
how_to_apply: See below
---

## How to apply

- [Comment on the issue](https://example.org/quillmark/issues/7)
"""


def test_a_pointer_is_no_step_and_a_heading_is_no_deliverable() -> None:
    c = text_context(GIG, "gig.md")
    assert [a.raw for a in c.how_to_apply] == ["[Comment on the issue](https://example.org/quillmark/issues/7)"]
    assert not any("##" in p.raw for p in c.prepare)
    assert any("Two images" in p.raw for p in c.prepare)


POLICY_MANAGER = """Program Manager

About this Role:

Brightwater Data is growing its team and is seeking a program manager for its voting-rights work.
Developing partnerships with county election offices.
Managing grant budgets and reporting to funders.
Working with volunteers across the state on outreach events.
Knowledge of state election law.
Ability to speak to the press on behalf of the program.

This is a remote, part-time position, with the potential to transition to a full-time position.

Qualifications:
3-4 years of experience working in public policy, elections experience preferred
Excellent writing skills

Some Characteristics That Define You

Patient. As a program manager you will wait on many slow decisions by public bodies. We need someone who keeps calm through them.
Organized. Grants, reports and events all run on fixed dates, and you will keep all of them on track.

Required Skills

On top of the many qualities you bring, there are many skills that can help you succeed at Brightwater. Here are a few:
Project management experience
"""


def test_a_preference_after_a_comma_in_lower_case_is_its_own_nice_to_have() -> None:
    c = text_context(POLICY_MANAGER)
    assert "3-4 years of experience working in public policy." in raw(c.must_have)
    assert "Elections experience preferred" in raw(c.nice_to_have)


def test_a_role_section_lists_its_duties_and_what_it_asks() -> None:
    c = text_context(POLICY_MANAGER)
    prepare = [p.raw for p in c.prepare]
    assert any("Managing grant budgets and reporting to funders" in p for p in prepare)
    assert "Knowledge of state election law." in raw(c.must_have)
    assert "Ability to speak to the press on behalf of the program." in raw(c.must_have)


def test_a_type_the_job_may_become_is_not_its_type() -> None:
    assert text_context(POLICY_MANAGER).employment == "part-time"


def test_qualities_that_define_you_are_requirements_each_with_what_it_means() -> None:
    c = text_context(POLICY_MANAGER)
    must = raw(c.must_have)
    assert any(m.startswith("Patient. As a program manager you will wait") and m.endswith("keeps calm through them.") for m in must)
    assert any(m.startswith("Organized. Grants, reports and events") for m in must)
    assert not any("Patient" in p.raw or "Organized" in p.raw for p in c.prepare)


def test_a_lead_in_that_says_there_are_skills_is_no_requirement() -> None:
    must = raw(text_context(POLICY_MANAGER).must_have)
    assert "Project management experience" in must
    assert not any(m.startswith("On top of") for m in must)


def test_unpaid_or_a_sum_is_shown_as_stated() -> None:
    text = "---\ntitle: Branding for a radio app\ncompensation: gratis or $120 total\n---\n\nWe need a logo.\n"
    assert text_context(text, "gig.md").pay == 'as stated: "compensation: gratis or $120 total"'
    assert text_context(text.replace(" or $120 total", ""), "gig.md").pay == "unpaid (compensation: gratis)"


PRINCIPAL = """Principal Data Scientist

Job Description
Principal Data Scientist, Clearance Required – TS/SCI w/Polygraph

Lead the modelling work of the analytics team and review the models of others.

Education, Qualifications, Skills and Experience

Essential for our Principal Data Scientist
MSc degree in a quantitative science
Hands-on experience applying data science tools

Desired Experience:
Technical Teamwork: You have experience participating on teams for machine learning projects.
Allowable Substitution: An associate's degree plus four years of additional experience may replace the degree.
"""


def test_a_priority_over_a_list_is_no_item() -> None:
    must = raw(text_context(PRINCIPAL).must_have)
    assert "MSc degree in a quantitative science" in must
    assert not any(m.startswith("Essential for") for m in must)


def test_the_title_again_with_a_detail_is_no_duty() -> None:
    c = text_context(PRINCIPAL)
    assert "Clearance Required – TS/SCI w/Polygraph" in raw(c.must_have)
    assert not any("Principal Data Scientist," in p.raw for p in c.prepare)


def test_a_named_skill_under_desired_experience_is_nice_to_have_and_a_substitution_is_no_skill() -> None:
    c = text_context(PRINCIPAL)
    assert any(n.startswith("Technical Teamwork: You have experience participating") for n in raw(c.nice_to_have))
    assert not any("Substitution" in m for m in raw(c.must_have) + raw(c.nice_to_have))


CLEARED = """Senior Data Scientist

Required Skills:
Experience with Python and SQL.
Strong written and verbal communication skills.
Security Clearance:
Active TS/SCI with polygraph required.
Acme Analytics, from data to decisions.
Acme Analytics delivers analytics to public agencies across the country.
Integrity • We hold ourselves to the highest standards.
Earn a REFERRAL BONUS for the people you know.

Background Checks:
A criminal history background check will be required for finalists.
Our campus has free parking.
"""


def test_under_a_clearance_or_background_check_heading_only_what_asks_is_a_requirement() -> None:
    must = raw(text_context(CLEARED).must_have)
    assert "Active TS/SCI with polygraph required." in must
    assert "A criminal history background check will be required for finalists." in must
    assert not any("Acme Analytics" in m or "Integrity" in m or "REFERRAL" in m or "parking" in m for m in must)


def test_a_hybrid_work_heading_is_no_item_but_remote_working_experience_is() -> None:
    text = ("Designer\n\nDesirable Qualifications:\nExperience working in elections.\nHybrid Work Environment\n"
            "Remote working experience\n")
    nice = raw(text_context(text).nice_to_have)
    assert "Experience working in elections." in nice
    assert "Remote working experience" in nice
    assert "Hybrid Work Environment" not in nice


def test_or_a_desire_preferred_stays_one_nice_to_have() -> None:
    text = "Analyst\n\nQualifications:\nCertification, or a desire to obtain certification preferred.\nAdvanced Excel skills.\n"
    c = text_context(text)
    assert "Certification, or a desire to obtain certification preferred." in raw(c.nice_to_have)
    assert not any(m.startswith("One of:") for m in raw(c.must_have))


def test_lead_ins_to_duties_perks_and_challenges_inside_a_requirements_list() -> None:
    text = """=== JOB DESCRIPTION ===

We are looking for someone who is:
A planner. - You will need to keep several projects on schedule.
What you will typically be responsible for:
Leading and guiding the temporary staff of the section
Coordinating the workloads of the team members
A few reasons you might love this job:
You will serve your community through public service
A few challenges you might face in this job:
Legislation changes often so procedures must be rewritten
It is desirable if you can demonstrate the following:
Experience running a warehouse with a bar-code inventory system
"""
    c = text_context("Elections Specialist\n\n" + text)
    must = raw(c.must_have)
    assert any(m.startswith("A planner.") for m in must)
    assert not any("Leading and guiding" in m or "serve your community" in m or "Legislation changes" in m for m in must)
    assert any("Leading and guiding the temporary staff" in p.raw for p in c.prepare)
    assert any("bar-code inventory" in r for r in must + raw(c.nice_to_have))
