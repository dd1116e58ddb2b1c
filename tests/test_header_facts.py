"""The checklist header's facts (employment type, location, organisation) read as an applicant
reads them: a label's value over its name, the job's own words over benefits rules, a place over a
sentence, and never the recruiter's signature. Every fixture is written for these tests."""

from __future__ import annotations

import postlint
import pytest


def posting(text: str):
    [found] = postlint.parse_text(text, "job.txt")
    return found


def job_types(text: str) -> list[str]:
    return list(dict.fromkeys(t.type for t in posting(text).facts.employment.types))


# -- employment type ------------------------------------------------------------------------------

def test_a_label_that_asks_the_type_is_answered_by_its_value() -> None:
    text = "Records Clerk\n\nFull- or Part-Time: Full Time\nHours/Week: 40 hours/week\n\nFile the county's records.\n"
    assert job_types(text) == ["full-time"]


def test_the_same_question_without_a_colon_is_answered_on_its_line() -> None:
    text = "Payroll Analyst\n\nBusiness Unit Finance\nFull / Part time Full-time\nExperience Level Professional\n\nRun payroll.\n"
    assert job_types(text) == ["full-time"]


def test_a_type_label_overrides_a_benefits_rule_about_other_staff() -> None:
    text = ("Permit Technician\n\nJob Type: Full Time - Non Exempt\n\nReview permit applications.\n\n"
            "The county offers medical and dental plans. Part-Time, Temporary and Seasonal employees accrue sick "
            "leave based on hours worked.\n")
    assert job_types(text) == ["full-time"]


def test_a_benefits_rule_listing_kinds_of_staff_states_no_type() -> None:
    text = ("Permit Technician\n\nReview permit applications.\n\n"
            "Part-time, seasonal or temporary staff are not eligible for the pension plan.\n")
    found = posting(text).facts.employment
    assert found.types == []
    assert [m.type for m in found.other] == ["part-time"]


def test_a_label_value_states_the_type_whatever_word_follows() -> None:
    assert job_types("Data Engineer\n\nEmployment Type: Full-time, Permanent employee\n\nBuild pipelines.\n") == ["full-time"]


def test_a_singular_worker_in_a_title_is_the_job() -> None:
    assert job_types("Notice\n\nThe airport has a full time Utility Worker position available.\n") == ["full-time"]


def test_a_job_noun_between_keeps_the_type_the_jobs() -> None:
    assert job_types("Analyst\n\nThis full-time role requires experience with SQL.\n") == ["full-time"]


def test_other_peoples_employment_and_offered_options_are_not_the_type() -> None:
    text = ("Inspector\n\nApplicants currently employed by the City on a part-time basis may apply first.\n"
            "We offer the possibility of part-time work after a year.\n")
    assert job_types(text) == []


@pytest.mark.parametrize("line", [
    "Position - Full-time / Contract / C2C / W2",
    "Terms: Contract | Remote",
    "Duration: Long (Contract)",
    "Engagement: 12 months, contract",
])
def test_a_bare_contract_as_a_listed_value_is_the_type(line: str) -> None:
    assert "contract" in job_types(f"Data Scientist\n\n{line}\n\nBuild models for the client.\n")


@pytest.mark.parametrize("line", [
    "You will negotiate the contract with suppliers and track renewals.",
    "Skills: negotiation, contract, procurement",
    "Review each contract before it is signed.",
])
def test_contract_as_a_document_is_no_type(line: str) -> None:
    assert job_types(f"Buyer\n\n{line}\n") == []


# -- location -------------------------------------------------------------------------------------

def places(text: str) -> list[str]:
    return [p.text for p in posting(text).facts.location.places]


def test_a_sentence_in_a_location_label_is_no_place_but_may_name_one() -> None:
    text = ("Records Clerk\n\nLocation: Springfield, IL\n\nFile the county's records.\n\n"
            "Work Location: The work for this position is performed on site most days. The office for this "
            "position is the Records Annex located at 12 North Elm Street in Riverton.\n")
    found = places(text)
    assert "Riverton" in found
    assert not any(len(p.split()) > 6 for p in found)


def test_a_label_sentence_without_a_place_gives_none() -> None:
    text = "Outreach Lead\n\nWhere: Register for this information session by emailing the hiring team and wait for a link.\n"
    assert places(text) == []


def test_a_short_list_of_places_is_kept_whole() -> None:
    text = "Analyst\n\nLocation: Seattle, WA; Portland, OR; Boise, ID; Austin, TX; Denver, CO\n\nAnalyse data.\n"
    assert places(text)[0] == "Seattle, WA; Portland, OR; Boise, ID; Austin, TX; Denver, CO"


def test_a_job_boards_department_prefix_and_repeated_state_are_tidied() -> None:
    text = "Clerk\n\nLocation: Records - Lakeview, OR, OR, 97630\nDepartment: Records\n\nFile records.\n"
    assert places(text)[0] == "Lakeview, OR 97630"


