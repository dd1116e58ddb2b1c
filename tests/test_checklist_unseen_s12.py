"""Checklists of postings shaped like the unseen samples of session 12 (issue 23, seeds 57-58).

Each test is one kind of error found reading checklists of never-seen postings item by item, on a
text written for it: a heading glued to the end of the sentence before it, a question as the heading
of the requirements, lead-ins in capitals with no colon, the sentences that explain a requirement on
its own line, a job board's chrome after the list, and "C/C++" cut to "C/C+".
"""

from __future__ import annotations

from test_checklist_lost_structure import raw, text_context

GLUED_HEADINGS = """Data Scientist

Ridgeway Media builds measurement tools for publishers. Come and see why we were named a great place to work in the US.ABOUT THE ROLE:
You will build models that forecast the reach of a campaign.
You will present what you find to the product teams.
Our scientists help each other and raise the bar for the team.WHO WE ARE LOOKING FOR:
You have a track record of shipping machine learning projects. Most of them were large.
You have a strong sense of data intuition. At our scale, most textbook methods simply break.
You are able to explain a model to people who do not build them.
In addition, you have some familiarity with SQL.
Ridgeway Media does not accept unsolicited resumes from agencies.

Read Full Job Description

& gh_src=a1b2c3

First Name

Last Name

Email Address
"""


def test_a_heading_glued_to_the_sentence_before_it_opens_its_section() -> None:
    c = text_context(GLUED_HEADINGS)
    assert raw(c.must_have) == [
        "You have a track record of shipping machine learning projects.",
        "You have a strong sense of data intuition.",
        "You are able to explain a model to people who do not build them.",
        "In addition, you have some familiarity with SQL.",
    ]
    prepare = " ".join(raw(c.prepare))
    assert "forecast the reach of a campaign" in prepare


def test_sentences_that_explain_a_requirement_on_its_line_are_not_requirements() -> None:
    must = " ".join(raw(text_context(GLUED_HEADINGS).must_have))
    assert "Most of them were large" not in must
    assert "textbook methods" not in must


def test_a_job_boards_chrome_after_the_list_is_no_requirement() -> None:
    c = text_context(GLUED_HEADINGS)
    items = raw(c.must_have) + raw(c.nice_to_have)
    assert not any(name in " ".join(items) for name in ("Read Full Job Description", "gh_src", "First Name", "Last Name", "Email Address"))
    assert not any("unsolicited" in item for item in items)


QUESTION_HEADING = """Senior Data Scientist
Harbor Analytics, Arlington, VA

What's the Job?
· Cleaning and checking the data that feeds the safety models
· Building anomaly detection systems

About You
You are an experienced data scientist with an advanced degree. You will be able to find what the data hides.
What do you need to qualify?
*
· 8+ years of professional work experience in a quantitative field
· Experience with Amazon Web Services
· Current U.S. Citizen
Stand-out Skills
Deep learning with PyTorch
SQL, Java or C/C++.
"""


def test_a_question_that_names_the_requirements_is_their_heading_not_a_questionnaire() -> None:
    c = text_context(QUESTION_HEADING)
    must = raw(c.must_have)
    assert "8+ years of professional work experience in a quantitative field" in must
    assert "Experience with Amazon Web Services" in must
    assert "Current U.S. Citizen" in must
    assert not any("What do you need" in item for item in must)


def test_a_trailing_plus_of_a_language_name_is_kept() -> None:
    assert "SQL, Java or C/C++" in " ".join(raw(text_context(QUESTION_HEADING).nice_to_have))


