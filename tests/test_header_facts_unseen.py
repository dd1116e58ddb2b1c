"""Header facts (location, work mode, employment type, organisation, posted date) on shapes first
seen on postings the checklist had never met: an office "at the heart of" a city, a "be based in"
sentence among the company's many places, a title's middle part that names places, events held in
a country, an on-site task, a title's "- Contract", a "<Name> Works" company, and career-page labels
whose value is on the next line. Every fixture is written for these tests."""

from __future__ import annotations

import datetime as dt

import postlint
import pytest
from postlint.checklist.checklist import build_context
from postlint.engine import Engine
from postlint.engine.config import Config, validate


def posting(text: str, name: str = "job.txt"):
    return postlint.parse_text(text, name)[0]


def text_context(text: str, name: str = "posting.txt"):
    """The checklist context of the first posting of ``text``, as of 2026-06-01."""
    engine = Engine(Config(settings=validate({"today": "2026-06-01"}, "test")))
    result = engine.check_text(text, name)
    return build_context(result.postings[0], result.findings)


def places(text: str) -> list[str]:
    return [p.text for p in posting(text).facts.location.places]


def modes(text: str) -> list[str]:
    return [m.mode for m in posting(text).facts.location.work_modes]


# -- an office "at the heart of" a city; remote work only offered -----------------------------------

HEART = (
    "Junior Product Designer\n\n"
    "We are looking for a junior designer to join our Apps team in our studio at the heart of Lisbon.\n"
    "We are happy to talk about ways to work remotely. You will pair with our design lead.\n"
)


def test_an_office_at_the_heart_of_a_city_is_the_location() -> None:
    assert places(HEART) == ["Lisbon"]
    assert places(HEART.replace("at the heart of", "in the heart of")) == ["Lisbon"]


def test_work_remotely_is_remote_when_no_other_mode_is_stated() -> None:
    assert modes(HEART) == ["remote"]
    assert modes(HEART.replace("ways to work remotely", "other arrangements")) == []


def test_work_remotely_within_a_hybrid_arrangement_adds_no_second_mode() -> None:
    text = HEART.replace("We are happy to talk about ways to work remotely.",
                         "This is a hybrid role: three office days and the option to work remotely on the others.")
    assert modes(text) == ["hybrid"]


# -- "be based in" among the company's places ------------------------------------------------------

BASED = (
    "Service Designer\n\n"
    "Our people are mostly based in Oslo, Norway and Valencia, Spain, with colleagues in Canada, India and Chile.\n"
    "Schools in Brazil, Kenya and Japan use our tools every day.\n\n"
    "What you will do\n- Map journeys with teachers\n\n"
    "You do not need to be based in Oslo: remote workers will be considered.\n"
)


def test_a_be_based_in_sentence_is_the_location_not_the_companys_places() -> None:
    assert places(BASED) == ["Oslo"]
    assert modes(BASED) == ["remote"]


def test_the_statement_counts_even_at_the_end_of_how_to_apply() -> None:
    text = BASED.replace("You do not need", "How to apply\nSend your portfolio to the team.\nYou do not need")
    found = posting(text).facts.location
    assert [(p.text, p.source) for p in found.places] == [("Oslo", "statement")]
    assert [(m.mode, m.source) for m in found.work_modes] == [("remote", "statement")]
    assert text_context(text).location == "Oslo (remote)"


def test_the_place_keeps_its_country_or_state() -> None:
    text = BASED.replace("be based in Oslo:", "be based in Oslo, Norway:")
    assert places(text) == ["Oslo, Norway"]


def test_a_statement_may_name_places_to_choose_from() -> None:
    text = BASED.replace("be based in Oslo:", "be based in Oslo or Valencia, Spain:")
    assert places(text) == ["Oslo or Valencia, Spain"]


def test_where_the_team_is_based_is_not_the_jobs_statement() -> None:
    # Without the job's sentence the company's places are all that is read (the old fallback).
    text = BASED.replace("You do not need to be based in Oslo: remote workers will be considered.\n", "")
    assert "Oslo" in places(text) and modes(text) == []


def test_remote_in_a_benefit_labels_name_is_no_work_mode() -> None:
    text = ("Records Clerk\n\nThis position works on-site.\n\n"
            "Benefits include a pension.Telework/Remote Options:Some divisions allow telework for some tasks.\n")
    assert modes(text) == ["on-site"]
    assert modes(text.replace("Options:Some divisions allow telework for some tasks", "Options: fully remote")) == ["on-site", "remote"]


def test_remote_workers_as_people_are_no_work_mode() -> None:
    assert modes("Support Lead\n\nYou will coach our remote workers across three time zones.\n") == []


# -- a title's middle part that names places -------------------------------------------------------

def test_a_titles_middle_part_of_places_is_the_location() -> None:
    text = "Brand Designer - Remote / Portugal - Part-time\n\nAt Ferncraft we design packaging.\n"
    found = posting(text).facts.location.places
    assert [(p.text, p.source) for p in found] == [("Remote / Portugal", "title")]


def test_a_titles_middle_part_that_is_no_place_gives_none() -> None:
    assert places("Brand Designer - Packaging - Part-time\n\nAt Ferncraft we design packaging.\n") == []


# -- where events or customers are is not where the job is -----------------------------------------

@pytest.mark.parametrize("sentence", ["We are organising the first Rust meetups in Portugal.",
                                      "Our customers in Canada rely on the app."])
