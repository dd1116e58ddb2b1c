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
