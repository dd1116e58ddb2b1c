"""Header facts that were wrong on the unseen postings of session 11 (issue 23, seeds 53-55), each on a
text written for it: the remote days of a hybrid arrangement read as a second mode, "some
telecommuting" beside mostly on-site work, a "hybrid role" that spans teams, "remote sensor
systems", and an on-site clinic among the benefits."""

from __future__ import annotations

from test_header_facts_unseen import modes


def test_the_remote_days_of_a_hybrid_arrangement_are_no_second_mode() -> None:
    text = ("Budget Analyst\n\nSummary of Benefits: This position is eligible for our hybrid telework arrangement "
            "(up to 2 remote days per week) and tuition reimbursement.\n")
    assert modes(text) == ["hybrid"]


def test_hybrid_or_fully_remote_offers_both() -> None:
    assert modes("Analyst\n\nThis role can be hybrid or fully remote.\n") == ["hybrid", "remote"]


def test_mostly_on_site_with_some_telecommuting_is_hybrid() -> None:
    text = ("Records Supervisor\n\nThe work will be performed primarily onsite with some telecommuting work as needed.\n")
    assert modes(text) == ["hybrid"]


def test_a_hybrid_role_across_teams_is_no_work_mode() -> None:
    text = ("Data Scientist\n\nThis position is a hybrid role that will let you work across several product teams, "
            "each with its own reporting needs.\n")
    assert modes(text) == []
    office = text.replace("each with its own reporting needs", "with two days a week in the office")
    assert modes(office) == ["hybrid"]


def test_remote_sensor_systems_are_no_remote_work() -> None:
    text = ("Systems Engineer\n\nSupport the operation of networked remote sensor systems.\n"
            "Perform system administration of remote servers.\n")
    assert modes(text) == []


def test_an_on_site_clinic_among_the_benefits_is_no_work_mode() -> None:
    text = ("Clerk\n\nWe offer comprehensive health insurance, a no-cost, on-site Health and Wellness clinic and paid holidays.\n")
    assert modes(text) == []
    assert modes("Clerk\n\nThis role is on-site in our Denver office.\n") == ["on-site"]


# -- dates, titles, organisations, places ------------------------------------------------------------

from test_header_facts_unseen import places, posting  # noqa: E402


def _roles(text: str) -> list[tuple[str, str]]:
    return [(m.role, m.raw) for m in posting("Clerk\n\n" + text + "\n").facts.dates.mentions]


def test_a_deadline_with_its_hour_before_the_date_is_a_deadline() -> None:
    assert _roles("Applications must be submitted no later than 4:00pm on Tuesday, May 19th, 2026.") == \
        [("closing", "Tuesday, May 19th, 2026")]
    assert _roles("Apply by 5 p.m. EST on June 3, 2026.") == [("closing", "June 3, 2026")]
    # an opening hour does not make the opening date a job's start
    assert _roles("Applications are accepted STARTING AT 8:00 A.M. on MONDAY, MAY 4, 2026, UNTIL FRIDAY, MAY 8, 2026.") == \
        [("other", "MONDAY, MAY 4, 2026"), ("closing", "FRIDAY, MAY 8, 2026")]


def test_a_posting_or_requisition_number_is_no_part_of_the_title() -> None:
    assert posting("=== JOB DETAILS ===\n\nTitle: Director of Elections    POS#104000002\nSalary: $1\n").title == "Director of Elections"
    assert posting("Data Analyst (Req ID 4521)\n\nYou will analyse data.\n").title == "Data Analyst"
    assert posting("Data Analyst 2\n\nYou will analyse data.\n").title == "Data Analyst 2"


def test_a_document_kind_before_the_title_is_dropped() -> None:
    assert posting("Job Announcement - Program Manager\n\nWe run voter education programs.\n").title == "Program Manager"
    assert posting("Job Posting - Field Organizer\n\nWe run voter education programs.\n").title == "Field Organizer"


def _employer(text: str) -> str | None:
    organization = posting(text).facts.organization
    return organization.name if organization else None


def test_an_employer_named_with_and_up_to_its_legal_form() -> None:
    assert _employer("Analyst\n\nAt Harbor Data and Analytics, Inc. (HDA), we celebrate difference.\n") == "Harbor Data and Analytics"


def test_an_office_to_get_a_copy_at_is_no_employer() -> None:
    text = "Engineer\n\nYou may obtain a copy at Campus Records Services, 12 Elm Street, Austin, TX 78701.\n"
    assert _employer(text) is None


def test_an_employer_committed_to_recruiting_or_with_affiliates_says_who_it_is() -> None:
    assert _employer("Clerk\n\nMarlow County is committed to recruiting and retaining a diverse workforce.\n") == "Marlow County"
    assert _employer("Analyst\n\nThe Harbor Mutual Company and its affiliated group of companies write insurance.\n") == "Harbor Mutual Company"


def test_a_name_longer_than_four_words_is_not_cut_and_a_shouted_sentence_names_no_one() -> None:
    assert _employer("Analyst\n\nFamily Care Aware of Ohio is committed to recruiting a diverse staff.\n") is None
    assert _employer("Analyst\n\nACME HEALTH VALUES DIVERSITY AND IS COMMITTED TO EQUAL OPPORTUNITY FOR ALL PERSONS.\n") is None
    assert _employer("Analyst\n\nACME DATA SYSTEMS is hiring an analyst.\n") == "ACME DATA SYSTEMS"


def test_a_position_filled_in_either_of_two_places_in_capitals() -> None:
    text = "Scientist\n\nNOTE: This position can be filled in either ROCKVILLE MARYLAND OR LOWELL, MASSACHUSETTS\n"
    assert places(text) == ["ROCKVILLE MARYLAND OR LOWELL, MASSACHUSETTS"]