def test_a_place_of_events_or_customers_is_no_location(sentence: str) -> None:
    assert places(f"Logo and Website Design\n\n{sentence}\nWe need a logo and a website.\n") == []


def test_a_place_after_in_is_still_read_otherwise() -> None:
    assert places("Logo and Website Design\n\nOur studio in Portugal needs a logo and a website.\n") == ["Portugal"]


# -- an on-site task is no work arrangement --------------------------------------------------------

@pytest.mark.parametrize("task", ["perform onsite due diligence of suppliers", "run on-site inspections of plants",
                                  "attend onsite interviews"])
def test_an_on_site_task_is_no_work_mode(task: str) -> None:
    assert modes(f"Risk Analyst\n\nResponsibilities\n- Ability to {task}.\n") == []


def test_on_site_work_is_still_a_work_mode() -> None:
    assert modes("Risk Analyst\n\nThis role is onsite five days a week.\n") == ["on-site"]


# -- a title's "- Contract" ------------------------------------------------------------------------

def test_a_titles_contract_part_is_the_employment_type() -> None:
    found = posting("Machine Learning Engineer - Contract\n\nWe build routing models.\n").facts.employment
    assert [t.type for t in found.types] == ["contract"]


def test_contract_as_a_word_of_the_title_is_no_type() -> None:
    found = posting("Contract Analyst\n\nYou will review supplier terms.\n").facts.employment
    assert found.types == []


# -- "<Name> Works is a ... company" ---------------------------------------------------------------

def test_a_common_word_before_a_generic_head_names_the_company() -> None:
    text = "Data Engineer\n\nPower Works is a family-owned energy company that builds grid software.\n"
    assert posting(text).organization == "Power Works"


def test_a_determiner_before_a_generic_head_is_no_name() -> None:
    text = "Data Engineer\n\nOur Services is a growing consulting company of ten.\n"
    assert posting(text).organization is None


# -- a career page's labels whose value is on the next line ----------------------------------------

CAREER_PAGE = (
    "Lead Analyst, Pricing\n\n"
    "Date:\n\n"
    "Mar 3, 2021\n\n"
    "Location:\n\n"
    "Salem, OR, US\n\n"
    "We price insurance for small farms.\n"
)


def test_a_date_label_above_a_date_is_the_posted_date() -> None:
    assert posting(CAREER_PAGE).facts.dates.posted_date == dt.date(2021, 3, 3)


def test_a_date_in_prose_after_a_date_label_line_is_not_read_as_posted() -> None:
    text = CAREER_PAGE.replace("Mar 3, 2021", "Mar 3, 2021 we opened our second office in a barn near the river")
    assert posting(text).facts.dates.posted_date is None


def test_a_location_label_above_a_place_is_the_location() -> None:
    found = posting(CAREER_PAGE).facts.location.places
    assert ("Salem, OR, US", "label") in [(p.text, p.source) for p in found]


def test_a_city_and_state_broken_over_lines_reads_as_one_place() -> None:
    text = "Analyst\n\nOur office:\nSalem,\n\nOR\n\nLocation: Salem, OR\n"
    found = posting(text).facts.location.places
    assert {p.text for p in found} == {"Salem, OR"}


def test_a_job_boards_location_label_without_its_colon_takes_the_next_line() -> None:
    text = "Pricing Analyst\n\nLocation\nLisbon; Porto\n\nEmployment Type\nFull time\n\nWe sell bikes across the UK.\n"
    assert [(p.text, p.source) for p in posting(text).facts.location.places] == [("Lisbon; Porto", "label")]


def test_a_location_label_above_a_sentence_is_not_read() -> None:
    text = CAREER_PAGE.replace("Salem, OR, US", "Please see our website for the offices we hire in")
    assert all(p.source != "label" for p in posting(text).facts.location.places)


# -- "in office" as part of a phrase, an intern programme among the duties --------------------------

def test_in_office_is_a_work_mode_only_as_one() -> None:
    duty = "Support Specialist\n\nAssists candidates with in office file maintenance and produces special reports in office.\n"
    assert modes(duty) == []
    assert modes("Analyst\n\nYou will work in office 3 days a week and from home otherwise.\n") == ["on-site"]
    assert modes("Analyst\n\nThis is an in-office role in Leeds.\n") == ["on-site"]


def test_an_intern_programme_among_the_duties_is_no_internship() -> None:
    text = ("Operations Manager\n\nJob Type: Full-time\n\nDuties\n- Run the department's intern programs and community listening sessions.\n")
    kinds = [m.type for m in posting(text).facts.employment.types if m.about_job]
    assert "internship" not in kinds and "full-time" in kinds
    assert "internship" in [m.type for m in posting("Data Intern\n\nThis is a summer internship in Boston.\n").facts.employment.types]


def test_last_date_to_apply_is_the_deadline_and_the_latest_closing_date_decides() -> None:
    c = text_context("Computational Scientist\n\nRequirements\n- PhD in biology\n\nLast Date to Apply for Job: May 6, 2026\n")
    assert c.deadline == "May 6, 2026" and "has passed" in (c.status or "")
    many = text_context("County Jobs\n\nClerk\nCloses: 3/1/2026\n\nGardener\nCloses: 12/30/2050\n\nRequirements\n- Valid license\n")
    assert "has passed" not in (many.status or "")
