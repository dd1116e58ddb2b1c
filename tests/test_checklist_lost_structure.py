"""Checklists of postings whose structure the export lost or never had (issue 23, the seed-27 kinds).

Each test is one kind of error found reading checklists of unseen postings item by item, on a
fixture written for it: requirement groups under lead-in sub-headings ("Knowledge of:", "Skill in:"),
requirement lines among the duties once their heading is gone, a list that runs on past a heading
the parser did not know, requirements said in prose, bold headings and "+" bullets run into one
line, mis-decoded bullets, statements and headings as duties, contact lines and reference links as
application steps.
"""

from __future__ import annotations

from conftest import FIXTURES
from postlint.checklist.checklist import build_context
from postlint.engine import Engine
from postlint.engine.config import Config, validate

CHECKLIST = FIXTURES / "checklist"


def text_context(text: str, name: str = "posting.txt"):
    """The checklist context of the first posting of ``text``, as of 2026-06-01."""
    engine = Engine(Config(settings=validate({"today": "2026-06-01"}, "test")))
    result = engine.check_text(text, name)
    return build_context(result.postings[0], result.findings)


def context(name: str):
    return text_context((CHECKLIST / name).read_text("utf-8"), name)


def raw(items) -> list[str]:
    return [i.raw for i in items]


def test_lead_in_sub_headings_keep_the_requirement_list_and_name_each_item() -> None:
    c = context("county-clerk-ksa.txt")
    assert raw(c.must_have) == [
        "One (1) year of clerical experience in a public office.",
        "Knowledge of recording statutes and fee schedules.",
        "Knowledge of modern office practices.",
        "Skill in accurate data entry.",
        "Skill in written communication.",
        "Ability to work without close supervision.",
        "Ability to keep confidential records confidential.",
    ]
    # The work environment and the physical demands that follow are conditions, not qualifications...
    assert not any("public counter" in i.raw or "lift boxes" in i.raw for i in c.must_have + c.nice_to_have)
    # ... but a preference stated among them is a nice-to-have; a veterans' preference would not be.
    assert raw(c.nice_to_have) == ["Preference will be given to applicants with experience in imaging software."]


def test_a_duty_list_disclaimer_is_no_duty() -> None:
    prepare = " ".join(raw(context("county-clerk-ksa.txt").prepare))
    assert "Index recorded deeds" in prepare
    assert "Incumbent" not in prepare


def test_requirement_lines_among_the_duties_are_requirements_once_their_heading_is_lost() -> None:
    c = context("archive-analyst-lost-headings.txt")
    assert raw(c.must_have)[:5] == [
        "Attention to detail and accuracy in cataloguing.",
        # The second sentence on the line belongs to its requirement, not an item of its own.
        "Ability to explain archival standards to volunteers. This can be shown through past training you have given.",
        "Working knowledge of metadata standards such as Dublin Core.",
        "Ability to lift archive boxes of up to 20 pounds.",
        "Must have two years of archive experience.",
    ]
    prepare = " ".join(raw(c.prepare))
    assert "Catalogue incoming collections" in prepare and "Train volunteers" in prepare
    assert "Attention to detail" not in prepare and "Must have" not in prepare


def test_statements_labels_and_headings_under_a_job_description_are_no_duties() -> None:
    prepare = " ".join(raw(context("archive-analyst-lost-headings.txt").prepare))
    for statement in ("Internal Agency Post Only", "Description of the Archives Division", "civil servants", "serves researchers"):
        assert statement not in prepare


def test_a_preferences_sub_heading_switches_and_a_stated_requirement_stays_a_must_have() -> None:
    c = context("archive-analyst-lost-headings.txt")
    assert raw(c.nice_to_have) == ["Demonstrated experience with digitisation projects.", "Experience with PostgreSQL."]
    # Listed under "Desired Qualifications" but it says it is required.
    assert "A valid driver's license is required to travel between branch libraries." in raw(c.must_have)
    assert not any("Management Preferences" in i.raw for i in c.must_have + c.nice_to_have)


def test_a_heading_the_parser_did_not_know_ends_the_list_above_it() -> None:
    c = context("archive-analyst-lost-headings.txt")
    items = " ".join(raw(c.must_have) + raw(c.nice_to_have))
    assert "Flexible Work Arrangements" not in items
    assert "three days a week" not in items


