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
