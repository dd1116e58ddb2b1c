"""Header facts that were wrong on the unseen postings of session 10 (issue 23, seeds 48-49), each on a
text written for it: an employer whose name starts with "New", a second office named only as an
office, a "Remote ...:" field whose value is another mode, and a "<place>-based" company (where the
employer is, not the job)."""

from __future__ import annotations

from test_header_facts_unseen import modes, places, posting


NEW_NAME = (
    "Platform Engineer\n\n"
    "You will build the services behind our mapping product.\n\n"
    "New Harbor is an equal opportunity employer.\n"
)


def test_an_employer_named_new_something_keeps_its_first_word() -> None:
    assert posting(NEW_NAME).facts.organization.name == "New Harbor"


def test_new_before_a_generic_word_is_still_no_name() -> None:
    text = NEW_NAME.replace("New Harbor is an equal opportunity employer.", "New Employees is a program we run.")
    organization = posting(text).facts.organization
    assert organization is None or organization.name != "Employees"


TWO_OFFICES = (
    "Records Analyst\n\n"
    "You will review health records for quality. Candidates may be based in our Chicago or Peoria office.\n"
)


def test_a_second_office_named_only_as_an_office_is_part_of_the_location() -> None:
    assert places(TWO_OFFICES) == ["Chicago or Peoria"]


FIELD = (
    "Elections Analyst\n\n"
    "Location: Lansing, MI\n"
    "Remote Employment: Flexible/Hybrid\n"
    "Job Type: Full-Time\n\n"
    "You will analyse turnout data.\n"
)


def test_a_remote_field_whose_value_is_hybrid_is_hybrid_only() -> None:
    assert modes(FIELD) == ["hybrid"]
    assert modes(FIELD.replace("Flexible/Hybrid", "Yes")) == ["remote"]
    # only "Remote" names a field: "Hybrid: ..." says the mode in its name
    assert "hybrid" in modes(FIELD.replace("Remote Employment: Flexible/Hybrid", "Hybrid: two days in the office"))


BASED_COMPANY = (
    "Volunteer Coordinator\n\n"
    "Open Maps Aid is a Canada-based nonprofit that maps areas hit by floods.\n"
    "You will recruit and support volunteer mappers.\n"
)


def test_a_place_based_company_says_where_the_employer_is_not_the_job() -> None:
    assert places(BASED_COMPANY) == []
    assert places(BASED_COMPANY.replace("Open Maps Aid is a Canada-based nonprofit that", "This is a Canada-based role that")) \
        == ["Canada"]


DIGIT_NAME = (
    "Field Application Scientist\n\n"
    "You will train customers on our instruments and give on-site support as needed.\n\n"
    "4x Biotech is an equal opportunity employer.\n"
)


def test_a_name_that_starts_with_digits_is_a_name() -> None:
    assert posting(DIGIT_NAME).facts.organization.name == "4x Biotech"


def test_on_site_support_and_onsite_activity_centers_are_no_work_mode() -> None:
    assert modes(DIGIT_NAME) == []
    assert modes(DIGIT_NAME + "Benefits include onsite activity centers.\n") == []
    assert modes(DIGIT_NAME + "This role is onsite five days a week.\n") == ["on-site"]


def test_a_mode_offered_to_some_agencies_in_a_benefits_blurb_is_not_the_job_s() -> None:
    text = DIGIT_NAME + ("Benefits: work-life balance programs such as telecommuting are available to employees of "
                         "some state agencies.\n")
    assert modes(text) == []
    assert modes(DIGIT_NAME + "Telecommuting is available for this role.\n") == ["remote"]


def test_a_fixed_duration_label_says_a_contract() -> None:
    text = "Data Scientist\n\nRole: Channel Analytics\nDuration: 12-months\nLocation: Sunnyvale CA\n\nYou will build dashboards.\n"
    assert [m.type for m in posting(text).facts.employment.types] == ["contract"]
    assert posting(text.replace("12-months", "Ongoing")).facts.employment.types == []


def test_both_onsite_and_remote_work_is_hybrid_and_washington_dc_is_the_capital() -> None:
    text = ("City Clerk\n\nThere is an option for a Hybrid Work Program that provides both onsite and remote work "
            "opportunities.\n")
    assert modes(text) == ["hybrid"]  # the onsite and remote parts fold into the hybrid it names
    assert places("Analyst\n\nYou will support our business unit in Washington D.C. and travel often.\n") == ["Washington D.C."]


def test_a_quoted_vague_pay_word_is_named_not_used() -> None:
    text = ("Staff Scientist\n\nPlease state your salary requirements. Please note that \u201cnegotiable\u201d is neither "
            "salary nor requirements.\n")
    assert not any(note.kind == "vague" for note in posting(text).facts.pay_notes)
    assert any(note.kind == "vague" for note in posting("Staff Scientist\n\nSalary is negotiable.\n").facts.pay_notes)


def test_a_contract_named_last_in_a_short_label_value_is_a_contract() -> None:
    for value in ("Long term Contract", "12-month rolling contract"):
        text = f"Data Scientist\n\nDuration: {value}\nLocation: Austin, TX\n\nYou will build models.\n"
        assert {m.type for m in posting(text).facts.employment.types} == {"contract"}, value
    prose = "Data Scientist\n\nNote: you will sign the contract before you start.\n"
    assert posting(prose).facts.employment.types == []
