"""Where the header's organisation and location come from when the obvious source misleads: a
title's suffix that is a place, an employer the text names only by its acronym, a front-matter
organisation that repeats the title. Every fixture is written for these tests."""

from __future__ import annotations

import postlint
import pytest
from postlint.ingest.titles import names_places


def posting(text: str, name: str = "job.txt"):
    [found] = postlint.parse_text(text, name)
    return found


def organization(text: str, name: str = "job.txt") -> str | None:
    org = posting(text, name).facts.organization
    return org.name if org else None


def places(text: str, name: str = "job.txt") -> list[str]:
    return [p.text for p in posting(text, name).facts.location.places]


# -- a title's suffix that is a place -------------------------------------------------------------

PLACE_SUFFIX = (
    "Fraud Analytics Lead, Card Disputes - Canada\n\n"
    "At Quillpoint, analytics leads own the numbers behind every refund we issue.\n"
    "You will work with Quillpoint's risk engineers on dispute models.\n\n"
    "Requirements\n- 5 years of analytics experience\n"
)


def test_a_place_after_the_titles_dash_is_the_location_not_the_employer() -> None:
    found = posting(PLACE_SUFFIX)
    assert found.title == "Fraud Analytics Lead, Card Disputes"
    assert found.organization == "Quillpoint"  # named in prose ("At Quillpoint,", "Quillpoint's")
    assert [(p.text, p.source) for p in found.facts.location.places] == [("Canada", "title")]


def test_a_company_after_the_titles_dash_is_still_the_employer() -> None:
    text = PLACE_SUFFIX.replace(" - Canada", " - Quillpoint")
    assert posting(text).organization == "Quillpoint"
    assert places(text) == []


@pytest.mark.parametrize(("suffix", "place"), [
    (" - Ohio", "Ohio"), (" | Remote | Canada", "Remote, Canada"), (" (Toronto, Canada)", "Toronto, Canada"),
    (" - Berlin or Remote", "Berlin or Remote"), (" - Austin/Denver", "Austin/Denver"),
])
def test_a_title_ending_in_places_gives_them(suffix: str, place: str) -> None:
    text = PLACE_SUFFIX.replace(" - Canada", suffix)
    assert places(text) == [place]
    assert organization(text) == "Quillpoint"


def test_a_stated_location_wins_over_the_titles_place() -> None:
    text = PLACE_SUFFIX.replace("Requirements\n", "Location: Montreal, Quebec\n\nRequirements\n")
    assert places(text) == ["Montreal, Quebec"]


@pytest.mark.parametrize("suffix", [" - Risk", " - Remote", " - Contract", " - Payments (Card Platform)"])
def test_a_suffix_that_is_not_only_places_gives_no_location(suffix: str) -> None:
    assert places(PLACE_SUFFIX.replace(" - Canada", suffix)) == []


def test_names_places_reads_lists_of_known_places_only() -> None:
    assert names_places("USA") and names_places("Bay Area, CA") and names_places("NYC/Portland")
    assert names_places("Lisbon or Remote") and names_places("the Netherlands")
    assert not names_places("Remote") and not names_places("Risk") and not names_places("Acme, CA")
    assert not names_places("") and not names_places("Paris, ")


# -- an employer named only by its acronym --------------------------------------------------------

ACRONYM_ONLY = (
    "Principal Data Architect\n\n"
    "You will set data standards across DoT, working with teams that build services for drivers.\n"
    "You will lead SQL reviews in AWS and mentor engineers in the UK and the US.\n"
    "You will support the data community in DoT, helping people feel welcome.\n"
)


def test_an_acronym_said_twice_as_a_body_one_works_in_is_the_employer() -> None:
    found = posting(ACRONYM_ONLY)
    assert found.facts.organization.name == "DoT" and found.facts.organization.how == "acronym"
    assert found.organization == "DoT"


def test_an_acronym_said_once_in_passing_is_no_employer() -> None:
    text = ACRONYM_ONLY.replace("You will support the data community in DoT, helping people feel welcome.\n", "")
    assert organization(text) is None


def test_the_community_of_a_body_names_it_even_once() -> None:
    text = ("Senior Interaction Designer\n\nYou will design forms for citizens.\n"
            "You will take an active role in the MoH Design and Research community, sharing what you learn.\n")
    assert organization(text) == "MoH"


@pytest.mark.parametrize("acronym", ["SQL", "AWS", "UK", "US", "CV", "HR", "IT", "LGBTQ", "Kafka"])
def test_technologies_countries_functions_and_communities_of_people_are_no_employer(acronym: str) -> None:
    text = (f"Data Engineer\n\nYou will build pipelines across {acronym}, every day.\n"
            f"You will grow the {acronym} community and work within {acronym}.\n")
    assert organization(text) is None


def test_an_employer_the_prose_names_wins_over_an_acronym() -> None:
    text = ACRONYM_ONLY + "Harbourline is an equal opportunity employer.\n"
    assert organization(text) == "Harbourline"


# -- a front-matter organisation that repeats the title -------------------------------------------