def test_application_materials_are_a_step_and_a_contact_for_questions_is_none() -> None:
    c = context("archive-analyst-lost-headings.txt")
    # (who answers questions, a name and a title under "For questions ..., please contact:", is no
    # step of applying: session 19's labels)
    assert raw(c.how_to_apply) == [
        "Materials Required to Apply: A completed application form and a cover letter describing your archive experience.",
        "Apply through the library's careers portal before the closing date.",
    ]
    assert not any("Materials Required" in i.raw for i in c.must_have)


def test_bold_headings_and_plus_bullets_run_into_one_line_are_read() -> None:
    c = context("flattened-bold-run-in.txt")
    assert raw(c.must_have) == [
        "MSc in a quantitative field",
        "3+ years of forecasting experience",
        "Fluent SQL and C++ skills",  # "C++" is no bullet
        "Strong written communication skills",  # the "+" run into the next heading is gone
    ]
    assert raw(c.nice_to_have) == ["Experience with Spark", "Knowledge of lean manufacturing."]
    assert not any("Health plan" in i.raw or "builds analytics" in i.raw for i in c.must_have + c.nice_to_have)


def test_requirements_said_in_prose_are_found_and_sorted_by_what_they_say() -> None:
    c = context("prose-requirements.txt")
    assert raw(c.must_have) == [
        "The candidate should have a statistics background and be familiar with forecasting methods.",
        "The candidate should have experience with R or Python and advanced skills in Excel.",
    ]
    assert raw(c.nice_to_have) == ["Knowledge of warehouse operations is a plus.", "Experience with Looker is desired."]
    # A sentence about the role is neither.
    assert not any("capacity reports" in i.raw for i in c.must_have + c.nice_to_have)


def test_mis_decoded_bullets_and_a_dangling_lead_in_word_are_cleaned() -> None:
    c = context("garbled-bullets.txt")
    assert raw(c.must_have) == [
        "4+ years of experience as a data scientist",
        "Building churn models for subscription products",
        "Knowledge of SQL and Python",
    ]
    # Only the part that says "would be an advantage" is nice to have.
    assert raw(c.nice_to_have) == ["Familiarity with Scala would be an advantage"]
    assert not any("â" in i.raw or "Â" in i.raw for i in c.must_have + c.nice_to_have)


def test_front_matter_reference_links_repeats_and_first_person_skills_are_no_items() -> None:
    c = context("gig-reference-links.md")
    # The bare link repeats the step before it; "App repo: ... Demo: ..." are links to read, no step.
    assert raw(c.how_to_apply) == ["Post your logo in the issue: https://example.org/chirpwise/issues/4"]
    # "I opened an issue for this" is the poster writing, not a skill asked of the applicant.
    assert raw(c.must_have) == []


def test_duties_under_a_requirements_heading_are_duties() -> None:
    c = context("county-duties-under-requirements.txt")
    prepare = raw(c.prepare)
    # Third-person duty lines (one paragraph opening "Under general supervision, reviews ...") are
    # what the job does, though they sit under "Required Special Qualifications".
    assert [p.split('"')[1] for p in prepare] == [
        "Under general supervision, reviews license applications and issues permits",
        "Answers questions from applicants by phone and in person",
        "Explains licensing rules to business owners",
        "Maintains the licensing database and corrects errors",
        "Prepares monthly reports on permits issued",
    ]
    must = raw(c.must_have)
    assert not any(m.startswith(("Under general", "Answers", "Maintains", "Performs related")) for m in must)
    assert must[2:] == [
        "Must complete notary public certification within six months of hire.",
        "Knowledge of licensing statutes and procedures.",
        "Skill in the use of spreadsheets.",
        "Ability to explain rules clearly to the public.",
    ]


def test_requirements_in_a_job_description_and_routes_split_by_a_bare_or() -> None:
    must = raw(context("county-duties-under-requirements.txt").must_have)
    assert must[0] == ("One of: Associate's degree in business administration or a related field and one (1) year of "
                       "experience in a licensing office; Combination of education and experience equivalent to three (3) "
                       "years of experience in a licensing office.")
    assert must[1] == "Staff who drive County vehicles must have a valid driver's license and a clean driving record."