def test_a_prefix_that_is_not_the_department_stays() -> None:
    text = "Clerk\n\nLocation: Thurston County - Olympia, WA\nDepartment: Records\n\nFile records.\n"
    assert places(text)[0] == "Thurston County - Olympia, WA"


def test_the_recruiters_signature_never_gives_the_location() -> None:
    text = ("Data Scientist\n\nRole - Data Scientist\nWork site - NYC, NY\n\nBuild forecasting models for a retail client.\n\n"
            "Thanks & Regards,\n\nPat Doe\nTalent Partner\nPhone: (555) 010-0199\nBrightpath Staffing LLC\n"
            "42 Commerce Drive, Suite 9 Naperville, IL 60563\n")
    found = places(text)
    assert found == ["NYC, NY"]


def test_a_signature_is_only_short_lines_after_a_valediction() -> None:
    from postlint.extract.signature import signature_spans

    text = "Job\nBest regards,\nAnn Lee\nRecruiter\n"
    [(start, end)] = signature_spans(text)
    assert text[start:end] == "Best regards,\nAnn Lee\nRecruiter"
    assert signature_spans("Job\nThanks for applying to the team in Denver, CO.\nAnn\n") == []
    assert signature_spans("Job\nRegards,\n" + "a long line of the posting going on and on " * 5 + "\n") == []


def test_capitals_before_a_state_are_a_city_only_when_known() -> None:
    assert places("Analyst\n\nBS, MS or PhD in statistics.\nThe team sits in SF, CA.\n") == ["SF, CA"]


# -- organisation ---------------------------------------------------------------------------------

def organization(text: str) -> str | None:
    return posting(text).organization


def test_a_name_glued_to_a_label_is_read_whole_not_cut_to_its_generic_head() -> None:
    text = ("Quantum Analyst\n\nWhat you'll do:Norvex Services is looking for an analyst to model supply chains. "
            "You will join a small team.\n")
    assert organization(text) == "Norvex Services"


@pytest.mark.parametrize("text", [
    "Analyst\n\nSolutions Division is looking for an analyst.\nModel the data.\n",
    "Analyst\n\nYou will work at Services and more.\n",
])
def test_a_generic_head_alone_is_no_name(text: str) -> None:
    assert organization(text) is None


def test_a_name_with_a_small_word_after_at_is_read_whole() -> None:
    text = ("User researcher\n\n## About the job\n\nResearchers at Ministry for Rural Affairs plan and run studies "
            "with farmers.\n\n[Read more about research at Ministry for Rural Affairs](https://example.org/research)\n")
    assert organization(text) == "Ministry for Rural Affairs"


def test_a_client_label_names_who_the_work_is_for() -> None:
    text = "Data Scientist\n\nLocation: New Jersey\nDuration: 12 months\nClient: Orbis Bank (Retail)\n\nBuild models.\n"
    found = posting(text)
    assert found.facts.organization.name == "Orbis Bank"
    assert found.organization == "Orbis Bank (client)"


def test_a_company_label_wins_over_a_client_label() -> None:
    text = "Data Scientist\n\nCompany: Brightpath Staffing\nClient: Orbis Bank\n\nBuild models.\n"
    assert organization(text) == "Brightpath Staffing"


def test_the_signatures_company_is_not_the_employer() -> None:
    text = ("Data Scientist\n\nBuild forecasting models for the client's stores.\n\nThanks & Regards,\n\nPat Doe\n"
            "Senior Recruiter at Brightpath Staffing\nPhone: (555) 010-0199\n")
    assert organization(text) is None


def test_a_place_after_at_is_no_employer() -> None:
    assert organization("Analyst\n\nThe contract supports the clinic at Fort Calder Springs, TX. Analyse data.\n") is None


def test_on_site_and_remote_combined_in_one_clause_are_hybrid() -> None:
    text = ("Clerk\n\nLocation: Lakeview, OR\n\nThe work is done through a combination of mandatory on-site work with "
            "some telecommuting as needed.\n")
    assert [m.mode for m in posting(text).facts.location.work_modes] == ["hybrid"]


def test_on_site_and_remote_said_apart_stay_apart() -> None:
    text = "Clerk\n\nThe role is on-site. Remote work is not possible.\n"
    assert [m.mode for m in posting(text).facts.location.work_modes] == ["on-site", "remote"]


def test_a_condition_states_no_type() -> None:
    text = ("Auditor\n\nBenefits depend on whether your position is full-time, part-time or intermittent. "
            "Ask the agency.\n")
    assert job_types(text) == []


def test_interns_someone_mentors_are_not_the_jobs_type() -> None:
    assert job_types("Data Scientist\n\nMentor junior analysts and interns on modelling.\n") == []
    assert job_types("Data Science Intern\n\nWe are hiring interns for the summer.\n") == ["internship"]


def test_label_words_flattened_before_a_city_are_no_part_of_it() -> None:
    text = "Data Scientist\n\nDuration 6 months Work Sites Edison, NJ Start Date Immediate\n"
    assert places(text) == ["Edison, NJ"]


def test_a_place_before_is_hiring_is_no_employer() -> None:
    assert organization("Engineer\n\nA private software company based near DC is seeking engineers.\nBuild tools.\n") is None