def front_matter_posting(org: str, url: str, body: str) -> str:
    return (f"---\ntitle: Refresh Tidepool's icon set\norganization: {org}\norg_url: '{url}'\n"
            f"compensation: paid\n---\n{body}")


BODY = ("We are looking for a designer to refresh the icons of Tidepool.\n\n"
        "Tidepool's maintainers will review each icon with you.\n")


def test_an_organisation_that_repeats_the_title_gives_way_to_the_one_its_website_names() -> None:
    found = posting(front_matter_posting("Refresh Tidepool's icon set", "https://tidepool.dev/", BODY), "job.md")
    assert found.organization == "Tidepool"
    assert found.facts.organization.how == "named by its website"


def test_a_website_name_of_two_words_is_read_whole() -> None:
    body = "Tide Pool Studio makes tools for sailors. Refresh Tide Pool Studio's icons with us.\n"
    found = posting(front_matter_posting("Refresh Tidepool's icon set", "https://tidepool.studio", body), "job.md")
    assert found.organization == "Tide Pool Studio"


def test_a_hosting_sites_name_is_not_the_organisation() -> None:
    body = "The icons live on GitHub. Send a pull request on GitHub with your sketches.\n"
    found = posting(front_matter_posting("Refresh Tidepool's icon set", "https://github.com/tidepool/icons", body),
                    "job.md")
    assert found.organization is None  # the title again names no one: not stated


def test_a_title_naming_its_organisation_after_at_gives_it_when_the_front_matter_repeats_the_title() -> None:
    text = ("---\ntitle: Icon Designer at Kelp Studio\norganization: Icon Designer at Kelp Studio\n---\n"
            "Draw forty icons for our sailing app.\n")
    found = posting(text, "job.md")
    assert (found.title, found.organization) == ("Icon Designer", "Kelp Studio")


def test_an_organisation_that_differs_from_the_title_is_kept() -> None:
    found = posting(front_matter_posting("Kelp Labs", "https://tidepool.dev/", BODY), "job.md")
    assert found.organization == "Kelp Labs"


# -- a title's suffix that is more of the role ----------------------------------------------------

@pytest.mark.parametrize("suffix", [
    "Risk", "Revenue Operations", "Data & Analytics", "Ads Data Science", "Statistics/Data Analysis",
    "12-Month Contract", "On-Site (5 Days)", "£70,000 - £80,000", "Pricing data (f/m/d)", "Clearance Required",
    "Intermediate", "1x per Week in Porto",
])
def test_a_team_terms_or_pay_after_the_titles_dash_are_the_roles_not_the_employer(suffix: str) -> None:
    text = PLACE_SUFFIX.replace(" - Canada", " - " + suffix)
    found = posting(text)
    assert found.title == "Fraud Analytics Lead, Card Disputes - " + suffix  # the title keeps it
    assert found.organization == "Quillpoint"  # the prose names who hires


@pytest.mark.parametrize("suffix", ["Quillpoint", "Kelp Analytics", "Harbour Data Group", "Riskwise"])
def test_a_name_after_the_titles_dash_is_the_employer(suffix: str) -> None:
    found = posting(PLACE_SUFFIX.replace(" - Canada", " - " + suffix))
    assert (found.title, found.organization) == ("Fraud Analytics Lead, Card Disputes", suffix)


def test_the_people_a_job_supervises_are_no_employer() -> None:
    text = ("Fellowship Supervisor\n\nYou will coach the Fellows at Fellows' weekly reviews and meet "
            "with fellows at Fellows' placements.\n")
    assert organization(text) is None


def test_about_the_gig_is_a_heading_not_a_name() -> None:
    text = ("Data Analyst\n\nABOUT THE GIG\nYou will build dashboards for the ops team.\n\n"
            "Kelpworks is an equal opportunity employer.\n")
    assert organization(text) == "Kelpworks"


# -- a name said to be a kind of business ---------------------------------------------------------

def test_a_name_said_to_be_a_kind_of_business_is_the_employer_even_at_a_sentences_start() -> None:
    text = ("Data Scientist\n\nKelp Digital is a digital transformation agency with offices in three countries.\n"
            "You will build forecasting models.\n")
    found = posting(text)
    assert (found.facts.organization.name, found.organization) == ("Kelp Digital", "Kelp Digital")


@pytest.mark.parametrize("sentence", [
    "Python is a programming language we use every day.", "Forecasting is a team effort here.",
    "Everyone is a leader at heart.",
])
def test_what_is_no_kind_of_business_names_no_employer(sentence: str) -> None:
    assert organization(f"Data Scientist\n\n{sentence}\nYou will build forecasting models.\n") is None


def test_a_recruiting_agency_that_says_so_is_shown_as_the_recruiter() -> None:
    text = ("Data Scientist\n\nA top retailer in Leeds is looking for a data scientist.\n"
            "Proxima is an AI recruiting firm placing engineers across the country.\n")
    found = posting(text)
    assert found.facts.organization.how == "recruiter"
    assert found.organization == "Proxima (recruiter)"