def test_employer_blurbs_filler_and_notices_are_no_items() -> None:
    c = context("county-duties-under-requirements.txt")
    every = " ".join(raw(c.must_have) + raw(c.nice_to_have) + raw(c.prepare))
    for text in ("Welcome to", "pride ourselves", "Together, we build", "related work", "Equal Opportunity"):
        assert text not in every
    # The starting pay shares its figures with the salary line, so its period is known: no question.
    assert not any("per hour, month or year" in q.raw for q in c.questions)


def test_a_label_value_continued_on_an_indented_line_and_items_that_look_like_headings() -> None:
    c = context("county-clerk-certifications.txt")
    assert raw(c.must_have)[:3] == [
        "Education: Bachelor's Degree",
        "State election official certification within 12 months of hire",
        "Notary public commission within 2 years of employment",
    ]
    assert not any("Notary" in p.raw for p in c.prepare)
    # An item that ends by saying its priority is an item, not a heading; "an asset" is desirable.
    assert raw(c.nice_to_have) == ["Outreach Program Experience Preferred", "Working knowledge of Spanish an asset."]
    every = " ".join(raw(c.must_have) + raw(c.nice_to_have) + raw(c.prepare))
    # A heading over a paragraph (after a blank line) ends the list; the employer's name signs it.
    for text in ("Environmental Factors", "Work is performed", "Dunmore County", "additional duties"):
        assert text not in every


def test_a_translated_requirements_heading_prose_you_have_and_social_links() -> None:
    c = context("studio-you-should-bring.md")
    assert raw(c.must_have) == [
        "an eye for clean, readable motion",
        "Professional experience in motion design",
        "Interest in open source tools",
        "You have experience with Blender or After Effects and a portfolio of finished pieces.",
    ]
    # Profiles on social networks are where to follow the studio, not steps to apply.
    assert raw(c.how_to_apply) == ["https://lumenfeld.example/jobs/motion-designer"]


def test_must_sentences_among_duties_and_duties_that_only_mention_required() -> None:
    c = context("county-comms-officer.txt")
    must = raw(c.must_have)
    assert must[:2] == ["Must demonstrate sound judgment and the ability to explain rules plainly.",
                        "Employee must also keep strict neutrality in contact with candidates and the public."]
    prepare = [p.split('"')[1] for p in raw(c.prepare)]
    # "... decides when late fees are required" is a duty; "Apply accepted practices" applies
    # practices, it is no application step.
    assert prepare == ["Drafts press releases and maintains the office website",
                       "Apply accepted records-retention practices to all outreach materials",
                       "Works with candidates to ensure filings are complete, and decides when late fees are required"]
    assert raw(c.how_to_apply) == []


def test_ideal_candidate_prose_familiarity_and_a_requirements_heading_under_preferred() -> None:
    c = context("county-comms-officer.txt")
    # "Familiarity with" under minimum qualifications is required; "Special Requirements" right
    # under an empty "PREFERRED QUALIFICATIONS" heading are preferred; the ideal candidate's
    # qualities are nice to have, not an application step ("To be considered ...").
    assert raw(c.must_have)[2:] == ["To qualify, all candidates must be registered voters in the state and hold a bachelor's degree.",
                                    "Familiarity with social media scheduling tools."]
    assert raw(c.nice_to_have) == ["To be considered an ideal candidate, one should be organized and have experience with video editing.",
                                   "Knowledge of Adobe InDesign."]


def test_a_bundle_of_bare_links_keeps_only_the_way_to_apply() -> None:
    # The project's home page, docs and demo are for reading; the form is where to apply.
    assert raw(context("gig-link-bundle.md").how_to_apply) == [
        "maintainer@pagerline.example", "https://pagerline.example/contribute/design-form"]