def test_a_department_label_alone_is_shown_after_the_local_government_the_text_names() -> None:
    text = ("Elections Clerk\n\nLocation: Lakeview, OR\nDepartment: Clerk & Recorder\n\nProcess ballots.\n\n"
            "Benefits: Harlan County offers medical plans.\nHarlan County is an equal opportunity employer.\n")
    assert organization(text) == "Harlan County, Clerk & Recorder"


def test_a_department_label_stays_when_nothing_names_its_employer_surely() -> None:
    text = "Analyst\n\nDepartment: Revenue Analytics\n\nBuild reports. Residents of Harlan County use them.\n"
    assert organization(text) == "Revenue Analytics"


def test_a_company_label_is_never_replaced() -> None:
    text = ("Clerk\n\nCompany: Harlan Water District\nDepartment: Records\n\nHarlan County is named twice. "
            "Harlan County again.\n")
    assert organization(text) == "Harlan Water District"


def test_an_employer_describing_itself_between_commas_is_found() -> None:
    text = "Data Scientist\n\nData Scientist\n\nVoxa Health, a Boston based digital health company, is seeking a scientist.\n"
    assert organization(text) == "Voxa Health"


def test_a_legal_form_after_a_comma_belongs_to_the_name() -> None:
    text = "Data Scientist\n\nOverview:\n\nPlaywell Interactive, Inc., a leader in games, is looking for analysts.\n"
    assert organization(text) == "Playwell Interactive, Inc."


def test_experience_asked_of_the_hire_leaves_the_jobs_type() -> None:
    text = "AI Trainer\n\nWe are looking for a part-time AI Trainer with experience in mortgage lending.\n"
    assert job_types(text) == ["part-time"]


def test_an_abbreviated_first_word_belongs_to_the_city() -> None:
    assert places("Analyst\n\nWork Site: near the base.\nThe office is in St. Louis, MO and Greater Ft. Meade, MD.\n") == [
        "St. Louis, MO", "Ft. Meade, MD"]


def test_a_product_the_hire_knows_is_no_employer() -> None:
    text = "Data Scientist\n\nDemonstrated familiarity with Cloudnine Services' native data tools.\nAnalyse data.\n"
    assert organization(text) is None


def test_a_continent_is_no_employer() -> None:
    text = "Analyst\n\nWe are one of North America's largest catalog retailers. Analyse sales.\n"
    assert organization(text) is None


def test_a_streets_abbreviation_is_no_part_of_the_city() -> None:
    assert places("Clerk\n\nApply at 12 Hay St. Fayetteville, NC in person.\n") == ["Fayetteville, NC"]


def test_a_limited_term_job_is_temporary() -> None:
    assert job_types("Clerk\n\nJob Type: Limited Term (position has expiration date)\n\nFile records.\n") == ["temporary"]
    assert job_types("Clerk\n\nLimited-term employees are not eligible for the pension.\n") == []


def test_limited_duration_in_a_benefits_rule_is_no_type() -> None:
    text = "Clerk\n\nJob Type: Full Time\n\nEmployees occupying limited duration positions receive two personal holidays.\n"
    assert job_types(text) == ["full-time"]


def test_a_rule_for_all_positions_of_a_kind_is_no_type_of_this_job() -> None:
    text = ("Grants Officer\n\nReview grant applications and visit grantees.\n\n"
            "For all regular full-time positions, the foundation offers a retirement plan.\n")
    assert job_types(text) == []
    assert [t.type for t in posting(text).facts.employment.other] == ["full-time"]


def test_an_acronym_leads_an_employer_name_and_affirmative_action_names_the_employer() -> None:
    text = ("Junior Data Engineer\n\nBuild data pipelines for our federal customers.\n\n"
            "IT Concepts is an Affirmative Action/Equal Opportunity employer.\n")
    assert posting(text).facts.organization.name == "IT Concepts"


def test_a_title_suffix_with_a_role_word_is_the_role_not_the_employer() -> None:
    found = posting("Data Science Residency - Data Engineer Track\n\nBuild pipelines with our clients.\n")
    assert found.title == "Data Science Residency - Data Engineer Track"
    assert found.organization is None
    found = posting("Data Engineer - Brightwell Labs\n\nBuild pipelines with our clients.\n")
    assert (found.title, found.organization) == ("Data Engineer", "Brightwell Labs")


def test_onsite_learning_offered_as_a_perk_is_no_work_mode() -> None:
    text = ("Data Scientist\n\nPursuing certifications? Take advantage of our tuition assistance, onsite bootcamps, "
            "certification training, academic programs.\n")
    assert posting(text).facts.location.work_modes == []


def test_an_employer_naming_itself_or_its_history_is_found() -> None:
    assert organization("Data Scientist\n\nWe are Corvane. Join us and help reimagine medicine.\n") == "Corvane"
    text = "Data Scientist\n\nBrightfield Analytics, Inc. has been providing data services to federal agencies since 2004.\n"
    assert organization(text) == "Brightfield Analytics, Inc."
