"""Checklist items come from the posting's zones (issue 23 parts 1-3, issue 17 point 4).

Each test is one kind of error a demanding applicant found in real checklists, on a fixture written
for it: requirements lost when their section is a label line; headings, statements, blurbs and
metadata as items; desirable items as must-haves; prompts garbled by inflection; advice that
contradicts the header facts; alternatives, compounds, duplicate questions, date ranges, pay caps,
other pay, how to apply and benefits.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from conftest import FIXTURES, task_sections
from postlint.checklist.checklist import build_context, prepare_prompt, render
from postlint.engine import Engine
from postlint.engine.config import Config, validate

CHECKLIST = FIXTURES / "checklist"


def context(text: str, path: str = "posting.txt", today: str = "2026-06-01", index: int = 0):
    engine = Engine(Config(settings=validate({"today": today}, "test")))
    result = engine.check_text(text, path)
    return build_context(result.postings[index], result.findings)


def raw(items) -> list[str]:
    return [i.raw for i in items]


def sections(markdown: str) -> dict[str, list[str]]:
    """Each h2 heading -> the text of its top-level list items (id comments removed)."""
    return {heading: [re.sub(r"\s*<!--.*-->$", "", text) for _, text in items]
            for heading, items in task_sections(markdown).items()}


PAYROLL = (CHECKLIST / "payroll-label-sections.txt").read_text("utf-8")


# -- 1. requirement sections from headings and label lines --------------------------------------


def test_label_lines_and_headings_open_requirement_sections() -> None:
    c = context(PAYROLL)
    assert raw(c.must_have) == [
        "Excel, SQL, payroll software",
        "Bachelor's degree in accounting or finance",
        "Certified Payroll Professional (CPP)",
        "3+ years of payroll experience",
        "Knowledge of state wage laws",
        # Not a label (the parser's labels have no commas): the line under "Required Skills", whole.
        "Minimum Requirements, Qualifications, Additional Skills: two references from payroll managers",
    ]
    # Nothing of the requirement sections reaches Prepare as "An example that shows ...".
    assert not any("years of payroll" in p.raw or "Bachelor" in p.raw for p in c.prepare)


@pytest.mark.parametrize("heading", ["Requirements:", "Required Qualifications", "REQUIREMENTS", "Required Skills:",
                                     "Education:", "Certifications:", "Skill Sets:", "You'll have",
                                     "Minimum Requirements, Qualifications, Additional Skills:"])
def test_each_requirement_heading_gives_must_haves(heading: str) -> None:
    c = context(f"Clerk\n\nWe file records for the county court.\n\n{heading}\n- Two years of filing experience\n- A valid driver's license\n")
    assert raw(c.must_have) == ["Two years of filing experience", "A valid driver's license"]
    assert c.prepare == []


def test_sub_headings_under_a_requirements_heading_stay_requirements() -> None:
    text = ("# Head of Research\n\n## You'll have\n\n### Interviewing (Expert Level)\n\n- Lead interviews with users.\n\n"
            "### Synthesis (Working Level)\n\n- Turn notes into findings. Share them with the team.\n\n## Benefits\n\n- A pension\n")
    c = context(text, "role.md")
    assert raw(c.must_have) == ["Lead interviews with users.", "Turn notes into findings.", "Share them with the team."]
    assert c.benefits == ["A pension"]


# -- 3 and 6. statements, blurbs, labels, headings and metadata are no items ----------------------


def test_statements_blurbs_intros_and_metadata_are_not_items() -> None:
    c = context(PAYROLL)
    everything = [i.raw for i in c.must_have + c.nice_to_have + c.prepare]
    for never in ("Job Type", "Full-time", "Requisition ID", "2020-7576", "Harbor City Transit runs",
                  "Our headquarters", "It is desirable that you can also demonstrate", "This role reports"):
        assert not any(never in text for text in everything), never


def test_company_prose_under_a_job_description_heading_is_no_duty() -> None:
    text = ("Data Analyst\n\nJob Description\n\nNorthwind is seeking analysts to join our growing team. "
            "The program is a portfolio of forty projects. We are a team of 24 people.\n\n"
            "What you'll do\n- Build weekly revenue reports\n- Tune the forecasting models\n")
    c = context(text)
    assert [p.raw for p in c.prepare] == [prepare_prompt("Build weekly revenue reports"),
                                          prepare_prompt("Tune the forecasting models")]


def test_an_intro_ending_in_a_colon_switches_to_desirable_and_is_no_item() -> None:
    text = ("Policy Adviser\n\n## Skills you need\n\nIt is essential that you can demonstrate the following skills in your application:\n\n"
            "- Writing briefings for ministers\n- Managing stakeholders\n\n"
            "In addition, the following will be tested at interview. You will need to show that you can:\n\n- Chair a meeting\n\n"
            "It is desirable that you can also demonstrate the following:\n\n- Experience of the legislative process\n\n"
            "Please note that desirable criteria will only be used to break a tie.\n")
    c = context(text, "adviser.md")
    assert raw(c.must_have) == ["Writing briefings for ministers", "Managing stakeholders", "Chair a meeting"]
    assert raw(c.nice_to_have) == ["Experience of the legislative process"]


def test_a_signature_ends_the_requirements() -> None:
    text = ("Data Scientist\n\nRequirements:\n\n-Python or R a must\n-Healthcare experience is a must\n\nÂ\n\n"
            "Thanks & Regards\nPat Lee\nSenior Recruiter\n")
    c = context(text)
    assert raw(c.must_have) == ["Python or R a must", "Healthcare experience is a must"]


# -- 7. desirable lists and merged lists -----------------------------------------------------------


def test_a_list_the_parser_read_as_one_sentence_is_split_into_its_lines() -> None:
    text = ("Data Architect\n\nYou'll Bring These Qualifications:\n"
            "Must possess knowledge of data governance\nExcellent written communication skills\n"
            "Experience in three (3) or more of the following areas:\nData profiling\nData warehousing\nService oriented architecture\n"
            "These Qualifications Would be Nice to Have:\nExperience with previous software development\n")
    c = context(text)
    assert raw(c.must_have) == [
        "Must possess knowledge of data governance",
        "Excellent written communication skills",
        "Three (3) or more of: Data profiling; Data warehousing; Service oriented architecture",
    ]
    assert raw(c.nice_to_have) == ["Experience with previous software development"]


def test_requirement_headings_run_into_prose_are_read() -> None:
    text = ("Data Scientist\n\nYou will build models from text. Basic Qualifications Bachelor's degree in statistics. "
            "Preferred Skills Experience with spaCy. Familiarity with Kubernetes.\n")
    c = context(text)
    assert raw(c.must_have) == ["Bachelor's degree in statistics."]
    assert raw(c.nice_to_have) == ["Experience with spaCy.", "Familiarity with Kubernetes."]


# -- 17.4 alternatives, compounds, instructions -----------------------------------------------------


def test_alternatives_are_one_item() -> None:
    text = ("Inspector\n\nRequirements\n- A bachelor's degree in engineering; or\n- Four years of inspection experience; or\n"
            "- A state inspector certificate\n- A valid driver's license\n")
    c = context(text)
    assert raw(c.must_have) == [
        "One of: A bachelor's degree in engineering; Four years of inspection experience; A state inspector certificate",
        "A valid driver's license",
    ]


def test_a_table_of_equivalent_routes_is_one_item() -> None:
    text = ("Analyst\n\nEducation & Experience Required:\n12 Years of related experience and a High School diploma\n"
            "8 Years of related experience and a Bachelors degree\n4 Years of related experience and a Doctorate\n")
    c = context(text)
    assert raw(c.must_have) == ["One of: 12 Years of related experience and a High School diploma; "
                                "8 Years of related experience and a Bachelors degree; 4 Years of related experience and a Doctorate"]


def test_instructions_go_to_how_to_apply_not_must_have() -> None:
    text = ("Clerk\n\nRequirements\n- Two years of office experience\n- Submit your resume and two references\n"
            "- Please contact HR if you need an accommodation\n\nHow to Apply\nTo be considered you must attach the following:\n"
            "Letter of interest\nCurrent resume\nApplications will be sifted by a panel.\n\nApply: https://jobs.example.org/clerk-12\n")
    c = context(text)
    assert raw(c.must_have) == ["Two years of office experience"]
    assert raw(c.how_to_apply) == ["Submit your resume and two references", "Please contact HR if you need an accommodation",
                                   "Letter of interest", "Current resume"]
    assert c.apply_links == ["https://jobs.example.org/clerk-12"]
    markdown = render(c)
    assert "- **Apply:** https://jobs.example.org/clerk-12" in markdown
    assert sections(markdown)["How to apply"][:1] == ["Submit your resume and two references"]


# -- 2. prompts never garble ------------------------------------------------------------------------


@pytest.mark.parametrize("duty", ["Predictive models of churn for each region", "Are you driven? Show us",
                                  "Historical and accuracy reports", "Essential Functions of the desk", "Develop and launch features"])
def test_prepare_prompts_quote_the_duty_and_never_inflect(duty: str) -> None:
    prompt = prepare_prompt(duty + ".")
    assert prompt.endswith(f'"{duty.rstrip(".")}"')
    assert not re.search(r"\b\w+(?:ived|ared|aled|ied)\b", prompt.replace(duty, ""))


def test_prepare_items_from_a_posting_quote_their_duties() -> None:
    c = context(PAYROLL)
    prompts = [p.raw for p in c.prepare]
    assert prompts == [prepare_prompt("Process biweekly payroll for 900 staff"),
                       prepare_prompt("Predictive models of overtime for each depot"),
                       prepare_prompt("Reconcile timesheets with the scheduling system")]
    assert not any("predictived" in p or "ared you" in p for p in prompts)  # the question "Are you driven?" is no duty


# -- 4. advice and questions from the header facts ---------------------------------------------------


GIG = """---
title: Icon set for a recipe app
organization: Stovetop
status: {status}
date_posted: {posted}
compensation: gratis
role: Icon design
deliverables: Source files for every icon
how_to_apply:
  - Email the maintainer at hello@stovetop.example