def test_lead_ins_that_trail_off_open_their_lists_and_a_refusal_to_sponsor_is_said() -> None:
    c = context("lab-trailing-lead-ins.txt")
    # "You meet our minimum qualifications ... if you..." run on after the duties opens the
    # requirements; "... above and beyond our minimum requirements if you..." the nice-to-haves.
    assert raw(c.must_have) == ["Possess a BS degree in engineering or a related field",
                                "Have 5 years of experience in systems analysis", "Are willing to travel to partner sites"]
    assert raw(c.nice_to_have) == ["Possess an MS degree in systems engineering", "Have experience building dashboards"]
    assert [p.split('"')[1] for p in raw(c.prepare)] == ["Build and maintain a cost model for each program",
                                                          "Present trade studies to program leaders"]
    # The posting refuses sponsorship: the checklist says so instead of "ask about visa sponsorship".
    assert raw(c.before_you_apply)[0].startswith("The posting says it will not sponsor a visa (line 17)")


def test_bare_education_line_or_routes_lone_words_numbered_duties_and_questionnaire_dates() -> None:
    c = context("state-technician-routes.txt")
    assert raw(c.must_have) == [
        "Education typically acquired through completion of high school.",
        "One of: Two years of experience performing clerical work equivalent to the 8-level in state service; "
        "Three years of experience as a technician in state service.",
        "Microsoft Office Suite", "LIMS", "Licensing statutes",
    ]
    assert [p.split('"')[1] for p in raw(c.prepare)] == [
        "Answers licensing questions from the public by phone and email",
        "Coordinates with county offices on license renewals",
        "Maintains the help desk log and call records",
    ]
    # A date range asked about in the questionnaire is not the job's period; a document link is no duty.
    assert c.period is None
    assert not any("8/2/90" in b.raw for b in c.before_you_apply)


def test_requirements_in_the_words_of_a_public_posting_and_what_is_not_one() -> None:
    c = context("county-term-specialist.txt")
    assert raw(c.must_have) == [
        "To be successful in this position you must be eager to learn and possess an aptitude for troubleshooting.",
        "Successful applicants will be comfortable in a high-stakes, deadline-driven environment.",
        "Ability to stay calm under pressure is also key to success.",
        "Experience, or a combination of education and experience equivalent to: at least four years of experience "
        "supporting election technology.",
        # "preferably" qualifies where, not whether: still a must-have
        "Experience with ballot tabulation software, preferably in a county office.",
        "Knowledge of state election law.",
    ]
    assert raw(c.nice_to_have) == ["The ideal candidate is organized and possesses excellent written communication skills."]
    prepare = " ".join(raw(c.prepare))
    for text in ("exempt from overtime", "Additionally", "is searching for", "cover letter"):
        assert text not in prepare
    assert not any("cover letter" in m.raw or "family-friendly" in m.raw for m in c.must_have)


def test_lead_ins_among_duties_switch_lists_both_ways_and_notices_end_them() -> None:
    c = context("contractor-excel-lead-in.txt")
    assert raw(c.must_have) == [
        "The candidate should be experienced with statistics and data mining.",
        "A developer who ships reliable data pipelines",  # "You will excel in this role if you are:"
        "Curious and eager to learn new tools",
        # "What we are expecting from you (i.e., the qualifications you must have)", without a colon
        "Experience developing data science applications",
        "Bachelor's degree in computer science or a related field",
        "Experience with Python and SQL",
    ]
    assert raw(c.nice_to_have) == ["Experience with Spark"]
    # "A day in the life: ... This involves:" (a label line) starts the duties again.
    assert [p.split('"')[1] for p in raw(c.prepare)][-2:] == [
        "Working directly with analysts to understand their questions", "Building and deploying predictive models"]
    every = " ".join(raw(c.must_have) + raw(c.nice_to_have))
    for text in ("pleased to share", "does not fit", "eligible for benefits", "insurance costs"):
        assert text not in every


def test_an_invitation_to_interview_is_no_requirement() -> None:
    engine_text = ("Records Officer\n\nQualifications:\nExperience with records systems.\n\n"
                   "Successful applicants will be invited to a 60-minute interview.\n")
    engine = Engine(Config(settings=validate({"today": "2026-06-01"}, "test")))
    result = engine.check_text(engine_text, "job.txt")
    c = build_context(result.postings[0], result.findings)
    assert raw(c.must_have) == ["Experience with records systems."]
    assert raw(c.nice_to_have) == []
