"""Who is hiring, from the prose: what an employer says of itself and an "About X" heading."""

from __future__ import annotations

import postlint
import pytest


def organization(text: str) -> str | None:
    [posting] = postlint.parse_text(text, "job.txt")
    found = posting.facts.organization
    return found.name if found else None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # an equal-opportunity line names the employer, even at a sentence's start
        ("Data Analyst\nBuild dashboards for the sales team.\nHarbor Analytics is an equal opportunity employer.\n",
         "Harbor Analytics"),
        # so does what it says it is
        ("Data Analyst\nQuest for Knowledge is a leading provider of tutoring software.\nBuild dashboards.\n",
         "Quest for Knowledge"),
        ("Clerk\nCity of Moreno Valley is a leading employer in the region.\nFile records.\n", "City of Moreno Valley"),
        ("Data Scientist\nBrightfleet, a global leader in connected vehicles, is growing fast.\nMine the data.\n",
         "Brightfleet"),
        # an "About X" heading
        ("Data Engineer\n\nAbout Flowline\n\nWe make irrigation sensors.\n\nResponsibilities\n- Build pipelines\n", "Flowline"),
        # a recruiter's mail that opens with its greetings
        ("Data Scientist\n\nGreetings from Quorlytics!!!\n\nWe have an immediate need for a data scientist.\n", "Quorlytics"),
        # a city that names itself once, as the subject of what it is
        ("City Clerk\nThe City of Marlow is a full-service city of six square miles.\nKeeps the council's records.\n",
         "City of Marlow"),
    ],
)
def test_the_employer_named_by_what_it_says_of_itself(text: str, name: str) -> None:
    assert organization(text) == name


@pytest.mark.parametrize(
    "text",
    [
        "Data Engineer\n\nAbout the Role\n\nYou will build pipelines.\n",  # not a name
        "Data Engineer\n\nAbout Us\n\nWe build pipelines.\n",
        "Clerk\nCharter and City Attorney's offices review every filing.\n",  # "and" joins two things, not a name
        # a city named once, not as the subject that says what it is: where the job is, not who hires
        "Courier\nDrive parcels around the City of Marlow every weekday.\n",
    ],
)
def test_no_employer_from_generic_words(text: str) -> None:
    assert organization(text) is None


def test_a_character_whose_lower_case_is_longer_does_not_shift_the_name() -> None:
    # "İ".lower() is two characters: offsets found in the lower-cased text must still fit the text.
    text = "Data Analyst\nİstanbul office news.\nHarbor Analytics is an equal opportunity employer.\n"
    assert organization(text) == "Harbor Analytics"
