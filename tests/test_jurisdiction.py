"""Where the job is, for pay-transparency laws: a city named like a province or state is a city."""

from __future__ import annotations

import postlint
import pytest

CASES = [
    ("Ontario, California", ["US-CA"]),
    ("Ontario, CA 91761", ["US-CA"]),
    ("Ontario, California, USA", ["US-CA"]),
    ("Toronto, Ontario", ["CA-ON"]),
    ("Toronto, Ontario, Canada", ["CA-ON"]),
    ("Kansas City, Missouri", ["US-MO"]),
    ("Washington, DC", ["US-DC"]),
    ("Seattle, Washington", ["US-WA"]),
    ("Remote (California, Oregon, Washington)", ["US-CA", "US-OR", "US-WA"]),
    ("Remote in Texas, Florida or Georgia", ["US-FL", "US-GA", "US-TX"]),
]


@pytest.mark.parametrize(("where", "codes"), CASES, ids=[c[0] for c in CASES])
def test_location_gives_the_right_jurisdictions(where: str, codes: list[str]) -> None:
    [posting] = postlint.parse_text(f"Warehouse Lead\nLocation: {where}\nFull-time.\n", "job.txt")
    assert sorted(j.code for j in posting.facts.jurisdictions) == codes


def test_a_privacy_notice_for_a_states_residents_is_not_where_the_job_is() -> None:
    text = (
        "Data Engineer\n"
        "This role is remote, based anywhere in Texas.\n"
        "California residents: see our notice on the personal information we may gather from applicants.\n"
        "Colorado residents, please follow this link to read about the information we collect.\n"
    )
    [posting] = postlint.parse_text(text, "job.txt")
    assert [j.code for j in posting.facts.jurisdictions] == ["US-TX"]


def test_residents_of_a_state_asked_for_are_still_where_the_job_is() -> None:
    [posting] = postlint.parse_text("Data Engineer\nCandidates must reside in Colorado.\n", "job.txt")
    assert [j.code for j in posting.facts.jurisdictions] == ["US-CO"]


@pytest.mark.parametrize(
    "line",
    [
        "Our plants are located in Fremont, CA; Austin, TX and Newark, NJ.",
        "Founded in 1950, the company has facilities based in Reno, NV and Boise, ID.",
    ],
)
def test_the_companys_own_places_are_not_where_the_job_is(line: str) -> None:
    [posting] = postlint.parse_text(f"Process Engineer\nLocation: Dayton, OH\n{line}\n", "job.txt")
    assert [j.code for j in posting.facts.jurisdictions] == ["US-OH"]


def test_the_companys_places_named_for_this_job_are_where_it_is() -> None:
    text = "Process Engineer\nThis role can be based at any of our offices: Boston, MA or Denver, CO.\n"
    [posting] = postlint.parse_text(text, "job.txt")
    assert sorted(j.code for j in posting.facts.jurisdictions) == ["US-CO", "US-MA"]


def test_remote_colleagues_or_sensing_are_not_a_remote_job() -> None:
    [posting] = postlint.parse_text(
        "Data Analyst\nLocation: Nashville, TN\nHelp our remote team in India; we also use remote sensing data.\n", "job.txt")
    assert posting.facts.location.work_modes == []
    [remote] = postlint.parse_text("Data Analyst\nThis is a remote position with a remote team.\n", "job.txt")
    assert [w.mode for w in remote.facts.location.work_modes] == ["remote"]