CAPITAL_LEAD_INS = """Environmental Data Analyst
Brightwater Labs, Salem, MA

MAJOR RESPONSIBILITIES
Load survey data and field results into project databases
Perform routine queries on large datasets
Investigate quality issues in the data processing pipeline
THE FOLLOWING REQUIREMENTS MUST BE MET TO BE CONSIDERED FOR THIS POSITION
BS with 3 years' experience in Chemistry, Biology or Computer Science
Programming experience in SQL and R
Problem solving ability
THE FOLLOWING IS DESIRED, BUT NOT REQUIRED TO BE CONSIDERED FOR THIS POSITION
Experience in Oracle
GIS and MS Access experience
Familiarity with environmental sampling
LEGAL DISCLAIMER
The above statements describe the nature of the work.
"""


def test_lead_ins_in_capitals_without_a_colon_switch_the_list_and_its_priority() -> None:
    c = text_context(CAPITAL_LEAD_INS)
    assert raw(c.must_have) == [
        "BS with 3 years' experience in Chemistry, Biology or Computer Science",
        "Programming experience in SQL and R",
        "Problem solving ability",
    ]
    assert raw(c.nice_to_have) == ["Experience in Oracle", "GIS and MS Access experience", "Familiarity with environmental sampling"]
    prepare = " ".join(raw(c.prepare))
    assert "Perform routine queries" in prepare or "routine queries" in prepare
    assert "SQL and R" not in prepare


def test_a_job_based_in_a_city_after_its_hours_is_located_there_and_a_ranking_names_no_place() -> None:
    boston = text_context("Speech Data Scientist\nSonora Voice\n\nThe position is full time, based in Boston.\n\n"
                          "Requirements\n- A PhD in signal processing\n")
    assert boston.location == "Boston"
    ranked = text_context("Data Scientist\nMeridian Ads\n\nMeridian was named among the best workplaces in the US.\n"
                          "Thousands of patients die each year in the UK alone.\n\nRequirements\n- Python\n")
    assert ranked.location is None


APPLICATION_LABEL = """Communications Officer
Granite County, Ridgeview, CA

Minimum Qualifications
EXPERIENCE:  Three (3) years of experience in public relations.

Application Procedure:  To be considered, please complete the online application by the filing deadline.

The most qualified candidates may be referred for interview.

All communications about the selection process will be by email.

Work Location and Requirements: The team works in a hybrid model.

Employees must reside in the state and within a reasonable distance of the office.

Supplemental Questionnaire

01

Education: Indicate the highest degree you have completed and its field of study.
"""


def test_what_follows_an_application_label_in_the_list_is_about_applying_up_to_the_next_label() -> None:
    c = text_context(APPLICATION_LABEL)
    items = raw(c.must_have) + raw(c.nice_to_have)
    assert "Three (3) years of experience in public relations." in " ".join(items)
    assert not any("referred for interview" in i or "by email" in i for i in items)
    assert "Employees must reside in the state and within a reasonable distance of the office." in items
    # a questionnaire's prompt under a requirement's name is no requirement
    assert not any("Indicate the highest degree" in i for i in items)


def test_a_vague_etc_in_front_matter_how_to_apply_is_no_step() -> None:
    text = ('---\ntitle: Shop redesign\norganization: Tiendas\nhow_to_apply:\n  - shop@example.org\n'
            '  - "Send us your portfolio.\\r\\netc\\r\\n"\n---\nWe need a new design for our shop.\n')
    steps = raw(text_context(text, "gig.md").how_to_apply)
    assert "Send us your portfolio." in steps
    assert not any(step.strip(" .") == "etc" for step in steps)


LEAD_IN_SENTENCE = """---
title: Vector illustration internship
organization: Studio Pavot
how_to_apply:
  - studio@example.org
---
Hi,

I'm offering a three-month internship on a project of isometric illustrations.

People applying must have the following skills:

1) A good knowledge of Inkscape and its workflow
2) Speak English, French or Spanish

- The main tasks will be drawing flat icons and isometric scenes.

The total paid for the three months is around 1600 EUR net.

If you are interested, please send your portfolio to the address below.

No cover letter required.

Marie
"""