---
We are building an open source recipe app and need a set of twelve icons.
"""


def test_a_closed_gig_says_so_and_does_not_say_apply_early() -> None:
    c = context(GIG.format(status="solved", posted="2026-05-01"), "gig.md")
    logistics = raw(c.before_you_apply)
    assert any("marked closed (status: solved)" in text for text in logistics)
    assert not any("apply early" in text for text in logistics)
    assert c.status == "closed (status: solved)"
    assert c.pay == "unpaid (compensation: gratis)"
    assert not any("pay range" in q.raw for q in c.questions)  # gratis answers it
    assert raw(c.how_to_apply) == ["Email the maintainer at hello@stovetop.example"]
    assert [p.raw for p in c.prepare] == ['Plan how you would deliver: "Source files for every icon"']
    assert c.role == "Icon design"
    assert "- **Status:** closed (status: solved)" in render(c)


def test_an_open_but_years_old_posting_asks_to_check_it_is_still_open() -> None:
    c = context(GIG.format(status="searching", posted="2021-03-24"), "gig.md", today="2026-12-06")
    logistics = raw(c.before_you_apply)
    assert "The posting dates from 2021-03-24, 5 years ago: check it is still open before applying" in logistics
    assert not any("apply early" in text for text in logistics)
    fresh = context(GIG.format(status="searching", posted="2026-11-20"), "gig.md", today="2026-12-06")
    assert "No application deadline is stated: apply early" in raw(fresh.before_you_apply)


def test_a_passed_deadline_is_said_and_no_apply_before_it() -> None:
    text = "Records Clerk\n\nLocation: Olympia, WA\nClosing Date: 3/15/2023\n\nRequirements\n- Typing at 40 words a minute\n"
    c = context(text, today="2026-12-06")
    logistics = raw(c.before_you_apply)
    assert any(t.startswith("The deadline (3/15/2023) has passed") for t in logistics)
    assert not any(t.startswith("Apply before the deadline") for t in logistics)


def test_front_matter_deliverables_with_a_requirements_heading_are_requirements() -> None:
    text = ('---\ntitle: Senior UX Designer\norganization: Kestrel\ndeliverables: "## Required Skills And Experience\\n\\n'
            '- Ability to run design critiques\\n- 5 years experience in UX design roles\\n"\n---\n'
            "Kestrel makes accounting software.\n\n## What you will be doing\n\n- You will lead design for the invoicing product\n")
    c = context(text, "ux.md")
    assert raw(c.must_have) == ["Ability to run design critiques", "5 years experience in UX design roles"]
    assert not any("What are the requirements" in q.raw for q in c.questions)


def test_work_from_home_in_a_benefits_line_is_not_a_remote_role() -> None:
    c = context(PAYROLL)
    assert c.location is None or "remote" not in c.location
    assert not any("remote" in t for t in raw(c.before_you_apply))
    stated = context("Support Engineer\n\nThis is a fully remote role.\n\nRequirements\n- Two years of support experience\n")
    assert stated.location and "remote" in stated.location


def test_questions_are_asked_only_when_the_posting_lacks_the_answer() -> None:
    c = context(PAYROLL)  # pay, employment and requirements stated
    asked = " ".join(q.raw for q in c.questions)
    assert "pay range" not in asked and "full-time, part-time" not in asked and "What are the requirements" not in asked
    bare = context("Courier\n\nWe are hiring a courier to deliver parcels across the city. Apply with your resume.\n")
    asked = " ".join(q.raw for q in bare.questions)
    assert "pay range" in asked


def test_a_page_that_is_not_a_posting_gets_no_items() -> None:
    c = context("Page not found\n\nThe page you were looking for does not exist. Try the search box.\n")
    assert c.not_a_posting
    assert not (c.before_you_apply or c.must_have or c.nice_to_have or c.prepare or c.questions or c.how_to_apply)
    assert "does not read as a job posting (E005)" in render(c)


# -- 17.4 pay, dates, questions -------------------------------------------------------------------------


def test_other_pay_is_shown_apart_from_base_pay_and_a_cap_is_labelled() -> None:
    c = context(PAYROLL)
    assert c.pay == "$28 - $34 per hour"
    assert c.other_pay is not None and "$3 per hour (premium)" in c.other_pay and "(bonus)" in c.other_pay
    capped = context("IT Specialist\n\nSalary: $98,496 - $128,043 per year (GS-12). Pay is limited to $191,900 per year by law.\n")
    assert capped.pay == "$98,496 - $128,043 per year; up to $191,900 per year (a cap, not the pay)"


def test_benefits_are_rendered_when_the_posting_has_them() -> None:
    markdown = render(context(PAYROLL))
    assert sections(markdown)["Benefits"] == ["Health, dental and vision insurance",
                                              "Flexible time/work from home one day a month", "Free transit pass"]
    assert "## Benefits" not in render(context("Courier\n\nRequirements\n- A bicycle\n"))


# -- the seed's shape: four postings back to back, read as a recruiter would ---------------------------


def test_four_postings_back_to_back_read_right_to_a_recruiter() -> None:
    text = (CHECKLIST / "four-back-to-back.txt").read_text("utf-8")
    first = context(text)
    assert first.title == "Autumn Robotics Research Intern (Perception and Planning)"
    assert first.organization == "Lumenfold"
    assert first.pay == "$9,800 per month"
    assert first.period == "September-December 2026" and first.start is None  # a range, never "starts September 1"
    markdown = render(first)
    assert "September 1" not in markdown
    assert raw(first.must_have) == [
        "We are looking for candidates with experience in SLAM, motion planning, sensor fusion and reinforcement learning.",
        "Ability to legally work full time (40 hours/week) from September-December 2026",
        "Enrolled in a master's or PhD programme in Robotics, Computer Science or a related field",
        "Strong communicator and team player.",
        "Being able to work through open-ended problems.",
    ]
    assert raw(first.nice_to_have) == ["Publications in robotics or computer vision venues",
                                       "Strong passion for robotics and for building things that move",
                                       "Passion for warehouse automation"]
    assert len(first.prepare) == 4 and all(p.raw.startswith("An example from your own work for: \"") for p in first.prepare)
    questions = [q.raw.lower() for q in first.questions]
    assert len(questions) == len(set(questions))
    assert sum("passion for" in q for q in questions) == 1  # "passion for" / "Passion for" asked once
    assert not any("pay range" in q for q in questions)
    assert any("available for an internship: full-time, 40 hours/week (September-December 2026)" in t
               for t in raw(first.before_you_apply))
    split = {1: ["7+ years in backend systems", "Hands-on experience with stream processing frameworks."],
             2: ["4+ years industry computer vision experience", "An M.S. or Ph.D."],
             3: ["Strong production data engineering experience with Spark, Kafka, and cloud warehouses."]}
    for index, must in split.items():
        c = context(text, index=index)
        assert c.organization == "Lumenfold"
        assert raw(c.must_have) == must
        assert any("pay range" in q.raw for q in c.questions)


def test_ticks_and_notes_survive_a_rerun_of_the_zoned_checklist(tmp_path: Path) -> None:
    engine = Engine(Config(settings=validate({"today": "2026-06-01"}, "test")))
    result = engine.check_text(PAYROLL, "payroll.txt")
    posting = result.postings[0]
    first = render(build_context(posting, result.findings))
    edited = first.replace("- [ ] Knowledge of state wage laws", "- [x] Knowledge of state wage laws", 1)
    edited = edited.replace("- [ ] Submit your resume <!--", "- [x] Submit your resume <!--", 1)
    lines = edited.splitlines()
    at = next(i for i, line in enumerate(lines) if "Knowledge of state wage laws" in line)
    lines.insert(at + 1, "  - asked Sam about the Oregon rules")
    edited = "\n".join(lines) + "\n"
    again = render(build_context(posting, result.findings, existing=edited))
    assert again == edited


# -- lists the parser files wrongly or flattens ----------------------------------------------------------


def test_a_flattened_export_with_headings_and_bullets_run_into_the_text_is_read() -> None:
    text = ("Data Scientist\n\nAt Quillon we build pricing software for florists.RESPONSIBILITIES:* Build demand models* Run "
            "experimentsQUALIFICATIONS:* A bachelor's degree in statistics or economics* 3+ years of experience with Python"
            "* Familiarity with dbt is a plusTravel: up to 10%\n")
    c = context(text)
    assert raw(c.must_have) == ["A bachelor's degree in statistics or economics", "3+ years of experience with Python"]
    assert raw(c.nice_to_have) == ["Familiarity with dbt is a plus"]  # it says so
    assert not any("10%" in t for t in raw(c.must_have))


def test_a_requirement_list_under_no_heading_is_found_and_others_are_not() -> None:
    text = ("County Clerk\n\nADDITIONAL FUNCTIONS:\nPerforms other related functions as required.\n\n"
            "Bachelor's degree in public administration or a related field;\nKnowledge of the budgeting process;\n"
            "Ability to exercise tact and courtesy;\nRecords administration experience preferred;\n\n"
            "Our office\nServes 200,000 voters\nOpen weekdays\n")
    c = context(text)
    assert raw(c.must_have) == ["Bachelor's degree in public administration or a related field;", "Knowledge of the budgeting process;",
                                "Ability to exercise tact and courtesy;"]
    assert raw(c.nice_to_have) == ["Records administration experience preferred;"]


def test_duties_and_a_questionnaire_inside_a_requirements_section_leave_it() -> None:
    text = ("Elections Director\n\nJob Related Requirements\nBachelor's degree in public administration\n\n"
            "Must possess a valid driver's license.\n\nThe following duties are normal for this job. They are not exclusive.\n\n"
            "Planning and Voter Registration\nSupervises the petition process for recall petitions.\n\n"
            "Receives notices of candidacy and qualifying fees.\n\n"
            "Knowledge, Skills and Abilities\nKnowledge of the redistricting process.\n\n"
            "The county is an equal opportunity employer.\n\nWhich best describes your highest level of education?\n\n"
            "Some High School\n\nBachelor's Degree\n")
    c = context(text)
    assert raw(c.must_have) == ["Bachelor's degree in public administration", "Must possess a valid driver's license.",
                                "Knowledge of the redistricting process."]
    assert [p.raw for p in c.prepare] == [prepare_prompt("Supervises the petition process for recall petitions"),
                                          prepare_prompt("Receives notices of candidacy and qualifying fees")]


def test_unknown_sub_headings_placeholders_and_bold_leads_read_right() -> None:
    text = ("# Researcher\n\n## Selection criteria\n\n* **Interviewing**. Ability to run interviews with users\n"
            "* [Add one more essential skill]\n\nMinimum Requirements and Key Attributes\n\n- A degree or equivalent experience\n\n"
            "Preferred Experience and Expertise\n\n- Experience with diary studies\n\nTravel\n\n- Up to two days a month\n")
    c = context(text, "role.md")
    assert raw(c.must_have) == ["Interviewing: Ability to run interviews with users", "A degree or equivalent experience"]
    assert raw(c.nice_to_have) == ["Experience with diary studies"]


def test_front_matter_skills_are_requirements_and_plain_deliverables_are_prepare() -> None:
    text = ('---\ntitle: Brand kit for a blood donation app\norganization: Dropwise\nstatus: searching\ncompensation: gratis\n'
            'skills: "Logo design\\r\\nMaterial design"\ndeliverables: "A logo\\r\\n- Onboarding screens\\r\\n- Profile screen"\n---\n'
            "Dropwise matches blood donors with hospitals.\n")
    c = context(text, "gig.md")
    assert raw(c.must_have) == ["Logo design", "Material design"]
    assert [p.raw for p in c.prepare] == ['Plan how you would deliver: "A logo"', 'Plan how you would deliver: "Onboarding screens"',
                                          'Plan how you would deliver: "Profile screen"']


def test_html_entities_in_a_text_export_read_as_characters() -> None:
    c = context("Title: Elections &amp; Registration Director\n\nRequirements\n- Knowledge of R&amp;D budgets\n")
    assert c.title == "Elections & Registration Director"
    assert raw(c.must_have) == ["Knowledge of R&D budgets"]


def test_routes_substitutions_and_requirements_among_duties_read_right() -> None:
    text = ("Registrar\n\nJob Description\n- Examine voter registration applications every day\n"
            "- A PhD is mandatory in any field.\n\nMinimum Qualifications\n"
            "- Master's degree in statistics required plus 6 years of experience; or PhD and 2 years of experience.\n"
            "- Additional experience may be substituted on a year-for-year basis for the required education.\n\n"
            "Preferred Qualifications\n- Preference will be given to applicants who possess the following.\n- Experience with polling-place logistics\n\n"
            "About the Office\nA high school diploma; completion of training in office software; one year of experience in a public office; "
            "or any equivalent combination of experience and training.\n")
    c = context(text)
    assert raw(c.must_have) == [
        "A PhD is mandatory in any field.",
        "Master's degree in statistics required plus 6 years of experience; or PhD and 2 years of experience.",
        "A high school diploma",
        "Completion of training in office software",
        "One of: One year of experience in a public office; any equivalent combination of experience and training",
    ]
    assert raw(c.nice_to_have) == ["Experience with polling-place logistics"]
    assert [p.raw for p in c.prepare] == [prepare_prompt("Examine voter registration applications every day")]


def test_a_duty_line_that_names_a_role_does_not_start_a_new_checklist() -> None:
    text = ("Operations Coordinator\n\nOur warehouse team in Reno ships 3,000 orders a day.\n\nResponsibilities\n"
            "Inventory Counts\nHelp the inventory manager reconcile the weekly counts.\nShift Supervisor Handover\n"
            "Write the handover notes for the next shift supervisor.\n\nRequirements\n- Two years of warehouse experience\n")
    engine = Engine(Config(settings=validate({"today": "2026-06-01"}, "test")))
    assert len(engine.check_text(text, "ops.txt").postings) == 1


def test_a_lead_in_under_an_empty_requirements_heading_opens_its_list() -> None:
    text = ("Payroll Analyst\n\nWhat you will do\n- Reconcile the monthly payroll runs\n\n"
            "Qualifications & Key Attributes\n\nThe successful person will bring:\n"
            "Advanced proficiency in Microsoft Excel.\nThree years of payroll experience is required.\n"
            "Knowledge of state wage laws is preferred.\n")
    c = context(text, "payroll.txt")
    musts = " | ".join(i.raw for i in c.must_have)
    assert "Advanced proficiency in Microsoft Excel" in musts and "Three years of payroll experience" in musts
    assert any("state wage laws" in i.raw for i in c.nice_to_have)


def test_role_lines_written_as_labels_under_the_description_are_requirements() -> None:
    text = ("Machine Learning Engineer\n\nJob Description:\n"
            "Pipeline Builder: hands-on coding skills and experience with\nAirflow, dbt,\n"
            "Vision Modeler: understanding of image segmentation and detection\n"
            "Team: you will join four engineers in Lisbon.\n")
    musts = [i.raw for i in context(text).must_have]
    assert "Pipeline Builder: hands-on coding skills and experience with Airflow, dbt" in musts
    assert "Vision Modeler: understanding of image segmentation and detection" in musts
    assert not any(m.startswith("Team:") for m in musts)  # a label that asks for no skill


def test_a_sentence_after_a_semicolon_list_of_requirements_is_one_more() -> None:
    text = ("Records Clerk\n\nWhat you will do\n- File the daily records\n\nAbout the Department\n"
            "The department keeps the county's land records and serves about 200 visitors a week.\n\n"
            "A high school diploma; completion of training in spreadsheets; two years of clerical experience; "
            "or any equivalent combination of experience and training. Must hold a valid driver's license.\n")
    musts = raw(context(text).must_have)
    assert "Must hold a valid driver's license" in musts or "Must hold a valid driver's license." in musts
    assert not any("Must hold" in m and "equivalent" in m for m in musts)