def test_a_shouted_heading_run_into_the_name_is_no_part_of_it() -> None:
    text = "Data Scientist\n\nCOMPANY OVERVIEW KELPCO is a global provider of sensors for ships.\n"
    assert organization(text) == "KELPCO"


def test_a_name_is_never_cut_to_a_generic_word() -> None:
    # "Data" is dropped from a name's start (as in "Data Science ..."), but "Works" alone names
    # nothing: the capitalised word before it is part of the name (see test_header_facts_unseen.py).
    text = "Data Scientist\n\nData Works is a technology company serving shipping firms.\n"
    assert organization(text) == "Data Works"


# -- a local government that names itself ---------------------------------------------------------

def test_a_local_government_the_text_names_twice_is_the_employer() -> None:
    text = ("Parks Maintenance Worker\n\nKeep the parks of the City of Harrowgate clean and safe.\n"
            "The City of Harrowgate Fire Department trains all staff in first aid.\n"
            "The City of Harrowgate offers a pension to every employee.\n")
    found = posting(text)
    assert found.organization == "City of Harrowgate"  # the "... Fire" mention counts for it
    assert found.facts.organization.how == "local government named by the text"


def test_a_local_government_named_once_is_no_employer() -> None:
    text = "Parks Maintenance Worker\n\nYou will mow lawns in Greyfield County parks.\nKeep the trails clear.\n"
    assert organization(text) is None


def test_an_employer_the_prose_names_wins_over_a_county_it_serves() -> None:
    text = ("Outreach Coordinator\n\nMarsh Health is a nonprofit clinic serving Greyfield County.\n"
            "You will visit schools across Greyfield County every week.\n")
    assert organization(text) == "Marsh Health"


def test_a_name_set_off_by_a_comma_as_a_kind_of_business_is_the_employer() -> None:
    text = ("Data Engineer\n\nKelpline, a maritime software company based near Leith is seeking engineers.\n"
            "You will build data pipelines.\n")
    assert organization(text) == "Kelpline"


def test_a_client_described_by_the_agency_is_no_name() -> None:
    text = "Data Engineer\n\nOur Client, a shipping company in Leith, wants a data engineer.\n"
    assert organization(text) is None


@pytest.mark.parametrize("statement", [
    "Harbourline takes affirmative action to employ veterans.",
    "Harbourline provides equal employment opportunities to all applicants.",
    "Harbourline does not discriminate on the basis of age.",
])
def test_an_equal_opportunity_statement_in_other_words_names_the_employer(statement: str) -> None:
    assert organization(f"Data Engineer\n\nYou will build data pipelines.\n\n{statement}\n") == "Harbourline"


def test_a_name_that_is_hiring_at_a_sentences_start_is_the_employer() -> None:
    text = "Data Analyst\n\nBig Kelp Games is looking for a data analyst to help our game teams.\n"
    assert organization(text) == "Big Kelp Games"


def test_an_employer_known_by_its_acronym_is_shown_by_the_name_the_text_spells_out() -> None:
    text = ("Election Operations Manager\n\nThe mission of the Harbour City Election Commission (HCEC) is to run fair "
            "elections.\nHCEC is seeking a manager for its warehouse.\n")
    found = posting(text)
    assert found.organization == "Harbour City Election Commission"


def test_a_spelled_out_name_must_hold_the_acronyms_letters() -> None:
    text = ("Election Operations Manager\n\nWe follow the Voting Systems Standards (HCEC) rules.\n"
            "HCEC is seeking a manager for its warehouse.\n")
    assert organization(text) == "HCEC"


def test_a_name_that_seeks_a_hire_is_the_employer() -> None:
    text = "Analytics Engineer\n\nKelp Games seeks an analytics engineer to own our player data.\n"
    assert organization(text) == "Kelp Games"


def test_chez_names_the_employer_in_a_french_posting() -> None:
    text = ("Analytics Engineer\n\nChez Varech, nous croyons au pouvoir du sport.\n"
            "Tu rejoindras l'équipe Pricing.\n")
    assert organization(text) == "Varech"


def test_why_us_line_names_the_employer_and_a_technology_suffix_does_not() -> None:
    from postlint.engine import Engine
    from postlint.engine.config import Config, validate
    engine = Engine(Config(settings=validate({"today": "2026-06-01"}, "test")))
    why = engine.check_text("Senior Data Scientist\n\nWhy Northwind?\nWe build analytics for ports.\n\nWhat you will do\n"
                            "Build models of ship traffic.\n", "a.txt").postings[0]
    assert why.facts.organization.name == "Northwind"
    stack = engine.check_text("Data Engineer - Kafka\n\nABOUT NORTHWIND STORAGE\nNorthwind Storage is an equal opportunity employer.\n"
                              "You will build streaming pipelines.\n", "b.txt").postings[0]
    assert stack.facts.organization.name == "Northwind Storage"  # not "Kafka", and as the text writes it
    within = engine.check_text("Accessibility Specialist\n\nAs a specialist within the Department for Transport you will"
                               " audit services.\n", "c.txt").postings[0]
    assert within.facts.organization.name == "Department for Transport"