def test_a_sentence_lead_in_speaks_for_its_list_not_for_what_the_posting_goes_on_to() -> None:
    c = text_context(LEAD_IN_SENTENCE, "gig.md")
    assert raw(c.must_have) == ["A good knowledge of Inkscape and its workflow", "Speak English, French or Spanish"]
    assert any("please send your portfolio" in step for step in raw(c.how_to_apply))


def test_the_ideal_candidate_in_prose_and_a_clearance_requirement_label_are_read() -> None:
    c = text_context("Data Scientist\nKestrel Systems, Reston, VA\n\nWe build analytics for federal clients. "
                     "Our ideal candidate will have a strong statistics background and curiosity.\n\n"
                     "Requirements\n- Ten years of experience with Python\n\n"
                     "Minimum Clearance Requirement: Top Secret clearance with SCI eligibility.\n")
    assert "Minimum Clearance Requirement: Top Secret clearance with SCI eligibility." in raw(c.must_have)
    assert any(item.startswith("Our ideal candidate will have a strong statistics background") for item in raw(c.nice_to_have))


YOU_SHOULD = """Senior Data Engineer
Carpoolio, San Francisco, CA

In this role, you will:
- Build the pipelines that match riders and drivers

You should:
- Have 5+ years of data engineering experience
- Be able to explain complex technical ideas clearly

Preferred Qualifications
- Experience with Kafka or Airflow

Life @ Carpoolio
Walk into our office and you'll find a dog asleep under every desk.
The atmosphere is friendly and fast.
"""


def test_a_you_should_lead_in_opens_requirements_and_a_life_at_heading_ends_the_list() -> None:
    c = text_context(YOU_SHOULD)
    assert raw(c.must_have) == ["Have 5+ years of data engineering experience", "Be able to explain complex technical ideas clearly"]
    assert raw(c.nice_to_have) == ["Experience with Kafka or Airflow"]


APTITUDES = """Deputy Director of Elections
Alder County, Maple, GA

Performance Aptitudes
Data Utilization: Requires the ability to review, classify and analyze data.
Verbal Aptitude: Requires the ability to use a wide variety of reference data.
Sensory Requirements: Some tasks require the ability to perceive and discriminate colors and sounds.
"""


def test_a_label_whose_value_requires_an_ability_is_a_requirement_and_a_sensory_label_a_condition() -> None:
    c = text_context(APTITUDES)
    assert raw(c.must_have) == [
        "Data Utilization: Requires the ability to review, classify and analyze data.",
        "Verbal Aptitude: Requires the ability to use a wide variety of reference data.",
    ]
    assert raw(c.conditions) == ["Some tasks require the ability to perceive and discriminate colors and sounds."]


def test_requirements_said_in_a_paragraph_with_no_heading_are_read() -> None:
    c = text_context("Business Intelligence Analyst\nLindqvist Freight, Omaha, NE\n\n"
                     "You will build the reports our managers use every day. This position requires a high level of expertise "
                     "with Microsoft Excel. Applicants must also have strong written communication skills. "
                     "Candidates must be technically proficient with SQL.\n")
    must = raw(c.must_have)
    assert "This position requires a high level of expertise with Microsoft Excel." in must
    assert "Applicants must also have strong written communication skills." in must
    assert "Candidates must be technically proficient with SQL." in must


def test_a_label_whose_value_asks_is_a_requirement_unless_it_names_a_physical_demand() -> None:
    c = text_context("Elections Clerk\nBirch County, Elm, NV\n\nQualifications\n- One year of office experience.\n\n"
                     "Citizenship: Candidates must be legally authorized to work in the United States.\n"
                     "Physical Communication: Requires the ability to talk and hear on the telephone.\n")
    assert "Citizenship: Candidates must be legally authorized to work in the United States." in raw(c.must_have)
    assert not any("Physical Communication" in item for item in raw(c.must_have))
    assert raw(c.conditions) == ["Requires the ability to talk and hear on the telephone."]
